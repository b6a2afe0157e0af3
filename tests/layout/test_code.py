"""Code listings: highlighted runs in the mono font, exact spaces, line numbers and highlighted lines,
shrinking then continuing between lines (never clipped), and every problem reported with its position."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pytest
from pptx import Presentation

from conftest import Project, build_and_open, lay_out
from deckbuild.layout.boxes import Rect, TextFrame

SEARCH = '''def binary_search(items, target):
    """Return the index of target, or -1."""
    lo, hi = 0, len(items) - 1
    while lo <= hi:  # still a range
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1'''


def _block(text: str, indent: int = 8) -> str:
    return "\n".join(" " * indent + line if line else "" for line in text.split("\n"))


CODE_DECK = {
    "deck.yaml": "title: Code deck\n",
    "01.yaml": f"""section: Code
slides:
  - title: Search
    code:
      lang: python
      line_numbers: true
      highlight: [5, "9-11"]
      text: |
{_block(SEARCH)}
  - title: Spaces
    code:
      lang: text
      text: |
        a  =   1
            b	= 2
  - title: Beside bullets
    bullets: [Looks at the middle, Discards half]
    code: "mid = (lo + hi) // 2"
""",
}


def _build(tmp_path: Path, files: dict, *args: str):
    project = Project(tmp_path)
    project.deck("d", files)
    result = project.run("build", *args)
    return project, result


def _code_shape(slide):
    return next(s for s in slide.shapes if re.fullmatch(r"Code \d+", s.name))


@pytest.fixture(scope="module")
def code_deck(tmp_path_factory):
    built = build_and_open(tmp_path_factory.mktemp("code"), "d", CODE_DECK)
    return built.project, built.slides


def test_code_runs_carry_the_highlight_colours_and_the_mono_font(code_deck):
    _, slides = code_deck
    paras = _code_shape(slides["Search"]).text_frame.paragraphs
    first = {r.text.strip(): r for r in paras[0].runs}
    assert str(first["def"].font.color.rgb) == "1F3B5B" and first["def"].font.bold  # keyword: style colour
    assert str(first["binary_search"].font.color.rgb) == "0B6E99"  # name.function
    doc = {r.text.strip(): r for r in paras[1].runs}
    assert str(doc['"""Return the index of target, or -1."""'].font.color.rgb) == "A5541B"  # string
    comment = next(r for r in paras[3].runs if r.text.startswith("#"))
    assert str(comment.font.color.rgb) == "56606E"  # the built-in comment colour, darkened for WCAG AA
    numbers = [r for p in paras for r in p.runs if r.text.strip() in ("0", "1", "2")]
    assert numbers and all(str(r.font.color.rgb) == "B42318" for r in numbers)  # number
    assert {r.font.name for p in paras for r in p.runs} == {"Liberation Mono"}


def test_code_is_real_text_with_its_exact_spaces(code_deck):
    _, slides = code_deck
    search = _code_shape(slides["Search"]).text_frame
    assert [p.text for p in search.paragraphs] == SEARCH.split("\n")  # one paragraph per line, indents kept
    spaces = _code_shape(slides["Spaces"]).text_frame
    assert [p.text for p in spaces.paragraphs] == ["a  =   1", "    b   = 2"]  # runs of spaces; tab → 4 columns


def test_line_numbers_are_a_column_of_their_own(code_deck):
    _, slides = code_deck
    slide = slides["Search"]
    numbers = next(s for s in slide.shapes if re.fullmatch(r"Line Numbers \d+", s.name))
    code = _code_shape(slide)
    assert [p.text for p in numbers.text_frame.paragraphs] == [str(i) for i in range(1, 13)]
    assert numbers.left + numbers.width <= code.left  # copying the code copies no numbers
    assert not any(s.name.startswith("Line Numbers") for s in slides["Spaces"].shapes)  # only when asked


def test_the_pdf_has_the_code_as_extractable_text(code_deck):
    project, _ = code_deck
    with pdfplumber.open(project.dist / "d-handout.pdf") as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    for line in ("def binary_search(items, target):", "mid = (lo + hi) // 2", "return -1"):
        assert line in text, line


def test_highlighted_lines_sit_on_bands(tmp_path):
    pages, diags, style = lay_out(tmp_path, CODE_DECK)
    page = next(p for p in pages if p.title == "Search")
    code = next(b for b in page.boxes if isinstance(b, TextFrame) and b.role == "code")
    bands = [b for b in page.boxes if isinstance(b, Rect) and b.name == "Highlight"]
    tops = [code.y + p.top for p in code.paragraphs]
    line_h = code.paragraphs[0].line_height
    assert [(round(b.y, 2), round(b.h, 2)) for b in bands] == [(round(tops[4], 2), round(line_h, 2)),
                                                                (round(tops[8], 2), round(3 * line_h, 2))]
    assert all(b.fill == style.code.highlight for b in bands)
    panel = next(b for b in page.boxes if isinstance(b, Rect) and b.name == "Code panel")
    assert panel.fill == style.code.background
    assert panel.y <= code.y and code.y + code.content_height <= panel.y + panel.h
    assert page.boxes.index(panel) < page.boxes.index(bands[0]) < page.boxes.index(code)  # drawn beneath
    assert not diags.warnings


def _long_deck(lines: int, line: str = "value_{i} = compute(value_{j}) + {i}") -> dict:
    text = "\n".join(line.format(i=i, j=i - 1) for i in range(1, lines + 1))
    return {"deck.yaml": "title: Long\n",
            "01.yaml": f"section: Long\nslides:\n  - title: Listing\n    code:\n      lang: python\n"
                       f"      line_numbers: true\n      text: |\n{_block(text)}\n"}


def test_long_code_shrinks_to_its_floor_at_most_then_continues_between_lines(tmp_path):
    pages, diags, style = lay_out(tmp_path, _long_deck(60))
    parts = [p for p in pages if p.title.startswith("Listing")]
    assert len(parts) >= 2 and parts[1].title == f"Listing (cont. 2/{len(parts)})"
    frames = [next(b for b in p.boxes if isinstance(b, TextFrame) and b.role == "code") for p in parts]
    shown = ["".join(f.text for ln in para.lines for f in ln.frags) for fr in frames for para in fr.paragraphs]
    assert shown == [f"value_{i} = compute(value_{i - 1}) + {i}" for i in range(1, 61)]  # every line, once, in order
    sizes = {para.runs[0].size for fr in frames for para in fr.paragraphs}
    assert len(sizes) == 1 and style.code.min_size <= sizes.pop() <= style.code.size
    for page, frame in zip(parts, frames):
        assert all(len(para.lines) == 1 for para in frame.paragraphs)  # no line wrapped
        assert frame.fits and frame.y + frame.h <= page.height and frame.x + frame.w <= page.width
    numbers = [next(b for b in p.boxes if isinstance(b, TextFrame) and b.role == "line numbers") for p in parts]
    assert "".join(n.paragraphs[0].runs[0].text for n in numbers[1:2]) == str(len(frames[0].paragraphs) + 1)
    assert any(re.search(rf"60 lines of code do not fit on one slide even at {style.code.min_size:g}pt "
                             r"\(code.min_size\); split into slides \d+–\d+ at \d+pt between lines", d.message)
               for d in diags.warnings)


def test_a_few_more_lines_only_shrink_the_code(tmp_path):
    pages, diags, style = lay_out(tmp_path, _long_deck(14))
    parts = [p for p in pages if p.title.startswith("Listing")]
    frame = next(b for b in parts[0].boxes if isinstance(b, TextFrame) and b.role == "code")
    size = frame.paragraphs[0].runs[0].size
    assert len(parts) == 1 and style.sizes.min_body <= size < style.code.size
    assert [d.message for d in diags.warnings] == [f"slide {parts[0].number}: code shrunk from "
                                                   f"{style.code.size:g}pt to {size:g}pt to fit"]


def test_a_line_too_long_at_the_floor_wraps_with_a_mark_never_smaller_never_clipped(tmp_path):
    long_line = "x = [" + ", ".join(str(i) for i in range(45)) + "]"
    pages, diags, style = lay_out(tmp_path, _long_deck(3, long_line + "  # {i} {j}"))
    page = next(p for p in pages if p.title == "Listing")
    frame = next(b for b in page.boxes if isinstance(b, TextFrame) and b.role == "code")
    panel = next(b for b in page.boxes if isinstance(b, Rect) and b.name == "Code panel")
    rows = ["".join(f.text for ln in para.lines for f in ln.frags) for para in frame.paragraphs]
    assert len(rows) > 3 and all(len(para.lines) == 1 for para in frame.paragraphs)
    assert frame.x + max(para.lines[0].width for para in frame.paragraphs) <= panel.x + panel.w <= page.width
    assert {para.runs[0].size for para in frame.paragraphs} == {style.code.min_size}  # never below the floor
    assert rows[0].startswith("x = [") and rows[1].startswith("↪ ")  # a continued row is marked
    numbers = next(b for b in page.boxes if isinstance(b, TextFrame) and b.role == "line numbers")
    labels = ["".join(r.text for r in p.runs) for p in numbers.paragraphs]
    assert labels[:2] == ["1", ""]  # a continued row has no number of its own
    joined = "".join(r.removeprefix("↪ ") for r in rows[:labels.index("2")])
    assert joined.replace(" ", "") == (long_line + "  # 1 0").replace(" ", "")  # wrapped at spaces, nothing lost
    assert any("code line 1 is too long for the slide even at 16pt (code.min_size), so long lines wrap" in d.message
               for d in diags.warnings)


def test_code_beside_bullets(code_deck):
    _, slides = code_deck
    slide = slides["Beside bullets"]
    body = next(s for s in slide.placeholders if s.placeholder_format.idx == 1)
    code = _code_shape(slide)
    assert [p.text for p in body.text_frame.paragraphs] == ["Looks at the middle", "Discards half"]
    assert body.left + body.width <= code.left and code.text_frame.text == "mid = (lo + hi) // 2"


CODE_ERRORS = {
    "deck.yaml": "title: Errors\n",
    "01.yaml": """section: Errors
slides:
  - title: Unknown language
    code: {lang: pyhton, text: "x = 1"}
  - title: Highlight past the end
    code:
      lang: python
      highlight: [1, "2-5"]
      text: |
        a = 1
        b = 2
  - title: Not a range
    code: {text: "x", highlight: ["3-1"]}
  - title: Code and a table
    code: x
    table: {columns: [a], rows: [[1]]}
""",
}


def test_code_problems_are_positioned_errors(tmp_path):
    project, result = _build(tmp_path, CODE_ERRORS)
    assert result.exit_code == 1
    err = result.stderr
    assert "outlines/d/01.yaml:4:18: error: unknown code language 'pyhton' — did you mean 'python'?" in err
    assert ("outlines/d/01.yaml:8:22: error: highlight line 2-5 is past the end of the code (2 lines)" in err)
    assert "outlines/d/01.yaml:13:35: error: line 1 of 'highlight' '3-1' is not a range of lines" in err
    assert "outlines/d/01.yaml:15:11: error: a slide has one kind, but this one has both 'table' and 'code'" in err
    assert not project.dist.exists() or not any(project.dist.iterdir())


def test_style_code_colours_and_theme(tmp_path):
    files = dict(CODE_DECK)
    files["deck.yaml"] = "title: Themed\nstyle: ../../assets/styles/mine.yaml\n"
    project = Project(tmp_path)
    project.write("assets/styles/mine.yaml", 'code:\n  theme: xcode\n  colors: {keyword: "#112233"}\n')
    project.deck("d", files)
    result = project.run("build")
    assert result.exit_code == 0, result.output
    slide = next(s for s in Presentation(project.dist / "d.pptx").slides if s.shapes.title.text_frame.text == "Search")
    first = {r.text.strip(): r for r in _code_shape(slide).text_frame.paragraphs[0].runs}
    assert str(first["def"].font.color.rgb) == "112233"
    assert str(first["binary_search"].font.color.rgb) == "0B6E99"  # still the default style's own colour
    project.write("assets/styles/mine.yaml",
                  'code:\n  theme: xcod\n  colors: {keyword: "#112233", kewyord: "#000000"}\n')
    result = project.run("build")
    assert result.exit_code == 1
    assert "assets/styles/mine.yaml:2:10: error: unknown code theme 'xcod' — did you mean 'xcode'?" in result.stderr
    assert "error: unknown token type 'kewyord' in code.colors — did you mean 'keyword'?" in result.stderr
