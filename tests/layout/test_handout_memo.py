"""The handout text kept between builds (layout/handout_memo.py): an edit sets again only the text of the
slides it changed, and the handout is the one a clean build makes, whatever the kept file holds."""

from __future__ import annotations

import pytest

from conftest import SIMPLE_DECK


@pytest.fixture(autouse=True)
def text_kept(monkeypatch):
    """Every build here keeps the handout's text (as one that checks accessibility does): what is tested is how
    kept text is read back (test_handout_memo.py's last tests: a build that keeps none)."""
    from deckbuild import worker

    monkeypatch.setattr(worker, "wants_boxes", lambda task: True)


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
    """Return the memo's file of the deck's second section (one file per section file)."""
    folder = project.dist / ".deckbuild" / "handout" / "talk"
    [path] = [p for p in folder.glob("*.json") if b"Gamma slide" in p.read_bytes()]  # (not the kept pages)
    return path


def test_an_edit_sets_again_only_the_text_it_changed(project, monkeypatch):
    counts = _counts(monkeypatch)
    project.deck("talk", SIMPLE_DECK)
    assert project.run("build").exit_code == 0
    assert counts[-1][0] == 0 and counts[-1][1] > 10 and _memo(project).is_file()
    cold_misses = counts[-1][1]
    name = "02-second.yaml"
    project.write(f"outlines/talk/{name}", SIMPLE_DECK[name].replace("Notes for gamma.", "Other notes for gamma."))
    others = {p: p.read_bytes() for p in _memo(project).parent.glob("*.json") if p != _memo(project)}
    assert len(others) >= 2  # the title slide's, the first section's
    assert project.run("build").exit_code == 0
    hits, misses = counts[-1]
    assert 0 < misses < cold_misses // 2 and hits > misses
    assert {p: p.read_bytes() for p in others} == others  # only the edited section's file is written again
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
    path = _memo(project)
    data = path.read_bytes()
    assert project.run("build", "--force").exit_code == 0
    every = counts[-1][0]  # everything reused
    path.write_bytes({"cut short": data[:-30], "unsigned": data.replace(b"Fragment", b"Tnemgarf"), "empty": b""}[damage])
    assert project.run("build", "--force").exit_code == 0
    assert counts[-1][1] > 0 and counts[-1][0] + counts[-1][1] == every  # the damaged file's text set again
    assert (project.dist / "talk-handout.pdf").read_bytes() == clean
    assert path.read_bytes() == data  # written again from this build's text


def test_the_memo_is_left_alone_when_no_handout_is_laid_out(project, monkeypatch):
    project.deck("talk", SIMPLE_DECK)
    assert project.run("build").exit_code == 0
    before = _memo(project).read_bytes()
    assert project.run("build", "--force", "--format", "pptx").exit_code == 0
    assert _memo(project).read_bytes() == before


def test_audiences_of_one_view_share_the_handout_text_set_in_this_run(project, monkeypatch):
    counts = _counts(monkeypatch)
    deck = dict(SIMPLE_DECK)
    deck["deck.yaml"] = deck["deck.yaml"] + "audiences:\n  one: {description: First}\n  two: {description: Second}\n"
    project.deck("talk", deck)
    assert project.run("build", "--audience", "all").exit_code == 0
    (_, first), (hits, misses) = counts[-2], counts[-1]
    assert first > 10 and misses == 0 and hits == first  # the second audience set no text of its own
    for name in ("talk-one-handout.pdf", "talk-two-handout.pdf"):
        assert project.run("build", "--audience", name.split("-")[1], "--out", "alone", "--force").exit_code == 0
        assert (project.dist / name).read_bytes() == (project.root / "alone" / name).read_bytes()


def test_each_memo_file_holds_what_the_checked_json_writer_writes(project):
    """The memo's JSON is written without the circularity check (the fast path): each file's body is what
    json.dumps with the check writes of the same values, and the file is read back by the memo."""
    import json

    from deckbuild.cache import unseal
    from deckbuild.layout.handout_memo import FORMAT, VERSION, HandoutMemo

    project.deck("talk", SIMPLE_DECK)
    assert project.run("build").exit_code == 0
    files = sorted(_memo(project).parent.glob("*.json"))
    assert len(files) >= 3
    for path in files:
        body = unseal(path, FORMAT, VERSION)
        assert body is not None
        head, rest = body.split(b"\n")  # the keys and shapes, then the paragraphs' runs and lines
        data, items = json.loads(head), json.loads(rest)
        assert head.decode("utf-8") == json.dumps(data, separators=(",", ":"), allow_nan=False)
        assert rest.decode("utf-8") == json.dumps(items, separators=(",", ":"), allow_nan=False)
        memo = HandoutMemo(path.parent, data[0])
        assert len(memo._load(path.name)) == len(data[2]) == len(items) > 0


def test_a_build_of_the_pptx_and_the_handout_keeps_no_text_and_its_edits_are_clean_builds(project, monkeypatch):
    monkeypatch.undo()  # (the text is not kept: worker.wants_boxes as it is)
    project.deck("talk", SIMPLE_DECK)
    assert project.run("build").exit_code == 0
    folder = project.dist / ".deckbuild" / "handout" / "talk"
    files = list(folder.glob("*.json"))
    assert len(files) >= 3 and not any(b"gamma" in p.read_bytes() for p in files)  # shapes only, no text
    name = "02-second.yaml"
    for step, (old, new) in enumerate([("Notes for gamma.", "Other notes for gamma."),
                                       ("Other notes for gamma.", "Third notes for gamma.")]):
        text = (project.root / f"outlines/talk/{name}").read_text()
        project.write(f"outlines/talk/{name}", text.replace(old, new))
        args = ("build",) if step == 0 else ("build", "--format", "pptx,pdf,html")  # HTML: the text is kept
        assert project.run(*args).exit_code == 0
        assert project.run(*args, "--out", f"clean-{step}").exit_code == 0
        edited = (project.dist / "talk-handout.pdf").read_bytes()
        assert edited == (project.root / f"clean-{step}" / "talk-handout.pdf").read_bytes()
    assert any(b"Third notes for gamma" in p.read_bytes() for p in folder.glob("*.json"))
