"""The deck as PowerPoint sees it: reopened with python-pptx."""

from __future__ import annotations

import zipfile

from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.util import Emu

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"


def _placeholder(slide, *types):
    for shape in slide.placeholders:
        if shape.placeholder_format.type in types:
            return shape
    return None


def test_titles_are_in_title_placeholders(built):
    _, pptx, _ = built
    prs = Presentation(pptx)
    titles = []
    for slide in prs.slides:
        ph = _placeholder(slide, PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
        assert ph is not None
        titles.append(ph.text_frame.text)
    assert titles == ["Sample Deck", "First Section", "Alpha slide", "Beta slide", "Second Section", "Gamma slide"]
    assert _placeholder(prs.slides[0], PP_PLACEHOLDER.CENTER_TITLE) is not None
    assert _placeholder(prs.slides[0], PP_PLACEHOLDER.SUBTITLE).text_frame.text == "A subtitle"


def test_bullets_are_paragraphs_with_levels(built):
    _, pptx, _ = built
    slide = Presentation(pptx).slides[2]
    body = _placeholder(slide, PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT)
    paras = [(p.level, "".join(r.text for r in p.runs)) for p in body.text_frame.paragraphs]
    assert paras == [(0, "One"), (0, "Two"), (1, "Two point one"), (1, "Two point two"), (2, "Level three"),
                     (3, "Level four")]
    for p in body.text_frame.paragraphs:  # a real bullet character on every bullet paragraph
        assert p._p.pPr.find(f"{A}buChar") is not None


def test_speaker_notes_are_on_notes_pages(built):
    _, pptx, _ = built
    prs = Presentation(pptx)
    notes = {s.shapes.title.text_frame.text: s.notes_slide.notes_text_frame.text for s in prs.slides
             if s.has_notes_slide}
    assert notes["Alpha slide"] == "Notes for alpha."
    assert notes["Beta slide"] == "Notes for beta, first paragraph.\nSecond paragraph of beta notes."
    assert notes["Gamma slide"] == "Notes for gamma."
    assert not prs.slides[0].has_notes_slide


def test_footer_placeholder_with_slide_number_field(built):
    _, pptx, _ = built
    prs = Presentation(pptx)
    for number, slide in enumerate(prs.slides, 1):
        footer = _placeholder(slide, PP_PLACEHOLDER.FOOTER)
        if number == 1:
            assert footer is None  # no footer on the title slide
            continue
        assert footer.text_frame.text == f"Sample Deck · {number}/6"
        fields = footer._element.findall(f".//{A}fld")
        assert [f.get("type") for f in fields] == ["slidenum"]


def test_slide_size_fonts_sizes_and_colours_follow_the_style(built):
    _, pptx, _ = built
    prs = Presentation(pptx)
    assert (prs.slide_width, prs.slide_height) == (Emu(12192000), Emu(6858000))
    title = prs.slides[2].shapes.title
    run = title.text_frame.paragraphs[0].runs[0]
    assert run.font.name == "Liberation Sans"
    assert str(run.font.color.rgb) == "1F3B5B"
    assert run.font.bold is True
    assert run.font.size.pt == 36
    body = _placeholder(prs.slides[2], PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT)
    sizes = [p.runs[0].font.size.pt for p in body.text_frame.paragraphs]
    assert sizes[:2] == [28, 28] and sizes == sorted(sizes, reverse=True)  # default body 28pt, deeper levels smaller
    for p in body.text_frame.paragraphs:
        assert str(p.runs[0].font.color.rgb) == "1A1A1A"
    # no autofit: the layout decided the sizes; PowerPoint must not change them
    text_bodies = [sp for slide in prs.slides for sp in slide.shapes._spTree.iter(f"{P}txBody")]
    assert len(text_bodies) > 12
    for tx in text_bodies:
        assert tx.find(f"{A}bodyPr/{A}noAutofit") is not None
    # the theme's fonts are the style's, so text typed in PowerPoint matches
    theme = zipfile.ZipFile(pptx).read("ppt/theme/theme1.xml").decode()
    assert '<a:latin typeface="Liberation Sans"' in theme


def test_section_slides_use_the_primary_colour_background(built):
    _, pptx, _ = built
    prs = Presentation(pptx)
    section = prs.slides[1]
    assert str(section.background.fill.fore_color.rgb) == "1F3B5B"
    assert section.slide_layout.name == "Section Header"
    assert prs.slides[2].slide_layout.name == "Title and Content"


def test_package_has_fixed_timestamps(built):
    _, pptx, _ = built
    for info in zipfile.ZipFile(pptx).infolist():
        assert info.date_time == (2000, 1, 1, 0, 0, 0)
