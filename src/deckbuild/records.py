"""``record``: ``dataclasses.dataclass`` whose methods but ``__init__`` are compiled when first called, and
whose ``__init__`` is compiled with the package.

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

Each ``__init__`` is the one ``dataclasses`` writes, but its code is not compiled at start-up when
``records_code.py`` holds the same source: that module is those sources, written by
``scripts/records_code.py`` and compiled with the package (its ``.pyc``), and ``record`` makes the method
of the code whose source is the same, with the class's module as its globals, as ``exec`` would. A class
whose source is not there (a class changed since the module was written: tests/test_records.py says so)
has its ``__init__`` compiled as before.

This needs ``dataclasses._create_fn`` as Python 3.11 and 3.12 have it (3.13 makes the methods another
way): on any other version, or when ``_create_fn`` is not the one this module found, ``record`` is plain
``dataclass``; the compiled sources are used only on the version that wrote them.
"""

from __future__ import annotations

import _thread
import dataclasses
import sys
from dataclasses import field  # noqa: F401 - records' modules import it from here
from types import FunctionType

__all__ = ["field", "record"]

LAZY = frozenset({"__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__",
                  "__lt__", "__le__", "__gt__", "__ge__"})  # made on first call; __init__ at once
_CREATE = getattr(dataclasses, "_create_fn", None) if sys.version_info[:2] in ((3, 11), (3, 12)) else None
_LOCK = _thread.RLock()  # _create_fn is swapped for the time one class is made
_COMPILED: dict | None = None  # records_code's code by source, once read
SOURCES: list[str] | None = None  # when a list, each __init__'s source is added to it (scripts/records_code.py)


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
        made = _compiled(name, args, body, globals, locals, return_type) if name == "__init__" else None
        return made or create(name, args, body, globals=globals, locals=locals, return_type=return_type)
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


def _compiled(name, args, body, globals, locals, return_type):
    """Return the function ``dataclasses._create_fn`` makes of these arguments, made of the code compiled for
    the same source in ``records_code``, or None when it holds none."""
    global _COMPILED
    if _COMPILED is None:
        from deckbuild import records_code

        _COMPILED = records_code.CODE if records_code.PYTHON == sys.version_info[:2] == (3, 11) else {}
    if (not _COMPILED and SOURCES is None) or globals is None or locals is None:
        return None
    if return_type is not dataclasses.MISSING:  # as _create_fn writes it (on 3.11)
        locals["_return_type"] = return_type
    inner = "\n".join(f"  {b}" for b in body)
    annotation = "->_return_type" if return_type is not dataclasses.MISSING else ""
    source = (f"def __create_fn__({', '.join(locals)}):\n def {name}({','.join(args)}){annotation}:\n{inner}\n"
              f" return {name}")
    if SOURCES is not None:
        SOURCES.append(source)
    code = _COMPILED.get(source)
    return None if code is None else FunctionType(code, globals)(**locals)
