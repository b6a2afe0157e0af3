"""A footer given another slide's digits (layout/numbered.py) equals the footer set from scratch."""

from __future__ import annotations

from dataclasses import fields

import pytest

from deckbuild.fonts import FontBook
from deckbuild.layout.boxes import Fragment, Line, Paragraph, Run
from deckbuild.layout.numbered import numbered_paragraph
from deckbuild.layout.text import TextStyle, Typesetter
from deckbuild.markup import Span


@pytest.fixture(scope="module")
def book():
    return FontBook()


def _footer(before: str, number: int, after: str, **number_style) -> tuple[Span, ...]:
    spans = (Span(before), Span(str(number), field="slidenum", **number_style), Span(after))
    return tuple(s for s in spans if s.text)


@pytest.mark.parametrize("before, after, width, style, reuses", [
    ("Quarterly review · ", "/1200", 880.0, {}, True),
    ("", " of 1200", 300.0, {"bold": True}, True),
    ("Deck · Section with a long name · ", "/1200", 120.0, {}, False),  # wraps: always set from scratch
    ("مرحبا · ", "/1200", 880.0, {}, False),  # right to left: set from scratch
    ("Code · ", "", 880.0, {"code": True}, True),
    ("Ends in spaces · ", "   ", 880.0, {}, False),  # a run without a fragment
])
def test_every_number_gives_the_footer_set_from_scratch(book, before, after, width, style, reuses):
    memo: dict = {}
    fast, fresh = Typesetter(book, "Liberation Mono"), Typesetter(book, "Liberation Mono")
    ts = TextStyle("Liberation Sans", 11, "666666", line_spacing=1.2, align="r")
    reused = 0
    for number in list(range(1, 1201, 7)) + [1000, 1111, 999]:
        spans = _footer(before, number, after, **style)
        got = numbered_paragraph(fast, spans, ts, width, memo)
        fresh._para_cache.clear()
        assert got == fresh.paragraph(spans, ts, width)
        reused += got is not fast._para_cache.get((spans, ts, width, 0, 0.0, 0.0, 0.0, None))
    assert reused > 100 if reuses else reused == 0


def test_a_footer_without_one_number_is_set_as_usual(book):
    setter = Typesetter(book, "Liberation Mono")
    ts = TextStyle("Liberation Sans", 11, "666666")
    for spans in [(Span("no number"),), (Span("1", field="slidenum"), Span(" · "), Span("2", field="slidenum")),
                  (Span("iv", field="slidenum"),)]:
        assert numbered_paragraph(setter, spans, ts, 500.0, {}) == setter.paragraph(spans, ts, 500.0)


def test_the_copies_know_every_field_of_the_boxes_they_copy():
    # numbered.py and handout/base.printed_light build these boxes field by field: a new field must be added there
    assert [f.name for f in fields(Run)] == ["text", "face", "size", "color", "bold", "italic", "code", "link",
                                             "field", "east_asian", "underline", "family", "math"]
    assert [f.name for f in fields(Fragment)] == ["text", "run", "x", "width", "rtl"]
    assert [f.name for f in fields(Line)] == ["frags", "baseline", "width"]
    assert [f.name for f in fields(Paragraph)] == ["runs", "lines", "level", "size", "line_height", "space_before",
                                                   "margin_left", "indent", "align", "marker", "top", "lang", "rtl", "tag"]


@pytest.mark.parametrize("family, bold", [("Liberation Sans", True), ("DejaVu Sans", False), ("Liberation Mono", False)])
def test_a_label_with_other_digits_equals_the_label_set_from_scratch(book, family, bold):
    from deckbuild.layout.numbered import counted_paragraph
    from deckbuild.markup import parse

    memo: dict = {}
    fast, fresh = Typesetter(book, "Liberation Mono"), Typesetter(book, "Liberation Mono")
    ts = TextStyle(family, 8, "0000FF", bold=bold, line_spacing=1.2, align="r")
    for text in [f"Slide {n}" for n in range(1, 400, 3)] + [f"Page {n} of 335" for n in range(1, 336, 5)] + \
            ["Handout only", "Slide 12 — مرحبا", "Slide **7**", "Slide 5 " + "long " * 30]:
        fresh._para_cache.clear()
        assert counted_paragraph(fast, text, ts, 180.0, memo) == fresh.paragraph(parse(text), ts, 180.0)
    assert len(memo) >= 5  # "Slide 0", "Slide 00", "Slide 000", "Page 0 of 000", …
