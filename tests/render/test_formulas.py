"""Formulas: display (`math:`) and inline (`$…$`) LaTeX, as pictures with their LaTeX as alt text in the deck
and as vector paths in the handout, without a TeX installation; unreadable LaTeX is a positioned error."""

from __future__ import annotations

import io
import zipfile

import pdfplumber
import pytest
from PIL import Image
from pptx.enum.shapes import MSO_SHAPE_TYPE

from conftest import Project, build_and_open, soffice_to_pdf
from deckbuild import markup

SUM = r"\sum_{i=1}^{n} i = \frac{n(n+1)}{2}"
RECURRENCE = r"T(n) = T\left(\frac{n}{2}\right) + O(1)"

MATH_DECK = {
    "deck.yaml": "title: Math deck\n",
    "01.yaml": f"""section: Math
slides:
  - title: Display
    math:
      - '{SUM}'
      - '{RECURRENCE}'
  - title: Inline
    bullets:
      - 'Binary search needs $O(\\log n)$ steps'
      - Prices stay text, $5 and $10
  - title: Beside
    bullets: [A recurrence]
    math: '$T(n) = O(\\log n)$'
""",
}


@pytest.fixture(scope="module")
def math_deck(tmp_path_factory):
    built = build_and_open(tmp_path_factory.mktemp("math"), "m", MATH_DECK)
    return built.project, built.slides, built.result


def _pictures(slide):
    return [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]


def test_display_formulas_are_pictures_with_their_spoken_form_as_description(math_deck):
    from deckbuild.speech import linear

    _, slides, result = math_deck
    pics = _pictures(slides["Display"])
    assert [p._element.nvPicPr.cNvPr.get("descr") for p in pics] == [linear(SUM), linear(RECURRENCE)]
    assert "\\" not in "".join(linear(f) for f in (SUM, RECURRENCE))  # words and symbols, not LaTeX
    for pic in pics:
        image = Image.open(io.BytesIO(pic.image.blob))
        assert pic.image.content_type == "image/png" and image.mode in ("P", "RGBA")
        dpi = image.size[0] / (pic.width / 914400)
        assert dpi >= 300  # a high-resolution picture, not a screen grab
        assert image.convert("RGBA").getpixel((0, 0))[3] == 0  # transparent around the formula
    assert pics[0].top + pics[0].height <= pics[1].top  # stacked, not overlapping
    assert "warning" not in result.stderr


def test_dollars_are_read_by_pandocs_rule():
    assert markup.formulas(r"takes $O(\log n)$ steps") == [r"O(\log n)"]
    assert markup.formulas("costs $5 and $10") == []
    assert markup.formulas("$20-$30, or $ x$") == []
    assert markup.formulas(r"escaped \$x$ stays") == []
    assert markup.plain(r"takes $O(\log n)$ steps") == r"takes O(\log n) steps"


def test_inline_formulas_sit_in_their_line(math_deck):
    _, slides, _ = math_deck
    slide = slides["Inline"]
    body = next(s for s in slide.placeholders if s.placeholder_format.idx == 1)
    first, second = body.text_frame.paragraphs
    assert first.text == "Binary search needs O(log n) steps"  # the formula's place: its words, invisible
    assert second.text == "Prices stay text, $5 and $10"
    place = first.runs[1]._r
    assert place.rPr.get("spc") is not None and place.rPr.find(
        "{http://schemas.openxmlformats.org/drawingml/2006/main}noFill") is not None
    (pic,) = _pictures(slide)
    assert pic._element.nvPicPr.cNvPr.get("descr") == "O(log n)"
    assert body.left < pic.left and pic.left + pic.width < body.left + body.width
    line_h = first.runs[0].font.size * 1.15
    anchor = body.text_frame._txBody.bodyPr.get("anchor")
    if anchor == "ctr":  # a sparse body is centred (body.balance: center): two lines about the middle
        mid = body.top + body.height / 2
        assert mid - line_h * 1.5 <= pic.top and pic.top + pic.height <= mid + line_h * 0.3  # the first line
    else:
        assert body.top <= pic.top and pic.top + pic.height <= body.top + line_h * 1.3  # on the first line


def _page_with(pdf, words: str):
    return next(p for p in pdf.pages if words in (p.extract_text() or ""))


def test_the_handout_draws_formulas_as_vector_paths(math_deck):
    project, _, _ = math_deck
    with pdfplumber.open(project.dist / "m-handout.pdf") as pdf:
        page = _page_with(pdf, "Display")
        assert not page.images  # no pictures: the formula is outlines
        text_color = tuple(int("1A1A1A"[i:i + 2], 16) / 255 for i in (0, 2, 4))
        filled = [c for c in page.curves if c.get("fill") and c.get("non_stroking_color") and all(
            abs(a - b) < 0.01 for a, b in zip(c["non_stroking_color"], text_color))]
        assert len(filled) >= 10  # glyph outlines of Σ, i, n, =, the fraction…
        assert "sum" not in page.extract_text()  # the LaTeX is drawn, not printed as text
        inline = _page_with(pdf, "Binary search needs")
        assert not inline.images and len(inline.curves) >= 3  # O, (, log, n, ) as outlines in the line


LATEX_ERRORS = {
    "deck.yaml": "title: Errors\n",
    "01.yaml": r"""section: Errors
slides:
  - title: Display
    math: '\frac{a'
  - title: Inline
    bullets: ['fast: $O(\alpah n)$ here']
  - title: Double quotes
    math: "\theta"
""",
}


def test_unreadable_latex_is_a_positioned_error(tmp_path):
    project = Project(tmp_path)
    project.deck("e", LATEX_ERRORS)
    result = project.run("build")
    assert result.exit_code == 1
    err = result.stderr
    assert ("outlines/e/01.yaml:4:11: error: formula 1 of 'math': cannot read the formula '\\frac{a': Expected "
            "\\frac{num}{den}, found '{' (at character 6)") in err
    assert ("outlines/e/01.yaml:6:22: error: cannot read the formula 'O(\\alpah n)': unknown command \\alpah "
            "(at character 3) — did you mean '\\alpha'?") in err
    assert ("outlines/e/01.yaml:8:11: error: formula 1 of 'math' holds the escape \\t: in double quotes YAML reads "
            "a backslash as an escape — write the formula in single quotes or as a block (|)") in err
    assert not (project.dist / "e.pptx").exists()


def test_code_and_math_decks_are_byte_identical_on_every_build(tmp_path):
    project = Project(tmp_path)
    files = dict(MATH_DECK)
    files["deck.yaml"] = "title: Math deck\nreveal: true\n"
    files["02.yaml"] = """section: Code
slides:
  - title: Listing
    code: {lang: python, line_numbers: true, highlight: 2, text: "x = 1\\ny = x + 1  # $y$ stays code\\n"}
"""
    project.deck("m", files)
    assert project.run("build").exit_code == 0
    first = {n: (project.dist / n).read_bytes() for n in ("m.pptx", "m-handout.pdf")}
    assert b"<p:timing>" in zipfile.ZipFile(io.BytesIO(first["m.pptx"])).read("ppt/slides/slide4.xml")
    assert project.run("build", "--out", str(tmp_path / "again")).exit_code == 0
    for name, data in first.items():
        assert (tmp_path / "again" / name).read_bytes() == data, name
    with zipfile.ZipFile(io.BytesIO(first["m.pptx"])) as z:
        assert any(n.startswith("ppt/media/") and n.endswith(".png") for n in z.namelist())


def test_libreoffice_keeps_the_inline_formulas_room(math_deck, tmp_path):
    from test_soffice import word_boxes

    project, slides, _ = math_deck
    (pic,) = _pictures(slides["Inline"])
    pdf = soffice_to_pdf(project.dist / "m.pptx", tmp_path / "lo")
    words = next(words for _, _, words, _ in word_boxes(pdf) if any(w[4] == "needs" for w in words))
    needs = next(w for w in words if w[4] == "needs")
    steps = next(w for w in words if w[4] == "steps")
    space = 24 * 0.278  # a space of Liberation Sans at 24pt
    formula = pic.width / 12700  # EMU → points (the picture has a little room around the ink)
    assert abs((steps[0] - needs[2]) - (formula + 2 * space)) < 4
