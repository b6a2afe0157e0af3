"""Measuring and wrapping text with the real font metrics."""

from __future__ import annotations

import pytest

from deckbuild.fonts import FontBook
from deckbuild.layout.text import TextStyle, Typesetter, stack
from deckbuild.markup import parse


@pytest.fixture(scope="module")
def setter():
    return Typesetter(FontBook(), "Liberation Mono", ("DejaVu Sans",))


def test_width_comes_from_the_font_file(setter):
    face = setter.face("Liberation Sans")
    # Liberation Sans (metric-compatible with Arial): H=1479, e=1139, l=455, o=1139 units of 2048
    assert face.width("Hello", 20) == pytest.approx((1479 + 1139 + 455 + 455 + 1139) / 2048 * 20)
    bold = setter.face("Liberation Sans", bold=True)
    assert bold.width("Hello", 20) > face.width("Hello", 20)


def test_lines_never_exceed_the_width_and_keep_every_word(setter):
    text = " ".join(f"word{i}" for i in range(60))
    para = setter.paragraph(parse(text), TextStyle("Liberation Sans", 18, "000000"), 300)
    assert len(para.lines) > 3
    for line in para.lines:
        assert line.width <= 300
    # each line but the last ends with the space it was broken at, outside its width: read in order, the
    # lines give the text back with its words apart (a screen reader reads a tagged handout this way)
    assert "".join(f.text for line in para.lines for f in line.frags) == text
    assert all(line.frags[-1].text.endswith(" ") for line in para.lines[:-1])
    assert para.lines[-1].frags[-1].text.endswith(" word59")  # the last line ends where the text does


def test_greedy_wrapping_fills_each_line(setter):
    style = TextStyle("Liberation Sans", 18, "000000")
    para = setter.paragraph(parse("aaa bbb ccc ddd eee fff ggg hhh"), style, 120)
    face = setter.face("Liberation Sans")
    lines = ["".join(f.text for f in line.frags).rstrip(" ") for line in para.lines]
    for line, nxt in zip(lines, lines[1:]):
        # the next line's first word would not have fitted
        assert face.width(line + " " + nxt.split()[0], 18) > 120 * 0.985


def test_a_word_longer_than_the_line_is_broken(setter):
    para = setter.paragraph(parse("x" * 200), TextStyle("Liberation Sans", 18, "000000"), 200)
    assert len(para.lines) > 1
    assert "".join(f.text for line in para.lines for f in line.frags) == "x" * 200
    assert all(line.width <= 200 for line in para.lines)


def test_inline_markup_picks_bold_italic_and_mono_faces(setter):
    para = setter.paragraph(parse("plain **bold** *italic* `code`"), TextStyle("Liberation Sans", 12, "000000"), 500)
    faces = {r.text.strip(): r.face for r in para.runs if r.text.strip()}
    assert faces["plain"].style == "regular"
    assert faces["bold"].style == "bold"
    assert faces["italic"].style == "italic"
    assert faces["code"].family == "Liberation Mono"


def test_hyphenated_words_break_after_the_hyphen(setter):
    style = TextStyle("Liberation Sans", 18, "000000")
    face = setter.face("Liberation Sans")
    width = face.width("state-of-the-", 18) / 0.985 + 1
    para = setter.paragraph(parse("state-of-the-art"), style, width)
    assert ["".join(f.text for f in line.frags) for line in para.lines] == ["state-of-the-", "art"]


def test_stack_anchors_and_drops_the_first_space_before(setter):
    style = TextStyle("Liberation Sans", 20, "000000", line_spacing=1.2)
    a = setter.paragraph(parse("one"), style, 400, space_before=10)
    b = setter.paragraph(parse("two"), style, 400, space_before=10)
    top = stack([a, b], 0, 0, 400, 200, role="body")
    assert top.content_height == pytest.approx(24 + 10 + 24)
    assert top.paragraphs[0].top == 0 and top.paragraphs[1].top == pytest.approx(34)
    bottom = stack([a, b], 0, 0, 400, 200, role="body", anchor="b")
    assert bottom.paragraphs[1].top + 24 == pytest.approx(200)
    middle = stack([a], 0, 0, 400, 100, role="body", anchor="ctr")
    assert middle.paragraphs[0].top == pytest.approx(38)


def test_first_baseline_matches_libreoffice_fixed_line_spacing(setter):
    # LibreOffice puts the extra room of a fixed line height above the text: baseline = height - descent
    style = TextStyle("Liberation Sans", 24, "000000", line_spacing=1.15)
    para = setter.paragraph(parse("x"), style, 400)
    face = setter.face("Liberation Sans")
    assert para.lines[0].baseline == pytest.approx(27.6 - face.descent * 24)
