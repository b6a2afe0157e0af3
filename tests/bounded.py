"""Run deckbuild as a user does (its own process) under limits: at most 10 s and 1 GB, or the test fails."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

SECONDS = 10
MEMORY = 1 << 30  # bytes of address space


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def run_bounded(root: Path, *args: str) -> Run:
    """Return the exit status and output of ``deckbuild ARGS`` run in *root* within the limits.

    A run that takes longer is killed and fails the test (pytest shows the TimeoutExpired); one that
    needs more memory fails inside with MemoryError, which deckbuild reports as exit 70.
    """
    env = dict(os.environ, PYTHONHASHSEED="0", COLUMNS="200")
    proc = subprocess.run([sys.executable, "-m", "deckbuild", *args], cwd=root, capture_output=True, text=True,
                          timeout=SECONDS, preexec_fn=_limit, env=env)
    return Run(proc.returncode, proc.stdout, proc.stderr)


def diagnostics(stderr: str) -> list[str]:
    """Return the diagnostic lines of *stderr* (``path:line:col: error|warning: …``)."""
    return [line for line in stderr.splitlines() if ": error: " in line or ": warning: " in line]
