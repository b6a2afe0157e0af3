"""Writing build outputs: atomically, so a reader never sees a half-written file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes, tmp_dir: Path | None = None, durable: bool = True) -> None:
    """Write *data* to *path* through a temporary file and an atomic rename.

    The temporary file is made in *tmp_dir* (on the same file system; default: beside *path*), so a
    build killed half-way leaves, at worst, a stray file there — never a half-written *path*. Durable
    writes reach the disk before the rename.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    folder = tmp_dir or path.parent
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if durable:  # caches need not reach the disk before the rename: losing one only costs time
                fh.flush()
                os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def output_names(deck: str, audience: str | None) -> dict[str, str]:
    """Return the file names of a deck's outputs (SPEC §6), by format."""
    stem = f"{deck}-{audience}" if audience else deck
    return {"pptx": f"{stem}.pptx", "pdf": f"{stem}-handout.pdf",
            "html": f"{stem}/index.html", "slides": f"{stem}-slides.pdf", "png": f"{stem}-png/slide-01.png"}


def remove_stale_temporaries(folder: Path) -> None:
    """Delete temporary files in *folder* left by builds that were killed (their process is gone)."""
    if not folder.is_dir():
        return
    for tmp in folder.glob(".*.tmp"):
        parts = tmp.name.rsplit(".", 3)
        pid = int(parts[1]) if len(parts) == 4 and parts[1].isdigit() else None
        if pid is None or pid == os.getpid() or _alive(pid):
            continue
        try:
            tmp.unlink()
        except OSError:
            pass


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def write_folder(path: Path, files: dict[str, bytes], tmp_dir: Path | None = None) -> bytes:
    """Write a folder output (the HTML deck, the PNGs) whose main file is *path*; return that file's bytes.

    *files* maps names relative to the folder of *path* to bytes. The main file is written last, so it only
    names files already there; files of an earlier build that this one no longer has are removed. Files
    already there with the same bytes (fonts, pictures, the script) are left as they are.
    """
    folder, main = path.parent, path.name
    for rel, data in files.items():
        if rel != main and not _same(folder / rel, data):
            write_atomic(folder / rel, data, tmp_dir)
    write_atomic(path, files[main], tmp_dir)
    for root, dirs, names in os.walk(folder, followlinks=False):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            rel = Path(root, name).relative_to(folder).as_posix()
            if rel not in files and not name.startswith("."):
                os.unlink(os.path.join(root, name))
    return files[main]


def _same(path: Path, data: bytes) -> bool:
    """Return whether *path* is a regular file holding exactly *data*."""
    try:
        return not path.is_symlink() and path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False
