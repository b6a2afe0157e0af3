"""Inline markup: the spans of every text, built directly, equal those of the original parse."""

from __future__ import annotations

import re
from dataclasses import replace

from hypothesis import given, settings, strategies as st

from deckbuild import markup
from deckbuild.markup import Span, parse, with_text

PIECES = ["word", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "**", "*", "`", "$", "x^2", "[a](https://e.com)", "\\*",
          "5", "é", "مرحبا", "😀"]


@settings(max_examples=400)
@given(text=st.lists(st.sampled_from(PIECES), max_size=20).map("".join))
def test_parse_equals_the_parse_that_always_collapses_white_space(text):
    original = tuple(markup._merge(markup._parse(re.sub(r"\s+", " ", text).strip(), Span(""))))
    assert parse(text) == original


def test_a_span_given_other_text_keeps_every_other_attribute():
    span = Span("a", bold=True, italic=True, code=True, link="https://e.com", field="slidenum", color="FF0000",
                scale=0.7, math=True)
    assert with_text(span, "b") == replace(span, text="b")
