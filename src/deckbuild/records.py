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

A method whose text is in ``deckbuild.record_methods`` is not compiled at all: that module holds, as code, the text
``dataclasses`` would compile for each method of deckbuild's records (written by ``scripts/record-methods``), so
Python's own bytecode cache keeps them compiled; a method is taken from it only when the text ``dataclasses`` would
compile is exactly the text it was compiled from (any other class, or a changed one, is compiled as before).
"""

from __future__ import annotations

import _thread
import dataclasses
import hashlib
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
    """Return what ``dataclasses._create_fn`` returns for these arguments (taken from ``record_methods`` when it
    has their text, else compiled); for a method named in ``LAZY``, a stand-in that does so on its first call."""
    create = _CREATE
    if name not in LAZY:
        made = _compiled(name, args, body, globals, locals, return_type)
        return made or create(name, args, body, globals=globals, locals=locals, return_type=return_type)
    made = None

    def method(self, *rest, **named):
        nonlocal made
        if made is None:
            made = _compiled(name, args, body, globals, locals, return_type) or \
                create(name, args, body, globals=globals, locals=locals, return_type=return_type)
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


_METHODS: list = []  # [the texts compiled in record_methods → their __create_fn__], once imported


def create_text(name: str, args, body, locals: dict, return_type=dataclasses.MISSING) -> str:
    """Return the text ``dataclasses._create_fn`` (Python 3.11, 3.12) compiles for these arguments."""
    annotation = "" if return_type is dataclasses.MISSING else "->_return_type"
    names = list(locals) + (["_return_type"] if return_type is not dataclasses.MISSING and "_return_type"
                            not in locals else [])
    body = "\n".join(f"  {b}" for b in body)
    text = f" def {name}({','.join(args)}){annotation}:\n{body}"
    return f"def __create_fn__({', '.join(names)}):\n{text}\n return {name}"


def _made_methods() -> dict:
    """Return ``record_methods.MADE``; empty when its bytecode is not kept and cannot be (with
    PYTHONDONTWRITEBYTECODE, compiling the whole file on every run costs more than the methods a run makes)."""
    import importlib.util
    import os

    source = os.path.join(os.path.dirname(__file__), "record_methods.py")
    try:
        if sys.dont_write_bytecode and not os.path.exists(importlib.util.cache_from_source(source)):
            return {}
        from deckbuild.record_methods import MADE
    except (ImportError, NotImplementedError, ValueError):  # pragma: no cover - no file, or no bytecode cache
        return {}
    return MADE


def text_key(text: str) -> str:
    """Return the key ``record_methods.MADE`` holds the method compiled from *text* by."""
    return hashlib.sha1(text.encode()).hexdigest()


def _compiled(name, args, body, globals, locals, return_type):
    """Return the method ``_create_fn`` would make, made from ``record_methods``; None when it lacks the text."""
    if not _METHODS:
        _METHODS.append(_made_methods())
    locals = {} if locals is None else locals
    make = _METHODS[0].get(text_key(create_text(name, args, body, locals, return_type)))
    if make is None:
        return None
    if return_type is not dataclasses.MISSING:
        locals["_return_type"] = return_type  # as _create_fn does
    made = make(**locals)
    made.__module__ = (globals or {}).get("__name__")  # (a function made by exec takes its globals' name)
    made.__qualname__ = f"__create_fn__.<locals>.{name}"
    return made
