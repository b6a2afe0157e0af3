"""DrawingML for text and simple shapes: placeholders and text boxes with explicit paragraph
geometry (margins, indents, line spacing, sizes), rectangles, ellipses and lines."""

from __future__ import annotations

from functools import lru_cache
from deckbuild.render.xml_escape import escape, quoteattr

from deckbuild.layout.boxes import Paragraph, Rect, Rule, Run, TextFrame
from deckbuild.lang import run_lang
from deckbuild.render.pptx_a11y import c_nv_pr
from deckbuild.units import emu

NS = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')
FIELD_GUID = "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}"
PH_NAMES = {"title": "Title", "ctrTitle": "Title", "subTitle": "Subtitle", "body": "Content", "obj": "Content",
            "ftr": "Footer", "dt": "Date", "sldNum": "Slide Number"}


def xfrm(x: float, y: float, w: float, h: float, tag: str = "a:xfrm") -> str:
    return (f'<{tag}><a:off x="{emu(x)}" y="{emu(y)}"/>'
            f'<a:ext cx="{max(emu(w), 0)}" cy="{max(emu(h), 0)}"/></{tag}>')


def text_sp(shape_id: int, box: TextFrame, ph: dict | None, link, lang: str = "en-US") -> str:
    """Return a ``p:sp`` for *box*: in the layout placeholder *ph* (its attributes) or as a text box.

    *link(url)* returns the relationship id of a hyperlink; *lang* is the slide's language.
    """
    if ph is not None:
        attrs = "".join(f' {k}="{v}"' for k, v in ph.items())
        name = PH_NAMES.get(ph.get("type", "obj"), "Placeholder")
        nv = (f'<p:nvSpPr><p:cNvPr id="{shape_id}" name="{name} {shape_id - 1}"/><p:cNvSpPr>'
              f'<a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph{attrs}/></p:nvPr></p:nvSpPr>')
        geom = ""
    else:
        nv = (f'<p:nvSpPr><p:cNvPr id="{shape_id}" name="{box.role.title()} {shape_id - 1}"/>'
              f'<p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>')
        geom = '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/>'
    return (f'<p:sp>{nv}<p:spPr>{xfrm(box.x, box.y, box.w, box.h)}{geom}</p:spPr>'
            f'{tx_body(box, link, lang=lang)}</p:sp>')


def tx_body(box: TextFrame, link, tag: str = "p:txBody", lang: str = "en-US") -> str:
    body = (f'<a:bodyPr vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="{box.anchor}" '
            f'anchorCtr="0" rtlCol="0"><a:noAutofit/></a:bodyPr><a:lstStyle/>')
    paras = "".join(paragraph(p, link, lang) for p in box.paragraphs) or "<a:p/>"
    return f"<{tag}>{body}{paras}</{tag}>"


def paragraph(p: Paragraph, link, lang: str = "en-US") -> str:
    """Return an ``a:p`` with the layout's indents, spacing and bullet written out explicitly.

    Every run is tagged with its language: the paragraph's (else *lang*), or the one its script needs.
    """
    lang = getattr(p, "lang", None) or lang
    attrs = f' marL="{emu(p.margin_left)}" indent="{emu(p.indent)}" algn="{p.align}"'
    if p.level:
        attrs += f' lvl="{p.level}"'
    if p.rtl:  # PowerPoint and LibreOffice order and shape the text themselves
        attrs += ' rtl="1"'
    inner = (f'<a:lnSpc><a:spcPts val="{round(p.line_height * 100)}"/></a:lnSpc>'
             f'<a:spcBef><a:spcPts val="{round(p.space_before * 100)}"/></a:spcBef>'
             f'<a:spcAft><a:spcPts val="0"/></a:spcAft>')
    if p.marker:
        mk = p.marker
        inner += (f'<a:buClr><a:srgbClr val="{mk.color}"/></a:buClr><a:buSzTx/>'
                  f'<a:buFont typeface={quoteattr(mk.face.family)}/><a:buChar char={quoteattr(mk.char)}/>')
    else:
        inner += "<a:buNone/>"
    runs = "".join(run(r, link, lang) for r in p.runs)
    end = f'<a:endParaRPr lang="{lang}" sz="{round(p.size * 100)}" dirty="0"/>'
    return f"<a:p><a:pPr{attrs}>{inner}</a:pPr>{runs}{end}</a:p>"


def run(r: Run, link, lang: str = "en-US") -> str:
    """Return an ``a:r`` (or the slide-number ``a:fld``) with its size, colour, fonts and language explicit."""
    lang = run_lang(r.text, lang)
    fonts = _font_xml(r.typeface, r.face.panose, r.east_asian)
    if r.math is not None:  # an inline formula's place: its linear form, invisible, spaced to the formula's width
        from deckbuild.speech import linear

        from deckbuild.speech import plainer

        said = linear(r.math.shape.latex)
        if said and not r.face.covers_all(said):
            said = plainer(said)
        if not said or not r.face.covers_all(said):  # a glyph the face lacks has another width in each viewer
            said = "\u00a0"
        spc = round((r.math.width - r.face.width(said, r.size)) * 100 / len(said))
        return (f'<a:r><a:rPr lang="{lang}" sz="{round(r.size * 100)}" b="0" i="0" u="none" strike="noStrike" '
                f'kern="0" cap="none" spc="{spc}" baseline="0" dirty="0"><a:noFill/>{fonts}</a:rPr>'
                f'<a:t>{escape(said)}</a:t></a:r>')
    click = f'<a:hlinkClick r:id="{link(r.link)}"/>' if r.link else ""
    underline = "sng" if r.underline else "none"
    props = (f'<a:rPr lang="{lang}" sz="{round(r.size * 100)}" b="{int(r.bold)}" i="{int(r.italic)}" '
             f'u="{underline}" strike="noStrike" kern="0" cap="none" spc="0" baseline="0" dirty="0">'
             f'<a:solidFill><a:srgbClr val="{r.color}"/></a:solidFill>{fonts}{click}</a:rPr>')
    if r.field == "slidenum":
        return f'<a:fld id="{FIELD_GUID}" type="slidenum">{props}<a:t>{escape(r.text)}</a:t></a:fld>'
    return f"<a:r>{props}<a:t>{escape(r.text)}</a:t></a:r>"


@lru_cache(maxsize=256)
def _font_xml(family: str, panose: str, east_asian: bool) -> str:
    font = f"typeface={quoteattr(family)}" + (f' panose="{panose}"' if panose else "")
    return f"<a:latin {font}/><a:ea {font}/><a:cs {font}/>" if east_asian else f"<a:latin {font}/><a:cs {font}/>"


def rect_sp(shape_id: int, box: Rect) -> str:
    fill = f'<a:solidFill><a:srgbClr val="{box.fill}"/></a:solidFill>' if box.fill else "<a:noFill/>"
    line = (f'<a:ln w="{emu(box.line_width)}"><a:solidFill><a:srgbClr val="{box.line}"/></a:solidFill></a:ln>'
            if box.line else "<a:ln><a:noFill/></a:ln>")
    return (f'<p:sp><p:nvSpPr>{c_nv_pr(shape_id, quoteattr(f"{box.name} {shape_id - 1}"), decorative=True)}'
            f'<p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>{xfrm(box.x, box.y, box.w, box.h)}'
            f'<a:prstGeom prst="{box.geom}"><a:avLst/></a:prstGeom>{fill}{line}</p:spPr></p:sp>')


def rule_sp(shape_id: int, box: Rule) -> str:
    x, y = min(box.x1, box.x2), min(box.y1, box.y2)
    w, h = abs(box.x2 - box.x1), abs(box.y2 - box.y1)
    nv = c_nv_pr(shape_id, f'"Line {shape_id - 1}"', decorative=True)
    return (f'<p:cxnSp><p:nvCxnSpPr>{nv}<p:cNvCxnSpPr/>'
            f'<p:nvPr/></p:nvCxnSpPr><p:spPr>{xfrm(x, y, w, h)}<a:prstGeom prst="line"><a:avLst/></a:prstGeom>'
            f'<a:ln w="{emu(box.width)}"><a:solidFill><a:srgbClr val="{box.color}"/></a:solidFill></a:ln>'
            f'</p:spPr></p:cxnSp>')
