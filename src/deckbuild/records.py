"""``record``: ``dataclasses.dataclass`` whose methods but ``__init__`` are compiled when first called.

``dataclasses`` writes each generated method as source and compiles it when the class is made, about
0.1 ms a method: deckbuild's hundred-odd dataclasses cost a build 0.14 s at start-up, a third of what its
imports execute, and a one-section edit calls the ``__repr__``, ``__eq__``, ``__hash__`` and the frozen
``__setattr__`` and ``__delattr__`` of barely twenty classes (issue 21). ``record(...)`` takes what
``dataclass(...)`` takes and returns the class ``dataclass`` returns (the same fields, parameters, slots,
``__init__``, ``__doc__`` and ``__match_args__``), but each of those methods is first a stand-in: its first
call makes the method ``dataclasses`` would have made, from the same source and values, puts it in the
class in its own place and calls it. ``repr``, equality, hashing, ordering and the frozen errors are
exactly a plain dataclass's (tests/test_records.py compares every class of deckbuild with a plain twin);
``fields``, ``replace``, ``asdict`` and ``is_dataclass`` work as they do for one. ``field`` is
``dataclasses.field``, so that a module declaring records imports both from here.

This needs ``dataclasses._create_fn`` as Python 3.11 and 3.12 have it (3.13 makes the methods another
way): on any other version, or when ``_create_fn`` is not the one this module found, ``record`` is plain
``dataclass``.
"""

from __future__ import annotations

import _thread
import dataclasses
import sys
from dataclasses import field  # noqa: F401 - records' modules import it from here

__all__ = ["field", "record"]

LAZY = frozenset({"__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__",
                  "__lt__", "__le__", "__gt__", "__ge__"})  # made on first call; __init__ at once
_CREATE = getattr(dataclasses, "_create_fn", None) if sys.version_info[:2] in ((3, 11), (3, 12)) else None
_LOCK = _thread.RLock()  # _create_fn is swapped for the time one class is made


def record(cls=None, /, **params):
    """Return *cls* made a dataclass by ``dataclasses.dataclass(cls, **params)``, with the methods named in
    ``LAZY`` made on their first call (used bare, ``@record``, or with parameters, ``@record(frozen=True)``)."""
    if cls is None:
        return lambda c: record(c, **params)
    with _LOCK:
        made_by = getattr(dataclasses, "_create_fn", None)
        if _CREATE is None or made_by not in (_CREATE, _lazy_create_fn):
            return dataclasses.dataclass(cls, **params)
        dataclasses._create_fn = _lazy_create_fn
        try:
            return dataclasses.dataclass(cls, **params)
        finally:
            dataclasses._create_fn = made_by


def _lazy_create_fn(name, args, body, *, globals=None, locals=None, return_type=dataclasses.MISSING):
    """Return what ``dataclasses._create_fn`` returns for these arguments; for a method named in ``LAZY``, a
    stand-in that makes it (from the same arguments) on its first call."""
    create = _CREATE
    if name not in LAZY:
        return create(name, args, body, globals=globals, locals=locals, return_type=return_type)
    made = None

    def method(self, *rest, **named):
        nonlocal made
        if made is None:
            made = create(name, args, body, globals=globals, locals=locals, return_type=return_type)
            for owner in type(self).__mro__:
                if owner.__dict__.get(name) is method:  # __repr__ stays in dataclasses' recursion guard
                    made.__qualname__ = method.__qualname__
                    setattr(owner, name, made)
                    break
        return made(self, *rest, **named)

    method.__name__ = name
    method.__module__ = (globals or {}).get("__name__")
    method.__qualname__ = f"__create_fn__.<locals>.{name}"  # the name dataclasses' own gets (then the class's)
    return method
