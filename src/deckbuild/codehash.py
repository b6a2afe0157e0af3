"""The hash of deckbuild's own files (``code_hash``), a part of every key: an edited deckbuild builds again.

Reading every file costs more than an unchanged rebuild may, so the hash is kept in the user's cache folder
with each file's identity (``filehash.stat_key``): while every file has the identity it had when it was read, and no
file came or went, the kept hash is the hash of the files' bytes.
"""

from __future__ import annotations

import hashlib
import os

from deckbuild.cache import cache_folder, seal, unseal
from deckbuild.filehash import stat_key, file_hash, settled_key


def code_hash() -> str:
    """Return the hash of deckbuild's own files (its code and bundled data), their paths and bytes."""
    if not _CODE:
        _CODE.append(folder_hash(os.path.dirname(os.path.abspath(__file__))))
    return _CODE[0]


_CODE: list[str] = []  # this process's answer: deckbuild's files do not change under a running build


def folder_hash(top: str) -> str:
    """Return the hash of the files below the folder *top* (their paths and bytes; ``code_hash``), kept in
    the cache folder by their identities."""
    import json

    files = _code_files(top)
    memo = os.path.join(cache_folder(), f"code-hash-{hashlib.sha256(top.encode()).hexdigest()[:16]}.json")
    try:
        ids = [stat_key(os.stat(os.path.join(top, *rel))) for rel in files]
        kept = json.loads(unseal(memo, CODE_KIND, 1, limit=4 << 20) or b"null")
        if isinstance(kept, dict) and kept.get("files") == ["/".join(rel) + "\n" + i for rel, i in zip(files, ids)]:
            return kept["hash"]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    h, trusted = hashlib.sha256(), []
    for rel in files:
        path = os.path.join(top, *rel)
        digest = file_hash(path)
        h.update(f"{'/'.join(rel)}\n".encode())
        h.update(bytes.fromhex(digest) if digest != "missing" else hashlib.sha256(b"").digest())
        trusted.append(settled_key(path, digest))
    if all(trusted):  # every file unchanged for a while: its identity stands for its bytes from now on
        from pathlib import Path

        from deckbuild.outputs import write_atomic

        body = {"files": ["/".join(rel) + "\n" + i for rel, i in zip(files, trusted)], "hash": h.hexdigest()}
        try:
            write_atomic(Path(memo), seal(json.dumps(body).encode(), CODE_KIND, 1), durable=False)
        except (OSError, ValueError):
            pass
    return h.hexdigest()


CODE_KIND = "deckbuild-code-hash"


def _code_files(top: str) -> list[tuple[str, ...]]:
    """Return the files below *top* that ``code_hash`` covers (as ``Path.rglob`` finds them, without the
    byte code), as path parts relative to *top*, in the order of their paths."""
    found = []
    for root, dirs, names in os.walk(top):
        rel = os.path.relpath(root, top).split(os.sep) if root != top else []
        if "__pycache__" in rel:
            continue
        found += [(*rel, n) for n in names if n != "__pycache__" and os.path.splitext(n)[1] != ".pyc"
                  and os.path.isfile(os.path.join(root, n))]
    return sorted(found)
