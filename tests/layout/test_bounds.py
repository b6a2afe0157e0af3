"""Layout always ends, and never hands a painter a number that is not finite."""

from __future__ import annotations

import math

import pytest

from deckbuild.fonts import FontBook
from deckbuild.layout.fit import pack
from deckbuild.layout.bounds import assert_finite, non_finite
from deckbuild.layout.boxes import Rect, SlidePage
from deckbuild.layout.text import TextStyle, Typesetter
from deckbuild.markup import parse


@pytest.fixture(scope="module")
def setter():
    return Typesetter(FontBook(), "Liberation Mono")


def _paras(setter, count: int, words: int):
    ts = TextStyle("Liberation Sans", 18, "000000")
    return [[setter.paragraph(parse(" ".join(["word"] * words)), ts, 200, space_before=6)] for _ in range(count)]


@pytest.mark.parametrize("height", [-500.0, -1.0, 0.0, 3.0, 30.0])
def test_pack_ends_for_any_height_and_keeps_every_line(setter, height):
    groups = _paras(setter, 4, 40)
    lines = sum(len(p.lines) for g in groups for p in g)
    parts, broken = pack(groups, height)
    assert broken
    assert all(part for part in parts)
    assert sum(len(p.lines) for part in parts for p in part) == lines
    assert len(parts) <= lines  # at least one line on every part


def _page(*boxes) -> SlidePage:
    return SlidePage(number=4, kind="bullets", title="T", width=960.0, height=540.0, background="FFFFFF",
                     boxes=tuple(boxes))


def test_non_finite_names_the_field():
    assert non_finite(_page(Rect(1.0, 2.0, 3.0, 4.0, fill="000000")).boxes) is None
    assert non_finite((Rect(1.0, math.inf, 3.0, 4.0, fill="000000"),)) == "[0].Rect.y"
    assert non_finite((Rect(1.0, 2.0, math.nan, 4.0, fill="000000"),)) == "[0].Rect.w"


def test_a_coordinate_that_is_not_finite_is_an_internal_error_naming_deck_and_slide():
    with pytest.raises(AssertionError, match=r"deck 'talk', slide 4: .*not finite \(boxes\[1\]\.Rect\.h\)"):
        assert_finite([_page(Rect(0.0, 0.0, 1.0, 1.0, fill="000000"), Rect(0.0, 0.0, 1.0, -math.inf, fill="000"))],
                      "talk")
    assert_finite([_page(Rect(0.0, 0.0, 1.0, 1.0, fill="000000"))], "talk")


def test_the_quick_walk_answers_as_the_original_on_every_kind_of_box():
    from hypothesis import given, settings, strategies as st

    from deckbuild.layout.bounds import all_finite
    from deckbuild.layout.boxes import Polyline, Rule, TextFrame
    from reference_text import reference_all_finite

    setter = Typesetter(FontBook(), "Liberation Mono")
    para = setter.paragraph(parse("two lines of words " * 4), TextStyle("Liberation Sans", 18, "000000"), 120)
    number = st.sampled_from([0.0, 1.5, -3.25, 7, True, math.inf, -math.inf, math.nan, 1e308, None, "x"])

    @settings(max_examples=300)
    @given(values=st.lists(number, min_size=6, max_size=6), which=st.integers(0, 3))
    def check(values, which):
        a, b, c, d, e, f = values
        boxes = [Rect(a, b, 1.0, 2.0, fill="000000"), Polyline(((a, 1.0), (c, d)), "000000", e if e else 1.0),
                 Rule(a, b, c, d, "000000", f), TextFrame(1.0, 2.0, 3.0, 4.0, (para,), "body", content_height=e or 0.0)]
        page = _page(*boxes[which:])
        assert all_finite((page.width, page.height, page.boxes)) == reference_all_finite((page.width, page.height,
                                                                                         page.boxes))
        assert all_finite(boxes) == reference_all_finite(boxes)

    check()
