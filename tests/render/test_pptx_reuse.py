"""The PowerPoint painter's slide cache (PaintOptions.reuse/kept, render.pptx_reuse): a deck painted again with what
the last build kept is byte for byte the deck painted from scratch; an edit paints again only the slides it
changed; entries that do not fit, or are damaged, are painted again; a slide's key covers every field the
painter reads."""

from __future__ import annotations

import dataclasses
import io
import re
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import compile_deck
from deckbuild.layout.boxes import Picture, TextFrame
from deckbuild.render.painters import PaintOptions, painter
from deckbuild.render.pptx import TITLE_ONLY, deck_to_pptx, prepare
from deckbuild.render.pptx_keys import SKIPPED, SlideKeys

ROOT = Path(__file__).resolve().parents[2]
DECK = {
    "deck.yaml": "title: Reuse\n",
    "01-s.yaml": """
        section: S
        slides:
          - title: One
            bullets: [Alpha, Beta]
            notes: Say alpha.
          - title: Two
            chart: {type: column, categories: [Q1, Q2], series: [{name: A, values: [1, 3]}]}
          - title: Three
            table: {columns: [A, B], rows: [[1, 2], [3, 4]]}
          - title: Four
            bullets: [Gamma, "Delta [link](https://example.com)"]
            notes: Say gamma.
    """,
}


def _compiled(folder: Path):
    from deckbuild.compile import compile as compile_pages, read_inputs
    from deckbuild.diagnostics import Diagnostics, Pos

    diags = Diagnostics()
    inputs = read_inputs(folder, None, None, folder, Pos(str(folder), 1, 1), (), diags, {})
    assert inputs is not None, [d.format() for d in diags]
    return compile_pages(inputs, None, diags)


@pytest.fixture(scope="module", params=["gallery", "binary-search-lecture", "small"])
def deck(request, tmp_path_factory):
    """Return (slides, info) of a sample deck (pictures, SVG, formulas, charts, tables, notes) or a small one."""
    if request.param == "small":
        pages, _ = compile_deck(tmp_path_factory.mktemp("reuse"), DECK)
    else:
        pages = _compiled(ROOT / "outlines" / request.param)
    return list(pages.slides), pages.info


def _retitled(slides, index: int, suffix: str = " (edited)"):
    """Return *slides* with the title of the *index*-th slide changed (its first run)."""
    page = slides[index]
    boxes = list(page.boxes)
    k = next(i for i, b in enumerate(boxes) if isinstance(b, TextFrame) and b.role == "title")
    para = boxes[k].paragraphs[0]
    run = replace(para.runs[0], text=para.runs[0].text + suffix)
    boxes[k] = replace(boxes[k], paragraphs=(replace(para, runs=(run, *para.runs[1:])), *boxes[k].paragraphs[1:]))
    return [*slides[:index], replace(page, boxes=tuple(boxes)), *slides[index + 1:]]


def test_painting_again_with_what_was_kept_gives_the_same_bytes(deck):
    slides, info = deck
    clean = deck_to_pptx(slides, info)
    kept: dict[str, bytes] = {}
    assert deck_to_pptx(slides, info, kept=kept) == clean
    assert len(kept) >= sum(p.in_deck for p in slides)  # a slide's entry each (pictures besides)
    assert all(re.fullmatch("[0-9a-f]{64}", k) and isinstance(v, bytes) for k, v in kept.items())  # the contract
    again: dict[str, bytes] = {}
    assert deck_to_pptx(slides, info, reuse=kept, kept=again) == clean
    assert again == kept


def test_the_painter_keeps_and_reuses_through_its_options(deck):
    slides, info = deck
    pages = type("Pages", (), {"slides": slides, "info": info})()
    kept: dict[str, bytes] = {}
    first = painter("pptx").paint(pages, PaintOptions(kept=kept))
    assert kept and painter("pptx").paint(pages, PaintOptions(reuse=kept)) == first


def test_an_edited_slide_alone_is_painted_again_and_the_deck_equals_a_clean_paint(deck):
    from pptx import Presentation

    slides, info = deck
    kept: dict[str, bytes] = {}
    deck_to_pptx(slides, info, kept=kept)
    shown = [i for i, p in enumerate(slides) if p.in_deck]
    index = shown[len(shown) // 2]
    edited = _retitled(slides, index)
    after: dict[str, bytes] = {}
    out = deck_to_pptx(edited, info, reuse=kept, kept=after)
    assert out == deck_to_pptx(edited, info)
    assert len(set(after) - set(kept)) == 1 and len(set(kept) - set(after)) == 1  # that slide's entry only
    titles = [s.shapes.title.text for s in Presentation(io.BytesIO(out)).slides if s.shapes.title is not None]
    assert any(t.endswith(" (edited)") for t in titles)


def test_a_picture_an_edited_slide_no_longer_shows_is_added_by_the_next_slide_that_shows_it():
    slides, info = (lambda p: (list(p.slides), p.info))(_compiled(ROOT / "outlines" / "gallery"))
    shown = [i for i, p in enumerate(slides) if p.in_deck]
    first = next(i for i in shown if any(isinstance(b, Picture) for b in slides[i].boxes))
    picture = next(b for b in slides[first].boxes if isinstance(b, Picture))
    later = shown[-1]
    both = list(slides)
    both[later] = replace(slides[later], boxes=(*slides[later].boxes, replace(picture, name="Again")))
    kept: dict[str, bytes] = {}
    deck_to_pptx(both, info, kept=kept)
    without = list(both)
    without[first] = replace(both[first], boxes=tuple(b for b in both[first].boxes if b is not picture))
    after: dict[str, bytes] = {}
    assert deck_to_pptx(without, info, reuse=kept, kept=after) == deck_to_pptx(without, info)
    assert len(set(kept) - set(after)) == 1  # the later slide was copied, and added the picture


@pytest.mark.parametrize("damage", [lambda b: b[:-7], lambda b: b"junk", lambda b: b"\n" + b, lambda b: b[:40]])
def test_damaged_entries_are_painted_again(deck, damage):
    slides, info = deck
    kept: dict[str, bytes] = {}
    clean = deck_to_pptx(slides, info, kept=kept)
    assert deck_to_pptx(slides, info, reuse={k: damage(v) for k, v in kept.items()}) == clean


def test_entries_kept_for_other_names_are_not_used(deck):
    slides, info = deck
    kept: dict[str, bytes] = {}
    deck_to_pptx(slides, info, kept=kept)
    shifted = [slides[0], *slides]  # every later slide has another part name: its key differs
    after: dict[str, bytes] = {}
    assert deck_to_pptx(shifted, info, reuse=kept, kept=after) == deck_to_pptx(shifted, info)


def _changed(value):
    """Return *value* changed (same type), or None when this test does not know how."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 1
    if isinstance(value, float):
        return value + 1.25
    if isinstance(value, str):
        return value + "x" if len(value) != 6 else "ABCDEF" if value != "ABCDEF" else "123456"  # colours stay colours
    return None


def _mutations(obj, path=()):
    """Yield (path of fields, changed object) for every plain field of *obj* and of the dataclasses it holds."""
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        new = _changed(value)
        if new is not None:
            yield (*path, f.name), replace(obj, **{f.name: new})
        elif dataclasses.is_dataclass(value):
            for where, inner in _mutations(value, (*path, f.name)):
                yield where, replace(obj, **{f.name: inner})
        elif isinstance(value, tuple) and value and dataclasses.is_dataclass(value[0]):
            for where, inner in _mutations(value[0], (*path, f.name, 0)):
                yield where, replace(obj, **{f.name: (inner, *value[1:])})


def test_a_change_the_painter_shows_changes_the_slide_s_key():
    slides, info = (lambda p: (list(p.slides), p.info))(_compiled(ROOT / "outlines" / "gallery"))
    base, layouts, _ = prepare(info)
    keys = SlideKeys("test")
    names = (("ppt/slides/slide9.xml", "r"), None, ())
    checked, seen = 0, {}
    for page in [p for p in slides if p.in_deck]:
        layout = layouts.get(page.template_layout) or layouts[TITLE_ONLY]
        key = keys.key(page, layout, names)
        painted = deck_to_pptx([page], info)
        for k, box in enumerate(page.boxes):
            seen[type(box)] = seen.get(type(box), 0) + 1
            if not dataclasses.is_dataclass(box) or seen[type(box)] > 2:  # two of each kind of box
                continue
            for where, changed in _mutations(box):
                other = replace(page, boxes=(*page.boxes[:k], changed, *page.boxes[k + 1:]))
                try:
                    shows = deck_to_pptx([other], info) != painted
                except Exception:  # noqa: BLE001 - a change the painter cannot paint says nothing about keys
                    continue
                if shows:
                    checked += 1
                    assert keys.key(other, layout, names) != key, (type(box).__name__, where)
    assert checked > 100 and len(seen) >= 6, (checked, seen)


def test_the_fields_a_key_leaves_out_are_not_painted():
    slides, info = (lambda p: (list(p.slides), p.info))(_compiled(ROOT / "outlines" / "gallery"))
    assert {cls for cls, _ in SKIPPED} == {"Paragraph", "ChartBox"}
    for page in [p for p in slides if p.in_deck]:
        emptied = []
        for box in page.boxes:
            if type(box).__name__ == "ChartBox":
                box = replace(box, drawing=())
            if isinstance(box, TextFrame):
                box = replace(box, paragraphs=tuple(replace(p, lines=()) for p in box.paragraphs))
            emptied.append(box)
        assert deck_to_pptx([replace(page, boxes=tuple(emptied))], info) == deck_to_pptx([page], info)
