"""The SHA-256 of the files a build reads besides its outlines (fonts, styles, templates, pictures), remembered
between runs in deckbuild's cache folder by each file's identity.

A build's key covers the bytes of every file it reads (``compile.input_hashes``). The unchanged rebuild's record
(``fastpath``) lets the next build of the same options trust a file by its identity, but a first build, one with
``--force`` or one after deckbuild changed had none: it read and hashed every font its style may use, 28 files
and 23 MB for the bench's deck (about 20 ms, issue 21). This store keeps, for the whole user, each such file's
digest with the identity (``filehash.stat_key``: device, inode, size, modification and change times) it had when
it was read, once that identity is settled (``filehash.settled_key``); a file that has that identity now is
trusted for that digest, as the record's files are. The store is signed with the user's cache key
(``cache.seal``) and holds strings only: a file of another kind, or not signed with that key, is not read.
"""

from __future__ import annotations

import json
import os

KIND, VERSION = "deckbuild-file-digests", 1
FILE = "file-digests.json"
MAX_FILES = 4096  # the oldest are let go beyond this (a user's fonts and styles are a few hundred)
MAX_BYTES = 4 << 20
_KEPT: list[dict[str, tuple[str, str]]] = []  # what this process read of the store (once)


def _file() -> str:
    from deckbuild.cache import cache_folder

    return os.path.join(cache_folder(), FILE)


def _read() -> dict[str, tuple[str, str]]:
    from deckbuild.cache import unseal

    body = unseal(_file(), KIND, VERSION, limit=MAX_BYTES)
    try:
        files = json.loads(body.decode("utf-8"))["files"] if body is not None else {}
        return {p: (d, k) for p, (d, k) in files.items() if type(p) is str and type(d) is str and type(k) is str}
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeError):
        return {}  # a damaged store is rebuilt, never trusted


def kept() -> dict[str, tuple[str, str]]:
    """Return the digests remembered by path: path → (SHA-256, the identity the file had), read once per process."""
    if not _KEPT:
        _KEPT.append(_read())
    return _KEPT[0]


def keep(found: dict[str, tuple[str, str]]) -> None:
    """Remember *found* (path → (SHA-256, settled identity)) with what the store holds now (another build may
    have added to it), never failing the build: it is only a cache."""
    from pathlib import Path

    from deckbuild.cache import seal
    from deckbuild.outputs import write_atomic

    files = _read()
    for path, entry in found.items():
        files.pop(path, None)
        files[path] = entry  # the newest last: the oldest are the first let go
    files = dict(list(files.items())[-MAX_FILES:])
    kept().update(found)
    path = Path(_file())
    try:
        if path.is_symlink() or path.parent.is_symlink():
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        body = json.dumps({"files": {p: list(e) for p, e in files.items()}}, separators=(",", ":")).encode("utf-8")
        write_atomic(path, seal(body, KIND, VERSION), durable=False)
    except (OSError, ValueError, TypeError):
        pass
