"""Code listings: syntax-highlighted lines in the mono font, on a light panel, with optional line numbers and
highlighted lines, alone on a slide or beside bullets.

Lines are never clipped: a listing shrinks (from ``code.size`` down to its floor, ``code.min_size``) until
its longest line and all its lines fit, then continues on further slides, split between lines. It never
gets smaller than the floor: a line too long for the slide even there wraps, preferably after a space, and
each row it continues on starts with a visible continuation mark (``↪``, in the line-number colour).

Code is set span by span straight from the tokens (never through inline markup, which would collapse its
spaces), one paragraph per line; line numbers are a column of their own, so copying the code copies code.
"""

from __future__ import annotations

from deckbuild.layout.beside import Beside
from deckbuild.layout.boxes import Paragraph, Rect
from deckbuild.layout.common import Draft, Pages, SlideComposer
from deckbuild.layout.fit import fit, floor_note, parts_needed, report_fit, size_steps
from deckbuild.layout.text import WRAP_SLACK, TextStyle, stack
from deckbuild.markup import Span
from deckbuild.model import Code, Section, Slide
from deckbuild.records import record

LINE_SPACING = 1.2
CONTINUED = "↪ "  # starts each row that continues a wrapped line
BULLETS_SHARE = 0.38  # of the content width, for bullets beside a listing
BAR = 4.0  # width of the accent bar at the left of a highlighted line


@record
class Listing:
    """A listing set at one size: its rows (a source line, or the rest of a broken one) and measures."""

    size: float
    rows: list[tuple[int | None, tuple[Span, ...]]]  # (line number or None for a broken line's rest, spans)
    paras: list[Paragraph]
    numbers: list[Paragraph]
    line_h: float
    pad_x: float
    pad_y: float
    num_w: float  # the number column and its gap (0 without numbers)
    num_col: float  # the number column alone
    text_w: float  # the widest row

    @property
    def need_w(self) -> float:
        return 2 * self.pad_x + self.num_w + self.text_w / WRAP_SLACK + 2

    def rows_in(self, height: float) -> int:
        """Return how many rows fit in *height* (at least one)."""
        return max(1, int((height - 2 * self.pad_y + 0.5) // self.line_h))


def code_spans(setter, style, code: Code) -> list[tuple[Span, ...]]:
    """Return the lines of *code* as coloured spans (bold and italic only where the mono font has them)."""
    from deckbuild.highlight import highlight

    cs = style.code
    mono = style.fonts.mono
    regular = setter.face(mono)
    bold_ok = setter.face(mono, True, False) is not regular
    italic_ok = setter.face(mono, False, True) is not regular
    lines = highlight(code.text, code.lang, cs.theme, cs.colors, cs.text)
    return [tuple(Span(p.text, bold=p.bold and bold_ok, italic=p.italic and italic_ok, code=True, color=p.color)
                  for p in line) for line in lines]


class CodeSetter:
    """Sets one listing at any size (cached), for the slide layout and the article handout alike."""

    def __init__(self, setter, style, code: Code, accent: str):
        self.setter, self.cs, self.mono, self.code, self.accent = setter, style.code, style.fonts.mono, code, accent
        self.lines = code_spans(setter, style, code)
        self._cache: dict = {}

    def style(self, size: float, align: str = "l", color: str | None = None) -> TextStyle:
        return TextStyle(family=self.mono, size=size, color=color or self.cs.text, line_spacing=LINE_SPACING,
                         align=align)

    def at(self, size: float, max_w: float | None = None) -> Listing:
        """Return the listing at *size*; with *max_w*, lines wider than the panel allows are broken."""
        key = (size, max_w)
        if key in self._cache:
            return self._cache[key]
        setter = self.setter
        rows: list[tuple[int | None, tuple[Span, ...]]] = [(i, spans) for i, spans in enumerate(self.lines, 1)]
        numbered = self.code.line_numbers
        last = len(self.lines)
        digits = setter.face(self.mono).width("0" * len(str(last)), size)
        num_col = round(digits / WRAP_SLACK + 2, 2) if numbered else 0.0
        num_w = round(num_col + size * 0.8, 2) if numbered else 0.0
        pad_x, pad_y = round(size * 0.7, 2), round(size * 0.45, 2)
        ts = self.style(size)
        if max_w is not None:
            avail = (max_w - 2 * pad_x - num_w - 2) * WRAP_SLACK
            rows = [row for number, spans in rows
                    for row in _broken(number, spans, avail, setter, ts, self.cs.line_numbers)]
        paras = [setter.paragraph(spans, ts, 100_000.0) for _, spans in rows]
        numbers = []
        if numbered:
            nts = self.style(size, align="r", color=self.cs.line_numbers)
            numbers = [setter.paragraph((Span(str(n)),) if n is not None else (), nts, num_col) for n, _ in rows]
        text_w = max((p.lines[0].width for p in paras if p.lines), default=0.0)
        listing = Listing(size, rows, paras, numbers, round(size * LINE_SPACING, 2), pad_x, pad_y, num_w, num_col,
                          text_w)
        self._cache[key] = listing
        return listing

    def boxes(self, listing: Listing, first: int, last: int, x: float, y: float, w: float) -> list:
        """Return the panel, highlight bands, numbers and code of rows [first, last) at (x, y), *w* wide."""
        cs = self.cs
        n = last - first
        h = round(n * listing.line_h + 2 * listing.pad_y, 2)
        boxes: list = [Rect(x, y, w, h, fill=cs.background, name="Code panel")]
        code_x = x + listing.pad_x + listing.num_w
        code_w = max(w - 2 * listing.pad_x - listing.num_w, listing.text_w / WRAP_SLACK + 1)
        frame = stack(listing.paras[first:last], code_x, y + listing.pad_y, code_w, n * listing.line_h, role="code")
        marked = set(self.code.highlight)
        band_start = None
        for k in range(first, last + 1):
            number = listing.rows[k][0] if k < last else None
            lit = k < last and (number in marked or (number is None and band_start is not None))
            if lit and band_start is None:
                band_start = k
            elif not lit and band_start is not None:
                top = frame.y + (band_start - first) * listing.line_h
                band_h = (k - band_start) * listing.line_h
                boxes.append(Rect(x, top, w, band_h, fill=cs.highlight, name="Highlight"))
                boxes.append(Rect(x, top, BAR, band_h, fill=self.accent, name="Highlight bar"))
                band_start = None
        if listing.numbers:
            boxes.append(stack(listing.numbers[first:last], x + listing.pad_x, y + listing.pad_y, listing.num_col,
                               n * listing.line_h, role="line numbers"))
        boxes.append(frame)
        return boxes


def _broken(number, spans, avail: float, setter, ts, mark: str) -> list[tuple[int | None, tuple[Span, ...]]]:
    """Return a code line as rows no wider than *avail*: the line itself, or its pieces.

    A line is wrapped after the last space that leaves a row of at least half the width (between
    characters when there is none); every row after the first starts with the continuation mark.
    """
    chars: list[tuple[str, Span, float]] = []
    for span in spans:
        if not span.text:
            continue
        face = setter.runs((span,), ts)[0].face
        chars += [(ch, span, face.width(ch, ts.size)) for ch in span.text]
    if sum(w for _, _, w in chars) <= avail:
        return [(number, spans)]
    mark_span = Span(CONTINUED, code=True, color=mark)
    mark_w = sum(setter.runs((mark_span,), ts)[0].face.width(ch, ts.size) for ch in CONTINUED)
    pieces: list[list[tuple[str, Span, float]]] = []
    i = 0
    while i < len(chars):
        room = avail - (mark_w if pieces else 0.0)
        used, j, space = 0.0, i, None
        while j < len(chars) and (used + chars[j][2] <= room or j == i):
            if chars[j][0] == " " and used >= room / 2:
                space = j
            used += chars[j][2]
            j += 1
        if j < len(chars) and space is not None:
            j = space + 1
        pieces.append(chars[i:j])
        i = j
    rows: list[tuple[int | None, tuple[Span, ...]]] = []
    for k, piece in enumerate(pieces):
        out: list[Span] = [mark_span] if k else []
        for ch, span, _ in piece:
            if out and out[-1] is not mark_span and out[-1].color == span.color and out[-1].bold == span.bold \
                    and out[-1].italic == span.italic:
                out[-1] = Span(out[-1].text + ch, span.bold, span.italic, True, color=span.color)
            else:
                out.append(Span(ch, span.bold, span.italic, True, color=span.color))
        rows.append((number if not k else None, tuple(out)))
    return rows


def code_floor(style) -> float:
    """Return the smallest size a listing may be set at: ``code.min_size`` (at most ``code.size``)."""
    return min(style.code.min_size, style.code.size)


def code_slide(L: SlideComposer, slide: Slide, section: Section) -> list[Draft]:
    """Return the code slide (beside its bullets if any), shrunk to fit, or split between lines."""
    sz, cs = L.sizes, L.style.code
    pages = Pages(L, slide, L.number)
    beside = Beside(L, slide, pages, share=BULLETS_SHARE)
    setter = CodeSetter(L.setter, L.style, slide.code, L.colors.accent)
    lane = beside.lane(0)
    start = cs.size
    floor = code_floor(L.style)
    total = len(setter.lines)

    parts_at = parts_needed(lambda size, height: -(-len(setter.at(size).rows) // setter.at(size).rows_in(height)),
                            pages)
    chosen, _, whole = fit(size_steps(start, floor, 1), parts_at, usable=lambda s: setter.at(s).need_w <= lane.w)
    max_w = None
    if not whole:  # too long even at the floor: wrapped, with a mark
        max_w = lane.w
        at_floor = setter.at(floor)
        longest = max(range(total), key=lambda i: at_floor.paras[i].lines[0].width if at_floor.paras[i].lines
                      else 0) + 1
        L.diags.warning(slide.pos, f"slide {L.number}: code line {longest} is too long for the slide even "
                        f"at {floor_note(floor, 'code.min_size')}, so long lines wrap with a ↪ mark",
                        "shorten the line, or put the code on a slide of its own")
    listing = setter.at(chosen, max_w)
    parts_at = parts_needed(lambda size, height: -(-len(listing.rows) // listing.rows_in(height)), pages)
    parts = parts_at(chosen)
    per = listing.rows_in(pages.height(parts))
    report_fit(L, slide.pos, f"{total} lines of code", "code", chosen, start if whole else chosen, floor, parts,
               key="code.min_size", tail=" between lines",
               hints=("show less code, or split it into slides yourself",
                      "show fewer or shorter lines, or set a smaller code.size in the style"))
    count = max(parts, beside.parts)
    bodies = []
    for k in range(count):
        body = beside.bullets(k)
        if k < parts:
            lane = beside.lane(k)
            first, last = k * per, min((k + 1) * per, len(listing.rows))
            body += setter.boxes(listing, first, last, lane.x, lane.y, lane.w)
        bodies.append(body)
    return pages.drafts("code", section, bodies)

