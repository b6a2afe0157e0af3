"""Chart slides: the data for a native PowerPoint chart, and the same chart drawn as vector boxes.

The PowerPoint painter writes an editable chart from the data and colours; the PDF painter draws
the vector boxes. Both use the same colours, categories and values.
"""

from __future__ import annotations

import math
from dataclasses import replace

from deckbuild.alt_text import chart_alt
from deckbuild.layout.boxes import ChartBox, Polyline, Rect, Rule, Wedge
from deckbuild.layout.common import Draft, Pages, SlideLayout, mix
from deckbuild.layout.text import stack
from deckbuild.model import Section, Slide


def palette(L: SlideLayout, n: int) -> tuple[str, ...]:
    """Return *n* series colours from the style: primary, accent, muted, then their tints."""
    c = L.colors
    base = [c.primary, c.accent, c.muted]
    out = [base[i % 3] if i < 3 else mix(base[i % 3], "FFFFFF", min(0.25 * (i // 3) + 0.2, 0.8)) for i in range(n)]
    return tuple(out)


def fmt(value: float) -> str:
    """Return *value* as a short label: no trailing zeros, thousands separated."""
    if abs(value) >= 1e15 or 0 < abs(value) < 0.01:  # 16+ digits, or two decimal places would show 0
        return f"{value:.3g}"
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def nice_scale(lo: float, hi: float, ticks: int = 5) -> tuple[float, float, float]:
    """Return (low, high, step) of a value axis covering *lo*..*hi* in round steps."""
    lo, hi = min(lo, 0.0), max(hi, 0.0)
    if hi == lo:
        hi = lo + 1
    raw = (hi - lo) / ticks
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if (hi - lo) / (m * mag) <= ticks)
    return math.floor(lo / step) * step, math.ceil(hi / step) * step, step


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


def chart_slide(L: SlideLayout, slide: Slide, section: Section) -> list[Draft]:
    """Return the chart slide (its title only, after an error, when its values cannot be drawn)."""
    pages = Pages(L, slide, L.number)
    c = pages.chrome(0)
    chart = slide.chart
    if not drawable(chart, chart.pos, L.diags):
        return pages.drafts("chart", section, [[]])
    series = tuple((s.name, s.values) for s in chart.series)
    n = len(chart.categories) if chart.type == "pie" else len(series)
    colors = palette(L, n)
    size = max(round(L.sizes.min_body * 0.8), 12)
    draw = {"pie": _pie, "bar": _bars, "column": _bars, "line": _bars}[chart.type]
    drawing = draw(L, chart, series, colors, size, c.x, c.y, c.w, c.h)
    box = ChartBox(c.x, c.y, c.w, c.h, chart.type, chart.categories, series, colors, L.style.fonts.body, size,
                   L.colors.text, tuple(drawing), alt=chart_alt(chart))
    return pages.drafts("chart", section, [[box]])


def _label(L, text, size, x, y, w, align="ctr", color=None, bold=False):
    p = L.para(text, L.text_style(size, color=color or L.colors.text, align=align, spacing=1.15, bold=bold), w)
    return stack([p], x, y, w, p.height, role="chart-label")


def _legend(L, names, colors, size, x, y, w) -> tuple[list, float]:
    """Return legend boxes (swatch + name per entry, centred in rows) and their height."""
    items = [(name, color, L.setter.face(L.style.fonts.body).width(name, size) + size * 1.6) for name, color
             in zip(names, colors)]
    rows, row, used = [], [], 0.0
    for item in items:
        if row and used + item[2] + 14 > w:
            rows.append(row)
            row, used = [], 0.0
        row.append(item)
        used += item[2] + 14
    rows.append(row)
    boxes, line_h = [], size * 1.5
    for r, entries in enumerate(rows):
        total = sum(e[2] for e in entries) + 14 * (len(entries) - 1)
        cx = x + (w - total) / 2
        cy = y + r * line_h
        for name, color, ew in entries:
            boxes.append(Rect(cx, cy + size * 0.25, size * 0.9, size * 0.9, fill=color, name="Legend key"))
            boxes.append(_label(L, name, size, cx + size * 1.3, cy, ew - size * 1.3 + 2, align="l"))
            cx += ew + 14
    return boxes, line_h * len(rows)


def _bars(L, chart, series, colors, size, x, y, w, h) -> list:
    """Return a column, bar or line chart as boxes: grid, axis labels, bars or lines, value labels, legend."""
    out: list = []
    values = [v for _, vs in series for v in vs]
    lo, hi, step = nice_scale(min(values), max(values))
    legend_h = 0.0
    if len(series) > 1:
        legend, legend_h = _legend(L, [s[0] for s in series], colors, size, x, 0, w)
        legend_h += 8
        out += [_shift(b, y + h - legend_h + 8) for b in legend]
    face = L.setter.face(L.style.fonts.body)
    ticks = [lo + i * step for i in range(int(round((hi - lo) / step)) + 1)]
    tick_w = max(face.width(fmt(t), size) for t in ticks) + 8
    ncat = len(chart.categories)
    grid = mix(L.colors.muted, "FFFFFF", 0.7)
    horizontal = chart.type == "bar"
    if horizontal:  # categories down the side, values along the bottom
        cat_w = min(max(face.width(c, size) for c in chart.categories) / 0.985 + 10, w * 0.3)
        x0, x1, y0, y1 = x + cat_w, x + w - 10, y + 4, y + h - legend_h - size * 1.6
        slot = (y1 - y0) / ncat
        scale = (x1 - x0) / (hi - lo)
        for t in ticks:
            tx = x0 + (t - lo) * scale
            out.append(Rule(tx, y0, tx, y1, grid, 0.75))
            out.append(_label(L, fmt(t), size, tx - 40, y1 + 4, 80))
        zero = x0 + (0 - lo) * scale
        for i, cat in enumerate(chart.categories):
            top = y0 + i * slot
            out.append(_label(L, cat, size, x, top + slot / 2 - size * 0.6, cat_w - 10, align="r"))
            group = slot * 0.7
            bar = group / len(series)
            for s, (_, vs) in enumerate(series):
                by = top + (slot - group) / 2 + (len(series) - 1 - s) * bar  # PowerPoint stacks series bottom-up
                end = x0 + (vs[i] - lo) * scale
                out.append(Rect(min(zero, end), by, abs(end - zero), bar * 0.92, fill=colors[s], name="Bar"))
                if ncat * len(series) <= 24:
                    out.append(_label(L, fmt(vs[i]), size, max(zero, end) + 4, by + bar * 0.46 - size * 0.6, 80,
                                      align="l"))
        out.append(Rule(zero, y0, zero, y1, L.colors.muted, 1.0))
        return out
    cat_h = size * 1.15 * 2 + 6
    x0, x1, y0, y1 = x + tick_w, x + w, y + size, y + h - legend_h - cat_h
    slot = (x1 - x0) / ncat
    scale = (y1 - y0) / (hi - lo)
    for t in ticks:
        ty = y1 - (t - lo) * scale
        out.append(Rule(x0, ty, x1, ty, grid, 0.75))
        out.append(_label(L, fmt(t), size, x, ty - size * 0.6, tick_w - 8, align="r"))
    zero = y1 - (0 - lo) * scale
    for i, cat in enumerate(chart.categories):
        out.append(_label(L, cat, size, x0 + i * slot + 2, y1 + 4, slot - 4))
    if chart.type == "line":
        for s, (_, vs) in enumerate(series):
            pts = tuple((round(x0 + (i + 0.5) * slot, 2), round(y1 - (v - lo) * scale, 2)) for i, v in enumerate(vs))
            out.append(Polyline(pts, colors[s], 2.25))
            for (px, py), v in zip(pts, vs):
                out.append(Rect(px - 4, py - 4, 8, 8, fill=colors[s], name="Marker", geom="ellipse"))
                if ncat * len(series) <= 24:
                    out.append(_label(L, fmt(v), size, px - 40, py - size * 1.7, 80))
    else:
        group = slot * 0.7
        bar = group / len(series)
        for i in range(ncat):
            for s, (_, vs) in enumerate(series):
                bx = x0 + i * slot + (slot - group) / 2 + s * bar
                top = y1 - (vs[i] - lo) * scale
                out.append(Rect(bx, min(zero, top), bar * 0.92, abs(zero - top), fill=colors[s], name="Bar"))
                if ncat * len(series) <= 24:
                    ly = min(zero, top) - size * 1.3 if vs[i] >= 0 else max(zero, top) + 2
                    out.append(_label(L, fmt(vs[i]), size, bx + bar * 0.46 - 40, ly, 80))
    out.append(Rule(x0, zero, x1, zero, L.colors.muted, 1.0))
    return out


def _pie(L, chart, series, colors, size, x, y, w, h) -> list:
    """Return a pie chart (first slice at 12 o'clock, clockwise, as PowerPoint draws it) and its legend."""
    values = series[0][1]
    total = math.fsum(v for v in values if v > 0) or 1.0
    r = min(h / 2 - 6, w * 0.28)
    cx, cy = x + w * 0.3, y + h / 2
    out: list = []
    labels: list = []
    angle = 90.0
    for value, color in zip(values, colors):
        sweep = -360.0 * max(value, 0) / total
        if abs(sweep) < 1e-6:  # an empty slice: nothing to draw (an arc of no extent has no shape)
            continue
        out.append(Wedge(cx, cy, r, angle, sweep, color, line="FFFFFF"))
        if sweep and len(values) <= 24:  # the share, inside the slice (y grows downwards on the page)
            mid = math.radians(angle + sweep / 2)
            lx, ly = cx + math.cos(mid) * r * 0.62, cy - math.sin(mid) * r * 0.62
            labels.append(_label(L, f"{max(value, 0) / total:.0%}", size, lx - 40, ly - size * 0.6, 80,
                                 color="FFFFFF", bold=True))
        angle += sweep
    out += labels
    names = list(chart.categories)
    lx, lw = x + w * 0.6, w * 0.4
    line_h = size * 1.6
    top = cy - line_h * len(names) / 2
    for i, (name, color) in enumerate(zip(names, colors)):
        out.append(Rect(lx, top + i * line_h + size * 0.25, size * 0.9, size * 0.9, fill=color, name="Legend key"))
        out.append(_label(L, name, size, lx + size * 1.4, top + i * line_h, lw - size * 1.4, align="l"))
    return out


def _shift(box, dy: float):
    """Return *box* (a Rect or TextFrame) moved down by *dy*."""
    return replace(box, y=box.y + dy)
