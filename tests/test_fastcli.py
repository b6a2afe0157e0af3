"""The command line's unchanged rebuild (deckbuild.fastcli) answers as the full command line does — same
options, same output, same exit status — and leaves everything it does not plainly understand to it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import SIMPLE_DECK
from deckbuild import fastcli, fastpath

NO_ALT = {**SIMPLE_DECK, "03-figure.yaml": "section: Figures\nslides:\n  - title: A figure\n"
                                           "    image: {path: fig.png}\n"}


@pytest.fixture
def deck(project, monkeypatch):
    from PIL import Image

    project.deck("d", NO_ALT)
    Image.new("RGB", (40, 30), (10, 120, 200)).save(project.root / "outlines/d/fig.png")
    project.deck("e", SIMPLE_DECK)
    monkeypatch.chdir(project.root)
    return project


def _full_options(argv):
    """The build Options of *argv* as the full command line makes them."""
    from deckbuild.cli_options import build_options, format_names

    args = fastcli.parse_build(argv)
    formats = format_names(None, None, args.get("format"))
    opts = build_options(tuple(args["decks"]), args.get("audience"), args.get("out"), formats, args.get("style"),
                         args["strict"], int(args["jobs"]) if "jobs" in args else None)
    opts.dpi = int(args.get("dpi", 96))  # as cli.build sets it
    return opts


@pytest.mark.parametrize("argv", [["build"], ["build", "outlines/d"], ["build", "d", "e", "-q"],
                                  ["build", "outlines/e/deck.yaml", "--out", "elsewhere"],
                                  ["build", "--out=o", "--strict", "--dpi", "120", "-j", "2"],
                                  ["build", "--audience", "all", "d"], ["build", "--style", "default"],
                                  ["build", "--style", "assets/house.yaml", "outlines/d/"],
                                  ["build", "--format", "PDF, pptx,pdf", "e"], ["build", "--format=html", "-q"]])
def test_the_options_are_those_of_the_full_command_line(deck, argv):
    deck.write("assets/house.yaml", "extends: default\n")
    fast = fastcli.build_options(fastcli.parse_build(argv), os.getcwd())
    assert fast is not None
    assert fastpath._options_key(fast) == fastpath._options_key(_full_options(argv))  # the same record


@pytest.mark.parametrize("argv", [[], ["check"], ["--version", "build"], ["build", "--help"], ["build", "-h"],
                                  ["build", "--force"], ["build", "--watch"], ["build", "--no-such-flag"],
                                  ["build", "--out"], ["build", "--out", "-q"],
                                  ["build", "--out", "a", "--out", "b"], ["build", "--dpi", "5"],
                                  ["build", "-j", "0"], ["build", "-j2"], ["build", "-qj", "2"], ["build", "--"],
                                  ["build", "--quiet=yes"], ["build", "--allow", "x"], ["build", "-"]])
def test_anything_but_a_plain_build_is_left_to_click(argv):
    assert fastcli.parse_build(argv) is None


def test_decks_that_are_not_plainly_there_are_left_to_the_full_command_line(deck):
    plain = fastcli.parse_build(["build"])
    assert fastcli.build_options(plain, os.getcwd()) is not None
    for argv in (["build", "nothing"], ["build", "."], ["build", "outlines/d/.."], ["build", "outlines"],
                 ["build", "--format", "pptx,docx"], ["build", "--format", " , "]):
        assert fastcli.build_options(fastcli.parse_build(argv), os.getcwd()) is None, argv
    os.symlink(deck.root / "outlines/d", deck.root / "outlines/link")
    assert fastcli.build_options(plain, os.getcwd()) is None
    assert fastcli.build_options(fastcli.parse_build(["build", "outlines/link"]), os.getcwd()) is None
    os.unlink(deck.root / "outlines/link")
    deck.write("deckbuild.yaml", "out: [not, a, folder]\n")  # a project file with errors: click's path says so
    assert fastcli.build_options(plain, os.getcwd()) is None


PROJECT_FILES = ["out: elsewhere\n", "decks: [outlines/e]\nstyle: assets/house.yaml\nformats: pdf\n",
                 "allow: [assets]\nstyle: default\n"]


@pytest.mark.parametrize("text", PROJECT_FILES)
@pytest.mark.parametrize("argv", [["build"], ["build", "d", "--style", "default"], ["build", "--format", "pptx"]])
def test_the_options_are_those_of_the_full_command_line_with_a_project_file(deck, text, argv, monkeypatch):
    deck.write("assets/house.yaml", "extends: default\n")
    deck.write("deckbuild.yaml", text)
    (deck.root / "sub").mkdir()
    monkeypatch.chdir(deck.root / "sub")  # the project file is found above the working folder
    argv = [a if a != "d" else "../outlines/d" for a in argv]
    fast = fastcli.build_options(fastcli.parse_build(argv), os.getcwd())
    assert fast is not None
    assert fastpath._options_key(fast) == fastpath._options_key(_full_options(argv))


@pytest.mark.parametrize("argv", [["build", "-q"], ["build"], ["build", "d"], ["build", "--strict", "e", "-q"],
                                  ["build", "e", "--format", "pdf"]])
def test_an_unchanged_rebuild_answers_as_the_full_command_line(deck, capsys, argv):
    first = deck.run(*argv)
    assert first.exit_code == 0, first.output
    capsys.readouterr()
    status = fastcli.unchanged_build(argv)
    fast = (status, *capsys.readouterr())
    assert status == 0
    full = deck.run(*argv)
    assert fast == (full.exit_code, full.stdout, full.stderr)
    if "-q" in argv and "--strict" not in argv:
        assert "warning" in fast[2] and "alt" in fast[2]  # d's missing alt text, printed even with -q


def test_an_edit_or_an_output_changed_on_disk_leaves_it_to_the_full_command_line(deck, capsys):
    assert deck.run("build", "-q").exit_code == 0
    assert fastcli.unchanged_build(["build", "-q"]) == 0
    section = deck.root / "outlines/e/02-second.yaml"
    section.write_text(section.read_text().replace("Five", "Six"))
    capsys.readouterr()
    assert fastcli.unchanged_build(["build", "-q"]) is None
    assert capsys.readouterr() == ("", "")  # nothing printed: the full path says it all
    assert deck.run("build", "-q").exit_code == 0
    assert fastcli.unchanged_build(["build", "-q"]) == 0
    (deck.dist / "e.pptx").write_bytes(b"not the output")
    assert fastcli.unchanged_build(["build", "-q"]) is None


def test_the_default_formats_are_the_painters(deck):
    from deckbuild.render.painters import DEFAULT_FORMATS

    assert fastcli.DEFAULT_FORMATS == DEFAULT_FORMATS


def test_the_console_script_answers_without_click_or_yaml(deck):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    first = subprocess.run([sys.executable, "-m", "deckbuild", "build", "e", "-q"], cwd=deck.root, env=env,
                           capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    code = ("import sys; from deckbuild.fastcli import unchanged_build; status = unchanged_build(sys.argv[1:]); "
            "print(status, sorted(m for m in ('click', 'yaml', 'rich', 'deckbuild.worker', 'deckbuild.build', "
            "'deckbuild.schema') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code, "build", "e", "-q"], cwd=deck.root, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.stdout.split(None, 1) == ["0", "[]\n"], proc.stderr
    again = subprocess.run([sys.executable, "-m", "deckbuild", "build", "e", "-q"], cwd=deck.root, env=env,
                           capture_output=True, text=True, timeout=300)
    assert (again.returncode, again.stdout, again.stderr) == (0, "", "")


def test_an_unchanged_rebuild_of_a_project_answers_as_the_full_command_line(deck, capsys):
    deck.write("deckbuild.yaml", "out: elsewhere\ndecks: [outlines/e]\n")
    assert deck.run("build").exit_code == 0
    capsys.readouterr()
    status = fastcli.unchanged_build(["build"])
    fast = (status, *capsys.readouterr())
    full = deck.run("build")
    assert fast == (full.exit_code, full.stdout, full.stderr) == (0, "everything is up to date (elsewhere/e.pptx, "
                                                                     "elsewhere/e-handout.pdf)\n", "")
