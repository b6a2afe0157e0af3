"""What a handout page is made from, as a key found without walking what it holds: the handout painter
keeps each page's painting by it (render/pdf_pages.py), so an edit repaints only the pages whose content
changed and reads back no unchanged slide's boxes.

A page's key covers every box on it, each told cheaply:

- a slide's miniature by its place and its slide's ``Boxes.key`` (layout/lazy.py: the digest of everything
  the slide's boxes are made from), background, size, number, title and underlay;
- a text frame by its place and its paragraphs: a paragraph set by the handout memo (layout/handout_memo.py)
  by the memo's key of the item it belongs to, one cut between pages by that key and the cut, any other
  (running heads, page numbers, the cover) by its value;
- rules and rectangles by their value (every field).

Anything else (pictures, tables or charts placed on the page itself) leaves the page without a key: it is
painted on every build. The key also holds the page's number and size, its bookmarks and the memo's salt
(style, fonts, template, code, handout layout, citation numbers).
"""

from __future__ import annotations

import hashlib
from dataclasses import fields
from operator import attrgetter

from deckbuild.layout.boxes import Miniature, Rect, Rule, TextFrame
from deckbuild.layout.lazy import Boxes

_FIELDS = {kind: attrgetter(*(f.name for f in fields(kind))) for kind in (Rule, Rect)}  # each a tuple of all fields


class PageKeys:
    """The keys of one handout's pages, from the paragraphs the memo gave (``note``) and the cuts made
    (``split``), salted with *salt*."""

    def __init__(self, salt: str):
        self.salt = salt
        self._known: dict[int, tuple[str, tuple, object]] = {}  # id of a paragraph's lines → (its key, what it was set with, the paragraph)
        self._underlays: dict[int, tuple[str, tuple]] = {}  # id of an underlay → (its value, the underlay)

    def note(self, key: str, para) -> None:
        """Remember that *para* (a paragraph, or a Heading or Trailer holding one) is what *key* names.

        A paragraph set once for several items (the same text at the same width) keeps the key it was first
        noted with: every key it was noted with names it, and the first is the same on every build that
        shares it alike (one that does not misses its kept pages: they are painted, never wrong)."""
        para = getattr(para, "para", para)
        if para.lines and id(para.lines) not in self._known:  # the empty tuple is every line-less paragraph's
            self._known[id(para.lines)] = (key, _made(para), para)

    def known(self, para) -> str | None:
        """Return the key of *para* when it is a noted paragraph, or one placed from it (the same runs, lines and
        marker: ``stack`` and a cut page's first paragraph change only its space above and its top), else None."""
        hit = self._known.get(id(para.lines)) if para.lines else None
        return hit[0] if hit is not None and hit[1] == _made(para) else None

    def split(self, para, head, tail, k: int) -> None:
        """Name *head* and *tail*, the parts of *para* cut after its first *k* lines, after *para*'s key."""
        key = self.known(para)
        if key is not None:
            self.note(f"{key}<{k}", head)
            self.note(f"{key}>{k}", tail)

    def page(self, number: int, width: float, height: float, boxes, bookmarks) -> str | None:
        """Return the key of a page holding *boxes* (None: a box it cannot tell without walking it)."""
        parts: list = [self.salt, number, width, height, bookmarks]
        known = self.known
        for box in boxes:
            kind = box.__class__
            if kind is TextFrame:
                parts += (box.x, box.y, box.w, box.h, box.role, box.anchor, box.placeholder, box.content_height,
                          box.rotation)
                for p in box.paragraphs:
                    parts += (known(p) or self._value(p), p.space_before, p.top)
                parts.append("/")
            elif kind is Miniature:
                slide = box.slide
                if not isinstance(slide.boxes, Boxes):
                    return None
                parts.append(("M", box.x, box.y, box.w, box.h, box.border, slide.boxes.key, slide.width, slide.height,
                              slide.background, slide.number, slide.title, self._underlay(slide.underlay)))
            elif kind is Rule or kind is Rect:
                parts.append((kind.__name__, *_FIELDS[kind](box)))  # every field of it (dataclass repr is slow)
            else:
                return None
        return hashlib.sha256(repr(parts).encode()).hexdigest()

    def _value(self, para) -> str:
        """Return the digest of *para*'s value (and remember it: the same paragraph is met on every page)."""
        digest = "=" + hashlib.sha256(repr(para).encode()).hexdigest()
        self.note(digest, para)
        return digest

    def _underlay(self, underlay: tuple) -> str:
        hit = self._underlays.get(id(underlay))
        if hit is None:
            hit = self._underlays[id(underlay)] = (repr(underlay), underlay)
        return hit[0]


def _made(para) -> tuple:
    """Return what of *para* it was set with, beside its lines (its space above and top are where it is placed):
    ``stack`` and the first paragraph of a continued page keep these (the runs and marker as the same objects)."""
    return (para.runs, para.marker, para.level, para.size, para.line_height, para.margin_left, para.indent,
            para.align, para.lang, para.rtl, para.tag)
