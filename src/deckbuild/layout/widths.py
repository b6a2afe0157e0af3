"""The width of a text set on one line, as tables and charts measure their cells, words and labels.

Tables measure every cell and every word of every column (``layout/table.py``), charts every label and legend
entry (``layout/chart.py``), each as the widest line of a paragraph set very wide. For the usual piece, one
plain span of at most ``text.SHORT`` characters drawn whole by the first face of its chain, that paragraph
is one line of one fragment whose width is the face's advances of the text (trailing white space left off)
times the run's size: ``line_width`` works that out without setting the paragraph (the same float,
tests/layout/test_widths.py). Anything else is set by ``Typesetter.paragraph``.
"""

from __future__ import annotations

from deckbuild import shaping
from deckbuild.layout.memo import rounded
from deckbuild.layout.east_asian import has_east_asian
from deckbuild.layout.text import SHORT, WRAP_SLACK, TextStyle, Typesetter
from deckbuild.markup import Span, parse


def line_width(setter: Typesetter, spans: str | tuple[Span, ...], ts: TextStyle, width: float) -> float:
    """Return the width of the widest line of ``setter.paragraph(spans, ts, width)`` (0.0 when it has none);
    *spans* may be text with inline markup (read by ``markup.parse``)."""
    if isinstance(spans, str):
        spans = parse(spans)
    if len(spans) == 1:
        span = spans[0]
        text = span.text
        if (not span.math and len(text) <= SHORT and not text.isspace() and text
                and (text.isascii() or not (shaping.needs_shaping(text) or has_east_asian(text)))):
            face = setter._chain(setter.mono if span.code else ts.family, ts.bold or span.bold,
                                 ts.italic or span.italic)[0]
            size = rounded(ts.size * span.scale)
            if face.covers_all(text) and face.ems(text) * size <= max(width, 1.0) * WRAP_SLACK:
                return face.ems(text.rstrip()) * size  # the one fragment's width (Typesetter._fragments)
    p = setter.paragraph(tuple(spans), ts, width)
    return max((line.width for line in p.lines), default=0.0)
