"""The state files a task keeps (per-slide layouts, handout text, checked sections, painters' caches): each
written as soon as it is encoded to a temporary file of the state folder (``stager``), which the build moves
into place once its outputs are written; and what a forked child kept, sent back through its pipe as lengths
and bytes (``pack``, ``unpack``), never unpickled.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path


def pack(pptx: bytes, keep: list[tuple[Path, bytes | Path | None]]) -> tuple[bytes, bytes]:
    """Return the deck's bytes and the layout cache's files (to write, staged, or None: to delete) as two byte
    strings, the deck's as it is (lengths and bytes: nothing that is unpickled)."""
    parts = []
    for path, data in keep:
        name = os.fsencode(path)
        if isinstance(data, Path):  # a staged file: its name
            data = os.fsencode(data)
            parts += [struct.pack(">IQ", len(name), _STAGED), name, struct.pack(">I", len(data)), data]
            continue
        parts += [struct.pack(">IQ", len(name), _DELETE if data is None else len(data)), name, data or b""]
    return pptx, b"".join(parts)


_DELETE, _STAGED = (1 << 64) - 1, (1 << 64) - 2  # the sizes that mark a file to delete, and a staged one


def unpack(packed: tuple[bytes, ...]) -> tuple[bytes, list[tuple[Path, bytes | Path | None]]]:
    """Return what ``pack`` was given; raise ValueError when *packed* is not what it wrote."""
    if len(packed) != 2:
        raise ValueError("not what pack wrote")
    pptx, data = packed
    at = 0
    try:
        keep: list[tuple[Path, bytes | None]] = []
        while at < len(data):
            (name_size, size), at = struct.unpack_from(">IQ", data, at), at + 12
            name, at = os.fsdecode(data[at:at + name_size]), at + name_size
            if size == _DELETE:
                keep.append((Path(name), None))
            elif size == _STAGED:
                (size,), at = struct.unpack_from(">I", data, at), at + 4
                keep.append((Path(name), Path(os.fsdecode(data[at:at + size]))))
                at += size
            else:
                keep.append((Path(name), data[at:at + size]))
                at += size
    except struct.error as exc:
        raise ValueError("not what pack wrote") from exc
    if at != len(data):
        raise ValueError("not what pack wrote")
    return pptx, keep


def stager(task, made: list[Path]):
    """Return a function writing one kept file's bytes to a new temporary file of the state folder of *task*
    (worker.Task) and returning its path (None when it cannot), or None when the task keeps no layouts or its
    state or temporary folder is a symbolic link (the files are then kept in memory). Folders it makes are added
    to *made*. The files are named as temporaries of ``task.owner``, which moves them into place or
    removes them; a build that is killed leaves them to the next build's clean-up."""
    from deckbuild.outputs import _temporary

    if task.state is None:
        return None
    tmp = task.state / "tmp"
    try:
        for folder in (task.state.parent, task.state, tmp):
            if folder.is_symlink() and folder != task.state.parent:
                return None
            if not folder.is_dir():
                folder.mkdir()
                made.append(folder)
    except OSError:
        return None

    umask = os.umask(0)
    os.umask(umask)

    def stage(path: Path, data: bytes) -> Path | None:
        try:
            fd, staged = _temporary(path, tmp, task.owner)
        except OSError:
            return None
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.chmod(staged, 0o644 & ~umask)  # as a file created with mode 0o644
        except OSError:
            staged.unlink(missing_ok=True)
            return None
        return staged

    return stage
