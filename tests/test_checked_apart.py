"""The last section files of a long deck are checked by a forked process (checked_apart.py): what is built, what
is reported and what is kept are what checking every file here gives, whether the fork works or fails."""

from __future__ import annotations

import shutil

import pytest

from deckbuild import checked_apart, fork

SECTIONS = {f"{i:02}.yaml": f"section: Part {i}\nslides:\n  - title: Slide {i}\n    bullets: [one {i}, two {i}]\n"
            for i in range(1, 9)}
SECTIONS["06.yaml"] += "  - title: Cites\n    bullets: [a]\n    sources: [nowhere]\n"  # an error, checked apart
SECTIONS["07.yaml"] += "  - title: ''\n    bullets: [b]\n"  # and a warning, or an error: reported as here


def _build(project, mode: str, monkeypatch):
    """Return the build's result and how many kept sections the forked process gave (None: it did not fork)."""
    from deckbuild.model_cache import ModelCache

    given = []
    real_give = ModelCache.give
    monkeypatch.setattr(ModelCache, "give", lambda self, files: (given.append(len(files)), real_give(self, files)))
    if mode == "here":
        monkeypatch.setattr(checked_apart, "FORK_FROM_BYTES", 10 ** 12)
    else:
        monkeypatch.setattr(checked_apart, "FORK_FROM_BYTES", 0)
        monkeypatch.setattr(fork, "idle_core", lambda: True)
        if mode == "failing":
            def checked(*args):
                raise RuntimeError("the forked process fails")

            monkeypatch.setattr(checked_apart, "_checked", checked)
    result = project.run("build", "outlines/long")
    return result, given[0] if given else None


def _deck(project, sections: dict[str, str]) -> None:
    project.deck("long", {"deck.yaml": "title: Long\n", **sections})


@pytest.mark.parametrize("mode", ["apart", "failing"])
def test_a_deck_checked_apart_reports_what_one_checked_here_does(project, monkeypatch, mode):
    _deck(project, SECTIONS)
    here, _ = _build(project, "here", monkeypatch)
    monkeypatch.undo()
    apart, given = _build(project, mode, monkeypatch)
    assert here.exit_code == apart.exit_code == 1
    assert "source 'nowhere' is not defined" in here.output
    assert apart.output == here.output
    # the forked process checked the last files: those it could keep are read here (none when it failed)
    assert given == 0 if mode == "failing" else given >= 2


@pytest.mark.parametrize("mode", ["apart", "failing"])
def test_a_deck_checked_apart_builds_and_keeps_what_one_checked_here_does(project, monkeypatch, mode):
    sections = {name: text for name, text in SECTIONS.items() if name not in ("06.yaml", "07.yaml")}
    sections["05.yaml"] += "  - title: Long notes\n    bullets: [c]\n    notes: " + "word " * 400 + "\n"
    _deck(project, sections)
    here, given = _build(project, "here", monkeypatch)
    assert here.exit_code == 0 and given is None, here.output
    kept_here = project.dist_snapshot()
    shutil.rmtree(project.dist)
    monkeypatch.undo()
    apart, given = _build(project, mode, monkeypatch)
    assert apart.exit_code == 0 and apart.output == here.output
    assert given == 0 if mode == "failing" else given >= 2
    kept = project.dist_snapshot()
    models = {name for name in kept if "/model/" in name}
    assert len(models) == len(sections)  # every section's file, those checked apart too
    assert kept == kept_here


def test_an_edit_reads_kept_sections_back_and_does_not_fork(project, monkeypatch):
    _deck(project, {name: text for name, text in SECTIONS.items() if name not in ("06.yaml", "07.yaml")})
    assert project.run("build", "-q", "outlines/long").exit_code == 0
    calls = []
    monkeypatch.setattr(checked_apart, "FORK_FROM_BYTES", 0)
    monkeypatch.setattr(fork, "idle_core", lambda: True)
    monkeypatch.setattr(fork, "started", lambda in_child: calls.append(in_child))
    (project.root / "outlines/long/03.yaml").write_text(SECTIONS["03.yaml"].replace("Slide 3", "Slide three"))
    assert project.run("build", "-q", "outlines/long").exit_code == 0
    assert calls == []


def test_a_process_with_another_thread_does_not_fork(project, monkeypatch):
    import threading

    _deck(project, {name: text for name, text in SECTIONS.items() if name not in ("06.yaml", "07.yaml")})
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)  # as serve's server thread
    other.start()
    try:
        result, given = _build(project, "apart", monkeypatch)
    finally:
        stop.set()
        other.join()
    assert result.exit_code == 0 and given is None
    shutil.rmtree(project.dist)
    result, given = _build(project, "apart", monkeypatch)
    assert result.exit_code == 0 and given >= 2  # (alone again: it forks)
