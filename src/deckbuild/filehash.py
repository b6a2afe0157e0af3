"""The hash of a file's bytes, and the identity (device, inode, size, times) that stands for those bytes in a
later run: an unchanged rebuild (``fastpath``) and deckbuild's code hash check a file by ``os.stat`` instead of
reading it, when that identity was seen while the file had been unchanged for a while (``settled_key``).

What could go wrong, and why it does not: a write changes the bytes but keeps the identity only if it keeps
the size, sets the modification time back (``touch -d``, ``cp -p``, ``rsync -t``) *and* keeps the change time
(ctime), which the kernel sets to the current time on every write and every time change, and which no user
call can set. Within one tick of the file system's clock, a second write can leave ctime as it was, so an
identity is trusted only when the file had not changed for ``SETTLED_NS`` when it was read. A file replaced
(editors' atomic save, ``git checkout``, ``mv``) has a new change time, and mostly another inode. Left: a clock set back by more than
``SETTLED_NS`` between two writes of the same size within a tick, or a file system that keeps no ctime (some
FUSE and network mounts); ``--force`` rebuilds then.
"""

from __future__ import annotations

import hashlib
import os
import time

SETTLED_NS = 2_000_000_000  # a file's identity is trusted only when it changed this long before it was read
_READ: dict[str, tuple[str, str, os.stat_result, int]] = {}  # path → (identity, digest, stat, when read)


def file_hash(path) -> str:
    """Return the SHA-256 of the file at *path* (or of its absence), remembering for ``settled_key`` the
    identity (``stat_key``) the file had while it was read."""
    read = read_hashed(path)
    return "missing" if read is None else read[1]


def read_hashed(path) -> tuple[bytes, str] | None:
    """Return the bytes of the file at *path* and their SHA-256 (None when it cannot be read), remembering
    for ``settled_key`` the identity the file had while it was read."""
    try:
        with open(path, "rb") as fh:
            when = time.time_ns()
            before = os.fstat(fh.fileno())
            data = fh.read()
            digest = hashlib.sha256(data).hexdigest()
            if stat_key(os.fstat(fh.fileno())) == stat_key(before):
                _READ[os.fspath(path)] = (stat_key(before), digest, before, when)
            return data, digest
    except OSError:
        return None


def stat_key(st: os.stat_result) -> str:
    """Return the identity of a file of stat *st*: device, inode, size, modification and change times."""
    return f"{st.st_dev}:{st.st_ino}:{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}"


def settled_key(path, digest: str) -> str | None:
    """Return the identity (device, inode, size, modification and change times) the file at *path* had when
    this process last read it with *digest*, if it had not changed for ``SETTLED_NS`` before: a file with that
    identity later holds the same bytes (the kernel sets the change time on every write, to a time later than
    that read; a file changed within a clock tick of being read could keep its times, so it is not trusted)."""
    seen = _READ.get(os.fspath(path))
    if seen is None or seen[1] != digest:
        return None
    key, _, st, when = seen
    return key if max(st.st_mtime_ns, st.st_ctime_ns) < when - SETTLED_NS else None


def trusted(path: str, digest: str, key: str) -> bool:
    """Return True when the file at *path* has the identity *key*, trusted (``settled_key``) for *digest*
    by an earlier run: it holds those bytes, and ``settled_key`` now answers *key* for it."""
    try:
        st = os.stat(path)
    except OSError:
        return False
    if stat_key(st) != key:
        return False
    _READ[os.fspath(path)] = (key, digest, st, time.time_ns())
    return True


def same_file(path: str, digest: str, key: str | None) -> tuple[bool, str | None]:
    """Return whether the file at *path* still holds *digest* (by its identity *key* when it has one, else by
    its bytes), and its identity to trust from now on (``settled_key``)."""
    if key is not None:
        try:
            if stat_key(os.stat(path)) == key:
                return True, key
        except OSError:
            pass
    if file_hash(path) != digest:
        return False, None
    return True, settled_key(path, digest)
