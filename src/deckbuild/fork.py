"""Two computations at once: ``both`` runs one in a forked child while this process does the other, and
``started`` begins one in a forked child whose answer is asked for later; or one after the other in this
process: ``collected``.

The child's bytes come back through a pipe as they are, never unpickled.
"""

from __future__ import annotations

import gc
import os
import struct


def both(in_child, in_parent):
    """Return (in_child(), in_parent()), the first computed in a forked process while this one does the other
    (``started``): if the child fails, its part is computed here instead, so forking only ever makes the
    build faster."""
    child = started(in_child)
    try:
        second = in_parent()
    except BaseException:
        child(wanted=False)
        raise
    return child(), second


def started(in_child):
    """Return a function giving in_child(), which a forked process computes from now on; called with
    ``wanted=False`` it only waits for that process to end.

    The child returns bytes or a tuple of byte strings, which come back through a pipe as they are (their
    count and lengths first; nothing is unpickled), each read into its own string (a large deck is never
    held twice). If the child fails, in_child() is computed here instead.
    """
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: compute, send, and leave without running any cleanup of the parent's
        os.close(read_end)
        try:
            data = in_child()
            shape = isinstance(data, tuple)
            data = data if shape else (bytes(data),)
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(struct.pack(f">BI{len(data)}Q", shape, len(data), *map(len, data)))
                for part in data:
                    pipe.write(part)
            os._exit(0)
        except BaseException:  # noqa: BLE001 - any failure: the parent redoes the work
            os._exit(1)
    os.close(write_end)

    def result(wanted: bool = True):
        with os.fdopen(read_end, "rb") as pipe:
            data = _read_parts(pipe) if wanted else None
        _, status = os.waitpid(pid, 0)
        if wanted:
            return data if status == 0 and data is not None else in_child()

    return result


def _read_parts(pipe) -> tuple[bytes, ...] | bytes | None:
    """Return the byte strings (or the one string) ``both``'s child wrote to *pipe*, or None when it did
    not write them all."""
    head = pipe.read(5)
    if len(head) != 5:
        return None
    shape, count = struct.unpack(">BI", head)
    sizes = pipe.read(8 * count)
    if len(sizes) != 8 * count:
        return None
    parts = tuple(pipe.read(size) for size in struct.unpack(f">{count}Q", sizes))
    if any(len(part) != size for part, size in zip(parts, struct.unpack(f">{count}Q", sizes))) or pipe.read(1):
        return None
    return parts if shape else parts[0] if len(parts) == 1 else None


def collected(paint, fmt: str):
    """Return paint(fmt), then free the reference cycles painting left (the collector is paused during a
    task): only what painting made is scanned, the pages laid out before it are frozen meanwhile, so the
    next output is not painted beside the last one's garbage (at 10,000 slides the PPTX painter leaves
    about 130 MB in cycles)."""
    gc.freeze()
    try:
        return paint(fmt)
    finally:
        gc.collect()
        gc.unfreeze()


def single_threaded() -> bool:
    """Return True when no other thread runs in this process (``serve`` runs a server thread): a forked copy holds
    only the calling thread, so a lock another thread held (an import's) would never be let go in it."""
    import sys

    threading = sys.modules.get("threading")  # (never imported: one thread)
    return threading is None or threading.active_count() == 1


def idle_core() -> bool:
    """Return True when another processor is free for a forked painter: this process may use two and the
    load average of the last minute is below the processor count (on a busy machine the fork only adds its cost)."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cpus = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):
        return cpus > 1
    return cpus > 1 and load < cpus  # a build of its own adds about 1
