"""render.pdf_text writes text operators itself: they must be the bytes reportlab's own text object writes."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest

FONTS = Path(__file__).resolve().parents[2] / "src" / "deckbuild" / "fonts"
FILES = ["LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "NotoSansArabic-Regular.ttf",
         "NotoSansHebrew-Regular.ttf"]
ALPHABETS = [
    "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 .,;:!?",
    "()\\ \t\r\n%<>[]{}/#", "\u00a0 \u2014 \u201c\u201d \u2018\u2019 \u2026 \u00e9\u00fc\u00df\u00f8\u00e5",
    "\u041f\u0445\u0435\u043d\u044c\u044f\u043d \u03b1\u03b2\u03b3\u03b4\u03b5 \u0100\u0101\u0150\u0151",
    "".join(chr(c) for c in range(0x100, 0x250)),  # more than a subset's 256 codes: subsets 1, 2, …
    "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 \uFB50\uFEFC", "\u6f22\u5b57 \U0001F600\U0001F680",
]


def _strings(seed: int, n: int = 400) -> list[str]:
    rng = random.Random(seed)
    out = ["", " ", "()", "\\", "\u00a0"]
    for _ in range(n):
        alphabet = rng.choice(ALPHABETS)
        out.append("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))))
    return out


def _register(cls, tag: str) -> list[str]:
    from reportlab.pdfbase import pdfmetrics

    names = []
    for file in FILES:
        name = f"test-{tag}-{file[:-4]}"
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(cls(name, str(FONTS / file)))
        names.append(name)
    return names


def _paint(fonts: list[str], strings: list[str], fast: bool) -> bytes:
    """Return a PDF of *strings* in text objects, changing font, size, colour and position as the painter
    does; *fast*: through render.pdf_text.FastText, else through reportlab's text object."""
    from reportlab.lib.colors import Color
    from reportlab.lib.rl_accel import fp_str
    from reportlab.pdfgen.canvas import Canvas

    from deckbuild.render.pdf_text import text_class

    rng = random.Random(7)
    buf = io.BytesIO()
    c = Canvas(buf, invariant=1, pageCompression=0, initialFontName=fonts[0])
    names: dict = {}
    t = None
    for i, s in enumerate(strings):
        if t is None:
            x, y = rng.uniform(0, 600), rng.uniform(0, 800)
            t = text_class()(c, x, y, names) if fast else c.beginText(x, y)
        if rng.random() < 0.4:
            t.setFont(rng.choice(fonts), rng.choice([6, 9.5, 10, 11.333333, 14, 26]))
        if rng.random() < 0.3:
            color = Color(rng.randint(0, 255) / 255, rng.randint(0, 255) / 255, rng.randint(0, 255) / 255)
            if fast:
                t.fill(f"{fp_str(color.red, color.green, color.blue)} rg", color)
            else:
                t.setFillColor(color)
        if rng.random() < 0.5:
            t.setTextOrigin(rng.uniform(-5, 600) * 1.000001, rng.uniform(0, 800) / 3)
        if rng.random() < 0.05:
            t.setTextRenderMode(3)
        t.textOut(s)
        if rng.random() < 0.15 or i == len(strings) - 1:
            c.drawText(t)
            t = None
        if rng.random() < 0.02:
            c.showPage()
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("fast_fonts", [False, True], ids=["reportlab-ttfont", "fast-ttfont"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_fast_text_writes_what_reportlabs_text_object_writes(fast_fonts, seed):
    from reportlab.pdfbase.ttfonts import TTFont

    from deckbuild.render.pdf_fonts import fast_ttfont

    fonts = _register(fast_ttfont() if fast_fonts else TTFont, "fast" if fast_fonts else "plain")
    strings = _strings(seed)
    reference = _paint(fonts, strings, fast=False)
    assert b"+1 " in reference and b" Tj" in reference and b" rg" in reference  # several subsets, colours
    assert _paint(fonts, strings, fast=True) == reference


def test_shaped_text_goes_through_reportlab():
    """A shaped string (Arabic joined by HarfBuzz) is written by reportlab's own _formatText, on the same state."""
    from reportlab.pdfbase.ttfonts import shapeStr

    from deckbuild.render.pdf_fonts import fast_ttfont

    fonts = _register(fast_ttfont(), "fast")
    arabic = fonts[2]
    strings = [shapeStr("\u0645\u0631\u062d\u0628\u0627 \u0628\u0643\u0645", arabic, 12), "plain", "\u05e9\u05dc\u05d5\u05dd"]
    reference = _paint([arabic], strings, fast=False)
    assert _paint([arabic], strings, fast=True) == reference


def _shapes(fast: bool) -> bytes:
    """Return a PDF of rectangles in random fill and stroke colours (a transparent stretch among them), the
    colours set by ShapePainter.fill/stroke (*fast*) or by reportlab's setFillColor/setStrokeColor."""
    from reportlab.pdfgen.canvas import Canvas

    from deckbuild.render.pdf_shapes import ShapePainter

    rng = random.Random(11)
    buf = io.BytesIO()
    c = Canvas(buf, invariant=1, pageCompression=0)
    painter = ShapePainter(c)
    for i in range(300):
        fill, line = (f"{rng.randrange(1 << 24):06X}" for _ in range(2))
        if i % 50 == 20:
            c.setFillAlpha(0.5)
            c.setStrokeAlpha(0.25)
        elif i % 50 == 30:
            c.setFillAlpha(1)
            c.setStrokeAlpha(1)
        if fast:
            painter.fill(fill)
            painter.stroke(line)
        else:
            c.setFillColor(painter.color(fill))
            c.setStrokeColor(painter.color(line))
        c.rect(rng.uniform(0, 500), rng.uniform(0, 700), 20, 10, stroke=1, fill=1)
        if i % 97 == 96:
            c.showPage()
    c.showPage()
    c.save()
    return buf.getvalue()


def test_shape_colours_are_what_reportlab_writes():
    reference = _shapes(fast=False)
    assert b" RG" in reference and b" gs" in reference
    assert _shapes(fast=True) == reference


def test_every_character_drawn_while_a_page_is_noted_is_noted():
    """render.pdf_pages keeps a page with the codes of the characters it drew, read from the font's ``_seen``:
    a character drawn through any of FastText's paths must be in it, or a replayed page could hold a code that
    changed. A carriage return has a glyph in Noto Sans Hebrew Bold but no code of its own (only printable ASCII
    has): its first use assigns it one, later uses go through the ASCII fast path."""
    from reportlab.pdfbase.pdfmetrics import getFont
    from reportlab.pdfgen.canvas import Canvas

    from deckbuild.render.pdf_fonts import fast_ttfont
    from deckbuild.render.pdf_text import text_class

    from reportlab.pdfbase import pdfmetrics

    name = "test-noted-NotoSansHebrew-Bold"  # a face the tests above do not register (reportlab gives a
    if name not in pdfmetrics.getRegisteredFontNames():  # face's first font to every later name of it)
        pdfmetrics.registerFont(fast_ttfont()(name, str(FONTS / "NotoSansHebrew-Bold.ttf")))
    font = getFont(name)
    assert isinstance(font, fast_ttfont())
    c = Canvas(io.BytesIO(), invariant=1, initialFontName=name)
    t = text_class()(c, 10, 10, {})
    t.setFont(name, 10)
    for text in ("\u05e9 \r", "\r", "\u05e9", "\u05e9 \r"):  # assigned by reportlab, then the fast paths
        font._seen = set()
        try:
            t.textOut(text)
            assert set(text) <= font._seen, repr(text)
        finally:
            font._seen = None
    assert font.state[c._doc].assignments[13] != 13  # (the case this is about: a code not its own)
