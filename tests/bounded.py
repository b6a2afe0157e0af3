"""Run deckbuild as a user does (its own process) under limits: at most 10 s of CPU and 1 GB of memory.

CPU time, not wall time, is the limit, so that a busy shared machine does not fail a sound run; a loop
that never ends spends CPU and is stopped by the limit (SIGXCPU), and a wall-clock timeout catches a
process that waits forever.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

SECONDS = 10  # of CPU time
WALL = 120  # seconds of wall time: only a process that waits forever reaches it
MEMORY = 1 << 30  # bytes of address space


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))
    resource.setrlimit(resource.RLIMIT_CPU, (SECONDS, SECONDS + 1))


def run_bounded(root: Path, *args: str) -> Run:
    """Return the exit status and output of ``deckbuild ARGS`` run in *root* within the limits.

    A run that computes for longer is killed (a negative exit status, -SIGXCPU); one that needs more
    memory fails inside with MemoryError, which deckbuild reports as exit 70. Either fails the test.
    """
    env = dict(os.environ, PYTHONHASHSEED="0")
    proc = subprocess.run([sys.executable, "-m", "deckbuild", *args], cwd=root, capture_output=True, text=True,
                          timeout=WALL, preexec_fn=_limit, env=env)
    return Run(proc.returncode, proc.stdout, proc.stderr)


def diagnostics(stderr: str) -> list[str]:
    """Return the diagnostic lines of *stderr* (``path:line:col: error|warning: …``)."""
    return [line for line in stderr.splitlines() if ": error: " in line or ": warning: " in line]
