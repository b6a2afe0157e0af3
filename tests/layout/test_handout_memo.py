"""The handout text kept between builds (layout/handout_memo.py): an edit sets again only the text of the
slides it changed, and the handout is the one a clean build makes, whatever the kept file holds."""

from __future__ import annotations

import pytest

from conftest import SIMPLE_DECK


def _counts(monkeypatch) -> list[tuple[int, int]]:
    from deckbuild.layout import handout_memo

    counts: list[tuple[int, int]] = []
    real = handout_memo.HandoutMemo.dump

    def counting(self, *args):
        counts.append((self.hits, self.misses))
        return real(self, *args)

    monkeypatch.setattr(handout_memo.HandoutMemo, "dump", counting)
    return counts


def _memo(project):
    return project.dist / ".deckbuild" / "handout" / "talk"


def test_an_edit_sets_again_only_the_text_it_changed(project, monkeypatch):
    counts = _counts(monkeypatch)
    project.deck("talk", SIMPLE_DECK)
    assert project.run("build").exit_code == 0
    assert counts[-1][0] == 0 and counts[-1][1] > 10 and _memo(project).is_file()
    cold_misses = counts[-1][1]
    name = "02-second.yaml"
    project.write(f"outlines/talk/{name}", SIMPLE_DECK[name].replace("Notes for gamma.", "Other notes for gamma."))
    assert project.run("build").exit_code == 0
    hits, misses = counts[-1]
    assert 0 < misses < cold_misses // 2 and hits > misses
    edited = project.dist / "talk-handout.pdf"
    assert project.run("build", "--out", "clean").exit_code == 0
    assert edited.read_bytes() == (project.root / "clean" / "talk-handout.pdf").read_bytes()
    assert counts[-1][0] == 0  # the clean build reused nothing


@pytest.mark.parametrize("damage", ["cut short", "unsigned", "empty"])
def test_a_damaged_memo_is_a_cold_one(project, monkeypatch, damage):
    counts = _counts(monkeypatch)
    project.deck("talk", SIMPLE_DECK)
    assert project.run("build").exit_code == 0
    clean = (project.dist / "talk-handout.pdf").read_bytes()
    data = _memo(project).read_bytes()
    _memo(project).write_bytes({"cut short": data[:-30], "unsigned": data.replace(b"Para", b"Arap"),
                                "empty": b""}[damage])
    assert project.run("build", "--force").exit_code == 0
    assert counts[-1][0] == 0
    assert (project.dist / "talk-handout.pdf").read_bytes() == clean
    assert _memo(project).read_bytes() == data  # written again from this build's text


def test_the_memo_is_left_alone_when_no_handout_is_laid_out(project, monkeypatch):
    project.deck("talk", SIMPLE_DECK)
    assert project.run("build").exit_code == 0
    before = _memo(project).read_bytes()
    assert project.run("build", "--force", "--format", "pptx").exit_code == 0
    assert _memo(project).read_bytes() == before
