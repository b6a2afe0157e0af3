"""The PowerPoint painter: SlidePages → a .pptx package.

Titles go into title placeholders, bullets are paragraphs of the body placeholder with real
levels, the footer uses the layout's footer placeholder, and speaker notes go on notes pages.
Every size, position and line spacing comes from the layout, written explicitly (no autofit), so
PowerPoint and LibreOffice show the lines the handout shows.

python-pptx prepares the package (template, slide size, theme, master background, properties), kept in
the user cache; the slides, notes and charts are then written as XML by ``render.package`` in linear time,
without importing python-pptx (pptx_chart, pptx_chart_book). Slides kept by an earlier build of the deck
are copied, already deflated, when their keys match (pptx_reuse).
"""

from __future__ import annotations

import io
from collections.abc import Mapping

from deckbuild import markup
from deckbuild.layout.boxes import ChartBox, Formula, Picture, Rect, Rule, SlidePage, TableBox, TextFrame
from deckbuild.layout.lazy import Boxes
from deckbuild.layout.pages import DeckInfo
from deckbuild.lang import run_lang
from deckbuild.records import field, record
from deckbuild.speech import linear
from deckbuild.render.svg_pptx import picture_shape
from deckbuild.layout.geometry import TITLE_ONLY
from deckbuild.render.package import PackageWriter, Rels
from deckbuild.render.pptx_reuse import SlideParts
from deckbuild.render.pptx_shapes import chart_frame_xml, chart_part, picture_xml, table_xml
from deckbuild.render.pptx_text import NS, rect_sp, rule_sp, text_sp
from deckbuild.render.pptx_timing import reveal_groups, timing_xml
from deckbuild.template_info import STYLE_COLOR_OF_SLOT
from deckbuild.units import emu

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
# placeholder role in the layout stage → placeholder types that can hold it, in preference order
PH_TYPES = {"title": ("title", "ctrTitle"), "ctrTitle": ("ctrTitle", "title"), "subTitle": ("subTitle", "body"),
            "body": ("body", "obj"), "ftr": ("ftr",), "dt": ("dt",), "sldNum": ("sldNum",)}
IMAGE_EXT = {"PNG": "png", "JPEG": "jpeg"}


@record
class Layout:
    """A slide layout of the prepared package: its part and its placeholders (attributes, in order)."""

    name: str
    target: str  # relative to a slide part: ../slideLayouts/slideLayoutN.xml
    placeholders: dict[str, list[dict]] = field(default_factory=dict)


def deck_to_pptx(pages: list[SlidePage], info: DeckInfo, reuse: Mapping[str, bytes] | None = None,
                 kept: dict[str, bytes] | None = None) -> bytes:
    """Return the bytes of a .pptx holding the deck's *pages*, identical for identical input.

    Slides kept by an earlier build in *reuse* (by their keys, pptx_reuse) are copied, not painted again; every
    slide's entries go into *kept* when given. The bytes never depend on what *reuse* holds.
    """
    base, layouts, notes_master = prepare(info)
    writer = PackageWriter(base, notes_master)
    cache = SlideParts(base, reuse or {}, kept) if reuse or kept is not None else None
    fallback = layouts.get(TITLE_ONLY) or next(iter(layouts.values()))
    for page in (p for p in pages if p.in_deck):
        layout = layouts.get(page.template_layout) or fallback  # the layout stage named it (geometry.BUILTIN_LAYOUTS)
        names = writer.reserve(bool(page.notes), page.boxes.charts if isinstance(page.boxes, Boxes)
                               else sum(isinstance(box, ChartBox) for box in page.boxes))
        if cache is not None and cache.replay(page, layout, names, writer):
            continue
        rels = Rels()
        rels.add("slideLayout", layout.target)
        slide = slide_xml(page, layout, rels, writer)
        notes = notes_xml(page.notes, page.lang) if page.notes else None
        writer.add_slide(slide, rels, notes)
        if cache is not None:
            cache.keep(writer)
    return writer.finish()


def slide_xml(page: SlidePage, layout: Layout, rels: Rels, writer: PackageWriter) -> bytes:
    """Return the XML of one slide: every box of the page as a shape, in order."""
    available = {k: list(v) for k, v in layout.placeholders.items()}

    def link(url: str) -> str:
        return rels.add("hyperlink", url, external=True)

    shapes = []
    for shape_id, box in enumerate(page.boxes, start=2):
        if isinstance(box, TextFrame):
            ph = next((available[t].pop(0) for t in PH_TYPES.get(box.placeholder or "", ()) if available.get(t)),
                      None)
            shapes.append(text_sp(shape_id, box, ph, link, page.lang))
        elif isinstance(box, Rect):
            shapes.append(rect_sp(shape_id, box))
        elif isinstance(box, Rule):
            shapes.append(rule_sp(shape_id, box))
        elif isinstance(box, Picture):  # pictures: SVG with PNG fallback, GIF/WebP/EXIF, crops (svg_pptx.py)
            shapes.append(picture_shape(shape_id, box, writer.add_media,
                                        lambda name: rels.add("image", "../" + name[len("ppt/"):])))
        elif isinstance(box, TableBox):
            shapes.append(table_xml(shape_id, box, link, page.lang))
        elif isinstance(box, ChartBox):
            name = writer.add_chart(*chart_part(box))
            shapes.append(chart_frame_xml(shape_id, box, rels.add("chart", "../" + name[len("ppt/"):])))
        elif isinstance(box, Formula):  # a picture of the formula, its linear form (speech.linear) as the alt text
            from deckbuild.render.formula_png import formula_png

            name = writer.add_media(formula_png(box), "png")
            picture = Picture(box.x, box.y, box.w, box.h, None, linear(box.latex), "Formula")
            shapes.append(picture_xml(shape_id, picture,
                                      rels.add("image", "../" + name[len("ppt/"):])))
        else:  # pragma: no cover - every box kind the layout makes is painted
            raise TypeError(f"cannot paint {type(box).__name__}")
    background = ""
    if page.own_background:
        background = (f'<p:bg><p:bgPr><a:solidFill><a:srgbClr val="{page.background}"/></a:solidFill>'
                      f'<a:effectLst/></p:bgPr></p:bg>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:sld {NS}><p:cSld>{background}<p:spTree>'
            f'<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>'
            f'<a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm>'
            f'</p:grpSpPr>{"".join(shapes)}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>'
            f'{timing_xml(reveal_groups(page)) if page.reveal else ""}'
            f'</p:sld>').encode()


def _image_ext(data: bytes) -> str:
    return "png" if data[:8] == b"\x89PNG\r\n\x1a\n" else "jpeg"


def notes_text(notes: str) -> list[str]:
    """Return speaker notes as plain paragraphs (blank lines separate paragraphs)."""
    paras = [" ".join(p.split()) for p in notes.strip().split("\n\n")]
    return [markup.plain(p) for p in paras if p]


def notes_xml(notes: str, lang: str = "en-US") -> bytes:
    """Return a notes page: the slide image placeholder and the notes in the body placeholder."""
    from deckbuild.render.xml_escape import escape

    paras = "".join(f'<a:p><a:r><a:rPr lang="{run_lang(p, lang)}" dirty="0"/><a:t>{escape(p)}</a:t></a:r></a:p>'
                    for p in notes_text(notes)) or "<a:p/>"
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:notes {NS}><p:cSld><p:spTree>'
            f'<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>'
            f'<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1" '
            f'noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr>'
            f'<p:spPr/></p:sp><p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr>'
            f'<a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/>'
            f'<p:txBody><a:bodyPr/><a:lstStyle/>{paras}</p:txBody></p:sp></p:spTree></p:cSld>'
            f'<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>').encode()


# -- the package before its slides ---------------------------------------------------------------------

def prepare(info: DeckInfo) -> tuple[bytes, dict[str, Layout], str]:
    """Return the package without slides (template, size, theme, properties), its layouts, and the part
    name of its notes master.

    The result is kept in deckbuild's cache folder, keyed by everything it depends on, so a rebuild does
    not open the template with python-pptx again.
    """
    import hashlib
    import json

    from deckbuild.paths import cache_dir

    template = info.template.read_bytes() if info.template else b"python-pptx default"
    key = hashlib.sha256(json.dumps([  # every field of info (a field added later is covered too)
        hashlib.sha256(template).hexdigest(), repr(info), _PREPARE_VERSION, _pptx_version()]).encode()).hexdigest()
    from deckbuild.cache import read_prepared, write_prepared

    folder = cache_dir() / "pptx-base"
    cached = read_prepared(folder, key)  # None when missing, damaged or not this version's: made again
    if cached is not None:
        base, meta = cached
        return base, {k: Layout(**v) for k, v in meta["layouts"].items()}, meta["notes_master"]
    base, layouts, notes_master = _prepare(info)
    write_prepared(folder, key, base, {"layouts": {k: vars(v) for k, v in layouts.items()},
                                       "notes_master": notes_master})
    return base, layouts, notes_master


_PREPARE_VERSION = 5  # bump when _prepare changes what it makes


def _pptx_version() -> str:
    from deckbuild.cache import library_versions  # remembered between runs: no metadata lookup

    return library_versions()


def _prepare(info: DeckInfo) -> tuple[bytes, dict[str, Layout], str]:
    from pptx import Presentation

    prs = Presentation(str(info.template)) if info.template else Presentation()
    _drop_slides(prs)
    if not info.template_size:  # a template's own size is kept exactly (the layout used it too)
        _resize(prs, info)
    _theme(prs, info)
    if info.master_background is not None:  # the layout stage keeps a template's own background
        _master_background(prs, info.master_background)
    _core_properties(prs, info)
    notes_master = prs.notes_master.part.partname.lstrip("/")  # created when the template has none
    prs.part._element.get_or_add_sldIdLst()
    layouts = {}
    for layout in prs.slide_layouts:
        placeholders: dict[str, list[dict]] = {}
        for ph in layout.placeholders:
            el = ph.element.ph
            attrs = {k: el.get(k) for k in ("type", "orient", "sz", "idx") if el.get(k) is not None}
            placeholders.setdefault(el.get("type", "obj"), []).append(attrs)
        layouts.setdefault(layout.name, Layout(layout.name, "../" + layout.part.partname.split("/ppt/", 1)[1],
                                               placeholders))
    buf = io.BytesIO()
    prs.save(buf)
    return buf.getvalue(), layouts, notes_master


def _drop_slides(prs) -> None:
    """Remove the template's own slides and their relationships (their parts are then not saved)."""
    id_list = prs.part._element.get_or_add_sldIdLst()
    for sld_id in list(id_list):
        prs.part.drop_rel(sld_id.rId)
        id_list.remove(sld_id)


def _resize(prs, info: DeckInfo) -> None:
    """Set the slide size, moving the master's and layouts' shapes proportionally."""
    old_w, old_h = prs.slide_width, prs.slide_height
    new_w, new_h = emu(info.width), emu(info.height)
    if (old_w, old_h) == (new_w, new_h):
        return
    sx, sy = new_w / old_w, new_h / old_h
    for part in [prs.slide_master] + list(prs.slide_layouts):
        for off in part.element.iter(f"{A}off"):
            off.set("x", str(round(int(off.get("x")) * sx)))
            off.set("y", str(round(int(off.get("y")) * sy)))
        for ext in part.element.iter(f"{A}ext"):
            if ext.get("cx") is not None:
                ext.set("cx", str(round(int(ext.get("cx")) * sx)))
                ext.set("cy", str(round(int(ext.get("cy")) * sy)))
    prs.slide_width, prs.slide_height = new_w, new_h


def _theme(prs, info: DeckInfo) -> None:
    """Make the theme's fonts and colours the style's, so what users add in PowerPoint matches.

    Hyperlinks take the theme's link colour, so it becomes the style's primary colour, as in the handout.
    """
    from lxml import etree
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        part = prs.slide_master.part.part_related_by(RT.THEME)
    except KeyError:  # a master without a theme: PowerPoint falls back to its own
        return
    root = etree.fromstring(part.blob)
    for scheme in root.iter(f"{A}clrScheme"):
        for slot, name in STYLE_COLOR_OF_SLOT.items():
            node = scheme.find(f"{A}{slot}")
            if node is not None:
                for child in list(node):
                    node.remove(child)
                etree.SubElement(node, f"{A}srgbClr", val=info.colors[name])
    for tag, family in (("majorFont", info.heading_font), ("minorFont", info.body_font)):
        for font in root.iter(f"{A}{tag}"):
            node = font.find(f"{A}latin")
            if node is not None:
                node.set("typeface", family)
                node.attrib.pop("panose", None)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _master_background(prs, color: str) -> None:
    from pptx.dml.color import RGBColor

    fill = prs.slide_master.background.fill
    fill.solid()
    fill.fore_color.rgb = RGBColor.from_string(color)


def _core_properties(prs, info: DeckInfo) -> None:
    import datetime as dt

    props = prs.core_properties
    props.title = info.title[:255]
    props.subject = info.subtitle[:255]
    props.author = info.author[:255]
    props.last_modified_by = "deckbuild"
    props.language = info.lang
    props.revision = 1
    props.comments = ""
    props.keywords = ""  # the template's own words and category describe the template, not this deck
    props.category = ""
    when = dt.datetime(2000, 1, 1)
    if info.date:
        try:
            when = dt.datetime.fromisoformat(info.date[:10])
        except ValueError:
            pass
    props.created = when
    props.modified = when
    for node in props._element.findall("{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
                                       "lastPrinted"):  # never printed: a template's date would be stale
        props._element.remove(node)
