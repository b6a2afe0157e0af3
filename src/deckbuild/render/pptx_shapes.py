"""PowerPoint shapes beyond text: pictures (with alt text), real tables and native, editable charts."""

from __future__ import annotations

from deckbuild.layout.boxes import ChartBox, Picture, TableBox
from deckbuild.units import emu

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
CHART_TYPES = {"bar": "BAR_CLUSTERED", "column": "COLUMN_CLUSTERED", "line": "LINE_MARKERS", "pie": "PIE"}


def add_picture(slide, box: Picture) -> None:
    """Add *box*'s image at its position and size; its alt text becomes the picture's description."""
    pic = slide.shapes.add_picture(str(box.path), emu(box.x), emu(box.y), emu(box.w), emu(box.h))
    c_nv_pr = pic._element.nvPicPr.cNvPr
    c_nv_pr.set("descr", box.alt)
    c_nv_pr.set("name", f"{box.name} {c_nv_pr.get('id')}")


def add_table(slide, box: TableBox, paragraphs_xml) -> None:
    """Add a real table: column widths, row heights, cell fills, margins and text as the layout decided."""
    from pptx.oxml import parse_xml

    rows, cols = len(box.cells), len(box.widths)
    frame = slide.shapes.add_table(rows, cols, emu(box.x), emu(box.y), emu(box.w), emu(box.h))
    table = frame.table
    table.first_row = box.header
    table.horz_banding = False
    for j, w in enumerate(box.widths):
        table.columns[j].width = emu(w)
    for i, h in enumerate(box.heights):
        table.rows[i].height = emu(h)
    border = (f'<a:ln w="{emu(1)}"><a:solidFill><a:srgbClr val="{box.line}"/></a:solidFill></a:ln>')
    for i, row in enumerate(box.cells):
        for j, cell in enumerate(row):
            tc = table.cell(i, j)._tc
            paras = "".join(paragraphs_xml(p) for p in cell.frame.paragraphs) or "<a:p/>"
            tx = parse_xml(f'<a:txBody xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
                           f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                           f'<a:bodyPr/><a:lstStyle/>{paras}</a:txBody>')
            tc.remove(tc.find(f"{A}txBody"))
            tc.insert(0, tx)
            old = tc.find(f"{A}tcPr")
            if old is not None:
                tc.remove(old)
            fill = (f'<a:solidFill><a:srgbClr val="{cell.fill}"/></a:solidFill>' if cell.fill else "<a:noFill/>")
            lines = "".join(border.replace("<a:ln ", f"<a:{side} ").replace("</a:ln>", f"</a:{side}>")
                            for side in ("lnL", "lnR", "lnT", "lnB"))
            m = emu(cell.margin)
            tc.append(parse_xml(f'<a:tcPr xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
                                f'marL="{m}" marR="{m}" marT="{m}" marB="{m}" anchor="ctr">{lines}{fill}</a:tcPr>'))


def add_chart(slide, box: ChartBox) -> None:
    """Add a native chart (its data in an embedded workbook), coloured and lettered like the handout's."""
    from pptx.chart.data import CategoryChartData
    from pptx.dml.color import RGBColor
    from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
    from pptx.util import Pt

    # PowerPoint draws a bar chart's first category at the bottom: give it the categories bottom-up so the
    # first one is on top, as in the handout, with the value axis where it belongs (no axis reversal).
    flip = box.type == "bar"
    data = CategoryChartData()
    data.categories = list(reversed(box.categories)) if flip else list(box.categories)
    for name, values in box.series:
        data.add_series(name, list(reversed(values)) if flip else list(values))
    kind = getattr(XL_CHART_TYPE, CHART_TYPES[box.type])
    chart = slide.shapes.add_chart(kind, emu(box.x), emu(box.y), emu(box.w), emu(box.h), data).chart
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
        return
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
