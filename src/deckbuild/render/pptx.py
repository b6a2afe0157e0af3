"""The PowerPoint painter: SlidePages → a .pptx package.

Titles go into title placeholders, bullets are paragraphs of the body placeholder with real
levels, the footer and date use the layout's footer and date placeholders, and speaker notes go on
notes pages. Every size, position and line spacing comes from the layout, written explicitly
(no autofit), so PowerPoint and LibreOffice show the lines the handout shows.
"""

from __future__ import annotations

import io
import re
import zipfile
from xml.sax.saxutils import escape, quoteattr

from lxml import etree

from deckbuild import markup
from deckbuild.layout.boxes import ChartBox, Paragraph, Picture, Rect, Rule, Run, SlidePage, TableBox, TextFrame
from deckbuild.model import Deck
from deckbuild.style import Style
from deckbuild.units import emu

NS = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
RT_HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
FIELD_GUID = "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}"
ZIP_DATE = (2000, 1, 1, 0, 0, 0)

LAYOUT_FOR_KIND = {"title": "Title Slide", "section": "Section Header", "bullets": "Title and Content",
                   "columns": "Two Content", "image": "Title and Content"}
FALLBACK_LAYOUT = "Title Only"
# placeholder role in the layout stage → placeholder types that can hold it, in preference order
PH_TYPES = {"title": ("title", "ctrTitle"), "ctrTitle": ("ctrTitle", "title"), "subTitle": ("subTitle", "body"),
            "body": ("body", "obj"), "ftr": ("ftr",), "dt": ("dt",), "sldNum": ("sldNum",)}


def deck_to_pptx(pages: list[SlidePage], deck: Deck, style: Style) -> bytes:
    """Return the bytes of a .pptx holding *pages*, identical for identical input."""
    from pptx import Presentation

    prs = Presentation(str(style.template)) if style.template else Presentation()
    _resize(prs, style)
    _theme_fonts(prs, style)
    _master_background(prs, style)
    layouts = {layout.name: layout for layout in prs.slide_layouts}
    for page in (p for p in pages if p.in_deck):
        layout = layouts.get(LAYOUT_FOR_KIND.get(page.kind, FALLBACK_LAYOUT)) or layouts.get(FALLBACK_LAYOUT) \
            or prs.slide_layouts[0]
        slide = prs.slides.add_slide(layout)
        _paint_slide(slide, layout, page, style)
        if page.notes:
            slide.notes_slide.notes_text_frame.text = notes_text(page.notes)
    _core_properties(prs, deck)
    buf = io.BytesIO()
    prs.save(buf)
    return normalize_zip(buf.getvalue())


def notes_text(notes: str) -> str:
    """Return speaker notes as plain paragraphs (blank lines separate paragraphs)."""
    paras = [" ".join(p.split()) for p in notes.strip().split("\n\n")]
    return "\n".join(markup.plain(p) for p in paras if p)


_CORE_DATES = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def normalize_zip(data: bytes, embedded: bool = False) -> bytes:
    """Return the zip *data* rewritten with fixed timestamps and attributes (reproducible builds).

    Embedded workbooks (chart data) are normalized too, including the creation date they carry.
    """
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename.endswith(".xlsx"):
                body = normalize_zip(body, embedded=True)
            elif embedded and info.filename == "docProps/core.xml":
                body = _CORE_DATES.sub(rb"\g<1>2000-01-01T00:00:00Z\g<2>", body)
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            fixed.create_system = 0
            dst.writestr(fixed, body)
    return out.getvalue()


# -- package-wide settings ---------------------------------------------------------------------------

def _resize(prs, style: Style) -> None:
    """Set the slide size, moving the master's and layouts' shapes proportionally."""
    old_w, old_h = prs.slide_width, prs.slide_height
    new_w, new_h = emu(style.width), emu(style.height)
    if (old_w, old_h) == (new_w, new_h):
        return
    sx, sy = new_w / old_w, new_h / old_h
    parts = [prs.slide_master] + list(prs.slide_layouts)
    for part in parts:
        for off in part.element.iter(f"{A}off"):
            off.set("x", str(round(int(off.get("x")) * sx)))
            off.set("y", str(round(int(off.get("y")) * sy)))
        for ext in part.element.iter(f"{A}ext"):
            if ext.get("cx") is not None:
                ext.set("cx", str(round(int(ext.get("cx")) * sx)))
                ext.set("cy", str(round(int(ext.get("cy")) * sy)))
    prs.slide_width, prs.slide_height = new_w, new_h


def _theme_part(prs):
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT

    return prs.slide_master.part.part_related_by(RT.THEME)


THEME_COLORS = {"dk1": "text", "lt1": "background", "dk2": "primary", "lt2": "surface", "accent1": "primary",
                "accent2": "accent", "accent3": "muted", "hlink": "primary", "folHlink": "muted"}


def _theme_fonts(prs, style: Style) -> None:
    """Make the theme's fonts and colours the style's, so what users add in PowerPoint matches.

    Hyperlinks take the theme's link colour, so it becomes the style's primary colour, as in the handout.
    """
    part = _theme_part(prs)
    root = etree.fromstring(part.blob)
    for scheme in root.iter(f"{A}clrScheme"):
        for slot, name in THEME_COLORS.items():
            node = scheme.find(f"{A}{slot}")
            if node is not None:
                for child in list(node):
                    node.remove(child)
                etree.SubElement(node, f"{A}srgbClr", val=getattr(style.colors, name))
    for tag, family in (("majorFont", style.fonts.heading), ("minorFont", style.fonts.body)):
        for latin in root.iter(f"{A}{tag}"):
            node = latin.find(f"{A}latin")
            if node is not None:
                node.set("typeface", family)
                node.attrib.pop("panose", None)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _master_background(prs, style: Style) -> None:
    from pptx.dml.color import RGBColor

    fill = prs.slide_master.background.fill
    fill.solid()
    fill.fore_color.rgb = RGBColor.from_string(style.colors.background)


def _core_properties(prs, deck: Deck) -> None:
    import datetime as dt

    props = prs.core_properties
    props.title = markup.plain(deck.title)[:255]
    props.subject = markup.plain(deck.subtitle or "")[:255]
    props.author = (deck.author or "")[:255]
    props.last_modified_by = "deckbuild"
    props.revision = 1
    props.comments = ""
    when = dt.datetime(2000, 1, 1)
    if deck.date:
        try:
            when = dt.datetime.fromisoformat(str(deck.date)[:10])
        except ValueError:
            pass
    props.created = when
    props.modified = when
    props.last_printed = when


# -- one slide ------------------------------------------------------------------------------------------

def _layout_placeholders(layout) -> dict[str, list]:
    """Return the layout's placeholder elements by type ("obj" when untyped), in order."""
    out: dict[str, list] = {}
    for ph in layout.placeholders:
        ph_elm = ph.element.ph
        out.setdefault(ph_elm.get("type", "obj"), []).append(ph_elm)
    return out


def _paint_slide(slide, layout, page: SlidePage, style: Style) -> None:
    from pptx.oxml import parse_xml

    from deckbuild.render import pptx_shapes

    tree = slide.shapes._spTree
    for sp in list(tree)[2:]:  # drop the placeholders python-pptx cloned; we add exactly what the layout decided
        tree.remove(sp)
    if page.background != style.colors.background:
        from pptx.dml.color import RGBColor

        slide.background.fill.solid()
        slide.background.fill.fore_color.rgb = RGBColor.from_string(page.background)
    available = _layout_placeholders(layout)
    for box in page.boxes:
        shape_id = slide.shapes._next_shape_id
        if isinstance(box, TextFrame):
            ph = None
            for ph_type in PH_TYPES.get(box.placeholder or "", ()):
                if available.get(ph_type):
                    ph = available[ph_type].pop(0)
                    break
            tree.append(parse_xml(_text_sp(shape_id, box, ph, slide.part)))
        elif isinstance(box, Rect):
            tree.append(parse_xml(_rect_sp(shape_id, box)))
        elif isinstance(box, Rule):
            tree.append(parse_xml(_rule_sp(shape_id, box)))
        elif isinstance(box, Picture):
            pptx_shapes.add_picture(slide, box)
        elif isinstance(box, TableBox):
            pptx_shapes.add_table(slide, box, lambda p: _paragraph(p, slide.part))
        elif isinstance(box, ChartBox):
            pptx_shapes.add_chart(slide, box)
        else:  # pragma: no cover - every box kind the layout makes is painted
            raise TypeError(f"cannot paint {type(box).__name__}")


def _xfrm(x: float, y: float, w: float, h: float) -> str:
    return (f'<a:xfrm><a:off x="{emu(x)}" y="{emu(y)}"/>'
            f'<a:ext cx="{max(emu(w), 0)}" cy="{max(emu(h), 0)}"/></a:xfrm>')


def _text_sp(shape_id: int, box: TextFrame, ph, part) -> str:
    if ph is not None:
        attrs = "".join(f' {k}="{ph.get(k)}"' for k in ("type", "orient", "sz", "idx") if ph.get(k) is not None)
        name = {"title": "Title", "ctrTitle": "Title", "subTitle": "Subtitle", "body": "Content",
                "obj": "Content", "ftr": "Footer", "dt": "Date"}.get(ph.get("type", "obj"), "Placeholder")
        nv = (f'<p:nvSpPr><p:cNvPr id="{shape_id}" name="{name} {shape_id - 1}"/><p:cNvSpPr>'
              f'<a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph{attrs}/></p:nvPr></p:nvSpPr>')
        geom = ""
    else:
        nv = (f'<p:nvSpPr><p:cNvPr id="{shape_id}" name="{box.role.title()} {shape_id - 1}"/>'
              f'<p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>')
        geom = '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/>'
    return (f'<p:sp {NS}>{nv}<p:spPr>{_xfrm(box.x, box.y, box.w, box.h)}{geom}</p:spPr>'
            f'{_tx_body(box, part)}</p:sp>')


def _tx_body(box: TextFrame, part) -> str:
    body = (f'<a:bodyPr vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="{box.anchor}" '
            f'anchorCtr="0" rtlCol="0"><a:noAutofit/></a:bodyPr><a:lstStyle/>')
    paras = "".join(_paragraph(p, part) for p in box.paragraphs) or "<a:p/>"
    return f"<p:txBody>{body}{paras}</p:txBody>"


def _paragraph(p: Paragraph, part) -> str:
    attrs = f' marL="{emu(p.margin_left)}" indent="{emu(p.indent)}" algn="{p.align}"'
    if p.level:
        attrs += f' lvl="{p.level}"'
    inner = (f'<a:lnSpc><a:spcPts val="{round(p.line_height * 100)}"/></a:lnSpc>'
             f'<a:spcBef><a:spcPts val="{round(p.space_before * 100)}"/></a:spcBef>'
             f'<a:spcAft><a:spcPts val="0"/></a:spcAft>')
    if p.marker:
        mk = p.marker
        inner += (f'<a:buClr><a:srgbClr val="{mk.color}"/></a:buClr><a:buSzPct val="100000"/>'
                  f'<a:buFont typeface={quoteattr(mk.face.family)}/><a:buChar char={quoteattr(mk.char)}/>')
    else:
        inner += "<a:buNone/>"
    runs = "".join(_run(r, part) for r in p.runs)
    end = f'<a:endParaRPr lang="en-US" sz="{round(p.size * 100)}" dirty="0"/>'
    return f"<a:p><a:pPr{attrs}>{inner}</a:pPr>{runs}{end}</a:p>"


def _run(r: Run, part) -> str:
    face = r.face
    font = f"typeface={quoteattr(face.family)}" + (f' panose="{face.panose}"' if face.panose else "")
    fonts = f"<a:latin {font}/><a:ea {font}/><a:cs {font}/>" if r.east_asian else f"<a:latin {font}/><a:cs {font}/>"
    link = ""
    if r.link:
        rid = part.relate_to(r.link, RT_HYPERLINK, is_external=True)
        link = f'<a:hlinkClick r:id="{rid}"/>'
    underline = "sng" if r.underline else "none"
    props = (f'<a:rPr lang="en-US" sz="{round(r.size * 100)}" b="{int(r.bold)}" i="{int(r.italic)}" '
             f'u="{underline}" strike="noStrike" kern="0" cap="none" spc="0" baseline="0" dirty="0">'
             f'<a:solidFill><a:srgbClr val="{r.color}"/></a:solidFill>{fonts}{link}</a:rPr>')
    if r.field == "slidenum":
        return f'<a:fld id="{FIELD_GUID}" type="slidenum">{props}<a:t>{escape(r.text)}</a:t></a:fld>'
    return f"<a:r>{props}<a:t>{escape(r.text)}</a:t></a:r>"


def _rect_sp(shape_id: int, box: Rect) -> str:
    fill = f'<a:solidFill><a:srgbClr val="{box.fill}"/></a:solidFill>' if box.fill else "<a:noFill/>"
    line = (f'<a:ln w="{emu(box.line_width)}"><a:solidFill><a:srgbClr val="{box.line}"/></a:solidFill></a:ln>'
            if box.line else "<a:ln><a:noFill/></a:ln>")
    return (f'<p:sp {NS}><p:nvSpPr><p:cNvPr id="{shape_id}" name={quoteattr(f"{box.name} {shape_id - 1}")}/>'
            f'<p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>{_xfrm(box.x, box.y, box.w, box.h)}'
            f'<a:prstGeom prst="{box.geom}"><a:avLst/></a:prstGeom>{fill}{line}</p:spPr></p:sp>')


def _rule_sp(shape_id: int, box: Rule) -> str:
    x, y = min(box.x1, box.x2), min(box.y1, box.y2)
    w, h = abs(box.x2 - box.x1), abs(box.y2 - box.y1)
    return (f'<p:cxnSp {NS}><p:nvCxnSpPr><p:cNvPr id="{shape_id}" name="Line {shape_id - 1}"/><p:cNvCxnSpPr/>'
            f'<p:nvPr/></p:nvCxnSpPr><p:spPr>{_xfrm(x, y, w, h)}<a:prstGeom prst="line"><a:avLst/></a:prstGeom>'
            f'<a:ln w="{emu(box.width)}"><a:solidFill><a:srgbClr val="{box.color}"/></a:solidFill></a:ln>'
            f'</p:spPr></p:cxnSp>')
