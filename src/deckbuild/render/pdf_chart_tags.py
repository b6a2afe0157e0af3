"""The data of a chart in the tagged PDF: a ``Table`` of invisible text laid over the chart (a header row of
series names, a row per category), and the chart's alt text."""

from __future__ import annotations

from deckbuild import markup
from deckbuild.layout.boxes import ChartBox, TextFrame
from deckbuild.render.pdf_struct import Elem


def chart_alt(box: ChartBox) -> str:
    """Return the alt text of the chart *box* (made by the layout from its data, or the user's ``alt:``)."""
    return getattr(box, "alt", "") or f"{box.type.capitalize()} chart"


def chart_rows(box: ChartBox) -> list[list[str]]:
    """Return the data of the chart *box* as table rows: a header row (a corner, then each series' name), then
    one row per category (its name, then each series' value there)."""
    from deckbuild.alt_text import number

    if not box.categories or not box.series:
        return []
    rows = [["Category"] + [markup.plain(name) or f"Series {i + 1}" for i, (name, _) in enumerate(box.series)]]
    for i, category in enumerate(box.categories):
        rows.append([markup.plain(category) or " "] + [number(values[i]) if i < len(values) else "–"
                                                        for _, values in box.series])
    return rows


def chart_table(painter, box: ChartBox, x: float, y: float, w: float, h: float, height: float) -> None:
    """Write the data of chart *box* as a ``Table`` (a header row of series names, a row per category with
    its name as row header) in invisible text laid over the chart's place (*x*, *y*, *w*, *h*, top-left
    page coordinates): screen readers read the numbers, and copying from the chart copies them."""
    from reportlab.pdfbase.pdfmetrics import getFont

    rows = chart_rows(box)
    if not rows or w <= 0 or h <= 0:
        return
    face = next((r.face for b in box.drawing if isinstance(b, TextFrame) for p in b.paragraphs for r in p.runs),
                None)
    name = painter.font(face) if face is not None else painter.speech_font()
    cw, rh = w / len(rows[0]), h / len(rows)
    size = max(min(rh * 0.7, 9.0), 1.0)
    table = painter.root.add(Elem("Table"))
    width_of = getFont(name).stringWidth  # what pdfmetrics.stringWidth(text, name, size) calls
    begin, end = painter.begin_mark, painter.end_mark
    c = painter.c
    c.saveState()  # the invisible mode and the horizontal scale end with the table
    t = painter.begin_text(x, height - y - rh)  # the fast text object: reportlab's bytes, less of its overhead
    t.setTextRenderMode(3)
    t.setFont(name, size)
    for r, row in enumerate(rows):
        tr = table.add(Elem("TR"))
        cells = tr.kids
        for col, text in enumerate(row):
            if r == 0 or col == 0:
                cell = Elem("TH", None, None, None, None, "Column" if r == 0 else "Row")
            else:
                cell = Elem("TD")
            cells.append(cell)
            t.setTextOrigin(x + col * cw, height - y - (r + 1) * rh + (rh - size) / 2)
            width = width_of(text, size)
            t.setHorizScale(max(1.0, min(100.0, 100.0 * cw * 0.95 / width)) if width > 0 else 100.0)
            begin(t, cell)
            t.textOut(text)
            end(t)
    c.drawText(t)
    c.restoreState()

