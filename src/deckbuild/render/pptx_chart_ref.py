"""A native chart made by python-pptx: the reference for render.pptx_chart, and what makes the charts that module
does not write itself (see ``pptx_chart.writable``).

python-pptx builds the chart part from its templates and the layout's decisions are set on the tree (axis range
and step, number formats, label positions and colours, legend and plot area, category labels shown);
XlsxWriter writes the embedded workbook.
"""

from __future__ import annotations

import re

from deckbuild.layout.boxes import ChartBox

CHART_TYPES = {"bar": "BAR_CLUSTERED", "column": "COLUMN_CLUSTERED", "line": "LINE_MARKERS", "pie": "PIE"}
C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart"


def reference_chart_part(box: ChartBox) -> tuple[bytes, bytes]:
    """Return (chart XML, workbook bytes) of *box* as python-pptx and XlsxWriter make them, the workbook with
    fixed timestamps (``package.normalize_zip``): a native chart showing exactly what the layout decided."""
    from lxml import etree
    from pptx.chart.chart import Chart
    from pptx.chart.data import CategoryChartData
    from pptx.dml.color import RGBColor
    from pptx.enum.chart import XL_CHART_TYPE, XL_MARKER_STYLE, XL_TICK_MARK
    from pptx.oxml import parse_xml
    from pptx.util import Pt

    data = CategoryChartData()
    data.categories = list(reversed(box.categories)) if box.bottom_up else list(box.categories)
    for name, values in box.series:
        data.add_series(name, list(reversed(values)) if box.bottom_up else list(values))
    kind = getattr(XL_CHART_TYPE, CHART_TYPES[box.type])
    space = parse_xml(data.xml_bytes(kind))
    chart = Chart(space, None)
    chart.font.name = box.font
    chart.font.size = Pt(box.font_size)
    chart.font.color.rgb = RGBColor.from_string(box.text_color)
    chart.has_title = False  # the slide title names the chart
    plot = chart.plots[0]
    if box.data_labels:  # per series (_labels fills them): a pie's slices each get their own colour
        for series in plot.series:
            series.data_labels  # noqa: B018 - creates the series' c:dLbls
    chart.has_legend = box.legend is not None
    if box.legend is not None:
        chart.legend.include_in_layout = False
    if box.type == "pie":
        for j, point in enumerate(plot.series[0].points):
            point.format.fill.solid()
            point.format.fill.fore_color.rgb = RGBColor.from_string(box.colors[j])
            if box.slice_line is not None:
                point.format.line.color.rgb = RGBColor.from_string(box.slice_line)
                point.format.line.width = Pt(box.slice_line_width)
    else:
        if box.type in ("bar", "column"):
            plot.gap_width = box.bar_gap
            plot.overlap = box.bar_overlap
        for s, series in enumerate(plot.series):
            color = RGBColor.from_string(box.colors[s])
            if box.type == "line":
                series.format.line.color.rgb = color
                series.format.line.width = Pt(box.line_width)
                series.smooth = False  # straight segments between the points, as the layout drew them
                series.marker.style = XL_MARKER_STYLE.CIRCLE
                series.marker.size = max(2, min(72, round(box.marker_size)))  # points across (2–72 allowed)
                series.marker.format.fill.solid()
                series.marker.format.fill.fore_color.rgb = color
                series.marker.format.line.color.rgb = color
            else:
                series.format.fill.solid()
                series.format.fill.fore_color.rgb = color
        value_axis = chart.value_axis
        lo, hi, step = box.axis
        value_axis.minimum_scale, value_axis.maximum_scale, value_axis.major_unit = lo, hi, step
        value_axis.has_major_gridlines = True
        value_axis.major_gridlines.format.line.color.rgb = RGBColor.from_string(box.grid_color)
        value_axis.major_gridlines.format.line.width = Pt(box.grid_width)
        value_axis.format.line.fill.background()
        value_axis.tick_labels.number_format = box.tick_format
        value_axis.tick_labels.number_format_is_linked = False
        category_axis = chart.category_axis
        category_axis.format.line.color.rgb = RGBColor.from_string(box.axis_color)
        category_axis.format.line.width = Pt(box.axis_width)
        category_axis.major_tick_mark = XL_TICK_MARK.OUTSIDE if box.tick_marks else XL_TICK_MARK.NONE
    _decide(space, box)
    space.get_or_add_externalData().rId = "rId1"  # the embedded workbook, related by the chart part
    xml = etree.tostring(space, xml_declaration=True, encoding="UTF-8", standalone=True)
    # python-pptx's chart XML uses negative axis ids; the schema wants unsigned ints
    xml = re.sub(rb'(<c:(?:axId|crossAx) val=")-(\d+)"', rb'\g<1>\g<2>"', xml)
    from deckbuild.render.zip_entries import normalize_zip

    return xml, normalize_zip(data.xlsx_blob, embedded=True)


def _c(tag: str, **attrs) -> object:
    from lxml import etree

    return etree.Element(f"{{{C_NS}}}{tag}", {k: str(v) for k, v in attrs.items()})


def _manual_layout(rect, box: ChartBox, inner: bool = False):
    """Return a ``c:layout`` placing *rect* (slide points) inside the chart frame, as fractions of it."""
    x, y, w, h = rect
    layout = _c("layout")
    manual = _c("manualLayout")
    layout.append(manual)
    if inner:
        manual.append(_c("layoutTarget", val="inner"))
    manual.append(_c("xMode", val="edge"))
    manual.append(_c("yMode", val="edge"))
    for tag, value in (("x", (x - box.x) / box.w), ("y", (y - box.y) / box.h), ("w", w / box.w), ("h", h / box.h)):
        manual.append(_c(tag, val=f"{min(max(value, 0.0), 1.0):.4f}"))
    return layout


def _decide(space, box: ChartBox) -> None:
    """Write the layout's decisions python-pptx has no properties for: where the plot area and the legend
    are, label positions, formats and colours, and which category labels show, unrotated."""
    ns = {"c": C_NS}
    plot_area = space.find(".//c:plotArea", ns)
    if box.plot is not None:
        old = plot_area.find("c:layout", ns)
        if old is not None:
            plot_area.remove(old)
        plot_area.insert(0, _manual_layout(box.plot, box, inner=True))
    legend = space.find(".//c:legend", ns)
    if legend is not None:
        position = legend.find("c:legendPos", ns)
        if position is None:
            position = _c("legendPos")
            legend.insert(0, position)
        position.set("val", box.legend)
        if box.legend_box is not None and box.legend == "r":  # beside the pie, where the layout put it (a
            # legend below the plot is centred there by the viewer; the strict schema refuses its layout)
            position.addnext(_manual_layout(box.legend_box, box))
    for d_lbls in space.iterfind(".//c:ser/c:dLbls", ns):
        _labels(d_lbls, box)
    for cat_ax in space.iterfind(".//c:catAx", ns):
        _rotation(cat_ax, box.category_rotation)
        if box.category_skip > 1:
            after = cat_ax.find("c:lblOffset", ns)
            if after is None:
                after = cat_ax.find("c:crossAx", ns)
            after.addnext(_c("tickLblSkip", val=box.category_skip))
            after.getnext().addnext(_c("tickMarkSkip", val=box.category_skip))
    for val_ax in space.iterfind(".//c:valAx", ns):
        cross = val_ax.find("c:crossBetween", ns)
        if cross is not None:
            cross.set("val", "between")


def _rotation(axis, degrees: float) -> None:
    """Turn *axis*'s tick labels as the layout did (0: horizontal, never turned or stacked by the viewer)."""
    from lxml import etree

    A = "http://schemas.openxmlformats.org/drawingml/2006/main"
    tx = axis.find(f"{{{C_NS}}}txPr")
    if tx is None:
        tx = _c("txPr")
        etree.SubElement(tx, f"{{{A}}}bodyPr")
        etree.SubElement(tx, f"{{{A}}}lstStyle")
        p = etree.SubElement(tx, f"{{{A}}}p")
        etree.SubElement(etree.SubElement(p, f"{{{A}}}pPr"), f"{{{A}}}defRPr")
        etree.SubElement(p, f"{{{A}}}endParaRPr", lang="en-US")
        anchor = axis.find(f"{{{C_NS}}}crossAx")
        anchor.addprevious(tx)
    body = tx.find(f"{{{A}}}bodyPr")
    body.set("rot", str(round(degrees * 60000)))
    body.set("vert", "horz")


def _labels(d_lbls, box: ChartBox) -> None:
    """Fill a series' ``c:dLbls``: number format, what they show, position, and (pies) colour per slice."""
    A = "http://schemas.openxmlformats.org/drawingml/2006/main"
    for child in list(d_lbls):
        d_lbls.remove(child)
    pie = box.type == "pie"
    if pie:
        for j, (color, position) in enumerate(zip(box.label_colors, box.label_positions)):
            d_lbl = _c("dLbl")
            d_lbl.append(_c("idx", val=j))
            _label_body(d_lbl, box, color, position, A)
            d_lbls.append(d_lbl)
    _label_body(d_lbls, box, box.text_color, box.label_positions[0] if not pie else None, A)


def _label_body(parent, box: ChartBox, color: str, position: str | None, A: str) -> None:
    from lxml import etree

    parent.append(_c("numFmt", formatCode=box.label_format, sourceLinked=0))
    parent.append(_c("spPr"))
    tx = _c("txPr")
    etree.SubElement(tx, f"{{{A}}}bodyPr", rot="0", vert="horz", wrap="none")
    etree.SubElement(tx, f"{{{A}}}lstStyle")
    p = etree.SubElement(tx, f"{{{A}}}p")
    rpr = etree.SubElement(etree.SubElement(p, f"{{{A}}}pPr"), f"{{{A}}}defRPr", sz=str(round(box.font_size * 100)),
                           b="1" if box.label_bold else "0")
    fill = etree.SubElement(rpr, f"{{{A}}}solidFill")
    etree.SubElement(fill, f"{{{A}}}srgbClr", val=color)
    etree.SubElement(p, f"{{{A}}}endParaRPr", lang="en-US")
    parent.append(tx)
    if position is not None:
        parent.append(_c("dLblPos", val=position))
    percent = box.label_shows == "percent"
    for tag, on in (("showLegendKey", 0), ("showVal", 0 if percent else 1), ("showCatName", 0), ("showSerName", 0),
                    ("showPercent", 1 if percent else 0), ("showBubbleSize", 0)):
        parent.append(_c(tag, val=on))
    if parent.tag.endswith("dLbls") and box.type == "pie":
        parent.append(_c("showLeaderLines", val=1))
