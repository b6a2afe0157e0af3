"""The typesetter as it was before the speed work of issue 21, kept as the reference its fast paths must equal.

``ReferenceSetter`` measures every piece again, character by character, and breaks lines with the original
regular expression; ``reference_all_finite`` is the original walk. Tests compare the fast code with these,
float for float.
"""

from __future__ import annotations

import math
import re
from dataclasses import fields, is_dataclass

from deckbuild import shaping
from deckbuild.layout.boxes import Fragment, Line, Marker, Paragraph, Run
from deckbuild.layout.east_asian import RANGES
from deckbuild.layout.text import WRAP_SLACK, Typesetter, _align_offset, baseline_offset

_IDEO = "\u2e80-\u2fff\u3040-\u9fff\uf900-\ufaff\uff01-\uff60"
_BREAKS = re.compile(rf"(?<=[^\S\u00a0\u202f])(?=\S)|(?<=[\w.,;:!?)][-‐–—/])(?=\w)|(?<=[{_IDEO}])(?=\S)|"
                     rf"(?<=\S)(?=[{_IDEO}])")


def reference_words(text: str):
    """Yield (start, end) of the pieces between break opportunities (the original generator)."""
    start = 0
    for m in _BREAKS.finditer(text):
        if m.start() > start:
            yield start, m.start()
            start = m.start()
    if start < len(text):
        yield start, len(text)


def reference_plain_width(face, text: str, size: float) -> float:
    """Return the width of *text* as ``Face.width`` added it: advance by advance, from 0.0."""
    total = 0.0
    for ch in text:
        total += face.advance(ch)
    return total * size


def reference_width(run: Run, text: str) -> float:
    if run.math is not None:
        return run.math.width if text else 0.0
    if shaping.needs_shaping(text):
        return shaping.width(run.face, text, run.size)
    return reference_plain_width(run.face, text, run.size)


class ReferenceSetter(Typesetter):
    """A Typesetter that sets paragraphs with the original code (no memo of paragraphs, words or widths)."""

    @staticmethod
    def _run(buf, face, style, span, bold, italic, east, family=None) -> Run:
        color = span.color or (style.link_color if span.link and style.link_color else style.color)
        return Run(text=buf if isinstance(buf, str) else "".join(buf), face=face,
                   size=round(style.size * span.scale, 2), color=color, bold=bold, italic=italic, code=span.code,
                   link=span.link, field=span.field, east_asian=east, underline=bool(span.link), family=family)

    def runs(self, spans, style):
        return self._make_runs(spans, style)

    def wrap(self, runs, width, shift=None, levels=None):
        text = "".join(r.text for r in runs)
        if not text:
            return [[]]
        if len(runs) == 1 and runs[0].math is None:
            owner = None
            only = runs[0]

            def measure(a: int, b: int) -> float:
                return reference_width(only, text[a:b])
        else:
            owner = []
            for i, r in enumerate(runs):
                owner.extend([i] * len(r.text))

            def measure(a: int, b: int) -> float:
                total, i = 0.0, a
                while i < b:
                    ri = owner[i]
                    j = i
                    while j < b and owner[j] == ri:
                        j += 1
                    total += reference_width(runs[ri], text[i:j])
                    i = j
                return total

        avail = width * WRAP_SLACK
        if measure(0, len(text)) <= avail:
            return [self._reference_fragments(runs, text, owner, 0, len(text), shift, levels)]
        lines: list[tuple[int, int]] = []
        start, line_w = 0, 0.0
        for a, b in reference_words(text):
            core_end = b
            while core_end > a and text[core_end - 1].isspace():
                core_end -= 1
            core, trail = measure(a, core_end), measure(core_end, b)
            if a > start and line_w + core > avail:
                lines.append((start, a))
                start, line_w = a, 0.0
            if core > avail:
                i = a
                while i < core_end and measure(i, core_end) > avail:
                    j = i + 1
                    while j < core_end and measure(i, j + 1) <= avail:
                        j += 1
                    lines.append((i, j))
                    i = j
                start, line_w = i, measure(i, core_end) + trail
            else:
                line_w += core + trail
        lines.append((start, len(text)))
        out = [self._reference_fragments(runs, text, owner, a, b, shift, levels) for a, b in lines]
        for (a, b), frags in zip(lines[:-1], out):  # a line broken at a space ends with it (not drawn wider)
            end = text[b - 1]
            if levels is None and frags and end.isspace() and end not in "\u00a0\u202f" and frags[-1].run.math is None:
                f = frags[-1]
                frags[-1] = Fragment(f.text + " ", f.run, f.x, f.width, f.rtl)
        return out

    @staticmethod
    def _reference_fragments(runs, text, owner, a, b, shift=None, levels=None):
        while b > a and text[b - 1].isspace():
            b -= 1
        pieces = []
        i = a
        while i < b:
            ri = owner[i] if owner is not None else 0
            j = b if owner is None else i
            while j < b and owner[j] == ri:
                j += 1
            if levels is not None:
                k = i + 1
                while k < j and levels[k] == levels[i]:
                    k += 1
                j = k
            run = runs[ri]
            pieces.append((text[i:j], run, reference_width(run, text[i:j]), levels[i] if levels is not None else 0))
            i = j
        if levels is not None:
            pieces = [pieces[k] for k in shaping.visual_order([lv for *_, lv in pieces])]
        x = shift(sum(p[2] for p in pieces)) if shift else 0.0
        frags = []
        for piece, run, w, level in pieces:
            frags.append(Fragment(piece, run, x, w, bool(level % 2)))
            x += w
        return frags

    def paragraph(self, spans, style, width, *, level=0, space_before=0.0, margin_left=0.0, indent=0.0,
                  bullet=None) -> Paragraph:
        runs = self.runs(spans, style)
        text_w = max(width - margin_left, 1.0)
        line_h = round(style.size * style.line_spacing, 2)
        first = runs[0].face if runs else self.face(style.family, style.bold, style.italic)
        align = style.align
        plain = "".join(r.text for r in runs)
        levels = shaping.levels(plain) if shaping.has_rtl(plain) else None
        rtl = bool(levels) and shaping.base_level(plain) == 1
        if rtl and align == "l":
            align = "r"

        def shift(line_w: float) -> float:
            if rtl:
                return _align_offset(align, text_w, line_w)
            return margin_left + _align_offset(align, text_w, line_w)

        offset = baseline_offset(first, style.size, line_h)
        lines = tuple(Line(tuple(frags), k * line_h + offset, sum(f.width for f in frags))
                      for k, frags in enumerate(self.wrap(runs, text_w, shift, levels)))
        marker = None
        if bullet:
            char, color = bullet
            face = next((f for f in self._chain(style.family, False, False) if f.covers(char)), first)
            x = margin_left + indent
            if rtl:
                x = width - x - reference_plain_width(face, char, style.size)
            marker = Marker(char, face, style.size, color, x)
        return Paragraph(runs=runs, lines=lines, level=level, size=style.size, line_height=line_h,
                         space_before=space_before, margin_left=margin_left, indent=indent, align=align,
                         marker=marker, rtl=rtl)


def reference_covers_all(face, text: str) -> bool:
    return face._cmap.keys() >= set(map(ord, text))


_FIELDS: dict = {}
SKIPPED = frozenset({"model", "slide", "extra", "runs", "run", "face", "shape", "owner", "series"})
_ATOMS = (str, int, bytes, type(None))


def reference_all_finite(obj) -> bool:
    """Return True when every number in *obj* is finite (the original walk of bounds.all_finite)."""
    stack = [obj]
    while stack:
        item = stack.pop()
        kind = type(item)
        if kind is float:
            if not math.isfinite(item):
                return False
        elif kind is tuple or kind is list:
            stack.extend(item)
        elif isinstance(item, _ATOMS):
            continue
        else:
            names = _FIELDS.get(kind)
            if names is None:
                if not is_dataclass(item) or isinstance(item, type):
                    continue
                names = _FIELDS[kind] = tuple(f.name for f in fields(item) if f.name not in SKIPPED)
            for name in names:
                value = getattr(item, name)
                if type(value) is float:
                    if not math.isfinite(value):
                        return False
                elif not isinstance(value, _ATOMS):
                    stack.append(value)
    return True


_EAST_ASIAN = re.compile(RANGES)

__all__ = ["ReferenceSetter", "_EAST_ASIAN", "reference_all_finite", "reference_covers_all", "reference_plain_width",
           "reference_words"]
