"""PDF import: headings by size, running headers and page numbers dropped, columns in order, TODOs by page."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import IN_CI, need_tool
from pdf_fixtures import libreoffice_convert, two_column_report

from deckbuild.importer import import_documents, read_and_clean
from deckbuild.importer.blocks import HEADING, ITEM, PARA
from deckbuild.importer.pdf import parse_pages
from deckbuild.importer.sections import find_sections


def test_two_column_pages_are_read_column_by_column_with_hyphens_joined(tmp_path):
    docs, diags = read_and_clean([two_column_report(tmp_path / "r.pdf")])
    assert not diags.has_errors
    paras = [b.text for b in docs[0].blocks if b.kind == PARA and b.line == 1]
    assert paras == [
        "The survey of the north quay began in March, when the divers went down at the first calm spring tide. They "
        "recorded every crack wider than a finger along the wall, from the waterline down to the sea bed, and "
        "photographed each one for team A.",
        "The engineers on the quay measured how far the wall leans outwards, using marks painted in the nineteenth "
        "century. Most of the wall has not moved, but two sections near the old crane lean more than they did when "
        "the marks were made, as team A found."]


def test_headings_come_from_font_size_relative_to_the_body(tmp_path):
    doc = read_and_clean([two_column_report(tmp_path / "r.pdf")])[0][0]
    heads = [(b.level, b.line, b.text) for b in doc.blocks if b.kind == HEADING]
    assert heads == [(1, 1, "Survey of the North Quay"), (2, 1, "Part 1: Findings of Team A"),
                     (2, 2, "Part 2: Findings of Team B"), (2, 3, "Part 3: Findings of Team C")]
    sections = find_sections(doc)
    assert doc.title == "Survey of the North Quay" and doc.author == "Harbour Engineering Office"
    assert [s.title for s in sections] == ["Part 1: Findings of Team A", "Part 2: Findings of Team B",
                                           "Part 3: Findings of Team C"]


def test_running_headers_and_page_numbers_are_dropped_with_reasons(tmp_path):
    doc = read_and_clean([two_column_report(tmp_path / "r.pdf")])[0][0]
    dropped = sorted((d.line, d.reason, d.text) for d in doc.dropped)
    assert dropped == [(n, reason, text) for n in (1, 2, 3) for reason, text in sorted([
        ("page number", f"Page {n} of 3"),
        ("running header (on most pages)", "Harbour Engineering Office · Survey of the North Quay")])]
    text = " ".join(b.text for b in doc.blocks)
    assert "Page " not in text and "Harbour Engineering Office" not in text


def test_tables_and_figures_become_todos_naming_their_page(tmp_path):
    result = import_documents([two_column_report(tmp_path / "r.pdf")], "quay", tmp_path / "outlines")
    assert result.ok, [d.format() for d in result.diags]
    assert result.documents[0].skipped == [(2, 2, "table"), (3, 3, "figure")]
    drafted = "\n".join(result.files.values())
    assert "a table at r page 2 was not summarized" in drafted
    assert "a figure at r page 3 was not summarized" in drafted
    assert "Crane" not in " ".join(b.text for b in result.documents[0].blocks)  # table cells are not prose


def test_pages_option_imports_part_of_a_document(tmp_path, project):
    pdf = two_column_report(project.root / "r.pdf", pages=5)
    docs, _ = read_and_clean([pdf], parse_pages("2-3"))
    assert sorted({b.line for b in docs[0].blocks}) == [2, 3]
    result = project.run("import", "r.pdf", "--pages", "4-", "--dump-text")
    assert result.exit_code == 0 and "Part 4: Findings of Team D" in result.output and "Team C" not in result.output
    result = project.run("import", "r.pdf", "--pages", "4-9", "--deck", "x")
    assert result.exit_code == 1
    assert "r.pdf:1:1: error: --pages 4-9 is past the end: the document has 5 pages — choose pages between 1 and 5" \
        in result.output
    result = project.run("import", "r.pdf", "--pages", "9-4", "--deck", "x")
    assert result.exit_code == 2 and "--pages: '9-4' is not a page range" in result.output


def test_deckbuild_handout_imports_with_its_slide_titles(built, tmp_path):
    _project, _pptx, handout = built
    docs, diags = read_and_clean([handout])
    assert not diags.has_errors
    text = " ".join(b.text for b in docs[0].blocks)
    heads = [b.text for b in docs[0].blocks if b.kind == HEADING]
    assert heads and not any("Page" in h and "of" in h for h in heads)
    assert any(d.reason == "page number" or d.reason.startswith("running") for d in docs[0].dropped)
    assert text


def test_a_damaged_pdf_is_a_diagnostic(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF")
    docs, diags = read_and_clean([bad])
    assert docs == [] and "bad.pdf:1:1: error: the file is not a readable PDF" in [d.format() for d in diags][0]


@pytest.mark.soffice
@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_libreoffice_word_document_and_its_pdf_keep_headings_and_lists(tmp_path, kind):
    soffice = need_tool("soffice")
    if not Path("/usr/lib/libreoffice/program/libswlo.so").exists():
        if IN_CI:
            pytest.fail("LibreOffice Writer is required in CI (make test installs it)")
        pytest.skip("LibreOffice Writer is not installed (make test installs it)")
    page = tmp_path / "plan.html"
    page.write_text("<html><head><title>Harbour Lighting Plan</title></head><body><h1>Harbour Lighting Plan</h1>"
                    "<h2>The Current Lamps</h2><p>The quay is lit by forty sodium lamps that were installed in 1982 "
                    "and use a lot of power.</p><h3>Running Costs</h3><p>The lamps cost eleven thousand a year to "
                    "run.</p><h2>The New Lamps</h2><ul><li>Light-emitting lamps would use a third of the power.</li>"
                    "<li>They can be dimmed late at night.</li></ul></body></html>", encoding="utf-8")
    docx = libreoffice_convert(page, soffice, "docx")
    source = docx if kind == "docx" else libreoffice_convert(docx, soffice, "pdf")
    doc = read_and_clean([source])[0][0]
    sections = find_sections(doc)
    assert doc.title == "Harbour Lighting Plan"
    assert [(s.title, [p.title for p in s.parts]) for s in sections] == [
        ("The Current Lamps", ["The Current Lamps", "Running Costs"]), ("The New Lamps", ["The New Lamps"])]
    assert [b.text for b in sections[1].blocks if b.kind == ITEM] == [
        "Light-emitting lamps would use a third of the power.", "They can be dimmed late at night."]
