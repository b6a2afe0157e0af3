"""SVG pictures: checked for safety and size before anything draws them, and their PNG fallback.

The loader calls :func:`check_svg` (an SVG that refers to a file or URL is refused, never read) and
:func:`render_problem`; painters call :func:`svg_png` (the PNG fallback of an SVG).
"""

from __future__ import annotations

import io
import re
import xml.parsers.expat
from functools import lru_cache
from pathlib import Path

from deckbuild.images import MAX_IMAGE_PIXELS, PictureError
from deckbuild.lazy_patterns import LazyPattern  # (compiled when first used: most decks have no SVG)
from deckbuild.records import record

MAX_SVG_BYTES = 5_000_000
"""SVG files larger than this are refused (a detailed diagram is rarely over 1 MB)."""
MAX_SVG_ELEMENTS = 10_000
"""Elements an SVG may draw, counting what each ``<use>`` repeats: the handout draws ~3,000 a second, so this
keeps a picture to a few seconds (a detailed diagram has a few hundred)."""
MAX_SVG_POINTS = 100_000
"""Points of paths, polylines and polygons an SVG may draw, counting what each ``<use>`` repeats."""
MAX_SVG_DEPTH = 64
MAX_SVG_TEXT = 20_000
"""Characters of text an SVG may draw (a label-heavy diagram has a few thousand; resvg lays out long text slowly)."""
MAX_SVG_NUMBER = 1e8
"""Coordinates and sizes in an SVG must stay below this (larger ones cannot be written to a PDF)."""
_HUGE_NUMBER = LazyPattern(r"(?<![\d.])(?:\d{9,}(?:\.\d*)?|\d+(?:\.\d*)?[eE]\+?(?:0*[89]|0*\d{2,}))(?![\d.])")
_NUMBER = LazyPattern(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_NAME_ATTRS = ("id", "class", "href", "lang", "name", "role", "title")  # names, not numbers
LIMITS = (MAX_SVG_ELEMENTS, MAX_SVG_POINTS, MAX_SVG_TEXT)
MAX_FALLBACK_PX = 2400
"""The longer side of an SVG's PNG fallback, in pixels."""
_EXTERNAL_CSS = LazyPattern(r"url\(\s*['\"]?\s*(?!#)|@import", re.IGNORECASE)
_LENGTH = LazyPattern(r"^\s*([0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\s*(px|pt|pc|mm|cm|in)?\s*$")
_PX_PER = {"px": 1.0, None: 1.0, "pt": 4 / 3, "pc": 16.0, "mm": 96 / 25.4, "cm": 96 / 2.54, "in": 96.0}
SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"


@record(frozen=True)
class SvgInfo:
    """What the loader needs to know of a safe SVG: its size in CSS pixels and its title/desc."""

    width: float
    height: float
    alt: str | None


def is_svg(path: Path) -> bool:
    """Return True when the picture at *path* is an SVG file (by its suffix)."""
    return Path(path).suffix.lower() == ".svg"


def check_svg(path: Path, shown: str) -> SvgInfo:
    """Return the size and title of the SVG at *path*, or raise PictureError when it is unsafe or too big.

    Refused: a DOCTYPE or entity declaration, ``<script>``, ``<foreignObject>``, event attributes, any
    ``href`` that is not a fragment (``#id``) or an embedded ``data:image/…``, CSS ``url()`` to anything but
    a fragment and ``@import``; files over MAX_SVG_BYTES, nesting deeper than MAX_SVG_DEPTH, a ``<use>`` that
    repeats its own ancestor, and drawings of more than MAX_SVG_ELEMENTS elements, MAX_SVG_POINTS path points or
    MAX_SVG_TEXT characters once each ``<use>`` is counted as what it repeats (drawing work is bounded by these).
    """
    size = path.stat().st_size
    if size > MAX_SVG_BYTES:
        raise PictureError(f"SVG '{shown}' is {size / 1e6:.1f} MB; the limit is {MAX_SVG_BYTES / 1e6:.0f} MB",
                           "simplify the drawing or export it as PNG")
    data = path.read_bytes()
    return _scan(data, shown)


def _scan(data: bytes, shown: str) -> SvgInfo:
    parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")
    state = {"count": 0, "depth": 0, "root": None, "text": None, "title": None, "desc": None, "path": []}
    nodes: list[list] = []  # each element's parent (-1 for the root), <use> target id, points and characters drawn
    ids: dict[str, int] = {}
    parents: list[int] = []

    def where() -> str:
        return f"line {parser.CurrentLineNumber} of the SVG"

    def refuse(what: str, hint: str) -> None:
        raise PictureError(f"SVG '{shown}' {what} ({where()})", hint)

    def doctype(*_args) -> None:
        refuse("declares a DOCTYPE", "remove the <!DOCTYPE …> line; deckbuild reads no DTDs or entities")

    def entity(*_args) -> None:
        refuse("declares an entity", "remove the <!ENTITY …> declarations")

    def start(name: str, attrs: dict) -> None:
        ns, _, local = name.rpartition(" ")
        state["count"] += 1
        state["depth"] += 1
        state["path"].append(local)
        if state["count"] > MAX_SVG_ELEMENTS:
            refuse(f"has more than {MAX_SVG_ELEMENTS:,} elements", "simplify the drawing or export it as PNG")
        plain = {k.rpartition(" ")[2]: v for k, v in attrs.items()}
        href = plain.get("href", "")
        nodes.append([parents[-1] if parents else -1, href[1:] if local == "use" and href.startswith("#") else None,
                      sum(len(_NUMBER.findall(plain.get(a, ""))) for a in ("d", "points")) // 2, 0])
        if plain.get("id"):
            ids.setdefault(plain["id"], len(nodes) - 1)
        parents.append(len(nodes) - 1)
        if state["depth"] > MAX_SVG_DEPTH:
            refuse(f"nests elements more than {MAX_SVG_DEPTH} deep", "simplify the drawing")
        if state["root"] is None:
            if local != "svg" or ns not in (SVG_NS, ""):
                refuse("is not an SVG drawing (its root element is not <svg>)", "export the drawing as SVG")
            state["root"] = attrs
        if local in ("script", "foreignObject", "iframe", "embed", "object"):
            refuse(f"holds a <{local}>", "remove it; a picture on a slide cannot run code or embed documents")
        for key, value in attrs.items():
            attr = key.rpartition(" ")[2]
            if attr.lower().startswith("on"):
                refuse(f"has an event attribute '{attr}'", "remove it; a picture on a slide cannot run code")
            if attr == "href" and value.startswith("data:"):
                problem = _embedded_problem(value)
                if problem:
                    refuse(problem, "embed PNG or JPEG pictures of at most 40 million pixels, or export as PNG")
            elif attr == "href" and not value.startswith("#") and local != "a":  # a link is never followed
                refuse(f"refers to '{value[:60]}' outside the file", "embed the picture in the SVG (data: URI) "
                       "or export the drawing with everything inside it; deckbuild never fetches references")
            if attr == "style" and _EXTERNAL_CSS.search(_css_unescape(value)):
                refuse("styles refer to something outside the file", "keep url() to #ids in the same file")
            elif attr != "href" and _EXTERNAL_CSS.search(_css_unescape(value)):
                refuse(f"has an attribute '{attr}' that refers to something outside the file",
                       "keep url() to #ids in the same file")
            huge = (None if attr in _NAME_ATTRS or attr.startswith("aria")
                    else _HUGE_NUMBER.search(re.sub(r"#[\w.:-]*", "", value)))  # not in #ids
            if huge:
                refuse(f"uses the number {huge.group(0)[:20]}, too large to draw",
                       f"keep coordinates and sizes below {MAX_SVG_NUMBER:,.0f}")
        if local in ("title", "desc") and state["depth"] == 2 and state[local] is None:
            state["text"] = []

    def end(name: str) -> None:
        local = name.rpartition(" ")[2]
        if state["text"] is not None and local in ("title", "desc") and state["depth"] == 2:
            state[local] = " ".join("".join(state["text"]).split()) or None
            state["text"] = None
        if local == "style" and _HUGE_NUMBER.search(state.get("css", "")):
            refuse(f"has a <style> that uses the number {_HUGE_NUMBER.search(state['css']).group(0)[:20]}, too "
                   "large to draw", f"keep coordinates and sizes below {MAX_SVG_NUMBER:,.0f}")
        if local == "style" and _EXTERNAL_CSS.search(_css_unescape(state.get("css", ""))):
            refuse("has a <style> that refers to something outside the file", "keep url() to #ids in the same file")
        state["css"] = ""
        state["depth"] -= 1
        state["path"].pop()
        parents.pop()

    def chars(text: str) -> None:
        if text.strip() and not (state["path"] and state["path"][-1] == "style"):
            state["chars"] = state.get("chars", 0) + len(text)
            if parents:
                nodes[parents[-1]][3] += len(text)
            if state["chars"] > MAX_SVG_TEXT:
                refuse(f"holds more than {MAX_SVG_TEXT:,} characters of text",
                       "put long text on the slide itself, or export the drawing as PNG")
        if state["text"] is not None:
            state["text"].append(text)
        if state["path"] and state["path"][-1] == "style":
            state["css"] = state.get("css", "") + text

    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = entity
    parser.ExternalEntityRefHandler = lambda *a: refuse("refers to an external entity", "remove it")
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    parser.ProcessingInstructionHandler = lambda target, _data: refuse(
        f"holds a processing instruction <?{target[:20]} …?>", "remove it; a stylesheet or script it names is "
        "outside the file") if target.lower() != "xml" else None
    try:
        parser.Parse(data, True)
    except LookupError:
        raise PictureError(f"SVG '{shown}' declares an encoding Python does not know",
                           'save it as UTF-8 with <?xml version="1.0" encoding="UTF-8"?>') from None
    except xml.parsers.expat.ExpatError as exc:
        raise PictureError(f"SVG '{shown}' is not well-formed XML ({xml.parsers.expat.ErrorString(exc.code)} at "
                           f"line {exc.lineno})", "open it in an editor and re-save it as plain SVG") from None
    root = state["root"]
    if root is None:
        raise PictureError(f"SVG '{shown}' is empty", "export the drawing as SVG again")
    drawn = _drawn(nodes, ids)
    if drawn is None:
        raise PictureError(f"SVG '{shown}' has a <use> that repeats itself (directly or through others)",
                           "point each <use> at an element outside it")
    for count, limit, what in zip(drawn, LIMITS, ("elements", "points of paths", "characters of text")):
        if count > limit:
            raise PictureError(f"SVG '{shown}' draws more than {limit:,} {what}, counting what each <use> repeats",
                               "simplify the drawing or export it as PNG")
    width, height = _svg_size(root, shown)
    return SvgInfo(width, height, state["title"] or state["desc"])


def _drawn(nodes: list[list], ids: dict[str, int]) -> tuple[int, int, int] | None:
    """Return the elements, path points and characters drawing the tree *nodes* makes, each ``<use>`` counted as
    what it repeats (each count stops just above its limit), or None when a ``<use>`` repeats one of its ancestors."""
    children: list[list[int]] = [[] for _ in nodes]
    for index, (parent, target, _points, _chars) in enumerate(nodes):
        if parent >= 0:
            children[parent].append(index)
        if target in ids:
            children[index].append(ids[target])
    done: dict[int, tuple[int, int, int]] = {}
    busy: set[int] = set()
    stack = [0] if nodes else []
    while stack:  # depth first, without recursion: a chain of <use> may be thousands long
        node = stack[-1]
        if node not in busy:
            busy.add(node)
            for child in children[node]:
                if child in busy and child not in done:
                    return None
                if child not in done:
                    stack.append(child)
            continue
        stack.pop()
        if node not in done:
            own = (1, nodes[node][2], nodes[node][3])
            done[node] = tuple(min(limit + 1, mine + sum(done[c][k] for c in children[node]))
                               for k, (limit, mine) in enumerate(zip(LIMITS, own)))
    return done.get(0, (0, 0, 0))


def _css_unescape(css: str) -> str:
    """Return *css* with its escapes (``\\75 rl(`` for ``url(``) replaced by the characters they stand for."""
    def char(m: re.Match) -> str:
        if m.group(1):
            code = int(m.group(1), 16)
            return chr(code) if 0 < code <= 0x10FFFF else "\ufffd"
        return m.group(2)

    return re.sub(r"\\(?:([0-9a-fA-F]{1,6})[ \t\n]?|(.))", char, css) if "\\" in css else css


_DATA_URI = LazyPattern(r"^data:image/(png|jpeg|jpg|gif|webp);base64,", re.IGNORECASE)


def _embedded_problem(uri: str) -> str | None:
    """Return what is wrong with a picture embedded in an SVG as a ``data:`` URI, or None when it is usable."""
    import base64
    import binascii

    from PIL import Image as PILImage

    m = _DATA_URI.match(uri)
    if not m:
        return f"embeds '{uri[:40]}…', which is not a base64 PNG, JPEG, GIF or WebP picture"
    try:
        data = base64.b64decode("".join(uri[m.end():].split()), validate=True)
        with PILImage.open(io.BytesIO(data)) as img:
            width, height = img.size
    except (binascii.Error, ValueError, OSError, PILImage.DecompressionBombError):
        return "embeds a picture that cannot be read"
    if width * height > MAX_IMAGE_PIXELS:
        return f"embeds a picture of {width}×{height} pixels ({width * height / 1e6:.0f} million)"
    return None


def _svg_size(root: dict, shown: str) -> tuple[float, float]:
    """Return the drawing's size in CSS pixels from width/height, or else its viewBox."""
    attrs = {k.rpartition(" ")[2]: v for k, v in root.items()}
    box = None
    if "viewBox" in attrs:
        try:
            parts = [float(v) for v in attrs["viewBox"].replace(",", " ").split()]
            if len(parts) == 4 and parts[2] > 0 and parts[3] > 0:
                box = parts[2], parts[3]
        except ValueError:
            pass
    w, h = _px(attrs.get("width")), _px(attrs.get("height"))
    if w and h:
        return w, h
    if box:
        if w:
            return w, w * box[1] / box[0]
        if h:
            return h * box[0] / box[1], h
        return box
    raise PictureError(f"SVG '{shown}' has no size (neither width/height nor a viewBox)",
                       'add a viewBox="0 0 W H" to its <svg> element')


def _px(value: str | None) -> float | None:
    m = _LENGTH.match(value or "")
    if not m:
        return None
    px = float(m.group(1)) * _PX_PER[m.group(2)]
    return px if 0 < px < 1e7 else None


def svg_png(path: Path, width: float, height: float) -> bytes:
    """Return a PNG rendering of the (already checked) SVG at *path*, for a picture *width*×*height* points."""
    path = Path(path)
    st = path.stat()
    scale = min(MAX_FALLBACK_PX / max(width, height, 1.0), 4.0)
    return _svg_png(str(path), st.st_size, st.st_mtime_ns, max(1, round(width * scale)))


@lru_cache(maxsize=32)
def _svg_png(path: str, _size: int, _mtime: int, px_width: int) -> bytes:
    import resvg_py

    from deckbuild.fonts import BUNDLED_DIR

    svg = _svg_text(Path(path).read_bytes())
    # only the bundled fonts: the fallback looks the same on every machine (text in other families is drawn in
    # Liberation Sans; PowerPoint 2016+ shows the SVG itself with the fonts it has)
    data = resvg_py.svg_to_bytes(svg_string=svg, width=px_width, skip_system_fonts=True,
                                 font_dirs=[str(BUNDLED_DIR)], font_family="Liberation Sans",
                                 sans_serif_family="Liberation Sans", serif_family="Liberation Sans",
                                 monospace_family="Liberation Mono")
    return bytes(data)


def _svg_text(data: bytes) -> str:
    """Return the text of an SVG file as its bytes declare it (UTF-8, or UTF-16 with a byte order mark)."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = data.decode("utf-16")
    else:
        text = data.decode("utf-8-sig", errors="replace")
    return re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # the declaration names the bytes' encoding, not this text's


def render_problem(path: Path) -> str | None:
    """Return why resvg cannot draw the (already checked) SVG at *path*, or None when it can."""
    try:
        _svg_png(str(path), -1, -1, 16)  # a tiny rendering; the stamp keeps it apart from the painters' renderings
    except ValueError as exc:
        return str(exc) or "it cannot be drawn"
    return None
