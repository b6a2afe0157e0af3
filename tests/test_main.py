"""``python -m deckbuild build …`` with plain arguments runs the build without click (``__main__.plain_build``):
what it writes, prints and exits with is what the full command line gives; anything else is left to it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from test_fastcli import NO_ALT

FULL = "import sys; from deckbuild.cli import main; sys.argv = ['deckbuild', *sys.argv[1:]]; main()"
PLAIN = ("import atexit, sys; atexit.register(lambda: print('click' in sys.modules)); "
         "from deckbuild.__main__ import main; sys.argv = ['deckbuild', *sys.argv[1:]]; main()")


@pytest.fixture
def deck(project, monkeypatch):
    from PIL import Image

    project.deck("d", NO_ALT)
    Image.new("RGB", (40, 30), (10, 120, 200)).save(project.root / "outlines/d/fig.png")
    monkeypatch.chdir(project.root)
    return project


def _run(root, code, *argv):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.run([sys.executable, "-c", code, *argv], cwd=root, env=env, capture_output=True, text=True,
                          timeout=300)
    return proc.returncode, proc.stdout, proc.stderr


@pytest.mark.parametrize("flags", [[], ["-q"], ["--strict"], ["--format", "pdf"]])
def test_a_plain_build_without_click_is_the_full_command_lines(deck, flags):
    full = _run(deck.root, FULL, "build", "d", "--out", "full", *flags)
    plain = _run(deck.root, PLAIN, "build", "d", "--out", "plain", *flags)
    assert plain[1].endswith("False\n")  # click was never imported
    assert (plain[0], plain[1][:-len("False\n")].replace("plain", "full"), plain[2]) == full
    assert "alt" in full[2]  # the deck's warning, printed by both
    names = _outputs(deck.root / "full")
    assert names == _outputs(deck.root / "plain")
    assert bool(names) == ("--strict" not in flags)  # (a warning is an error with --strict: nothing is written)
    for name in names:
        assert (deck.root / "plain" / name).read_bytes() == (deck.root / "full" / name).read_bytes()


def test_an_edit_built_without_click_equals_a_clean_build(deck):
    assert _run(deck.root, PLAIN, "build", "d", "--out", "kept", "-q")[0] == 0
    section = next((deck.root / "outlines/d").glob("0*.yaml"))
    section.write_text(section.read_text().replace("slides:", "slides:\n  - title: One more", 1))
    edit = _run(deck.root, PLAIN, "build", "d", "--out", "kept", "-q")
    assert edit[:2] == (0, "False\n")
    assert _run(deck.root, FULL, "build", "d", "--out", "clean", "--force", "-q")[0] == 0
    for name in ("d.pptx", "d-handout.pdf"):
        assert (deck.root / "kept" / name).read_bytes() == (deck.root / "clean" / name).read_bytes()


def _outputs(folder):
    return sorted(p.name for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []


@pytest.mark.parametrize("argv", [["build", "nothere"], ["build", "d", "--format", "docx"], ["build", "--force", "d"]])
def test_what_click_would_say_or_read_is_left_to_it(deck, argv):
    full = _run(deck.root, FULL, *argv)
    plain = _run(deck.root, PLAIN, *argv)
    assert plain[1].endswith("True\n")  # the full command line ran
    assert (plain[0], plain[1][:-len("True\n")], plain[2]) == full
