"""Bounded work: text repeated through YAML aliases, section lists that repeat a file and very long files
stop with a positioned error, within 10 s of CPU and 1 GB, with dist/ untouched."""

from __future__ import annotations

from .input_kit import DECK, bounded, make, refused

ALIAS_HINT = "write the text out once, or repeat a shorter text; every alias (*name) copies the whole anchored value"


def _aliased_bullets(length: int, copies: int) -> str:
    return ("section: S\nsummary: &s " + "x" * length + "\nslides:\n  - title: T\n    bullets: ["
            + ", ".join(["*s"] * copies) + "]\n")


def test_one_long_text_aliased_3000_times_stops_at_once(tmp_path):
    text = _aliased_bullets(20_000, 3_000)
    assert len(text) < 40_000  # a 32 KB file…
    project = make(tmp_path, deck={"01.yaml": text})
    refused(project, bounded(project, "build"), "outlines/d/01.yaml:2:10: error: YAML aliases repeat this text "
            f"(&s) to more than 200,000 characters — {ALIAS_HINT}")


def test_aliased_slides_with_long_bullets_are_measured_in_characters(tmp_path):
    slide = "  - &s {title: T, bullets: [" + "y" * 5_000 + "]}\n"
    text = "section: S\nslides:\n" + slide + "".join("  - *s\n" for _ in range(100))
    project = make(tmp_path, deck={"01.yaml": text})
    refused(project, bounded(project, "check"), "outlines/d/01.yaml:3:29: error: YAML aliases repeat this text "
            "to more than 200,000 characters")


def test_aliases_in_deck_yaml_are_measured_too(tmp_path):
    deck = (DECK + "sources:\n  a: {title: A, note: &n " + "z" * 10_000 + "}\n"
            + "".join(f"  s{i}: {{title: S, note: *n}}\n" for i in range(40)))
    project = make(tmp_path, deck={"deck.yaml": deck})
    refused(project, bounded(project, "build"), "outlines/d/deck.yaml:3:23: error: YAML aliases repeat this text "
            "(&n) to more than 200,000 characters")


def test_aliases_in_a_style_file_are_measured_too(tmp_path):
    style = "fonts:\n  fallback: [&f " + "F" * 10_000 + ", " + ", ".join(["*f"] * 30) + "]\n"
    project = make(tmp_path, {"assets/styles/s.yaml": style}, deck={"deck.yaml": DECK + "style: s\n"})
    refused(project, bounded(project, "build"), "assets/styles/s.yaml:2:14: error: YAML aliases repeat this text "
            "(&f) to more than 200,000 characters")


def test_100000_bullets_are_refused_without_a_hint_about_aliases(tmp_path):
    text = "section: S\nslides:\n  - title: T\n    bullets:\n" + "      - b\n" * 100_000
    project = make(tmp_path, deck={"01.yaml": text})
    err = refused(project, bounded(project, "build"), "error: the file holds more than 100,000 values (the limit per "
                  "file) — split it into several section files")
    assert "alias" not in err.lower()


def test_a_section_file_listed_twice_is_an_error_at_the_repeat(tmp_path):
    project = make(tmp_path, deck={"deck.yaml": DECK + "sections:\n  - 01.yaml\n  - 01.yaml\n"})
    refused(project, project.run("build"), "outlines/d/deck.yaml:4:5: error: section file '01.yaml' is listed more "
            "than once (first at line 3) — each section file is built once; remove the repeats")


def test_the_same_file_spelled_two_ways_is_a_repeat(tmp_path):
    project = make(tmp_path, deck={"deck.yaml": DECK + "sections: [01.yaml, ./01.yaml]\n"})
    refused(project, project.run("build"), "outlines/d/deck.yaml:2:21: error: section file './01.yaml' is listed "
            "more than once (first at line 2)")


def test_a_file_repeated_300_times_is_one_error_with_a_count(tmp_path):
    project = make(tmp_path, deck={"deck.yaml": DECK + "sections: [" + ", ".join(["01.yaml"] * 300) + "]\n"})
    refused(project, bounded(project, "build"), "outlines/d/deck.yaml:2:21: error: section file '01.yaml' is listed "
            "more than once (first at line 2; 298 more repeats follow)")


def test_a_section_list_of_5000_entries_is_over_budget(tmp_path):
    project = make(tmp_path, deck={"deck.yaml": DECK + "sections: [" + ", ".join(["01.yaml"] * 5_000) + "]\n"})
    refused(project, bounded(project, "build"), "outlines/d/deck.yaml:2:11: error: the deck has 5,000 sections; the "
            "limit is 1,000 — split it into several decks")
