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


def _registered():
    from deckbuild.layout.codec import registry, written_fields

    return [(name, cls, written_fields(cls)[0]) for name, cls in sorted(registry().items())]


def _state(obj):
    """Return what makes *obj* what it is: its class and its fields' values, in the order it holds them."""
    if hasattr(obj, "__dict__"):
        return type(obj), list(obj.__dict__.items())
    return type(obj), [(name, getattr(obj, name)) for name in type(obj).__slots__]


@pytest.mark.parametrize("name, cls, written", _registered(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_class_the_codec_reads_is_decoded_as_its_init_makes_it(name, cls, written):
    """decode_maker (and its reader, which the codec calls on ``[tag, field, ...]``) makes the object
    ``cls(**fields)`` makes: same class, fields in the same order, equal; trailing fields left out take their
    defaults, factories included; a field given as a list is decoded by the function given."""
    make = box_new.decoding_maker(cls, written)
    assert make is not None, f"{name} is decoded through __init__"
    values = [(name, i) for i in range(len(written))]  # a distinct, hashable value for every field
    expected = cls(**dict(zip(written, values)))
    made = make(*values)
    assert _state(made) == _state(expected) and made == expected
    if cls.__dataclass_params__.frozen:
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(made, written[0], None)
    read = make.reader(["tag", *values], lambda data: pytest.fail("nothing here is a list"))
    assert _state(read) == _state(expected)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    defaulted = 0  # how many trailing fields have a default (plain or made by a factory)
    for n in reversed(written):
        if fields[n].default is dataclasses.MISSING and fields[n].default_factory is dataclasses.MISSING:
            break
        defaulted += 1
    for left_out in range(1, defaulted + 1):
        kept = len(written) - left_out
        expected = cls(**dict(zip(written[:kept], values)))
        assert _state(make.reader(["tag", *values[:kept]], None)) == _state(expected)
    if defaulted < len(written):  # a required field left out is an error, as __init__'s
        with pytest.raises(TypeError):
            make.reader(["tag", *values[:len(written) - defaulted - 1]], None)
    with pytest.raises(TypeError):  # one field too many
        make.reader(["tag", *values, "more"], lambda data: data)
    decoded = make.reader(["tag", [7], *values[1:]], lambda data: ("decoded", data))
    assert getattr(decoded, written[0]) == ("decoded", [7])


def test_decode_maker_refuses_a_class_its_init_does_more_for():
    @dataclasses.dataclass(frozen=True)
    class Checked:
        a: int

        def __post_init__(self):
            pass

    @dataclasses.dataclass
    class Hidden:
        a: int
        b: int = dataclasses.field(default=0, init=False)

    for cls in (Checked, Hidden):
        with pytest.raises(TypeError):
            box_new.decode_maker(cls, ("a",))
    assert box_new.decoding_maker(Checked, ("a",)) is None


def test_a_field_may_be_named_as_the_decoder_s_own_names():
    @dataclasses.dataclass(frozen=True)
    class Named:
        data: int
        self: int
        make: int = 3
        _no: tuple = dataclasses.field(default_factory=tuple)

    make = box_new.decode_maker(Named, ("data", "self", "make", "_no"))
    assert _state(make.reader(["tag", 1, 2], None)) == _state(Named(1, 2))
    assert _state(make(1, 2, 4, (5,))) == _state(Named(1, 2, 4, (5,)))
