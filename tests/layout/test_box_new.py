"""The fast box makers (layout/box_new.py) make, field for field, the box ``cls(...)`` makes: the same class,
equal, hashing alike, still frozen, from positional, keyword and default arguments."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings, strategies as st

from deckbuild.fonts import FontBook
from deckbuild.layout import box_new
from deckbuild.layout.boxes import Fragment, HandoutPage, Line, Marker, Paragraph, Rect, Run, SlidePage, TextFrame

MAKERS = [(Run, box_new.new_run), (Fragment, box_new.new_fragment), (Line, box_new.new_line),
          (Marker, box_new.new_marker), (Paragraph, box_new.new_paragraph), (TextFrame, box_new.new_text_frame),
          (Rect, box_new.new_rect), (SlidePage, box_new.new_slide_page)]
VALUE = st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.floats(allow_nan=False), st.text(max_size=5),
                  st.tuples(st.floats(allow_nan=False)))


@pytest.fixture(scope="module")
def face():
    return FontBook().default_face


@settings(max_examples=200)
@given(which=st.integers(0, len(MAKERS) - 1), values=st.lists(VALUE, min_size=16, max_size=16),
       given_count=st.integers(0, 16), by_name=st.booleans())
def test_a_made_box_equals_the_box_its_class_makes(face, which, values, given_count, by_name):
    cls, make = MAKERS[which]
    fields = dataclasses.fields(cls)
    required = sum(1 for f in fields if f.default is dataclasses.MISSING)
    n = max(required, min(given_count, len(fields)))
    args = [face if f.name == "face" else v for f, v in zip(fields[:n], values)]
    if by_name:
        kwargs = {f.name: v for f, v in zip(fields, args)}
        made, expected = make(**kwargs), cls(**kwargs)
    else:
        made, expected = make(*args), cls(*args)
    assert type(made) is cls
    assert made == expected
    assert [getattr(made, f.name) for f in fields] == [getattr(expected, f.name) for f in fields]
    assert all(type(getattr(made, f.name)) is type(getattr(expected, f.name)) for f in fields)
    assert repr(made) == repr(expected)
    assert hash(made) == hash(expected)
    assert getattr(made, "__dict__", None) == getattr(expected, "__dict__", None)
    assert list(getattr(made, "__dict__", ())) == list(getattr(expected, "__dict__", ()))
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(made, fields[0].name, None)


def test_a_maker_refuses_what_it_cannot_make_alike():
    from deckbuild.layout.common import Draft

    for cls in (HandoutPage, Draft):  # a default factory; not frozen
        with pytest.raises(TypeError):
            box_new.maker(cls)
    with pytest.raises(TypeError):  # arguments are checked as the class checks them
        box_new.new_line(())


def test_fast_maker_makes_a_frozen_box_and_leaves_any_other_class_to_itself(face):
    from deckbuild.layout.common import Draft

    make = box_new.fast_maker(Run)
    assert make is box_new.fast_maker(Run)  # made once
    assert make("a", face, 12.0, "000000", bold=True) == Run("a", face, 12.0, "000000", bold=True)
    assert box_new.fast_maker(Draft) is Draft  # not frozen: made by its own __init__
