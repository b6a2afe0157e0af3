"""A slide printed on paper: a dark slide's background becomes a pale tint of itself, its light text that colour."""

from __future__ import annotations

import hashlib
from dataclasses import replace

from deckbuild.contrast import luminance
from deckbuild.layout.boxes import Fragment, Line, Marker, Paragraph, Rect, Run, SlidePage, TextFrame
from deckbuild.layout.common import mix
from deckbuild.layout.lazy import Boxes

DARK = 0.18  # relative luminance: a slide background darker than this is printed light in handouts


def printed_light(slide: SlidePage, ink: str, lights: dict[str, float] | None = None) -> SlidePage:
    """Return *slide* recoloured for paper: its dark background becomes a pale tint of itself and light
    text (drawn for the dark background) takes the background's colour. *lights* holds the luminance of
    colours met before (a composer's, shared by its slides)."""
    dark = slide.background
    tint = mix(dark, "FFFFFF", 0.9)
    lights = {} if lights is None else lights

    def light(value: str) -> float:
        if value not in lights:
            lights[value] = luminance(value)
        return lights[value]

    paler = mix(dark, "FFFFFF", 0.25)

    def color(value: str) -> str:
        return (paler if light(value) < 0.5 else dark) if light(value) > 0.3 else value

    runs: dict[int, Run] = {}  # id of a run of *slide* → its recoloured copy (every run is kept alive by *slide*)

    def run(r: Run) -> Run:
        if id(r) not in runs:
            runs[id(r)] = (Run(r.text, r.face, r.size, color(r.color), r.bold, r.italic, r.code, r.link, r.field,
                               r.east_asian, r.underline, r.family, r.math) if light(r.color) > 0.3 else r)
        return runs[id(r)]

    def para(p: Paragraph) -> Paragraph:
        lines = tuple(Line(tuple(Fragment(f.text, run(f.run), f.x, f.width, f.rtl) for f in line.frags),
                           line.baseline, line.width) for line in p.lines)
        m = p.marker
        marker = Marker(m.char, m.face, m.size, color(m.color), m.x) if m else None
        return Paragraph(tuple(run(r) for r in p.runs), lines, p.level, p.size, p.line_height, p.space_before,
                         p.margin_left, p.indent, p.align, marker, p.top, p.lang, p.rtl, p.tag)

    def recoloured(boxes) -> list:
        out = []
        for box in boxes:
            if isinstance(box, TextFrame):
                box = TextFrame(box.x, box.y, box.w, box.h, tuple(para(p) for p in box.paragraphs), box.role,
                                box.anchor, box.placeholder, box.content_height, box.rotation)
            elif isinstance(box, Rect) and box.fill == dark:
                box = replace(box, fill=tint)
            out.append(box)
        return out

    made = slide.boxes
    if isinstance(made, Boxes):  # recoloured when painted, keyed by what it is made from (read back only then)
        key = hashlib.sha256(f"printed light\n{made.key}\n{dark}".encode()).hexdigest()
        return replace(slide, background=tint, boxes=Boxes(key, made.charts, make=lambda: recoloured(made)))
    return replace(slide, background=tint, boxes=tuple(recoloured(made)))
