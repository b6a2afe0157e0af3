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
