"""The notes handout (layout/handout/notes.py): what goes beside a slide's miniature is what the reference
rule, as first written, puts there."""

from __future__ import annotations

from conftest import lay_out
from deckbuild.fonts import FontBook
from deckbuild.layout.handout.flow import Heading, Trailer
from deckbuild.layout.handout.notes import NotesHandout
from deckbuild.layout.pages import Front
from deckbuild.layout.text import Typesetter

NOTES = ["Short.", "A longer note that says a little more about the slide it belongs to, and wraps.",
         "Para one of two.\n\nPara two, after a blank line.", " ".join(["Many words in a long note."] * 20)]


def _reference_beside(items: list, width: float, room: float) -> tuple[list, int]:
    """NotesHandout.beside as first written: the heights summed by sum() over the paragraphs, looked up twice."""
    def para(item):
        return item.para if isinstance(item, (Heading, Trailer)) else item

    out, used, k = [], 0.0, 0
    while k < len(items):
        group, j = [], k
        while j < len(items):
            paras = items[j](width)
            group += paras
            j += 1
            if j <= 2 or not all(isinstance(p, Heading) for p in paras):
                break
        height = sum(para(p).height + (para(p).space_before if out or n else 0) for n, p in enumerate(group))
        if used + height > room + 0.01:
            break
        out += group
        used += height
        k = j
    return out, k


def test_beside_takes_the_items_the_reference_takes_at_every_room(tmp_path):
    slides = "\n".join(f"  - title: Slide {k}\n    bullets: [{{text: Paper {k}, in: [handout]}}, Point]\n"
                       f"    notes: {NOTES[k % len(NOTES)]!r}\n    details: Details of {k}." for k in range(8))
    pages, _, style = lay_out(tmp_path, {"deck.yaml": "title: T\n", "01-a.yaml": f"section: A\nslides:\n{slides}\n"})
    composer = NotesHandout(Front("T", None, "", None), style, Typesetter(FontBook(), style.fonts.mono))
    tried = set()
    for slide in pages:
        items = composer.text_items(slide)
        for room in (0.0, 9.0, 20.0, 30.0, 45.0, 60.0, 100.0, 160.0, 1000.0):
            got = composer.beside(items, 180.0, room)
            assert got == _reference_beside(items, 180.0, room)
            tried.add(got[1])
    assert len(tried) >= 5  # rooms that take no item, some of them, and all of them

