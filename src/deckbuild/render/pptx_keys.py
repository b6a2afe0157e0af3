"""What a slide's parts in the deck depend on, as a digest: the key of its finished zip entries (pptx_reuse).

A slide's key covers every field of its boxes the PowerPoint painter can read (dataclass fields, walked
generically: a field added later is covered without a change here), the bytes of the pictures they name,
the slide's notes, language and background, its slide layout, the names its parts get, and the package and
painter it is painted into. The fields the painter never reads are left out (``SKIPPED``): the lines of a
paragraph (PowerPoint breaks them), the vector drawing of a chart (the handout's), the handout's own page
fields. Walking those would cost more than painting the slide; a test proves the painter ignores them.
Boxes the layout cache made (``layout.lazy.Boxes``) are not walked: their key covers what they are made from,
the bytes of their pictures among it, so a slide read back is keyed without being decoded.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import operator
import pickle
import re
from pathlib import Path

from deckbuild.layout.lazy import Boxes

# (class name, field) the PowerPoint painter never reads
SKIPPED = frozenset({("Paragraph", "lines"), ("ChartBox", "drawing")})
# the fields of a SlidePage the painter reads (the rest are the handout's: its title, sources, printed slide…)
PAGE_FIELDS = ("boxes", "notes", "lang", "own_background", "background", "reveal", "media")
_FACE, _PATH = object(), object()  # how a face and a file are read
_PLAIN = frozenset({str, int, float, bool, type(None)})
_PLAIN_NAMES = frozenset({"str", "int", "float", "bool", "None", "tuple"})
_WORDS = re.compile(r"[A-Za-z_][\w.]*")
_BARE_TUPLE = re.compile(r"\btuple\b(?!\[)")  # a tuple of anything
_LIST = b"list"


def digest(value) -> str:
    """Return the SHA-256 of *value* (nested lists, tuples and dicts of str, int, float, bool and None), hex.

    The value is serialized by pickle without its memo (equal values give equal bytes however their objects
    are shared), only to be hashed: nothing is ever unpickled. Its floats are written exactly, in binary,
    which costs a fifth of writing them as text.
    """
    out = io.BytesIO()
    pickler = pickle.Pickler(out, protocol=4)
    pickler.fast = True  # no memo: the bytes depend on the values alone
    pickler.dump(value)
    return hashlib.sha256(out.getvalue()).hexdigest()


class Unkeyable(Exception):
    """A box holds a value whose content this module cannot tell apart (the slide is then painted)."""


def _plain_type(annotation) -> bool:
    """Return True when a field declared *annotation* holds plain values: str, int, float, bool, None, or tuples
    of them (pickle writes any value it holds completely; the others are walked, to key faces and files)."""
    return (isinstance(annotation, str) and set(_WORDS.findall(annotation)) <= _PLAIN_NAMES
            and not _BARE_TUPLE.search(annotation))


def _getter(names: list[str]):
    """Return a function giving the tuple of the fields *names* of an object."""
    if not names:
        return lambda value: ()
    get = operator.attrgetter(*names)
    return get if len(names) > 1 else (lambda value: (get(value),))


class SlideKeys:
    """Makes the keys of one deck's slides, remembering faces and pictures met before."""

    def __init__(self, identity: str):
        self.identity = identity  # the package and the painter's code
        self._faces: dict[int, tuple] = {}
        self._files: dict[str, tuple] = {}
        self._fields: dict[type, object] = {}

    def key(self, page, layout, names: tuple) -> str | None:
        """Return the hex key of *page* painted on *layout* (its target and placeholders) with part *names*, or
        None when a box holds a value this module cannot key."""
        out: list = [self.identity, names, layout.target, sorted(layout.placeholders.items())]
        try:
            for name in PAGE_FIELDS:
                value = getattr(page, name)
                if type(value) is Boxes:  # boxes made by the layout cache: their key stands for them
                    out += [b"boxes", value.key]
                    continue
                self._add(value, out)
            return digest(out)
        except (Unkeyable, pickle.PicklingError, TypeError, AttributeError):
            return None

    def _add(self, value, out: list) -> None:
        """Append *value* to *out* as plain values: a list or tuple as a mark and its length, then its items; an
        object of a dataclass as its class's mark, the tuple of its fields of plain types (declared so:
        strings, numbers, booleans, None and tuples of them, which pickle writes as they are), then each
        other field (marks are bytes, which no field holds)."""
        t = type(value)
        if t in _PLAIN:
            out.append(value)
            return
        if t is tuple or t is list:
            out.append(_LIST)
            out.append(len(value))
            for v in value:
                if type(v) in _PLAIN:
                    out.append(v)
                else:
                    self._add(v, out)
            return
        read = self._fields.get(t)
        if read is None:
            read = self._fields_of(t, value)
        if type(read) is type:  # a number or string of a class of its own (numpy's float64): its class and value
            out.append(f"{t.__module__}.{t.__qualname__}".encode())
            out.append(read(value))
        elif read is _FACE:
            out.append(self._face(value))
        elif read is _PATH:
            out.append(self._file(value))
        else:
            mark, plain, other = read
            out.append(mark)
            out.append(plain(value))
            for v in other(value):
                if type(v) in _PLAIN:
                    out.append(v)
                else:
                    self._add(v, out)

    def _fields_of(self, t: type, value):
        """Return how to read a value of type *t*: its fields (all but SKIPPED) at once, or a marker."""
        if t.__name__ == "Face" and t.__module__ == "deckbuild.fonts":
            read = _FACE
        elif isinstance(value, Path):
            read = _PATH
        elif isinstance(value, (bool, int, float, str)):
            read = next(base for base in (bool, int, float, str) if isinstance(value, base))
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            fields = [f for f in dataclasses.fields(value) if (t.__name__, f.name) not in SKIPPED]
            plain = [f.name for f in fields if _plain_type(f.type)]
            read = (f"{t.__module__}.{t.__qualname__}".encode(), _getter(plain),
                    _getter([f.name for f in fields if not _plain_type(f.type)]))
        else:  # an object of its own: what it holds cannot be told
            raise Unkeyable(t.__name__)
        self._fields[t] = read
        return read

    def _face(self, face) -> tuple:
        """Return what a face is to the painter: its file (as read), names and the metrics it measures with."""
        got = self._faces.get(id(face))
        if got is None:
            got = self._faces[id(face)] = (b"face", str(face.path), face.stamp, face.family, face.style, face.panose,
                                           face.units_per_em, face.ascent, face.descent)
        return got

    def _file(self, path: Path) -> tuple:
        """Return a picture's path and the digest of its bytes (an edited picture is painted again)."""
        name = str(path)
        got = self._files.get(name)
        if got is None:
            try:
                data = path.read_bytes()
            except OSError:
                raise Unkeyable(name) from None
            got = self._files[name] = (b"path", name, hashlib.sha256(data).hexdigest())
        return got
