"""fork.both: one computation in a forked child, the other here, the child's bytes back as they are."""

from __future__ import annotations

import os

from deckbuild.fork import both


def test_both_returns_the_childs_bytes_and_the_parents_result():
    child_pid = []
    first, second = both(lambda: str(os.getpid()).encode(), lambda: child_pid.append(os.getpid()) or "here")
    assert second == "here"
    assert first != str(child_pid[0]).encode()  # computed in another process


def test_a_tuple_of_byte_strings_comes_back_whole():
    parts = (b"", b"x" * 70_000, bytes(range(256)))
    assert both(lambda: parts, lambda: None)[0] == parts


def test_a_failing_child_is_redone_in_this_process():
    calls = []

    def in_child():
        calls.append(os.getpid())
        if len(calls) == 1 and os.getpid() != parent:
            raise RuntimeError("child fails")
        return b"redone"

    parent = os.getpid()
    assert both(in_child, lambda: 1) == (b"redone", 1)
    assert calls == [parent]  # the child's call is not seen here: only the parent's redo


def test_collected_frees_the_cycles_painting_left_and_unfreezes():
    import gc
    import weakref

    from deckbuild.fork import collected

    class Node:
        pass

    left = []

    def paint(fmt):
        node = Node()
        node.me = node  # a cycle only the collector frees
        left.append(weakref.ref(node))
        return fmt.encode()

    enabled = gc.isenabled()
    gc.disable()  # as during a task
    try:
        assert collected(paint, "pptx") == b"pptx"
        assert left[0]() is None and gc.get_freeze_count() == 0
    finally:
        if enabled:
            gc.enable()
