"""Every slide kind, read back from both outputs as a user would see them."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pypdf import PdfReader

from conftest import Outputs, Project, outputs

REPO = Path(__file__).resolve().parents[2]
URL = "https://example.org/spec"

KINDS = {
    "deck.yaml": f"""title: Kinds
sources:
  spec: {{title: The Spec, publisher: Spec Press, author: A. Author, url: "{URL}"}}
  other: {{title: Other Source}}
""",
    "01.yaml": f"""section: Kinds
slides:
  - title: Markup
    sources: [spec]
    bullets:
      - "**Bold** and *italic* and `mono`"
      - text: "A [real link]({URL}) here"
        sources: [other]
  - title: Two columns
    columns:
      - {{title: Left, bullets: [L one, L two]}}
      - {{title: Right, bullets: [R one]}}
  - title: Three columns
    columns: [{{title: A, bullets: [a1]}}, {{title: B, bullets: [b1]}}, {{title: C, bullets: [c1]}}]
  - title: Quote
    quote: {{text: Words worth quoting, by: Someone Wise}}
  - title: Statement
    statement: One big sentence.
  - title: Picture
    image: {{path: ../../assets/img.png, alt: A red square, caption: The caption}}
  - title: Picture beside bullets
    image: ../../assets/img.png
    bullets: [Beside the picture]
  - title: Table
    table:
      columns: [Year, Event, Amount]
      rows:
        - [1961, Treaty signed, "1,000"]
        - [2024, Pact signed, "11"]
  - title: Long table
    table:
      columns: [N, Text]
      rows: [{", ".join(f'[{i}, "Row {i} text"]' for i in range(1, 41))}]
  - title: Columns chart
    chart: {{type: column, categories: [A, B, C], series: [{{name: S1, values: [1, 2, 3]}}, {{name: S2, values: [3, 2, 1]}}]}}
  - title: Bar chart
    chart: {{type: bar, categories: [First, Second], series: [{{name: S, values: [11, 90]}}]}}
  - title: Line chart
    chart: {{type: line, categories: [Q1, Q2, Q3], series: [{{name: L, values: [1.5, 2.5, 2]}}]}}
  - title: Pie chart
    chart: {{type: pie, categories: [Written off, Owed], series: [{{name: Debt, values: [90, 10]}}]}}
  - title: Timeline
    timeline:
      - {{date: "1948", text: Founded}}
      - {{date: "1961", text: Treaty}}
      - {{date: "2024", text: Pact}}
  - title: Dense timeline
    timeline: [{", ".join(f'{{date: "{1950 + i}", text: Event number {i}}}' for i in range(20))}]
""",
}


@pytest.fixture(scope="module")
def kinds(tmp_path_factory):
    from PIL import Image

    project = Project(tmp_path_factory.mktemp("kinds"))
    (project.root / "assets").mkdir()
    Image.new("RGB", (400, 200), (200, 30, 30)).save(project.root / "assets/img.png")
    project.deck("kinds", KINDS)
    result = project.run("build")
    assert result.exit_code == 0, result.output
    built = Outputs(project, "kinds", result)
    return project, built.prs, built.slides, result


def _texts(slide) -> str:
    out = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            out.append(shape.text_frame.text)
    return "\n".join(out)


def test_markup_runs_and_hyperlinks(kinds):
    _, _, slides, _ = kinds
    body = [s for s in slides["Markup"].placeholders if s.placeholder_format.idx == 1][0]
    runs = {r.text: r for p in body.text_frame.paragraphs for r in p.runs}
    assert runs["Bold"].font.bold and runs["italic"].font.italic
    assert runs["mono"].font.name == "Liberation Mono"
    assert runs["real link"].hyperlink.address == URL
    assert runs["[2]"].font.size.pt < runs["A "].font.size.pt  # the citation marker is small
    assert "Source: [1] Spec Press" in _texts(slides["Markup"]) or "Sources: [1] Spec Press" in _texts(
        slides["Markup"])


def test_columns_use_one_placeholder_per_column(kinds):
    _, _, slides, _ = kinds
    two = slides["Two columns"]
    assert two.slide_layout.name == "Two Content"
    bodies = sorted((s for s in two.placeholders if s.placeholder_format.idx in (1, 2)), key=lambda s: s.left)
    assert [[p.text for p in b.text_frame.paragraphs] for b in bodies] == [["L one", "L two"], ["R one"]]
    assert "Left" in _texts(two) and "Right" in _texts(two)
    three = _texts(slides["Three columns"])
    assert all(t in three for t in ("a1", "b1", "c1", "A", "B", "C"))


def test_quote_and_statement(kinds):
    _, _, slides, _ = kinds
    assert "“Words worth quoting”" in _texts(slides["Quote"])
    assert "— Someone Wise" in _texts(slides["Quote"])
    assert "One big sentence." in _texts(slides["Statement"])


def test_picture_with_alt_text_and_kept_aspect_ratio(kinds):
    _, _, slides, _ = kinds
    pics = [s for s in slides["Picture"].shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
    assert len(pics) == 1
    pic = pics[0]
    assert pic._element.nvPicPr.cNvPr.get("descr") == "A red square"
    assert abs(pic.width / pic.height - 2.0) < 0.01
    assert "The caption" in _texts(slides["Picture"])
    beside = slides["Picture beside bullets"]
    pic = [s for s in beside.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE][0]
    body = [s for s in beside.placeholders if s.placeholder_format.idx == 1][0]
    assert body.left + body.width <= pic.left  # bullets on the left, picture on the right
    assert pic._element.nvPicPr.cNvPr.get("descr") == ""


def test_real_table_with_cells_header_and_right_aligned_numbers(kinds):
    _, _, slides, _ = kinds
    frame = [s for s in slides["Table"].shapes if s.has_table][0]
    table = frame.table
    cells = [[table.cell(r, c).text for c in range(3)] for r in range(3)]
    assert cells == [["Year", "Event", "Amount"], ["1961", "Treaty signed", "1,000"], ["2024", "Pact signed", "11"]]
    header = table.cell(0, 0)
    assert str(header.fill.fore_color.rgb) == "1F3B5B"
    assert header.text_frame.paragraphs[0].runs[0].font.bold
    assert table.cell(1, 2).text_frame.paragraphs[0].alignment == 3  # PP_ALIGN.RIGHT
    assert table.columns[1].width > table.columns[0].width  # widths from content


def test_long_table_continues_with_the_header_repeated(kinds):
    _, prs, _, result = kinds
    parts = [s for s in prs.slides if s.shapes.title.text_frame.text.startswith("Long table")]
    assert len(parts) >= 2 and parts[1].shapes.title.text_frame.text == f"Long table (cont. 2/{len(parts)})"
    rows = []
    for slide in parts:
        table = [s for s in slide.shapes if s.has_table][0].table
        assert table.cell(0, 1).text == "Text"
        rows += [table.cell(r, 0).text for r in range(1, len(table.rows))]
    assert rows == [str(i) for i in range(1, 41)]
    assert "a table of 40 rows does not fit on one slide" in result.stderr


def _chart(slide):
    return [s for s in slide.shapes if s.has_chart][0].chart


def test_native_charts_with_data_and_style_colours(kinds):
    _, _, slides, _ = kinds
    column = _chart(slides["Columns chart"])
    assert column.chart_type == 51  # COLUMN_CLUSTERED
    assert list(column.plots[0].categories) == ["A", "B", "C"]
    assert [(s.name, list(s.values)) for s in column.series] == [("S1", [1, 2, 3]), ("S2", [3, 2, 1])]
    assert [str(s.format.fill.fore_color.rgb) for s in column.series] == ["1F3B5B", "C0392B"]
    bar = _chart(slides["Bar chart"])
    assert bar.chart_type == 57  # BAR_CLUSTERED
    # given bottom-up so that PowerPoint shows the first category on top, as the handout does
    assert list(bar.plots[0].categories) == ["Second", "First"] and list(bar.series[0].values) == [90, 11]
    line = _chart(slides["Line chart"])
    assert line.chart_type == 65 and list(line.series[0].values) == [1.5, 2.5, 2]  # LINE_MARKERS
    pie = _chart(slides["Pie chart"])
    assert pie.chart_type == 5 and list(pie.plots[0].categories) == ["Written off", "Owed"]  # PIE
    points = pie.series[0].points
    assert [str(points[i].format.fill.fore_color.rgb) for i in range(2)] == ["1F3B5B", "C0392B"]


def test_timeline_events_and_dense_timeline_continues(kinds):
    _, prs, slides, _ = kinds
    text = _texts(slides["Timeline"])
    for word in ("1948", "Founded", "1961", "Treaty", "2024", "Pact"):
        assert word in text
    parts = [s for s in prs.slides if s.shapes.title.text_frame.text.startswith("Dense timeline")]
    dates = "\n".join(_texts(s) for s in parts)
    assert all(str(1950 + i) in dates for i in range(20))


def test_handout_has_every_kind_links_and_sources_page(kinds):
    project, _, _, _ = kinds
    pdf = project.dist / "kinds-handout.pdf"
    reader = PdfReader(pdf)
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    for word in ("real link", "L one", "R one", "Words worth quoting", "One big sentence.", "The caption",
                 "Treaty signed", "Row 40 text", "Written off", "Founded", "Event number 19"):
        assert word in text, word
    uris = [a.get_object()["/A"]["/URI"] for p in reader.pages for a in p.get("/Annots", [])]
    assert uris.count(URL) >= 2  # the link on the slide miniature and the one on the Sources page
    last = reader.pages[-1].extract_text()
    assert "Sources" in [o.title for o in reader.outline if not isinstance(o, list)]
    assert "Sources\n[1] The Spec. Spec Press. A. Author." in last  # after the last slides, on their page
    assert "[2] Other Source." in last


def test_handout_charts_are_vector_drawings_in_the_style_colours(kinds):
    project, _, _, _ = kinds
    with pdfplumber.open(project.dist / "kinds-handout.pdf") as pdf:
        navy = (0x1F / 255, 0x3B / 255, 0x5B / 255)
        red = (0xC0 / 255, 0x39 / 255, 0x2B / 255)

        def close(a, b):
            return isinstance(a, (tuple, list)) and len(a) == 3 and all(abs(x - y) < 0.01 for x, y in zip(a, b))

        rects = [r for page in pdf.pages for r in page.rects]
        assert sum(close(r.get("non_stroking_color"), navy) for r in rects) >= 10
        assert sum(close(r.get("non_stroking_color"), red) for r in rects) >= 5
        curves = [c for page in pdf.pages for c in page.curves]
        assert curves  # the line chart's polyline and the pie's wedges are paths, not pictures


def test_outputs_with_charts_are_reproducible(kinds, tmp_path):
    project, _, _, _ = kinds
    assert project.run("build", "--out", str(tmp_path / "again")).exit_code == 0
    for name in ("kinds.pptx", "kinds-handout.pdf"):
        assert (tmp_path / "again" / name).read_bytes() == (project.dist / name).read_bytes()


IMAGE_CASES = [
    ("missing", "assets/none.png", None, "image not found: ../../assets/none.png"),
    ("outside", "../outside.png", "outside", "image '../../../outside.png' is outside the project folder — copy it "
                                             "into the project's assets/images/ and refer to it from there"),
    ("huge", "assets/huge.png", "huge", "image '../../assets/huge.png' is 8000×6000 pixels (48 million); "
                                        "the limit is 40 million — scale it down"),
    ("truncated", "assets/broken.png", "truncated", "image '../../assets/broken.png' cannot be read (the file is "
                                                    "damaged or incomplete) — is it a complete picture file?"),
    ("svg", "assets/drawing.svg", "svg", "SVG '../../assets/drawing.svg' holds a <script> (line 1 of the SVG) — "
                                         "remove it; a picture on a slide cannot run code or embed documents"),
    ("tiff", "assets/scan.tiff", "tiff", "image '../../assets/scan.tiff' is TIFF — use a PNG, JPEG, GIF, WebP or SVG file"),
]


@pytest.mark.parametrize("name,rel,make,message", IMAGE_CASES, ids=[c[0] for c in IMAGE_CASES])
def test_bad_images_are_positioned_errors(tmp_path, name, rel, make, message):
    from PIL import Image

    project = Project(tmp_path / "p")
    (project.root / "assets").mkdir(parents=True)
    target = project.root / rel
    if make == "outside":
        Image.new("RGB", (10, 10)).save(tmp_path / "outside.png")
    elif make == "huge":
        Image.new("1", (8000, 6000)).save(target)
    elif make == "truncated":
        Image.new("RGB", (300, 300), (1, 2, 3)).save(target)
        target.write_bytes(target.read_bytes()[:80])
    elif make == "tiff":
        Image.new("RGB", (10, 10)).save(target, "TIFF")
    elif make == "svg":
        target.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>x()</script></svg>')
    path = "../../" + rel
    project.deck("d", {"deck.yaml": "title: T\n",
                       "01.yaml": f"section: S\nslides:\n  - title: T\n    image: {{path: '{path}'}}\n"})
    (project.dist).mkdir()
    result = project.run("build")
    assert result.exit_code == 1
    assert f"outlines/d/01.yaml:4:19: error: {message}" in result.stderr
    assert outputs(project.dist) == []


def test_package_has_no_dangling_relationships_or_orphaned_parts(kinds):
    """Every relationship points at a part, and every part is reachable: what PowerPoint checks on open."""
    import zipfile

    from render.test_templates import _reachable

    project, _, _, _ = kinds
    z = zipfile.ZipFile(project.dist / "kinds.pptx")
    seen, dangling = _reachable(z)
    assert dangling == []
    parts = {n for n in z.namelist() if not n.endswith(".rels") and n != "[Content_Types].xml"}
    assert parts - seen == set()
    types = z.read("[Content_Types].xml").decode()
    for name in parts:  # every part has a content type
        ext = name.rsplit(".", 1)[-1]
        assert f'PartName="/{name}"' in types or f'Extension="{ext}"' in types, name
