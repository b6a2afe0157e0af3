"""Runs of handout pages kept between builds (layout/handout/segments.py): an edit takes the pages of the
slides it did not change as the last build left them, and the handout is byte for byte a clean build's."""

from __future__ import annotations

import shutil

import pdfplumber
import pytest
from conftest import numbered_section

from deckbuild.cache import seal
from deckbuild.layout.handout import segments

NOTES = "Notes on slide {}, which say a little more than the slide, long enough to wrap onto a second line."
DECK = {"deck.yaml": "title: Kept pages\nauthor: A. Writer\n",
        **{f"{n:02d}.yaml": numbered_section(n, NOTES, "Point {}, Another point") for n in range(1, 11)}}


@pytest.fixture
def taken(monkeypatch):
    """Return the list of pages taken from kept segments (one per page, in order) and of pages placed again."""
    pages: dict[str, list] = {"taken": [], "relaid": []}
    take = segments._take

    def counting(composer, pb, slides, first, seg):
        pages["taken"] += seg.pages
        return take(composer, pb, slides, first, seg)

    monkeypatch.setattr(segments, "_take", counting)
    from deckbuild.layout.handout.base import HandoutComposer

    real = HandoutComposer.relaid

    def placed_again(self, kept, number, total):
        pages["relaid"].append(number)
        return real(self, kept, number, total)

    monkeypatch.setattr(HandoutComposer, "relaid", placed_again)
    return pages


def _handout(project) -> bytes:
    return (project.dist / "deck-handout.pdf").read_bytes()


def _clean(project, *args: str) -> bytes:
    """Return the handout a build of the deck as it is now makes with no state folder."""
    shutil.rmtree(project.dist / ".deckbuild")
    assert project.run("build", "--force", *args).exit_code == 0
    return _handout(project)


def _pages(data: bytes, path) -> int:
    path.write_bytes(data)
    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)


def _edited(**changes: str) -> dict[str, str]:
    files = dict(DECK)
    for name, (old, new) in changes.items():
        assert old in files[name]
        files[name] = files[name].replace(old, new)
    return files


def test_an_edit_takes_the_pages_of_the_slides_it_did_not_change(project, taken, tmp_path):
    project.deck("deck", DECK)
    assert project.run("build").exit_code == 0
    assert taken["taken"] == []  # a cold build keeps its pages' segments, takes none
    project.deck("deck", _edited(**{"04.yaml": ("Title 4.2", "Title 4.2 (revised)")}))
    assert project.run("build").exit_code == 0
    edited = _handout(project)
    pages = _pages(edited, tmp_path / "edited.pdf")
    assert pages - 6 <= len(taken["taken"]) < pages - 1  # all but the cover, the sources and the edit's page(s)
    assert taken["relaid"] == []  # every taken page was replayed from the painted pages
    with pdfplumber.open(tmp_path / "edited.pdf") as pdf:
        assert any("Title 4.2 (revised)" in (page.extract_text() or "") for page in pdf.pages)
    assert edited == _clean(project)


def test_an_edit_that_adds_a_page_lays_the_handout_out_again(project, taken, tmp_path):
    project.deck("deck", DECK)
    assert project.run("build").exit_code == 0
    before = _pages(_handout(project), tmp_path / "before.pdf")
    long_notes = " ".join(["This slide's notes now run on for many lines of the handout."] * 40)
    project.deck("deck", _edited(**{"03.yaml": ("notes: Notes on slide 3.1,", f"notes: {long_notes} Notes on slide 3.1,")}))
    assert project.run("build").exit_code == 0
    edited = _handout(project)
    assert _pages(edited, tmp_path / "after.pdf") > before  # "Page n of N" changed on every page
    assert edited == _clean(project)


def test_a_character_new_to_the_handout_repaints_later_pages_placed_again(project, taken):
    """A new character takes its font's code before those of the characters first drawn after it (the seed,
    render/pdf_seed.py), so the kept painting of later pages that draw them ("Ω") no longer fits the document:
    they are painted, their boxes made by placing their slides again."""
    omega = ("Title 9.1", "Title 9.1 Ω")
    project.deck("deck", _edited(**{"09.yaml": omega}))
    assert project.run("build").exit_code == 0
    project.deck("deck", _edited(**{"02.yaml": ("Title 2.1", "Title 2.1 ẞ"), "09.yaml": omega}))
    assert project.run("build").exit_code == 0
    assert taken["taken"] and taken["relaid"]
    assert _handout(project) == _clean(project)


def test_a_new_deck_title_printed_on_every_page_equals_a_clean_build(project, taken):
    """The handout's running head prints the deck's title (the kept pages are salted with it, and each slide's
    key holds it too, as the facts a footer may print)."""
    project.deck("deck", DECK)
    assert project.run("build").exit_code == 0
    project.deck("deck", _edited(**{"deck.yaml": ("title: Kept pages", "title: Pages kept")}))
    assert project.run("build").exit_code == 0
    assert _handout(project) == _clean(project)


@pytest.mark.parametrize("change", ["removed", "moved", "inserted"])
def test_sections_removed_moved_or_inserted_equal_a_clean_build(project, taken, change):
    project.deck("deck", DECK)
    assert project.run("build").exit_code == 0
    files = dict(DECK)
    if change == "removed":
        del files["05.yaml"]
    elif change == "moved":
        files["05.yaml"], files["09.yaml"] = files["09.yaml"], files["05.yaml"]
    else:
        files["05b.yaml"] = numbered_section(55, NOTES, slides=3)
    shutil.rmtree(project.root / "outlines" / "deck")
    project.deck("deck", files)
    assert project.run("build").exit_code == 0
    if change == "moved":  # the slides before it are numbered as they were (a removed or added slide renumbers
        assert taken["taken"]  # every slide's "n/N" footer: then no page is the same)
    assert _handout(project) == _clean(project)


def test_the_lines_layout_keeps_its_pages_too(project, taken):
    project.write("assets/styles/lines.yaml", "extends: default\nhandout: {layout: lines}\n")
    project.deck("deck", dict(DECK, **{"deck.yaml": DECK["deck.yaml"] + "style: lines\n"}))
    assert project.run("build").exit_code == 0
    project.deck("deck", dict(_edited(**{"06.yaml": ("Title 6.1", "Title 6.1 again")}),
                              **{"deck.yaml": DECK["deck.yaml"] + "style: lines\n"}))
    assert project.run("build").exit_code == 0
    assert taken["taken"]
    assert _handout(project) == _clean(project)


@pytest.mark.parametrize("damage", ["flipped", "signed-garbage", "signed-wrong-shape", "nan"])
def test_a_damaged_segments_file_is_a_cold_one(project, taken, damage):
    project.deck("deck", DECK)
    assert project.run("build").exit_code == 0
    path = project.dist / ".deckbuild" / "handout" / "deck" / segments.FILE
    data = path.read_bytes()
    if damage == "flipped":
        data = data[:-10] + bytes([data[-10] ^ 1]) + data[-9:]
    elif damage == "signed-garbage":
        data = seal(b"[not json", segments.FORMAT, segments.VERSION)
    elif damage == "signed-wrong-shape":
        body = data.partition(b"\n")[2]
        data = seal(body.replace(b'"],[[', b'"],[[7', 1), segments.FORMAT, segments.VERSION)
    else:
        body = data.partition(b"\n")[2]
        data = seal(body.replace(b",[[[", b",[[[NaN,", 1), segments.FORMAT, segments.VERSION)
    path.write_bytes(data)
    project.deck("deck", _edited(**{"07.yaml": ("Title 7.3", "Title 7.3 revised")}))
    result = project.run("build")
    assert result.exit_code == 0, result.output
    if damage in ("flipped", "signed-garbage"):
        assert taken["taken"] == []
    assert _handout(project) == _clean(project)
