"""Paragraphs made the same way on slides and in handouts (layout/paragraphs.py): one bullet walker, one set
of markers and citation markers; slides scale sub-bullets, handouts print them at one size."""

from __future__ import annotations

from pathlib import Path

from deckbuild.diagnostics import Diagnostics
from deckbuild.fonts import FontBook
from deckbuild.layout.common import SlideComposer
from deckbuild.layout.handout.base import HandoutComposer
from deckbuild.layout.pages import handout_front
from deckbuild.layout.paragraphs import BULLET_CHARS
from deckbuild.layout.text import TextStyle, Typesetter
from deckbuild.model import Bullet, Deck
from deckbuild.style_loader import StyleLoader

BULLETS = (Bullet("Top [cited]", sources=("s",), bullets=(Bullet("Nested", lang="fr", bullets=(Bullet("Deeper"),)),)),
           Bullet("Second"))


def _composers():
    diags = Diagnostics()
    style = StyleLoader(Path("."), diags).load(None, Path("."), None)
    setter = Typesetter(FontBook(), style.fonts.mono, style.fonts.fallback, math_font=style.math.font)
    deck = Deck(name="d", title="T", path=Path("."))
    slide = SlideComposer(deck, style, setter, diags)
    handout = HandoutComposer(handout_front(deck, None), style, setter)
    slide.cites = handout.cites = {"s": 1}
    return slide, handout, style


def _text(p) -> str:
    return "".join(f.text for line in p.lines for f in line.frags)


def test_slides_and_handouts_set_bullets_with_the_same_markers_citations_and_languages():
    slide, handout, style = _composers()
    on_slide = slide.bullet_paragraphs(BULLETS, 28, 600)
    on_paper = handout.bullets(BULLETS, 10.5, 400)
    for paras in (on_slide, on_paper):
        assert [p.level for p in paras] == [0, 1, 2, 0]
        assert [p.marker.char for p in paras] == [BULLET_CHARS[0], BULLET_CHARS[1], BULLET_CHARS[2], BULLET_CHARS[0]]
        assert [p.marker.color for p in paras] == [style.colors.accent, style.colors.muted, style.colors.muted,
                                                    style.colors.accent]
        assert _text(paras[0]).endswith("[1]")  # the citation marker, joined by a no-break space
        assert [p.lang for p in paras] == [None, "fr", "fr", None]  # a bullet's language holds below it too
        assert paras[1].margin_left > paras[0].margin_left and paras[2].margin_left > paras[1].margin_left
    assert [p.size for p in on_slide] == [28, 24.5, 22.5, 28]  # slides: smaller by level (LEVEL_SCALE)
    assert [p.size for p in on_paper] == [10.5] * 4  # handouts: one size


def test_citation_markers_are_smaller_on_slides_than_on_paper():
    slide, handout, _ = _composers()
    marker = [s for s in slide.cited("Text", ("s",)) if s.text == "[1]"]
    printed = [s for s in handout.cited("Text", ("s",)) if s.text == "[1]"]
    assert marker[0].scale == 0.7 and printed[0].scale == 0.8


def _reference_bullets(composer, bullets, size, width, look):
    """The bullet walker as first written: every bullet's size, gap and indents rounded again."""
    from dataclasses import replace

    from deckbuild.layout.paragraphs import MIN_BULLET

    out = []
    hang = round(size * look.hang, 2) if look.rounded else size * look.hang

    def walk(items, level, lang=None):
        for b in items:
            scale = look.level_scale[min(level, len(look.level_scale) - 1)]
            s = max(round(size * scale * 2) / 2, MIN_BULLET) if look.rounded else size * scale
            gap = look.gaps[level > 0] * s
            margin, indent = hang * (1 + level * look.step), -hang * look.marker
            if look.rounded:
                gap, margin, indent = round(gap, 2), round(margin, 2), -round(hang * look.marker, 2)
            color = composer.colors.accent if level == 0 else composer.colors.muted
            ts = TextStyle(family=composer.style.fonts.body, size=s, color=composer.colors.text,
                           line_spacing=look.spacing, link_color=composer.colors.primary)
            para = composer.para(composer.cited(b.text, b.sources), ts, width, level=level, space_before=gap,
                                 margin_left=margin, indent=indent,
                                 bullet=(BULLET_CHARS[min(level, len(BULLET_CHARS) - 1)], color))
            own = b.lang or lang
            out.append(replace(para, lang=own) if own else para)
            walk(b.bullets, level + 1, own)

    walk(bullets, 0)
    return out


def test_bullets_set_each_level_once_as_the_walker_that_rounds_every_bullet():
    slide, handout, _ = _composers()
    deep = BULLETS + (Bullet("Third", bullets=(Bullet("a", bullets=(Bullet("b", bullets=(Bullet("c"),)),)),)),)
    for composer in (slide, handout):
        for size in (28, 23.0, 17.5, 10.5, 9):
            got = composer.bullets(deep, size, 500)
            want = _reference_bullets(composer, deep, size, 500, composer.BULLETS)
            assert got == want and [type(p.size) for p in got] == [type(p.size) for p in want]
    assert slide.text_style(20.0) is slide.text_style(20.0) and slide.text_style(20) is not slide.text_style(20.0)
