"""Building into a user's PowerPoint template: layouts chosen by placeholders or by name, frames taken
from the template's geometry, theme flowing into the style, the template's slides removed cleanly."""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Emu, Inches

from conftest import SIMPLE_DECK, Project, soffice_to_pdf

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
EXTRA = ("  - title: Two sides\n    columns:\n      - {title: Left, bullets: [L1, L2]}\n"
         "      - {title: Right, bullets: [R1]}\n"
         "  - title: Numbers\n    chart: {type: column, categories: [a, b], series: [{name: s, values: [1, 2]}]}\n")
MOVED_TITLE = (Inches(0.8), Inches(0.25), Inches(9), Inches(1.1))
MOVED_BODY = (Inches(0.8), Inches(1.6), Inches(11.5), Inches(5.2))


def _theme(prs, colors: dict, font: str) -> None:
    from lxml import etree
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT

    part = prs.slide_master.part.part_related_by(RT.THEME)
    root = etree.fromstring(part.blob)
    for slot, value in colors.items():
        node = root.find(f".//{A}clrScheme/{A}{slot}")
        for child in list(node):
            node.remove(child)
        etree.SubElement(node, f"{A}srgbClr", val=value)
    for tag in ("majorFont", "minorFont"):
        root.find(f".//{A}{tag}/{A}latin").set("typeface", font)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def make_corporate(path: Path) -> None:
    """A 16:9 template: renamed and moved content layout, its own theme, a logo on the master, two slides."""
    from PIL import Image

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    content = prs.slide_layouts[1]
    content._element.cSld.set("name", "Corporate Content")
    title, body = (ph for ph in content.placeholders if ph.placeholder_format.idx in (0, 1))
    title.left, title.top, title.width, title.height = MOVED_TITLE
    body.left, body.top, body.width, body.height = MOVED_BODY
    _theme(prs, {"dk2": "004B87", "accent1": "00A3E0", "accent2": "E4002B"}, "Liberation Sans")
    logo = path.parent / "logo.png"
    Image.new("RGB", (120, 40), (0, 75, 135)).save(logo)
    _, rid = prs.slide_master.part.get_or_add_image_part(str(logo))
    from pptx.oxml import parse_xml

    prs.slide_master.shapes._spTree.append(parse_xml(
        '<p:pic xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<p:nvPicPr><p:cNvPr id="99" name="Logo"/><p:cNvPicPr/><p:nvPr/></p:nvPicPr>'
        f'<p:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>'
        f'<p:spPr><a:xfrm><a:off x="{Inches(11.8)}" y="{Inches(0.2)}"/><a:ext cx="{Inches(1.2)}" '
        f'cy="{Inches(0.4)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>'))
    for text in ("Old template slide one", "Old template slide two"):
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = text
        slide.notes_slide.notes_text_frame.text = text + " notes"
    prs.save(path)


def make_plain_4x3(path: Path) -> None:
    Presentation().save(path)


def make_without_columns(path: Path) -> None:
    prs = Presentation()
    for name in ("Two Content", "Comparison"):
        prs.slide_layouts.remove(prs.slide_layouts.get_by_name(name))
    prs.save(path)


def _build(tmp_path: Path, maker, style_extra: str = "") -> tuple[Project, Path, object]:
    project = Project(tmp_path)
    tpl = tmp_path / "assets" / "templates" / "corp.pptx"
    tpl.parent.mkdir(parents=True)
    maker(tpl)
    project.write("assets/styles/corp.yaml", f"pptx: {{template: ../templates/corp.pptx}}\n{style_extra}")
    deck = dict(SIMPLE_DECK)
    deck["deck.yaml"] += "style: corp\n"
    deck["02-second.yaml"] += EXTRA
    project.deck("t", deck)
    result = project.run("build")
    assert result.exit_code == 0, result.output
    return project, project.dist / "t.pptx", result


@pytest.fixture(scope="module")
def corporate(tmp_path_factory):
    return _build(tmp_path_factory.mktemp("corp"), make_corporate)


def _titles_and_layouts(pptx: Path) -> list[tuple[str, str]]:
    return [(s.shapes.title.text_frame.text, s.slide_layout.name) for s in Presentation(pptx).slides]


def test_layouts_are_chosen_by_placeholder_types(corporate):
    _, pptx, _ = corporate
    assert _titles_and_layouts(pptx) == [
        ("Sample Deck", "Title Slide"), ("First Section", "Section Header"), ("Alpha slide", "Corporate Content"),
        ("Beta slide", "Corporate Content"), ("Second Section", "Section Header"),
        ("Gamma slide", "Corporate Content"), ("Two sides", "Two Content"), ("Numbers", "Title Only")]


def test_frames_follow_the_template_placeholder_geometry(corporate):
    _, pptx, _ = corporate
    prs = Presentation(pptx)
    assert (prs.slide_width, prs.slide_height) == (Inches(13.333), Inches(7.5))
    slide = prs.slides[2]
    title = slide.shapes.title
    body = [s for s in slide.placeholders if s.placeholder_format.idx == 1][0]
    for shape, expected in ((title, MOVED_TITLE), (body, MOVED_BODY)):
        got = (shape.left, shape.top, shape.width, shape.height)
        assert all(abs(g - e) <= 200 for g, e in zip(got, expected)), (got, expected)
    # the two columns sit in the Two Content layout's two content placeholders
    columns = prs.slides[6]
    layout_boxes = sorted((p.left, p.width) for p in columns.slide_layout.placeholders
                          if p.placeholder_format.type == 7)  # OBJECT
    slide_boxes = sorted((p.left, p.width) for p in columns.placeholders if p.placeholder_format.idx in (1, 2))
    assert len(slide_boxes) == 2
    assert all(abs(a[0] - b[0]) <= 200 and abs(a[1] - b[1]) <= 200 for a, b in zip(layout_boxes, slide_boxes))


def test_theme_colours_and_fonts_flow_into_the_style(corporate, tmp_path):
    _, pptx, _ = corporate
    run = Presentation(pptx).slides[2].shapes.title.text_frame.paragraphs[0].runs[0]
    assert str(run.font.color.rgb) == "004B87" and run.font.name == "Liberation Sans"
    _, own, _ = _build(tmp_path, make_corporate, 'colors: {primary: "#123456"}\n')
    run = Presentation(own).slides[2].shapes.title.text_frame.paragraphs[0].runs[0]
    assert str(run.font.color.rgb) == "123456"  # a value the style sets wins over the theme


def _reachable(z: zipfile.ZipFile) -> tuple[set[str], list[str]]:
    names = set(z.namelist())
    seen, dangling, todo = set(), [], ["_rels/.rels"]
    while todo:
        rels = todo.pop()
        base = posixpath.dirname(posixpath.dirname(rels))
        for target, mode in re.findall(r'Target="([^"]+)"(?: TargetMode="(\w+)")?', z.read(rels).decode()):
            if mode == "External":
                continue
            part = posixpath.normpath(posixpath.join(base, target)).lstrip("/")
            if part not in names:
                dangling.append(part)
                continue
            if part in seen:
                continue
            seen.add(part)
            part_rels = posixpath.join(posixpath.dirname(part), "_rels", posixpath.basename(part) + ".rels")
            if part_rels in names:
                todo.append(part_rels)
    return seen, dangling


def test_template_slides_are_removed_without_orphaned_parts(corporate):
    _, pptx, _ = corporate
    z = zipfile.ZipFile(pptx)
    seen, dangling = _reachable(z)
    assert dangling == []
    parts = {n for n in z.namelist() if not n.endswith(".rels") and n != "[Content_Types].xml"}
    assert parts - seen == set(), "orphaned parts"
    everything = b"".join(z.read(n) for n in z.namelist())
    assert b"Old template slide" not in everything
    assert len([n for n in parts if re.match(r"ppt/slides/slide\d+\.xml$", n)]) == 8
    master = z.read("ppt/slideMasters/slideMaster1.xml").decode()
    assert "<p:pic>" in master  # the template's logo stays on its master


def test_a_4x3_template(tmp_path):
    project, pptx, _ = _build(tmp_path, make_plain_4x3)
    prs = Presentation(pptx)
    assert (prs.slide_width, prs.slide_height) == (Emu(9144000), Emu(6858000))
    from pypdf import PdfReader

    assert len(PdfReader(project.dist / "t-handout.pdf").pages) >= 3


def test_a_template_without_a_two_content_layout_falls_back_with_a_warning(tmp_path):
    project, pptx, result = _build(tmp_path, make_without_columns)
    assert ("warning: template: no layout has what columns slides want; using 'Title and Content', which has no "
            "two content placeholders side by side") in result.stderr
    slide = [s for s in Presentation(pptx).slides if s.shapes.title.text_frame.text == "Two sides"][0]
    texts = [s.text_frame.text for s in slide.shapes if s.has_text_frame]
    assert "L1\nL2" in texts and "R1" in texts


def test_libreoffice_converts_a_deck_built_on_a_template(corporate, tmp_path):
    _, pptx, _ = corporate
    from render.test_soffice import assert_text_on_slides_without_overlap

    pages = assert_text_on_slides_without_overlap(soffice_to_pdf(pptx, tmp_path / "lo"))
    assert len(pages) == 8


def test_check_template_reports_offers_and_fallbacks(tmp_path):
    tpl = tmp_path / "no-columns.pptx"
    make_without_columns(tpl)
    result = Project(tmp_path).run("check", "--template", str(tpl))
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("template no-columns.pptx: 4:3 (720×540pt), 9 layouts")
    assert "  layout 'Title Only': title, dt, ftr, sldNum" in out
    assert "  bullets slides: 'Title and Content' (ok)" in out
    assert "  columns slides: 'Title and Content' (fallback — no layout has what columns slides want" in out


def test_layouts_named_in_the_style(tmp_path):
    project = Project(tmp_path)
    make_plain_4x3(tmp_path / "corp.pptx")
    project.write("assets/styles/n.yaml", "pptx: {template: ../../corp.pptx, layouts: {other: Blank, "
                                          "bullets: Content with Caption}}\n")
    deck = dict(SIMPLE_DECK)
    deck["deck.yaml"] += "style: n\n"
    deck["02-second.yaml"] += EXTRA
    project.deck("t", deck)
    result = project.run("build")
    assert result.exit_code == 0, result.output
    layouts = [s.slide_layout.name for s in Presentation(project.dist / "t.pptx").slides]
    assert layouts[2] == "Content with Caption" and layouts[-1] == "Blank"
    assert "warning: template: layout 'Blank' has no title placeholder" in result.stderr


def test_a_broken_template_is_a_positioned_error(tmp_path):
    project = Project(tmp_path)
    project.write("t.pptx", "not a zip")
    project.write("assets/styles/b.yaml", "pptx: {template: ../../t.pptx}\n")
    deck = dict(SIMPLE_DECK)
    deck["deck.yaml"] += "style: b\n"
    project.deck("t", deck)
    result = project.run("build")
    assert result.exit_code == 1
    assert "assets/styles/b.yaml:1:18: error: template 't.pptx' is not a PowerPoint file" in result.stderr


def test_a_template_without_layouts_is_a_positioned_error(tmp_path):
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT

    prs = Presentation()
    master = prs.slide_master
    id_list = master.element.find("{http://schemas.openxmlformats.org/presentationml/2006/main}sldLayoutIdLst")
    for entry in list(id_list):
        id_list.remove(entry)
    for rid, rel in list(master.part.rels.items()):
        if rel.reltype == RT.SLIDE_LAYOUT:
            master.part.drop_rel(rid)
    project = Project(tmp_path)
    prs.save(tmp_path / "t.pptx")
    project.write("assets/styles/b.yaml", "pptx: {template: ../../t.pptx}\n")
    deck = dict(SIMPLE_DECK)
    deck["deck.yaml"] += "style: b\n"
    project.deck("t", deck)
    result = project.run("build")
    assert result.exit_code == 1, result.output
    assert ("assets/styles/b.yaml:1:18: error: template 't.pptx' has no slide layouts, so there is nothing "
            "to build slides on") in result.stderr
    assert "Insert Layout" in result.stderr and "Traceback" not in result.output
    assert not project.dist.exists() or not any(project.dist.iterdir())
    result = project.run("check", "--template", "t.pptx")
    assert result.exit_code == 1
    assert "t.pptx: error: template 't.pptx' has no slide layouts" in result.output


def _image_sizes(pdf: Path) -> list[tuple[int, int]]:
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        return [tuple(int(v) for v in image["srcsize"]) for page in doc.pages for image in page.images]


def test_handout_miniatures_show_the_templates_master_and_layout_pictures(tmp_path):
    from render.test_real_templates import make_company_template

    project, pptx, _ = _build(tmp_path, make_company_template)
    slides = Presentation(pptx).slides
    sizes = _image_sizes(project.dist / "t-handout.pdf")
    # the master's logo (240×80) and background picture (320×180) on every miniature, the title layout's
    # band (400×40) on the title slide's only; the deck shows them through its layouts
    assert sizes.count((240, 80)) == len(slides)
    assert sizes.count((320, 180)) == len(slides)
    assert sizes.count((400, 40)) == 1
    assert all(not any(s.name in ("Logo", "Band") for s in slide.shapes) for slide in slides)


def test_the_style_logo_is_drawn_on_every_slide_in_both_outputs(tmp_path):
    from PIL import Image

    project = Project(tmp_path)
    logo = tmp_path / "assets" / "images" / "logo.png"
    logo.parent.mkdir(parents=True)
    Image.new("RGB", (300, 100), (200, 30, 40)).save(logo)
    project.write("assets/styles/l.yaml", "logo: ../images/logo.png\n")
    deck = dict(SIMPLE_DECK)
    deck["deck.yaml"] += "style: l\n"
    project.deck("t", deck)
    result = project.run("build")
    assert result.exit_code == 0, result.output
    prs = Presentation(project.dist / "t.pptx")
    placed = set()
    for slide in prs.slides:
        logos = [s for s in slide.shapes if s.shape_type == 13 and s.name.startswith("Logo ")]
        assert len(logos) == 1 and logos[0].image.blob == logo.read_bytes()
        shape = logos[0]
        placed.add((shape.left, shape.top, shape.width, shape.height))
        assert shape.left < prs.slide_width / 4 and shape.top + shape.height <= prs.slide_height  # bottom left
        assert abs(shape.width / shape.height - 3) < 0.01  # its aspect ratio kept
    assert len(placed) == 1  # the same place on every slide
    assert _image_sizes(project.dist / "t-handout.pdf").count((300, 100)) == len(prs.slides)
