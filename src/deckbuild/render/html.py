"""The HTML painter: SlidePages → one self-contained web page, ``index.html`` with its files beside it.

Every slide is an inline SVG in points, drawn box by box exactly where the layout put it: each line of
text is its own ``<text>`` element with its fragments at the layout's x positions, in ``@font-face`` fonts
made from the very files the layout measured (copied into ``fonts/``), so lines break where they break in
the deck and the handout. Pictures are copied into ``media/``; charts are drawn from the chart's own vector
boxes, formulas from their outlines. The page's behaviour (keys, presenter view, overview, reveal steps)
lives in ``deckbuild.js`` and its look in ``deckbuild.css``, package data copied beside the page.
Nothing here decides a position, a size or a line break.
"""

from __future__ import annotations

import hashlib
import math
from html import escape
from importlib.resources import files as package_files

from deckbuild.render.svg_html import picture_element, picture_media
from deckbuild.layout.boxes import (ChartBox, Formula, Picture, Polyline, Rect, Rule, SlidePage, TableBox,
                                    TextFrame, Wedge)
from deckbuild.render.pptx_timing import reveal_groups

STATIC = ("deckbuild.js", "deckbuild.css")


def n(value: float) -> str:
    """Return *value* as a short SVG number (two decimals at most, no trailing zeros)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _attr(text: str) -> str:
    return escape(text, quote=True)


class HtmlPainter:
    """Turns boxes into SVG markup; collects the font and picture files the page needs."""

    def __init__(self):
        self.fonts: dict[str, tuple[str, str]] = {}  # font file → (CSS family, file name under fonts/)
        self.files: dict[str, bytes] = {}  # file name under the page's folder → bytes

    def family(self, face) -> str:
        """Return the CSS family of *face*'s font file, adding the file to the page's fonts."""
        key = str(face.path)
        found = self.fonts.get(key)
        if found is None:
            data = face.path.read_bytes()
            digest = hashlib.sha256(data).hexdigest()[:10]
            name = f"fonts/{face.id}-{digest}{face.path.suffix.lower()}"
            found = self.fonts[key] = (f"db-{face.id}-{digest}", name)
            self.files[name] = data
        return found[0]

    def picture(self, path) -> str:
        data = path.read_bytes()
        ext = ".png" if data[:8] == b"\x89PNG\r\n\x1a\n" else ".jpg"
        name = f"media/{hashlib.sha256(data).hexdigest()[:16]}{ext}"
        self.files[name] = data
        return name

    def font_css(self) -> str:
        """Return the ``@font-face`` rules of every font file used, in a stable order."""
        rules = []
        for family, name in sorted(self.fonts.values()):
            fmt = "opentype" if name.endswith(".otf") else "truetype"
            rules.append(f"@font-face{{font-family:'{family}';src:url('{name}') format('{fmt}');"
                         "font-weight:normal;font-style:normal;font-display:block}")
        return "\n".join(rules)

    def slide(self, page: SlidePage) -> str:
        """Return the SVG of one slide: its background, then every box in order."""
        steps = self.steps(page)
        parts = [f'<svg class="page" viewBox="0 0 {n(page.width)} {n(page.height)}" '
                 f'xmlns="http://www.w3.org/2000/svg">',
                 f'<rect width="{n(page.width)}" height="{n(page.height)}" fill="#{page.background}"/>']
        for index, box in enumerate(page.boxes):
            parts.append(self.box(box, index, steps))
        parts.append("</svg>")
        return "".join(parts)

    @staticmethod
    def steps(page: SlidePage) -> dict[tuple[int, int | None], int]:
        """Return the reveal step (1, 2…) of each (box index, paragraph index or None) the slide reveals."""
        if not page.reveal:
            return {}
        return {(spid, para): step for step, group in enumerate(reveal_groups(page, first_id=0), 1)
                for spid, para in group}

    def box(self, box, index: int = -1, steps: dict | None = None) -> str:
        steps = steps or {}
        if isinstance(box, TextFrame):
            if box.rotation:  # turned about its centre, clockwise as in SVG
                return (f'<g transform="rotate({n(box.rotation)} {n(box.x + box.w / 2)} {n(box.y + box.h / 2)})">'
                        f'{self.text(box, index, steps)}</g>')
            return self.text(box, index, steps)
        if isinstance(box, Rect):
            return self.rect(box)
        if isinstance(box, Rule):
            return (f'<line x1="{n(box.x1)}" y1="{n(box.y1)}" x2="{n(box.x2)}" y2="{n(box.y2)}" '
                    f'stroke="#{box.color}" stroke-width="{n(box.width)}"/>')
        if isinstance(box, Picture):  # pictures: SVG as itself, GIF/WebP/EXIF, crops (svg_html.py)
            name, data = picture_media(box)
            self.files[name] = data
            return picture_element(box, name, n)
        if isinstance(box, TableBox):
            return self.table(box)
        if isinstance(box, ChartBox):
            inner = "".join(self.box(b) for b in box.drawing)
            return f'<g class="chart" data-type="{_attr(box.type)}">{inner}</g>'
        if isinstance(box, Polyline):
            points = " ".join(f"{n(x)},{n(y)}" for x, y in box.points)
            return (f'<polyline points="{points}" fill="none" stroke="#{box.color}" '
                    f'stroke-width="{n(box.width)}" stroke-linejoin="round"/>')
        if isinstance(box, Wedge):
            return self.wedge(box)
        if isinstance(box, Formula):
            step = steps.get((index, None))
            return self.formula(box, step)
        raise TypeError(f"cannot paint {type(box).__name__}")  # pragma: no cover - every box kind is painted

    def rect(self, box: Rect) -> str:
        paint = f'fill="#{box.fill}"' if box.fill else 'fill="none"'
        if box.line:
            paint += f' stroke="#{box.line}" stroke-width="{n(box.line_width)}"'
        if box.geom == "ellipse":
            return (f'<ellipse cx="{n(box.x + box.w / 2)}" cy="{n(box.y + box.h / 2)}" rx="{n(box.w / 2)}" '
                    f'ry="{n(box.h / 2)}" {paint}/>')
        radius = f' rx="{n(min(box.w, box.h) * 0.1667)}"' if box.geom == "roundRect" else ""
        return f'<rect x="{n(box.x)}" y="{n(box.y)}" width="{n(box.w)}" height="{n(box.h)}"{radius} {paint}/>'

    def wedge(self, box: Wedge) -> str:
        """Return a pie slice; angles run counter-clockwise from 3 o'clock, as in the PDF (y up)."""
        paint = f'fill="#{box.fill}"' + (f' stroke="#{box.line}" stroke-width="{n(box.line_width)}"' if box.line else "")
        if abs(box.extent) >= 359.99:
            return f'<circle cx="{n(box.cx)}" cy="{n(box.cy)}" r="{n(box.r)}" {paint}/>'

        def at(angle: float) -> str:
            a = math.radians(angle)
            return f"{n(box.cx + box.r * math.cos(a))},{n(box.cy - box.r * math.sin(a))}"

        large = 1 if abs(box.extent) > 180 else 0
        sweep = 0 if box.extent > 0 else 1
        return (f'<path d="M{n(box.cx)},{n(box.cy)} L{at(box.start)} A{n(box.r)},{n(box.r)} 0 {large} {sweep} '
                f'{at(box.start + box.extent)} Z" {paint}/>')

    def formula(self, box: Formula, step: int | None = None) -> str:
        """Return a formula's outlines as one filled path (non-zero winding), from ems to points."""
        k, ox, oy = box.size, box.ox, box.oy
        d = []
        for sub in box.shape.paths:
            for op in sub:
                code = op[0]
                if code == "Z":
                    d.append("Z")
                else:
                    coords = op[1:]
                    d.append(code + " ".join(f"{n(ox + coords[i] * k)},{n(oy - coords[i + 1] * k)}"
                                             for i in range(0, len(coords), 2)))
        data = f' data-step="{step}"' if step else ""
        return (f'<path class="formula"{data} d="{"".join(d)}" fill="#{box.color}" fill-rule="nonzero">'
                f'<title>{escape(box.latex)}</title></path>')

    def table(self, box: TableBox) -> str:
        parts = ['<g class="table">']
        for row in box.cells:
            for cell in row:
                f, m = cell.frame, cell.margin
                fill = f'fill="#{cell.fill}"' if cell.fill else 'fill="none"'
                parts.append(f'<rect x="{n(f.x - m)}" y="{n(f.y - m)}" width="{n(f.w + 2 * m)}" '
                             f'height="{n(f.h + 2 * m)}" {fill} stroke="#{box.line}" stroke-width="{n(box.line_width)}"/>')
                parts.append(self.text(f, -1, {}))
        parts.append("</g>")
        return "".join(parts)

    def text(self, box: TextFrame, index: int, steps: dict) -> str:
        """Return a frame: a group per paragraph, a ``<text>`` per line, a ``<tspan>`` per fragment."""
        parts = [f'<g class="frame" data-role="{_attr(box.role)}">']
        for k, p in enumerate(box.paragraphs):
            step = steps.get((index, k))
            parts.append(f'<g class="para"{f" data-step={chr(34)}{step}{chr(34)}" if step else ""}>')
            top = box.y + p.top
            if p.marker and p.lines:
                mk = p.marker
                parts.append(f'<text class="mk" x="{n(box.x + mk.x)}" y="{n(top + p.lines[0].baseline)}" '
                             f'font-family="{self.family(mk.face)}" font-size="{n(mk.size)}" '
                             f'fill="#{mk.color}">{escape(mk.char)}</text>')
            for line in p.lines:
                spans = []
                for frag in line.frags:
                    run = frag.run
                    if run.math is not None:  # an inline formula: its Formula box draws it
                        continue
                    span = (f'<tspan x="{n(box.x + frag.x)}" font-family="{self.family(run.face)}" '
                            f'font-size="{n(run.size)}" fill="#{run.color}"'
                            f'{" text-decoration=" + chr(34) + "underline" + chr(34) if run.underline else ""}>'
                            f'{escape(frag.text if frag is not line.frags[-1] else frag.text.rstrip(" "), quote=False)}'
                            '</tspan>')  # (the space a line was broken at: the PDF draws it, an SVG line needs none)
                    if run.link:
                        outside = "" if run.link.startswith("#") else ' target="_blank" rel="noopener"'
                        span = f'<a href="{_attr(run.link)}"{outside}>{span}</a>'
                    spans.append(span)
                parts.append(f'<text class="ln" y="{n(top + line.baseline)}">{"".join(spans)}</text>')
            parts.append("</g>")
        parts.append("</g>")
        return "".join(parts)


def notes_html(notes: str | None) -> str:
    """Return speaker notes as HTML paragraphs (blank lines separate paragraphs, as in the deck)."""
    if not notes:
        return ""
    paras = [" ".join(p.split()) for p in notes.strip().split("\n\n")]
    return "".join(f"<p>{escape(p)}</p>" for p in paras if p)


def deck_to_html(pages: list[SlidePage], title: str) -> dict[str, bytes]:
    """Return the files of the HTML deck, by name under its folder: ``index.html`` and what it uses.

    Only slides shown in the deck are painted, in deck order; ``#N`` in the address is the N-th of them.
    The bytes are identical for identical input.
    """
    painter = HtmlPainter()
    slides = [p for p in pages if p.in_deck]
    sections = []
    for i, page in enumerate(slides, 1):
        attrs = (f'id="slide-{i}" class="slide" data-n="{i}" data-kind="{_attr(page.kind)}" '
                 f'data-title="{_attr(page.title)}" data-continued="{page.continued}"')
        if page.section:
            attrs += f' data-section="{_attr(page.section)}"'
        sections.append(f'<section {attrs}>{painter.slide(page)}'
                        f'<aside class="notes">{notes_html(page.notes)}</aside></section>')
    width, height = (slides[0].width, slides[0].height) if slides else (960.0, 540.0)
    static = package_files("deckbuild.render") / "static"
    for name in STATIC:
        painter.files[name] = static.joinpath(name).read_bytes()
    page = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="deckbuild">\n'
        f"<title>{escape(title)}</title>\n"
        '<link rel="icon" href="data:,">\n<link rel="stylesheet" href="deckbuild.css">\n'
        f"<style>\n{painter.font_css()}\n:root{{--slide-w:{n(width)};--slide-h:{n(height)}}}\n</style>\n"
        "</head>\n<body>\n"
        f'<main id="deck" data-count="{len(slides)}">\n' + "\n".join(sections) + "\n</main>\n"
        '<div id="presenter-bar" hidden><div id="timer">00:00</div><div id="counter"></div></div>\n'
        '<div id="notes-pane" hidden></div>\n'
        '<script src="deckbuild.js"></script>\n</body>\n</html>\n')
    painter.files["index.html"] = page.encode("utf-8")
    return dict(sorted(painter.files.items()))
