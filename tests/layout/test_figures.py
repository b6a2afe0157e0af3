"""Figures (layout/figures.py): a quote beside its accent bar with the attribution below, a statement
centred large, and a picture that keeps its aspect ratio with its caption under it, laid out without the CLI."""

from __future__ import annotations

from PIL import Image

from conftest import lay_out, page_titled
from deckbuild.layout.boxes import Picture, Rect, TextFrame

SLIDES = """section: S
slides:
  - title: Said
    quote: {text: Simple things should be simple, by: Alan Kay}
  - title: Claim
    statement: One source gives two outputs.
  - title: Photo
    image: {path: wide.png, alt: A red band, caption: The band}
  - title: Photo beside
    image: {path: wide.png, alt: A red band}
    bullets: [Left of the picture]
"""


def _pages(tmp_path):
    folder = tmp_path / "outlines" / "d"
    folder.mkdir(parents=True)
    Image.new("RGB", (400, 100), (200, 30, 30)).save(folder / "wide.png")
    return lay_out(tmp_path, {"deck.yaml": "title: Figures\n", "01.yaml": SLIDES})


def _frame(page, role) -> TextFrame:
    return next(b for b in page.boxes if isinstance(b, TextFrame) and b.role == role)


def _lines(frame) -> list[str]:
    return ["".join(f.text for line in p.lines for f in line.frags) for p in frame.paragraphs]


def test_a_quote_stands_beside_its_bar_with_the_attribution_below(tmp_path):
    pages, _, style = _pages(tmp_path)
    page = page_titled(pages, "Said")
    frame = _frame(page, "quote")
    text, by = frame.paragraphs
    assert _lines(frame) == ["“Simple things should be simple”", "— Alan Kay"]
    assert text.size > style.sizes.body and by.size < text.size and by.top > text.top
    bar = next(b for b in page.boxes if isinstance(b, Rect) and b.name == "Quote bar")
    assert bar.x + bar.w < frame.x and bar.fill == style.colors.accent


def test_a_statement_is_large_and_centred(tmp_path):
    pages, _, style = _pages(tmp_path)
    page = page_titled(pages, "Claim")
    frame = _frame(page, "statement")
    assert frame.anchor == "ctr" and frame.paragraphs[0].align == "ctr"
    assert frame.paragraphs[0].size > style.sizes.body
    assert abs((frame.x + frame.w / 2) - page.width / 2) < 1


def test_a_picture_keeps_its_aspect_ratio_and_its_caption_sits_under_it(tmp_path):
    pages, _, _ = _pages(tmp_path)
    page = page_titled(pages, "Photo")
    picture = next(b for b in page.boxes if isinstance(b, Picture))
    assert abs(picture.w / picture.h - 4.0) < 0.02 and picture.alt == "A red band"
    caption = _frame(page, "caption")
    assert _lines(caption) == ["The band"] and caption.y >= picture.y + picture.h


def test_bullets_beside_a_picture_stand_left_of_it(tmp_path):
    pages, _, _ = _pages(tmp_path)
    page = page_titled(pages, "Photo beside")
    body = _frame(page, "body")
    picture = next(b for b in page.boxes if isinstance(b, Picture))
    assert body.x + body.w <= picture.x and picture.x + picture.w <= page.width
