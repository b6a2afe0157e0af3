"""Existing decks (.pptx): build → import → build gives the same content model, slide by slide."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings, strategies as st
from pptx import Presentation

from conftest import Project
from deckbuild.diagnostics import Diagnostics
from deckbuild.loader import load_deck
from deckbuild.markup import plain

DECK = {
    "deck.yaml": "title: Harbour Works\nsubtitle: A briefing for the council\n",
    "01-plan.yaml": """\
        section: The Plan
        slides:
          - title: What will be built
            bullets:
              - A new quay wall
              - text: Two cranes
                bullets: [One for containers, "One for **timber**"]
              - Lighting along the pier
            notes: Start with the map of the harbour.
          - title: Costs by year
            table:
              columns: [Year, Cost, Share]
              rows: [["2026", "4.5", "30%"], ["2027", "10.5", "70%"]]
            notes: Figures in millions.
        """,
    "02-money.yaml": """\
        section: The Money
        slides:
          - title: Where the money comes from
            chart:
              type: column
              categories: [Town, Region, State]
              series: [{name: Share, values: [20, 30, 50]}]
          - title: Ranked by size
            chart:
              type: bar
              categories: [State, Region, Town]
              series: [{name: Share, values: [50, 30, 20]}]
          - title: A picture of the quay
            image: {path: ../../assets/images/quay.png, alt: The quay at low tide}
        """,
}


def model(folder: Path) -> list:
    """Return what a deck says, slide by slide: titles, bullets with levels, notes, tables and chart data.

    Notes are compared as plain text: PowerPoint notes pages carry no markup, in deckbuild's decks or others.
    """
    diags = Diagnostics()
    deck = load_deck(folder, diags)
    assert deck is not None and not diags.has_errors, [d.format() for d in diags]

    def tree(bullets):
        return [(b.text, tree(b.bullets)) for b in bullets]

    out = []
    for section in deck.sections:
        for slide in section.slides:
            out.append((section.title, slide.title, slide.kind, tree(slide.bullets), slide.notes and plain(slide.notes),
                        slide.table and (slide.table.columns, slide.table.rows),
                        slide.chart and (slide.chart.type, slide.chart.categories,
                                         tuple((s.name, s.values) for s in slide.chart.series)),
                        slide.image and slide.image.alt))
    return out


def _picture(root: Path) -> None:
    from PIL import Image

    (root / "assets" / "images").mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (64, 40), (30, 90, 160)).save(root / "assets" / "images" / "quay.png")


def test_built_deck_imports_to_the_same_content_model(project):
    _picture(project.root)
    project.deck("works", DECK)
    assert project.run("build", "--format", "pptx").exit_code == 0
    result = project.run("import", "dist/works.pptx", "--deck", "again")
    assert result.exit_code == 0, result.output
    assert model(project.root / "outlines" / "again") == model(project.root / "outlines" / "works")
    again = yaml.safe_load((project.root / "outlines" / "again" / "deck.yaml").read_text())
    assert again["title"] == "Harbour Works" and again["subtitle"] == "A briefing for the council"
    picture = project.root / "assets" / "images" / "again" / "slide-008.png"
    assert picture.is_file()
    built = project.run("build", "outlines/again", "--format", "pptx")
    assert built.exit_code == 0, built.output
    titles = [s.shapes.title.text for s in Presentation(str(project.root / "dist" / "again.pptx")).slides]
    assert titles == [s.shapes.title.text for s in Presentation(str(project.root / "dist" / "works.pptx")).slides]


def test_what_an_outline_cannot_hold_is_a_todo_naming_the_slide(tmp_path):
    from pptx.util import Inches

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = "A Diagram"
    group = slide.shapes.add_group_shape()
    group.shapes.add_textbox(Inches(1), Inches(2), Inches(2), Inches(1)).text_frame.text = "Box"
    path = tmp_path / "old.pptx"
    prs.save(str(path))
    from deckbuild.importer import import_documents

    result = import_documents([path], "old", tmp_path / "outlines")
    assert result.ok, [d.format() for d in result.diags]
    slides = yaml.safe_load(result.files["01-slides.yaml"])["slides"]
    assert slides[0]["title"] == "A Diagram"
    assert slides[0]["notes"] == "TODO: slide 1: a group ('Group 2') could not be imported; redraw it or leave it out"


def test_a_pptx_is_imported_on_its_own(tmp_path):
    from deckbuild.importer import import_documents

    (tmp_path / "a.txt").write_text("Some text.\n", encoding="utf-8")
    Presentation().save(str(tmp_path / "d.pptx"))
    result = import_documents([tmp_path / "d.pptx", tmp_path / "a.txt"], "x", tmp_path / "outlines")
    assert not result.ok and "a .pptx deck is imported on its own" in result.diags.errors[0].message


WORD = st.sampled_from(["quay", "crane", "tide", "Harbour", "pier", "ferry", "2026", "**bold**", "*light*",
                        "north", "wall", "ünïcödé"])
LINE = st.lists(WORD, min_size=1, max_size=4).map(" ".join)
PLAIN = st.lists(st.sampled_from(["quay", "crane", "tide", "Harbour", "2026", "north"]), min_size=1,
                 max_size=5).map(" ".join)
"""Titles and table cells: deckbuild sets them bold (or not) by style, so markup covering one whole is lost."""


def bullets(depth: int):
    """Bullets that fit on one slide (a slide that overflows continues on a second one: not a round trip)."""
    if depth >= 3:
        return st.lists(LINE, min_size=1, max_size=2)
    node = st.fixed_dictionaries({"text": LINE, "bullets": st.deferred(lambda: bullets(depth + 1))})
    return st.lists(st.one_of(LINE, node), min_size=1, max_size=2 if depth > 1 else 3)


NUMBER = st.integers(min_value=1, max_value=500)
SLIDE = st.one_of(
    st.fixed_dictionaries({"title": PLAIN, "bullets": bullets(1)}, optional={"notes": LINE}),
    st.fixed_dictionaries({"title": PLAIN, "table": st.integers(2, 4).flatmap(lambda n: st.fixed_dictionaries({
        "columns": st.lists(PLAIN, min_size=n, max_size=n),
        "rows": st.lists(st.lists(PLAIN, min_size=n, max_size=n), min_size=1, max_size=4)}))}),
    st.fixed_dictionaries({"title": PLAIN, "chart": st.integers(2, 5).flatmap(lambda n: st.fixed_dictionaries({
        "type": st.sampled_from(["bar", "column", "line"]),
        "categories": st.lists(st.sampled_from(["Q1", "Q2", "Q3", "Q4", "Q5", "Q6"]), min_size=n, max_size=n,
                               unique=True),
        "series": st.lists(st.fixed_dictionaries({"name": st.sampled_from(["Plan", "Actual", "Budget"]),
                                                  "values": st.lists(NUMBER, min_size=n, max_size=n)}),
                           min_size=1, max_size=2, unique_by=lambda s: s["name"])}))}, optional={"notes": LINE}),
)
SECTIONS = st.lists(st.fixed_dictionaries({"section": PLAIN, "slides": st.lists(SLIDE, min_size=1, max_size=3)}),
                    min_size=1, max_size=2)


@settings(max_examples=8, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(sections=SECTIONS)
def test_random_decks_round_trip_through_pptx(sections):
    root = Path(tempfile.mkdtemp(prefix="deckbuild-roundtrip-"))
    try:
        project = Project(root)
        files = {"deck.yaml": yaml.safe_dump({"title": "Round Trip"})}
        for n, section in enumerate(sections, 1):
            files[f"{n:02d}-s.yaml"] = yaml.safe_dump(section, allow_unicode=True, sort_keys=False)
        project.deck("rt", files)
        built = project.run("build", "--format", "pptx")
        assert built.exit_code == 0, built.output
        imported = project.run("import", "dist/rt.pptx", "--deck", "back")
        assert imported.exit_code == 0, imported.output
        assert model(root / "outlines" / "back") == model(root / "outlines" / "rt")
    finally:
        shutil.rmtree(root, ignore_errors=True)
