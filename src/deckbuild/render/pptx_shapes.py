"""PowerPoint shapes beyond text, as DrawingML: pictures (with alt text), real tables, and native,
editable charts (chart part plus embedded workbook)."""

from __future__ import annotations

import re
from xml.sax.saxutils import quoteattr

from deckbuild.layout.boxes import ChartBox, Picture, TableBox
from deckbuild.render.pptx_a11y import c_nv_pr
from deckbuild.render.pptx_text import tx_body, xfrm
from deckbuild.units import emu

CHART_TYPES = {"bar": "BAR_CLUSTERED", "column": "COLUMN_CLUSTERED", "line": "LINE_MARKERS", "pie": "PIE"}
C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart"
TBL_NS = "http://schemas.openxmlformats.org/drawingml/2006/table"


def picture_xml(shape_id: int, box: Picture, rid: str) -> str:
    """Return a ``p:pic`` showing the image related as *rid*, its alt text as the description."""
    name = quoteattr(f"{box.name} {shape_id - 1}")
    return (f'<p:pic><p:nvPicPr>{c_nv_pr(shape_id, name, box.alt, box.decorative)}'
            f'<p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>'
            f'<p:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>'
            f'<p:spPr>{xfrm(box.x, box.y, box.w, box.h)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
            f'</p:pic>')


def table_xml(shape_id: int, box: TableBox, link, lang: str = "en-US") -> str:
    """Return a ``p:graphicFrame`` holding a real table: widths, heights, fills, margins and text as laid out."""
    grid = "".join(f'<a:gridCol w="{emu(w)}"/>' for w in box.widths)
    border = f'<a:solidFill><a:srgbClr val="{box.line}"/></a:solidFill>'
    lines = "".join(f'<a:{side} w="{emu(1)}">{border}</a:{side}>' for side in ("lnL", "lnR", "lnT", "lnB"))
    rows = []
    for height, cells in zip(box.heights, box.cells):
        tcs = []
        for cell in cells:
            fill = f'<a:solidFill><a:srgbClr val="{cell.fill}"/></a:solidFill>' if cell.fill else "<a:noFill/>"
            m = emu(cell.margin)
            tcs.append(f'<a:tc>{tx_body(cell.frame, link, tag="a:txBody", lang=lang)}'
                       f'<a:tcPr marL="{m}" marR="{m}" marT="{m}" marB="{m}" anchor="ctr">{lines}{fill}</a:tcPr>'
                       f'</a:tc>')
        rows.append(f'<a:tr h="{emu(height)}">{"".join(tcs)}</a:tr>')
    first = ' firstRow="1"' if box.header else ""
    return _graphic_frame(shape_id, "Table", box, TBL_NS,
                          f'<a:tbl><a:tblPr{first}/><a:tblGrid>{grid}</a:tblGrid>{"".join(rows)}</a:tbl>')


def chart_frame_xml(shape_id: int, box: ChartBox, rid: str) -> str:
    """Return a ``p:graphicFrame`` showing the chart part related as *rid*."""
    return _graphic_frame(shape_id, "Chart", box, C_NS, f'<c:chart xmlns:c="{C_NS}" r:id="{rid}"/>', box.alt)


def _graphic_frame(shape_id: int, name: str, box: TableBox | ChartBox, uri: str, data: str,
                   alt: str | None = None) -> str:
    """Return a ``p:graphicFrame`` at *box*'s position holding *data* of kind *uri* (alt text *alt*)."""
    nv = c_nv_pr(shape_id, f'"{name} {shape_id - 1}"', alt)
    return (f'<p:graphicFrame><p:nvGraphicFramePr>{nv}'
            f'<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/>'
            f'</p:nvGraphicFramePr>{xfrm(box.x, box.y, box.w, box.h, tag="p:xfrm")}<a:graphic>'
            f'<a:graphicData uri="{uri}">{data}</a:graphicData></a:graphic></p:graphicFrame>')


def chart_part(box: ChartBox) -> tuple[bytes, bytes]:
    """Return (chart XML, workbook bytes): a native chart coloured and lettered like the handout's."""
    from lxml import etree
    from pptx.chart.chart import Chart
    from pptx.chart.data import CategoryChartData
    from pptx.dml.color import RGBColor
    from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
    from pptx.oxml import parse_xml
    from pptx.util import Pt

    # PowerPoint draws a bar chart's first category at the bottom: give it the categories bottom-up so the
    # first one is on top, as in the handout, with the value axis where it belongs (no axis reversal).
    flip = box.type == "bar"
    data = CategoryChartData()
    data.categories = list(reversed(box.categories)) if flip else list(box.categories)
    for name, values in box.series:
        data.add_series(name, list(reversed(values)) if flip else list(values))
    kind = getattr(XL_CHART_TYPE, CHART_TYPES[box.type])
    space = parse_xml(data.xml_bytes(kind))
    chart = Chart(space, None)
    chart.font.name = box.font
    chart.font.size = Pt(box.font_size)
    chart.font.color.rgb = RGBColor.from_string(box.text_color)
    chart.has_title = False  # the slide title names the chart
    plot = chart.plots[0]
    show_labels = len(box.categories) * len(box.series) <= 24
    plot.has_data_labels = show_labels
    if box.type == "pie":
        chart.has_legend = True
        chart.legend.position = XL_LEGEND_POSITION.RIGHT
        chart.legend.include_in_layout = False
        labels = plot.data_labels
        labels.show_percentage, labels.show_value, labels.show_category_name = True, False, False
        labels.number_format, labels.number_format_is_linked = "0%", False
        labels.font.color.rgb = RGBColor.from_string("FFFFFF")
        labels.font.bold = True
        for j, point in enumerate(plot.series[0].points):
            point.format.fill.solid()
            point.format.fill.fore_color.rgb = RGBColor.from_string(box.colors[j])
            point.format.line.color.rgb = RGBColor.from_string("FFFFFF")
    else:
        if show_labels:
            plot.data_labels.show_value = True
            plot.data_labels.number_format, plot.data_labels.number_format_is_linked = "#,##0.##", False
        chart.has_legend = len(box.series) > 1
        if chart.has_legend:
            chart.legend.position = XL_LEGEND_POSITION.BOTTOM
            chart.legend.include_in_layout = False
        if box.type in ("bar", "column"):
            plot.gap_width = 43
            plot.overlap = 0
        for s, series in enumerate(plot.series):
            color = RGBColor.from_string(box.colors[s])
            if box.type == "line":
                series.format.line.color.rgb = color
                series.format.line.width = Pt(2.25)
                series.smooth = False
                series.marker.format.fill.solid()
                series.marker.format.fill.fore_color.rgb = color
                series.marker.format.line.color.rgb = color
            else:
                series.format.fill.solid()
                series.format.fill.fore_color.rgb = color
        value_axis = chart.value_axis
        value_axis.has_major_gridlines = True
        value_axis.major_gridlines.format.line.color.rgb = RGBColor.from_string("D1D5DB")
        value_axis.format.line.fill.background()
    space.get_or_add_externalData().rId = "rId1"  # the embedded workbook, related by the chart part
    xml = etree.tostring(space, xml_declaration=True, encoding="UTF-8", standalone=True)
    # python-pptx's chart XML uses negative axis ids; the schema wants unsigned ints
    xml = re.sub(rb'(<c:(?:axId|crossAx) val=")-(\d+)"', rb'\g<1>\g<2>"', xml)
    return xml, data.xlsx_blob
