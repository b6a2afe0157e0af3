"""One outline, a deck and a handout for each audience: only/skip/in/variants, reports, numbering."""

from __future__ import annotations

import re

import pytest
from pptx import Presentation
from conftest import outputs
from pypdf import PdfReader

AUD = {
    "deck.yaml": """title: Audience Deck
audiences:
  lecture: {description: Undergraduate lecture, handout: {layout: lines, notes: false}}
  executive:
    description: Ten-minute brief
    handout: {layout: article}
    style: {colors: {primary: "#004400"}}
""",
    "01.yaml": """section: Background
only: [lecture]
slides:
  - title: History
    bullets: [Old times]
""",
    "02.yaml": """section: Now
slides:
  - title: Shared slide
    bullets:
      - Everyone sees this
      - text: Lecture detail
        only: [lecture]
      - text: Not for executives
        skip: [executive]
      - text: Printed only
        in: [handout]
      - text: Projected only
        in: [deck]
    notes: Shared notes.
    variants:
      executive: {title: Shared slide in brief, bullets: [The short version]}
  - title: Handout page
    in: [handout]
    bullets: [Only on paper]
  - title: Exec only
    only: [executive]
    bullets: [Bottom line]
""",
}


@pytest.fixture(scope="module")
def aud(tmp_path_factory):
    from conftest import Project

    project = Project(tmp_path_factory.mktemp("aud"))
    project.deck("aud", AUD)
    result = project.run("build", "--audience", "all")
    assert result.exit_code == 0, result.output
    return project, result


def _deck(path):
    out = []
    for slide in Presentation(path).slides:
        body = [s for s in slide.placeholders if s.placeholder_format.idx == 1]
        bullets = [p.text for p in body[0].text_frame.paragraphs] if body else []
        out.append((slide.shapes.title.text_frame.text, bullets))
    return out


def _pdf_text(path):
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def test_all_audiences_get_their_own_files(aud):
    project, result = aud
    assert outputs(project.dist) == [
        "aud-executive-handout.pdf", "aud-executive.pptx", "aud-lecture-handout.pdf", "aud-lecture.pptx"]


def test_lecture_deck_has_exactly_its_slides_and_bullets(aud):
    project, _ = aud
    assert _deck(project.dist / "aud-lecture.pptx") == [
        ("Audience Deck", []), ("Background", []), ("History", ["Old times"]), ("Now", []),
        ("Shared slide", ["Everyone sees this", "Lecture detail", "Not for executives", "Projected only"])]


def test_executive_deck_gets_the_variant_and_its_own_slides(aud):
    project, _ = aud
    assert _deck(project.dist / "aud-executive.pptx") == [
        ("Audience Deck", []), ("Now", []), ("Shared slide in brief", ["The short version"]),
        ("Exec only", ["Bottom line"])]
    prs = Presentation(project.dist / "aud-executive.pptx")
    run = prs.slides[2].shapes.title.text_frame.paragraphs[0].runs[0]
    assert str(run.font.color.rgb) == "004400"  # the audience's style override


def test_lecture_handout_numbers_match_the_deck_and_prints_handout_only_content(aud):
    project, _ = aud
    text = _pdf_text(project.dist / "aud-lecture-handout.pdf")
    for number, title in enumerate(["Audience Deck", "Background", "History", "Now", "Shared slide"], 1):
        assert f"Slide {number} · {title}" in text
    assert "Handout only · Handout page" in text and "Only on paper" in text
    assert "Printed only" in text  # a bullet marked in: [handout]
    assert "Shared notes." not in text  # notes: false for the lecture handout
    assert "Exec only" not in text and "Bottom line" not in text


def test_executive_article_handout(aud):
    project, _ = aud
    text = _pdf_text(project.dist / "aud-executive-handout.pdf")
    for present in ("Shared slide in brief", "The short version", "Exec only", "Bottom line", "Only on paper",
                    "SLIDE 3", "SLIDE 4", "HANDOUT ONLY", "Handout for Ten-minute brief"):
        assert present in text, present
    for absent in ("Old times", "Lecture detail", "Not for executives", "Everyone sees this", "Background"):
        assert absent not in text, absent


def test_build_reports_what_each_audience_includes_and_drops(aud):
    _, result = aud
    assert "aud for lecture: 6 slides (1 dropped), 7 bullets (1 dropped)" in result.stdout
    assert "aud for executive: 5 slides (2 dropped), 3 bullets (1 dropped), 1 variant applied" in result.stdout


def test_unrestricted_build_drops_only_elements(project):
    project.deck("aud", AUD)
    assert project.run("build").exit_code == 0
    slides = _deck(project.dist / "aud.pptx")
    assert [t for t, _ in slides] == ["Audience Deck", "Now", "Shared slide"]
    assert slides[2][1] == ["Everyone sees this", "Not for executives", "Projected only"]


def test_unknown_audience_on_the_command_line(project):
    project.deck("aud", AUD)
    result = project.run("build", "--audience", "executiv")
    assert result.exit_code == 1
    assert re.search(r"outlines/aud/deck.yaml:1:1: error: deck 'aud' has no audience 'executiv' — "
                     r"did you mean 'executive'\?", result.stderr)
    assert not project.dist.exists()


LAYOUT_PAGES = {"notes": 3, "lines": 4, "grid": 3, "article": 2}


@pytest.mark.parametrize("page", ["A4", "letter"])
@pytest.mark.parametrize("layout", list(LAYOUT_PAGES))
def test_handout_layouts(project, layout, page):
    from conftest import SIMPLE_DECK

    project.write("lay.yaml", f"handout: {{layout: {layout}, page: {page}}}\n")
    project.deck("simple", SIMPLE_DECK)
    result = project.run("build", "--style", "lay.yaml", "--format", "pdf")
    assert result.exit_code == 0, result.output
    reader = PdfReader(project.dist / "simple-handout.pdf")
    assert len(reader.pages) == LAYOUT_PAGES[layout]
    size = (595, 842) if page == "A4" else (612, 792)
    assert all((round(float(p.mediabox.width)), round(float(p.mediabox.height))) == size for p in reader.pages)
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    for title in ("Alpha slide", "Beta slide", "Gamma slide", "First Section", "Second Section"):
        assert title in text
    outline = [o.title for o in reader.outline if not isinstance(o, list)]
    assert outline == ["Sample Deck", "First Section", "Second Section", "Sources"]
    assert "Contents" in reader.pages[0].extract_text()
    for i, p in enumerate(reader.pages, 1):
        assert f"Page {i} of {len(reader.pages)}" in p.extract_text()
    if layout != "article":
        assert "Slide 3" in text and "Slide 6" in text


def test_lines_layout_has_ruled_lines_beside_each_miniature(project):
    import pdfplumber

    from conftest import SIMPLE_DECK

    project.write("lay.yaml", "handout: {layout: lines}\n")
    project.deck("simple", SIMPLE_DECK)
    assert project.run("build", "--style", "lay.yaml", "--format", "pdf").exit_code == 0
    with pdfplumber.open(project.dist / "simple-handout.pdf") as pdf:
        page = pdf.pages[1]
        ruled = [ln for ln in page.lines if abs(ln["top"] - ln["bottom"]) < 0.1 and ln["x0"] > page.width / 2]
        assert len(ruled) >= 15  # several lines for each of the three slides


VARIANT_KIND = {
    "deck.yaml": "title: Variant kinds\naudiences:\n  exec: {description: Executives}\n",
    "01.yaml": """section: Results
slides:
  - title: Numbers
    bullets: [Revenue grew, Costs fell]
    variants:
      exec:
        table:
          columns: [Metric, Change]
          rows: [[Revenue, "+12%"], [Costs, "-3%"]]
  - title: Chart for most
    chart: {type: column, categories: [a, b], series: [{name: s, values: [1, 2]}]}
    variants:
      exec:
        bullets: [Two numbers that both rose]
""",
}


def test_a_variant_that_supplies_another_kind_changes_the_slide_kind(project):
    """A variant with ``table:`` turns a bullets slide into a table slide (its bullets go); one with only
    bullets turns a chart slide into a bullets slide. Everyone else keeps the original kinds."""
    project.deck("v", VARIANT_KIND)
    result = project.run("build", "--audience", "all")
    assert result.exit_code == 0, result.output
    exec_deck = Presentation(project.dist / "v-exec.pptx")
    numbers, chart = exec_deck.slides[2], exec_deck.slides[3]
    tables = [s for s in numbers.shapes if s.has_table]
    assert len(tables) == 1 and tables[0].table.cell(1, 1).text == "+12%"
    assert "Revenue grew" not in "\n".join(s.text_frame.text for s in numbers.shapes if s.has_text_frame)
    assert not any(s.has_chart for s in chart.shapes)
    assert "Two numbers that both rose" in "\n".join(s.text_frame.text for s in chart.shapes if s.has_text_frame)
    handout = "\n".join(p.extract_text() for p in PdfReader(project.dist / "v-exec-handout.pdf").pages)
    assert "+12%" in handout
    assert project.run("build").exit_code == 0
    plain = Presentation(project.dist / "v.pptx")
    assert not any(s.has_table for s in plain.slides[2].shapes)
    assert any(s.has_chart for s in plain.slides[3].shapes)


NESTED = dict(AUD, **{"03.yaml": """section: Nested
slides:
  - title: Deep bullets
    bullets:
      - text: Top
        bullets:
          - text: Kept child
            bullets: [Grandchild]
          - text: Handout child
            in: [handout]
          - text: Lecture child
            only: [lecture]
      - text: Deck top
        in: [deck]
        bullets: [Under a deck-only bullet]
  - title: Two columns
    columns:
      - title: Left
        bullets: [Plain, {text: Paper only, in: [handout]}]
      - title: Right
        bullets: [{text: Not for executives, skip: [executive]}, Plain too]
  - title: Untouched
    columns:
      - {title: A, bullets: [One]}
      - {title: B, bullets: [Two]}
"""})


@pytest.mark.parametrize("name", ["nested", "getting-started", "pact-briefing", "pact-briefing-md", "gallery"])
def test_selection_equals_the_reference_selection_for_every_audience(tmp_path, name):
    """The selection that keeps untouched bullets, columns and slides as they are (issue 21) gives the deck,
    media split and report the original one (every node made again) gave, for everyone and each audience."""
    from pathlib import Path

    from conftest import Project
    from reference_audience import reference_select

    from deckbuild.audience import select
    from deckbuild.diagnostics import Diagnostics
    from deckbuild.loader import load_deck

    folder = (Project(tmp_path).deck("nested", NESTED) if name == "nested"
              else Path(__file__).resolve().parents[1] / "outlines" / name)
    deck = load_deck(folder, Diagnostics(), ())
    assert deck is not None
    assert deck.sections
    for audience in (None, *deck.audiences):
        view, report = select(deck, audience)
        expected, expected_report = reference_select(deck, audience)
        assert view == expected, audience
        assert report == expected_report, audience
        assert [s.shown for sec in view.sections for s in sec.slides] == [
            s.shown for sec in expected.sections for s in sec.slides]
