"""Per-slide layout results kept between builds, as data that cannot run code.

A slide's layout depends on its section file's text, where the slide is written in it, its number,
its section's title, the sources it cites, its pictures, and the style and fonts (the *salt*). Results
are stored one file per section file (named by the hash of that file's text), so editing one section
of a long deck lays out, and rewrites the cache of, that section only.

The files are JSON of plain values: layout boxes are written as the name of one of a fixed set of
dataclasses and their fields, and read back only when the file is signed with this user's cache key
(see ``deckbuild.cache.seal``), has this format's version, and every field has the type its class
declares. Anything else is a cold cache: the slides are laid out again and the file is rewritten.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import math
import re
import typing
from pathlib import Path

FORMAT = "deckbuild-layout"
VERSION = 1
SUFFIX = ".json"
# the only files this cache writes or deletes (``.pickle``: what deckbuild wrote before; never read)
_NAME = re.compile(r"^[0-9a-f]{40,64}-[0-9a-f]{16}\.(json|pickle)$")
_SKIP = {"Draft": ("model", "extra", "media")}  # fields the layout stage sets again after a cache hit


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


def encode(value):
    """Return *value* (layout boxes, diagnostics, plain values) as JSON-ready plain values."""
    from deckbuild.fonts import Face

    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise Invalid("a number that is not finite")
        return value
    if isinstance(value, tuple):
        return {"T": [encode(v) for v in value]}
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {"D": [[encode(k), encode(v)] for k, v in value.items()]}
    if isinstance(value, Path):
        return {"P": str(value)}
    if isinstance(value, bytes):
        return {"B": base64.b64encode(value).decode("ascii")}
    if isinstance(value, Face):
        return {"F": str(value.path)}
    name = type(value).__name__
    if registry().get(name) is not type(value):
        raise Invalid(f"{name} is not a layout value")
    skip = _SKIP.get(name, ())
    return {"C": name, "f": {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)
                             if f.name not in skip}}


def decode(data):
    """Return the value *data* (from ``encode``) stands for; raise Invalid when it is not well formed."""
    if data is None or isinstance(data, (bool, int, str)):
        return data
    if isinstance(data, float):
        if not math.isfinite(data):
            raise Invalid("a number that is not finite")
        return data
    if isinstance(data, list):
        return [decode(v) for v in data]
    if not isinstance(data, dict) or len(data) not in (1, 2):
        raise Invalid("not a layout value")
    if "T" in data and len(data) == 1 and isinstance(data["T"], list):
        return tuple(decode(v) for v in data["T"])
    if "D" in data and len(data) == 1 and isinstance(data["D"], list):
        pairs = [decode(p) for p in data["D"]]
        if not all(isinstance(p, list) and len(p) == 2 for p in pairs):
            raise Invalid("a mapping that is not a list of pairs")
        try:
            return {k: v for k, v in pairs}
        except TypeError as exc:
            raise Invalid("a mapping key that is not hashable") from exc
    if "P" in data and len(data) == 1 and isinstance(data["P"], str):
        return Path(data["P"])
    if "B" in data and len(data) == 1 and isinstance(data["B"], str):
        try:
            return base64.b64decode(data["B"], validate=True)
        except ValueError as exc:
            raise Invalid("bytes that are not base64") from exc
    if "F" in data and len(data) == 1 and isinstance(data["F"], str):
        from deckbuild.fonts import face_at

        try:
            return face_at(data["F"])
        except (OSError, ValueError) as exc:
            raise Invalid(f"a font that is not usable: {data['F']}") from exc
    if set(data) == {"C", "f"} and isinstance(data["f"], dict):
        return _instance(data["C"], data["f"])
    raise Invalid("not a layout value")


def _instance(name, fields: dict):
    cls = registry().get(name) if isinstance(name, str) else None
    if cls is None:
        raise Invalid(f"{name!r} is not a layout value")
    declared = {f.name: f for f in dataclasses.fields(cls) if f.init}
    wanted = set(declared) - set(_SKIP.get(name, ()))
    if set(fields) != wanted:
        raise Invalid(f"{name} with fields {sorted(fields)}, not {sorted(wanted)}")
    hints = _hints(cls)
    values = {}
    for key, raw in fields.items():
        value = decode(raw)
        if not _fits(value, hints.get(key, typing.Any)):
            raise Invalid(f"{name}.{key} has the wrong type")
        values[key] = value
    try:
        return cls(**values)
    except (TypeError, ValueError) as exc:
        raise Invalid(f"{name}: {exc}") from exc


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
        self._changed: set[str] = set()
        self.hits = self.misses = 0

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
            data = json.loads(body, parse_constant=_refuse)
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
            self._changed.add(digest)
            return None
        self.hits += 1
        self._new.setdefault(digest, {})[key] = entry
        return entry

    def put(self, digest: str, key: tuple, entry) -> None:
        self._new.setdefault(digest, {})[key] = entry

    def dump(self) -> list[tuple[Path, bytes | None]]:
        """Return the files to write (bytes) or delete (None) to keep this build's slides for the next one.

        The caller applies them once the build's outputs are written: a failed build leaves no trace.
        A folder that is a symbolic link is neither written nor cleaned, and only files named as this
        cache names its own are ever deleted.
        """
        from deckbuild.cache import seal

        if self.folder is None or self.folder.is_symlink() or self.folder.parent.is_symlink():
            return []
        out: list[tuple[Path, bytes | None]] = []
        for digest in sorted(self._changed | (self._new.keys() - self._old.keys())):
            if not re.fullmatch(r"[0-9a-f]{40,64}", digest):
                continue
            try:
                entries = [[encode(k), encode(v)] for k, v in self._new.get(digest, {}).items()]
                body = json.dumps({"salt": self.salt, "entries": entries}, separators=(",", ":"),
                                  allow_nan=False)
            except (Invalid, ValueError, TypeError, RecursionError):
                continue
            out.append((self._file(digest), seal(body.encode("utf-8"), FORMAT, VERSION)))
        if _is_plain_dir(self.folder):  # sections that are gone, or were kept with another style or font set
            keep = {self._file(digest).name for digest in self._new}
            for p in sorted(self.folder.iterdir()):
                if p.name not in keep and _NAME.match(p.name) and not p.is_symlink() and p.is_file():
                    out.append((p, None))
        return out


def _refuse(constant: str):
    raise Invalid(f"{constant} is not a number a layout writes")
