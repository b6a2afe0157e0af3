"""Chart slides: every decision about a chart, made once, carried on a ChartBox.

The layout decides the value axis (range, step, tick labels and their number format), which category
labels show, where labels and the legend go, and every colour; it draws the chart as vector boxes
(``ChartBox.drawing``). The PowerPoint painter writes a native chart with exactly those decisions; the PDF
and HTML painters draw the boxes. Deck and handout therefore show the same axis, ticks and labels.
"""

from __future__ import annotations

import math
from dataclasses import replace

from deckbuild.alt_text import chart_alt
from deckbuild.layout.boxes import ChartBox, Polyline, Rect, Rule, Wedge
from deckbuild.layout.chart_colors import distinct, label_on
from deckbuild.layout.chart_scale import fmt, format_number, nice_scale, number_format  # noqa: F401 - public names
from deckbuild.layout.common import Draft, Pages, SlideComposer, mix
from deckbuild.layout.memo import aligned
from deckbuild.layout.text import stack
from deckbuild.layout.widths import line_width
from deckbuild.model import Section, Slide

GAP = 6.0  # points between neighbouring labels
MAX_POINT_LABELS = 24  # more values than this are read from the axis, not labelled one by one
MAX_CATEGORY_LINES = 2  # a category label may wrap at spaces onto this many lines, never inside a word
GROUP = 0.7  # the share of a category's slot its group of bars takes (the rest is the gap between groups)
BAR = 0.92  # the share of its place in the group a bar fills (the rest is the gap to its neighbour)
GRID_WIDTH, AXIS_WIDTH = 0.75, 1.0  # gridlines, and the category axis at zero
LINE_WIDTH, MARKER_SIZE = 2.25, 8.0  # a line chart's series, and its round markers across
SLICE_LINE_WIDTH = 1.5  # the white line between a pie's slices


def palette(L, n: int, pie: bool = False) -> tuple[str, ...]:
    """Return *n* series (or slice) colours: the style's primary, accent (and muted, for up to three series),
    then distinct hues; neighbours differ by CIEDE2000 ΔE ≥ 20 wherever the hues allow."""
    c = L.colors
    if not pie and n <= 3:
        return (c.primary, c.accent, c.muted)[:n]
    return distinct((c.primary, c.accent), n, c.background)


def chart_size(L) -> float:
    """Return the type size of chart text on a slide: the style's smallest body size."""
    return L.sizes.min_body


SMALLEST_SPAN = 1e-300  # a value axis spanning less (or more than LARGEST_SPAN) cannot be drawn in floats
LARGEST_SPAN = 1e300


def drawable(chart, pos, diags) -> bool:
    """Return True when *chart*'s values can be drawn, reporting at *pos* why they cannot."""
    values = [v for s in chart.series for v in s.values]
    if chart.type == "pie":
        negative = [(cat, v) for cat, v in zip(chart.categories, chart.series[0].values) if v < 0]
        if negative:
            shown = ", ".join(f"'{cat}' ({v:g})" for cat, v in negative[:3]) + (", …" if len(negative) > 3 else "")
            diags.error(pos, f"a pie chart cannot show negative values: {shown}",
                        "a slice shows a share of a whole; use a bar or column chart for values below zero")
            return False
        if not any(v > 0 for v in values):
            diags.error(pos, "every value of this pie chart is zero, so it has no slices to draw",
                        "give at least one category a value above zero")
            return False
        if not math.isfinite(math.fsum(values)):
            diags.error(pos, "the values of this pie chart add up to more than a number can hold",
                        "scale them (for example to percentages)")
            return False
        return True
    span = max(max(values), 0.0) - min(min(values), 0.0)
    if not math.isfinite(span) or span > LARGEST_SPAN or 0 < span < SMALLEST_SPAN:
        shown = f"{span:g}" if span <= LARGEST_SPAN else f"more than {LARGEST_SPAN:g}"
        diags.error(pos, f"the values of this chart span {shown}, too {'small' if span < 1 else 'large'} a range "
                    "to draw", f"scale them to a range between {SMALLEST_SPAN:g} and {LARGEST_SPAN:g} "
                    "(for example change the unit) and say the unit in the title")
        return False
    return True


def chart_slide(L: SlideComposer, slide: Slide, section: Section) -> list[Draft]:
    """Return the chart slide (its title only, after an error, when its values cannot be drawn)."""
    pages = Pages(L, slide, L.number)
    c = pages.chrome(0)
    chart = slide.chart
    if not drawable(chart, chart.pos, L.diags):
        return pages.drafts("chart", section, [[]])
    box = chart_box(L, chart, c.x, c.y, c.w, c.h, chart_size(L))
    return pages.drafts("chart", section, [[replace(box, alt=chart_alt(chart))]])


def chart_box(L, chart, x: float, y: float, w: float, h: float, size: float) -> ChartBox:
    """Return *chart* laid out in the box (x, y, w, h) with text *size* points tall: on a slide, or on paper
    (*L* is a slide or handout layout: it offers ``setter``, ``para``, ``text_style``, ``colors``, ``style``)."""
    series = tuple((s.name, tuple(s.values)) for s in chart.series)
    pie = chart.type == "pie"
    colors = palette(L, len(chart.categories) if pie else len(series), pie)
    box = ChartBox(x, y, w, h, chart.type, tuple(chart.categories), series, colors, L.style.fonts.body, size,
                   L.colors.text, grid_color=mix(L.colors.muted, "FFFFFF", 0.7), axis_color=L.colors.muted,
                   grid_width=GRID_WIDTH, axis_width=AXIS_WIDTH, line_width=LINE_WIDTH, marker_size=MARKER_SIZE,
                   alt=chart_alt(chart), **_bar_spacing(len(series)))  # on paper too (the handout's Figure)
    return (_pie if pie else _bars)(L, box)


# -- labels --------------------------------------------------------------------------------------------

def _label(L, text: str, size: float, x: float, y: float, align: str = "ctr", color: str | None = None,
           bold: bool = False, width: float | None = None):
    """Return a chart label on one line, never wrapped: its left edge (align "l"), centre ("ctr") or right
    edge ("r") at *x*, its top at *y*. With *width*, it wraps at spaces within that width instead."""
    ts = L.text_style(size, color=color or L.colors.text, align=align, spacing=1.15, bold=bold)
    natural = _width(L, text, ts)
    w = max(natural + 2, width or 0.0)
    p = L.para(text, ts, w)
    left = {"l": x, "ctr": x - w / 2, "r": x - w}[align]
    return stack([p], round(left, 2), round(y, 2), round(w, 2), p.height, role="chart-label")


def _width(L, text: str, ts) -> float:
    """Return the width of *text* on one line (fallback faces included): its paragraph's, 1e6 wide."""
    return line_width(L.setter, text, aligned(ts, "l"), 1e6)


def _line_h(size: float) -> float:
    return size * 1.15


def _legend(L, box: ChartBox, names, x: float, y: float, w: float, *, per_column: int = 0):
    """Return legend boxes (a swatch and a name per entry) and the (x, y, w, h) they take: in centred rows
    (below a chart), or in columns of *per_column* entries (beside a pie)."""
    size, colors = box.font_size, box.colors
    ts = L.text_style(size, color=L.colors.text, align="l")
    items = [(name, color, _width(L, name, ts) + size * 1.3) for name, color in zip(names, colors)]
    step = size * 1.5
    out: list = []
    if per_column:
        widest = max(e[2] for e in items)
        for i, (name, color, _) in enumerate(items):
            cx, cy = x + (i // per_column) * (widest + 2 * GAP), y + (i % per_column) * step
            out.append(Rect(cx, cy + size * 0.2, size * 0.9, size * 0.9, fill=color, name="Legend key"))
            out.append(_label(L, name, size, cx + size * 1.3, cy, align="l"))
        columns = -(-len(items) // per_column)
        return out, (x, y, columns * widest + (columns - 1) * 2 * GAP, step * min(len(items), per_column))
    rows, row, used = [], [], 0.0
    for item in items:
        if row and used + item[2] + 2 * GAP > w:
            rows.append(row)
            row, used = [], 0.0
        row.append(item)
        used += item[2] + 2 * GAP
    rows.append(row)
    widest = 0.0
    for r, entries in enumerate(rows):
        total = sum(e[2] for e in entries) + 2 * GAP * (len(entries) - 1)
        widest = max(widest, total)
        cx, cy = x + (w - total) / 2, y + r * step
        for name, color, ew in entries:
            out.append(Rect(cx, cy + size * 0.2, size * 0.9, size * 0.9, fill=color, name="Legend key"))
            out.append(_label(L, name, size, cx + size * 1.3, cy, align="l"))
            cx += ew + 2 * GAP
    return out, (x + (w - widest) / 2, y, widest, step * len(rows))


# -- bars, columns and lines ---------------------------------------------------------------------------

def _category_labels(L, box: ChartBox, slot: float, most: float) -> tuple[int, float, float, float]:
    """Return (k, room, height, rotation) of the category labels under columns: all of them side by side,
    each on at most two lines broken at spaces (never inside a word) when they fit; else all of them turned
    to read upwards when a line fits in a slot and the longest is at most *most* tall; else every k-th
    label, side by side in the room of k slots."""
    size = box.font_size
    ts = L.text_style(size, color=L.colors.text, align="ctr")
    words = max(_width(L, word, ts) for cat in box.categories for word in (cat.split() or [""]))
    whole = max(_width(L, cat, ts) for cat in box.categories)
    n = len(box.categories)

    def lines(room: float) -> int:
        return max(len(L.para(cat, ts, room).lines) for cat in box.categories) if whole > room else 1

    if words <= slot - GAP and lines(slot - GAP) <= MAX_CATEGORY_LINES:
        return 1, slot - GAP, lines(slot - GAP) * _line_h(size), 0.0
    if _line_h(size) + GAP / 2 <= slot and whole <= most:
        return 1, whole + 2, whole + 2, -90.0
    for k in range(2, n + 1):
        room = k * slot - GAP
        if words <= room and lines(room) <= MAX_CATEGORY_LINES:
            return k, room, lines(room) * _line_h(size), 0.0
    return n, n * slot - GAP, _line_h(size), 0.0


def _turned(L, text: str, size: float, cx: float, top: float):
    """Return a category label turned to read upwards, its end *top* below the axis, centred on *cx*."""
    frame = _label(L, text, size, 0, 0, align="l")
    w, h = frame.w, frame.h
    # the frame turns about its centre: a w × h frame becomes h wide and w tall
    return replace(frame, x=round(cx - w / 2, 2), y=round(top + w / 2 - h / 2, 2), rotation=-90.0)


def _bars(L, box: ChartBox) -> ChartBox:
    """Return *box* with its column, bar or line chart decided and drawn: axis, grid, labels, legend."""
    x, y, w, h, size = box.x, box.y, box.w, box.h, box.font_size
    series, colors = box.series, box.colors
    values = [v for _, vs in series for v in vs]
    lo, hi, step = nice_scale(min(values), max(values))
    tick_code, label_code = number_format([lo, hi], step), number_format(values)
    ticks = [lo + i * step for i in range(int(round((hi - lo) / step)) + 1)]
    ts = L.text_style(size, color=L.colors.text)
    tick_texts = [format_number(t, tick_code) for t in ticks]
    tick_w = max(_width(L, t, ts) for t in tick_texts)
    value_texts = [format_number(v, label_code) for v in values]
    value_w = max(_width(L, t, ts) for t in value_texts)
    out: list = []
    legend_box = None
    legend_h = 0.0
    if len(series) > 1:
        legend, legend_box = _legend(L, box, [s[0] for s in series], x, 0, w)
        legend_h = legend_box[3] + GAP
        top = y + h - legend_box[3]
        out += [_shift(b, top) for b in legend]
        legend_box = (legend_box[0], top, legend_box[2], legend_box[3])
    ncat, npts = len(box.categories), len(values)
    horizontal = box.type == "bar"
    if horizontal:  # categories down the side, values along the bottom
        cts = L.text_style(size, color=L.colors.text, align="r")
        words = max(_width(L, word, cts) for cat in box.categories for word in (cat.split() or [""]))
        cat_w = max(min(max(_width(L, c, cts) for c in box.categories), w * 0.3), words) + 2
        # the last tick label is centred on the axis end: room for half of it on the right
        labels = npts <= MAX_POINT_LABELS
        right = max(tick_w / 2, value_w + GAP if labels else 0.0) + 2
        x0, x1 = x + cat_w + GAP, x + w - right
        y0, y1 = y + 2, y + h - legend_h - _line_h(size) - GAP
        slot = (y1 - y0) / ncat
        group = slot * GROUP
        bar = group / len(series)
        labels = labels and bar >= _line_h(size) * 0.8
        scale = (x1 - x0) / (hi - lo)
        for t, text in zip(ticks, tick_texts):
            tx = x0 + (t - lo) * scale
            out.append(Rule(tx, y0, tx, y1, box.grid_color, box.grid_width))
            out.append(_label(L, text, size, tx, y1 + GAP / 2))
        zero = x0 + (0 - lo) * scale
        for i, cat in enumerate(box.categories):
            top = y0 + i * slot
            p_h = len(L.para(cat, cts, cat_w).lines) * _line_h(size)
            out.append(_label(L, cat, size, x0 - GAP, top + (slot - p_h) / 2, align="r", width=cat_w))
            for s, (_, vs) in enumerate(series):
                by = top + (slot - group) / 2 + (len(series) - 1 - s) * bar  # PowerPoint stacks series bottom-up
                end = x0 + (vs[i] - lo) * scale
                out.append(Rect(min(zero, end), by, abs(end - zero), bar * BAR, fill=colors[s], name="Bar"))
                if labels:
                    text = format_number(vs[i], label_code)
                    ly = by + bar * BAR / 2 - _line_h(size) / 2
                    out.append(_label(L, text, size, max(zero, end) + GAP / 2, ly, align="l") if vs[i] >= 0 else
                               _label(L, text, size, min(zero, end) - GAP / 2, ly, align="r"))
        out.append(Rule(zero, y0, zero, y1, box.axis_color, box.axis_width))
        plot = (x0, y0, x1 - x0, y1 - y0)
        skip, rotation = 1, 0.0
    else:
        x0, x1 = x + tick_w + GAP, x + w - 2
        slot = (x1 - x0) / ncat
        skip, room, cat_h, rotation = _category_labels(L, box, slot, h * 0.3)
        # lines of several series cross: labels above their points would collide, so the axis is read instead
        labels = (npts <= MAX_POINT_LABELS and value_w + GAP <= slot
                  and (box.type != "line" or len(series) == 1))
        y0 = y + (_line_h(size) + GAP / 2 if labels else _line_h(size) / 2)
        y1 = y + h - legend_h - cat_h - GAP
        scale = (y1 - y0) / (hi - lo)
        for t, text in zip(ticks, tick_texts):
            ty = y1 - (t - lo) * scale
            out.append(Rule(x0, ty, x1, ty, box.grid_color, box.grid_width))
            out.append(_label(L, text, size, x0 - GAP, ty - _line_h(size) / 2, align="r"))
        zero = y1 - (0 - lo) * scale
        for i in range(0, ncat, skip):
            cx = x0 + (i + 0.5) * slot
            out.append(_turned(L, box.categories[i], size, cx, y1 + GAP / 2) if rotation else
                       _label(L, box.categories[i], size, cx, y1 + GAP / 2, width=room))
        if box.type == "line":
            for s, (_, vs) in enumerate(series):
                pts = tuple((round(x0 + (i + 0.5) * slot, 2), round(y1 - (v - lo) * scale, 2))
                            for i, v in enumerate(vs))
                out.append(Polyline(pts, colors[s], box.line_width))
                m = box.marker_size
                for (px, py), v in zip(pts, vs):
                    out.append(Rect(px - m / 2, py - m / 2, m, m, fill=colors[s], name="Marker", geom="ellipse"))
                    if labels:
                        out.append(_label(L, format_number(v, label_code), size, px, py - 5 - _line_h(size)))
        else:
            group = slot * GROUP
            bar = group / len(series)
            for i in range(ncat):
                for s, (_, vs) in enumerate(series):
                    bx = x0 + i * slot + (slot - group) / 2 + s * bar
                    top = y1 - (vs[i] - lo) * scale
                    out.append(Rect(bx, min(zero, top), bar * BAR, abs(zero - top), fill=colors[s], name="Bar"))
                    if labels:
                        ly = min(zero, top) - _line_h(size) - 1 if vs[i] >= 0 else max(zero, top) + 1
                        out.append(_label(L, format_number(vs[i], label_code), size, bx + bar * BAR / 2, ly))
        out.append(Rule(x0, zero, x1, zero, box.axis_color, box.axis_width))
        plot = (x0, y0, x1 - x0, y1 - y0)
    position = {"bar": "outEnd", "column": "outEnd", "line": "t"}[box.type]
    return replace(box, drawing=tuple(out), axis=(lo, hi, step), tick_format=tick_code, label_format=label_code,
                   data_labels=labels, label_positions=(position,) if labels else (),
                   legend="b" if legend_box else None, legend_box=legend_box, plot=_rounded(plot),
                   category_skip=skip, category_rotation=rotation, bottom_up=horizontal)


# -- pies ----------------------------------------------------------------------------------------------

def _pie(L, box: ChartBox) -> ChartBox:
    """Return *box* with its pie decided and drawn: first slice at 12 o'clock, clockwise (as PowerPoint
    draws it); each share inside its slice in black or white, whichever reads, or outside when it does not
    fit; the legend right beside the pie."""
    x, y, w, h, size = box.x, box.y, box.w, box.h, box.font_size
    values = box.series[0][1]
    total = math.fsum(v for v in values if v > 0) or 1.0
    shares = [max(v, 0) / total for v in values]
    texts = [f"{s:.0%}" for s in shares]
    ts = L.text_style(size, color=L.colors.text, bold=True)
    label_w = max(_width(L, t, ts) for t in texts)
    line_h = _line_h(size)
    outside_room = label_w + GAP
    legend_ts = L.text_style(size, color=L.colors.text)
    per_column = max(1, int(h // (size * 1.5)))  # entries a column holds; more make another column
    columns = -(-len(box.categories) // per_column)
    legend_w = (max(_width(L, c, legend_ts) for c in box.categories) + size * 1.3 + 2 * GAP) * columns - 2 * GAP
    legend_h = size * 1.5 * min(len(box.categories), per_column)
    r = max(min(h / 2 - line_h - GAP, (w - legend_w - 2 * outside_room - 3 * GAP) / 2), size * 2)
    cx, cy = x + outside_room + r + GAP, y + h / 2
    out: list = []
    labels: list = []
    colors, positions = [], []
    angle = 90.0
    slice_line = "FFFFFF"
    show = len(values) <= MAX_POINT_LABELS
    for share, text, color in zip(shares, texts, box.colors):
        sweep = -360.0 * share
        if abs(sweep) < 1e-6:  # an empty slice: nothing to draw (an arc of no extent has no shape)
            colors.append(L.colors.text)
            positions.append("outEnd")
            continue
        out.append(Wedge(cx, cy, r, angle, sweep, color, line=slice_line, line_width=SLICE_LINE_WIDTH))
        mid = math.radians(angle + sweep / 2)
        # inside when the label fits across the slice at 62% of the radius, and between centre and rim
        chord = 2 * r * 0.62 * math.sin(min(abs(math.radians(sweep)) / 2, math.pi / 2))
        inside = chord >= _width(L, text, ts) + GAP and abs(sweep) >= 20
        if inside:
            ink = label_on(color, L.colors.text, L.colors.background)
            lx, ly = cx + math.cos(mid) * r * 0.62, cy - math.sin(mid) * r * 0.62
            align = "ctr"
        else:
            ink = L.colors.text
            lx, ly = cx + math.cos(mid) * (r + GAP), cy - math.sin(mid) * (r + line_h / 2 + GAP / 2)
            align = "l" if math.cos(mid) >= 0 else "r"
        colors.append(ink)
        positions.append("ctr" if inside else "outEnd")
        if show:
            labels.append(_label(L, text, size, lx, ly - line_h / 2, align=align, color=ink, bold=True))
        angle += sweep
    out += labels
    lx = cx + r + outside_room + 2 * GAP
    top = max(y, cy - legend_h / 2)
    legend, legend_box = _legend(L, box, box.categories, lx, top, x + w - lx, per_column=per_column)
    out += legend
    return replace(box, drawing=tuple(out), data_labels=show, label_format="0%", label_colors=tuple(colors),
                   label_bold=True, label_shows="percent", slice_line=slice_line, slice_line_width=SLICE_LINE_WIDTH,
                   label_positions=tuple(positions) if show else (), legend="r", legend_box=_rounded(legend_box),
                   plot=_rounded((cx - r, cy - r, 2 * r, 2 * r)))


def _bar_spacing(n: int) -> dict:
    """Return the DrawingML gap and overlap (per cent of a bar) that space *n* bars a category as drawn here:
    each BAR of its pitch wide, the group GROUP of the slot (PowerPoint: slot = bar × (n + gap − (n−1)·overlap))."""
    overlap = round(100 * (1 - 1 / BAR))  # negative: a gap between the bars of a group
    return {"bar_gap": round(100 * n / (GROUP * BAR) - 100 * n + (n - 1) * overlap), "bar_overlap": overlap}


def _rounded(rect) -> tuple[float, float, float, float]:
    return tuple(round(v, 2) for v in rect)


def _shift(box, dy: float):
    """Return *box* (a Rect or TextFrame) moved down by *dy*."""
    return replace(box, y=box.y + dy)
