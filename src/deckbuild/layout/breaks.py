"""Where a paragraph's text may break, and how wide each piece between breaks is in ems.

Worked out once for a text and its runs' faces (``measured``) and used at every size and width the text is
set at: fitting tries several sizes, and a handout sets notes beside a miniature and then under it. A width
in points is always an em width times the run's size, computed exactly as ``text._width`` does, so a
line breaks where it would if every piece were measured again.
"""

from __future__ import annotations

import re

from deckbuild import shaping

_IDEO = "\u2e80-\u2fff\u3040-\u9fff\uf900-\ufaff\uff01-\uff60"
BREAKS = re.compile(rf"(?<=[^\S\u00a0\u202f])(?=\S)|(?<=[\w.,;:!?)][-‐–—/])(?=\w)|(?<=[{_IDEO}])(?=\S)|"
                    rf"(?<=\S)(?=[{_IDEO}])")
"""A break opportunity: after white space (not a no-break space), after a hyphen, dash or slash between
words, and before or after an ideograph."""
_BEFORE_BREAK = re.compile(r"[^\S\u00a0\u202f](?=\S)|(?<=[\w.,;:!?)])[-‐–—/](?=\w)")
"""The character just before each break of BREAKS in a text without ideographs (cheaper to find)."""
_IDEOGRAPH = re.compile(f"[{_IDEO}]")
CACHE_LIMIT = 2048  # texts kept (what fitting one slide or placing one handout item sets again is recent)


def words(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of the pieces of *text* between break opportunities; trailing spaces stay on the piece."""
    if _IDEOGRAPH.search(text):
        cuts = [m.start() for m in BREAKS.finditer(text)]
    else:
        cuts = [m.end() for m in _BEFORE_BREAK.finditer(text)]
    out, start = [], 0
    for cut in cuts:
        if cut > start:
            out.append((start, cut))
            start = cut
    if start < len(text):
        out.append((start, len(text)))
    return out


def ems(face, text: str) -> float:
    """Return the width of *text* in *face* in ems: shaped when it needs shaping, else the advance widths."""
    if shaping.needs_shaping(text):
        return shaping.width(face, text, 1.0)
    return face.ems(text)


class Measured:
    """A text's pieces between breaks, each as (start, end of its core, end, core ems, trailing-space ems).

    With one run (``single``) an ems value is a float; otherwise it is a tuple of (run index, ems) terms, one
    per run the piece crosses, with None for an inline formula (as wide as the formula at its size).
    *whole* is the whole text's value of the same kind.
    """

    __slots__ = ("single", "whole", "_runs", "_text", "_owner", "_words")

    def __init__(self, runs, text: str, owner: list[int] | None):
        self.single = owner is None
        self._runs, self._text, self._owner, self._words = runs, text, owner, None
        if self.single:
            face = runs[0].face
            self.whole = face.ems(text) if not shaping.needs_shaping(text) else ems(face, text)
        else:
            self.whole = self._terms(0, len(text), not shaping.needs_shaping(text))

    @property
    def words(self) -> list[tuple]:
        """Return the pieces (measured when first asked for: text that fits on one line needs none)."""
        if self._words is None:
            text, plain = self._text, not shaping.needs_shaping(self._text)
            pieces = []
            if self.single:
                face = self._runs[0].face
                measure = face.ems if plain else (lambda piece: ems(face, piece))
                for a, b in words(text):
                    core = text[a:b].rstrip()
                    ce = a + len(core)
                    pieces.append((a, ce, b, measure(core), measure(text[ce:b])))
            else:
                for a, b in words(text):
                    ce = a + len(text[a:b].rstrip())
                    pieces.append((a, ce, b, self._terms(a, ce, plain), self._terms(ce, b, plain)))
            self._words = pieces
        return self._words

    def _terms(self, a: int, b: int, plain: bool) -> tuple:
        """Return ``text[a:b]`` as (run index, ems) terms, one per run it crosses (None for a formula)."""
        runs, text, owner = self._runs, self._text, self._owner
        terms, i = [], a
        while i < b:
            ri = owner[i]
            j = i
            while j < b and owner[j] == ri:
                j += 1
            run = runs[ri]
            piece = text[i:j]
            terms.append((ri, None if run.math is not None else run.face.ems(piece) if plain else ems(run.face, piece)))
            i = j
        return tuple(terms)


def points(terms: tuple, runs) -> float:
    """Return the width in points of a piece measured as *terms* (see Measured) in *runs*, summed in order."""
    total = 0.0
    for ri, value in terms:
        run = runs[ri]
        total += run.math.width if value is None else value * run.size
    return total


def measured(cache: dict, runs, text: str, owner: list[int] | None) -> Measured:
    """Return the Measured of *text* set in *runs* (its characters' run indexes in *owner*, None for one run),
    from *cache* when the same text was measured in the same faces before."""
    key = (text, runs[0].face) if owner is None else (text, tuple((len(r.text), r.face, r.math is None) for r in runs))
    found = cache.get(key)
    if found is None:
        if len(cache) >= CACHE_LIMIT:
            cache.clear()
        found = cache[key] = Measured(runs, text, owner)
    return found
