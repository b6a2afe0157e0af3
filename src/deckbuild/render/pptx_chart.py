"""A native chart's XML written as text, the bytes python-pptx writes for it (render.pptx_chart_ref).

python-pptx builds a chart part from its templates, sets properties on the tree and serializes it with
lxml: 12 ms a chart, and an import of python-pptx in the process that paints the deck. This module writes
the same serialization directly. ``chart_xml`` returns None for what it does not write byte for byte as
python-pptx does (control characters, strings lxml would refuse or python-pptx's parser would change,
colours that are not six hex digits): those charts are made by python-pptx. Whether the two agree is
checked by pptx_chart_book for the installed library versions before this path is used, and by the tests
on every kind of chart with odd values.
"""

from __future__ import annotations

import math
import re

from deckbuild.layout.boxes import ChartBox
from deckbuild.units import EMU_PER_PT

HEAD = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<c:chartSpace "
        'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">')
# the axis ids python-pptx's templates give each kind (the bar template's negative ids made positive)
AX_IDS = {"bar": ("2068027336", "2113994440"), "column": ("2068027336", "2113994440"),
          "line": ("2118791784", "2140495176")}
# characters lxml refuses or writes escaped, or python-pptx's parser changes ("\r" becomes "\n"): in text, and
# (with tabs and line feeds, which lxml escapes there) in attributes
_ODD_TEXT = re.compile("[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]")
_ODD_ATTR = re.compile("[\x00-\x1f\ud800-\udfff\ufffe\uffff]")
_HEX = re.compile("[0-9A-Fa-f]{6}")


def text(s: str) -> str:
    """Return *s* escaped as lxml writes a text node."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def attr(s: str) -> str:
    """Return *s* escaped as lxml writes an attribute value (without control characters)."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def writable(box: ChartBox) -> bool:
    """Return True when ``chart_xml`` writes *box* as python-pptx does (see the module's docstring)."""
    texts = [*box.categories, *(name for name, _ in box.series)]
    if any(not isinstance(s, str) or not s or _ODD_TEXT.search(s) for s in texts):
        return False
    if any(not isinstance(s, str) or not s or _ODD_ATTR.search(s) for s in (box.font, box.tick_format, box.label_format)):
        return False
    colors = [*box.colors, box.text_color, box.grid_color, box.axis_color, *box.label_colors]
    if box.slice_line is not None:
        colors.append(box.slice_line)
    if not all(isinstance(c, str) and _HEX.fullmatch(c) for c in colors):
        return False
    n = len(box.categories)
    if not n or not box.series or any(len(values) != n or not all(type(v) in (int, float) and math.isfinite(v)
                                                                    for v in values) for _, values in box.series):
        return False
    if box.type == "pie":
        return len(box.series) == 1 and len(box.colors) >= n
    return box.type in AX_IDS and box.axis is not None and len(box.colors) >= len(box.series)


def rgb(color: str) -> str:
    """Return *color* as python-pptx's RGBColor writes it (upper-case hex)."""
    return color.upper()


def _ln(width_pt: float, fill: str) -> str:
    """Return an ``a:ln`` of *width_pt* points (python-pptx leaves out a width of 0 EMU) around *fill*."""
    w = int(width_pt * EMU_PER_PT)
    return f'<a:ln w="{w}">{fill}</a:ln>' if w else f"<a:ln>{fill}</a:ln>"


def _solid(color: str) -> str:
    return f'<a:solidFill><a:srgbClr val="{color}"/></a:solidFill>'


def _manual_layout(rect, box: ChartBox, inner: bool = False) -> str:
    x, y, w, h = rect
    parts = "".join(f'<c:{tag} val="{min(max(value, 0.0), 1.0):.4f}"/>' for tag, value in (
        ("x", (x - box.x) / box.w), ("y", (y - box.y) / box.h), ("w", w / box.w), ("h", h / box.h)))
    target = '<c:layoutTarget val="inner"/>' if inner else ""
    return (f'<c:layout><c:manualLayout>{target}<c:xMode val="edge"/><c:yMode val="edge"/>{parts}'
            f'</c:manualLayout></c:layout>')


def _label_body(box: ChartBox, color: str, position: str | None) -> str:
    percent = box.label_shows == "percent"
    where = f'<c:dLblPos val="{position}"/>' if position is not None else ""
    return (f'<c:numFmt formatCode="{attr(box.label_format)}" sourceLinked="0"/><c:spPr/><c:txPr>'
            f'<a:bodyPr rot="0" vert="horz" wrap="none"/><a:lstStyle/><a:p><a:pPr>'
            f'<a:defRPr sz="{round(box.font_size * 100)}" b="{1 if box.label_bold else 0}">{_solid(color)}'
            f'</a:defRPr></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>{where}'
            f'<c:showLegendKey val="0"/><c:showVal val="{0 if percent else 1}"/><c:showCatName val="0"/>'
            f'<c:showSerName val="0"/><c:showPercent val="{1 if percent else 0}"/><c:showBubbleSize val="0"/>')


def _labels(box: ChartBox) -> str:
    if not box.data_labels:
        return ""
    if box.type != "pie":
        return f"<c:dLbls>{_label_body(box, box.text_color, box.label_positions[0])}</c:dLbls>"
    points = "".join(f'<c:dLbl><c:idx val="{j}"/>{_label_body(box, color, position)}</c:dLbl>'
                     for j, (color, position) in enumerate(zip(box.label_colors, box.label_positions)))
    return f'<c:dLbls>{points}{_label_body(box, box.text_color, None)}<c:showLeaderLines val="1"/></c:dLbls>'


def _cache(ref: str, strings) -> str:
    pts = "".join(f'<c:pt idx="{i}"><c:v>{text(s)}</c:v></c:pt>' for i, s in enumerate(strings))
    return f'<c:strRef><c:f>{ref}</c:f><c:strCache><c:ptCount val="{len(strings)}"/>{pts}</c:strCache></c:strRef>'


def column_letter(n: int) -> str:
    """Return the worksheet column of number *n* (1 is A), as python-pptx's workbook writer names it."""
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def _series(box: ChartBox, categories, s: int, name: str, values, labels: str) -> str:
    col = column_letter(2 + s)
    n = len(values)
    pts = "".join(f'<c:pt idx="{i}"><c:v>{v}</c:v></c:pt>' for i, v in enumerate(values) if v is not None)
    data = (f'<c:cat>{_cache(f"Sheet1!$A$2:$A${n + 1}", categories)}</c:cat><c:val><c:numRef>'
            f'<c:f>Sheet1!${col}$2:${col}${n + 1}</c:f><c:numCache><c:formatCode>General</c:formatCode>'
            f'<c:ptCount val="{n}"/>{pts}</c:numCache></c:numRef></c:val>')
    head = f'<c:ser><c:idx val="{s}"/><c:order val="{s}"/><c:tx>{_cache(f"Sheet1!${col}$1", [name])}</c:tx>'
    if box.type == "pie":
        line = _ln(box.slice_line_width, _solid(rgb(box.slice_line))) if box.slice_line is not None else ""
        points = "".join(f'<c:dPt><c:idx val="{j}"/><c:spPr>{_solid(rgb(box.colors[j]))}{line}</c:spPr></c:dPt>'
                         for j in range(n))
        return f"{head}{points}{labels}{data}</c:ser>"
    color = rgb(box.colors[s])
    if box.type == "line":
        size = max(2, min(72, round(box.marker_size)))
        marker = (f'<c:marker><c:symbol val="circle"/><c:size val="{size}"/><c:spPr>{_solid(color)}'
                  f'<a:ln>{_solid(color)}</a:ln></c:spPr></c:marker>')
        return (f'{head}<c:spPr>{_ln(box.line_width, _solid(color))}</c:spPr>{marker}{labels}{data}'
                f'<c:smooth val="0"/></c:ser>')
    return f"{head}<c:spPr>{_solid(color)}</c:spPr>{labels}{data}</c:ser>"


def _axes(box: ChartBox) -> str:
    cat_id, val_id = AX_IDS[box.type]
    horizontal = box.type == "bar"
    tick = "out" if box.tick_marks else "none"
    skip = (f'<c:tickLblSkip val="{box.category_skip}"/><c:tickMarkSkip val="{box.category_skip}"/>'
            if box.category_skip > 1 else "")
    lo, hi, step = box.axis
    return (f'<c:catAx><c:axId val="{cat_id}"/><c:scaling><c:orientation val="minMax"/></c:scaling>'
            f'<c:delete val="0"/><c:axPos val="{"l" if horizontal else "b"}"/><c:majorTickMark val="{tick}"/>'
            f'<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>'
            f'<c:spPr>{_ln(box.axis_width, _solid(rgb(box.axis_color)))}</c:spPr><c:txPr>'
            f'<a:bodyPr rot="{round(box.category_rotation * 60000)}" vert="horz"/><a:lstStyle/><a:p><a:pPr>'
            f'<a:defRPr/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr><c:crossAx val="{val_id}"/>'
            f'<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>{skip}'
            f'<c:noMultiLvlLbl val="0"/></c:catAx>'
            f'<c:valAx><c:axId val="{val_id}"/><c:scaling><c:max val="{float(hi)}"/><c:min val="{float(lo)}"/></c:scaling>'
            f'<c:delete val="0"/><c:axPos val="{"b" if horizontal else "l"}"/><c:majorGridlines>'
            f'<c:spPr>{_ln(box.grid_width, _solid(rgb(box.grid_color)))}</c:spPr></c:majorGridlines>'
            f'<c:numFmt formatCode="{attr(box.tick_format)}" sourceLinked="0"/><c:majorTickMark val="out"/>'
            f'<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:spPr><a:ln><a:noFill/></a:ln></c:spPr>'
            f'<c:crossAx val="{cat_id}"/><c:crosses val="autoZero"/><c:majorUnit val="{float(step)}"/></c:valAx>')


def chart_xml(box: ChartBox) -> bytes | None:
    """Return the chart part of *box* as python-pptx and pptx_chart_ref write it, or None (see ``writable``)."""
    if not writable(box):
        return None
    categories = list(reversed(box.categories)) if box.bottom_up else list(box.categories)
    labels = _labels(box)
    series = "".join(_series(box, categories, s, name, list(reversed(values)) if box.bottom_up else values, labels)
                     for s, (name, values) in enumerate(box.series))
    layout = _manual_layout(box.plot, box, inner=True) if box.plot is not None else ""
    kind = box.type
    if kind == "pie":
        plot = f'<c:pieChart><c:varyColors val="1"/>{series}</c:pieChart>'
    elif kind == "line":
        cat_id, val_id = AX_IDS[kind]
        plot = (f'<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>{series}<c:marker val="1"/>'
                f'<c:smooth val="0"/><c:axId val="{cat_id}"/><c:axId val="{val_id}"/></c:lineChart>{_axes(box)}')
    else:
        cat_id, val_id = AX_IDS[kind]
        gap = f'<c:gapWidth val="{box.bar_gap}"/>' if box.bar_gap != 150 else "<c:gapWidth/>"
        overlap = f'<c:overlap val="{box.bar_overlap}"/>' if box.bar_overlap else ""
        plot = (f'<c:barChart><c:barDir val="{"bar" if kind == "bar" else "col"}"/><c:grouping val="clustered"/>'
                f'{series}{gap}{overlap}<c:axId val="{cat_id}"/><c:axId val="{val_id}"/></c:barChart>{_axes(box)}')
    legend = ""
    if box.legend is not None:
        manual = _manual_layout(box.legend_box, box) if box.legend_box is not None and box.legend == "r" else ""
        legend = (f'<c:legend><c:legendPos val="{box.legend}"/>{manual}{"<c:layout/>" if kind == "line" else ""}'
                  f'<c:overlay val="0"/></c:legend>')
    tail = ('<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/><c:showDLblsOverMax val="0"/>' if kind == "line"
            else '<c:dispBlanksAs val="gap"/>')
    size = int(box.font_size * EMU_PER_PT) // 127  # python-pptx: Pt(size) in EMU, then centipoints
    date = "" if kind == "pie" else '<c:date1904 val="0"/>'
    return (f'{HEAD}{date}<c:chart><c:autoTitleDeleted val="1"/>'
            f'<c:plotArea>{layout}{plot}</c:plotArea>{legend}{tail}</c:chart><c:txPr><a:bodyPr/><a:lstStyle/>'
            f'<a:p><a:pPr><a:defRPr sz="{size}">{_solid(rgb(box.text_color))}<a:latin typeface="{attr(box.font)}"/>'
            f'</a:defRPr></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr><c:externalData r:id="rId1">'
            f'<c:autoUpdate val="0"/></c:externalData></c:chartSpace>').encode()
