"""What every handout shares (layout/handout/base.py): a dark slide printed light."""

from __future__ import annotations

from dataclasses import replace

from deckbuild.contrast import luminance
from deckbuild.fonts import FontBook
from deckbuild.layout.boxes import Rect, SlidePage, TextFrame
from deckbuild.layout.common import mix
from deckbuild.layout.handout.base import printed_light
from deckbuild.layout.text import TextStyle, Typesetter, stack
from deckbuild.markup import parse


def _reference_printed_light(slide: SlidePage) -> SlidePage:
    """The recolouring as first written, with dataclasses.replace."""
    dark = slide.background
    tint = mix(dark, "FFFFFF", 0.9)

    def color(value):
        return (mix(dark, "FFFFFF", 0.25) if luminance(value) < 0.5 else dark) if luminance(value) > 0.3 else value

    def run(r):
        return replace(r, color=color(r.color)) if luminance(r.color) > 0.3 else r

    def para(p):
        lines = tuple(replace(line, frags=tuple(replace(f, run=run(f.run)) for f in line.frags)) for line in p.lines)
        marker = replace(p.marker, color=color(p.marker.color)) if p.marker else None
        return replace(p, runs=tuple(run(r) for r in p.runs), lines=lines, marker=marker)

    boxes = []
    for box in slide.boxes:
        if isinstance(box, TextFrame):
            box = replace(box, paragraphs=tuple(para(p) for p in box.paragraphs))
        elif isinstance(box, Rect) and box.fill == dark:
            box = replace(box, fill=tint)
        boxes.append(box)
    return replace(slide, background=tint, boxes=tuple(boxes))


def test_a_dark_slide_is_printed_light_as_the_reference_recolours_it():
    setter = Typesetter(FontBook(), "Liberation Mono")
    paras = [setter.paragraph(parse(f"**Section** {k} with *light* text and a [link](https://e.com)"),
                              TextStyle("Liberation Sans", 20, color, link_color="9999FF"), 200.0,
                              bullet=("•", color)) for k, color in enumerate(["FFFFFF", "DDDDDD", "222222"])]
    slide = SlidePage(number=3, kind="section", title="S", width=960.0, height=540.0, background="1A2B3C",
                      boxes=(Rect(0.0, 0.0, 960.0, 540.0, fill="1A2B3C"), Rect(1.0, 1.0, 5.0, 5.0, fill="FF0000"),
                             stack(paras, 10.0, 10.0, 200.0, 400.0, role="title", anchor="b")))
    assert printed_light(slide, "000000") == _reference_printed_light(slide)
