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
_WRITTEN: dict[str, list] = {}  # outputs this process renamed into place: absolute path → [identity, digest]


def file_hash(path) -> str:
    """Return the SHA-256 of the file at *path* (or of its absence), remembering for ``settled_key`` the
    identity (``stat_key``) the file had while it was read."""
    read = read_hashed(path)
    return "missing" if read is None else read[1]


def wrote(path) -> None:
    """Remember the identity of the output at *path*, which this process has just renamed into place (a new
    inode: a file put there since by another process has another), for ``output_hash``; its digest follows
    (``wrote_digest``), when the manifest records it."""
    try:
        _WRITTEN[os.path.abspath(path)] = [stat_key(os.stat(path)), None]
    except OSError:
        _WRITTEN.pop(os.path.abspath(path), None)


def wrote_digest(path, digest: str) -> None:
    """Remember *digest*, the SHA-256 of the bytes this process wrote to the output at *path* (``wrote``)."""
    seen = _WRITTEN.get(os.path.abspath(path))
    if seen is not None:
        seen[1] = digest


_KNOWN: list[tuple[bytes, str]] = []  # (output bytes, their SHA-256) hashed where there was time: the last few
_KNOWN_MOST = 4


def known_digest(data: bytes, digest: str) -> None:
    """Remember that *digest* is the SHA-256 of *data* (an output's bytes, hashed by the forked process that
    painted it), for ``digest_of``: the few last ones only (a failed build never asks)."""
    _KNOWN.append((data, digest))
    del _KNOWN[:-_KNOWN_MOST]


def digest_of(data: bytes) -> str:
    """Return the SHA-256 of *data*: the one ``known_digest`` was given for this very object, else computed."""
    for i, (known, digest) in enumerate(_KNOWN):
        if known is data:
            del _KNOWN[i]
            return digest
    return hashlib.sha256(data).hexdigest()


def output_hash(path) -> str:
    """Return the SHA-256 of the output at *path*: the digest of what this process wrote there while the file
    still has the identity it had just after (a build's outputs are not read back to check the manifest
    after it wrote them), else ``file_hash``'s.

    The identity is not settled (``settled_key``): a same-size write into the file within a clock tick of the
    rename would keep it. That only feeds ``fastpath.remember``, whose record holds no identity for outputs:
    the next build reads them to compare, and finds such a change.
    """
    seen = _WRITTEN.get(os.path.abspath(path))
    if seen is not None and seen[1] is not None:
        try:
            if stat_key(os.stat(path)) == seen[0]:
                return seen[1]
        except OSError:
            pass
    return file_hash(path)


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
