"""Incremental builds: a content-hash manifest in the output folder.

An output is rebuilt only when the hash of everything it depends on — its outline files, style files,
images, the font files of its families, the options, and the versions of deckbuild and of the
libraries that write the files — differs from the one recorded when it was last written, or when
the file on disk is not the one that was written. Timestamps are never consulted.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from pathlib import Path

from deckbuild import __version__
from deckbuild.diagnostics import Diagnostic, Pos
from deckbuild.outputs import write_atomic

STATE_DIR = ".deckbuild"  # inside the output folder: the manifest and its lock
MANIFEST = "manifest.json"
FORMAT = 1


def file_hash(path: Path) -> str:
    """Return the SHA-256 of the file at *path* (or of its absence)."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "missing"


_LIBRARIES = ("python-pptx", "reportlab", "rl_accel", "fonttools", "XlsxWriter", "Pillow", "lxml",
              "markdown-it-py", "mdit-py-plugins")  # the last two read Markdown outlines


def library_versions() -> str:
    """Return the versions of the libraries that shape the output files.

    Looking them up costs tens of milliseconds, so they are remembered in deckbuild's cache folder for
    as long as the environment's site-packages folder is unchanged (installing anything changes it).
    """
    import sysconfig

    from deckbuild.fonts import cache_dir

    site = Path(sysconfig.get_paths()["purelib"])
    try:
        stamp = f"{site}:{site.stat().st_mtime_ns}"
    except OSError:
        stamp = None
    memo = cache_dir() / "library-versions.json"
    if stamp:
        try:
            data = json.loads(memo.read_text())
            if data.get("stamp") == stamp:
                return data["versions"]
        except (OSError, ValueError, KeyError, TypeError):
            pass
    from importlib.metadata import PackageNotFoundError, version

    out = []
    for name in _LIBRARIES:
        try:
            out.append(f"{name}={version(name)}")
        except PackageNotFoundError:
            out.append(f"{name}=none")
    versions = ";".join(out)
    if stamp:
        try:
            write_atomic(memo, json.dumps({"stamp": stamp, "versions": versions}).encode(), durable=False)
        except OSError:
            pass
    return versions


def fingerprint(files: list[Path], options: dict) -> str:
    """Return the hash of the *files*' contents (by path) and the build *options*."""
    h = hashlib.sha256()
    h.update(f"deckbuild {__version__}\n{library_versions()}\n".encode())
    h.update(json.dumps(options, sort_keys=True, default=str).encode())
    for path in sorted({Path(p).resolve() for p in files}):
        h.update(f"\n{path}\n{file_hash(path)}".encode())
    return h.hexdigest()


@contextlib.contextmanager
def _locked(folder: Path):
    """Hold an exclusive lock on the output folder's manifest (concurrent builds take turns)."""
    state = folder / STATE_DIR
    state.mkdir(parents=True, exist_ok=True)
    lock = state / "lock"
    with open(lock, "a+") as fh:
        try:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        except ImportError:  # pragma: no cover - Windows: no advisory locks; writes stay atomic
            pass
        yield


class Manifest:
    """The record of what each output in a folder was built from."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.path = folder / STATE_DIR / MANIFEST

    def _read(self) -> dict:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return data["outputs"] if data.get("format") == FORMAT else {}
        except (OSError, ValueError, KeyError, TypeError):
            return {}

    def fresh(self, names: list[str], key: str) -> list[Diagnostic] | None:
        """Return the diagnostics recorded for outputs *names* when all are up to date for *key*, else None."""
        entries = self._read()
        diags: list[Diagnostic] = []
        for name in names:
            entry = entries.get(name)
            if not entry or entry.get("inputs") != key or file_hash(self.folder / name) != entry.get("sha256"):
                return None
            diags = [Diagnostic(Pos(*d["pos"]), d["severity"], d["message"], d.get("hint"))
                     for d in entry.get("diagnostics", [])]
        return diags

    def record(self, built: dict[str, tuple[str, bytes, list[Diagnostic]]]) -> None:
        """Record outputs just written: name → (input key, bytes, diagnostics)."""
        with _locked(self.folder):
            entries = self._read()
            for name, (key, data, diags) in built.items():
                entries[name] = {
                    "inputs": key, "sha256": hashlib.sha256(data).hexdigest(),
                    "diagnostics": [{"pos": [d.pos.path, d.pos.line, d.pos.col], "severity": d.severity,
                                     "message": d.message, "hint": d.hint} for d in diags],
                }
            text = json.dumps({"format": FORMAT, "outputs": dict(sorted(entries.items()))}, indent=1)
            write_atomic(self.path, text.encode("utf-8"))
