"""Red-team pass over Markdown outlines and ``convert``: a million bullets stop before parsing, a bad
``slide-level`` is an error at its value, and a deck with errors is not converted."""

from __future__ import annotations

import pytest

from .input_kit import bounded, make, refused

BUDGET_HINT = "split it into several section files"


@pytest.mark.parametrize("bullet", ["-\n", "- b\n"])
def test_a_markdown_file_of_countless_bullets_is_refused_within_budget(tmp_path, bullet):
    text = "# S\n\n## T\n\n" + bullet * (999_990 if bullet == "-\n" else 60_000)
    assert len(text.encode()) < 2 * 1024 * 1024  # under the file-size limit: the line budget must stop it
    project = make(tmp_path, deck={"01.yaml": "", "01.md": text})
    (tmp_path / "outlines/d/01.yaml").unlink()
    refused(project, bounded(project, "build"), "outlines/d/01.md:50003:1: error: the file has more than 50,000 "
            f"lines of text (the limit per Markdown file) — {BUDGET_HINT}")


@pytest.mark.parametrize("value,shown", [("99", "'99'"), ("two", "'two'"), ("0", "'0'"), ("[2]", "a list")])
def test_a_slide_level_deckbuild_cannot_use_is_an_error_at_its_value(tmp_path, value, shown):
    text = f"---\nslide-level: {value}\n---\n# S\n\n## T\n\n- fine\n"
    project = make(tmp_path, deck={"01.md": text})
    (tmp_path / "outlines/d/01.yaml").unlink()
    err = refused(project, project.run("build"), f"outlines/d/01.md:2:14: error: 'slide-level' is {shown}; it must "
                  "be 1, 2 or 3 — the heading level that starts a slide")
    assert "does not use" not in err


def test_a_deck_with_errors_is_not_converted(tmp_path):
    project = make(tmp_path, deck={"01.yaml": "section: S\nslides:\n  - titl: T\n"})
    result = project.run("convert", "outlines/d", "--to", "md")
    assert result.exit_code == 1, result.output
    assert "outlines/d/01.yaml:3:5: error: unknown key 'titl' in slide — did you mean 'title'?" in result.stderr
    assert "Traceback" not in result.output and "wrote" not in result.output
    assert not (tmp_path / "outlines/d-md").exists()


def _run_langs(slide) -> dict[str, str]:
    return {r.text.strip(): r._r.rPr.get("lang") for shape in slide.shapes if shape.has_text_frame
            for p in shape.text_frame.paragraphs for r in p.runs if r.text.strip()}


MD_LANG = ("# Sektion {lang=fr}\n\n## Bonjour tout le monde {lang=fr}\n\n- Un deux trois\n- Quatre {lang=de-CH}\n\n"
           "## Plain English\n\n- Guten Tag {lang=de}\n")
YAML_LANG = ("section: Sektion\nslides:\n  - title: Bonjour tout le monde\n    lang: fr\n"
             "    bullets: [Un deux trois, {text: Quatre, lang: de-CH}]\n"
             "  - title: Plain English\n    bullets: [{text: Guten Tag, lang: de}]\n")


@pytest.mark.parametrize("source", ["md", "yaml"])
def test_lang_on_a_markdown_heading_or_bullet_sets_the_language_as_yaml_does(tmp_path, source):
    from conftest import Outputs

    project = make(tmp_path, deck={"deck.yaml": "title: Hostile\nlang: en\n",
                                   "01.yaml": YAML_LANG if source == "yaml" else "", "01.md": MD_LANG})
    (tmp_path / "outlines/d" / ("01.md" if source == "yaml" else "01.yaml")).unlink()
    result = project.run("build")
    assert result.exit_code == 0, result.output
    deck = Outputs(project, "d")
    _, french = deck.slide("Bonjour tout le monde")
    langs = _run_langs(french)  # the footer's runs are in the slide's language too
    assert {k: langs[k] for k in ("Bonjour tout le monde", "Un deux trois", "Quatre", "Hostile")} == {
        "Bonjour tout le monde": "fr", "Un deux trois": "fr", "Quatre": "de-CH", "Hostile": "fr"}
    _, english = deck.slide("Plain English")
    langs = _run_langs(english)
    assert {k: langs[k] for k in ("Plain English", "Guten Tag", "Hostile")} == {
        "Plain English": "en", "Guten Tag": "de", "Hostile": "en"}
    if source == "md":  # only the section's heading has no language of its own: that one is still warned
        assert result.stderr.count("the attribute 'lang'") == 1, result.stderr
        assert "01.md:1:12: warning: the attribute 'lang' steers pandoc's or Marp's output" in result.stderr


def test_a_deck_of_more_slides_than_its_budget_is_refused_at_the_section_that_passes_it(tmp_path):
    many = "# S\n\n" + "".join(f"## Slide {i}\n\n- a\n\n" for i in range(7_000))
    files = {f"0{i}.md": many for i in (1, 2, 3)}
    files["deck.yaml"] = "title: Hostile\nsections: [01.md, 02.md, 03.md]\n"
    project = make(tmp_path, deck=files)
    (tmp_path / "outlines/d/01.yaml").unlink()
    refused(project, bounded(project, "build"), "outlines/d/deck.yaml:2:26: error: the deck has more than 20,000 "
            "slides (counted to here: 21,000) — split it into several decks")
