"""A text's width on one line (layout/widths.py) is the widest line of the paragraph the typesetter sets,
float for float, in every script, style and size, whether worked out directly or set."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from deckbuild.fonts import FontBook
from deckbuild.layout.text import TextStyle, Typesetter
from deckbuild.layout.widths import line_width
from deckbuild.markup import Span, parse

PIECES = ["word", "Ab", "x", "17", "1.5", "co-op", "a—b", "e\u0301t\u00e9", "\u00a0", " ", "  ", "(x)", "漢字",
          "مرحبا", "שלום", "😀", "\t", "www.example.com/path", "**b**", "`c`", "$x^2$", "Ω≈", "\u0000"]
TEXT = st.lists(st.sampled_from(PIECES), min_size=0, max_size=24).map("".join)


@pytest.fixture(scope="module")
def book():
    return FontBook()


@settings(max_examples=400)
@given(text=TEXT, size=st.sampled_from([9, 13.5, 24.0, 100.0]), bold=st.booleans(), italic=st.booleans(),
       family=st.sampled_from(["Liberation Sans", "DejaVu Sans", "No Such Family"]),
       width=st.sampled_from([1e6, 1e7, 300.0, 40.0, 0.5]), scale=st.sampled_from([1.0, 0.7]),
       code=st.booleans(), raw=st.booleans())
def test_a_line_is_as_wide_as_the_paragraph_set_says(book, text, size, bold, italic, family, width, scale, code,
                                                     raw):
    spans = (Span(text, code=code, scale=scale),) if raw else parse(text)
    style = TextStyle(family, size, "000000", bold=bold, italic=italic)
    direct = line_width(Typesetter(book, "Liberation Mono", ("DejaVu Sans",)), spans, style, width)
    p = Typesetter(book, "Liberation Mono", ("DejaVu Sans",)).paragraph(spans, style, width)
    expected = max((line.width for line in p.lines), default=0.0)
    assert direct == expected and type(direct) is type(expected)
    if not raw:
        assert line_width(Typesetter(book, "Liberation Mono", ("DejaVu Sans",)), text, style, width) == expected


def test_a_plain_word_is_measured_without_setting_a_paragraph(book):
    setter = Typesetter(book, "Liberation Mono")
    width = line_width(setter, parse("Quarterly  "), TextStyle("Liberation Sans", 100.0, "000000"), 1e7)
    assert width == setter.face("Liberation Sans").ems("Quarterly") * 100.0
    assert setter._para_cache == {}
