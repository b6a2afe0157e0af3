"""Handout text kept by the handout memo (layout/handout_memo.py), read back when first used: placing a kept
paragraph needs only its numbers (how many lines, how tall, its space above), so its runs and lines are left
as the bytes of the memo's file until a painter draws it or a page cut splits it. An edit then decodes the
text of the pages it repaints, not the wrapped notes of the whole deck.

A kept paragraph is a ``Paragraph`` whose ``runs`` and ``lines`` are ``Kept`` sequences: like the tuples they
stand for (length without reading, iterating, indexing, equality), with ``math`` telling, without reading,
whether a fragment of the lines is an inline formula. The numbers come from the memo file's first line
(``shape``), the runs and lines from the rest (``texts``), checked to be as many as the shape says (else the
item is set again, as a clean build sets it).
"""

from __future__ import annotations

from collections.abc import Sequence

from deckbuild.layout.box_new import new_paragraph
from deckbuild.layout.boxes import Marker, Paragraph
from deckbuild.layout.codec import Invalid, loads
from deckbuild.layout.handout.flow import Heading, Trailer

WRAPS = (None, Heading, Trailer)  # how an item holds its paragraph, by the number its shape says
_FIELDS = 12  # level, size, line_height, space_before, margin_left, indent, align, marker, top, lang, rtl, tag


def _para(item):
    """Return the paragraph of *item* (a paragraph, or a Heading or Trailer holding one)."""
    return item.para if type(item) in (Heading, Trailer) else item


def _fields(p) -> list:
    """Return the fields of paragraph *p* a shape holds besides its counts (``_FIELDS`` of them)."""
    return [p.level, p.size, p.line_height, p.space_before, p.margin_left, p.indent, p.align, p.marker, p.top,
            p.lang, p.rtl, p.tag]


def shape(items: list) -> list:
    """Return what placing *items* (paragraphs, Headings, Trailers) needs of them, for a memo file's first line:
    per item [how it is wrapped, its line and run counts, whether its lines hold a formula, its other fields]."""
    out = []
    for item in items:
        wrap = WRAPS.index(type(item)) if type(item) in WRAPS else 0
        p = item.para if wrap else item
        runs = p.runs  # (a kept paragraph's say without being read back)
        math = runs.math if type(runs) is Kept else any(run.math is not None for run in runs)
        out.append([wrap, len(p.lines), len(p.runs), math, *_fields(p)])
    return out


def checked_shape(value, decode) -> list | None:
    """Return *value* (a ``shape`` as a memo file's first line holds it) with its markers decoded by *decode*,
    or None when it is not one."""
    if type(value) is not list:
        return None
    for item in value:
        if not (type(item) is list and len(item) == 4 + _FIELDS and type(item[0]) is int and 0 <= item[0] <= 2
                and type(item[1]) is int and type(item[2]) is int and item[1] >= 0 and item[2] >= 0
                and type(item[3]) is bool):
            return None
        if item[11] is not None:
            item[11] = marker = decode(item[11])
            if type(marker) is not Marker:
                return None
    return value


class KeptFile:
    """The items of one memo file's entries, left as *data* (the bytes after its first line: a JSON array of
    each entry's items) until one is first used; *decode* returns the file's decoder of them."""

    def __init__(self, data: bytes, decode, count: int):
        self._data, self._decode, self._count = data, decode, count
        self._values: list | None = None
        self.damaged = False  # what it holds was not what its first line says: the file is written again
        self.left_out = not data  # its text was not kept (HandoutMemo.keep_text): it is set again when used

    def entry(self, index: int) -> list | None:
        """Return the items of the *index*-th entry, decoded with every other (None: it could not be read)."""
        if self._values is None:
            try:
                values = loads(self._data)
                if not (type(values) is list and len(values) == self._count):
                    raise Invalid("not the memo's entries")
                decode = self._decode()  # the entries share one space of references, read in order
                values = [decode(value) for value in values]
            except (ValueError, TypeError, RecursionError):  # Invalid is a ValueError
                values = [None] * self._count
            self._values, self._data = values, None
        return self._values[index]


class KeptEntry:
    """One kept entry: its *shape*, where in *file* its items are, and *again*, which sets them afresh."""

    __slots__ = ("file", "index", "shape", "again", "_items")

    def __init__(self, file: KeptFile, index: int, shape: list, again):
        self.file, self.index, self.shape, self.again = file, index, shape, again
        self._items: list | None = None

    def paragraphs(self) -> list:
        """Return the entry's items as placed (runs and lines Kept, read when used), from its shape."""
        out = []
        for k, item in enumerate(self.shape):
            para = new_paragraph(Kept(self, k, 0, item[2], item[3]), Kept(self, k, 1, item[1], item[3]), *item[4:])
            out.append(WRAPS[item[0]](para) if item[0] else para)
        return out

    def items(self) -> list:
        """Return the entry's items read back (or, when the file does not hold its shape's, set again)."""
        if self._items is None:
            got = None if self.file.left_out else _built(self.file.entry(self.index), self.shape)
            if got is None:
                self.file.damaged = self.file.damaged or not self.file.left_out
                got = self.again()
                if not _fits(got, self.shape):
                    raise AssertionError("handout text set again is not what the memo kept of it")
            self._items, self.file, self.again = got, None, None
        return self._items


def _built(texts, shape: list) -> list | None:
    """Return the items of *shape* made with *texts* (each paragraph's runs and lines, as ``texts`` kept them),
    or None when *texts* are not as many as the shape says."""
    if not (type(texts) is list and len(texts) == len(shape)):
        return None
    out = []
    for text, want in zip(texts, shape):
        if not (type(text) is tuple and len(text) == 2 and type(text[0]) is tuple and type(text[1]) is tuple
                and len(text[0]) == want[2] and len(text[1]) == want[1]):
            return None
        para = new_paragraph(text[0], text[1], *want[4:])
        out.append(WRAPS[want[0]](para) if want[0] else para)
    return out


def texts(items: list) -> list:
    """Return the runs and lines of each paragraph of *items*: what a memo file holds after its first line."""
    return [(p.runs, p.lines) for p in map(_para, items)]


def _fits(items, shape: list) -> bool:
    """Return True when *items* are paragraphs of *shape* (a signed file's, or what the layout sets again)."""
    if not (type(items) is list and len(items) == len(shape)):
        return False
    for item, want in zip(items, shape):
        wrap = WRAPS[want[0]]
        p = item.para if wrap is not None and type(item) is wrap else item
        if not (type(p) is Paragraph and (wrap is None) == (p is item) and type(p.lines) is tuple
                and type(p.runs) is tuple and len(p.lines) == want[1] and len(p.runs) == want[2]
                and _fields(p) == want[4:]):
            return False
    return True


class Kept(Sequence):
    """The *n* runs (*field* 0) or lines (1) of the *k*-th paragraph of *entry*, read back when first used."""

    __slots__ = ("_entry", "_k", "_field", "_n", "math", "_made")

    def __init__(self, entry: KeptEntry, k: int, field: int, n: int, math: bool):
        self._entry, self._k, self._field, self._n, self.math = entry, k, field, n, math
        self._made: tuple | None = None

    @property
    def made(self) -> bool:
        """Return True when the values have been read back."""
        return self._made is not None

    def values(self) -> tuple:
        """Return the runs or lines as a tuple, reading the entry back first when they are not yet."""
        if self._made is None:
            p = _para(self._entry.items()[self._k])
            self._made = p.runs if self._field == 0 else p.lines
        return self._made

    def __len__(self) -> int:
        return self._n

    def __bool__(self) -> bool:
        return self._n > 0

    def __getitem__(self, index):
        return self.values()[index]

    def __iter__(self):
        return iter(self.values())

    def __eq__(self, other) -> bool:
        if type(other) is Kept:
            return other is self or self.values() == other.values()
        return self.values() == other if type(other) is tuple else NotImplemented

    def __hash__(self) -> int:
        return hash(self.values())

    def __add__(self, other):
        return self.values() + (other.values() if type(other) is Kept else other)

    def __radd__(self, other):
        return other + self.values()

    def __repr__(self) -> str:
        return repr(self.values())


def real_items(items: list) -> list:
    """Return *items* with every kept paragraph read back (for a memo file written again)."""
    first = _para(items[0]) if items else None
    if first is not None and type(first.lines) is Kept:
        return first.lines._entry.items()
    return items
