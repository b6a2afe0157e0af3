"""Handout text kept by the memo and read back only when used (layout/handout/kept.py): an edit decodes the
text of the pages it repaints, not the whole deck's, and the handout is byte for byte a clean build's, whatever
a kept file holds."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import numbered_section

from deckbuild.cache import seal, unseal
from deckbuild.layout.handout import kept as kept_module
from deckbuild.layout.handout_memo import FORMAT, VERSION


@pytest.fixture(autouse=True)
def text_kept(monkeypatch):
    """Every build here keeps the handout's text (as one that checks accessibility does): what is tested is how
    kept text is read back (test_handout_memo.py's last tests: a build that keeps none)."""
    from deckbuild import worker

    monkeypatch.setattr(worker, "wants_boxes", lambda task: True)

NOTES = "Notes that say a little more about slide {}, long enough to wrap over a line or two of the handout."


def _section(n: int, notes: str = NOTES) -> str:
    return numbered_section(n, notes, "Point {}, Another point")


DECK = {"deck.yaml": "title: Kept text\nauthor: A. Writer\n", **{f"{n:02d}.yaml": _section(n) for n in range(1, 11)}}


@pytest.fixture
def reads(monkeypatch):
    """Return the list of memo files whose paragraphs were read back (one item per file read)."""
    files: list[object] = []
    real = kept_module.KeptFile.entry

    def counting(self, index):
        if self._values is None:
            files.append(self)
        return real(self, index)

    monkeypatch.setattr(kept_module.KeptFile, "entry", counting)
    return files


def _handout(project) -> bytes:
    return (project.dist / "deck-handout.pdf").read_bytes()


def _clean(project) -> bytes:
    """Return the handout a build of the deck as it is now makes with no state folder."""
    shutil.rmtree(project.dist / ".deckbuild")
    assert project.run("build", "--force").exit_code == 0
    return _handout(project)


def _memo_files(project) -> list:
    """Return the memo's files of section text (not its kept pages: layout/handout/segments.py)."""
    return sorted((project.dist / ".deckbuild" / "handout" / "deck").glob("*.json"))


def test_an_edit_reads_back_only_the_text_of_the_pages_it_repaints(project, reads):
    project.deck("deck", DECK)
    assert project.run("build").exit_code == 0
    assert reads == []  # a cold build sets every paragraph
    edited = dict(DECK, **{"04.yaml": DECK["04.yaml"].replace("Title 4.2", "Title 4.2!")})
    project.deck("deck", edited)
    assert project.run("build").exit_code == 0
    files = _memo_files(project)
    assert len(files) == 11  # the deck file's and one per section
    assert 0 < len(reads) <= 6  # those of the repainted pages' text: the edited one's, one never kept (the first)
    assert not any(file.damaged for file in reads)
    assert _handout(project) == _clean(project)


def test_every_kept_paragraph_is_read_back_when_every_page_is_painted(project, reads):
    project.deck("deck", DECK)
    assert project.run("build").exit_code == 0
    cold = _handout(project)
    shutil.rmtree(project.dist / ".deckbuild" / "parts")  # no page is kept: each is painted
    assert project.run("build", "--force").exit_code == 0
    assert len(reads) == len(_memo_files(project)) and _handout(project) == cold
    assert not any(file.damaged for file in reads)  # each read back, none set again


def _rewrite(path, change) -> None:
    """Sign again the memo file *path* with its two lines changed by *change* (as only this user could)."""
    head, rest = unseal(path, FORMAT, VERSION).split(b"\n")
    head, rest = change(json.loads(head), json.loads(rest))
    path.write_bytes(seal(json.dumps(head).encode() + b"\n" + json.dumps(rest).encode(), FORMAT, VERSION))


@pytest.mark.parametrize("damage", ["not the codec's", "no paragraphs", "too few entries", "not JSON"])
def test_kept_text_that_is_not_what_its_first_line_says_is_set_again(project, damage):
    project.deck("deck", DECK)
    assert project.run("build").exit_code == 0
    cold = _handout(project)
    path = max(_memo_files(project), key=lambda p: p.stat().st_size)
    if damage == "not JSON":
        head, _ = unseal(path, FORMAT, VERSION).split(b"\n")
        path.write_bytes(seal(head + b"\n[[1, 2", FORMAT, VERSION))
    else:
        _rewrite(path, lambda head, rest: (head, {"not the codec's": [[99, "x"]] * len(rest),
                                                  "no paragraphs": [[0]] * len(rest),
                                                  "too few entries": rest[:-1]}[damage]))
    shutil.rmtree(project.dist / ".deckbuild" / "parts")  # every page painted: the damaged file's text is used
    assert project.run("build", "--force").exit_code == 0
    assert _handout(project) == cold
    head, rest = unseal(path, FORMAT, VERSION).split(b"\n")  # written again, from the text set again
    assert len(json.loads(rest)) == len(json.loads(head)[2]) and b"[99" not in rest
    assert project.run("build", "--force").exit_code == 0 and _handout(project) == cold


@pytest.mark.parametrize("damage", ["a shape too short", "a count that is not one", "a marker that is not one"])
def test_a_kept_first_line_that_is_not_the_memo_s_is_a_cold_file(project, damage):
    deck = dict(DECK, **{"02.yaml": DECK["02.yaml"] + "  - title: Extra\n    bullets:\n      - Seen\n      - text: For the handout\n        in: [handout]\n"})
    project.deck("deck", deck)
    assert project.run("build").exit_code == 0
    cold = _handout(project)
    path = next(p for p in _memo_files(project) if b"For the handout" in p.read_bytes())

    def change(head, rest):
        for _key, shape in head[2]:
            for item in shape:
                if damage == "a shape too short":
                    del item[-1]
                elif damage == "a count that is not one":
                    item[1] = -1
                elif item[11] is not None:
                    item[11] = "*"
        return head, rest

    _rewrite(path, change)
    assert project.run("build", "--force").exit_code == 0
    assert _handout(project) == cold


def test_kept_text_with_an_inline_formula_keeps_its_formula_when_not_repainted(project):
    deck = dict(DECK, **{"02.yaml": _section(2, "The sum $n(n+1)/2$ of slide {}, and more words to wrap it.")})
    project.deck("deck", deck)
    assert project.run("build").exit_code == 0
    edited = dict(deck, **{"05.yaml": deck["05.yaml"].replace("Title 5.1", "Title 5.1!")})
    project.deck("deck", edited)
    assert project.run("build").exit_code == 0
    assert _handout(project) == _clean(project)


def test_kept_runs_and_lines_act_as_the_tuples_they_stand_for(project):
    from deckbuild.layout.handout.kept import Kept
    from deckbuild.layout.handout_memo import HandoutMemo

    project.deck("deck", DECK)
    assert project.run("build").exit_code == 0
    path = max(_memo_files(project), key=lambda p: p.stat().st_size)
    salt = json.loads(unseal(path, FORMAT, VERSION).split(b"\n")[0])[0]
    entries = HandoutMemo(path.parent, salt)._load(path.name)
    (file, index, shape), = [entries[k] for k in list(entries)[-1:]]
    from deckbuild.layout.handout.kept import KeptEntry

    items = KeptEntry(file, index, shape, lambda: pytest.fail("set again")).paragraphs()
    para = getattr(items[0], "para", items[0])
    lines, runs = para.lines, para.runs
    assert type(lines) is Kept and len(lines) == shape[0][1] and not lines.made  # counted without reading
    real = tuple(lines)
    assert lines.made and lines == real and real == lines and hash(lines) == hash(real)
    assert lines[0] is real[0] and lines[1:] == real[1:] and repr(lines) == repr(real) and lines + () == real
    assert len(runs) == shape[0][2] and tuple(runs) == runs.values() and runs[0].text
