"""The PNG painter (render/painters.py "png", render/slides.py): one picture a slide shown in the deck, named
in order, at the slide's size and the asked resolution, showing what the slides show; painted from compiled
pages without the CLI."""

from __future__ import annotations

import io

from PIL import Image

from conftest import SIMPLE_DECK, compile_deck
from deckbuild.render.painters import PAINTERS, PaintOptions


def _paint(tmp_path, dpi: int):
    pages, diags = compile_deck(tmp_path, SIMPLE_DECK, name="sample")
    assert not diags.has_errors
    return pages, PAINTERS["png"].paint(pages, PaintOptions(dpi=dpi))


def test_one_png_per_slide_in_order_at_the_slide_size(tmp_path):
    pages, files = _paint(tmp_path, 36)
    shown = [p for p in pages.slides if p.in_deck]
    assert list(files) == [f"slide-{i:02d}.png" for i in range(1, len(shown) + 1)]
    for data in files.values():
        with Image.open(io.BytesIO(data)) as img:
            assert img.format == "PNG"
            assert img.size == (round(shown[0].width * 36 / 72), round(shown[0].height * 36 / 72))


def test_the_resolution_scales_the_pictures(tmp_path):
    _, low = _paint(tmp_path / "low", 18)
    _, high = _paint(tmp_path / "high", 36)
    with Image.open(io.BytesIO(low["slide-01.png"])) as a, Image.open(io.BytesIO(high["slide-01.png"])) as b:
        assert (b.size[0], b.size[1]) == (a.size[0] * 2, a.size[1] * 2)


def test_a_slide_picture_shows_its_background_and_ink(tmp_path):
    pages, files = _paint(tmp_path, 36)
    with Image.open(io.BytesIO(files["slide-03.png"])) as img:
        colours = img.convert("RGB").getcolors(maxcolors=1 << 20)
    background = tuple(int(pages.slides[2].background[i:i + 2], 16) for i in (0, 2, 4))
    most = max(colours)[1]
    assert most == background  # mostly the slide's background
    assert len(colours) > 10  # and text drawn on it
