"""Outputs never lie: name clashes are errors before anything is written, deck and handout are written
together or not at all, a file edited during a build is not recorded as built, and outputs are named
after their deck however the deck is named on the command line."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from pptx import Presentation

from conftest import SIMPLE_DECK, outputs

TALK = dict(SIMPLE_DECK)
TALK["deck.yaml"] = SIMPLE_DECK["deck.yaml"] + "audiences:\n  lecture: {description: Students}\n"


def _texts(path: Path) -> str:
    return "\n".join(shape.text_frame.text for slide in Presentation(path).slides for shape in slide.shapes
                     if shape.has_text_frame)


def test_an_audience_output_that_another_deck_also_writes_is_an_error(project):
    project.deck("talk", TALK)
    project.deck("talk-lecture", SIMPLE_DECK)
    result = project.run("build", "--audience", "all")
    assert result.exit_code == 1
    assert ("outlines/talk-lecture/deck.yaml:1:1: error: deck 'talk-lecture' would write "
            "dist/talk-lecture.pptx, which outlines/talk/deck.yaml for audience 'lecture' also writes — rename "
            "one of the deck folders (or the audience) so that every output has its own name") in result.stderr
    assert "nothing was written" in result.stderr
    assert project.dist_snapshot() == {}


def test_an_audience_output_clash_is_found_before_anything_is_written(project):
    project.deck("talk", TALK)
    project.deck("talk-lecture", SIMPLE_DECK)
    assert project.run("build", "outlines/talk-lecture").exit_code == 0
    before = project.dist_snapshot()
    result = project.run("build", "--audience", "all", "outlines/talk-lecture", "outlines/talk")
    assert result.exit_code == 1
    assert ("outlines/talk/deck.yaml:1:1: error: deck 'talk' for audience 'lecture' would write "
            "dist/talk-lecture.pptx, which outlines/talk-lecture/deck.yaml also writes") in result.stderr
    assert project.dist_snapshot() == before


def test_two_decks_with_the_same_folder_name_are_an_error(project):
    project.deck("talk", SIMPLE_DECK)
    other = dict(SIMPLE_DECK)
    other["deck.yaml"] = other["deck.yaml"].replace("Sample Deck", "Another Deck")
    for rel, text in other.items():
        project.write(f"archive/talk/{rel}", text)
    result = project.run("build", "outlines/talk", "archive/talk")
    assert result.exit_code == 1
    assert ("archive/talk/deck.yaml:1:1: error: deck 'talk' would write dist/talk.pptx, which "
            "outlines/talk/deck.yaml also writes") in result.stderr
    assert result.stderr.count(": error: ") == 1  # one clash, reported once
    assert project.dist_snapshot() == {}


def _edited_and_built(project):
    """Build the sample deck, then change its text (the next build writes new outputs)."""
    project.deck("sample", SIMPLE_DECK)
    assert project.run("build").exit_code == 0
    project.write("outlines/sample/02-second.yaml", SIMPLE_DECK["02-second.yaml"].replace("Five", "Fifty-five"))
    return project.dist_snapshot()


def test_a_full_disk_while_writing_the_handout_keeps_the_old_deck(project, monkeypatch):
    before = _edited_and_built(project)
    real = os.fsync
    calls = []

    def full(fd):
        calls.append(fd)
        if len(calls) == 2:  # the deck's bytes reached the disk; the handout's do not fit
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(fd)

    monkeypatch.setattr(os, "fsync", full)
    result = project.run("build")
    monkeypatch.setattr(os, "fsync", real)
    assert result.exit_code == 1
    assert ("dist/sample-handout.pdf:1:1: error: cannot write dist/sample-handout.pdf: No space left on device; "
            "no output was changed: dist/sample.pptx, dist/sample-handout.pdf are as they were before — free "
            "some space or make the output folder writable, then build again") in result.stderr
    assert "nothing was written" in result.stderr
    assert project.dist_snapshot() == before
    assert "Fifty-five" not in _texts(project.dist / "sample.pptx")
    again = project.run("build")  # once there is room, the new text is written
    assert again.exit_code == 0 and "wrote dist/sample.pptx" in again.stdout
    assert "Fifty-five" in _texts(project.dist / "sample.pptx")


def test_a_failed_rename_of_the_handout_puts_the_new_deck_back(project, monkeypatch):
    before = _edited_and_built(project)
    real = os.replace

    def failing(src, dst, *args, **kwargs):
        if str(dst).endswith("sample-handout.pdf"):
            raise OSError(errno.EIO, "Input/output error", str(dst))
        return real(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", failing)
    result = project.run("build")
    monkeypatch.setattr(os, "replace", real)
    assert result.exit_code == 1
    assert ("dist/sample-handout.pdf:1:1: error: cannot write dist/sample-handout.pdf: Input/output error; "
            "no output was changed: dist/sample.pptx, dist/sample-handout.pdf are as they were before") in result.stderr
    assert project.dist_snapshot() == before  # the deck already renamed into place was restored
    assert list((project.dist / ".deckbuild" / "tmp").iterdir()) == []


def test_a_failure_in_the_second_deck_leaves_the_first_deck_as_it_was(project, monkeypatch):
    project.deck("alpha", SIMPLE_DECK)
    project.deck("beta", SIMPLE_DECK)
    assert project.run("build").exit_code == 0
    for name in ("alpha", "beta"):
        project.write(f"outlines/{name}/02-second.yaml", SIMPLE_DECK["02-second.yaml"].replace("Five", "Seven"))
    before = project.dist_snapshot()
    real = os.replace

    def failing(src, dst, *args, **kwargs):
        if str(dst).endswith("beta.pptx"):
            raise OSError(errno.EACCES, "Permission denied", str(dst))
        return real(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", failing)
    result = project.run("build")
    monkeypatch.setattr(os, "replace", real)
    assert result.exit_code == 1
    assert ("dist/beta.pptx:1:1: error: cannot write dist/beta.pptx: Permission denied; no output was changed: "
            "dist/alpha.pptx, dist/alpha-handout.pdf, dist/beta.pptx, dist/beta-handout.pdf are as they were "
            "before") in result.stderr
    assert project.dist_snapshot() == before


def test_a_file_edited_during_the_build_is_not_recorded_as_built(project, monkeypatch):
    from deckbuild import worker

    project.deck("sample", SIMPLE_DECK)
    section = project.root / "outlines/sample/02-second.yaml"
    real = worker.run_task

    def editing(task, paint=True, prepared=None, **kw):
        outcome = real(task, paint, prepared, **kw)
        section.write_text(SIMPLE_DECK["02-second.yaml"].replace("Five", "Edited meanwhile"), encoding="utf-8")
        return outcome

    monkeypatch.setattr(worker, "run_task", editing)
    first = project.run("build")
    monkeypatch.setattr(worker, "run_task", real)
    assert first.exit_code == 0, first.output
    assert ("outlines/sample/02-second.yaml:1:1: warning: this file changed while it was being built; "
            "dist/sample.pptx, dist/sample-handout.pdf may show it as it was before — build again: these outputs "
            "are not recorded as up to date") in first.stderr
    assert "Edited meanwhile" not in _texts(project.dist / "sample.pptx")
    second = project.run("build")
    assert "wrote dist/sample.pptx" in second.stdout and "up to date" not in second.stdout
    assert "Edited meanwhile" in _texts(project.dist / "sample.pptx")
    assert "everything is up to date" in project.run("build").stdout


def test_build_dot_in_a_deck_folder_names_the_outputs_after_the_folder(project):
    folder = project.deck("talk", SIMPLE_DECK)
    project.root = folder  # run inside outlines/talk
    result = project.run("build", ".")
    assert result.exit_code == 0, result.output
    assert outputs(folder / "dist") == ["talk-handout.pdf", "talk.pptx"]


def test_build_name_finds_the_deck_in_outlines(project):
    project.deck("talk", SIMPLE_DECK)
    result = project.run("build", "talk")
    assert result.exit_code == 0, result.output
    assert outputs(project.dist) == ["talk-handout.pdf", "talk.pptx"]


def test_a_deck_whose_output_name_is_as_long_as_the_file_system_allows_is_written(project, monkeypatch):
    name = "d" * (255 - len("-handout.pdf"))  # the handout's name is exactly 255 characters
    project.deck(name, SIMPLE_DECK)
    real = os.replace
    seen = []

    def recording(src, dst, *args, **kwargs):
        seen.append((Path(src).name, Path(dst).name))
        return real(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", recording)
    result = project.run("build")
    monkeypatch.setattr(os, "replace", real)
    assert result.exit_code == 0, result.output
    assert outputs(project.dist) == [f"{name}-handout.pdf", f"{name}.pptx"]
    assert seen and all(len(tmp) <= len(out) for tmp, out in seen)


def test_a_file_edited_between_reading_the_deck_and_hashing_it_is_caught(project, monkeypatch):
    from deckbuild import build

    project.deck("sample", SIMPLE_DECK)
    section = project.root / "outlines/sample/02-second.yaml"
    real = build.load_deck

    def editing(target, diags, *args, **kwargs):
        deck = real(target, diags, *args, **kwargs)
        section.write_text(SIMPLE_DECK["02-second.yaml"].replace("Five", "Edited meanwhile"), encoding="utf-8")
        return deck

    monkeypatch.setattr(build, "load_deck", editing)
    first = project.run("build")
    monkeypatch.setattr(build, "load_deck", real)
    assert first.exit_code == 0, first.output
    assert "outlines/sample/02-second.yaml:1:1: warning: this file changed while it was being built" in first.stderr
    second = project.run("build")
    assert "wrote dist/sample.pptx" in second.stdout
    assert "Edited meanwhile" in _texts(project.dist / "sample.pptx")
