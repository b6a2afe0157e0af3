"""What every handout shares (layout/handout/base.py): a dark slide printed light, the running header and
footer."""

from __future__ import annotations

from dataclasses import replace

import pytest

from conftest import lay_out

from deckbuild.contrast import luminance
from deckbuild.fonts import FontBook
from deckbuild.layout.boxes import Rect, SlidePage, TextFrame
from deckbuild.layout.common import mix
from deckbuild.layout.handout.base import printed_light
from deckbuild.layout.text import TextStyle, Typesetter, stack
from deckbuild.layout.boxes import Rule
from deckbuild.layout.handout import HANDOUTS
from deckbuild.layout.handout.base import HEADER_SIZE
from deckbuild.layout.pages import Front
from deckbuild.markup import parse, plain


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


def test_a_composer_s_shared_luminances_recolour_as_the_reference_does():
    """printed_light with the luminances a composer kept from earlier slides (the fast path) recolours each
    slide as the reference does, whichever slide came first."""
    setter = Typesetter(FontBook(), "Liberation Mono")
    lights: dict[str, float] = {}
    for background in ("1A2B3C", "000000", "1A2B3C", "202020"):
        paras = [setter.paragraph(parse(f"Part {k} on *{background}*"), TextStyle("Liberation Sans", 18, color),
                                  300.0) for k, color in enumerate(["FFFFFF", "9A9A9A", background, "333333"])]
        slide = SlidePage(number=1, kind="section", title="S", width=960.0, height=540.0, background=background,
                          boxes=(Rect(0.0, 0.0, 960.0, 540.0, fill=background),
                                 stack(paras, 10.0, 10.0, 300.0, 400.0, role="title")))
        assert printed_light(slide, "000000", lights) == _reference_printed_light(slide)
    assert lights and all(value == luminance(color) for color, value in lights.items())


def _reference_running(composer, number: int, total: int, cover: bool = False) -> list:
    """The running header and footer as first written: the header set again for every page."""
    m, w, muted = composer.margin, composer.inner, composer.c.muted
    boxes: list = []
    if not cover:
        head = composer.para(plain(composer.front.title), composer.ts(HEADER_SIZE, color=muted, spacing=1.2), w)
        boxes.append(stack([head], m, m, w, HEADER_SIZE * 1.3, role="header"))
        boxes.append(Rule(m, m + HEADER_SIZE * 1.6, m + w, m + HEADER_SIZE * 1.6, composer.rule_color, 0.5))
    foot = composer.counted(f"Page {number} of {total}", composer.ts(HEADER_SIZE, color=muted, spacing=1.2,
                                                                     align="r"), w)
    boxes.append(stack([foot], m, composer.page_h - m - HEADER_SIZE * 1.3, w, HEADER_SIZE * 1.3, role="footer",
                       anchor="b"))
    return boxes


@pytest.mark.parametrize("layout", sorted(HANDOUTS))
def test_every_page_s_running_header_is_the_one_the_reference_sets_for_it(tmp_path, layout):
    """The running header is made once per handout (the fast path): each page's header, rule and footer
    are those setting them for that page makes, the cover's too (no header)."""
    _, diags, style = lay_out(tmp_path, {"deck.yaml": "title: T\n", "01-a.yaml": "section: A\nslides: []\n"})
    setter = Typesetter(FontBook(), style.fonts.mono, style.fonts.fallback)
    made = HANDOUTS[layout](Front("The *Running* Head", None, "", None), style, setter)
    reference = HANDOUTS[layout](Front("The *Running* Head", None, "", None), style, setter)
    for number, cover in ((1, True), (2, False), (3, False), (12, False), (1, True)):
        got = made.running(number, 12, cover=cover)
        assert got == _reference_running(reference, number, 12, cover=cover)
        assert [type(b).__name__ for b in got] == (["TextFrame"] if cover else ["TextFrame", "Rule", "TextFrame"])
