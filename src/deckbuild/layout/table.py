"""Table slides: column widths from the content, a styled header row, banding, and long tables
continued on further slides with the header repeated."""

from __future__ import annotations

import re
from dataclasses import replace

from deckbuild.layout.boxes import Cell, Paragraph, TableBox
from deckbuild.layout.common import Draft, Pages, SlideLayout, choose_size, size_steps
from deckbuild.layout.text import stack
from deckbuild.markup import parse, plain
from deckbuild.model import Section, Slide

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


def table_slide(L: SlideLayout, slide: Slide, section: Section) -> list[Draft]:
    """Return the table slide, shrunk to fit, or continued over several slides (header repeated)."""
    table, sz, col = slide.table, L.sizes, L.colors
    pages = Pages(L, slide, L.number)
    width = pages.chrome(0).w
    ncols = len(table.columns)
    numeric = [all(_NUMBER.match(plain(row[j])) for row in table.rows if row[j].strip()) and
               any(row[j].strip() for row in table.rows) for j in range(ncols)]
    band = col.surface
    cache: dict[float, tuple] = {}

    def measure(size: float):
        if size in cache:
            return cache[size]
        head = L.text_style(size, bold=True, color=col.on_primary, spacing=1.15)
        body = L.text_style(size, spacing=1.15)
        face, bold = L.setter.face(L.style.fonts.body), L.setter.face(L.style.fonts.body, bold=True)
        natural, minimum = [], []
        for j in range(ncols):
            cells = [(table.columns[j], bold)] + [(row[j], face) for row in table.rows]
            natural.append(max(f.width(plain(t), size) for t, f in cells) / 0.985 + 2 * PAD + 1)
            minimum.append(max((f.width(w, size) for t, f in cells for w in plain(t).split()), default=0) / 0.985
                           + 2 * PAD + 1)
        widths = [round(w, 2) for w in column_widths(natural, minimum, width)]
        rows: list[list[Paragraph]] = []
        for r, cells in enumerate([table.columns] + [list(row) for row in table.rows]):
            style = head if r == 0 else body
            rows.append([L.para(parse(text), _aligned(style, "r" if numeric[j] and r else "l"), widths[j] - 2 * PAD)
                         for j, text in enumerate(cells)])
        heights = [round(max(p.height for p in row) + 2 * PAD, 2) for row in rows]
        cache[size] = (widths, rows, heights)
        return cache[size]

    def split(size: float, height: float) -> list[list[int]]:
        _, _, heights = measure(size)
        parts: list[list[int]] = [[]]
        used = heights[0]
        for i in range(1, len(heights)):
            if parts[-1] and used + heights[i] > height + 0.5:
                parts.append([])
                used = heights[0]
            parts[-1].append(i)
            used += heights[i]
        return parts

    def parts_at(size: float) -> int:
        n = len(split(size, pages.height(1)))
        return n if n == 1 else len(split(size, pages.height(n)))

    start = round(sz.body * 0.8)
    chosen = choose_size(size_steps(start, max(round(sz.min_body * 0.75), 10), 1), parts_at)
    parts = split(chosen, pages.height(parts_at(chosen)))
    _report(L, slide, len(table.rows), chosen, start, len(parts))
    widths, rows, heights = measure(chosen)
    bodies = []
    for k, part in enumerate(parts):
        c = pages.chrome(k)
        indices = [0] + part
        cells, y = [], c.y
        for n, i in enumerate(indices):
            x, row_cells = c.x, []
            fill = col.primary if i == 0 else (band if n % 2 == 0 else None)
            for j, p in enumerate(rows[i]):
                frame = stack([p], x + PAD, y + PAD, widths[j] - 2 * PAD, heights[i] - 2 * PAD, role="cell",
                              anchor="ctr")
                row_cells.append(Cell(frame, fill, PAD))
                x += widths[j]
            cells.append(tuple(row_cells))
            y += heights[i]
        box = TableBox(c.x, c.y, sum(widths), y - c.y, tuple(widths), tuple(heights[i] for i in indices),
                       tuple(cells), line=col.background)
        bodies.append([box])
    return pages.drafts("table", section, bodies)


def _aligned(style, align: str):
    return replace(style, align=align)


def _report(L: SlideLayout, slide: Slide, rows: int, chosen: float, start: float, parts: int) -> None:
    first = L.number
    if parts > 1:
        L.diags.warning(slide.pos, f"slide {first}: a table of {rows} rows does not fit on one slide; continued on "
                        f"slides {first}–{first + parts - 1} at {chosen:g}pt with the header repeated",
                        "shorten the table or split it yourself")
    elif chosen != start:
        L.diags.warning(slide.pos, f"slide {first}: table text shrunk from {start:g}pt to {chosen:g}pt to fit",
                        "shorten the cells to keep the size")
