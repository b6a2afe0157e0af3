"""Building: output names, formats, reproducible bytes, and what happens on errors."""

from __future__ import annotations

import time
from pathlib import Path

from conftest import SIMPLE_DECK, outputs


def test_outputs_are_byte_identical_across_builds(project, monkeypatch):
    project.deck("sample", SIMPLE_DECK)
    assert project.run("build", "--out", "one").exit_code == 0
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 86400 * 400)  # a build more than a year later
    assert project.run("build", "--out", "two").exit_code == 0
    for name in ("sample.pptx", "sample-handout.pdf"):
        assert (project.root / "one" / name).read_bytes() == (project.root / "two" / name).read_bytes(), name


def test_output_names_and_out_dir(project):
    project.deck("alpha", SIMPLE_DECK)
    project.deck("beta", SIMPLE_DECK)
    result = project.run("build", "--out", "site/out")
    assert result.exit_code == 0, result.output
    out = outputs(project.root / "site" / "out")
    assert out == ["alpha-handout.pdf", "alpha.pptx", "beta-handout.pdf", "beta.pptx"]
    assert "wrote site/out/alpha.pptx" in result.stdout


def test_format_selects_outputs(project):
    project.deck("alpha", SIMPLE_DECK)
    assert project.run("build", "--format", "pdf").exit_code == 0
    assert outputs(project.dist) == ["alpha-handout.pdf"]


def test_unknown_format_is_a_usage_error(project):
    project.deck("alpha", SIMPLE_DECK)
    result = project.run("build", "--format", "docx")
    assert result.exit_code == 2
    assert "unknown format docx" in result.output
    assert not project.dist.exists()


def test_missing_deck_argument_is_a_usage_error(project):
    result = project.run("build", "outlines/nope")
    assert result.exit_code == 2
    assert "no such deck: outlines/nope" in result.output


def test_no_decks_found_is_a_usage_error(project):
    result = project.run("build")
    assert result.exit_code == 2
    assert "no decks found" in result.output


def test_an_error_in_one_deck_writes_no_deck_at_all(project):
    project.deck("good", SIMPLE_DECK)
    project.deck("bad", {"deck.yaml": "title: Bad\n", "01.yaml": "section: S\nslides:\n  - titel: x\n"})
    result = project.run("build")
    assert result.exit_code == 1
    assert "outlines/bad/01.yaml:3:5: error: unknown key 'titel' in slide — did you mean 'title'?" in result.stderr
    assert not project.dist.exists()


def test_check_writes_nothing_and_reports_ok(project):
    project.deck("good", SIMPLE_DECK)
    result = project.run("check")
    assert result.exit_code == 0
    assert "1 deck(s), 6 slides: ok" in result.stdout
    assert not project.dist.exists()


def test_strict_turns_warnings_into_errors(project):
    project.deck("w", {"deck.yaml": "title: W\n", "01.yaml": "section: S\nslides:\n  - title: T\n"
                       "    bullets: [" + ", ".join(["A long bullet that takes most of a line on its own"] * 9)
                       + "]\n"})
    assert project.run("check").exit_code == 0
    result = project.run("build", "--strict")
    assert result.exit_code == 1
    assert "warning: slide 3: bullets shrunk from 28pt" in result.stderr
    assert "--strict:1:1: error: 1 warning(s) are errors with --strict" in result.stderr
    assert not project.dist.exists()


def test_version(project):
    from deckbuild import __version__

    result = project.run("--version")
    assert result.exit_code == 0 and result.stdout == f"deckbuild {__version__}\n"


def test_failed_write_leaves_no_partial_file(project, monkeypatch):
    import os

    from deckbuild import outputs as outputs_module

    project.deck("alpha", SIMPLE_DECK)
    calls = []

    def broken(src, dst):
        calls.append(dst)
        raise OSError(28, "No space left on device", str(dst))

    monkeypatch.setattr(outputs_module.os, "replace", broken)
    result = project.run("build")
    monkeypatch.setattr(outputs_module.os, "replace", os.replace)
    assert calls and result.exit_code == 1
    assert "dist/alpha.pptx:1:1: error: cannot write dist/alpha.pptx: No space left on device" in result.stderr
    assert outputs(project.dist) == []  # neither the output nor its temporary file
    assert list((project.dist / ".deckbuild" / "tmp").iterdir()) == []


def test_output_folder_that_is_a_file_is_an_error(project):
    project.deck("alpha", SIMPLE_DECK)
    (project.root / "out").write_text("not a folder")
    result = project.run("build", "--out", "out")
    assert result.exit_code == 1
    assert "error: cannot write the output" in result.stderr
    assert "Traceback" not in result.output


def test_a_build_pauses_the_cyclic_collector_and_gives_it_back_as_it_was(project, monkeypatch):
    import gc

    from deckbuild import build as build_module

    project.deck("sample", SIMPLE_DECK)
    monkeypatch.chdir(project.root)
    seen = []
    real = build_module._build
    monkeypatch.setattr(build_module, "_build", lambda *a: (seen.append(gc.isenabled()), real(*a))[1])
    assert gc.isenabled()
    result = build_module.build(build_module.Options(targets=[Path("outlines/sample")], force=True))
    assert not result.diags.has_errors and seen == [False] and gc.isenabled()
