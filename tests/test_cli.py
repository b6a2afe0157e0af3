"""The installed console script: exit codes and no tracebacks, as a user runs it."""

from __future__ import annotations

import subprocess
import sys

from conftest import SIMPLE_DECK


def _run(project, *args):
    return subprocess.run([sys.executable, "-m", "deckbuild", *args], cwd=project.root, capture_output=True,
                          text=True, timeout=120)


def test_console_script_builds(project):
    project.deck("sample", SIMPLE_DECK)
    proc = _run(project, "build")
    assert proc.returncode == 0, proc.stderr
    assert (project.dist / "sample.pptx").is_file()


def test_console_script_bad_input_exit_1_without_traceback(project):
    project.deck("bad", {"deck.yaml": "title: [unclosed\n", "01.yaml": "section: S\n"})
    proc = _run(project, "build")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert proc.stderr.startswith("outlines/bad/deck.yaml:1:8: error: invalid YAML")


def test_console_script_usage_error_exit_2(project):
    proc = _run(project, "build", "--no-such-flag")
    assert proc.returncode == 2
    assert "Error: No such option '--no-such-flag'" in proc.stderr
    assert proc.stderr.startswith("Usage: deckbuild build")


def test_help_lists_commands(project):
    proc = _run(project, "--help")
    assert proc.returncode == 0
    for cmd in ("build", "check", "styles"):
        assert cmd in proc.stdout


def _run_main(project, *args):
    """Run cli.main() as a program that embeds it does: with an exit handler of its own."""
    code = ("import atexit, sys; atexit.register(lambda: print('handler ran', file=sys.stderr)); "
            "sys.argv = ['deckbuild', *sys.argv[1:]]; from deckbuild.cli import main; main()")
    return subprocess.run([sys.executable, "-c", code, *args], cwd=project.root, capture_output=True, text=True,
                          timeout=120)


def test_a_build_leaves_at_once_with_its_status_output_and_exit_handlers(project):
    project.deck("sample", SIMPLE_DECK)
    built = _run_main(project, "build", "--force")
    assert built.returncode == 0, built.stderr
    assert built.stdout == "wrote dist/sample.pptx\nwrote dist/sample-handout.pdf\n"
    assert built.stderr == "handler ran\n"
    project.write("outlines/sample/02-second.yaml", "section: [unclosed\n")
    failed = _run_main(project, "build")
    assert failed.returncode == 1
    assert "error: invalid YAML" in failed.stderr and failed.stderr.endswith("nothing was written\nhandler ran\n")
