"""PowerPoint shapes beyond text, as DrawingML: pictures (with alt text), real tables, and native,
editable charts (chart part plus embedded workbook)."""

from __future__ import annotations

from deckbuild.render.xml_escape import quoteattr

from deckbuild.layout.boxes import ChartBox, Picture, TableBox
from deckbuild.render.pptx_a11y import c_nv_pr
from deckbuild.render.pptx_text import tx_body, xfrm
from deckbuild.units import emu

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
    lines = "".join(f'<a:{side} w="{emu(box.line_width)}">{border}</a:{side}>' for side in ("lnL", "lnR", "lnT", "lnB"))
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
    """Return (chart XML, workbook with fixed timestamps) of *box*: a native chart showing exactly what the layout
    decided, written directly (pptx_chart_book) or, for what only python-pptx writes alike, by python-pptx."""
    from deckbuild.render.pptx_chart_book import fast_chart_part

    fast = fast_chart_part(box)
    if fast is not None:
        return fast
    from deckbuild.render.pptx_chart_ref import reference_chart_part

    return reference_chart_part(box)
