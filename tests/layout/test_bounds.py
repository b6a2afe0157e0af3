"""Layout always ends, and never hands a painter a number that is not finite."""

from __future__ import annotations

import math

import pytest

from deckbuild.fonts import FontBook
from deckbuild.layout.fit import pack
from deckbuild.layout.bounds import assert_finite, non_finite
from deckbuild.layout.boxes import Picture, Rect, SlidePage
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


def _replaced_at(obj, path, value):
    """Return *obj* (boxes, paragraphs, lines…) with the field at *path* (names and indexes) set to *value*."""
    import dataclasses

    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(head, int):
        items = list(obj)
        items[head] = _replaced_at(items[head], rest, value)
        return tuple(items)
    return dataclasses.replace(obj, **{head: _replaced_at(getattr(obj, head), rest, value)})


def _number_paths(obj, path=()):
    """Return the path of every int or float field of *obj* that all_finite checks (fields it skips left out)."""
    import dataclasses

    from deckbuild.layout.bounds import SKIPPED

    if isinstance(obj, tuple):
        return [p for i, item in enumerate(obj) for p in _number_paths(item, (*path, i))]
    if dataclasses.is_dataclass(obj):
        return [p for f in dataclasses.fields(obj) if f.name not in SKIPPED
                for p in _number_paths(getattr(obj, f.name), (*path, f.name))]
    return [path] if type(obj) in (int, float, bool, str) or obj is None else []


def test_the_sum_of_a_page_says_all_finite_only_when_the_original_walk_does():
    """assert_finite first adds up a page's numbers (bounds.quick_finite): a finite sum must mean every number the
    walk checks is finite, for a non-finite, huge (its sum overflows) or misplaced value at every place a page
    holds a number or a text (in frames, rectangles, rules, a table's cells, a chart and its drawing)."""
    from hypothesis import given, settings, strategies as st

    from deckbuild.layout.bounds import assert_finite, quick_finite
    from deckbuild.layout.boxes import Cell, ChartBox, Polyline, Rule, TableBox, TextFrame
    from deckbuild.layout.text import stack
    from reference_text import reference_all_finite

    setter = Typesetter(FontBook(), "Liberation Mono")
    style = TextStyle("Liberation Sans", 18, "000000")
    paras = [setter.paragraph(parse("two lines of words " * 4), style, 120, bullet=("•", "FF0000"), level=1,
                              margin_left=12.0, indent=-9.0, space_before=4.0),
             setter.paragraph(parse("**bold** and plain"), style, 300)]
    label = stack(paras[1:], 1.0, 2.0, 30.0, 10.0, role="cell")
    page = _page(stack(paras, 10.0, 20.0, 300.0, 200.0, role="body", anchor="ctr"),
                 Rect(0, 0, 3.5, 540.0, fill="000000", line="FFFFFF", line_width=1.0),
                 Rule(1.0, 2.0, 3.0, 4.0, "000000"), Picture(1.0, 2.0, 3.0, 4.0, path=None),
                 TextFrame(1.0, 2.0, 3.0, 4.0, (), "label", rotation=-90.0),
                 TableBox(5.0, 6.0, 70.0, 80.0, (30.0, 40.0), (20.0,), ((Cell(label, "FF0000", 6.0),
                                                                           Cell(label, None, 6.0)),)),
                 ChartBox(1.0, 2.0, 3.0, 4.0, "bar", ("a",), (("s", (1.0,)),), ("FF0000",), "Liberation Sans",
                          12.0, "000000", drawing=(Rect(1.0, 2.0, 3.0, 4.0, fill="00FF00"), label,
                                                   Polyline(((1.0, 2.0), (3.0, 4.0)), "000000")),
                          axis=(0.0, 10.0, 2.0), plot=(1.0, 2.0, 3.0, 4.0)))
    paths = _number_paths((page.width, page.height, page.boxes))
    assert len(paths) > 100
    assert quick_finite(page)

    @settings(max_examples=600)
    @given(where=st.lists(st.integers(0, len(paths) - 1), min_size=1, max_size=3),
           value=st.sampled_from([math.inf, -math.inf, math.nan, 1e308, -1e308, 10 ** 400, None, "x", 1j, (math.inf,)]))
    def check(where, value):
        values = (page.width, page.height, page.boxes)
        for k in where:
            values = _replaced_at(values, paths[k], value)
        changed = _page(*values[2]).__class__(**{**page.__dict__, "width": values[0], "height": values[1],
                                                 "boxes": values[2]})
        expected = reference_all_finite(values)
        if quick_finite(changed):
            assert expected
        named = non_finite(values[0]) or non_finite(values[1]) or non_finite(values[2])  # None: nested too deep
        if expected or not named:
            assert_finite([changed], "d")
        else:
            with pytest.raises(AssertionError, match="not finite"):
                assert_finite([changed], "d")

    check()
