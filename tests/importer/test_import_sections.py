"""Readers and section detection: headings from Markdown, HTML and Word; title-like lines in plain text."""

from __future__ import annotations

import zipfile
from pathlib import Path

from import_fixtures import HTML, MARKDOWN, MESSY_TEXT

from deckbuild.diagnostics import Diagnostics
from deckbuild.importer.blocks import ITEM
from deckbuild.importer.clean import clean
from deckbuild.importer.read import read_document
from deckbuild.importer.sections import LOST, find_sections


def _sections(tmp_path: Path, name: str, content: str | bytes):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    diags = Diagnostics()
    doc = read_document(path, name, "doc", diags)
    assert doc is not None, [d.format() for d in diags]
    clean(doc)
    return doc, find_sections(doc)


def test_plain_text_title_question_heading_and_lost_heading(tmp_path):
    doc, sections = _sections(tmp_path, "messy.txt", MESSY_TEXT)
    assert doc.title == "Tidal Power Comes to Port Ellery"
    titles = [s.title for s in sections]
    assert titles[:2] == ["Why is it in the news?", "How the Turbines Work"]  # the question stays a heading
    assert titles[2].startswith(LOST) and sections[2].lost  # two blank lines where a heading was
    assert sections[2].line == 25
    assert any("heading seems lost" in t for t in sections[2].todos)
    assert any("plain text" in t and "sub-heading levels" in t for t in sections[0].todos)
    assert [b.kind for b in sections[0].blocks] == [ITEM, ITEM, ITEM]


def test_a_heading_over_a_list_is_not_the_title(tmp_path):
    doc, sections = _sections(tmp_path, "copy.txt", "Why is it in the news?\n- First point of the story here.\n"
                              "- Second point of the story here.\nBackground Facts\n- A fact that matters a lot.\n")
    assert doc.title is None
    assert [s.title for s in sections] == ["Why is it in the news?", "Background Facts"]


def test_category_label_above_the_title_is_dropped(tmp_path):
    doc, sections = _sections(tmp_path, "k.txt", "Harbour News\n\nHarbour News: The Ferry Gets Faster\n\n"
                              "The ferry will run every forty minutes from May onwards.\n\nHarbour News: The Ferry "
                              "Gets Faster\n\nThe Timetable\n\nMore sailings in the morning and at night.\n")
    assert doc.title == "Harbour News: The Ferry Gets Faster"
    assert {d.reason for d in doc.dropped} == {"category label above the title", "repeats the document title"}
    assert [s.title for s in sections] == ["Overview", "The Timetable"]


def test_bullet_markers_and_numbered_sub_points(tmp_path):
    text = ("Harbour Works Programme\n\nThe programme has several parts that run over four years.\n\nThe Parts\n\n"
            "1. Dredging the channel so that larger boats can enter.\n"
            "   a) Spring work in the outer channel.\n   b) Autumn work near the pier.\n"
            "2. Repairing the pier, which is over a century old.\n"
            "* A new crane for the fish market.\n"
            "• Lighting along the quay for safety at night.\n")
    _doc, sections = _sections(tmp_path, "w.txt", text)
    items = [(b.level, b.text[:12]) for b in sections[-1].blocks if b.kind == ITEM]
    assert items == [(1, "Dredging the"), (2, "Spring work "), (2, "Autumn work "), (1, "Repairing th"),
                     (1, "A new crane "), (1, "Lighting alo")]


def test_numbered_title_like_items_followed_by_prose_are_headings(tmp_path):
    text = ("Harbour Report\n\nA short report on the harbour and its future plans.\n\n1. Introduction\n\n"
            "The harbour was built in 1850 and has served fishing boats ever since then, without a break.\n\n"
            "2. Findings\n\nThe survey found that the north wall needs repairs within five years at the latest.\n")
    _doc, sections = _sections(tmp_path, "r.txt", text)
    assert [s.title for s in sections] == ["Overview", "Introduction", "Findings"]


def test_markdown_front_matter_code_block_and_levels(tmp_path):
    doc, sections = _sections(tmp_path, "plan.md", MARKDOWN)
    assert doc.title == "Harbour Energy Plan"
    assert doc.author == "Dana Whitlock"
    assert [s.title for s in sections] == ["Overview", "Tidal turbines", "Solar roofs"]
    assert [p.title for p in sections[1].parts] == ["Tidal turbines", "Installation", "Maintenance"]
    text = " ".join(b.text for s in sections for b in s.blocks)
    assert "This is a comment in a code block" not in text  # a '#' line inside code is no heading
    assert "deploy --turbines" not in text
    (code,) = [b for s in sections for b in s.blocks if b.kind == "code"]  # a listing, with its language
    assert (code.line, code.end, code.data["lang"]) == (22, 25, "bash")
    assert "deploy --turbines" in code.data["text"] and doc.skipped == []
    assert "**solar panels**" in text and "[the council page](https://example.org/solar)" in text
    assert "newsletter" not in text


def test_html_keeps_headings_lists_paragraphs_and_drops_page_furniture(tmp_path):
    doc, sections = _sections(tmp_path, "ferry.html", HTML)
    assert doc.title == "Ferry Timetable Changes"
    assert doc.author == "Rosa Lind" and doc.url == "https://gazette.example/ferry"
    assert [s.title for s in sections] == ["Overview", "What changes", "Why now"]
    text = " ".join(b.text for s in sections for b in s.blocks)
    for junk in ("Home", "cookies", "Gazette", "Advertisement", "Photo: Harbour Press", "Share on Facebook",
                 "Related stories", "All rights reserved", "Subscribe", "tracking", "color: black", "By Rosa Lind"):
        assert junk not in text, junk
    assert "the *Morning Star*, makes" in text
    items = [(b.level, b.text) for b in sections[1].blocks if b.kind == ITEM]
    assert items == [(1, "Weekday fares stay the same."), (1, "Weekend fares rise by one euro."),
                     (2, "Children under twelve still travel free."), (1, "Bicycles need a reservation in summer.")]
    reasons = {d.reason for d in doc.dropped}
    assert {"navigation", "page footer", "sidebar", "caption"} <= reasons


def test_html_without_article_keeps_body_text_and_reports_lines(tmp_path):
    page = ("<html><body>\n<h2>First Part</h2>\n<p>One sentence in the first part.\n"
            "Another sentence.</p>\n<h2>Second Part</h2>\n<p>Text of the second part.</p>\n</body></html>\n")
    _doc, sections = _sections(tmp_path, "p.html", page)
    assert [s.title for s in sections] == ["First Part", "Second Part"]
    para = sections[0].blocks[0]
    assert (para.line, para.end) == (3, 4)


def _docx(paragraphs: list[tuple[str | None, str, int | None]]) -> bytes:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = []
    for style, text, level in paragraphs:
        props = f'<w:pStyle w:val="{style}"/>' if style else ""
        props += f'<w:numPr><w:ilvl w:val="{level}"/></w:numPr>' if level is not None else ""
        body.append(f"<w:p><w:pPr>{props}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>")
    xml = f'<?xml version="1.0"?><w:document xmlns:w="{w}"><w:body>{"".join(body)}</w:body></w:document>'
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", xml)
    return buf.getvalue()


def test_docx_headings_and_list_items(tmp_path):
    data = _docx([("Title", "Pier Repairs", None), ("Heading1", "The Damage", None),
                  (None, "Storms cracked the north wall in January.", None),
                  ("ListParagraph", "Two piles are broken.", 0), ("ListParagraph", "One is leaning.", 1),
                  ("Heading1", "The Repairs", None), (None, "Divers will replace the piles in June.", None)])
    doc, sections = _sections(tmp_path, "pier.docx", data)
    assert doc.title == "Pier Repairs" and doc.unit == "paragraph"
    assert [s.title for s in sections] == ["The Damage", "The Repairs"]
    assert [(b.kind, b.level) for b in sections[0].blocks] == [("para", 0), (ITEM, 1), (ITEM, 2)]
    assert doc.where(3, 4) == "doc paragraphs 3-4"


def test_unreadable_documents_are_diagnostics(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"Good line\nBad \xff byte\n")
    (tmp_path / "x.xls").write_bytes(b"%PDF-1.4")
    (tmp_path / "fake.docx").write_bytes(b"not a zip")
    diags = Diagnostics()
    for name in ("bad.txt", "x.xls", "fake.docx", "missing.txt"):
        assert read_document(tmp_path / name, name, "d", diags) is None
    lines = [d.format() for d in diags.sorted()]
    assert lines == [
        "bad.txt:2:5: error: the document is not UTF-8 (byte 0xff) — save it as UTF-8 (for example: iconv -f cp1252 "
        "-t utf-8)",
        "fake.docx:1:1: error: the file is not a Word document (.docx) — open it in Word or LibreOffice and save it "
        "as .docx",
        "missing.txt:1:1: error: cannot read missing.txt: no such file — name a .txt, .md, .html, .docx, .pdf or .pptx file",
        "x.xls:1:1: error: cannot import '.xls' files — use a .txt, .md, .html, .docx, .pdf or .pptx file",
    ]


def test_html_class_marks_never_drop_the_page_body_or_its_article(tmp_path):
    page = ("<html><body class=\"single has-sidebar\"><div class=\"layout-with-sidebar\">\n"
            "<div class=\"post-content\"><h1>Quay Lights</h1>\n<h2>The Plan</h2>\n"
            "<p>New lamps will light the quay from October onwards.</p>\n"
            "<div class=\"newsletter-signup\"><p>Get our weekly digest!</p></div>\n"
            "<h2>The Cost</h2><p>The lamps cost twelve thousand euros.</p></div>\n"
            "<div id=\"comments\"><p>Great news, finally!</p></div></div></body></html>\n")
    doc, sections = _sections(tmp_path, "q.html", page)
    assert doc.title == "Quay Lights"
    assert [s.title for s in sections] == ["The Plan", "The Cost"]
    text = " ".join(b.text for s in sections for b in s.blocks)
    assert "New lamps will light the quay" in text and "twelve thousand euros" in text
    assert "weekly digest" not in text and "Great news" not in text


def test_html_wrapper_with_a_widget_like_class_keeps_a_long_article(tmp_path):
    paras = "".join(f"<p>Part {n}. " + "The harbour wall was repaired with stone from the old quarry. " * 8 + "</p>\n"
                    for n in range(7))
    page = (f"<html><body><div class=\"wrap sidebar-layout\"><h2>Repairs</h2>\n{paras}<h2>Next</h2>"
            "<p>The quay comes next.</p></div></body></html>\n")
    _doc, sections = _sections(tmp_path, "r.html", page)
    assert [s.title for s in sections] == ["Repairs", "Next"] and len(sections[0].blocks) == 7
