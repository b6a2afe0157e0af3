"""Helpers for the hostile-input tests of reads, budgets and messages: a project with a deck, a dist/
that already holds outputs (so "untouched" means something), and a bounded run of the real CLI."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

from conftest import Project

DECK = "title: Hostile\n"
SLIDE = "section: S\nslides:\n  - title: T\n    bullets: [fine]\n"
OLD = {"d.pptx": b"an earlier deck", "d-handout.pdf": b"an earlier handout"}
CPU_SECONDS = 10.0
MAX_RSS_BYTES = 1 << 30

_WRAP = """
import atexit, resource, sys
def _report():
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    sys.stderr.write("\\n@@usage %f %d\\n" % (own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime,
                                            max(own.ru_maxrss, kids.ru_maxrss) * 1024))
atexit.register(_report)
sys.argv = ["deckbuild", *sys.argv[1:]]
from deckbuild.cli import main
main()
"""


def make(root: Path, files: dict[str, str | bytes] | None = None, deck: dict | None = None) -> Project:
    """Return a project at *root* with deck ``d`` (deck.yaml and 01.yaml, overridden by *deck*), the
    project-level *files* (paths relative to the root; ``None`` makes a FIFO) and old outputs in dist/."""
    project = Project(root)
    for rel, content in {**{f"outlines/d/{k}": v for k, v in {"deck.yaml": DECK, "01.yaml": SLIDE,
                                                              **(deck or {})}.items()},
                         **(files or {})}.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if content is None:
            os.mkfifo(path)
        elif isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    project.dist.mkdir(parents=True, exist_ok=True)
    for name, data in OLD.items():
        (project.dist / name).write_bytes(data)
    return project


def refused(project: Project, result, expected: str, errors: int | None = 1, before: dict | None = None) -> str:
    """Assert that *result* (exit code and stderr) is the refusal *expected* with dist/ untouched; return stderr."""
    stderr = result.stderr if hasattr(result, "stderr") else result[1]
    code = result.exit_code if hasattr(result, "exit_code") else result[0]
    assert "Traceback" not in stderr and "internal error" not in stderr, stderr[-3000:]
    assert code == 1, stderr[-3000:]
    assert expected in stderr, stderr[-3000:]
    if errors is not None:
        assert stderr.count(": error: ") == errors, stderr[-3000:]
    assert project.dist_snapshot() == (before if before is not None else OLD)
    return stderr


def bounded(project: Project, *args: str, wall: float = 120.0) -> tuple[int, str]:
    """Return (exit code, stderr) of the real CLI run in *project*, asserting it used at most CPU_SECONDS
    of processor time and MAX_RSS_BYTES of memory (the wall-clock limit only catches a hang: the shared
    machine's speed varies, its CPU time does not)."""
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2] / "src"))

    def limit():  # a runaway is stopped by the system, not by the machine running out of memory
        resource.setrlimit(resource.RLIMIT_CPU, (int(CPU_SECONDS * 3), int(CPU_SECONDS * 3)))

    proc = subprocess.run([sys.executable, "-c", _WRAP, *args], cwd=project.root, env=env, capture_output=True,
                          text=True, timeout=wall, preexec_fn=limit)
    stderr, _, usage = proc.stderr.rpartition("\n@@usage ")
    cpu, rss = usage.split()
    assert float(cpu) <= CPU_SECONDS, f"used {float(cpu):.1f} s of CPU"
    assert int(rss) <= MAX_RSS_BYTES, f"used {int(rss) / 2**20:.0f} MB"
    return proc.returncode, stderr
