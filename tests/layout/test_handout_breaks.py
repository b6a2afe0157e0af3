"""Page breaks in handouts: no one-line widows or orphans, headings kept with their text, carried-over
blocks of at least three lines."""

from __future__ import annotations

from deckbuild.layout.boxes import Line, Paragraph
from deckbuild.layout.handout.flow import Heading, Trailer, take

LH = 12.0


def para(n: int, gap: float = 0.0) -> Paragraph:
    lines = tuple(Line((), LH * (k + 0.8), 100.0) for k in range(n))
    return Paragraph((), lines, 0, 10.0, LH, gap, 0.0, 0.0)


def lines(paras) -> list[int]:
    return [len(p.lines) for p in paras]


def test_a_paragraph_is_never_cut_after_its_first_line():
    head, rest = take([para(5)], LH * 1.5)
    assert head == [] and lines(rest) == [5]


def test_a_paragraph_never_leaves_one_line_for_the_next_page():
    head, rest = take([para(6)], LH * 5.5)
    assert lines(head) == [3] and lines(rest) == [3]


def test_a_carried_over_block_holds_three_lines():
    head, rest = take([para(4), para(2)], LH * 5.2)  # the second paragraph alone would be carried over
    assert lines(head) == [2] and lines(rest) == [2, 2]


def test_a_heading_keeps_two_lines_of_its_text():
    items = [para(3), Heading(para(1)), para(6)]
    head, rest = take(items, LH * 5.5)  # room for the heading and one line of its text only
    assert lines(head) == [3]
    assert isinstance(rest[0], Heading)


def test_a_heading_is_never_the_last_line():
    head, rest = take([para(4), Heading(para(1)), para(4)], LH * 5.2)
    assert lines(head) == [4] and isinstance(rest[0], Heading)


def test_a_trailer_stays_with_what_it_closes():
    head, rest = take([para(4), para(2), Trailer(para(3))], LH * 6.5)
    assert sum(lines(head)) + sum(len((r.para if isinstance(r, Trailer) else r).lines) for r in rest) == 9
    assert not isinstance(rest[0], Trailer)


def test_an_empty_page_always_takes_something():
    head, rest = take([Heading(para(1)), para(30)], LH * 5, at_top=True)
    assert sum(lines(head)) == 5
