"""Composition of the slide kinds, measured on a committed stress deck (tests/visual/stress-kinds): long
titles, 8-column and 34-row tables, long code lines alone and beside bullets, uneven columns, a wide picture
beside bullets, on 16:9 slides with A4 handouts and on 4:3 slides with letter handouts.

Every check reads what a user gets: the PPTX through python-pptx, the deck as LibreOffice renders it and
the handout through pdfplumber. Floors come from the deck's own style.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pdfplumber
import pytest
from pptx import Presentation
from pptx.enum.text import PP_ALIGN
from pptx.util import Emu

from conftest import Project, need_tool, soffice_to_pdf
from deckbuild.diagnostics import Diagnostics
from deckbuild.loader import load_deck
from deckbuild.style_loader import StyleLoader

STRESS = Path(__file__).parent / "stress-kinds"
NAME = "stress-kinds"
DECKS = {"wide": NAME, "compact": f"{NAME}-compact"}  # 16:9 + A4, and the 4:3 + letter audience
TOKENS = ("RefCell<T>", "Arc<Mutex<T>>", "Rc<T>", "Box<dyn", "Fn>")


@pytest.fixture(scope="module")
def stress(tmp_path_factory):
    """Return (project, style, warnings) after building the stress deck plain and for every audience."""
    project = Project(tmp_path_factory.mktemp("stress"))
    shutil.copytree(STRESS, project.root / "outlines" / NAME)
    plain = project.run("build")
    assert plain.exit_code == 0, plain.output
    every = project.run("build", "--audience", "all")
    assert every.exit_code == 0, every.output
    folder = project.root / "outlines" / NAME
    diags = Diagnostics()
    deck = load_deck(folder, diags)
    style = StyleLoader(project.root, diags).load(deck.style, folder, deck.style_pos)
    assert style is not None, [d.format() for d in diags]
    return project, style, plain.stderr + every.stderr


def _slides(project, which):
    return list(Presentation(project.dist / f"{DECKS[which]}.pptx").slides)


def _title(slide) -> str:
    return slide.shapes.title.text_frame.text if slide.shapes.title is not None else ""


def _by_title(project, which, start: str):
    return [s for s in _slides(project, which) if _title(s).startswith(start)]


def _pt(size) -> float:
    return Emu(size).pt


def _runs(shape):
    for p in shape.text_frame.paragraphs:
        for r in p.runs:
            if r.text.strip():
                yield p, r


@pytest.mark.parametrize("which", list(DECKS))
def test_no_slide_text_below_its_floor(stress, which):
    project, style, _ = stress
    floors = {"title": style.sizes.min_title, "body": style.sizes.min_body, "cell": style.sizes.min_body,
              "code": style.code.min_size, "column": style.sizes.min_body}
    seen = set()
    for slide in _slides(project, which):
        for shape in slide.shapes:
            if shape.has_table:
                cells = [c for row in shape.table.rows for c in row.cells]
                for cell in cells:
                    for p in cell.text_frame.paragraphs:
                        for r in p.runs:
                            seen.add("cell")
                            assert _pt(r.font.size) >= floors["cell"], (_title(slide), r.text, _pt(r.font.size))
                continue
            if not shape.has_text_frame:
                continue
            if shape.is_placeholder and shape.placeholder_format.type is not None and shape == slide.shapes.title:
                kind = "title"
            elif shape.is_placeholder and shape.placeholder_format.idx == 1:
                kind = "body"
            elif re.fullmatch(r"Code \d+", shape.name):
                kind = "code"
            elif shape.name.startswith("Column-Title"):
                kind = "column"
            else:
                continue
            for p, r in _runs(shape):
                if kind == "body" and p.level > 0:
                    continue
                seen.add(kind)
                assert _pt(r.font.size) >= floors[kind], (_title(slide), kind, r.text, _pt(r.font.size))
    assert seen == set(floors)


def test_long_code_lines_wrap_with_a_mark_and_the_listing_continues(stress):
    project, style, warnings = stress
    for title in ("A listing with long lines", "Code beside bullets"):
        slide = _by_title(project, "wide", title)[0]
        code = next(s for s in slide.shapes if re.fullmatch(r"Code \d+", s.name))
        rows = [p.text for p in code.text_frame.paragraphs]
        assert any(r.startswith("↪") for r in rows), rows
    assert re.search(r"code line 2 is too long for the slide even at 16pt \(code.min_size\), so long lines wrap",
                     warnings)


@pytest.mark.parametrize("which", list(DECKS))
def test_numeric_columns_and_their_headers_are_right_aligned(stress, which):
    project, _, _ = stress
    for title, numeric in (("Eight columns", {3, 4, 5, 6, 7}), ("Thirty-four rows", {1, 2, 3})):
        for slide in _by_title(project, which, title):
            table = next(s for s in slide.shapes if s.has_table).table
            for row in table.rows:
                for j, cell in enumerate(row.cells):
                    align = cell.text_frame.paragraphs[0].alignment
                    assert (align == PP_ALIGN.RIGHT) == (j in numeric), (title, j, cell.text, align)


@pytest.mark.parametrize("which", list(DECKS))
def test_no_token_is_broken_inside_a_cell_of_the_handout(stress, which):
    project, _, _ = stress
    with pdfplumber.open(project.dist / f"{DECKS[which]}-handout.pdf") as pdf:
        lines = [line for page in pdf.pages for line in (page.extract_text() or "").splitlines()]
    for token in TOKENS:
        assert any(token in line for line in lines), (token, [ln for ln in lines if token[:3] in ln])


def test_continued_tables_keep_min_body(stress):
    project, style, warnings = stress
    parts = _by_title(project, "wide", "Thirty-four rows")
    assert len(parts) >= 2
    for slide in parts:
        table = next(s for s in slide.shapes if s.has_table).table
        sizes = {_pt(r.font.size) for row in table.rows for c in row.cells for p in c.text_frame.paragraphs
                 for r in p.runs}
        assert min(sizes) >= style.sizes.min_body
    assert re.search(rf"a table of 34 rows does not fit on one slide even at {style.sizes.min_body:g}pt \(min_body\); "
                     r"continued on slides \d+–\d+ at \d+pt", warnings)


@pytest.mark.parametrize("which", list(DECKS))
def test_a_wide_picture_beside_bullets_starts_level_with_them_and_fills_its_column(stress, which):
    project, style, _ = stress
    slide = _by_title(project, which, "A wide picture beside bullets")[0]
    body = next(s for s in slide.placeholders if s.placeholder_format.idx == 1)
    picture = next(s for s in slide.shapes if s.shape_type == 13)  # MSO_SHAPE_TYPE.PICTURE
    first = body.text_frame.paragraphs[0].runs[0].font.size
    assert abs(picture.top - body.top) <= first * 0.5  # level with the first line, not centred
    width = _pt(Presentation(project.dist / f"{DECKS[which]}.pptx").slide_width)
    content_w = width - 2 * round(width * 0.06, 2)
    fills_height = picture.height >= 0.7 * body.height
    fills_width = _pt(picture.width) >= 0.5 * content_w
    assert fills_height or fills_width, (_pt(picture.width), _pt(picture.height), _pt(body.height))
    assert body.left + body.width <= picture.left


@pytest.mark.parametrize("which", list(DECKS))
def test_column_rules_and_first_bullets_line_up(stress, which):
    project, _, _ = stress
    slide = _by_title(project, which, "Uneven columns")[0]
    rules = [s for s in slide.shapes if s.name.startswith("Column rule")]
    bodies = [s for s in slide.shapes if re.fullmatch(r"(Content|Body) \d+", s.name)]
    assert len(rules) == 3 and len(bodies) == 3
    assert len({r.top for r in rules}) == 1, [r.top for r in rules]
    assert len({b.top for b in bodies}) == 1, [b.top for b in bodies]


def test_sections_divider_auto_skips_a_section_of_one_slide(stress):
    project, _, _ = stress
    titles = [_title(s) for s in _slides(project, "wide")]
    first = titles.index("One slide in its section")
    assert titles[first - 1] != "Closing"  # no divider before the only slide of its section
    assert "Tables" in titles  # a section of two slides keeps its divider


@pytest.fixture(scope="module")
def rendered(stress, tmp_path_factory):
    """Return the 16:9 deck as LibreOffice renders it to PDF."""
    need_tool("soffice")
    project, _, _ = stress
    out = tmp_path_factory.mktemp("rendered")
    return soffice_to_pdf(project.dist / f"{DECKS['wide']}.pptx", out)


def test_a_divider_title_sits_in_the_top_third(stress, rendered):
    with pdfplumber.open(rendered) as pdf:
        page = next(p for p in pdf.pages if "Tables" in (p.extract_text() or "")
                    and "Section 2 of" in (p.extract_text() or ""))
        words = [w for w in page.extract_words() if w["text"] == "Tables"]
        assert words and words[0]["bottom"] <= page.height / 3, (words, page.height)


def test_a_long_title_keeps_min_title_and_says_so(stress):
    project, style, warnings = stress
    slide = _by_title(project, "wide", "A title long enough")[0]
    sizes = {_pt(r.font.size) for _, r in _runs(slide.shapes.title)}
    assert sizes == {style.sizes.min_title}
    number = [_title(s) for s in _slides(project, "wide")].index(_title(slide)) + 1
    assert f"warning: slide {number}: the title does not fit in 2 lines even at {style.sizes.min_title:g}pt " \
           "(min_title)" in warnings


def test_a_sparse_slide_is_balanced(stress):
    project, style, _ = stress
    assert style.balance == "center"
    slide = _by_title(project, "wide", "Three short points")[0]
    body = next(s for s in slide.placeholders if s.placeholder_format.idx == 1)
    assert body.text_frame._txBody.bodyPr.get("anchor") == "ctr"
