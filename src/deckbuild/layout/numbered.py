"""Footers that differ only in the slide number: set once, then given each slide's digits.

Every slide's footer is the same template filled in, and the slide number (a field PowerPoint keeps
current) is often all that changes from one slide to the next. When the number's digits are as wide as
those of a footer already set (the same float, as digits are in most fonts), that footer's lines hold for
this one too: only the number's run and fragment get the new digits. Anything else (a footer that wraps, a
right-to-left or shaped text, a number split over faces) is set from scratch by ``Typesetter.paragraph``.
"""

from __future__ import annotations

from functools import lru_cache

from deckbuild import markup, shaping
from deckbuild.layout.box_new import new_fragment, new_line, new_paragraph, new_run
from deckbuild.layout.boxes import Paragraph
from deckbuild.layout.text import CACHE_LIMIT, TextStyle, Typesetter
from deckbuild.markup import Span

TYPE_CHECKING = False  # (typing.TYPE_CHECKING, without importing typing at start-up)

if TYPE_CHECKING:
    from deckbuild.model import Deck

DIGITS = "0123456789"


def numbered_paragraph(setter: Typesetter, spans: tuple[Span, ...], ts: TextStyle, width: float,
                       memo: dict) -> Paragraph:
    """Return ``setter.paragraph(spans, ts, width)`` for spans holding one slide-number field, reusing from
    *memo* a paragraph of the same spans whose number was as wide."""
    at = [k for k, span in enumerate(spans) if span.field == "slidenum"]
    if len(at) != 1 or not (spans[at[0]].text.isascii() and spans[at[0]].text.isdigit()):
        return setter.paragraph(spans, ts, width)
    k = at[0]
    number = spans[k]
    shape = (spans[:k], spans[k + 1:], number.bold, number.italic, number.code, number.link, number.color,
             number.scale, ts, width)
    known = memo.get(shape)  # (face of the number's run, {ems of the digits → paragraph set with them})
    if known is not None:
        para = known[1].get(known[0].ems(number.text))
        if para is not None:
            return _renumbered(para, k, number.text)
    para = setter.paragraph(spans, ts, width)
    if known is None and not number.math and _swappable(para, spans, k, setter.face(
            setter.mono if number.code else ts.family, ts.bold or number.bold, ts.italic or number.italic)):
        if len(memo) >= CACHE_LIMIT:
            memo.clear()
        known = memo[shape] = (para.runs[k].face, {})
    if known is not None and para.runs[k].face is known[0]:
        known[1][known[0].ems(number.text)] = para
    return para


def _swappable(para: Paragraph, spans: tuple[Span, ...], k: int, face) -> bool:
    """Return True when *para*'s number (span *k*) can take other digits of the same width unchanged: one line,
    one run and one fragment per span, the number in *face* (the first of its chain), which draws every digit,
    and nothing right to left or shaped."""
    runs = para.runs
    if len(para.lines) != 1 or len(runs) != len(spans) or para.rtl or para.marker is not None:
        return False
    frags = para.lines[0].frags
    if len(frags) != len(runs) or any(f.run is not r or f.rtl for f, r in zip(frags, runs)):
        return False
    if any(r.math is not None for r in runs) or runs[k].face is not face or not face.covers_all(DIGITS):
        return False
    text = "".join(r.text for r in runs)
    return not shaping.needs_shaping(text) and not shaping.has_rtl(text)


def _renumbered(para: Paragraph, k: int, digits: str) -> Paragraph:
    """Return *para* with the number run *k* (and its fragment) holding *digits*."""
    old = para.runs[k]
    run = new_run(digits, old.face, old.size, old.color, old.bold, old.italic, old.code, old.link, old.field,
                  old.east_asian, old.underline, old.family, old.math)
    runs = para.runs[:k] + (run,) + para.runs[k + 1:]
    line = para.lines[0]
    frag = line.frags[k]
    frags = line.frags[:k] + (new_fragment(digits, run, frag.x, frag.width, frag.rtl),) + line.frags[k + 1:]
    return new_paragraph(runs, (new_line(frags, line.baseline, line.width),), para.level, para.size,
                         para.line_height, para.space_before, para.margin_left, para.indent, para.align, para.marker,
                         para.top, para.lang, para.rtl, para.tag)


_ZEROS = str.maketrans(DIGITS, "0" * 10)


def counted_paragraph(setter: Typesetter, text: str, ts: TextStyle, width: float, memo: dict) -> Paragraph:
    """Return ``setter.paragraph(parse(text), ts, width)`` for a short plain label holding numbers ("Slide 12",
    "Page 3 of 40"), reusing from *memo* the paragraph of a label that differs only in its digits when every
    digit of the face is as wide (then every width adds up to the same float)."""
    from deckbuild.markup import parse

    spans = parse(text)
    if len(spans) != 1 or not spans[0].text.isascii():
        return setter.paragraph(spans, ts, width)
    span = spans[0]
    key = (span.text.translate(_ZEROS), span.bold, span.italic, span.code, span.link, span.color, span.scale,
           span.math, span.field, ts, width)
    known = memo.get(key)
    if known is not None:
        return _relabelled(known, span.text)
    para = setter.paragraph(spans, ts, width)
    if _one_plain_fragment(para, setter.face(setter.mono if span.code else ts.family, ts.bold or span.bold,
                                             ts.italic or span.italic)) and not span.math:
        if len(memo) >= CACHE_LIMIT:
            memo.clear()
        memo[key] = para
    return para


def _one_plain_fragment(para: Paragraph, face) -> bool:
    """Return True when *para* is one line of one run in *face* (the first of its chain), whose fragment holds
    the run's whole text, and *face* draws every character of it and sets all digits equally wide."""
    if len(para.runs) != 1 or len(para.lines) != 1 or para.rtl or para.marker is not None:
        return False
    run, frags = para.runs[0], para.lines[0].frags
    if run.face is not face or run.math is not None or len(frags) != 1 or frags[0].run is not run or frags[0].rtl:
        return False
    return (frags[0].text == run.text and face.covers_all(run.text + DIGITS) and not shaping.needs_shaping(run.text)
            and len({face.advance(d) for d in DIGITS}) == 1)


def _relabelled(para: Paragraph, text: str) -> Paragraph:
    """Return the one-fragment *para* holding *text* (the same characters but for other digits)."""
    old = para.runs[0]
    run = new_run(text, old.face, old.size, old.color, old.bold, old.italic, old.code, old.link, old.field,
                  old.east_asian, old.underline, old.family, old.math)
    line = para.lines[0]
    frag = line.frags[0]
    lines = (new_line((new_fragment(text, run, frag.x, frag.width, frag.rtl),), line.baseline, line.width),)
    return new_paragraph((run,), lines, para.level, para.size, para.line_height, para.space_before, para.margin_left,
                         para.indent, para.align, para.marker, para.top, para.lang, para.rtl, para.tag)


def footer_spans(template: str, deck: Deck, number: int, count: int, section: str | None,
                 slide_title: str) -> tuple[Span, ...]:
    """Return the footer *template* filled in; the slide number stays a field PowerPoint keeps current."""
    spans: list[Span] = []
    for literal, name in _template_parts(template):  # each Span(text) made as markup.with_text makes it
        if literal:
            spans.append(markup.with_text(_PLAIN, literal))
        if name == "slide.number":
            spans.append(markup.with_text(_NUMBER, str(number)))
        elif name is not None:
            spans.append(markup.with_text(_PLAIN, _field(name, deck, count, section, slide_title)))
    return tuple(s for s in spans if s.text)


def _field(name: str, deck: Deck, count: int, section: str | None, slide_title: str) -> str:
    """Return the text of the footer field *name* ("" for a name footers do not know)."""
    if name == "slide.title":
        return markup.plain(slide_title)
    if name == "section.title":
        return section or ""
    if name == "slide.count":
        return str(count)
    if name == "deck.title":
        return markup.plain(deck.title)
    if name == "deck.subtitle":
        return markup.plain(deck.subtitle or "")
    if name == "deck.author":
        return deck.author or ""
    return deck.date or "" if name == "deck.date" else ""


_PLAIN, _NUMBER = Span(""), Span("", field="slidenum")


@lru_cache(maxsize=64)
def _template_parts(template: str) -> tuple[tuple[str, str | None], ...]:
    """Return (literal text, field name or None) for each piece of a footer *template*, read once."""
    import string

    return tuple((literal, name) for literal, name, _spec, _conv in string.Formatter().parse(template))
