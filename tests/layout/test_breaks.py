"""The fast typesetting paths (layout/breaks.py, Face.ems, the memos of text.py) give, float for float, the
lines the original code gave: checked against tests/layout/reference_text.py on generated text in every
script the layout meets (right to left, emoji, combining marks, ideographs, dashes, no-break spaces)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from deckbuild.fonts import FontBook
from deckbuild.layout import breaks
from deckbuild.layout.memo import aligned, rounded
from deckbuild.layout.text import TextStyle, Typesetter
from deckbuild.markup import Span, parse

from reference_text import ReferenceSetter, reference_covers_all, reference_plain_width, reference_words

PIECES = ["word", "Ab", "x", "17", "1.5", "co-op", "and/or", "a—b", "e\u0301t\u00e9", "na\u00efve", "\u00a0", " ",
          "  ", "\u202f", "(x)", "well,", "漢字", "かな", "한국어", "مرحبا", "السلام عليكم", "שלום", "😀", "👍🏽",
          "\u200d", "‐", "–", "Ω≈", "\t", "www.example.com/path"]
TEXT = st.lists(st.sampled_from(PIECES), min_size=0, max_size=30).map("".join)
SPAN = st.builds(lambda text, bold, italic, code, scale, color: Span(text, bold=bold, italic=italic, code=code,
                                                                     scale=scale, color=color),
                 TEXT.filter(bool), st.booleans(), st.booleans(), st.booleans(), st.sampled_from([1.0, 0.7, 1.25]),
                 st.sampled_from([None, "FF0000"]))


@pytest.fixture(scope="module")
def book():
    return FontBook()


def _setters(book):
    return (Typesetter(book, "Liberation Mono", ("DejaVu Sans",)),
            ReferenceSetter(book, "Liberation Mono", ("DejaVu Sans",)))


@settings(max_examples=300)
@given(text=TEXT)
def test_pieces_between_breaks_are_the_original_ones(text):
    assert breaks.words(text) == list(reference_words(text))


@settings(max_examples=300)
@given(text=TEXT)
def test_ems_and_ranges_of_advances_add_up_as_the_original_loop(book, text):
    for name in ("Liberation Sans", "DejaVu Sans", "Liberation Mono"):
        face = book.face(name)
        fresh = text + "\u0000"  # never measured before: the sum is made, not remembered
        assert face.ems(fresh) * 13.5 == reference_plain_width(face, fresh, 13.5)
        assert face.width(text, 11) == reference_plain_width(face, text, 11)
        assert face.covers_all(text) == reference_covers_all(face, text)
        run = Typesetter(book, "Liberation Mono").runs((Span(text or "x"),), TextStyle(name, 10, "000000"))[0]
        known = breaks.Measured((run,), run.text, None)
        for a, b in [(0, len(run.text)), (1, len(run.text) // 2), (len(run.text) // 3, len(run.text))]:
            if a <= b and known.plain:
                assert known.ems_between(run.text, a, b) * run.size == reference_plain_width(face, run.text[a:b], run.size)


@settings(max_examples=250)
@given(spans=st.lists(SPAN, min_size=1, max_size=4).map(tuple), width=st.sampled_from([4.0, 30.0, 97.5, 250.0, 800.0]),
       size=st.sampled_from([9, 13.5, 24.0, 40]), family=st.sampled_from(["Liberation Sans", "DejaVu Sans"]),
       align=st.sampled_from(["l", "ctr", "r"]), bullet=st.booleans())
def test_paragraphs_equal_the_reference_typesetter(book, spans, width, size, family, align, bullet):
    fast, slow = _setters(book)
    style = TextStyle(family, size, "333333", align=align, line_spacing=1.2)
    kw = dict(level=1, space_before=6.0, margin_left=12.5, indent=-10.2, bullet=("•", "FF0000")) if bullet else {}
    expected = slow.paragraph(spans, style, width, **kw)
    assert fast.paragraph(spans, style, width, **kw) == expected
    assert fast.paragraph(spans, style, width * 0.6, **kw) == slow.paragraph(spans, style, width * 0.6, **kw)
    assert fast.paragraph(spans, style, width, **kw) == expected  # from the memos now


def test_markup_and_inline_formulas_set_as_the_reference(book):
    fast, slow = _setters(book)
    style = TextStyle("Liberation Sans", 20, "000000", link_color="0000FF")
    for text in ["**Bold** and *italic* with `code` and a [link](https://example.com) " * 3,
                 "A formula $x^2 + y^2$ inside a sentence that is long enough to wrap twice over " * 2,
                 "مرحبا بالعالم and English, then שלום עולם again " * 3, "😀 " * 40, "supercalifragilistic" * 8]:
        for width in (60.0, 200.0, 640.0):
            assert fast.paragraph(parse(text), style, width) == slow.paragraph(parse(text), style, width)


def test_the_remembered_helpers_equal_what_they_remember():
    for value in [0.0, -0.0, 1, 24, 3.14159, 0.125, 0.135, 2.675, 1e-9, -7.005, float("nan"), 1e300]:
        got, want = rounded(value), round(value, 2)
        assert type(got) is type(want) and (got == want or got != got and want != want)
        assert str(rounded(value)) == str(want)  # -0.0 stays -0.0, an int stays an int
    style = TextStyle("Liberation Sans", 24, "000000")
    assert aligned(style, "r") == TextStyle("Liberation Sans", 24, "000000", align="r")
    assert aligned(style, "r") is aligned(style, "r")
    other = TextStyle("Liberation Sans", 24.0, "000000")  # equal, but its size is a float
    assert type(aligned(other, "r").size) is float


def test_spans_and_styles_hash_and_pickle_as_their_fields():
    import pickle

    span = Span("x", bold=True)
    assert hash(span) == hash(Span("x", bold=True)) and span == pickle.loads(pickle.dumps(span))
    assert "_hash" not in pickle.loads(pickle.dumps(span)).__dict__
    style = TextStyle("A", 10, "000000")
    assert hash(style) == hash(TextStyle("A", 10, "000000")) and repr(style) == repr(pickle.loads(pickle.dumps(style)))


PROSE = st.lists(st.sampled_from(["word", "Ab", "x", "17", "1.5", "well,", "(x)", "it's", "?", " "]), max_size=30).map(
    "".join).filter(lambda t: "  " not in t)


def _regex_pieces(text):
    cuts = breaks.cut_points(text)
    starts, ends = [0, *cuts], [*cuts, len(text)]
    return starts, [a + len(text[a:b].rstrip()) for a, b in zip(starts, ends)], ends


@settings(max_examples=300)
@given(text=st.one_of(PROSE, TEXT))
def test_pieces_of_prose_split_at_spaces_are_the_ones_the_pattern_finds(text):
    assert breaks.pieces(text) == _regex_pieces(text)
    assert breaks.words(text) == list(reference_words(text))


@settings(max_examples=200)
@given(text=TEXT.filter(bool), data=st.data())
def test_running_sums_of_a_power_of_two_em_give_every_range_as_added_in_order(book, text, data):
    from functools import reduce
    from operator import add

    face = book.face("Liberation Sans")
    assert face.exact_sums and face.units_per_em == 2048
    running, advances = face.running_ems(text), face.advances(text)
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    assert running[b] - running[a] == reduce(add, advances[a:b], 0.0)


@pytest.mark.parametrize("exact", [True, False])
def test_wrapped_notes_equal_the_reference_with_and_without_exact_sums(book, monkeypatch, exact):
    face = book.face("Liberation Sans")
    monkeypatch.setitem(face.__dict__, "exact_sums", exact)  # False: a 1000-unit em, added advance by advance
    monkeypatch.setattr(face, "_texts", {})  # words not measured yet
    fast, slow = _setters(book)
    style = TextStyle("Liberation Sans", 10.5, "333333")
    notes = ("The speaker walks through the plan, one step at a time, and (as usual) answers questions at the "
             "end; the numbers 1.5 and 17 stay with their words. ") * 6
    for width in (120.0, 233.3, 404.1):
        for text in (notes, " " + notes, notes + "well-known and/or co-op " * 4, "Long" * 40 + " words " + notes):
            expected = slow.paragraph(parse(text), style, width)
            assert fast.paragraph(parse(text), style, width) == expected
            assert len(expected.lines) > 2
