"""Picture sizing, grids and backgrounds: the same boxes and crops in the deck and the slides PDF."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from conftest import Outputs, Project
from deckbuild.layout.pictures import cover_crop, grid_shape, place
from deckbuild.model import Image

EMU = 12700
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _pictures(tmp_path_factory_or_path, slides: str, extra_args=()):
    """Return the project of a deck whose pictures live in assets/images/ (wide.png 400×200, tall.png 100×300,
    anim.gif, dot.webp, turned.jpg stored 160×100 with EXIF orientation 6)."""
    from PIL import Image as PILImage
    from PIL import ImageDraw

    root = tmp_path_factory_or_path
    project = Project(root)
    images = root / "assets" / "images"
    images.mkdir(parents=True)
    wide = PILImage.new("RGB", (400, 200), "#DDEEFF")
    ImageDraw.Draw(wide).rectangle((0, 0, 99, 199), fill="#C0392B")
    wide.save(images / "wide.png")
    PILImage.new("RGB", (100, 300), "#1F3B5B").save(images / "tall.png")
    frames = [PILImage.new("RGB", (50, 50), c) for c in ("#FF0000", "#00FF00", "#0000FF")]
    frames[0].save(images / "anim.gif", save_all=True, append_images=frames[1:], duration=100, loop=0)
    PILImage.new("RGB", (80, 40), "#2E7D32").save(images / "dot.webp")
    turned = PILImage.new("RGB", (160, 100), "#D9DEE4")
    exif = PILImage.Exif()
    exif[0x0112] = 6
    turned.save(images / "turned.jpg", exif=exif.tobytes())
    project.deck("d", {"deck.yaml": "title: Pictures\n", "01.yaml": "section: S\nslides:\n" + slides})
    result = project.run("build", "--format", "pptx,slides", *extra_args)
    assert result.exit_code == 0, result.output
    project.output = result.output
    return project


def _slide(project, title):
    return Outputs(project, "d").slide(title)


def _pics(slide):
    return [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]


def _box(shape):
    return tuple(round(v / EMU, 1) for v in (shape.left, shape.top, shape.width, shape.height))


def _pdf_images(project, index):
    with pdfplumber.open(project.dist / "d-slides.pdf") as pdf:
        page = pdf.pages[index]
        return [(round(i["x0"], 1), round(i["top"], 1), round(i["x1"] - i["x0"], 1), round(i["bottom"] - i["top"], 1),
                 i["srcsize"]) for i in page.images]


# -- the arithmetic -------------------------------------------------------------------------------------

def test_cover_crops_the_long_side_around_the_focus():
    assert cover_crop(2.0, 100, 100, (0.5, 0.5)) == (0.25, 0.0, 0.25, 0.0)
    assert cover_crop(2.0, 100, 100, (1.0, 0.5)) == (0.5, 0.0, 0.0, 0.0)
    assert cover_crop(0.5, 100, 100, (0.5, 0.0)) == (0.0, 0.0, 0.0, 0.5)
    assert cover_crop(1.0, 50, 50, (0.2, 0.2)) == (0.0, 0.0, 0.0, 0.0)


def test_width_in_percent_keeps_the_aspect_ratio():
    image = Image(Path("x.png"), width=400, height=200, box_w=(50.0, "%"))
    pic = place(image, 0, 0, 600, 400)
    assert (pic.w, pic.h) == (300, 150)
    assert (pic.x, pic.y) == (150, 125)


def test_a_length_is_kept_and_never_grows_past_the_box():
    image = Image(Path("x.png"), width=400, height=200, box_h=(72.0, "pt"))
    assert (place(image, 0, 0, 600, 400).w, place(image, 0, 0, 600, 400).h) == (144, 72)
    huge = Image(Path("x.png"), width=400, height=200, box_w=(5000.0, "pt"))
    assert place(huge, 0, 0, 600, 400).w == 600


def test_grid_shapes():
    assert [grid_shape(n, False) for n in range(2, 7)] == [(2, 1), (3, 1), (2, 2), (3, 2), (3, 2)]
    assert grid_shape(2, True) == (1, 2) and grid_shape(4, True) == (2, 2)


# -- read back from both outputs ------------------------------------------------------------------------

SIZED = """
  - title: Half width
    image: {path: ../../assets/images/wide.png, alt: Wide, width: 50%}
  - title: Eight centimetres
    image: {path: ../../assets/images/wide.png, alt: Wide, width: 8cm}
  - title: Cover
    image: {path: ../../assets/images/wide.png, alt: Wide, width: 3in, height: 3in, fit: cover, focus: left}
"""


@pytest.fixture(scope="module")
def sized(tmp_path_factory):
    return _pictures(tmp_path_factory.mktemp("sized"), SIZED)


def test_width_is_the_same_in_both_outputs(sized):
    index, slide = _slide(sized, "Half width")
    (pic,) = _pics(slide)
    x, y, w, h = _box(pic)
    assert w == pytest.approx(round(sized_content_width(sized) / 2, 1), abs=0.2)
    assert h == pytest.approx(w / 2, abs=0.2)
    (img,) = _pdf_images(sized, index)
    assert img[:4] == pytest.approx((x, y, w, h), abs=0.15)


def sized_content_width(project) -> float:
    """Return the width of the content area: the title's frame, which spans it on the built-in grid."""
    _index, slide = _slide(project, "Half width")
    return slide.shapes.title.width / EMU


def test_a_length_is_the_same_in_both_outputs(sized):
    index, slide = _slide(sized, "Eight centimetres")
    (pic,) = _pics(slide)
    assert pic.width == pytest.approx(8 / 2.54 * 72 * EMU, abs=EMU)
    (img,) = _pdf_images(sized, index)
    assert img[:4] == pytest.approx(_box(pic), abs=0.15)


def test_cover_crops_with_src_rect_in_the_deck_and_clips_in_the_pdf(sized):
    index, slide = _slide(sized, "Cover")
    (pic,) = _pics(slide)
    x, y, w, h = _box(pic)
    assert (w, h) == (216.0, 216.0)
    rect = pic._element.find(f".//{A}srcRect")
    assert rect is not None and rect.get("l") is None and rect.get("r") == "50000"  # focus: left keeps the left
    assert pic.crop_right == pytest.approx(0.5)
    (img,) = _pdf_images(sized, index)
    # the whole picture is placed twice as wide as the box, its left edge at the box's: the clip shows the left half
    assert img[:4] == pytest.approx((x, y, 2 * w, h), abs=0.15)
    with pdfplumber.open(sized.dist / "d-slides.pdf") as pdf:
        crop = pdf.pages[index].crop((x + w + 2, y + 2, x + 2 * w - 2, y + h - 2))
        assert crop.to_image(resolution=36).original.convert("RGB").getpixel((5, 5)) == (255, 255, 255)


GRID = """
  - title: Grid
    images:
      - {path: ../../assets/images/wide.png, alt: Wide, caption: First}
      - {path: ../../assets/images/tall.png, alt: Tall, caption: Second}
      - {path: ../../assets/images/anim.gif, alt: Animated, caption: Third}
      - {path: ../../assets/images/dot.webp, alt: Dot, caption: Fourth}
      - {path: ../../assets/images/turned.jpg, alt: Turned, caption: Fifth}
  - title: Beside
    images: [../../assets/images/wide.png, ../../assets/images/tall.png]
    bullets: [One point, Another point]
  - title: Coloured
    background: "#FFF4E5"
    bullets: [Warm]
  - title: Behind
    background: {image: ../../assets/images/wide.png, fit: cover}
    statement: Over a picture
"""


@pytest.fixture(scope="module")
def grid(tmp_path_factory):
    return _pictures(tmp_path_factory.mktemp("grid"), GRID)


def test_a_grid_keeps_aspect_ratios_and_captions_in_both_outputs(grid):
    index, slide = _slide(grid, "Grid")
    pics = _pics(slide)
    assert [p._element.xpath(".//p:cNvPr")[0].get("descr") for p in pics] == ["Wide", "Tall", "Animated", "Dot",
                                                                             "Turned"]
    boxes = [_box(p) for p in pics]
    assert boxes[0][2] / boxes[0][3] == pytest.approx(2.0, abs=0.02)
    assert boxes[1][2] / boxes[1][3] == pytest.approx(1 / 3, abs=0.02)
    assert boxes[4][2] / boxes[4][3] == pytest.approx(100 / 160, abs=0.02)  # EXIF orientation applied
    assert len({round(b[1] + b[3] / 2) for b in boxes[:3]}) == 1 and boxes[3][1] > boxes[0][1] + boxes[0][3]
    for a in boxes:
        for b in boxes:
            if a is not b:
                assert a[0] + a[2] <= b[0] or b[0] + b[2] <= a[0] or a[1] + a[3] <= b[1] or b[1] + b[3] <= a[1]
    texts = [s.text_frame.text for s in slide.shapes if s.has_text_frame]
    assert all(word in texts for word in ("First", "Second", "Third", "Fourth", "Fifth"))
    pdf = _pdf_images(grid, index)
    assert [img[:4] for img in pdf] == [pytest.approx(b, abs=0.15) for b in boxes]
    assert pdf[4][4] == (100, 160)  # the JPEG is embedded upright in the PDF too


def test_gif_and_webp_become_png_and_the_jpeg_is_upright(grid):
    _index, slide = _slide(grid, "Grid")
    pics = _pics(slide)
    assert [p.image.content_type for p in pics] == ["image/png", "image/png", "image/png", "image/png", "image/jpeg"]
    assert pics[4].image.size == (100, 160)
    assert "anim.gif' is animated (3 frames); slides show its first frame" in grid.output


def test_pictures_stand_beside_bullets(grid):
    _index, slide = _slide(grid, "Beside")
    body = next(s for s in slide.shapes if s.has_text_frame and "One point" in s.text_frame.text)
    pics = _pics(slide)
    assert len(pics) == 2 and all(p.left >= body.left + body.width for p in pics)
    assert pics[1].top >= pics[0].top + pics[0].height  # one column of two beside the bullets


def test_a_background_colour_is_painted_in_both_outputs(grid):
    index, slide = _slide(grid, "Coloured")
    fill = slide._element.find(".//{http://schemas.openxmlformats.org/presentationml/2006/main}bg")
    assert fill is not None and fill.find(f".//{A}srgbClr").get("val") == "FFF4E5"
    with pdfplumber.open(grid.dist / "d-slides.pdf") as pdf:
        page = pdf.pages[index]
        assert page.to_image(resolution=36).original.convert("RGB").getpixel((3, 3)) == (0xFF, 0xF4, 0xE5)


def test_a_background_picture_covers_the_slide_behind_everything(grid):
    index, slide = _slide(grid, "Behind")
    prs = Presentation(str(grid.dist / "d.pptx"))
    first = list(slide.shapes)[0]
    assert first.shape_type == MSO_SHAPE_TYPE.PICTURE and first.name.startswith("Background")
    assert (first.left, first.top, first.width, first.height) == (0, 0, prs.slide_width, prs.slide_height)
    assert first.crop_left > 0 and first.crop_right > 0  # 2:1 picture on a 16:9 slide: the sides are cut
    (img,) = _pdf_images(grid, index)
    width = prs.slide_width / EMU
    assert img[0] < 0 and img[0] + img[2] > width  # placed wider than the page, clipped to it


def test_a_style_background_picture_is_behind_slides_without_their_own(tmp_path):
    from PIL import Image as PILImage

    project = Project(tmp_path)
    (project.root / "assets" / "styles").mkdir(parents=True)
    PILImage.new("RGB", (320, 180), "#EEF2F7").save(project.root / "assets" / "styles" / "paper.png")
    project.write("assets/styles/house.yaml", "extends: default\nbackground: {image: paper.png, fit: cover}\n")
    project.deck("d", {"deck.yaml": "title: T\nstyle: ../../assets/styles/house.yaml\n",
                       "01.yaml": 'section: S\nslides:\n  - title: Plain\n    bullets: [a]\n'
                                  '  - title: Own\n    background: "#102030"\n    bullets: [b]\n'})
    result = project.run("build", "--format", "pptx,slides")
    assert result.exit_code == 0, result.output
    prs = Presentation(str(project.dist / "d.pptx"))
    by_title = {s.shapes.title.text: s for s in prs.slides if s.shapes.title is not None}
    first = list(by_title["Plain"].shapes)[0]
    assert first.name.startswith("Background") and (first.width, first.height) == (prs.slide_width, prs.slide_height)
    assert not any(s.name.startswith("Background") for s in by_title["Own"].shapes)
    index = list(prs.slides).index(by_title["Plain"])
    with pdfplumber.open(project.dist / "d-slides.pdf") as pdf:
        (img,) = pdf.pages[index].images
        assert (round(img["x0"]), round(img["top"]), round(img["x1"] - img["x0"])) == (0, 0, round(prs.slide_width / EMU))


def test_a_missing_style_background_is_a_positioned_error(tmp_path):
    project = Project(tmp_path)
    project.write("assets/styles/house.yaml", "extends: default\nbackground: {image: nowhere.png}\n")
    project.deck("d", {"deck.yaml": "title: T\nstyle: ../../assets/styles/house.yaml\n",
                       "01.yaml": "section: S\nslides:\n  - title: A\n    bullets: [a]\n"})
    result = project.run("build")
    assert result.exit_code == 1
    assert "assets/styles/house.yaml:2:21: error: image not found: nowhere.png" in result.stderr, result.stderr


def test_the_article_handout_prints_every_picture_of_a_grid(tmp_path):
    from PIL import Image as PILImage

    project = Project(tmp_path)
    (project.root / "assets").mkdir()
    for name, color in (("a", "#C0392B"), ("b", "#1F3B5B"), ("c", "#2E7D32")):
        PILImage.new("RGB", (120, 80), color).save(project.root / "assets" / f"{name}.png")
    project.write("assets/styles/article.yaml", "extends: default\nhandout: {layout: article}\n")
    project.deck("d", {"deck.yaml": "title: T\nstyle: ../../assets/styles/article.yaml\n",
                       "01.yaml": "section: S\nslides:\n  - title: Grid\n    images:\n"
                                  "      - {path: ../../assets/a.png, caption: First}\n"
                                  "      - {path: ../../assets/b.png, caption: Second}\n"
                                  "      - {path: ../../assets/c.png, caption: Third}\n"})
    result = project.run("build", "--format", "pdf")
    assert result.exit_code == 0, result.output
    with pdfplumber.open(project.dist / "d-handout.pdf") as pdf:
        text = "".join(p.extract_text() or "" for p in pdf.pages)
        assert sum(len(p.images) for p in pdf.pages) == 3
    assert all(word in text for word in ("First", "Second", "Third"))


def test_changing_a_pictures_file_rebuilds_the_deck(tmp_path):
    from PIL import Image as PILImage

    project = Project(tmp_path)
    (project.root / "assets" / "styles").mkdir(parents=True)
    paper = project.root / "assets" / "styles" / "paper.png"
    PILImage.new("RGB", (32, 18), "#EEF2F7").save(paper)
    svg = project.root / "assets" / "d.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 2"><rect width="2" height="2"/></svg>')
    project.write("assets/styles/house.yaml", "extends: default\nbackground: {image: paper.png}\n")
    project.deck("d", {"deck.yaml": "title: T\nstyle: ../../assets/styles/house.yaml\n",
                       "01.yaml": "section: S\nslides:\n  - title: A\n    image: ../../assets/d.svg\n"})
    assert project.run("build").exit_code == 0
    first = (project.dist / "d.pptx").read_bytes()
    PILImage.new("RGB", (32, 18), "#102030").save(paper)
    assert project.run("build").exit_code == 0
    second = (project.dist / "d.pptx").read_bytes()
    assert second != first
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 2"><circle r="1" cx="1" cy="1"/></svg>')
    assert project.run("build").exit_code == 0
    assert (project.dist / "d.pptx").read_bytes() != second


def test_a_size_larger_than_the_room_is_a_warning(tmp_path):
    project = _pictures(tmp_path, "  - title: Huge\n    image: {path: ../../assets/images/wide.png, alt: W, width: 60in}\n")
    assert "outlines/d/01.yaml:4:19: warning: picture width 4320pt is more than the room there is" in project.output
    _index, slide = _slide(project, "Huge")
    (pic,) = _pics(slide)
    assert pic.left >= 0 and pic.left + pic.width <= Presentation(str(project.dist / "d.pptx")).slide_width
