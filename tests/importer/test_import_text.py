"""Plain text as real files write it: setext, numbered, ALL-CAPS and title-case headings; credits as boilerplate."""

from __future__ import annotations

from pathlib import Path

from import_fixtures import MANUAL_TEXT, NUMBERED_TEXT, WIRE_TEXT

from deckbuild.diagnostics import Diagnostics
from deckbuild.importer.blocks import ITEM
from deckbuild.importer.clean import clean, rule_for
from deckbuild.importer.read import read_document
from deckbuild.importer.sections import find_sections, heading_text_ok


def _sections(tmp_path: Path, text: str):
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    diags = Diagnostics()
    doc = read_document(path, "doc.txt", "doc", diags)
    clean(doc)
    return doc, find_sections(doc)


def test_setext_headings_are_found_and_underlines_are_not_text(tmp_path):
    doc, sections = _sections(tmp_path, MANUAL_TEXT)
    assert doc.title == "Notes on Reporting Faults in the Tidewatch Logger"
    assert [s.title for s in sections] == ["Before sending a report, please", "Where to send a report",
                                           "Two Loggers on One Cable"]
    text = " ".join(b.text for s in sections for b in s.blocks)
    assert "===" not in text and "---" not in text


def test_wrapped_list_items_and_paragraphs_are_joined_before_anything_is_cut(tmp_path):
    _doc, sections = _sections(tmp_path, MANUAL_TEXT)
    items = [b for b in sections[0].blocks if b.kind == ITEM]
    assert items[0].text == ("Check that the fault is real. Read the chapter on sampling in the user guide before "
                             "assuming that a gap in the data is a fault.")
    assert (items[0].line, items[0].end) == (7, 8)
    assert items[2].text.endswith("from the support page of your regional office.")
    para = sections[1].blocks[0]
    assert para.text.startswith("Faults in the packaging") and para.text.endswith("the firmware it runs.")
    assert (para.line, para.end) == (22, 25)


def test_titles_are_never_urls_code_dates_or_fragments(tmp_path):
    _doc, sections = _sections(tmp_path, MANUAL_TEXT)
    for title in [s.title for s in sections] + [p.title for s in sections for p in s.parts]:
        assert "http" not in title and "(" not in title and not title.endswith(" at"), title
    for bad in ("See: https://example.org/x", "Europe: https://tidewatch.example/eu", "read_block(dev, 512);",
                "Test::Test(const char *q)", "Sun 23 Jun 2024 11:20 PM", "2026-05-14", "1991-1993",
                "Online instructions for writing a report can be found at", "Project. Report them to the vendor",
                "and then the rest of it"):
        assert not heading_text_ok(bad), bad
    assert heading_text_ok("Why Is It in the News?") and heading_text_ok("C++ Exceptions and C Libraries")


def test_licence_section_and_editor_settings_are_boilerplate(tmp_path):
    doc, sections = _sections(tmp_path, MANUAL_TEXT)
    text = " ".join(b.text for s in sections for b in s.blocks)
    assert "Copyright" not in text and "General Public License" not in text and "Local Variables" not in text
    reasons = {d.reason for d in doc.dropped}
    assert "copyright and licence section" in reasons
    assert rule_for("Local Variables: mode: text End:") == "editor settings"


def test_datelines_credits_timestamps_and_copyright_are_dropped_with_reasons(tmp_path):
    doc, sections = _sections(tmp_path, WIRE_TEXT)
    assert doc.title == "Harbour Authority Opens Second Container Berth"
    assert [s.title for s in sections] == ["Overview", "Why It Matters"]
    reasons = {d.text.split()[0]: d.reason for d in doc.dropped}
    assert reasons == {"Date:": "dateline and source credit", "Tue": "timestamp",
                       "By": "byline (the author is recorded in deck.yaml)", "2026-05-14": "timestamp",
                       "Supervisor:": "masthead credit", "Editor": "masthead credit", "Editor:": "masthead credit", "Copyright": "copyright line"}
    assert doc.author == "Lena Marsh"
    text = " ".join(b.text for s in sections for b in s.blocks)
    assert "doubling the number of ships" in text and "120 million" in text


def test_numbered_all_caps_and_title_case_headings(tmp_path):
    _doc, sections = _sections(tmp_path, NUMBERED_TEXT)
    assert [s.title for s in sections] == ["Introduction", "Method of the Dive Survey", "Results",
                                           "RECOMMENDATIONS", "Costs and Timing of the Works"]
    assert sections[-1].blocks[-1].text == "The costs were estimated by the council's engineers last year."


def test_markdown_wrapped_list_items_are_joined_and_h4_headings_become_slides(tmp_path):
    text = ("# Security Policy\n\n## Reporting a Fault\n\nSend faults to the security team.\n\n"
            "* The report is received and given to a handler. This\n  person keeps in touch with the reporter.\n"
            "* A fix is prepared in private\nand released on the embargo date.\n\n"
            "### Examples\n\n#### Weak Certificate Checks\n\nA client that accepts any certificate.\n\n"
            "#### Request Smuggling\n\nTwo parsers that disagree on the length of a request.\n")
    path = tmp_path / "s.md"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, "s.md", "s", Diagnostics())
    clean(doc)
    sections = find_sections(doc)
    items = [(b.text, b.line, b.end) for b in sections[0].blocks if b.kind == ITEM]
    assert items == [("The report is received and given to a handler. This person keeps in touch with the reporter.",
                      7, 8), ("A fix is prepared in private and released on the embargo date.", 9, 10)]
    assert [p.title for p in sections[0].parts] == ["Reporting a Fault", "Weak Certificate Checks",
                                                    "Request Smuggling"]
