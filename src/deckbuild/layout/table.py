"""Table slides: column widths from the content, a styled header row, banding, and long tables
continued on further slides with the header repeated."""

from __future__ import annotations

import re
from dataclasses import replace

from deckbuild.layout.boxes import Cell, Paragraph, TableBox
from deckbuild.layout.common import Draft, Pages, SlideLayout, choose_size, size_steps
from deckbuild.layout.text import stack
from deckbuild.markup import parse, plain
from deckbuild.model import Section, Slide, Table

PAD = 6.0
_NUMBER = re.compile(r"^[\s$€£¥+\-−]*[\d.,]+\s*(%|[kKmMbB]n?|bn)?\s*$")


def column_widths(natural: list[float], minimum: list[float], avail: float) -> list[float]:
    """Return column widths filling *avail*: natural widths when they fit, else every word kept whole."""
    total = sum(natural)
    if total <= avail:
        return [w + (avail - total) * w / total for w in natural]
    floor = sum(minimum)
    if floor >= avail:
        return [w * avail / floor for w in minimum]
    spare = [n - m for n, m in zip(natural, minimum)]
    extra = avail - floor
    return [m + extra * s / sum(spare) if sum(spare) else m for m, s in zip(minimum, spare)]


class TableSetter:
    """Measures a table at any size and width, splits its rows, and makes TableBoxes.

    *L* is anything with ``para``, ``text_style``, ``setter``, ``style`` and ``colors`` (a slide or a handout
    layout), so slides and the article handout set tables the same way.
    """

    def __init__(self, L, table: Table, width: float):
        self.L, self.table, self.width = L, table, width
        ncols = len(table.columns)
        self.numeric = [all(_NUMBER.match(plain(row[j])) for row in table.rows if row[j].strip()) and
                        any(row[j].strip() for row in table.rows) for j in range(ncols)]
        self._cache: dict[float, tuple] = {}

    def measure(self, size: float):
        """Return (column widths, rows of paragraphs, row heights) at *size*; row 0 is the header."""
        if size in self._cache:
            return self._cache[size]
        L, table, col = self.L, self.table, self.L.colors
        head = L.text_style(size, bold=True, color=col.on_primary, spacing=1.15)
        body = L.text_style(size, spacing=1.15)
        face, bold = L.setter.face(L.style.fonts.body), L.setter.face(L.style.fonts.body, bold=True)
        natural, minimum = [], []
        for j in range(len(table.columns)):
            cells = [(table.columns[j], bold)] + [(row[j], face) for row in table.rows]
            natural.append(max(f.width(plain(t), size) for t, f in cells) / 0.985 + 2 * PAD + 1)
            minimum.append(max((f.width(w, size) for t, f in cells for w in plain(t).split()), default=0) / 0.985
                           + 2 * PAD + 1)
        widths = [round(w, 2) for w in column_widths(natural, minimum, self.width)]
        rows: list[list[Paragraph]] = []
        for r, cells in enumerate([table.columns] + [list(row) for row in table.rows]):
            style = head if r == 0 else body
            rows.append([L.para(parse(text), replace(style, align="r" if self.numeric[j] and r else "l"),
                                widths[j] - 2 * PAD) for j, text in enumerate(cells)])
        heights = [round(max(p.height for p in row) + 2 * PAD, 2) for row in rows]
        self._cache[size] = (widths, rows, heights)
        return self._cache[size]

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


def table_slide(L: SlideLayout, slide: Slide, section: Section) -> list[Draft]:
    """Return the table slide, shrunk to fit, or continued over several slides (header repeated)."""
    sz = L.sizes
    pages = Pages(L, slide, L.number)
    setter = TableSetter(L, slide.table, pages.chrome(0).w)

    def parts_at(size: float) -> int:
        n = len(setter.split(size, pages.height(1)))
        return n if n == 1 else len(setter.split(size, pages.height(n)))

    start = round(sz.body * 0.8)
    chosen = choose_size(size_steps(start, max(round(sz.min_body * 0.75), 10), 1), parts_at)
    parts = setter.split(chosen, pages.height(parts_at(chosen)))
    _report(L, slide, len(slide.table.rows), chosen, start, len(parts))
    bodies = [[setter.box(chosen, part, pages.chrome(k).x, pages.chrome(k).y)] for k, part in enumerate(parts)]
    return pages.drafts("table", section, bodies)


def _report(L: SlideLayout, slide: Slide, rows: int, chosen: float, start: float, parts: int) -> None:
    first = L.number
    if parts > 1:
        L.diags.warning(slide.pos, f"slide {first}: a table of {rows} rows does not fit on one slide; continued on "
                        f"slides {first}–{first + parts - 1} at {chosen:g}pt with the header repeated",
                        "shorten the table or split it yourself")
    elif chosen != start:
        L.diags.warning(slide.pos, f"slide {first}: table text shrunk from {start:g}pt to {chosen:g}pt to fit",
                        "shorten the cells to keep the size")
