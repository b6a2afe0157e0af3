"""--format slides (one PDF page per slide, at slide size) and --format png (those pages as pictures)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from deckbuild.cli import cli

REPO = Path(__file__).resolve().parents[2]


def build(out: Path, deck: str, *args: str):
    result = CliRunner().invoke(cli, ["build", str(REPO / "outlines" / deck), "--out", str(out), "-q", *args],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def gallery(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("slides")
    build(out, "gallery", "--format", "pptx,slides,png", "--dpi", "36")
    return out


def test_slides_pdf_has_a_page_per_slide_at_slide_size_with_its_text(gallery):
    import pdfplumber
    from pptx import Presentation

    prs = Presentation(str(gallery / "gallery.pptx"))
    with pdfplumber.open(gallery / "gallery-slides.pdf") as pdf:
        assert len(pdf.pages) == len(prs.slides)
        for page, slide in zip(pdf.pages, prs.slides):
            assert (round(page.width), round(page.height)) == (round(prs.slide_width.pt), round(prs.slide_height.pt))
            text = "".join(page.extract_text().split())
            title = slide.shapes.title.text if slide.shapes.title is not None else ""
            assert "".join(title.split()) in text


def _drawn_as_pictures(folder: Path) -> list[list[tuple[float, float, float, float]]]:
    """Return, per slide of the deck in *folder* (as compile lays it out), where pictures, formulas and charts
    are: LibreOffice draws those as pictures of their own, the slides PDF as vectors and text."""
    from deckbuild.compile import compile, read_inputs
    from deckbuild.diagnostics import Diagnostics, Pos
    from deckbuild.layout.boxes import ChartBox, Formula, Picture

    diags = Diagnostics()
    inputs = read_inputs(folder, None, None, folder, Pos(str(folder), 1, 1), (), diags, {})
    return [[(b.x, b.y, b.x + b.w, b.y + b.h) for b in slide.boxes if isinstance(b, (ChartBox, Formula, Picture))]
            for slide in compile(inputs, None, diags).slides if slide.in_deck]


def _words_in_order(pdf_path: Path, pictured) -> list[list[str]]:
    """Return each page's words in the order they are drawn, leaving out those inside *pictured* places."""
    import pdfplumber

    def outside(w, rects) -> bool:
        cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
        return not any(x0 - 1 <= cx <= x1 + 1 and y0 - 1 <= cy <= y1 + 1 for x0, y0, x1, y1 in rects)

    with pdfplumber.open(pdf_path) as pdf:
        return [[w["text"] for w in page.extract_words(use_text_flow=True, char_dir_rotated="btt") if outside(w, rects)]
                for page, rects in zip(pdf.pages, pictured)]


def test_every_slides_page_has_the_words_of_the_pptx_slide_as_libreoffice_renders_it(gallery, tmp_path):
    """Same words, in the same order, page by page (pictures, formulas and charts aside: LibreOffice draws
    them as pictures, the slides PDF as vectors with their text)."""
    from conftest import soffice_to_pdf

    pictured = _drawn_as_pictures(REPO / "outlines" / "gallery")
    deck = _words_in_order(soffice_to_pdf(gallery / "gallery.pptx", tmp_path), pictured)
    slides = _words_in_order(gallery / "gallery-slides.pdf", pictured)
    assert len(deck) == len(slides) == len(pictured) > 20
    assert sum(len(words) for words in slides) > 400
    assert [(i, d, s) for i, (d, s) in enumerate(zip(deck, slides), 1) if d != s] == []


def test_slides_pdf_has_a_bookmark_per_section_and_live_links(gallery):
    from pypdf import PdfReader

    reader = PdfReader(gallery / "gallery-slides.pdf")
    titles = [item.title for item in reader.outline]
    assert titles and len(titles) == len(set(titles))
    uris = [a.get_object()["/A"]["/URI"] for page in reader.pages for a in page.get("/Annots", [])
            if a.get_object().get("/Subtype") == "/Link"]
    assert "https://example.org/deckbuild/spec" in uris


def test_png_export_writes_one_picture_per_slide_at_the_dpi(gallery):
    from PIL import Image
    from pptx import Presentation

    prs = Presentation(str(gallery / "gallery.pptx"))
    pngs = sorted((gallery / "gallery-png").iterdir())
    assert [p.name for p in pngs] == [f"slide-{i:02d}.png" for i in range(1, len(prs.slides) + 1)]
    with Image.open(pngs[0]) as im:
        assert im.size == (round(prs.slide_width.pt / 2), round(prs.slide_height.pt / 2))  # 36 dpi: half a point
        assert len(im.convert("L").getcolors(256)) > 8  # something is drawn, not a blank page


def test_png_export_is_reproducible_and_leaves_no_stale_pictures(gallery, tmp_path):
    build(tmp_path, "gallery", "--format", "png", "--dpi", "36")
    folder = tmp_path / "gallery-png"
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == {
        p.name: p.read_bytes() for p in (gallery / "gallery-png").iterdir()}
    (folder / "slide-99.png").write_bytes(b"left over")
    build(tmp_path, "gallery", "--format", "png", "--dpi", "40")  # another dpi: rebuilt
    assert not (folder / "slide-99.png").exists()
    from PIL import Image
    from pptx import Presentation

    width = Presentation(str(gallery / "gallery.pptx")).slide_width.pt
    with Image.open(folder / "slide-01.png") as im:
        assert abs(im.width - width * 40 / 72) < 1
