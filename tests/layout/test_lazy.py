"""Slides kept by the layout cache are read back only when a painter uses their boxes (layout.lazy.Boxes), and
what is built never depends on it: every edit gives the bytes of a clean build, and the PowerPoint painter's
parts keyed by a Boxes' key are the parts it paints from the boxes themselves."""

from __future__ import annotations

import shutil

import pytest

from conftest import REPO

EDITS = [  # (file, old, new) applied one after another to pact-briefing, built for every audience
    ("04-new-pact.yaml", None, None),  # a slide's title (the first title of the file)
    ("10-added.yaml", "", "section: Added\nslides:\n  - title: One more\n    bullets: [a, b]\n"
                          "  - title: And another\n    bullets: [c]\n"),  # a section file added
    ("10-added.yaml", "*", None),  # and removed
    ("deck.yaml", "    handout: {layout: article}\n", "    handout: {layout: article}\n    style: {sizes: {body: 20}}\n"),
    ("deck.yaml", "title: ", "title: Retitled "),  # the deck's title: footers print it
]


def _outputs(folder) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file() and not p.name.startswith(".")}


def _counting(monkeypatch) -> list:
    """Return the list each task's layout cache is appended to when it is kept (after painting)."""
    from deckbuild.layout import cache as layout_cache

    caches: list = []
    real = layout_cache.LayoutCache.dump

    def dump(self, *args):
        caches.append(self)
        return real(self, *args)

    monkeypatch.setattr(layout_cache.LayoutCache, "dump", dump)
    return caches


@pytest.fixture
def pact(project):
    for folder in ("outlines/pact-briefing", "assets"):
        shutil.copytree(REPO / folder, project.root / folder)
    return project


def _edit(deck, name, old, new) -> None:
    path = deck / name
    if old == "":
        path.write_text(new)
    elif old == "*":
        path.unlink()
    elif old is None:
        text = path.read_text()
        path.write_text(text.replace("- title: ", "- title: Edited ", 1))
    else:
        text = path.read_text()
        assert old in text, (name, old)
        path.write_text(text.replace(old, new, 1))


def test_every_edit_builds_what_a_clean_build_does(pact, monkeypatch):
    caches = _counting(monkeypatch)
    deck = pact.root / "outlines" / "pact-briefing"
    args = ("build", "-q", "outlines/pact-briefing", "--audience", "all")
    assert pact.run(*args).exit_code == 0
    for step, (name, old, new) in enumerate(EDITS):
        _edit(deck, name, old, new)
        del caches[:]
        assert pact.run(*args).exit_code == 0
        hits = sum(c.hits for c in caches)
        clean = pact.root / f"clean-{step}"
        assert pact.run(*args, "--out", str(clean)).exit_code == 0
        assert _outputs(pact.dist) == _outputs(clean) and len(_outputs(clean)) == 6, (name, old)
        if name != "deck.yaml" or "style" not in (new or ""):
            assert hits > 0, name  # the rest was read back


def test_an_edit_reads_back_no_slide_the_deck_paints_from_its_parts(pact, monkeypatch):
    caches = _counting(monkeypatch)
    deck = pact.root / "outlines" / "pact-briefing"
    args = ("build", "-q", "outlines/pact-briefing", "--format", "pptx")
    assert pact.run(*args).exit_code == 0
    _edit(deck, "04-new-pact.yaml", None, None)
    del caches[:]
    assert pact.run(*args).exit_code == 0
    [cache] = caches
    assert cache.hits > 20 and cache.decoded == cache.laid_again == 0  # every slide kept was keyed by its Boxes
    _edit(deck, "04-new-pact.yaml", "Edited ", "Edited again ")
    del caches[:]
    assert pact.run("build", "-q", "outlines/pact-briefing").exit_code == 0  # the handout draws every slide
    [cache] = caches
    # a PPTX build keeps no boxes (its painter keeps each slide's part): the handout's slides are laid out again
    assert cache.laid_again == len([k for k in cache._new.values() for _ in k]) - cache.misses > 0
    assert cache.decoded == 0


def test_a_build_that_walks_every_slide_keeps_their_boxes(pact, monkeypatch):
    caches = _counting(monkeypatch)
    deck = pact.root / "outlines" / "pact-briefing"
    assert pact.run("build", "-q", "outlines/pact-briefing").exit_code == 0
    kept = sorted((pact.dist / ".deckbuild" / "layout").rglob("*.json"))
    small = sum(p.stat().st_size for p in kept)
    del caches[:]
    strict = ("build", "-q", "outlines/pact-briefing", "--strict")
    assert pact.run(*strict, "--force").exit_code == 0  # the accessibility check walks every slide's boxes
    [cache] = caches
    assert cache.laid_again > 20 and cache.decoded == 0
    assert sum(p.stat().st_size for p in kept) > 2 * small  # written again, with their boxes
    _edit(deck, "04-new-pact.yaml", None, None)
    del caches[:]
    assert pact.run(*strict).exit_code == 0
    [cache] = caches
    assert cache.decoded > 20 and cache.laid_again == 0  # read back, not laid out again
    clean = pact.root / "clean"
    assert pact.run(*strict, "--out", str(clean)).exit_code == 0
    assert _outputs(pact.dist) == _outputs(clean)


def test_boxes_are_made_once_when_first_used():
    from deckbuild.layout.lazy import Boxes

    made = []
    boxes = Boxes("k" * 64, 0, lambda: made.append(1) or ["a", "b"])
    assert not boxes.made and made == []
    assert list(boxes) == ["a", "b"] and len(boxes) == 2 and boxes[1] == "b" and boxes == ("a", "b")
    assert made == [1] and boxes.made


def test_boxes_read_back_without_a_key_have_a_repr():
    from deckbuild.layout.lazy import Boxes

    assert repr(Boxes(None, 0, lambda: ["a"])) == "Boxes(, ('a',))"  # the layout cache makes them so
    assert repr(Boxes("k" * 64, 0, lambda: ["a"])) == "Boxes(kkkkkkkkkkkk, ('a',))"


def test_the_deck_keyed_by_boxes_is_the_deck_painted_from_walked_boxes(tmp_path, monkeypatch):
    """The fast key (a Boxes' key) and the reference key (every field walked) give the same package, painted or
    reused."""
    import deckbuild.compile as compile_module
    from deckbuild.layout.cache import LayoutCache
    from deckbuild.layout.lazy import Boxes
    from deckbuild.render.pptx import deck_to_pptx

    from conftest import compile_deck

    files = {"deck.yaml": "title: D\n", "01.yaml": "section: S\nslides:\n  - title: A\n    bullets: [a, b]\n"
             "  - title: B\n    chart: {type: bar, categories: [x, y], series: [{name: s, values: [1, 2]}]}\n"}
    walked, _ = compile_deck(tmp_path / "walked", files)
    assert not any(isinstance(p.boxes, Boxes) for p in walked.slides)
    real = compile_module.deck_to_pages
    monkeypatch.setattr(compile_module, "deck_to_pages", lambda view, style, setter, diags, cache=None:
                        real(view, style, setter, diags, LayoutCache(None, "salt")))
    keyed, _ = compile_deck(tmp_path / "keyed", files)
    assert all(isinstance(p.boxes, Boxes) for p in keyed.slides if p.kind != "title")
    assert [tuple(p.boxes) for p in keyed.slides] == [tuple(p.boxes) for p in walked.slides]
    reference = deck_to_pptx(walked.slides, walked.info)
    walked_parts: dict = {}
    keyed_parts: dict = {}
    assert deck_to_pptx(walked.slides, walked.info, {}, walked_parts) == reference
    assert deck_to_pptx(keyed.slides, keyed.info, {}, keyed_parts) == reference
    assert keyed_parts.keys() != walked_parts.keys()  # keyed otherwise, painted alike
    assert deck_to_pptx(keyed.slides, keyed.info, keyed_parts, {}) == reference  # every slide reused


def test_a_tampered_layout_file_is_a_cold_cache(pact, monkeypatch):
    caches = _counting(monkeypatch)
    args = ("build", "-q", "outlines/pact-briefing")
    assert pact.run(*args).exit_code == 0
    clean = _outputs(pact.dist)
    for path in (pact.dist / ".deckbuild" / "layout" / "pact-briefing").iterdir():
        data = bytearray(path.read_bytes())
        data[-20] ^= 1  # in the last entry's boxes: the signature no longer matches
        path.write_bytes(bytes(data))
    del caches[:]
    assert pact.run(*args, "--force").exit_code == 0
    assert caches[0].hits == 0 and _outputs(pact.dist) == clean


def test_every_entry_of_a_file_is_read_back_as_it_was_laid_out(tmp_path, monkeypatch):
    """Many slides in one file: each entry's drafts and boxes come back as laid out (the encoder knows values by
    their ids: the drafts it is given stay alive until it is done, or a later one would be written as a
    reference to an earlier one)."""
    import deckbuild.compile as compile_module
    from deckbuild.layout.cache import LayoutCache

    from conftest import compile_deck

    slides = "".join(f"  - title: Slide {i}\n    bullets: [a{i}, b{i}]\n    notes: n{i}\n" for i in range(40))
    files = {"deck.yaml": "title: D\n", "01.yaml": "section: S\nslides:\n" + slides}
    folder = tmp_path / "kept"
    folder.mkdir()
    made: list = []
    real = compile_module.deck_to_pages

    def cached(view, style, setter, diags, cache=None):
        made.append(LayoutCache(folder, "salt"))
        return real(view, style, setter, diags, made[-1])

    monkeypatch.setattr(compile_module, "deck_to_pages", cached)
    compile_deck(tmp_path / "one", files)
    [(path, data)] = made[0].dump()
    path.write_bytes(data)
    [digest] = made[0]._new
    again = LayoutCache(folder, "salt")
    read = again._load(path, digest)
    assert read.keys() == made[0]._new[digest].keys() and len(read) == 41  # the slides and the divider
    for key, (drafts, diagnostics) in made[0]._new[digest].items():
        back, back_diagnostics = read[key]
        assert [(d.title, d.notes, list(d.boxes)) for d in back] == [(d.title, d.notes, list(d.boxes)) for d in drafts]
        assert back_diagnostics == diagnostics
    assert again.decoded == 41
