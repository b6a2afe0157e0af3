"""Broken outlines: every problem reported as path:line:col, all in one run, nothing written."""

from __future__ import annotations

import pytest

from conftest import SIMPLE_DECK, outputs

DECK_OK = "title: Broken Deck\nsources:\n  a: {title: Source A}\naudiences:\n  lecture: {description: Class}\n"

# (name, files, expected diagnostic lines). Paths are relative to the project root.
CASES = [
    ("bad-yaml", {"01-s.yaml": "section: S\nslides:\n  - title: T\n    bullets: [one, two\n"},
     ["outlines/d/01-s.yaml:4:14: error: invalid YAML: expected ',' or ']', but the file ended "
      "(while parsing a flow sequence) — the list opened with '[' on this line is not closed where YAML expected; "
      "close it with ']', and quote items that hold ', ', ': ' or '#'"]),
    ("unknown-key", {"01-s.yaml": "section: S\nslides:\n  - title: T\n    bulets: [one]\n"},
     ["outlines/d/01-s.yaml:4:5: error: unknown key 'bulets' in slide — did you mean 'bullets'?"]),
    ("wrong-type", {"01-s.yaml": "section: S\nslides:\n  - title: T\n    bullets: just text\n"},
     ["outlines/d/01-s.yaml:4:14: error: 'bullets' must be a list, not text — write one item per line, "
      "each starting with '- '"]),
    ("missing-title", {"01-s.yaml": "section: S\nslides:\n  - bullets: [one]\n"},
     ["outlines/d/01-s.yaml:3:5: error: slide is missing 'title' — the slide title"]),
    ("undefined-source", {"01-s.yaml": "section: S\nslides:\n  - title: T\n    sources: [amigo]\n"},
     ["outlines/d/01-s.yaml:4:14: error: source 'amigo' is not defined in deck.yaml — define it under "
      "'sources:' in outlines/d/deck.yaml"]),
    ("missing-section-file", {"deck.yaml": DECK_OK + "sections:\n  - 01-s.yaml\n  - 02-missing.yaml\n",
                              "01-s.yaml": "section: S\n"},
     ["outlines/d/deck.yaml:8:5: error: file not found: outlines/d/02-missing.yaml — check the name and that it "
      "is relative to the file that names it"]),
    ("too-deep", {"01-s.yaml": "section: S\nslides:\n  - title: T\n    bullets:\n      - text: 1\n        bullets:\n"
                  "          - text: 2\n            bullets:\n              - text: 3\n                bullets:\n"
                  "                  - text: 4\n                    bullets: [five]\n"},
     ["outlines/d/01-s.yaml:12:31: error: bullets nest at most 4 levels deep — move the detail into the notes "
      "or split the slide"]),
    ("tab-indent", {"01-s.yaml": "section: S\nslides:\n\t- title: T\n"},
     ["outlines/d/01-s.yaml:3:1: error: invalid YAML: found character '\\t' that cannot start any token "
      "(while scanning for the next token) — indent with spaces, not tabs"]),
    ("duplicate-key", {"01-s.yaml": "section: S\nslides:\n  - title: T\n    title: U\n"},
     ["outlines/d/01-s.yaml:4:5: error: duplicate key 'title' in slide 1 of 'slides' (first at line 3) — "
      "YAML keeps only one of them; remove or rename one"]),
    ("unknown-style", {"deck.yaml": DECK_OK + "style: defualt\n", "01-s.yaml": "section: S\n"},
     ["outlines/d/deck.yaml:6:8: error: unknown style 'defualt' — did you mean 'default'?"]),
    ("empty-deck", {"deck.yaml": "", "01-s.yaml": "section: S\n"},
     ["outlines/d/deck.yaml:1:1: error: the deck file is empty — start it with 'title: …' and list its sections"]),
    ("deck-without-title", {"deck.yaml": "subtitle: x\n", "01-s.yaml": "section: S\n"},
     ["outlines/d/deck.yaml:1:1: error: deck is missing 'title' — the deck title"]),
    ("colon-in-bullet", {"01-s.yaml": "section: S\nslides:\n  - title: T\n    bullets:\n      - Note: this breaks\n"},
     ["outlines/d/01-s.yaml:5:9: error: bullet 1 of 'bullets' was read as a mapping because of ': ' after 'Note' "
      "— put the whole bullet in quotes"]),
    ("unknown-audience", {"01-s.yaml": "section: S\nslides:\n  - title: T\n    only: [lectures]\n"},
     ["outlines/d/01-s.yaml:4:11: error: audience 'lectures' is not defined in deck.yaml — "
      "did you mean 'lecture'?"]),
    ("chart-values", {"01-s.yaml": "section: S\nslides:\n  - title: T\n    chart:\n      type: bar\n"
                      "      categories: [a, b]\n      series:\n        - {name: s, values: [1]}\n"},
     ["outlines/d/01-s.yaml:8:29: error: series 's' has 1 value but there are 2 categories — "
      "give one value per category"]),
    ("bad-layout", {"01-s.yaml": "section: S\nslides:\n  - title: T\n    layout: bulets\n"},
     ["outlines/d/01-s.yaml:4:13: error: 'layout' 'bulets' is not known — did you mean 'bullets'?"]),
    ("not-utf8", {"01-s.yaml": b"section: caf\xe9\n"},
     ["outlines/d/01-s.yaml:1:13: error: file is not UTF-8 (byte 0xe9) — save the file as UTF-8"]),
    ("empty-title", {"01-s.yaml": "section: S\nslides:\n  - title:\n    bullets: [x]\n"},
     ["outlines/d/01-s.yaml:3:11: error: 'title' is empty — write some text or remove the key"]),
    ("section-outside-deck", {"deck.yaml": DECK_OK + "sections: [../other.yaml]\n", "01-s.yaml": "section: S\n"},
     ["outlines/d/deck.yaml:6:12: error: section file '../other.yaml' is outside the deck folder — "
      "section files live in the deck's own folder"]),
]


def _write(project, files):
    files = {"deck.yaml": DECK_OK, **files}
    for rel, content in files.items():
        path = project.root / "outlines" / "d" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


@pytest.mark.parametrize("name,files,expected", CASES, ids=[c[0] for c in CASES])
def test_broken_outline_is_reported_at_its_position(project, name, files, expected):
    _write(project, files)
    (project.dist).mkdir()
    (project.dist / "keep.txt").write_text("untouched")
    before = project.dist_snapshot()
    result = project.run("build", "outlines/d")
    lines = [line for line in result.stderr.splitlines() if ": error: " in line or ": warning: " in line]
    assert lines == expected
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert project.dist_snapshot() == before


def test_every_error_of_every_file_in_one_run(project):
    _write(project, {
        "01-a.yaml": "section: A\nslides:\n  - title: T\n    bulets: [x]\n  - bullets: [y]\n",
        "02-b.yaml": "section: B\nslides:\n  - title: U\n    sources: [zzz]\n    notes: [not, text]\n",
    })
    result = project.run("check", "outlines/d")
    lines = [line for line in result.stderr.splitlines() if ": error: " in line]
    assert [line.split(": error: ")[0] for line in lines] == [
        "outlines/d/01-a.yaml:4:5", "outlines/d/01-a.yaml:5:5", "outlines/d/02-b.yaml:4:14",
        "outlines/d/02-b.yaml:5:12"]
    assert result.exit_code == 1
    assert "4 errors" in result.stderr


def test_valid_deck_loads_into_the_model(project):
    from deckbuild.diagnostics import Diagnostics
    from deckbuild.loader import load_deck

    folder = project.deck("ok", SIMPLE_DECK)
    diags = Diagnostics()
    deck = load_deck(folder, diags)
    assert not diags.items
    assert deck.name == "ok" and deck.title == "Sample Deck" and deck.date == "2024-06-25"
    first = deck.sections[0]
    assert [s.title for s in deck.sections] == ["First Section", "Second Section"]
    alpha = first.slides[0]
    assert alpha.kind == "bullets" and alpha.notes == "Notes for alpha."
    assert alpha.bullets[1].bullets[1].bullets[0].bullets[0].text == "Level four"
    assert (alpha.pos.line, alpha.pos.col) == (4, 5)
    assert alpha.pos.path.endswith("outlines/ok/01-first.yaml")
    assert alpha.bullets[1].pos.line == 7
    assert deck.sections[1].sources == ("a",)


def test_sections_listed_in_deck_yaml_keep_their_order(project):
    folder = project.deck("ord", {
        "deck.yaml": "title: T\nsections: [b.yaml, a.yaml]\n",
        "a.yaml": "section: A\n", "b.yaml": "section: B\n", "c.yaml": "section: C (not listed)\n"})
    from deckbuild.diagnostics import Diagnostics
    from deckbuild.loader import load_deck

    deck = load_deck(folder, Diagnostics())
    assert [s.title for s in deck.sections] == ["B", "A"]


def test_single_file_deck_with_inline_sections(project):
    path = project.write("talk.yaml", """
        title: Inline
        sections:
          - section: Only
            slides:
              - title: Hello
                bullets: [World]
    """)
    result = project.run("build", str(path.name))
    assert result.exit_code == 0, result.output
    assert outputs(project.dist) == ["talk-handout.pdf", "talk.pptx"]


def test_yaml_values_are_kept_as_written(project):
    folder = project.deck("lit", {"deck.yaml": "title: T\n", "a.yaml": "section: 1961\nslides:\n"
                                  "  - title: yes\n    bullets: [no, 3.10, null-ish, '007']\n"})
    from deckbuild.diagnostics import Diagnostics
    from deckbuild.loader import load_deck

    deck = load_deck(folder, Diagnostics())
    slide = deck.sections[0].slides[0]
    assert deck.sections[0].title == "1961"
    assert slide.title == "yes"
    assert [b.text for b in slide.bullets] == ["no", "3.10", "null-ish", "007"]


def test_read_scope_follows_links_and_never_opens_special_files(tmp_path):
    import os

    from deckbuild.paths import PACKAGE_DIR, ReadScope, UnreadableFile, file_problem, read_regular

    root = tmp_path / "p"
    root.mkdir()
    (tmp_path / "out.txt").write_text("secret")
    os.symlink(tmp_path / "out.txt", root / "link.txt")
    os.mkfifo(root / "pipe")
    scope = ReadScope(root)
    assert scope.permits(root / "anything") and scope.permits(PACKAGE_DIR / "styles" / "default.yaml")
    assert not scope.permits(root / "link.txt") and not scope.permits(root / ".." / "out.txt")
    assert scope.with_allowed(tmp_path / "out.txt").permits(root / "link.txt")
    assert file_problem(root / "pipe") == "is a FIFO (named pipe), not a regular file"
    assert file_problem(root / "none") == "not found"
    with pytest.raises(UnreadableFile, match="FIFO"):
        read_regular(root / "pipe", 100)  # returns at once: a FIFO is never opened
    assert read_regular(tmp_path / "out.txt", 3) == b"secr"  # at most limit + 1 bytes


def test_messages_clip_long_quoted_input_only():
    from deckbuild.diagnostics import shorten

    assert shorten("unknown key 'bulets' in pptx layouts") == "unknown key 'bulets' in pptx layouts"
    long = shorten("cannot read '" + "x" * 5000 + "': Expected end")
    assert long.endswith("… (5,000 characters)': Expected end") and len(long) < 300
    between = "'a' " + "and so on " * 30 + "'b'"  # the text between two quoted words is not a quotation
    assert shorten(between) == between
