"""Style configs: built-ins, extends, validation with positions, and what reaches the outputs."""

from __future__ import annotations

from pptx import Presentation

from conftest import SIMPLE_DECK


def test_default_style_is_complete():
    from deckbuild.diagnostics import Diagnostics
    from deckbuild.style_loader import StyleLoader

    diags = Diagnostics()
    style = StyleLoader(__import__("pathlib").Path("."), diags).load(None, __import__("pathlib").Path("."), None)
    assert not diags.items
    assert (style.width, style.height) == (960.0, 540.0)
    assert style.fonts.body == "Liberation Sans" and style.sizes.body == 28
    assert style.handout.page == "A4" and round(style.handout.margins, 2) == 51.02


def test_project_style_extends_default_and_reaches_both_outputs(project):
    project.write("assets/styles/house.yaml", """
        extends: default
        slide: {size: "4:3"}
        colors: {primary: "#336699"}
        sizes: {title: 32}
        handout: {page: letter}
    """)
    project.deck("s", {**SIMPLE_DECK, "deck.yaml": SIMPLE_DECK["deck.yaml"] + "style: house\n"})
    result = project.run("build")
    assert result.exit_code == 0, result.output
    prs = Presentation(project.dist / "s.pptx")
    assert (prs.slide_width.pt, prs.slide_height.pt) == (720, 540)
    run = prs.slides[2].shapes.title.text_frame.paragraphs[0].runs[0]
    assert str(run.font.color.rgb) == "336699" and run.font.size.pt == 32
    from pypdf import PdfReader

    page = PdfReader(project.dist / "s-handout.pdf").pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == (612, 792)


def test_style_path_relative_to_deck_and_chained_extends(project):
    project.write("styles/base.yaml", "colors: {accent: \"#00AA00\"}\n")
    project.write("styles/child.yaml", "extends: base.yaml\nsizes: {body: 20, min_body: 14}\n")
    project.deck("s", {**SIMPLE_DECK, "deck.yaml": SIMPLE_DECK["deck.yaml"] + "style: ../../styles/child.yaml\n"})
    assert project.run("build").exit_code == 0
    prs = Presentation(project.dist / "s.pptx")
    body = [s for s in prs.slides[2].placeholders if s.placeholder_format.idx == 1][0]
    assert body.text_frame.paragraphs[0].runs[0].font.size.pt == 20
    assert 'val="00AA00"' in body.text_frame.paragraphs[0]._p.pPr.xml  # bullet colour from the accent


def test_style_errors_are_positioned(project):
    project.write("assets/styles/bad.yaml", """
        colours: {primary: "#123456"}
        colors: {primary: navy}
        sizes: {body: 12, min_body: 20}
        slide: {size: "16:8"}
        footer: "{deck.titel} {slide.number}"
    """)
    project.deck("s", {**SIMPLE_DECK, "deck.yaml": SIMPLE_DECK["deck.yaml"] + "style: bad\n"})
    result = project.run("check")
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if ": error: " in line]
    assert errors == [
        "assets/styles/bad.yaml:1:1: error: unknown key 'colours' in style — did you mean 'colors'?",
        "assets/styles/bad.yaml:2:19: error: 'primary' 'navy' is not a colour — write it as \"#RRGGBB\" in quotes, "
        "e.g. \"#1F3B5B\"",
        "assets/styles/bad.yaml:3:29: error: sizes: min_body (20) is larger than body (12) — make min_body at most "
        "body",
        "assets/styles/bad.yaml:4:15: error: 'size' '16:8' is not a slide size — did you mean '16:9'?",
        "assets/styles/bad.yaml:5:9: error: footer uses unknown field '{deck.titel}' — did you mean 'deck.title'?",
    ]


def test_style_value_conflicts_after_merge(project):
    project.write("assets/styles/bad.yaml", "sizes: {body: 12}\nfooter: \"{deck.titel}\"\n")
    project.deck("s", {**SIMPLE_DECK, "deck.yaml": SIMPLE_DECK["deck.yaml"] + "style: bad\n"})
    result = project.run("check")
    errors = [line for line in result.stderr.splitlines() if ": error: " in line]
    assert errors == [
        "assets/styles/bad.yaml:1:15: error: sizes: min_body (16) is larger than body (12) — make min_body at most "
        "body",
        "assets/styles/bad.yaml:2:9: error: footer uses unknown field '{deck.titel}' — did you mean 'deck.title'?",
    ]


def test_style_cycle_is_an_error(project):
    project.write("assets/styles/a.yaml", "extends: b\n")
    project.write("assets/styles/b.yaml", "extends: a\n")
    project.deck("s", {**SIMPLE_DECK, "deck.yaml": SIMPLE_DECK["deck.yaml"] + "style: a\n"})
    result = project.run("check")
    assert result.exit_code == 1
    assert "error: style 'a' extends itself" in result.stderr


def test_cli_style_overrides_the_deck(project):
    project.write("my.yaml", "slide: {size: \"4:3\"}\n")
    project.deck("s", SIMPLE_DECK)
    assert project.run("build", "--style", "my.yaml").exit_code == 0
    assert Presentation(project.dist / "s.pptx").slide_width.pt == 720


def test_styles_command_lists_builtins(project):
    result = project.run("styles")
    assert "default" in result.stdout.split()


def test_empty_footer_means_no_footer(project):
    project.write("assets/styles/quiet.yaml", "footer: \"\"\n")
    project.deck("s", {**SIMPLE_DECK, "deck.yaml": SIMPLE_DECK["deck.yaml"] + "style: quiet\n"})
    assert project.run("build").exit_code == 0
    prs = Presentation(project.dist / "s.pptx")
    assert all(ph.placeholder_format.type != 15 for s in prs.slides for ph in s.placeholders)  # 15 = FOOTER
