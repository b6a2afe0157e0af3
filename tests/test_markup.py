"""Inline markup: the spans of every text, built directly, equal those of the original parse."""

from __future__ import annotations

import re
from dataclasses import replace

from hypothesis import given, settings, strategies as st

from deckbuild import markup
from deckbuild.markup import Span, parse, with_text

PIECES = ["word", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "**", "*", "`", "$", "x^2", "[a](https://e.com)", "\\*",
          "5", "é", "مرحبا", "😀", "\x1c", "\x85", "\u2028", "\u200b", "\x00", "[", "\\", "a b"]


@settings(max_examples=400)
@given(text=st.lists(st.sampled_from(PIECES), max_size=20).map("".join))
def test_parse_equals_the_parse_that_always_collapses_white_space(text):
    """Also the shortcuts for text with no white space but single spaces (printable) and without markup."""
    original = tuple(markup._merge(markup._parse(re.sub(r"\s+", " ", text).strip(), Span(""))))
    assert parse(text) == original
    assert parse.__wrapped__(text + " plain words") == tuple(markup._merge(markup._parse(
        re.sub(r"\s+", " ", text + " plain words").strip(), Span(""))))


def test_only_a_single_space_is_printable_white_space():
    """parse's shortcut: printable text holds no white space that its collapsing would change."""
    assert [c for c in range(0x110000) if chr(c).isspace() and chr(c).isprintable()] == [0x20]
    assert [c for c in range(0x110000) if re.match(r"\s", chr(c)) and chr(c).isprintable()] == [0x20]


def test_a_span_given_other_text_keeps_every_other_attribute():
    span = Span("a", bold=True, italic=True, code=True, link="https://e.com", field="slidenum", color="FF0000",
                scale=0.7, math=True)
    assert with_text(span, "b") == replace(span, text="b")


@settings(max_examples=400)
@given(text=st.one_of(st.lists(st.sampled_from(PIECES), max_size=20).map("".join), st.text(max_size=30)))
def test_plain_is_the_text_of_the_spans(text):
    """``plain``'s shortcut for text without markup or odd white space gives what joining the spans gives."""
    assert markup.plain(text) == "".join(s.text for s in parse(text))
