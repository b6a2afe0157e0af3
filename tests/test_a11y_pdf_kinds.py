"""The tagged PDFs (handout in every layout, slides PDF) for a deck with every slide kind: the structure poppler
reads back (headings, nested lists, tables with TH, figures with Alt, the picture grid, code, formulas, a
chart's data as a table, right-to-left text, emoji), pdfua's verdict, and what a sighted reader sees."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pikepdf
import pytest

from tests.conftest import REPO, Project, need_tool
from tests.test_a11y_pdf import pdfua_findings

LAYOUTS = ("notes", "lines", "grid", "article")
HEBREW = "ספר חדש על השולחן"

DECK = {
    "deck.yaml": """
        title: Every kind
        author: Tester
    """,
    "01-all.yaml": f"""
        section: Kinds
        slides:
          - title: Nested bullets
            bullets:
              - text: Outer point
                bullets: [Inner point]
              - "A list of $n$ items, and a [link](https://example.org/kinds)"
          - title: Figures table
            table:
              columns: [Year, Event]
              rows:
                - ["1990", "First"]
                - ["2000", "Second"]
          - title: One picture
            image: {{path: ../../assets/images/ridge.png, alt: "A mountain ridge under a red sun"}}
          - title: Picture grid
            images:
              - {{path: ../../assets/images/square.gif, alt: "A red square"}}
              - {{path: ../../assets/images/dot.webp, alt: "A green disc"}}
          - title: Trade
            chart:
              type: column
              categories: ["2019", "2020", "2021"]
              series:
                - {{name: Exports, values: [12, 15, 9]}}
                - {{name: Imports, values: [10, 11.5, 13]}}
          - title: Some code
            code:
              lang: python
              text: |
                def mean(values):
                    return sum(values) / len(values)
          - title: A formula
            math: 'T(n) = O(\\log n)'
          - title: Hebrew
            lang: he
            bullets: ["{HEBREW}"]
          - title: Emoji
            bullets: ["Birthday cake 🎂 tonight"]
    """,
}


@pytest.fixture(scope="module")
def kinds(tmp_path_factory):
    root = tmp_path_factory.mktemp("a11y-kinds")
    shutil.copytree(REPO / "assets", root / "assets")
    project = Project(root)
    project.deck("kinds", DECK)
    # each build in its own process, as a user runs it (reportlab keeps fonts registered for a process's life)
    for layout in LAYOUTS:
        project.write(f"assets/styles/{layout}.yaml", f"extends: default\nhandout: {{layout: {layout}}}\n")
        proc = subprocess.run([sys.executable, "-m", "deckbuild", "build", "outlines/kinds", "--format", "pdf,slides",
                               "--out", f"dist-{layout}", "--style", f"assets/styles/{layout}.yaml", "-q"],
                              cwd=root, capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stdout + proc.stderr
    return project


def struct(path) -> str:
    need_tool("pdfinfo")
    return subprocess.run(["pdfinfo", "-struct-text", str(path)], capture_output=True, text=True, timeout=60).stdout


def elements(path) -> list[dict]:
    """Return every structure element of *path* in reading order: its role, Alt and attributes."""
    out = []
    with pikepdf.open(path) as pdf:
        def walk(elem):
            if isinstance(elem, pikepdf.Array):
                for kid in elem:
                    walk(kid)
            elif isinstance(elem, pikepdf.Dictionary) and "/S" in elem:
                attrs = elem.get("/A")
                out.append({"role": str(elem.S)[1:], "alt": str(elem.Alt) if "/Alt" in elem else None,
                            "actual": str(elem.ActualText) if "/ActualText" in elem else None,
                            "scope": str(attrs.Scope)[1:] if attrs is not None and "/Scope" in attrs else None})
                if "/K" in elem:
                    walk(elem.K)

        walk(pdf.Root.StructTreeRoot.K)
    return out


def outputs(kinds) -> list:
    return [kinds.root / f"dist-{layout}" / name for layout in LAYOUTS
            for name in ("kinds-handout.pdf", "kinds-slides.pdf")]


def test_pdfua_finds_nothing_in_any_layout_or_the_slides_pdf(kinds):
    files = outputs(kinds)
    assert all(f.is_file() for f in files)
    assert pdfua_findings(*files) == ""


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_chart_data_is_a_table_beside_its_figure(kinds, layout):
    for name in ("kinds-handout.pdf", "kinds-slides.pdf"):
        path = kinds.root / f"dist-{layout}" / name
        text = struct(path)
        table = text[text.index("Table (block)\n    TR\n      TH:\n         /Scope /Column\n        \"Category\""):]
        assert table.index('"Exports"') < table.index('"Imports"') < table.index('"2019"')
        assert ('      TH:\n         /Scope /Row\n        "2020"\n      TD\n        "15"\n      TD\n        "11.5"'
                in table)
        elems = elements(path)
        at = next(i for i, e in enumerate(elems) if e["role"] == "Table" and elems[i + 2]["role"] == "TH"
                  and elems[i + 2]["scope"] == "Column" and elems[i + 3]["scope"] == "Column"
                  and sum(1 for x in elems[i + 1:i + 5] if x["role"] == "TH") == 3)
        figure = next(e for e in reversed(elems[:at]) if e["role"] == "Figure")  # the Figure read just before
        assert "Column chart, Exports and Imports, 2019, 2020, 2021" in figure["alt"]
        assert elems.index(figure) > max(i for i, e in enumerate(elems[:at]) if e["role"] in ("H1", "H2", "P"))


def test_the_article_handout_tags_every_kind_in_reading_order(kinds):
    path = kinds.root / "dist-article" / "kinds-handout.pdf"
    text = struct(path)
    assert '  H1 (block)\n    "Kinds"' in text
    assert '  H2 (block)\n    "Nested bullets"' in text
    assert ('LBody (block)\n        "Outer point"\n      L (block)\n        LI (block)\n          Lbl (block)\n'
            '            "–"\n          LBody (block)\n            "Inner point"') in text
    # an inline formula is read inside its list item, as words; the link is in it too
    item = text[text.index('"A list of '):]
    assert max(item.index("        Formula\n          \"n\""), item.index("        Link (inline)")) < item.index(
        "Figures table")
    assert "Table (block)\n    TR\n      TH:\n         /Scope /Column\n        \"Year\"" in text
    assert '      TD\n        "First"' in text
    code = text[text.index('"Some code"'):]
    assert code.index('"def mean(values):"') < code.index('"    return sum(values) / len(values)"')
    assert f'"{HEBREW[::-1]}"' in text  # right-to-left glyphs are drawn as seen…
    assert "Birthday cake 🎂 tonight" in text  # the emoji's text is there, its picture an Artifact
    elems = elements(path)
    alts = [e["alt"] for e in elems if e["role"] == "Figure"]
    assert alts[:3] == ["A mountain ridge under a red sun", "A red square", "A green disc"]
    assert {"role": "LBody", "alt": None, "actual": HEBREW, "scope": None} in elems  # …and read in logical order
    grid = [e["role"] for e in elems]
    formula = [e for e in elems if e["role"] == "Formula"]
    assert [e["alt"] for e in formula] == ["n", "T(n) = O(log n)"]
    heads = [i for i, role in enumerate(grid) if role == "H2"]
    assert len(heads) == 9  # every slide title is a heading, before what the slide shows


@pytest.mark.parametrize("layout", ("notes", "grid"))
def test_miniature_handouts_read_label_title_then_the_slide(kinds, layout):
    elems = elements(kinds.root / f"dist-{layout}" / "kinds-handout.pdf")
    figures = [e["alt"] for e in elems if e["role"] == "Figure"]
    assert "Slide 7: Trade. Column chart, Exports and Imports, 2019, 2020, 2021; Exports 9 to 15, highest in " \
           "2020; Imports 10 to 13, highest in 2021" in figures
    assert "Slide 6: Picture grid" in figures


def test_the_slides_pdf_is_tagged_as_the_handout_is(kinds):
    path = kinds.root / "dist-notes" / "kinds-slides.pdf"
    with pikepdf.open(path) as pdf:
        assert pdf.Root.MarkInfo.Marked is True and str(pdf.Root.Lang) == "en"
        assert b"<pdfuaid:part>1</pdfuaid:part>" in pdf.Root.Metadata.read_bytes()
        assert all(page.obj.Tabs == pikepdf.Name.S for page in pdf.pages)
    text = struct(path)
    for title in ("Nested bullets", "Figures table", "Picture grid", "Trade", "Some code", "Hebrew"):
        assert f'  H1 (block)\n    "{title}"' in text
    assert "Inner point" in text and '"Year"' in text and "Link (inline)" in text
    alts = [e["alt"] for e in elements(path) if e["role"] == "Figure"]
    assert {"A mountain ridge under a red sun", "A red square", "A green disc"} <= set(alts)
    need_tool("pdftotext")
    words = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, timeout=60).stdout
    assert "A list of n items" in words and "T(n) = O(log n)" in words  # formulas read as text


def test_text_after_a_formula_is_visible(kinds):
    """A formula's words are invisible text; the text drawn after it (here the footer) must still show."""
    import pdfplumber
    import pypdfium2 as pdfium

    path = kinds.root / "dist-notes" / "kinds-slides.pdf"
    with pdfplumber.open(path) as pdf:
        index = next(i for i, p in enumerate(pdf.pages) if "A formula" in (p.extract_text() or ""))
        page = pdf.pages[index]
        footer = [w for w in page.extract_words() if w["text"] == "kind" or w["text"].startswith("Every")]
        assert footer
        word = max(footer, key=lambda w: w["top"])  # the footer's "Every kind · 8/10", at the bottom
    doc = pdfium.PdfDocument(str(path))
    try:
        scale = 2
        image = doc[index].render(scale=scale).to_pil().convert("L")
    finally:
        doc.close()
    box = tuple(round(v * scale) for v in (word["x0"], word["top"], word["x1"], word["bottom"]))
    assert image.crop(box).getextrema()[0] < 200  # ink where the word is
