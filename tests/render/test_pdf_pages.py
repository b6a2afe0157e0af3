"""The handout's pages kept between builds (render/pdf_pages.py): an edit repaints the pages whose content
changed and replays the others, and the handout is byte for byte what a clean build of the edited deck makes;
an entry that is tampered with, malformed or no longer fits the document is not used."""

from __future__ import annotations

import json
import re
import shutil

import pdfplumber
import pytest
from conftest import numbered_section

from deckbuild import paint_cache
from deckbuild.cache import seal, unseal
from deckbuild.render import pdf_pages

NOTES = "Notes that say a little more about slide {}, long enough to wrap over a line or two of the handout."


def _section(n: int, first: str = "Title") -> str:
    return numbered_section(n, NOTES, "Point {}, Another point", first)


DECK = {"deck.yaml": "title: Kept pages\nauthor: A. Writer\n", **{f"{n:02d}.yaml": _section(n) for n in range(1, 4)}}


@pytest.fixture
def caches(monkeypatch):
    """Return the PageCache of every handout painted, in order."""
    made: list[pdf_pages.PageCache] = []
    init = pdf_pages.PageCache.__init__

    def recording(self, *args, **kw):
        init(self, *args, **kw)
        made.append(self)

    monkeypatch.setattr(pdf_pages.PageCache, "__init__", recording)
    return made


def _handout(project) -> bytes:
    return (project.dist / "deck-handout.pdf").read_bytes()


def _clean(project, tmp_path) -> bytes:
    """Return the handout a build of the deck as it is now makes with no state folder."""
    shutil.rmtree(project.dist / ".deckbuild")
    assert project.run("build", "--force").exit_code == 0
    return _handout(project)


def test_text_set_once_for_many_slides_is_kept_from_the_second_build_on(project, caches, tmp_path):
    """The same notes on every slide are one paragraph when set and one per section file when read back: the
    pages' keys may differ between the build that set them and the next (painted again, the same bytes)."""
    same = {name: re.sub(r"slide \d+\.\d+", "this slide", text) for name, text in DECK.items()}
    project.deck("deck", same)
    assert project.run("build").exit_code == 0
    cold = _handout(project)
    assert project.run("build", "--force").exit_code == 0
    assert _handout(project) == cold
    assert project.run("build", "--force").exit_code == 0
    assert caches[-1].painted == 0 and _handout(project) == cold


def _pages_with(data: bytes, text: str, tmp_path) -> list[int]:
    path = tmp_path / "look.pdf"
    path.write_bytes(data)
    with pdfplumber.open(path) as pdf:
        return [i for i, page in enumerate(pdf.pages) if text in (page.extract_text() or "")]


def test_an_edit_repaints_the_pages_it_changed_and_equals_a_clean_build(project, caches, tmp_path):
    project.deck("deck", DECK)
    assert project.run("build").exit_code == 0
    cold = caches[-1]
    assert cold.replayed == 0 and cold.painted > 3
    assert project.run("build", "--force").exit_code == 0
    assert caches[-1].replayed == cold.painted and caches[-1].painted == 0  # every kept page replayed
    # a new character ("Ω") in the last section: the pages before it keep their fonts' codes
    (project.root / "outlines/deck/03.yaml").write_text(_section(3, first="Changed Ω"))
    assert project.run("build").exit_code == 0
    edit = caches[-1]
    assert 1 <= edit.painted < cold.painted and edit.replayed >= 1
    incremental = _handout(project)
    assert _pages_with(incremental, "Changed Ω 3.0", tmp_path)  # the repainted page shows the new title
    assert _clean(project, tmp_path) == incremental


def test_an_edit_early_in_the_deck_shifts_later_codes_and_still_equals_a_clean_build(project, caches, tmp_path):
    project.deck("deck", DECK)
    assert project.run("build").exit_code == 0
    (project.root / "outlines/deck/01.yaml").write_text(_section(1, first="Früh ½ þ"))  # new codes, first used early
    assert project.run("build").exit_code == 0
    incremental = _handout(project)
    assert _pages_with(incremental, "Früh ½ þ 1.0", tmp_path)
    assert _clean(project, tmp_path) == incremental


def _parts(project):
    return project.dist / ".deckbuild" / paint_cache.FOLDER / "deck.pdf"


def _entries(project) -> tuple[bytes, dict[str, bytes]]:
    body = unseal(_parts(project), paint_cache.FORMAT, paint_cache.VERSION)
    salt = body[:16]
    return salt, paint_cache.decode(body, salt)


def _reseal(project, salt: bytes, entries: dict[str, bytes]) -> None:
    _parts(project).write_bytes(paint_cache.encode(entries, salt))


def test_a_tampered_parts_file_is_not_used(project, caches):
    project.deck("deck", DECK)
    assert project.run("build").exit_code == 0
    cold = _handout(project)
    data = bytearray(_parts(project).read_bytes())
    data[len(data) // 2] ^= 0x40  # a byte of some page's stream: the seal no longer holds
    _parts(project).write_bytes(bytes(data))
    assert project.run("build", "--force").exit_code == 0
    assert caches[-1].replayed == 0
    assert _handout(project) == cold


def _meta(entry: bytes) -> tuple[dict, bytes]:
    size = int.from_bytes(entry[:4], "big")
    return json.loads(entry[4:4 + size]), entry[4 + size:]


def _entry(meta: dict, stream: bytes) -> bytes:
    body = json.dumps(meta).encode()
    return len(body).to_bytes(4, "big") + body + stream


@pytest.mark.parametrize("damage", ["garbage", "short", "codes", "font name", "elements"])
def test_a_kept_page_that_is_malformed_or_does_not_fit_is_painted(project, caches, damage):
    project.deck("deck", DECK)
    assert project.run("build").exit_code == 0
    cold = _handout(project)
    salt, entries = _entries(project)
    later = {}
    for key, entry in entries.items():
        meta, stream = _meta(entry)
        if damage == "garbage":
            later[key] = b"\xff" * 40
        elif damage == "short":
            later[key] = entry[:3]
        elif damage == "codes":  # a character drawn with a code it does not have: the page would draw it wrong
            for font in meta["fonts"]:
                font[5] += [0x2022, 9999]
                font[2] = False
            later[key] = _entry(meta, stream)
        elif damage == "font name":  # a name not made from its file's bytes
            for font in meta["fonts"]:
                font[0] = "DB-x-00000000"
            later[key] = _entry(meta, stream)
        else:
            meta["elems"] = [["P", True, None, None, 5, None, None, []]]  # text that is not a string
            later[key] = _entry(meta, stream)
    _reseal(project, salt, later)
    assert project.run("build", "--force").exit_code == 0
    assert caches[-1].replayed == 0
    assert _handout(project) == cold


def test_an_edit_reads_back_the_boxes_of_the_slides_on_the_pages_it_repaints_only(project, monkeypatch):
    from deckbuild.layout import lazy

    project.deck("deck", {"deck.yaml": DECK["deck.yaml"], **{f"{n:02d}.yaml": _section(n) for n in range(1, 7)}})
    assert project.run("build").exit_code == 0
    made: list[str] = []
    boxes = lazy.Boxes.boxes

    def making(self):
        if not self.made and self.key:
            made.append(self.key)
        return boxes(self)

    monkeypatch.setattr(lazy.Boxes, "boxes", making)
    (project.root / "outlines/deck/06.yaml").write_text(_section(6, first="Changed"))
    assert project.run("build").exit_code == 0
    assert len(made) <= 8  # a few slides beside the edited section's on its pages, not the deck's 31
