"""Point 5 of issue 18: code, figures, tables and H3-H5 of HTML, Markdown and .docx survive the import."""

from __future__ import annotations

import shutil

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from kinds_fixtures import GAUGE_HTML, GAUGE_MARKDOWN
from PIL import Image
from pptx import Presentation

from deckbuild.importer import import_documents

CODE = "def level_cm(raw, offset):\n    # one unit of pressure is one centimetre of water\n    return raw - offset"


def _document(project, name, text):
    project.write(f"docs/{name}", text)
    (project.root / "docs" / "img").mkdir(exist_ok=True)
    Image.new("RGB", (64, 48), (30, 90, 160)).save(project.root / "docs" / "img" / "gauge.png")
    return project.root / "docs" / name


def _slides(result):
    sections = [yaml.safe_load(text) for name, text in sorted(result.files.items()) if name != "deck.yaml"]
    section = next(s for s in sections if s["section"] == "Reading the Sensor")
    return section["slides"]


def _check_draft(result, project, lang="python", code=CODE):
    assert result.ok, [d.format() for d in result.diags]
    slides = _slides(result)
    titles = [s["title"] for s in slides]
    assert titles[:2] == ["Reading the Sensor", "Converting a Reading"]  # H2 opens, H3 is a slide under it
    assert "Checking the Offset" in titles and "All the Gauges" in titles  # H4 and the next H3 are slides too
    (listing,) = [s["code"] for s in slides if "code" in s]
    assert listing == {"lang": lang, "text": code}
    image = next(s for s in slides if "image" in s)
    assert image["title"] == "The gauge tube on the north wall at low tide"
    assert image["image"]["caption"] == "Figure 2: The gauge tube on the north wall at low tide"
    copied = project.root / "outlines" / "gauge" / image["image"]["path"]
    assert copied.resolve().parent == (project.root / "assets" / "images" / "gauge").resolve()
    assert Image.open(copied).size == (64, 48)
    small = next(s["table"] for s in slides if "table" in s)
    assert small == {"columns": ["Field", "Unit"], "rows": [["time", "UTC"], ["level", "cm"]]}
    big = next(s for s in slides if s["title"] == "All the Gauges" and "bullets" in s and
               any("14 rows" in str(b) for b in s["bullets"]))
    assert "does not fit on one slide" in big["notes"] and "TODO" in big["notes"]
    offset = next(s for s in slides if s["title"] == "Checking the Offset")
    deep = next(b for b in offset["bullets"] if isinstance(b, dict))
    assert deep["text"] == "When the Staff Is Missing"  # the H5 is a bullet, its text the sub-bullet below it
    assert deep["bullets"][0].startswith("The keeper can use the painted marks")
    return slides


def _built(project):
    """Return the text, tables and picture count of the built deck, as a user opening it sees them."""
    result = project.run("build", "outlines/gauge")
    assert result.exit_code == 0, result.output
    prs = Presentation(str(project.root / "dist" / "gauge.pptx"))
    text, tables, pictures = [], [], 0
    for slide in prs.slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                text.append(shape.text_frame.text)
            if shape.has_table:
                tables.append([[c.text for c in row.cells] for row in shape.table.rows])
            pictures += shape.shape_type == 13
    return "\n".join(text), tables, pictures


def test_html_code_figures_tables_and_deep_headings(project):
    path = _document(project, "gauge.html", GAUGE_HTML)
    result = import_documents([path], "gauge", project.root / "outlines")
    slides = _check_draft(result, project)
    remote = next(s for s in slides if s["title"] == "The east pier, where gauge 9 stands")
    assert "bullets" in remote and "on the web (https://photos.example.org/pier.jpg)" in remote["notes"]
    text, tables, pictures = _built(project)
    assert "return raw - offset" in text and pictures == 1
    assert [["Field", "Unit"], ["time", "UTC"], ["level", "cm"]] in tables


def test_markdown_code_figures_tables_and_deep_headings(project):
    path = _document(project, "gauge.md", GAUGE_MARKDOWN)
    result = import_documents([path], "gauge", project.root / "outlines")
    slides = _check_draft(result, project)
    assert any("on the web" in s.get("notes", "") for s in slides)
    text, tables, pictures = _built(project)
    assert "return raw - offset" in text and pictures == 1 and len(tables) == 1


def test_a_docx_that_libreoffice_made_from_the_page(project):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    from pdf_fixtures import libreoffice_convert

    html = _document(project, "gauge.html", GAUGE_HTML)
    path = libreoffice_convert(html, soffice, "docx")
    result = import_documents([path], "gauge", project.root / "outlines")
    # LibreOffice keeps neither the language class nor the "Filename:" line's link to the listing: the
    # caption names the file, which still gives the language
    slides = _check_draft(result, project)
    assert not any("language" in s.get("notes", "") for s in slides if "code" in s)
    _text, tables, pictures = _built(project)
    assert pictures == 1 and [["Field", "Unit"], ["time", "UTC"], ["level", "cm"]] in tables


def test_a_picture_outside_the_documents_folder_is_not_read(project):
    page = GAUGE_HTML.replace("img/gauge.png", "../secret.png")
    Image.new("RGB", (8, 8)).save(project.root / "secret.png")
    path = _document(project, "gauge.html", page)
    result = import_documents([path], "gauge", project.root / "outlines")
    slides = _slides(result)
    figure = next(s for s in slides if s["title"] == "The gauge tube on the north wall at low tide")
    assert "image" not in figure and "outside the document's folder" in figure["notes"]
    assert not (project.root / "assets").exists()


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list(" \t#-:|>'\"{}[]ab\u2028\u00a0\x85\ufeff*&!%@`")),
                        max_size=12), min_size=1, max_size=6))
def test_a_listing_reads_back_from_the_draft_exactly(lines):
    from pathlib import Path

    from deckbuild.importer.blocks import CODE, Block, Document
    from deckbuild.importer.draft import _special
    from deckbuild.importer.kinds import special_slide

    doc = Document(Path("d.md"), "d.md", "d", "markdown")
    slide = special_slide(Block(CODE, "", 1, 2, data={"lang": "text", "text": "\n".join(lines)}), "T", doc)
    text = "\n".join(["slides:", "  - title: T", *_special(slide.content, 4)])
    assert yaml.safe_load(text)["slides"][0]["code"]["text"] == slide.content["code"]["text"]


@pytest.mark.parametrize("fork_from", [1, 2])
def test_summarizing_in_two_processes_gives_the_draft_of_one(project, monkeypatch, fork_from):
    """Many sections are summarized by a forked child too; the draft, pictures included, is the same."""
    import deckbuild.importer as importer

    paths = [_document(project, f"gauge{n}.html", GAUGE_HTML) for n in range(3)]
    one = import_documents(paths, "one", project.root / "outlines")
    monkeypatch.setattr(importer, "FORK_FROM_SECTIONS", fork_from)
    monkeypatch.setattr(importer.os, "sched_getaffinity", lambda _pid: {0, 1})
    forks = []
    real = importer.os.fork
    monkeypatch.setattr(importer.os, "fork", lambda: forks.append(1) or real())
    two = import_documents(paths, "two", project.root / "outlines")
    assert forks  # the child did half of it
    assert one.ok and two.ok
    rename = lambda files: {k: v.replace("/one/", "/two/") for k, v in files.items()}  # noqa: E731
    assert rename(one.files) == two.files
    assert {k.replace("/one/", "/two/"): v for k, v in one.pictures.items()} == two.pictures
    assert len(two.pictures) >= 1
