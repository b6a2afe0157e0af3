"""DrawingML for text and simple shapes: placeholders and text boxes with explicit paragraph
geometry (margins, indents, line spacing, sizes), rectangles, ellipses and lines."""

from __future__ import annotations

from functools import lru_cache
from deckbuild.render.xml_escape import escape, quoteattr

from deckbuild.layout.boxes import Paragraph, Rect, Rule, Run, TextFrame
from deckbuild.lang import run_lang
from deckbuild.render.pptx_a11y import c_nv_pr
from deckbuild.units import EMU_PER_PT, emu

NS = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')
FIELD_GUID = "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}"
PH_NAMES = {"title": "Title", "ctrTitle": "Title", "subTitle": "Subtitle", "body": "Content", "obj": "Content",
            "ftr": "Footer", "dt": "Date", "sldNum": "Slide Number"}


def xfrm(x: float, y: float, w: float, h: float, tag: str = "a:xfrm") -> str:
    w, h = round(w * EMU_PER_PT), round(h * EMU_PER_PT)  # units.emu: whole EMU (round of a float is an int)
    return (f'<{tag}><a:off x="{round(x * EMU_PER_PT)}" y="{round(y * EMU_PER_PT)}"/>'
            f'<a:ext cx="{w if w > 0 else 0}" cy="{h if h > 0 else 0}"/></{tag}>')


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
    paras = "".join([paragraph(p, link, lang) for p in box.paragraphs]) or "<a:p/>"
    return f"<{tag}>{_body_pr(box.anchor)}{paras}</{tag}>"


@lru_cache(maxsize=16)
def _body_pr(anchor: str) -> str:
    return (f'<a:bodyPr vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="{anchor}" '
            f'anchorCtr="0" rtlCol="0"><a:noAutofit/></a:bodyPr><a:lstStyle/>')


def paragraph(p: Paragraph, link, lang: str = "en-US") -> str:
    """Return an ``a:p`` with the layout's indents, spacing and bullet written out explicitly.

    Every run is tagged with its language: the paragraph's (else *lang*), or the one its script needs.
    """
    lang = p.lang or lang
    mk = p.marker
    props = _p_pr(p.margin_left, p.indent, p.align, p.level, p.rtl, p.line_height, p.space_before,
                  None if mk is None else (mk.color, mk.face.family, mk.char))
    runs = "".join([run(r, link, lang) for r in p.runs])
    return f'<a:p>{props}{runs}<a:endParaRPr lang="{lang}" sz="{round(p.size * 100)}" dirty="0"/></a:p>'


@lru_cache(maxsize=1024)
def _p_pr(margin_left: float, indent: float, align: str, level: int, rtl: bool, line_height: float,
          space_before: float, marker: tuple[str, str, str] | None) -> str:
    """Return the ``a:pPr`` of a paragraph: indents, alignment, level, direction, spacing and bullet."""
    attrs = f' marL="{emu(margin_left)}" indent="{emu(indent)}" algn="{align}"'
    if level:
        attrs += f' lvl="{level}"'
    if rtl:  # PowerPoint and LibreOffice order and shape the text themselves
        attrs += ' rtl="1"'
    inner = (f'<a:lnSpc><a:spcPts val="{round(line_height * 100)}"/></a:lnSpc>'
             f'<a:spcBef><a:spcPts val="{round(space_before * 100)}"/></a:spcBef>'
             f'<a:spcAft><a:spcPts val="0"/></a:spcAft>')
    if marker is not None:
        color, family, char = marker
        inner += (f'<a:buClr><a:srgbClr val="{color}"/></a:buClr><a:buSzTx/>'
                  f'<a:buFont typeface={quoteattr(family)}/><a:buChar char={quoteattr(char)}/>')
    else:
        inner += "<a:buNone/>"
    return f"<a:pPr{attrs}>{inner}</a:pPr>"


def run(r: Run, link, lang: str = "en-US") -> str:
    """Return an ``a:r`` (or the slide-number ``a:fld``) with its size, colour, fonts and language explicit."""
    lang = run_lang(r.text, lang)
    face = r.face
    if r.math is not None:  # an inline formula's place: its linear form, invisible, spaced to the formula's width
        return _math_run(r, lang, _font_xml(r.typeface, face.panose, r.east_asian))
    props = _r_pr(lang, r.size, r.bold, r.italic, r.underline, r.color, r.family or face.family, face.panose,
                  r.east_asian)
    if r.link:
        props += f'<a:hlinkClick r:id="{link(r.link)}"/>'
    text = r.text
    if "&" in text or "<" in text or ">" in text:
        text = escape(text)
    if r.field == "slidenum":
        return f'<a:fld id="{FIELD_GUID}" type="slidenum">{props}</a:rPr><a:t>{text}</a:t></a:fld>'
    return f"<a:r>{props}</a:rPr><a:t>{text}</a:t></a:r>"


@lru_cache(maxsize=4096)
def _r_pr(lang: str, size: float, bold: bool, italic: bool, underline: bool, color: str, family: str, panose: str,
          east_asian: bool) -> str:
    """Return the start of a run's ``a:rPr`` (all but a link and the end tag)."""
    return (f'<a:rPr lang="{lang}" sz="{round(size * 100)}" b="{int(bold)}" i="{int(italic)}" '
            f'u="{"sng" if underline else "none"}" strike="noStrike" kern="0" cap="none" spc="0" baseline="0" '
            f'dirty="0"><a:solidFill><a:srgbClr val="{color}"/></a:solidFill>{_font_xml(family, panose, east_asian)}')


def _math_run(r: Run, lang: str, fonts: str) -> str:
    from deckbuild.speech import linear, plainer

    said = linear(r.math.shape.latex)
    if said and not r.face.covers_all(said):
        said = plainer(said)
    if not said or not r.face.covers_all(said):  # a glyph the face lacks has another width in each viewer
        said = "\u00a0"
    spc = round((r.math.width - r.face.width(said, r.size)) * 100 / len(said))
    return (f'<a:r><a:rPr lang="{lang}" sz="{round(r.size * 100)}" b="0" i="0" u="none" strike="noStrike" '
            f'kern="0" cap="none" spc="{spc}" baseline="0" dirty="0"><a:noFill/>{fonts}</a:rPr>'
            f'<a:t>{escape(said)}</a:t></a:r>')


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
