"""records.record: a dataclass whose methods but __init__ are compiled on first call behaves exactly as the
plain dataclass — every class deckbuild declares is compared with a plain twin on the values a real build
makes (repr, equality, hashing, ordering, the frozen errors, fields, replace, doc and signature), and a
class made on the fallback path (another Python version) with the same class made lazily."""

from __future__ import annotations

import dataclasses
import gc
import importlib
import inspect
import itertools
import sys
from pathlib import Path

import pytest

from deckbuild import records
from deckbuild.records import record
from tests.test_architecture import MODULES

REPO = Path(__file__).resolve().parents[1]
LAZY_PATH = records._CREATE is not None  # this Python has the _create_fn records knows


def _generated(value) -> bool:
    """Return whether *value* is a method dataclasses made (or records' stand-in for one)."""
    if value is dataclasses._dataclass_getstate or value is dataclasses._dataclass_setstate:
        return True
    code = getattr(getattr(value, "__wrapped__", value), "__code__", None)
    return code is not None and code.co_filename in ("<string>", records.__file__, METHODS_FILE)


METHODS_FILE = str(Path(records.__file__).with_name("record_methods.py"))
_TWINS: dict[type, type] = {}
_REMADE: dict[type, type] = {}


def plain_twin(cls: type) -> type:
    """Return *cls* made again, from its own body, by plain ``dataclasses.dataclass``."""
    return _made_again(cls, dataclasses.dataclass, _TWINS)


def remade(cls: type) -> type:
    """Return *cls* made again, from its own body, by ``records.record``."""
    return _made_again(cls, record, _REMADE)


def _made_again(cls: type, make, made: dict) -> type:
    if cls in made:
        return made[cls]
    own = cls.__dict__.get("__annotations__", {})
    every = cls.__dataclass_fields__
    slots = "__slots__" in cls.__dict__
    ns = {}
    for name, value in cls.__dict__.items():
        if name in ("__dict__", "__weakref__", "__slots__", "__dataclass_fields__", "__dataclass_params__",
                    "__match_args__") or _generated(value) or (slots and name in every):
            continue
        ns[name] = value
    if ns.get("__doc__") == cls.__name__ + str(inspect.signature(cls)).replace(" -> None", ""):
        del ns["__doc__"]  # dataclasses wrote it: the twin's is written again
    for name in own:
        f = every.get(name)
        if f is not None and f._field_type is not dataclasses._FIELD_CLASSVAR:
            ns[name] = dataclasses.field(default=f.default, default_factory=f.default_factory, init=f.init,
                                         repr=f.repr, hash=f.hash, compare=f.compare, metadata=f.metadata,
                                         kw_only=f.kw_only)
    bases = tuple(_made_again(b, make, made) if dataclasses.is_dataclass(b) and b.__module__.startswith("deckbuild")
                  else b for b in cls.__bases__)
    body = type(cls)(cls.__name__, bases, ns)
    body.__qualname__ = cls.__qualname__
    body.__module__ = cls.__module__
    p = cls.__dataclass_params__
    twin = make(body, init=p.init, repr=p.repr, eq=p.eq, order=p.order, unsafe_hash=p.unsafe_hash,
                frozen=p.frozen, slots=slots, match_args="__match_args__" in cls.__dict__)
    made[cls] = twin
    return twin


def as_class(obj, cls: type):
    """Return a new *cls* holding *obj*'s fields (and any other attribute it has)."""
    new = object.__new__(cls)
    if hasattr(obj, "__dict__") and hasattr(new, "__dict__"):
        new.__dict__.update(obj.__dict__)
    for f in dataclasses.fields(obj):
        if hasattr(obj, f.name):
            object.__setattr__(new, f.name, getattr(obj, f.name))
    return new


def outcome(fn, *args):
    """Return ("=", what *fn* returns) or ("!", its exception's type and message)."""
    try:
        return "=", fn(*args)
    except Exception as e:  # noqa: BLE001 - what is compared is which exception, with which message
        return "!", type(e).__name__, str(e)


def deckbuild_records() -> list[type]:
    """Return every dataclass deckbuild's modules declare (importing them all)."""
    for name in MODULES:  # every file (render/ is a namespace package: pkgutil does not list it)
        if name not in ("deckbuild.__main__", "deckbuild.record_methods"):
            importlib.import_module(name)
    found = {c for name, module in list(sys.modules.items()) if name.startswith("deckbuild.")
             for c in vars(module).values()
             if isinstance(c, type) and c.__module__ == name and "__dataclass_fields__" in c.__dict__}
    return sorted(found, key=lambda c: (c.__module__, c.__qualname__))


def test_the_methods_but_init_are_made_on_first_call_and_put_in_their_class():
    @record(frozen=True, slots=True)
    class Point:
        x: int
        y: int = 0

    if not LAZY_PATH:
        pytest.skip("this Python makes every method at once (records falls back to dataclass)")
    assert _generated(Point.__dict__["__init__"]) and Point.__dict__["__init__"].__code__.co_filename == "<string>"
    for name in ("__eq__", "__hash__", "__setattr__", "__delattr__"):
        assert Point.__dict__[name].__code__.co_filename == records.__file__, name
    assert Point(1) == Point(1) and hash(Point(1, 2)) == hash((1, 2))
    assert Point.__dict__["__eq__"].__code__.co_filename == "<string>"
    assert Point.__dict__["__hash__"].__code__.co_filename == "<string>"
    assert Point.__dict__["__eq__"].__qualname__ == "test_the_methods_but_init_are_made_on_first_call_and_put_" \
        "in_their_class.<locals>.Point.__eq__"
    with pytest.raises(dataclasses.FrozenInstanceError, match="cannot assign to field 'x'"):
        Point(1).x = 2
    assert repr(Point(3)) == "test_the_methods_but_init_are_made_on_first_call_and_put_in_their_class.<locals>." \
        "Point(x=3, y=0)"
    assert dataclasses._create_fn is records._CREATE  # the swap is undone


def test_the_swap_is_undone_when_dataclass_refuses_a_class():
    with pytest.raises(TypeError, match="non-default argument"):
        @record
        class Wrong:
            x: int = 0
            y: int

    assert getattr(dataclasses, "_create_fn", None) is records._CREATE or not LAZY_PATH


def _declare(make):
    """Return classes declared by the decorator *make*, covering each parameter record accepts."""

    @make(frozen=True, slots=True)
    class Run:
        text: str
        size: float = 10.0
        tags: tuple = ()

    @make(frozen=True)
    class Box:
        """A box."""

        run: Run
        notes: list = dataclasses.field(default_factory=list, compare=False)
        key: str = dataclasses.field(default="", repr=False)

    @make(frozen=True, order=True)
    class Ranked:
        rank: int
        name: str = dataclasses.field(default="", compare=False)

    @make(frozen=True, eq=False)
    class Plain:
        value: int

    @make(frozen=True, kw_only=True)
    class Named:
        a: int
        b: int = 2

    @make
    class Mutable:
        items: list = dataclasses.field(default_factory=list)

    @make(eq=False)
    class Loose:
        value: int = 0

    @make(frozen=True)
    class Child(Box):
        extra: int = 0

    @make(slots=True)
    class Slotted:
        value: int = 0
        _: dataclasses.KW_ONLY
        after: str = "x"

    return Run, Box, Ranked, Plain, Named, Mutable, Loose, Child, Slotted


def _values(classes):
    Run, Box, Ranked, Plain, Named, Mutable, Loose, Child, Slotted = classes
    r = Run("a", 12.0, ("b",))
    return [
        [r, Run("a", 12.0, ("b",)), Run("a"), Run("b", 10.0)],
        [Box(r, [1]), Box(r), Box(Run("z"), key="k")],
        [Ranked(1, "x"), Ranked(1, "y"), Ranked(2)],
        [Plain(1), Plain(1)],
        [Named(a=1), Named(a=1, b=3)],
        [Mutable([1]), Mutable([1]), Mutable()],
        [Loose(1), Loose(1)],
        [Child(r, extra=1), Child(r, extra=1), Child(r)],
        [Slotted(1, after="y"), Slotted(1, after="y"), Slotted()],
    ]


def _made(cls: type, name: str) -> bool:
    """Return whether *cls*'s method *name* is one dataclasses makes (not one the class's own body wrote)."""
    return _generated(inspect.getattr_static(cls, name))


def _same_behaviour(a, b):
    """Assert that *a* and *b* (lists of values of two twin classes, in the same order) behave alike in all
    that dataclasses makes (a method the class's own body wrote is the same function in both)."""
    x, y = a[0], b[0]
    ta, tb = type(x), type(y)
    assert [(f.name, f.type, f.default, f.default_factory, f.init, f.repr, f.hash, f.compare, f.kw_only)
            for f in dataclasses.fields(ta)] == \
           [(f.name, f.type, f.default, f.default_factory, f.init, f.repr, f.hash, f.compare, f.kw_only)
            for f in dataclasses.fields(tb)]
    assert repr(ta.__dataclass_params__) == repr(tb.__dataclass_params__)
    assert ta.__doc__ == tb.__doc__
    assert str(inspect.signature(ta)) == str(inspect.signature(tb))
    assert getattr(ta, "__match_args__", None) == getattr(tb, "__match_args__", None)
    assert ("__slots__" in ta.__dict__) == ("__slots__" in tb.__dict__)
    assert (ta.__hash__ is None) == (tb.__hash__ is None)
    assert (ta.__hash__ is object.__hash__) == (tb.__hash__ is object.__hash__)
    if _made(ta, "__repr__"):
        assert [outcome(repr, v) for v in a] == [outcome(repr, v) for v in b]  # (a field's own repr may raise)
    if _made(ta, "__hash__"):
        assert [outcome(hash, v) for v in a] == [outcome(hash, v) for v in b]
    if _made(ta, "__eq__"):
        for (i, p), (j, q) in itertools.product(enumerate(a), repeat=2):
            assert (p == q) == (b[i] == b[j]) and (p != q) == (b[i] != b[j]), (i, j)
            if ta.__dataclass_params__.order:
                assert [outcome(op, p, q) for op in (ta.__lt__, ta.__le__, ta.__gt__, ta.__ge__)] == \
                       [outcome(op, b[i], b[j]) for op in (tb.__lt__, tb.__le__, tb.__gt__, tb.__ge__)]
        assert outcome(x.__eq__, object()) == outcome(y.__eq__, object())
    if _made(ta, "__setattr__") or _made(ta, "__delattr__"):
        for name in [f.name for f in dataclasses.fields(ta)][:1] + ["not_a_field"]:  # on copies
            cx, cy = as_class(x, ta), as_class(y, tb)
            assert outcome(setattr, cx, name, 1) == outcome(setattr, cy, name, 1), name
            assert outcome(delattr, cx, name) == outcome(delattr, cy, name), name
    if _made(ta, "__init__") and _made(ta, "__repr__"):
        assert outcome(lambda: repr(dataclasses.replace(x))) == outcome(lambda: repr(dataclasses.replace(y)))


def test_the_fallback_path_and_the_lazy_one_make_classes_that_behave_alike(monkeypatch):
    lazy = _values(_declare(record))
    monkeypatch.setattr(records, "_CREATE", None)  # as on a Python whose dataclasses records does not know
    fallback = _values(_declare(record))
    plain = _values(_declare(dataclasses.dataclass))
    for made in (lazy, fallback):
        for a, b in zip(made, plain):
            _same_behaviour(a, b)
    assert all(type(v[0]).__dict__.get("__repr__") is not None for v in fallback)
    assert dataclasses.asdict(lazy[1][0]) == dataclasses.asdict(plain[1][0])


def test_a_create_fn_that_is_not_the_one_records_found_makes_a_plain_dataclass(monkeypatch):
    if not LAZY_PATH:
        pytest.skip("no _create_fn on this Python")
    seen = []

    def other(name, *args, **kw):
        seen.append(name)
        return records._CREATE(name, *args, **kw)

    monkeypatch.setattr(dataclasses, "_create_fn", other)

    @record(frozen=True)
    class Point:
        x: int

    assert set(seen) >= {"__init__", "__eq__", "__repr__", "__hash__", "__setattr__"}
    assert dataclasses._create_fn is other


def _build_values(tmp_path: Path, monkeypatch) -> dict[type, list]:
    """Return instances of deckbuild's dataclasses (up to six a class) that builds of the gallery and the
    briefing make: those reachable from what compiling, laying out the handout and painting are given and
    return (the build freezes what it laid out before painting: gc.get_objects does not see it), and those
    alive once it is done."""
    import shutil

    from deckbuild import compile, worker
    from deckbuild.build import Options, build
    from deckbuild.layout import handout
    from deckbuild.layout.lazy import Boxes
    from deckbuild.render import painters

    shutil.copytree(REPO / "outlines", tmp_path / "outlines")
    shutil.copytree(REPO / "assets", tmp_path / "assets")
    classes = set(deckbuild_records())
    found: dict[type, list] = {}
    seen: set[int] = set()

    def keep(obj) -> None:
        kind = type(obj)
        if kind in classes and len(found.setdefault(kind, [])) < 6 and all(o is not obj for o in found[kind]):
            found[kind].append(obj)

    def walk(obj) -> None:
        todo = [obj]
        while todo:
            obj = todo.pop()
            if id(obj) in seen or isinstance(obj, (str, bytes, int, float, type(None))):
                continue
            seen.add(id(obj))
            keep(obj)
            if type(obj) in classes:
                todo += [getattr(obj, f.name, None) for f in dataclasses.fields(obj)]
            elif isinstance(obj, Boxes):
                todo += obj.boxes()
            elif isinstance(obj, (tuple, list, set, frozenset)):
                todo += obj
            elif isinstance(obj, dict):
                todo += [*obj.keys(), *obj.values()]

    def walking(real):
        def run(*args, **kw):
            walk([args, kw])
            made = real(*args, **kw)
            walk(made)
            return made
        return run

    class Sampling:
        def __init__(self, fmt):
            self.paint = walking(real_painter(fmt).paint)

    real_painter = painters.painter
    monkeypatch.setattr(painters, "painter", Sampling)
    monkeypatch.setattr(handout, "deck_to_handout", walking(handout.deck_to_handout))
    monkeypatch.setattr(compile, "compile", walking(compile.compile))
    monkeypatch.setattr(worker, "FORK_FROM_SLIDES", 10 ** 9)
    monkeypatch.chdir(tmp_path)
    for deck in ("gallery", "pact-briefing"):
        options = Options(targets=[tmp_path / "outlines" / deck], out_dir=tmp_path / "dist", force=True)
        result = build(options)
        assert result.ok
        walk([options, result])
        for obj in gc.get_objects():  # what the build keeps (its memo, caches, …)
            keep(obj)
    return found


_PLAIN = {"str": "x", "int": 2, "float": 1.5, "bool": True, "object": None, "list": [], "dict": {}, "tuple": ()}


def synthesized(cls: type, found: dict[type, list]):
    """Return a *cls* whose fields are plain values (or instances found) by their annotations, or None."""
    by_name = {c.__name__: v[0] for c, v in found.items() if v}
    values = {}
    for f in dataclasses.fields(cls):
        if not f.init or f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING:
            continue
        kind = str(f.type)
        head = kind.split("[")[0].split("|")[0].strip()
        if "None" in kind.split("|")[1:] or kind.endswith("| None"):
            values[f.name] = None
        elif head in _PLAIN:
            values[f.name] = _PLAIN[head]
        elif head in by_name:
            values[f.name] = by_name[head]
        elif head in ("Path", "pathlib.Path"):
            values[f.name] = Path("x")
        else:
            return None
    try:
        return cls(**values)
    except Exception:  # noqa: BLE001 - a __post_init__ that wants other values: not compared
        return None


def test_every_deckbuild_dataclass_behaves_as_its_plain_twin_on_a_builds_values(tmp_path, monkeypatch):
    from deckbuild.layout.codec import registry

    found = _build_values(tmp_path, monkeypatch)
    every = deckbuild_records()
    compared = set()
    for cls in every:
        twin = plain_twin(cls)
        values = found.get(cls) or [v for v in [synthesized(cls, found)] if v is not None]
        if values:
            _same_behaviour(values, [as_class(v, twin) for v in values])
            compared.add(cls)
    names = {c.__name__ for c in compared}
    assert set(registry()) - names == set()  # every class a layout cache may hold
    assert {c.__name__ for c in every if c.__module__ == "deckbuild.style"} - names == set()  # the style's
    assert len(compared) >= 0.9 * len(every) and len(every) > 100


def _code(method) -> tuple:
    """Return what *method* (a function dataclasses made, or its recursion guard) runs: its code and signature."""
    fn = getattr(method, "__wrapped__", method)
    c = fn.__code__
    return (c.co_code, c.co_consts, c.co_names, c.co_varnames, c.co_freevars, c.co_argcount, c.co_kwonlyargcount,
            c.co_flags, fn.__defaults__, fn.__kwdefaults__, fn.__annotations__, fn.__name__,
            [cell.cell_contents for cell in fn.__closure__ or ()])


def test_every_record_takes_its_methods_from_record_methods_and_they_are_what_dataclasses_makes(monkeypatch):
    if not LAZY_PATH:
        pytest.skip("this Python makes every method at once (records falls back to dataclass)")
    from deckbuild.record_methods import MADE  # (compiled here when no bytecode of it is kept)

    monkeypatch.setattr(records, "_METHODS", [MADE])
    monkeypatch.setattr(records, "LAZY", frozenset())  # every method made at once (a stand-in takes it from MADE later)
    compiled, compared = [], 0
    for cls in deckbuild_records():
        again, twin = remade(cls), plain_twin(cls)
        for name, value in again.__dict__.items():
            if not _generated(value) or name in ("__getstate__", "__setstate__"):
                continue
            if getattr(value, "__wrapped__", value).__code__.co_filename != METHODS_FILE:
                compiled.append(f"{cls.__module__}.{cls.__qualname__}.{name}")
                continue
            mine, theirs = _code(value), _code(twin.__dict__[name])
            assert mine[:-1] == theirs[:-1], f"{cls.__qualname__}.{name}"
            # what the method's closure holds: the same values (a class stands for its twin)
            assert [getattr(v, "__qualname__", v) for v in mine[-1]] == \
                [getattr(v, "__qualname__", v) for v in theirs[-1]], f"{cls.__qualname__}.{name}"
            assert value.__qualname__ == twin.__dict__[name].__qualname__
            assert value.__module__ == twin.__dict__[name].__module__
            compared += 1
    assert compiled == [], "methods compiled at start-up: run scripts/record-methods"
    assert compared > 400


def test_the_record_methods_file_is_what_its_script_writes():
    import subprocess

    done = subprocess.run([sys.executable, str(REPO / "scripts" / "record-methods"), "--check"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"src/deckbuild/record_methods.py is stale: run scripts/record-methods {done.stderr}"


def test_a_run_without_bytecode_for_record_methods_compiles_what_it_makes(monkeypatch, tmp_path):
    import importlib.util

    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path))  # where no bytecode of it is kept
    assert not Path(importlib.util.cache_from_source(METHODS_FILE)).exists()
    assert records._made_methods() == {}


def test_a_method_made_on_first_call_is_taken_from_record_methods(monkeypatch):
    if not LAZY_PATH:
        pytest.skip("this Python makes every method at once (records falls back to dataclass)")
    from deckbuild.diagnostics import Pos
    from deckbuild.record_methods import MADE

    monkeypatch.setattr(records, "_METHODS", [MADE])
    _REMADE.pop(Pos, None)
    again = remade(Pos)
    assert again.__dict__["__eq__"].__code__.co_filename == records.__file__  # a stand-in until called
    assert again("a", 1, 2) == again("a", 1, 2) and again("a", 1, 2) != again("a", 1, 3)
    assert again.__dict__["__eq__"].__code__.co_filename == METHODS_FILE
    assert again.__dict__["__eq__"].__qualname__ == "Pos.__eq__"
    _REMADE.pop(Pos)
