"""Reading a user's PowerPoint template into plain data: slide size, layouts with their placeholder
geometry (inherited from the master where a layout does not say), theme colours and fonts.

The layout stage works from this data only (it never imports python-pptx), so a deck built on a
template is fitted to the template's own title and body frames, and the handout miniatures follow.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
import re

from deckbuild.template_info import (STYLE_COLOR_OF_SLOT, TEMPLATE_COLORS, THEME_SLOTS, Box, TemplateArt, TemplateInfo,  # noqa: F401
                                     TemplateLayout, TemplatePicture, TemplatePlaceholder, slot_of_color)
from deckbuild.units import EMU_PER_PT
# budgets for the package read (a template is a zip: a small file can declare or inflate to gigabytes)
MAX_PARTS = 10_000
MAX_PART_BYTES = 64 * 2**20  # one part, uncompressed
MAX_TOTAL_BYTES = 256 * 2**20  # all parts, uncompressed
MAX_RATIO = 200  # uncompressed / compressed, for parts over RATIO_FLOOR bytes
RATIO_FLOOR = 2**20
# the slide sizes the format allows (EMU): 1 inch to 56 inches
MIN_SIDE, MAX_SIDE = 914400, 51206400
_DOCTYPE = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
class TemplateError(Exception):
    """The template cannot be used; the message says why, for a user, and *hint* what to do."""

    def __init__(self, message: str, hint: str = "save it again from PowerPoint as a .pptx"):
        super().__init__(message)
        self.hint = hint

    def sentence(self, name: str) -> str:
        """Return the problem as a sentence about the template called *name*."""
        return f"template '{name}' {'is ' if str(self).startswith('not') else ''}{self}"


def _box(shape) -> Box | None:
    try:
        x, y, w, h = shape.left, shape.top, shape.width, shape.height
    except (AttributeError, ValueError):
        return None
    if None in (x, y, w, h):
        return None
    return Box(round(x / EMU_PER_PT, 2), round(y / EMU_PER_PT, 2), round(w / EMU_PER_PT, 2), round(h / EMU_PER_PT, 2))


def read_template(path: Path) -> TemplateInfo:
    """Return what the template at *path* offers; raise TemplateError when it cannot be used."""
    st = path.stat()
    return _read(str(path.resolve()), st.st_size, st.st_mtime_ns)


@lru_cache(maxsize=16)
def _read(path: str, _size: int, _mtime: int) -> TemplateInfo:
    import zipfile

    from lxml import etree
    from pptx import Presentation

    from pptx.exc import PackageNotFoundError

    _check_package(path)
    try:
        prs = Presentation(path)
    except (zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError, PackageNotFoundError) as exc:
        raise TemplateError(f"not a PowerPoint file ({type(exc).__name__})") from None
    except Exception as exc:  # noqa: BLE001 - python-pptx raises many kinds for a damaged package
        raise TemplateError(_damage(exc)) from None
    try:
        return _analyse(prs, path)
    except TemplateError:
        raise
    except Exception as exc:  # noqa: BLE001 - python-pptx raises many kinds for damaged masters and layouts
        raise TemplateError(_damage(exc)) from None


def _damage(exc: Exception) -> str:
    """Return what the error *exc* python-pptx raised while reading a template says is wrong, in a user's words."""
    if isinstance(exc, RecursionError):
        return "cannot be read as a PowerPoint template: its parts refer to each other in a loop"
    if isinstance(exc, KeyError) and "no relationship with key" in str(exc):
        return (f"cannot be read as a PowerPoint template: a part refers to a part that is missing (relationship "
                f"{str(exc).rpartition(' ')[2].strip(chr(34) + chr(39))[:40]})")
    return f"cannot be read as a PowerPoint template ({type(exc).__name__}: {str(exc)[:200]})"


def _analyse(prs, path: str) -> TemplateInfo:
    """Return what the opened template *prs* offers."""
    width, height = _slide_size(prs)
    layouts = []
    for layout in prs.slide_layouts:
        placeholders = []
        for element in layout.element.iter("{http://schemas.openxmlformats.org/presentationml/2006/main}ph"):
            idx = element.get("idx", "0")
            if not (idx.isascii() and idx.isdigit() and int(idx) < 2**32):
                raise TemplateError(f"has a placeholder with idx=\"{idx[:20]}\" in layout '{layout.name[:80]}', "
                                    "which is not a whole number",
                                    "PowerPoint numbers placeholders 0, 1, 2…; save the template again from "
                                    "PowerPoint, or fix the idx in the layout's XML")
        for ph in layout.placeholders:
            element = ph.element.ph
            box = _box(ph)
            if box is None:
                continue
            placeholders.append(TemplatePlaceholder(element.get("type", "obj"), int(element.get("idx", 0)), box))
        layouts.append(TemplateLayout(layout.name, tuple(placeholders), _art(layout)))
    if not layouts:
        raise TemplateError("has no slide layouts, so there is nothing to build slides on",
                            "add one in PowerPoint (View > Slide Master > Insert Layout) and save the template again")
    colors, major, minor = _theme(prs)
    return TemplateInfo(path=Path(path), width=width, height=height,
                        layouts=tuple(layouts), colors=colors, major_font=major, minor_font=minor,
                        slides=len(prs.slides))


def _check_package(path: str) -> None:
    """Return when the package at *path* is within budget; raise TemplateError when its parts are too many or
    too big (declared, or as actually read), inflate suspiciously, or its XML declares a DOCTYPE or entities
    (entity expansion, external entities)."""
    import zipfile

    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise TemplateError("not a PowerPoint file (BadZipFile)") from None
    hint = "remove the part from the template (it is not a normal PowerPoint template), or save it again"
    with archive:
        items = archive.infolist()
        if len(items) > MAX_PARTS:
            raise TemplateError(f"has {len(items):,} parts, more than the {MAX_PARTS:,} a template may have", hint)
        total = 0
        for item in items:
            name = item.filename[:120]
            if item.file_size > MAX_PART_BYTES:
                raise TemplateError(f"has a part '{name}' of {_mib(item.file_size)} uncompressed, more than the "
                                    f"{_mib(MAX_PART_BYTES)} a template part may have", hint)
            if item.file_size > RATIO_FLOOR and item.file_size > MAX_RATIO * max(item.compress_size, 1):
                raise TemplateError(f"has a part '{name}' that inflates {item.file_size // max(item.compress_size, 1):,}"
                                    f" times (a zip bomb?); at most {MAX_RATIO} times is accepted", hint)
            read = 0
            head = b""
            try:
                with archive.open(item) as member:
                    while chunk := member.read(2**20):
                        read += len(chunk)
                        if read > item.file_size or read > MAX_PART_BYTES:
                            raise TemplateError(f"has a part '{name}' that inflates to more than the "
                                                f"{_mib(item.file_size)} it declares", hint)
                        if name.endswith((".xml", ".rels")) and _DOCTYPE.search(head[-16:] + chunk):
                            raise TemplateError(f"has a DOCTYPE or entity declaration in '{name}', which is refused "
                                                "(entities can expand without bound or read other files)",
                                                "PowerPoint never writes one: save the template again from PowerPoint")
                        head = chunk
            except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, NotImplementedError,
                    RuntimeError) as exc:
                raise TemplateError(f"not a PowerPoint file (part '{name}' cannot be read: {type(exc).__name__})") \
                    from None
            total += read
            if total > MAX_TOTAL_BYTES:
                raise TemplateError(f"inflates to more than {_mib(MAX_TOTAL_BYTES)} in all", hint)


def _mib(size: int) -> str:
    return f"{size / 2**20:,.0f} MiB" if size >= 2**20 else f"{size:,} bytes"


def _slide_size(prs) -> tuple[float, float]:
    """Return the template's slide size in points; raise TemplateError when it is missing or unusable."""
    hint = "set the slide size in PowerPoint (Design > Slide Size) and save the template again"
    size = prs.part._element.find("{http://schemas.openxmlformats.org/presentationml/2006/main}sldSz")
    if size is None:
        raise TemplateError("has no slide size (ppt/presentation.xml lacks p:sldSz)", hint)
    try:
        cx, cy = int(size.get("cx", "")), int(size.get("cy", ""))
    except ValueError:
        raise TemplateError(f"has a slide size that is not a number ({size.get('cx')!r}×{size.get('cy')!r})"[:160],
                            hint) from None
    if not (MIN_SIDE <= cx <= MAX_SIDE and MIN_SIDE <= cy <= MAX_SIDE):
        raise TemplateError(f"has a slide size of {cx / EMU_PER_PT:g}×{cy / EMU_PER_PT:g}pt; each side must be "
                            f"{MIN_SIDE // EMU_PER_PT}–{MAX_SIDE // EMU_PER_PT}pt (1–56 inches)", hint)
    return cx / EMU_PER_PT, cy / EMU_PER_PT


P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
R_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"
# what a painter can draw: PNG, JPEG, GIF (EMF, WMF, SVG and TIFF pictures are left to the deck)
DRAWABLE = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a")


def _art(layout) -> TemplateArt:
    """Return the background and pictures *layout* shows (with its master's, unless it hides them)."""
    master = layout.slide_master
    color_map = master.element.find(f"{P}clrMap")
    slots = dict(color_map.attrib) if color_map is not None else {}
    fill, pictures = None, []
    for owner in (layout, master):  # a layout's own background replaces its master's
        bg = owner.element.find(f"{P}cSld/{P}bg")
        if bg is not None:
            fill, picture = _background(bg, owner.part, slots)
            if picture:
                pictures.append(TemplatePicture(picture))
            break
    if layout.element.get("showMasterSp") not in ("0", "false"):
        pictures += _pictures(master)
    pictures += _pictures(layout)
    return TemplateArt(fill, tuple(pictures))


def _color(node, slots: dict) -> str | None:
    """Return the colour of the fill *node* (solid, first gradient stop, or a background reference)."""
    if node is None:
        return None
    for child in node.iter():
        if child.tag == f"{A}srgbClr" and len(child.get("val", "")) == 6:
            return child.get("val").upper()
        if child.tag == f"{A}sysClr" and len(child.get("lastClr", "")) == 6:
            return child.get("lastClr").upper()
        if child.tag == f"{A}schemeClr":
            value = child.get("val", "")
            value = slots.get(value, value)
            return value if value in THEME_SLOTS else None
    return None


def _related(part, rid: str | None) -> str | None:
    """Return the part name of the drawable picture *part* relates to as *rid*, or None."""
    if not rid:
        return None
    try:
        target = part.related_part(rid)
    except (KeyError, AttributeError):
        return None
    blob = getattr(target, "blob", b"")
    return str(target.partname).lstrip("/") if blob.startswith(DRAWABLE) else None


def _background(bg, part, slots: dict) -> tuple[str | None, str | None]:
    props = bg.find(f"{P}bgPr")
    if props is None:  # a reference to the theme's background styles, with its colour
        return _color(bg.find(f"{P}bgRef"), slots), None
    blip = props.find(f"{A}blipFill/{A}blip")
    if blip is not None:
        return None, _related(part, blip.get(R_EMBED))
    fill = props.find(f"{A}solidFill")
    return _color(fill if fill is not None else props.find(f"{A}gradFill"), slots), None


def _pictures(owner) -> list[TemplatePicture]:
    """Return the pictures (not placeholders) on the top level of *owner*'s shape tree."""
    out = []
    tree = owner.element.find(f"{P}cSld/{P}spTree")
    for pic in (tree.findall(f"{P}pic") if tree is not None else ()):
        if pic.find(f"{P}nvPicPr/{P}nvPr/{P}ph") is not None:
            continue
        blip, off, ext = (pic.find(f"{P}blipFill/{A}blip"), pic.find(f"{P}spPr/{A}xfrm/{A}off"),
                          pic.find(f"{P}spPr/{A}xfrm/{A}ext"))
        if blip is None or off is None or ext is None:
            continue
        name = _related(owner.part, blip.get(R_EMBED))
        try:
            x, y, w, h = (int(off.get("x")), int(off.get("y")), int(ext.get("cx")), int(ext.get("cy")))
        except (TypeError, ValueError):
            continue
        if name and w > 0 and h > 0:
            out.append(TemplatePicture(name, Box(*(round(v / EMU_PER_PT, 2) for v in (x, y, w, h)))))
    return out


def _theme(prs) -> tuple[dict, str | None, str | None]:
    from lxml import etree
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT

    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    try:
        root = etree.fromstring(prs.slide_master.part.part_related_by(RT.THEME).blob)
    except (KeyError, etree.XMLSyntaxError):
        return {}, None, None
    colors = {}
    scheme = root.find(f".//{a}clrScheme")
    if scheme is not None:
        for slot in THEME_SLOTS:
            node = scheme.find(f"{a}{slot}")
            if node is None or not len(node):
                continue
            value = node[0].get("val") if node[0].tag == f"{a}srgbClr" else node[0].get("lastClr")
            if value and len(value) == 6:
                colors[slot] = value.upper()

    def font(tag: str) -> str | None:
        node = root.find(f".//{a}{tag}/{a}latin")
        name = node.get("typeface") if node is not None else None
        return name if name and not name.startswith("+") else None

    return colors, font("majorFont"), font("minorFont")
