"""Setting text: choosing a font for every character, measuring, wrapping, stacking paragraphs.

Widths come from the font files' own advance widths (no kerning, so a renderer that kerns can only
need less room than we measured). Lines are broken greedily, as PowerPoint and LibreOffice do.
"""

from __future__ import annotations

from dataclasses import replace

from deckbuild import shaping
from deckbuild.layout import box_new, breaks
from deckbuild.layout.breaks import width_of
from deckbuild.layout.east_asian import has_east_asian, is_east_asian
from deckbuild.layout.memo import rounded
from deckbuild.fonts import SCRIPT_FAMILIES, Face, FontBook  # noqa: F401 - SCRIPT_FAMILIES: read here too
from deckbuild.layout.boxes import Fragment, InlineMath, Paragraph, Run, TextFrame
from deckbuild.markup import Span
from deckbuild.records import field, record

MATH_CHAR = "\ufffc"
"""The character that holds an inline formula's place in a line (it is as wide as the formula)."""

WRAP_SLACK = 0.985
"""Lines are broken at this fraction of the frame width, so renderers with slightly different
rounding never need more lines than the layout decided."""

@record(frozen=True)
class TextStyle:
    """How a paragraph's plain text looks before inline markup."""

    family: str
    size: float
    color: str
    bold: bool = False
    italic: bool = False
    line_spacing: float = 1.15
    align: str = "l"
    link_color: str | None = None  # links are drawn underlined, in this colour when given

    def __hash__(self) -> int:
        """Return the hash of the style's fields, worked out once (styles are keys of the typesetter's memos)."""
        try:
            return self._hash  # an attribute of the instance only (not a field: equality, repr and replace ignore it)
        except AttributeError:
            object.__setattr__(self, "_hash", hash((self.family, self.size, self.color, self.bold, self.italic,
                                                    self.line_spacing, self.align, self.link_color)))
            return self._hash

    def __getstate__(self) -> dict:
        """Return the fields to pickle: a remembered hash belongs to this process (strings hash at random)."""
        return {k: v for k, v in self.__dict__.items() if k != "_hash"}


CACHE_LIMIT = 2048  # entries of each of the Typesetter's memos (a 10,000-slide deck would keep ~50 MB)
SHORT = 64  # characters: a text this short is measured whole first (it is likely to fit on one line)


@record
class Typesetter:
    """Turns spans into runs and runs into wrapped lines, using one FontBook for a whole build."""

    fonts: FontBook
    mono: str
    fallback: tuple[str, ...] = ()
    math_font: str = "cm"  # the fontset of inline formulas (style math.font)
    missing: dict[str, set[str]] = field(default_factory=dict)  # char → families tried
    substituted: dict[str, str] = field(default_factory=dict)  # family not installed → family measured with
    _chain_cache: dict = field(default_factory=dict)
    _face_cache: dict = field(default_factory=dict)
    _runs_cache: dict = field(default_factory=dict)
    _para_cache: dict = field(default_factory=dict)
    _measured: dict = field(default_factory=dict)  # text and faces → breaks.Measured
    _bullet_faces: dict = field(default_factory=dict)  # (family, bullet character) → the face drawing it

    def face(self, family: str, bold: bool = False, italic: bool = False) -> Face:
        """Return the face for *family* in the wanted style, or the bundled family when it is not found."""
        key = (family, bold, italic)
        face = self._face_cache.get(key)
        if face is None:
            face = self.fonts.face(family, bold, italic)
            if face is None:  # not installed: measure with the bundled family, still name it in the deck
                face = self.fonts.face("Liberation Sans", bold, italic) or self.fonts.default_face
                self.substituted.setdefault(family, face.family)
            self._face_cache[key] = face
        return face

    def _chain(self, family: str, bold: bool, italic: bool) -> list[Face]:
        key = (family, bold, italic)
        chain = self._chain_cache.get(key)
        if chain is None:
            chain = [self.face(family, bold, italic)]
            for name in self.fallback:
                face = self.fonts.face(name, bold, italic)
                if face is not None and face not in chain:
                    chain.append(face)
            self._chain_cache[key] = chain
        return chain

    def _script_face(self, ch: str, bold: bool, italic: bool) -> Face | None:
        """Return the bundled face (SCRIPT_FAMILIES) that draws the Arabic or Hebrew *ch*, or None."""
        for name in SCRIPT_FAMILIES:
            face = self.fonts.face(name, bold, italic)
            if face is not None and face.covers(ch):
                return face
        return None

    def runs(self, spans: tuple[Span, ...], style: TextStyle) -> tuple[Run, ...]:
        """Return *spans* as runs, each in a face that has glyphs for all its characters."""
        key = (spans, style)
        cached = self._runs_cache.get(key)
        if cached is None:
            if len(self._runs_cache) >= CACHE_LIMIT:  # bounded: what fitting one slide sets again is recent
                self._runs_cache.clear()
            cached = self._runs_cache[key] = self._make_runs(spans, style)
        return cached

    def _make_runs(self, spans: tuple[Span, ...], style: TextStyle) -> tuple[Run, ...]:
        out: list[Run] = []
        for span in spans:
            if span.math:
                out.append(self._math_run(span, style))
                continue
            bold, italic = style.bold or span.bold, style.italic or span.italic
            family = self.mono if span.code else style.family
            chain = self._chain(family, bold, italic)
            primary = chain[0]
            named = family if family in self.substituted else None
            if primary.covers_all(span.text) and not has_east_asian(span.text):
                out.append(self._run(span.text, primary, style, span, bold, italic, False, named))
                continue
            current: Face | None = None
            east = False
            buf: list[str] = []
            for ch in span.text:
                if ch.isspace():
                    face = current or primary  # spaces stay in the font around them
                elif (current is not None and current is not primary and buf and shaping.needs_shaping(buf[-1])
                      and not ch.isalnum() and current.covers(ch)):
                    face = current  # punctuation inside Arabic or Hebrew: shaped (and mirrored) with it
                elif primary.covers(ch):
                    face = primary
                elif current is not None and current.covers(ch):
                    face = current
                else:
                    face = next((f for f in chain if f.covers(ch)), None)
                    if face is None and shaping.needs_shaping(ch):
                        face = self._script_face(ch, bold, italic)
                    if face is None:
                        self.missing.setdefault(ch, set()).update(f.family for f in chain)
                        face = current or primary
                ch_east = is_east_asian(ch) if not ch.isspace() else east
                if buf and (face is not current or ch_east != east):
                    out.append(self._run(buf, current, style, span, bold, italic, east,
                                         named if current is primary else None))
                    buf = []
                current, east = face, ch_east
                buf.append(ch)
            if buf:
                out.append(self._run(buf, current, style, span, bold, italic, east,
                                     named if current is primary else None))
        return tuple(out)

    @staticmethod
    def _run(buf, face, style, span, bold, italic, east, family=None) -> Run:
        color = span.color or (style.link_color if span.link and style.link_color else style.color)
        return box_new.new_run(buf if isinstance(buf, str) else "".join(buf), face, rounded(style.size * span.scale),
                               color, bold, italic, span.code, span.link, span.field, east, bool(span.link), family)

    def _math_run(self, span: Span, style: TextStyle) -> Run:
        """Return an inline formula as a run one placeholder character long, as wide as the formula.

        A formula taller than the line (a fraction, say) is set smaller so that it fits the line height.
        """
        from deckbuild.formulas import FormulaError, shape

        bold, italic = style.bold or span.bold, style.italic or span.italic
        face = self._chain(style.family, bold, italic)[0]
        size = round(style.size * span.scale, 2)
        try:
            sh = shape(span.text, self.math_font)
        except FormulaError:  # reported when the outline was read: shown as written
            return self._run(f"${span.text}$", face, style, Span(f"${span.text}$", color=span.color), bold, italic,
                             False)
        line_h = style.size * style.line_spacing
        fsize = size
        if (sh.ascent + sh.descent) * size > line_h:
            fsize = round(line_h / (sh.ascent + sh.descent), 2)
        color = span.color or (style.link_color if span.link and style.link_color else style.color)
        return Run(text=MATH_CHAR, face=face, size=size, color=color, bold=bold, italic=italic, link=span.link,
                   math=InlineMath(sh, fsize, round(sh.advance * fsize, 3)))

    def wrap(self, runs: tuple[Run, ...], width: float, shift=None, levels=None) -> list[list[Fragment]]:
        """Return *runs* broken into lines no wider than *width*, as fragments.

        A fragment's x is from the line start, plus ``shift(line width)`` when given (indent, alignment).
        *levels* (the bidi level of every character, when the text has right-to-left parts) splits fragments
        where the direction changes and orders each line's fragments as they are seen, left to right.
        """
        return self._wrap(runs, "".join(r.text for r in runs), width, shift, levels)

    def _wrap(self, runs: tuple[Run, ...], text: str, width: float, shift, levels) -> list[list[Fragment]]:
        """Return wrap()'s lines of *runs*, whose text is *text*."""
        if not text:
            return [[]]
        owner = None
        avail = width * WRAP_SLACK
        size = runs[0].size
        if len(runs) != 1 or runs[0].math is not None:
            owner = []
            for i, r in enumerate(runs):
                owner.extend([i] * len(r.text))
        elif (levels is None and len(text) <= SHORT and not shaping.needs_shaping(text)
              and runs[0].face.ems(text) * size <= avail):
            return breaks.one_run_lines(runs[0], text, [(0, len(text))], shift, None)
        known = breaks.measured(self._measured, runs, text, owner)
        if (known.whole * size if known.single else breaks.points(known.whole, runs)) <= avail:  # the usual case
            lines = [(0, len(text))]
        else:
            lines = breaks.greedy(known, runs, text, owner, avail)
        if known.single and known.plain and levels is None:
            return breaks.one_run_lines(runs[0], text, lines, shift, known)
        out = [self._fragments(runs, text, owner, a, b, shift, levels) for a, b in lines]
        if levels is None:
            breaks.spaced(text, lines, out)
        return out

    @staticmethod
    def _fragments(runs, text, owner, a, b, shift=None, levels=None) -> list[Fragment]:
        """Return the fragments of line ``text[a:b]``."""
        while b > a and text[b - 1].isspace():
            b -= 1
        if owner is None and levels is None and b > a:  # one run, one direction: one fragment
            run, piece = runs[0], text[a:b]
            w = width_of(run, piece)
            return [box_new.new_fragment(piece, run, shift(w) if shift else 0.0, w, False)]
        pieces = []
        i = a
        while i < b:
            ri = owner[i] if owner is not None else 0
            j = b if owner is None else i
            while j < b and owner[j] == ri:
                j += 1
            if levels is not None:  # one direction per fragment
                k = i + 1
                while k < j and levels[k] == levels[i]:
                    k += 1
                j = k
            run = runs[ri]
            pieces.append((text[i:j], run, width_of(run, text[i:j]), levels[i] if levels is not None else 0))
            i = j
        if levels is not None:
            pieces = [pieces[k] for k in shaping.visual_order([lv for *_, lv in pieces])]
        x = shift(sum(p[2] for p in pieces)) if shift else 0.0
        frags: list[Fragment] = []
        for piece, run, w, level in pieces:
            frags.append(box_new.new_fragment(piece, run, x, w, bool(level % 2)))
            x += w
        return frags

    def _marker_face(self, family: str, char: str) -> Face | None:
        """Return the first face of *family*'s upright chain that draws the bullet *char* (None when none does)."""
        key = (family, char)
        if key not in self._bullet_faces:
            self._bullet_faces[key] = next((f for f in self._chain(family, False, False) if f.covers(char)), None)
        return self._bullet_faces[key]

    def paragraph(self, spans: tuple[Span, ...], style: TextStyle, width: float, *, level: int = 0,
                  space_before: float = 0.0, margin_left: float = 0.0, indent: float = 0.0,
                  bullet: tuple[str, str] | None = None) -> Paragraph:
        """Return a paragraph of *spans* wrapped to *width* (baselines relative to the paragraph top).

        *bullet* is (character, colour); it hangs at ``margin_left + indent``. Results are cached: the same
        paragraph is often set again (while fitting, and on continuation slides).
        """
        key = (spans, style, width, level, space_before, margin_left, indent, bullet)
        cached = self._para_cache.get(key)
        if cached is not None:
            return cached
        runs = self.runs(spans, style)
        text_w = max(width - margin_left, 1.0)
        line_h = rounded(style.size * style.line_spacing)
        first = runs[0].face if runs else self.face(style.family, style.bold, style.italic)
        align = style.align
        plain = runs[0].text if len(runs) == 1 else "".join(r.text for r in runs)
        levels = shaping.levels(plain) if shaping.needs_shaping(plain) and shaping.has_rtl(plain) else None
        rtl = bool(levels) and shaping.base_level(plain) == 1
        if rtl and align == "l":  # a right-to-left paragraph starts at the right
            align = "r"

        def shift(line_w: float) -> float:
            if rtl:  # mirrored: the margin and the bullet are on the right
                return _align_offset(align, text_w, line_w)
            return margin_left + _align_offset(align, text_w, line_w)

        offset = line_h - first.descent * style.size  # baseline_offset(first, style.size, line_h)
        lines = tuple(box_new.new_line(tuple(frags), k * line_h + offset,
                                       frags[0].width if len(frags) == 1 else sum(f.width for f in frags))
                      for k, frags in enumerate(self._wrap(runs, plain, text_w, shift, levels)))
        marker = None
        if bullet:
            char, color = bullet
            face = self._marker_face(style.family, char) or first
            x = margin_left + indent
            if rtl:
                x = width - x - face.width(char, style.size)
            marker = box_new.new_marker(char, face, style.size, color, x)
        para = box_new.new_paragraph(runs, lines, level, style.size, line_h, space_before, margin_left, indent, align,
                                     marker, 0.0, None, rtl)
        if len(self._para_cache) >= CACHE_LIMIT:
            self._para_cache.clear()
        self._para_cache[key] = para
        return para


def baseline_offset(face: Face, size: float, line_height: float) -> float:
    """Return where the baseline sits below the top of a line of *line_height* (extra room goes above)."""
    return line_height - face.descent * size


def _align_offset(align: str, avail: float, used: float) -> float:
    if align == "ctr":
        return max(0.0, (avail - used) / 2)
    if align == "r":
        return max(0.0, avail - used)
    return 0.0


def stack(paragraphs: list[Paragraph], x: float, y: float, w: float, h: float, *, role: str,
          anchor: str = "t", placeholder: str | None = None) -> TextFrame:
    """Return a frame holding *paragraphs* one under another; the first one's space_before is dropped."""
    placed = []
    cursor = 0.0
    for i, p in enumerate(paragraphs):
        gap = p.space_before if i else 0.0
        cursor += gap
        placed.append((p, cursor))
        cursor += p.height
    content = cursor
    offset = {"t": 0.0, "ctr": max(0.0, (h - content) / 2), "b": max(0.0, h - content)}[anchor]
    paras = tuple(box_new.new_paragraph(p.runs, p.lines, p.level, p.size, p.line_height, p.space_before if i else 0.0,
                                        p.margin_left, p.indent, p.align, p.marker, top + offset, p.lang, p.rtl, p.tag)
                  for i, (p, top) in enumerate(placed))  # built directly: dataclasses.replace is slow
    return box_new.new_text_frame(x=x, y=y, w=w, h=h, paragraphs=paras, role=role, anchor=anchor,
                                  placeholder=placeholder, content_height=content)


def split_paragraph(p: Paragraph, k: int) -> tuple[Paragraph, Paragraph]:
    """Return *p* cut after its first *k* lines; the second part's baselines start from its own top."""
    shift = k * p.line_height
    tail = tuple(replace(line, baseline=line.baseline - shift) for line in p.lines[k:])
    return replace(p, lines=p.lines[:k]), replace(p, lines=tail, marker=None, space_before=0.0)
