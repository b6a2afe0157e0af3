"""Markdown section files (src/deckbuild/mdoutline): every construct, the warnings for what deckbuild
cannot show, errors positioned in the .md file, mixed YAML and Markdown decks, and the CLI commands."""

from __future__ import annotations

import textwrap
from pathlib import Path

from pptx import Presentation

from deckbuild.diagnostics import Diagnostics
from deckbuild.loader import load_deck

DECK = """
    title: Markdown deck
    sources:
      amigos: {title: Source A}
      paradigm: {title: Source B}
    audiences:
      lecture: {description: Lecture}
      executive: {description: Brief}
"""


def load(project, monkeypatch, md: str, extra: dict[str, str] | None = None):
    """Return (deck or None, diagnostics as formatted lines) of a deck with one Markdown section *md*."""
    project.deck("d", {"deck.yaml": DECK, "01-s.md": md, **(extra or {})})
    monkeypatch.chdir(project.root)
    diags = Diagnostics()
    deck = load_deck(Path("outlines/d"), diags)
    return deck, [d.format() for d in diags.sorted()]


def one_slide(project, monkeypatch, body: str):
    deck, lines = load(project, monkeypatch, "# S\n\n## Slide\n\n" + textwrap.dedent(body).strip("\n") + "\n")
    assert deck is not None, lines
    return deck.sections[0].slides[0], lines


def test_section_heading_summary_notes_and_attributes(project, monkeypatch):
    deck, lines = load(project, monkeypatch, """
        # Historical ties {sources=amigos,paradigm only=lecture}

        From Soviet patronage
        to a treaty.

        A second paragraph.

        ::: notes
        Say this first.
        :::

        ## One

        - a
    """)
    assert lines == []
    sec = deck.sections[0]
    assert (sec.title, sec.summary, sec.notes) == ("Historical ties", "From Soviet patronage to a treaty.\n"
                                                   "A second paragraph.\n", "Say this first.\n")
    assert sec.sources == ("amigos", "paradigm") and sec.vis.only == ("lecture",)


def test_nested_lists_are_bullets_with_levels_and_attributes(project, monkeypatch):
    slide, lines = one_slide(project, monkeypatch, """
        - First {sources=amigos}
          - Second level *italic*
            - Third $x^2$
        - Only for the lecture {only=lecture}
    """)
    assert lines == []
    first, lecture = slide.bullets
    assert (first.text, first.sources) == ("First", ("amigos",))
    assert first.bullets[0].text == "Second level *italic*"
    assert first.bullets[0].bullets[0].text == "Third $x^2$"
    assert lecture.vis.only == ("lecture",)


def test_notes_by_block_and_by_comment(project, monkeypatch):
    slide, lines = one_slide(project, monkeypatch, """
        - a

        ::: notes
        First paragraph.

        Second paragraph.
        :::

        <!-- notes: And a comment. -->
    """)
    assert lines == []
    assert slide.notes == "First paragraph.\n\nSecond paragraph.\n\nAnd a comment.\n"


def test_details_are_handout_prose(project, monkeypatch):
    slide, _ = one_slide(project, monkeypatch, "- a\n\n::: details\nLonger prose.\n:::\n")
    assert slide.details == "Longer prose.\n"


def test_columns(project, monkeypatch):
    slide, lines = one_slide(project, monkeypatch, """
        :::: columns
        ::: column
        ### Before
        - one
        :::
        ::: column
        ### After
        - two
        - three
        :::
        ::::
    """)
    assert lines == []
    assert slide.kind == "columns"
    assert [(c.title, [b.text for b in c.bullets]) for c in slide.columns] == [("Before", ["one"]),
                                                                              ("After", ["two", "three"])]


def test_quote_with_a_final_by_line(project, monkeypatch):
    slide, _ = one_slide(project, monkeypatch, "> The pact is defensive.\n>\n> — Putin\n")
    assert slide.kind == "quote"
    assert (slide.quote.text, slide.quote.by) == ("The pact is defensive.", "Putin")


def test_pipe_table(project, monkeypatch):
    slide, lines = one_slide(project, monkeypatch, """
        | Treaty | Year |
        |--------|------|
        | 1961   | yes \\| no |
        | 2024   |      |
    """)
    assert lines == []
    assert slide.table.columns == ("Treaty", "Year")
    assert slide.table.rows == (("1961", "yes | no"), ("2024", ""))


def test_fenced_code_with_language_line_numbers_and_highlight(project, monkeypatch):
    slide, lines = one_slide(project, monkeypatch, """
        ```python {.numberLines hl="1,3-4"}
        a = 1
        b = 2
        c = 3
        d = 4
        ```
    """)
    assert lines == []
    assert (slide.kind, slide.code.lang, slide.code.line_numbers, slide.code.highlight) == ("code", "python", True,
                                                                                             (1, 3, 4))
    assert slide.code.text == "a = 1\nb = 2\nc = 3\nd = 4"


def test_display_and_inline_math(project, monkeypatch):
    slide, lines = one_slide(project, monkeypatch, "- the sum $n(n+1)/2$\n\n$$\n\\sum_{i=1}^n i\n$$\n")
    assert lines == []
    assert slide.kind == "math" and slide.math == ("\\sum_{i=1}^n i",)
    assert slide.bullets[0].text == "the sum $n(n+1)/2$"


def test_image_with_alt_caption_and_a_width(project, monkeypatch):
    from PIL import Image

    (project.root / "outlines" / "d").mkdir(parents=True)
    Image.new("RGB", (40, 30), "red").save(project.root / "outlines" / "d" / "map.png")
    slide, lines = one_slide(project, monkeypatch, '![The peninsula](map.png "Korea, 1953"){width=50% fit=cover}\n')
    assert slide.kind == "image"
    assert (slide.image.alt, slide.image.caption, slide.image.width) == ("The peninsula", "Korea, 1953", 40)
    assert (slide.image.box_w, slide.image.fit) == ((50.0, "%"), "cover")
    assert lines == []


def test_an_unknown_image_attribute_is_warned(project, monkeypatch):
    from PIL import Image

    (project.root / "outlines" / "d").mkdir(parents=True)
    Image.new("RGB", (40, 30), "red").save(project.root / "outlines" / "d" / "map.png")
    _, lines = one_slide(project, monkeypatch, '![The peninsula](map.png){align=left}\n')
    assert lines == ["outlines/d/01-s.md:5:27: warning: the image attribute 'align=left' is not supported and "
                     "is ignored — deckbuild sizes an image with width, height, fit and focus"]


def test_links_stay_links(project, monkeypatch):
    slide, _ = one_slide(project, monkeypatch, "- See [the text](https://example.org/pact)\n")
    from deckbuild import markup

    assert markup.links(slide.bullets[0].text) == ["https://example.org/pact"]


def test_statement_is_a_lone_paragraph(project, monkeypatch):
    slide, lines = one_slide(project, monkeypatch, "The pact changes\neverything.\n")
    assert (slide.kind, slide.statement, lines) == ("statement", "The pact changes everything.", [])


def test_rule_starts_a_slide_and_a_heading_after_it_titles_that_slide(project, monkeypatch):
    deck, lines = load(project, monkeypatch, "# S\n\n## One\n\n- a\n\n---\n\n## Two\n\n- b\n\n---\n\n## Three\n")
    assert [s.title for s in deck.sections[0].slides] == ["One", "Two", "Three"]


def test_fields_as_heading_attributes_and_a_yaml_slide_block(project, monkeypatch):
    deck, lines = load(project, monkeypatch, """
        # S

        ## History {skip=executive reveal=true}

        - a
        - b

        ```yaml slide
        variants:
          lecture: {title: Longer history}
        ```

        ## Dates {in=handout}

        ```yaml slide
        timeline:
          - {date: "1948", text: Recognition}
          - {date: "1961", text: Treaty}
        ```

        ## Numbers

        ```yaml slide
        chart: {type: bar, categories: [a, b], series: [{name: s, values: [1, 2]}]}
        ```
    """)
    assert lines == []
    history, dates, numbers = deck.sections[0].slides
    assert history.vis.skip == ("executive",) and history.reveal is True
    assert history.variants["lecture"]["title"] == "Longer history"
    assert dates.kind == "timeline" and dates.vis.media == ("handout",)
    assert [e.date for e in dates.timeline] == ["1948", "1961"]
    assert numbers.kind == "chart" and numbers.chart.series[0].values == (1.0, 2.0)


def test_pandoc_incremental_lists(project, monkeypatch):
    deck, lines = load(project, monkeypatch, "# S\n\n## A\n\n> - one\n> - two\n\n## B\n\n::: incremental\n- x\n:::\n")
    a, b = deck.sections[0].slides
    assert a.reveal is True and [x.text for x in a.bullets] == ["one", "two"]
    assert b.reveal is True and lines == []


# -- positioned errors -----------------------------------------------------------------------------
def test_errors_are_positioned_in_the_md_file_with_hints(project, monkeypatch):
    deck, lines = load(project, monkeypatch, """
        # S

        ## Slide {onyl=lecture}

        - x {sources=amigoz}

        ## Code

        ```pyton
        x
        ```

        ## Block

        ```yaml slide
        bulets: [a]
        ```

        ---

        - untitled
    """)
    assert deck is None
    assert lines == [
        "outlines/d/01-s.md:3:11: error: unknown key 'onyl' in slide — did you mean 'only'?",
        "outlines/d/01-s.md:5:14: error: source 'amigoz' is not defined in deck.yaml — did you mean 'amigos'?",
        "outlines/d/01-s.md:9:4: error: unknown code language 'pyton' — did you mean 'python'?",
        "outlines/d/01-s.md:16:1: error: unknown key 'bulets' in slide — did you mean 'bullets'?",
        "outlines/d/01-s.md:19:1: warning: this slide has no title; it takes the title of the slide before it, "
        "'Block' — start it with '## Title' (or give 'title:' in a ```yaml slide block)",
    ]


def test_bad_yaml_in_a_slide_block_and_bad_values(project, monkeypatch):
    deck, lines = load(project, monkeypatch, """
        # S

        ## A {reveal=maybe}

        - a

        ## B

        ```yaml slide
        chart: {type: bar
        ```

        ## C

        - $\\frac{1}{$
    """)
    assert deck is None
    assert lines[0] == "outlines/d/01-s.md:3:14: error: 'reveal' must be true or false, not 'maybe'"
    assert lines[1].startswith("outlines/d/01-s.md:11:1: error: invalid YAML in the ```yaml block")
    assert lines[2].startswith("outlines/d/01-s.md:15:3: error:")


def test_too_deep_bullets_are_an_error(project, monkeypatch):
    deck, lines = load(project, monkeypatch, "# S\n\n## A\n\n- 1\n  - 2\n    - 3\n      - 4\n        - 5\n")
    assert deck is None
    assert lines == ["outlines/d/01-s.md:9:11: error: bullets nest at most 4 levels deep — move the detail into the "
                     "notes or split the slide"]


def test_a_second_listing_goes_on_a_slide_of_its_own(project, monkeypatch):
    deck, lines = load(project, monkeypatch, "# S\n\n## Two listings\n\n```c\nx\n```\n\n```c\ny\n```\n")
    assert [(s.title, s.code.text) for s in deck.sections[0].slides] == [("Two listings", "x"), ("Two listings", "y")]
    assert lines == ["outlines/d/01-s.md:9:1: warning: a slide shows one code; this one goes on a slide of its own, "
                     "also titled 'Two listings' — split the slide yourself to give it a title of its own"]


def test_a_slide_has_one_kind(project, monkeypatch):
    _, lines = load(project, monkeypatch, "# S\n\n## A\n\n> q\n\n| a |\n|---|\n| 1 |\n")
    assert lines == ["outlines/d/01-s.md:7:1: error: a slide has one kind, but this one has both 'quote' and "
                     "'table' — split it into two slides"]


def test_unreadable_and_empty_files(project, monkeypatch):
    project.deck("d", {"deck.yaml": DECK})
    (project.root / "outlines/d/01-s.md").write_bytes(b"# S\n\n## \xff\n")
    (project.root / "outlines/d/02-e.md").write_text("  \n")
    monkeypatch.chdir(project.root)
    diags = Diagnostics()
    assert load_deck(Path("outlines/d"), diags) is None
    assert [d.format() for d in diags.sorted()] == [
        "outlines/d/01-s.md:3:4: error: file is not UTF-8 (byte 0xff) — save the file as UTF-8",
        "outlines/d/02-e.md:1:1: error: the section file is empty — start it with '# Section title'"]


# -- warnings: what deckbuild cannot show ----------------------------------------------------------
def test_what_deckbuild_cannot_show_is_a_warning_naming_the_line(project, monkeypatch):
    deck, lines = load(project, monkeypatch, """
        # S

        ## A

        - one <br> two
        - see[^1]

        #### Deeper

        <div>raw</div>

        1. first

        . . .

        ::: aside
        - inside
        :::

        [^1]: A footnote.
    """)
    assert deck is not None
    assert lines == [
        "outlines/d/01-s.md:5:7: warning: raw HTML '<br>' is shown as text — deckbuild draws no HTML; use **bold**, "
        "*italic* or `code`",
        "outlines/d/01-s.md:6:1: warning: a footnote reference is shown as text (deckbuild has no footnotes) — cite "
        "sources with {sources=…}, or put the text in the notes",
        "outlines/d/01-s.md:8:1: warning: a level-4 heading inside a slide has no meaning in deckbuild; it is shown as "
        "a bullet — start a new slide with the slide-level heading, or use a column title in ::: column",
        "outlines/d/01-s.md:10:1: warning: raw HTML is not shown — deckbuild draws no HTML; write the content in "
        "Markdown",
        "outlines/d/01-s.md:12:1: warning: a numbered list is shown as bullets — deckbuild has no numbered lists; "
        "write the numbers into the text if they matter",
        "outlines/d/01-s.md:14:1: warning: pauses ('. . .') are not supported — add {reveal=true} to the slide "
        "heading to show its bullets one click at a time",
        "outlines/d/01-s.md:16:1: warning: '::: aside' is not a block deckbuild knows; its content is read as if the "
        "fence were not there — deckbuild knows ::: notes, details, columns, column and incremental",
        "outlines/d/01-s.md:20:1: warning: footnotes are not shown by deckbuild; this footnote is left out — cite "
        "sources with {sources=…} on the slide or bullet, or move the text to the notes",
    ]
    texts = [b.text for b in deck.sections[0].slides[0].bullets]
    assert texts == ["one <br> two", "see[^1]", "Deeper", "first", "inside"]


# -- whole decks -----------------------------------------------------------------------------------
def test_yaml_and_markdown_sections_mix_in_one_deck_and_build(project):
    project.deck("mix", {
        "deck.yaml": "title: Mixed\n",
        "01-a.yaml": "section: From YAML\nslides:\n  - title: Y slide\n    bullets: [y1]\n",
        "02-b.md": "# From Markdown\n\n## M slide\n\n- m1\n  - m2\n\n::: notes\nSpoken.\n:::\n",
        "03-c.yaml": "section: YAML again\nslides:\n  - title: Z slide\n    bullets: [z1]\n",
    })
    result = project.run("build", "outlines/mix")
    assert result.exit_code == 0, result.output
    prs = Presentation(str(project.dist / "mix.pptx"))
    titles = [s.shapes.title.text for s in prs.slides if s.shapes.title is not None]
    assert titles[1:] == ["From YAML", "Y slide", "From Markdown", "M slide", "YAML again", "Z slide"]
    m_slide = [s for s in prs.slides if s.shapes.title is not None and s.shapes.title.text == "M slide"][0]
    body = [sh for sh in m_slide.placeholders if sh.placeholder_format.idx != 0][0]
    assert [(p.text, p.level) for p in body.text_frame.paragraphs] == [("m1", 0), ("m2", 1)]
    assert m_slide.notes_slide.notes_text_frame.text.strip() == "Spoken."


def test_md_errors_in_a_build_write_nothing(project):
    project.deck("bad", {"deck.yaml": "title: Bad\n", "01.md": "# S\n\n## T {sorces=x}\n"})
    result = project.run("build", "outlines/bad")
    assert result.exit_code == 1
    assert "outlines/bad/01.md:3:7: error: unknown key 'sorces' in slide — did you mean 'sources'?" in result.output
    assert not (project.root / "dist" / "bad.pptx").exists()


def test_new_markdown_scaffolds_a_deck_that_builds(project):
    result = project.run("new", "talk", "--markdown")
    assert result.exit_code == 0, result.output
    assert "01-introduction.md" in result.output
    assert (project.root / "outlines/talk/01-introduction.md").is_file()
    assert not list((project.root / "outlines/talk").glob("*.yaml"))[1:]  # only deck.yaml
    built = project.run("build", "outlines/talk")
    assert built.exit_code == 0 and "warning" not in built.output, built.output
    prs = Presentation(str(project.dist / "talk.pptx"))
    assert "The first slide" in [s.shapes.title.text for s in prs.slides if s.shapes.title is not None]


def test_convert_both_ways_never_touches_the_source(project):
    project.deck("src", {"deck.yaml": "title: T\nsections: [01-a.yaml, 02-b.yaml]\n",
                         "01-a.yaml": "section: A\nslides:\n  - title: One\n    bullets: [x]\n",
                         "02-b.yaml": "section: B\nslides:\n  - title: Two\n    statement: Big.\n"})
    before = {p.name: p.read_bytes() for p in (project.root / "outlines/src").iterdir()}
    result = project.run("convert", "outlines/src", "--to", "md")
    assert result.exit_code == 0, result.output
    folder = project.root / "outlines/src-md"
    assert sorted(p.name for p in folder.iterdir()) == ["01-a.md", "02-b.md", "deck.yaml"]
    assert (folder / "deck.yaml").read_text() == "title: T\nsections: [01-a.md, 02-b.md]\n"
    assert (folder / "01-a.md").read_text() == "# A\n\n## One\n\n- x\n"
    assert {p.name: p.read_bytes() for p in (project.root / "outlines/src").iterdir()} == before
    assert project.run("check", "outlines/src-md").exit_code == 0  # the listed .md sections load
    back = project.run("convert", "outlines/src-md", "--to", "yaml")
    assert back.exit_code == 0, back.output
    assert (project.root / "outlines/src-md-yaml/02-b.yaml").read_text() == (
        "section: B\nslides:\n- title: Two\n  statement: Big.\n")
    again = project.run("convert", "outlines/src", "--to", "md")
    assert again.exit_code == 2 and "already exists" in again.output


def test_convert_rebases_image_paths_for_another_folder(project):
    from PIL import Image

    project.deck("p", {"deck.yaml": "title: T\n",
                       "01.yaml": "section: A\nslides:\n  - title: Pic\n"
                                  "    image: {path: ../../assets/m.png, alt: M}\n"})
    (project.root / "assets").mkdir()
    Image.new("RGB", (10, 10)).save(project.root / "assets/m.png")
    result = project.run("convert", "outlines/p", "--to", "md", "--out", "outlines/more/p")
    assert result.exit_code == 0, result.output
    assert "![M](../../../assets/m.png)" in (project.root / "outlines/more/p/01.md").read_text()
    assert project.run("check", "outlines/more/p").exit_code == 0


def test_an_image_in_a_column_is_warned_not_shown_as_text(project, monkeypatch):
    slide, lines = one_slide(project, monkeypatch, ":::: columns\n::: column\n![](x.png)\n\n- a\n:::\n::: column\n- b\n"
                                                   ":::\n::::\n")
    assert [[b.text for b in c.bullets] for c in slide.columns] == [["a"], ["b"]]
    assert lines == ["outlines/d/01-s.md:7:1: warning: an image in a column is not shown — give the image a slide of "
                     "its own, with bullets beside it if you like"]


def test_the_readme_example_builds_without_warnings(project):
    import re
    import shutil

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    example = re.search(r"^````markdown\n(.*?)^````$", readme, re.S | re.M).group(1)
    shutil.copytree(Path(__file__).resolve().parents[1] / "assets", project.root / "assets")
    project.deck("readme", {"deck.yaml": DECK.replace("executive", "analyst") + "      executive: {description: E}\n",
                            "01-historical-ties.md": example})
    result = project.run("build", "outlines/readme", "--format", "pptx")
    assert result.exit_code == 0, result.output
    assert "warning" not in result.output, result.output
    prs = Presentation(str(project.dist / "readme.pptx"))
    titles = [s.shapes.title.text for s in prs.slides if s.shapes.title is not None]
    assert titles[1:] == ["Historical ties", "Then and now", "The official line", "Binary search",
                          "A figure", "Dates"]


def test_hostile_markdown_is_bounded_and_positioned(project, monkeypatch):
    deep_yaml = "```yaml slide\nchart: " + "[" * 1500 + "]" * 1500 + "\n```\n"
    deep_quotes = ">" * 300 + " x\n"
    deck, lines = load(project, monkeypatch, "# S\n\n## A\n\n" + deep_yaml + "\n## B\n\n" + deep_quotes +
                       "\n## C\n\n- a\x01b\n")
    assert deck is None
    assert "outlines/d/01-s.md:6:1: error: the YAML in this block is nested too deeply to read — slide fields nest " \
           "a few levels" in lines
    assert lines[-1] == ("outlines/d/01-s.md:15:3: error: bullet 1 of 'bullets' contains the control character "
                         "U+0001 — remove it; slides cannot show control characters")


def test_a_formula_error_points_at_its_dollar_on_one_line_and_at_the_text_over_several(project, monkeypatch):
    _, lines = load(project, monkeypatch,
                    "# S\n\n## A\n\n- ok and $\\frac{1}{$\n- a long bullet\n  over two $\\frac{$\n")
    assert [line.split(": error")[0] for line in lines] == ["outlines/d/01-s.md:5:10", "outlines/d/01-s.md:6:3"]


def test_a_readme_in_the_deck_folder_is_not_a_section(project, monkeypatch):
    deck, lines = load(project, monkeypatch, "# S\n\n## A\n\n- a\n", {"README.md": "# About this deck\n\nNotes.\n"})
    assert [s.title for s in deck.sections] == ["S"] and lines == []


def test_reading_a_markdown_file_leaves_its_syntax_tree_to_reference_counting():
    """A build pauses the cyclic collector, so the reader must not leave the tree's parent links behind:
    untied, 50 slides leave a handful of cycles; tied, about 5,000 nodes wait for the collector."""
    import gc

    from deckbuild.mdoutline.reader import read_markdown_sections

    text = "# S\n\n" + "".join(f"## Slide {i}\n\n- a\n- **b** [x](https://example.org)\n\n::: notes\nsaid\n:::\n\n"
                               for i in range(50))
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        nodes = read_markdown_sections(text, "a.md", Diagnostics())
        left = gc.collect()
    finally:
        if enabled:
            gc.enable()
    assert len(nodes) == 1 and len(nodes[0].value[-1][1].value) == 50
    assert left < 100, f"{left} objects were left for the cyclic collector"
