"""Table slides: column widths from the content, a styled header row, banding, and long tables
continued on further slides with the header repeated."""

from __future__ import annotations

import re

from deckbuild.layout.boxes import Cell, Paragraph, TableBox
from deckbuild.layout.common import Draft, Pages, SlideComposer
from deckbuild.layout.fit import fit, floor_note, parts_needed, report_fit, size_steps
from deckbuild.layout.memo import aligned
from deckbuild.layout.text import WRAP_SLACK, stack
from deckbuild.layout.widths import line_width
from deckbuild.markup import Span, parse, plain, with_text
from deckbuild.model import Section, Slide, Table

PAD = 6.0
SPREAD = 1.3  # a table whose cells fit spreads to at most this many times its preferred width …
MIN_SHARE = 0.6  # … or this share of the width available, whichever is wider
_NUMBER = re.compile(r"^[\s$€£¥+\-−]*[\d.,]+\s*(%|[kKmMbB]n?|bn)?\s*$")


def column_widths(natural: list[float], minimum: list[float], avail: float) -> list[float]:
    """Return column widths filling *avail*, as an automatic HTML table layout does.

    *natural* (preferred) widths hold each column's longest cell on one line, *minimum* widths its longest
    word: natural widths when they fit (the rest shared in proportion), else every minimum plus the room
    left shared in proportion to what each column still wants.
    """
    total = sum(natural)
    if total <= avail:  # room to spare: the table grows a little, never into a sparse full-width grid
        target = min(avail, max(total * SPREAD, avail * MIN_SHARE))
        return [w + (target - total) * w / total for w in natural]
    floor = sum(minimum)
    if floor >= avail:
        return [w * avail / floor for w in minimum]
    spare = [n - m for n, m in zip(natural, minimum)]
    extra = avail - floor
    return [m + extra * s / sum(spare) if sum(spare) else m for m, s in zip(minimum, spare)]


_BLANK = ("", "—", "–", "-", "n/a", "N/A", "…")  # a cell standing for "no value"


def numeric_column(cells: list[str]) -> bool:
    """Return True when every cell of a column that has a value is a number (an amount, a share…)."""
    values = [c.strip() for c in cells if c.strip() not in _BLANK]
    return bool(values) and all(_NUMBER.match(c) for c in values)


class TableSetter:
    """Measures a table at any size and width, splits its rows, and makes TableBoxes.

    *L* is anything with ``para``, ``text_style``, ``setter``, ``style`` and ``colors`` (a slide or a handout
    layout), so slides and the article handout set tables the same way.
    """

    def __init__(self, L, table: Table, width: float):
        self.L, self.table, self.width = L, table, width
        ncols = len(table.columns)
        self.numeric = [numeric_column([plain(row[j]) for row in table.rows]) for j in range(ncols)]
        self._cache: dict[float, tuple] = {}

    def measure(self, size: float):
        """Return (column widths, rows of paragraphs, row heights) at *size*; row 0 is the header."""
        if size in self._cache:
            return self._cache[size]
        L, table, col = self.L, self.table, self.L.colors
        head = L.text_style(size, bold=True, color=col.on_primary, spacing=1.15)
        body = L.text_style(size, spacing=1.15)
        natural, minimum = self.natural_widths(size)
        widths = [round(w, 2) for w in column_widths(natural, minimum, self.width)]
        rows: list[list[Paragraph]] = []
        for r, cells in enumerate([table.columns] + [list(row) for row in table.rows]):
            style = head if r == 0 else body
            rows.append([L.para(parse(text), aligned(style, "r" if self.numeric[j] else "l"),
                                widths[j] - 2 * PAD) for j, text in enumerate(cells)])
        heights = [round(max(p.height for p in row) + 2 * PAD, 2) for row in rows]
        self._cache[size] = (widths, rows, heights)
        return self._cache[size]

    def natural_widths(self, size: float) -> tuple[list[float], list[float]]:
        """Return each column's preferred and minimum width at *size*, padding included.

        Cells are measured as they are set (bold header, inline code in the mono font): the preferred width
        holds the widest cell on one line, the minimum its widest word, so no word is ever broken.
        """
        if "ref" not in self._cache:
            L, table, ref = self.L, self.table, 100.0
            head, body = L.text_style(ref, bold=True), L.text_style(ref)
            natural, minimum = [], []
            for j in range(len(table.columns)):
                cells = [(table.columns[j], head)] + [(row[j], body) for row in table.rows]
                wide, word = 0.0, 0.0
                for text, ts in cells:
                    spans = parse(text)
                    wide = max(wide, _width(L, spans, ts))
                    for piece in _words(spans):
                        word = max(word, _width(L, piece, ts))
                natural.append(wide / ref)
                minimum.append(word / ref)
            self._cache["ref"] = (natural, minimum)
        natural, minimum = self._cache["ref"]
        return ([n * size / WRAP_SLACK + 2 * PAD + 1 for n in natural],
                [m * size / WRAP_SLACK + 2 * PAD + 1 for m in minimum])

    def words_fit(self, size: float) -> bool:
        """Return True when every column's longest word fits its column at *size*."""
        return sum(self.natural_widths(size)[1]) <= self.width

    def split(self, size: float, height: float, first: float | None = None) -> list[list[int]]:
        """Return the body rows (1-based) in parts no taller than *height* with the header on each part.

        *first* is the room on the first part, when it differs (a table that starts part-way down a page).
        """
        _, _, heights = self.measure(size)
        parts: list[list[int]] = [[]]
        room = height if first is None else first
        used = heights[0]
        for i in range(1, len(heights)):
            if used + heights[i] > room + 0.5 and (parts[-1] or first is not None and len(parts) == 1):
                parts.append([])
                used, room = heights[0], height
            parts[-1].append(i)
            used += heights[i]
        return parts

    def box(self, size: float, rows: list[int], x: float, y: float) -> TableBox:
        """Return the table with the header and body *rows* at (*x*, *y*), banded."""
        widths, paras, heights = self.measure(size)
        col = self.L.colors
        cells, top = [], y
        for n, i in enumerate([0] + rows):
            left, row_cells = x, []
            fill = col.primary if i == 0 else (col.surface if n % 2 == 0 else None)
            for j, p in enumerate(paras[i]):
                frame = stack([p], left + PAD, top + PAD, widths[j] - 2 * PAD, heights[i] - 2 * PAD, role="cell",
                              anchor="ctr")
                row_cells.append(Cell(frame, fill, PAD))
                left += widths[j]
            cells.append(tuple(row_cells))
            top += heights[i]
        return TableBox(x, y, sum(widths), top - y, tuple(widths), tuple(heights[i] for i in [0] + rows),
                        tuple(cells), line=col.background)


def _width(L, spans, ts) -> float:
    """Return the width of *spans* set on one line in style *ts* (the widest line of their paragraph 1e7 wide)."""
    return line_width(L.setter, tuple(spans), ts, 1e7)


def _words(spans) -> list[tuple[Span, ...]]:
    """Return *spans* cut into words at white space, each word keeping its spans' attributes."""
    words: list[list[Span]] = [[]]
    for span in spans:
        for k, piece in enumerate(re.split(r"\s+", span.text)):
            if k:
                words.append([])
            if piece:
                words[-1].append(with_text(span, piece))
    return [tuple(w) for w in words if w]


def table_slide(L: SlideComposer, slide: Slide, section: Section) -> list[Draft]:
    """Return the table slide, shrunk to fit, or continued over several slides (header repeated).

    Table text starts at ``scale.table`` × ``sizes.body`` and never goes below ``sizes.min_body``; only sizes at
    which every column's longest word fits its column are used while there are any.
    """
    sz, rows = L.sizes, len(slide.table.rows)
    pages = Pages(L, slide, L.number)
    setter = TableSetter(L, slide.table, pages.chrome(0).w)
    start = max(round(sz.body * L.style.scale.table), sz.min_body)
    parts_at = parts_needed(lambda size, height: len(setter.split(size, height)), pages)
    chosen, count, whole = fit(size_steps(start, sz.min_body, 1), parts_at, usable=setter.words_fit)
    if not whole:
        L.diags.warning(slide.pos, f"slide {L.number}: the table's {len(slide.table.columns)} columns are too "
                        f"wide for the slide even at {floor_note(sz.min_body, 'min_body')}, so some words break "
                        "inside their cells", "use fewer columns or shorter words, or split the table")
    parts = setter.split(chosen, pages.height(count))
    report_fit(L, slide.pos, f"a table of {rows} rows", "table text", chosen, start, sz.min_body, len(parts),
               split="continued on", tail=" with the header repeated",
               hints=("shorten the table or split it yourself", "shorten the cells to keep the size"))
    bodies = [[setter.box(chosen, part, pages.chrome(k).x, pages.chrome(k).y)] for k, part in enumerate(parts)]
    return pages.drafts("table", section, bodies)
