"""SVG pictures, read back as a user would see them: vectors in the PDFs, SVG with a PNG fallback in the deck,
the SVG itself in the HTML preview, and alt text from the drawing's <title>."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from conftest import Project, soffice_to_pdf

SVG_NS_2016 = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"
DIAGRAM = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 200">
  <title>Two linked nodes</title>
  <desc>A circle joined to a square by a curve.</desc>
  <circle cx="60" cy="100" r="40" fill="#C0392B"/>
  <path d="M100,100 C180,20 240,180 300,100" fill="none" stroke="#1F3B5B" stroke-width="6"/>
  <rect x="300" y="60" width="80" height="80" fill="#1F3B5B"/>
</svg>
"""


@pytest.fixture(scope="module")
def svg_build(tmp_path_factory):
    """Return the project of a deck with an SVG picture (no alt), built to pptx, pdf, slides and html."""
    project = Project(tmp_path_factory.mktemp("svg"))
    (project.root / "assets" / "images").mkdir(parents=True)
    (project.root / "assets" / "images" / "nodes.svg").write_text(DIAGRAM, encoding="utf-8")
    project.deck("d", {"deck.yaml": "title: SVG deck\n",
                       "01.yaml": """
                           section: S
                           slides:
                             - title: Diagram
                               image: {path: ../../assets/images/nodes.svg, caption: Nodes}
                       """})
    result = project.run("build", "--format", "pptx,pdf,slides,html")
    assert result.exit_code == 0, result.output
    return project


def _picture(project):
    prs = Presentation(str(project.dist / "d.pptx"))
    slide = next(s for s in prs.slides if s.shapes.title is not None and s.shapes.title.text == "Diagram")
    return slide, next(s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE)


def test_the_deck_embeds_the_svg_with_a_png_fallback(svg_build):
    slide, pic = _picture(svg_build)
    blip = pic._element.xpath(".//a:blip")[0]
    fallback = slide.part.related_part(blip.get("{http://schemas.openxmlformats.org/officeDocument/2006/"
                                                "relationships}embed"))
    assert fallback.content_type == "image/png"
    svg_blips = blip.xpath(".//*[local-name()='svgBlip']")
    assert len(svg_blips) == 1 and svg_blips[0].nsmap["asvg"] == SVG_NS_2016
    svg_part = slide.part.related_part(svg_blips[0].get(
        "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"))
    assert svg_part.content_type == "image/svg+xml"
    assert svg_part.blob == DIAGRAM.encode()
    from PIL import Image

    with Image.open(io.BytesIO(fallback.blob)) as png:  # sharp enough: at least two pixels per point
        assert png.width >= 2 * pic.width / 12700
        assert png.getextrema()[3][1] == 255  # something is drawn (opaque pixels)


def test_alt_text_comes_from_the_svg_title(svg_build):
    _slide, pic = _picture(svg_build)
    assert pic._element.xpath(".//p:cNvPr")[0].get("descr") == "Two linked nodes"


@pytest.mark.parametrize("name", ["d-slides.pdf", "d-handout.pdf"])
def test_the_pdfs_draw_the_svg_as_vectors(svg_build, name):
    with pdfplumber.open(svg_build.dist / name) as pdf:
        page = next(p for p in pdf.pages if "Diagram" in (p.extract_text() or "") and "Nodes" in p.extract_text())
        assert page.images == []  # nothing rasterised
        assert len(page.curves) >= 2  # the circle and the Bézier path


def test_the_slides_pdf_puts_the_svg_where_the_deck_does(svg_build):
    _slide, pic = _picture(svg_build)
    x, y, w, h = (v / 12700 for v in (pic.left, pic.top, pic.width, pic.height))
    with pdfplumber.open(svg_build.dist / "d-slides.pdf") as pdf:
        page = next(p for p in pdf.pages if "Nodes" in (p.extract_text() or ""))
        navy = [round(v / 255, 2) for v in (0x1F, 0x3B, 0x5B)]
        square = next(r for r in page.rects if [round(v, 2) for v in r["non_stroking_color"] or ()] == navy)
    # the square spans 300–380 of the drawing's 400 units: its right edge is 95% of the way across
    assert square["x1"] == pytest.approx(x + w * 380 / 400, abs=0.6)
    assert square["top"] == pytest.approx(y + h * 60 / 200, abs=0.6)


def test_the_html_preview_shows_the_svg_itself(svg_build):
    folder = svg_build.dist / "d"
    svgs = sorted((folder / "media").glob("*.svg"))
    assert [p.read_text(encoding="utf-8") for p in svgs] == [DIAGRAM]
    assert f'href="media/{svgs[0].name}"' in (folder / "index.html").read_text(encoding="utf-8")


def test_libreoffice_shows_the_svg_or_its_fallback(svg_build, tmp_path):
    pdf = soffice_to_pdf(svg_build.dist / "d.pptx", tmp_path)
    _slide, pic = _picture(svg_build)
    x, y, w, h = (v / 12700 for v in (pic.left, pic.top, pic.width, pic.height))
    with pdfplumber.open(pdf) as doc:
        page = next(p for p in doc.pages if "Nodes" in (p.extract_text() or ""))
        inside = page.crop((x - 1, y - 1, x + w + 1, y + h + 1))
        drawn = inside.images + inside.curves + inside.rects
        assert drawn, "LibreOffice drew nothing where the picture is"
