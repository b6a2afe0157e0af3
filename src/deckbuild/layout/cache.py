"""Per-slide layout results kept between builds, as data that cannot run code.

A slide's layout depends on its section file's text, where the slide is written in it, its number,
its section's title, the sources it cites, its pictures, and the style and fonts (the *salt*). Results
are stored one file per section file (named by the hash of that file's text), so editing one section
of a long deck lays out, and rewrites the cache of, that section only.

The files are JSON of plain values: layout boxes are written as the name of one of a fixed set of
dataclasses and their fields, and read back only when the file is signed with this user's cache key
(see ``deckbuild.cache.seal``), has this format's version, and every field has the type its class
declares. Anything else is a cold cache: the slides are laid out again and the file is rewritten.

Only slides whose layout took at least KEEP_FROM_SECONDS of processor time are kept: reading a slide back costs about a
millisecond, more than laying out a plain slide of bullets again (about a quarter of one), so such slides
are laid out on every build. Which slides are kept depends on the machine's speed; what is built never does.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import operator
import re
import time
import typing
from pathlib import Path

FORMAT = "deckbuild-layout"
VERSION = 1
SUFFIX = ".json"
# the only files this cache writes or deletes (``.pickle``: what deckbuild wrote before; never read)
_NAME = re.compile(r"^[0-9a-f]{40,64}-[0-9a-f]{16}\.(json|pickle)$")
_SKIP = {"Draft": ("model", "extra", "media")}  # fields the layout stage sets again after a cache hit
KEEP_FROM_SECONDS = 0.002  # of processor time (a loaded machine does not inflate it): a slide laid out faster is not kept


class Invalid(ValueError):
    """A cache file that does not hold what this version of deckbuild writes."""


def _classes() -> dict[str, type]:
    from deckbuild.diagnostics import Diagnostic, Pos
    from deckbuild.formulas import Shape
    from deckbuild.layout import boxes
    from deckbuild.layout.common import Draft
    from deckbuild.layout.geometry import Frames
    from deckbuild.template_info import Box

    found = [Diagnostic, Pos, Shape, Draft, Frames, Box]
    found += [c for c in vars(boxes).values() if dataclasses.is_dataclass(c) and c.__module__ == boxes.__name__]
    return {c.__name__: c for c in found}


_REGISTRY: dict[str, type] = {}
_HINTS: dict[type, dict] = {}


def registry() -> dict[str, type]:
    """Return the dataclasses a layout cache file may name, by name."""
    if not _REGISTRY:
        _REGISTRY.update(_classes())
    return _REGISTRY


def encode(value, memo: dict | None = None):
    """Return *value* (layout boxes, diagnostics, plain values) as JSON-ready plain values.

    *memo* (id → encoded value) lets one dump encode an object shared by many boxes once (a run and the
    fragments cut from it); the objects must stay alive while it is used. Numbers that are not finite are
    refused when the result is written (``json.dumps(allow_nan=False)``).
    """
    own = memo is None
    memo = {} if own else memo
    try:
        return _encoder(memo)(value)
    finally:
        if own:
            memo.clear()  # the encoder refers to itself: a cycle that keeps memo alive while gc is paused


def _encoder(memo: dict):
    """Return a function encoding one value, sharing *memo* (id → encoded) for layout objects."""
    from deckbuild.fonts import Face

    plain = (str, int, float, bool, type(None))
    classes = registry()
    fields = _ENCODE_FIELDS

    def enc(value):
        t = type(value)
        if t in plain:
            return value
        if t is tuple:
            return {"T": [v if type(v) in plain else enc(v) for v in value]}
        if t is list:
            return [v if type(v) in plain else enc(v) for v in value]
        done = memo.get(id(value))
        if done is not None:
            return done
        if t is dict:
            out = {"D": [[enc(k), enc(v)] for k, v in value.items()]}
        elif isinstance(value, Path):
            out = {"P": str(value)}
        elif t is bytes:
            out = {"B": base64.b64encode(value).decode("ascii")}
        elif t is Face:
            out = {"F": str(value.path)}
        else:
            name = t.__name__
            if classes.get(name) is not t:
                raise Invalid(f"{name} is not a layout value")
            got = fields.get(t)
            if got is None:
                skip = _SKIP.get(name, ())
                names = tuple(f.name for f in dataclasses.fields(t) if f.name not in skip)
                got = fields[t] = (names, operator.attrgetter(*names) if len(names) > 1 else
                                   (lambda v, g=operator.attrgetter(*names): (g(v),)))
            names, get = got
            out = {"C": name, "f": dict(zip(names, [v if type(v) in plain else enc(v) for v in get(value)]))}
        memo[id(value)] = out
        return out

    return enc


_ENCODE_FIELDS: dict[type, tuple] = {}  # class → (the field names written, a getter of their values)


def decode(data):
    """Return the value *data* (from ``encode``) stands for; raise Invalid when it is not well formed."""
    return _decode(data)


def _decode(data):
    t = type(data)
    if t is str or t is int or t is float or t is bool or data is None:
        return data  # json.loads refuses NaN and infinities (parse_constant), so a float here is finite
    if t is list:
        return [_decode(v) for v in data]
    if t is not dict or len(data) not in (1, 2):
        raise Invalid("not a layout value")
    if len(data) == 2:
        if data.keys() == {"C", "f"} and type(data["f"]) is dict:
            return _instance(data["C"], data["f"])
        raise Invalid("not a layout value")
    if "T" in data and type(data["T"]) is list:
        return tuple([_decode(v) for v in data["T"]])
    if "D" in data and type(data["D"]) is list:
        pairs = [_decode(p) for p in data["D"]]
        if not all(isinstance(p, list) and len(p) == 2 for p in pairs):
            raise Invalid("a mapping that is not a list of pairs")
        try:
            return {k: v for k, v in pairs}
        except TypeError as exc:
            raise Invalid("a mapping key that is not hashable") from exc
    if "P" in data and type(data["P"]) is str:
        return Path(data["P"])
    if "B" in data and type(data["B"]) is str:
        try:
            return base64.b64decode(data["B"], validate=True)
        except ValueError as exc:
            raise Invalid("bytes that are not base64") from exc
    if "F" in data and type(data["F"]) is str:
        from deckbuild.fonts import face_at

        try:
            return face_at(data["F"])
        except (OSError, ValueError) as exc:
            raise Invalid(f"a font that is not usable: {data['F']}") from exc
    raise Invalid("not a layout value")


_DECODE_FIELDS: dict[str, tuple] = {}  # class name → (class, the field names a file must hold, their checks)


def _instance(name, fields: dict):
    got = _DECODE_FIELDS.get(name) if type(name) is str else None
    if got is None:
        cls = registry().get(name) if isinstance(name, str) else None
        if cls is None:
            raise Invalid(f"{name!r} is not a layout value")
        declared = [f.name for f in dataclasses.fields(cls) if f.init and f.name not in _SKIP.get(name, ())]
        hints = _hints(cls)
        got = _DECODE_FIELDS[name] = (cls, set(declared), {k: _checker(hints.get(k, typing.Any)) for k in declared})
    cls, wanted, checks = got
    if fields.keys() != wanted:
        raise Invalid(f"{name} with fields {sorted(fields)}, not {sorted(wanted)}")
    values = {}
    for key, raw in fields.items():
        value = raw if type(raw) in _PLAIN else _decode(raw)
        check = checks[key]
        if check is not None and not check(value):
            raise Invalid(f"{name}.{key} has the wrong type")
        values[key] = value
    try:
        return cls(**values)
    except (TypeError, ValueError) as exc:
        raise Invalid(f"{name}: {exc}") from exc


_PLAIN = frozenset({str, int, float, bool, type(None)})


def _checker(hint):
    """Return a fast test of whether a value has the type *hint* declares (None: anything fits), the
    same test as ``_fits`` made once per field."""
    if hint is typing.Any or hint is object:
        return None
    if hint is float:
        return lambda v: type(v) is float or type(v) is int
    if hint is int:
        return lambda v: type(v) is int
    if hint in (str, bool, bytes):
        return lambda v, t=hint: type(v) is t
    if hint is type(None):
        return lambda v: v is None
    if isinstance(hint, type):
        if hint in (list, tuple, dict):
            return lambda v, t=hint: isinstance(v, t)
        if hint.__name__ == "Path":
            return lambda v: isinstance(v, Path)
        return lambda v, t=hint: isinstance(v, t)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        checks = [_checker(a) for a in args]
        if any(c is None for c in checks):
            return None
        if len(checks) == 2 and type(None) in args:  # X | None
            other = checks[0] if args[1] is type(None) else checks[1]
            return lambda v: v is None or other(v)
        return lambda v: any(c(v) for c in checks)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            each = _checker(args[0])
            if each is None:
                return lambda v: type(v) is tuple
            return lambda v: type(v) is tuple and all(map(each, v))
        if not args:
            return lambda v: type(v) is tuple
        checks = [_checker(a) or (lambda _v: True) for a in args]
        return lambda v: type(v) is tuple and len(v) == len(checks) and all(c(x) for c, x in zip(checks, v))
    if origin in (list, dict):
        return lambda v, t=origin: isinstance(v, t)
    return None


def _hints(cls: type) -> dict:
    if cls not in _HINTS:
        import sys

        module = sys.modules[cls.__module__]
        try:
            _HINTS[cls] = typing.get_type_hints(cls, vars(module))
        except Exception:  # noqa: BLE001 - an annotation that cannot be resolved is checked loosely
            _HINTS[cls] = {}
    return _HINTS[cls]


def _fits(value, hint) -> bool:
    """Return True when *value* has the type *hint* declares (forms not understood are accepted)."""
    if hint is typing.Any or hint is object:
        return True
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if hint in (str, bool, bytes):
        return type(value) is hint
    if hint is type(None):
        return value is None
    if isinstance(hint, type):
        if hint in (list, tuple, dict):
            return isinstance(value, hint)
        return isinstance(value, hint) or hint.__name__ == "Path" and isinstance(value, Path)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        return any(_fits(value, a) for a in args)
    if origin is tuple:
        if not isinstance(value, tuple):
            return False
        if len(args) == 2 and args[1] is Ellipsis:
            return all(_fits(v, args[0]) for v in value)
        return not args or len(args) == len(value) and all(_fits(v, a) for v, a in zip(value, args))
    if origin in (list, dict):
        return isinstance(value, origin)
    return True


def _is_plain_dir(folder: Path) -> bool:
    """Return True when *folder* is a real folder (not a symbolic link to one)."""
    try:
        import stat

        return stat.S_ISDIR(folder.lstat().st_mode)
    except OSError:
        return False


class LayoutCache:
    def __init__(self, folder: Path | None, salt: str):
        self.folder = folder
        self.salt = hashlib.sha256(salt.encode()).hexdigest()[:16]
        self._old: dict[str, dict] = {}  # section digest → {key: entry} read from disk
        self._new: dict[str, dict] = {}  # section digest → {key: entry} of this build
        self.hits = self.misses = 0
        self._missed_at = 0.0  # processor time at the last miss: put() measures the layout it waited for

    def _file(self, digest: str) -> Path:
        return self.folder / f"{digest}-{self.salt}{SUFFIX}"

    def _section(self, digest: str) -> dict:
        if digest not in self._old:
            self._old[digest] = {}
            if self.folder is not None and re.fullmatch(r"[0-9a-f]{40,64}", digest):
                self._old[digest] = self._load(self._file(digest))
        return self._old[digest]

    def _load(self, path: Path) -> dict:
        """Return the entries of the cache file *path*; empty when it is missing, damaged or not ours."""
        from deckbuild.cache import unseal

        body = unseal(path, FORMAT, VERSION)
        if body is None:
            return {}
        try:
            data = json.loads(body, parse_constant=_refuse,
                              parse_float=_finite if _SUSPECT.search(body) else None)
            if not isinstance(data, dict) or data.get("salt") != self.salt or not isinstance(data.get("entries"), list):
                return {}
            out = {}
            for item in data["entries"]:
                if not (isinstance(item, list) and len(item) == 2):
                    return {}
                key, entry = decode(item[0]), decode(item[1])
                if not (isinstance(key, tuple) and isinstance(entry, tuple) and len(entry) == 2
                        and isinstance(entry[0], list) and isinstance(entry[1], list)):
                    return {}
                from deckbuild.diagnostics import Diagnostic
                from deckbuild.layout.common import Draft

                if not (all(isinstance(d, Draft) for d in entry[0])
                        and all(isinstance(d, Diagnostic) for d in entry[1])):
                    return {}
                out[key] = entry
            return out
        except (ValueError, TypeError, RecursionError):  # Invalid is a ValueError
            return {}

    def get(self, digest: str, key: tuple):
        """Return the cached entry for the slide *key* of the section file *digest*, or None."""
        entry = self._section(digest).get(key)
        if entry is None:
            self.misses += 1
            self._missed_at = time.process_time()
            return None
        self.hits += 1
        self._new.setdefault(digest, {})[key] = entry
        return entry

    def put(self, digest: str, key: tuple, entry) -> None:
        """Keep *entry*, the slide *key*'s layout just made after a miss, when it was slow enough to make."""
        if time.process_time() - self._missed_at >= KEEP_FROM_SECONDS:
            self._new.setdefault(digest, {})[key] = entry

    def dump(self, stage=None) -> list[tuple[Path, bytes | Path | None]]:
        """Return the files to write (bytes, or with *stage*, the temporary file ``stage(path, bytes)`` wrote) or
        delete (None) to keep this build's slides for the next one.

        The caller applies them once the build's outputs are written: a failed build leaves no trace.
        With *stage*, each file is written out as soon as it is encoded, so no more than one section's
        encoding is held at a time. A folder that is a symbolic link is neither written nor cleaned, and
        only files named as this cache names its own are ever deleted.
        """
        from deckbuild.cache import seal

        if self.folder is None or self.folder.is_symlink() or self.folder.parent.is_symlink():
            return []
        out: list[tuple[Path, bytes | Path | None]] = []
        # a section's file is written when the slides kept differ from those read (entries of one key are
        # equal by construction); a section with no slide worth keeping has none (an old one is deleted below)
        for digest in sorted(d for d, kept in self._new.items() if kept and kept.keys() != self._old.get(d, {}).keys()):
            if not re.fullmatch(r"[0-9a-f]{40,64}", digest):
                continue
            try:
                memo: dict = {}
                enc = _encoder(memo)
                try:
                    entries = [[enc(k), enc(v)] for k, v in self._new.get(digest, {}).items()]
                    body = json.dumps({"salt": self.salt, "entries": entries}, separators=(",", ":"),
                                      allow_nan=False)
                finally:
                    memo.clear()  # the encoder refers to itself: paused gc would keep this file's memo alive
            except (Invalid, ValueError, TypeError, RecursionError):
                continue
            data = seal(body.encode("utf-8"), FORMAT, VERSION)
            del body
            kept = data if stage is None else stage(self._file(digest), data)  # None: not staged (only a cache)
            if kept is not None:
                out.append((self._file(digest), kept))
        if _is_plain_dir(self.folder):  # sections that are gone, or were kept with another style or font set
            keep = {self._file(digest).name for digest, entries in self._new.items() if entries}
            for p in sorted(self.folder.iterdir()):
                if p.name not in keep and _NAME.match(p.name) and not p.is_symlink() and p.is_file():
                    out.append((p, None))
        return out


_SUSPECT = re.compile(rb"[eE][+]?[0-9]{3}|[0-9]{300}")  # a number literal that may be too large for a float


def _finite(text: str) -> float:
    value = float(text)
    if value - value != 0:
        raise Invalid(f"{text} is not a number a layout writes")
    return value


def _refuse(constant: str):
    raise Invalid(f"{constant} is not a number a layout writes")
