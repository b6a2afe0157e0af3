"""Where a paragraph's text may break, and how wide each piece between breaks is in ems.

Worked out once for a text and its runs' faces (``measured``) and used at every size and width the text is
set at: fitting tries several sizes, and a handout sets notes beside a miniature and then under it. A width
in points is always an em width times the run's size, computed exactly as ``text._width`` does, so a
line breaks where it would if every piece were measured again.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache, reduce
from itertools import accumulate
from operator import add, sub

from deckbuild import shaping
from deckbuild.layout.box_new import new_fragment

_IDEO = "\u2e80-\u2fff\u3040-\u9fff\uf900-\ufaff\uff01-\uff60"
_BEFORE_BREAK = re.compile(r"[^\S\u00a0\u202f](?=\S)|(?<=[\w.,;:!?)])[-‐–—/](?=\w)")
"""The character just before each break of ``ideographic()`` in a text without ideographs (cheaper to find)."""


@lru_cache(maxsize=None)
def ideographic() -> tuple[re.Pattern, re.Pattern]:
    """Return the break opportunities of any text (after white space, not a no-break space; after a hyphen,
    dash or slash between words; before or after an ideograph) and an ideograph, compiled when a text that
    may hold one is first broken (their ranges of ideographs take 9 ms to compile)."""
    return (re.compile(rf"(?<=[^\S\u00a0\u202f])(?=\S)|(?<=[\w.,;:!?)][-‐–—/])(?=\w)|(?<=[{_IDEO}])(?=\S)|"
                       rf"(?<=\S)(?=[{_IDEO}])"),
            re.compile(f"[{_IDEO}]"))


CACHE_LIMIT = 2048  # texts kept (what fitting one slide or placing one handout item sets again is recent)


def cut_points(text: str) -> list[int]:
    """Return where *text* may break (``ideographic()``), in order; every one is inside the text."""
    if not text.isascii() and max(text) >= _IDEO[0]:  # (no ideograph is below the first)
        breaks, ideograph = ideographic()
        if ideograph.search(text):
            return list(map(_START, breaks.finditer(text)))
    return list(map(_END, _BEFORE_BREAK.finditer(text)))


_START, _END = re.Match.start, re.Match.end  # (m.start() of each match, as a map calls it)


def pieces(text: str) -> tuple[list[int], list[int], list[int]]:
    """Return the starts, the ends of the cores (without trailing white space) and the ends of the pieces of
    *text* between break opportunities, as ``cut_points`` finds them (of "" one empty piece)."""
    if prose(text):
        return _prose_pieces(text, text.rstrip(" ").split(" "))
    cuts = cut_points(text)
    starts, ends = [0, *cuts], [*cuts, len(text)]
    return starts, [a + len(text[a:b].rstrip()) for a, b in zip(starts, ends)], ends


def prose(text: str) -> bool:
    """Return True for the usual prose: ASCII whose white space is single spaces, without a hyphen or a slash (so
    every space before a non-space is a break, and nothing else)."""
    return text.isascii() and text.isprintable() and "  " not in text and "-" not in text and "/" not in text


def _prose_pieces(text: str, words: list[str]) -> tuple[list[int], list[int], list[int]]:
    """Return ``pieces(text)`` of prose *text* from its *words* (``text.rstrip(" ").split(" ")``)."""
    ends = list(accumulate(map(_ONE_MORE, map(len, words))))  # each with its space
    cores = list(map(_ONE_LESS, ends))  # the last has no space: its end is one less, its core's end
    starts = [0, *ends]
    starts.pop()
    ends[-1] = len(text)  # with the trailing spaces
    return starts, cores, ends


_ONE_MORE, _ONE_LESS = (1).__add__, (-1).__add__


def prose_measured(face, text: str) -> tuple[list[tuple], list[int], list[int], list[float]]:
    """Return the pieces of prose *text* in *face*, whose sums are exact (``Measured.words``), their starts and
    core ends, and the running sums of the ems at those: start, core end, start, … and the text's end.

    A word's core is measured whole (``Face.ems``, remembered by word), each space is the space's advance."""
    stripped = text.rstrip(" ")
    words = stripped.split(" ")
    core = face.ems_each(words)
    space = face.advance(" ")
    trail = [space] * len(words)
    if len(stripped) == len(text):  # (else the one space after the last word)
        trail[-1] = 0.0
    steps = [space] * (2 * len(words))
    steps[0::2] = core
    steps[-1] = trail[-1]
    starts, cores, ends = _prose_pieces(text, words)
    return list(zip(starts, cores, ends, core, trail)), starts, cores, list(accumulate(steps, initial=0.0))


def words(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of the pieces of *text* between break opportunities; trailing spaces stay on the piece."""
    if not text:
        return []
    starts, _, ends = pieces(text)
    return list(zip(starts, ends))


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

    __slots__ = ("single", "plain", "whole", "_runs", "_text", "_owner", "_words", "_advances", "_running", "_bounds")

    def __init__(self, runs, text: str, owner: list[int] | None):
        self.single = owner is None
        self.plain = not shaping.needs_shaping(text)  # no piece is shaped: advance widths only
        self._runs, self._text, self._owner, self._words = runs, text, owner, None
        self._advances = self._running = self._bounds = None
        if self.single and self.plain:  # the advances, added as Face.ems adds them; kept for the pieces
            face = runs[0].face
            if face.exact_sums and prose(text):  # measured by word, summed at the words' bounds
                self._words, starts, cores, self._running = prose_measured(face, text)
                self._bounds = (starts, cores)
                self.whole = self._running[-1]
            elif face.exact_sums:  # any range's sum is a difference of two running sums
                self._running = face.running_ems(text)
                self.whole = self._running[-1]
            else:
                self._advances = face.advances(text)
                self.whole = reduce(add, self._advances, 0.0)
        elif self.single:
            self.whole = ems(runs[0].face, text)
        else:
            self.whole = self._terms(0, len(text))

    @property
    def words(self) -> list[tuple]:
        """Return the pieces (measured when first asked for: text that fits on one line needs none)."""
        if self._words is None:
            text = self._text
            starts, cores, ends = pieces(text)
            if self._running is not None:
                at = self._running.__getitem__
                from_start, to_core = list(map(at, starts)), list(map(at, cores))
                self._words = list(zip(starts, cores, ends, map(sub, to_core, from_start),
                                       map(sub, map(at, ends), to_core)))
            elif self._advances is not None:
                adv = self._advances
                self._words = [(a, ce, b, reduce(add, adv[a:ce], 0.0),
                                adv[ce] if b - ce == 1 else reduce(add, adv[ce:b], 0.0))  # 0.0 + x is x: x >= 0
                               for a, ce, b in zip(starts, cores, ends)]
            elif self.single:
                face = self._runs[0].face
                self._words = [(a, ce, b, ems(face, text[a:ce]), ems(face, text[ce:b]))
                               for a, ce, b in zip(starts, cores, ends)]
            else:
                terms = self._terms
                self._words = [(a, ce, b, terms(a, ce), terms(ce, b)) for a, ce, b in zip(starts, cores, ends)]
        return self._words

    def ems_between(self, _text: str, a: int, b: int) -> float:
        """Return the width in ems of ``text[a:b]`` of a single, plain text: its advance widths added in order,
        as ``Face.ems`` adds them (with exact sums, the same float as the difference of two running sums)."""
        if self._bounds is not None:  # running sums at word starts and core ends (prose_measured)
            starts, cores = self._bounds
            i, j = bisect_left(starts, a), bisect_left(cores, b)
            if i < len(starts) and starts[i] == a and j < len(cores) and cores[j] == b:
                return self._running[2 * j + 1] - self._running[2 * i]
            return self._runs[0].face.ems(self._text[a:b])  # (inside a word: exact sums, any order)
        if self._running is not None:
            return self._running[b] - self._running[a]
        return reduce(add, self._advances[a:b], 0.0)

    def _terms(self, a: int, b: int) -> tuple:
        """Return ``text[a:b]`` as (run index, ems) terms, one per run it crosses (None for a formula)."""
        runs, text, owner, plain = self._runs, self._text, self._owner, self.plain
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


def greedy(known: Measured, runs, text: str, owner: list[int] | None, avail: float) -> list[tuple[int, int]]:
    """Return the (start, end) of the lines of *text* (measured as *known*) broken greedily at its breaks, each
    no wider than *avail* points; a word longer than a line is broken between characters."""
    lines: list[tuple[int, int]] = []
    start, line_w, size, single = 0, 0.0, runs[0].size, known.single
    for a, core_end, _, core, trail in known.words:
        if single:
            core, trail = core * size, trail * size
        else:
            core, trail = points(core, runs), points(trail, runs)
        if a > start and line_w + core > avail:
            lines.append((start, a))
            start, line_w = a, 0.0
        if core > avail:  # a word longer than a line: break it between characters
            i = a
            while i < core_end and measure(runs, text, owner, i, core_end) > avail:
                j = i + 1
                while j < core_end and measure(runs, text, owner, i, j + 1) <= avail:
                    j += 1
                lines.append((i, j))
                i = j
            start, line_w = i, measure(runs, text, owner, i, core_end) + trail
        else:
            line_w += core + trail
    lines.append((start, len(text)))
    return lines


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


def width_of(run, text: str) -> float:
    """Return the width of *text* (part of *run*) in points; an inline formula's run is the formula's width."""
    if run.math is not None:
        return run.math.width if text else 0.0
    if shaping.needs_shaping(text):  # joined and reordered glyphs: as wide as HarfBuzz sets them
        return shaping.width(run.face, text, run.size)
    return run.face.ems(text) * run.size


def measure(runs, text: str, owner: list[int] | None, a: int, b: int) -> float:
    """Return the width of ``text[a:b]``: the sum, in order, of its pieces in each run (*owner*: the run
    of every character, None when there is one run)."""
    if owner is None:
        return width_of(runs[0], text[a:b])
    total, i = 0.0, a
    while i < b:
        ri = owner[i]
        j = i
        while j < b and owner[j] == ri:
            j += 1
        total += width_of(runs[ri], text[i:j])
        i = j
    return total


def spaced(text: str, lines: list[tuple[int, int]], frags: list[list]) -> None:
    """End each of *frags*' lines that *text* breaks at a space (its range in *lines*) with that space: it is
    drawn where the line ends, invisible and outside the line's width, so that text read back from the page
    (by a screen reader, a search, a copy) keeps the two words apart. Not a line cut inside a word, one
    ending in a formula, or the last."""
    for (_, b), line in zip(lines, frags[:-1]):
        end = text[b - 1] if line else ""
        if end.isspace() and end not in "\u00a0\u202f" and line[-1].run.math is None:
            last = line[-1]
            line[-1] = new_fragment(last.text + " ", last.run, last.x, last.width, last.rtl)


def one_run_lines(run, text: str, lines: list[tuple[int, int]], shift, known: Measured | None) -> list[list]:
    """Return the fragments of *lines* (ranges of *text*, one run that needs no shaping, set in one direction):
    one a line, as wide as its text without trailing white space (``known.ems_between``, or ``Face.ems`` without
    *known*), x ``shift(width)`` when given, and ended with a space where ``spaced`` ends a line with one."""
    size, last, out = run.size, len(lines) - 1, []
    ems_between = known.ems_between if known is not None else None
    for k, (a, b) in enumerate(lines):
        piece = text[a:b].rstrip()
        if not piece:
            out.append([])
            continue
        w = (ems_between(text, a, a + len(piece)) if ems_between else run.face.ems(piece)) * size
        if k < last and len(piece) < b - a and text[b - 1] not in "\u00a0\u202f":  # text[b - 1] is white space
            out.append([new_fragment(piece + " ", run, shift(w) if shift else 0.0, w, False)])
        else:
            out.append([new_fragment(piece, run, shift(w) if shift else 0.0, w, False)])
    return out
