"""Red-team pass over reads: a symbolic link that leads back to itself, wherever a project names a file,
is a positioned error (exit 1), not an internal error."""

from __future__ import annotations

import os

import pytest

from .input_kit import DECK, make, refused

LOOP = "is a symbolic link that leads back to itself"
IMAGE = "section: S\nslides:\n  - title: T\n    image: ../../assets/l.png\n"
CASES = {
    "yaml-section": ("outlines/d/02.yaml", {}, f"outlines/d/deck.yaml:1:1: error: 'outlines/d/02.yaml' {LOOP}"),
    "markdown-section": ("outlines/d/02.md", {"deck.yaml": DECK + "sections: [01.yaml, 02.md]\n"},
                         f"outlines/d/deck.yaml:2:21: error: 'outlines/d/02.md' {LOOP}"),
    "image": ("assets/l.png", {"01.yaml": IMAGE}, f"outlines/d/01.yaml:4:12: error: image '../../assets/l.png' {LOOP}"),
    "background": ("assets/l.png", {"01.yaml": IMAGE.replace("image:", "background:") + "    bullets: [a]\n"},
                   f"outlines/d/01.yaml:4:17: error: image '../../assets/l.png' {LOOP}"),
    "style-by-name": ("assets/styles/s.yaml", {"deck.yaml": DECK + "style: s\n"},
                      f"outlines/d/deck.yaml:2:8: error: style file 'assets/styles/s.yaml' {LOOP}"),
    "style-by-path": ("assets/styles/s.yaml", {"deck.yaml": DECK + "style: ../../assets/styles/s.yaml\n"},
                      f"outlines/d/deck.yaml:2:8: error: style file '../../assets/styles/s.yaml' {LOOP}"),
    "font": ("assets/fonts/f.ttf", {}, f"assets/fonts/f.ttf:1:1: error: font file {LOOP}"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_symlink_loop_is_bad_input_wherever_it_is_named(tmp_path, name):
    link, deck, expected = CASES[name]
    project = make(tmp_path, deck=deck)
    (tmp_path / link).parent.mkdir(parents=True, exist_ok=True)
    os.symlink(os.path.basename(link), tmp_path / link)
    refused(project, project.run("build"), expected)


HINT = "point the link at a real file"
DECK_LOOP = f"outlines/d/deck.yaml:1:1: error: 'outlines/d/deck.yaml' {LOOP} — {HINT}"
DECK_FILE_CASES = {  # how the deck is named on the command line → what is said, at the deck file
    "every-deck": ((), DECK_LOOP),
    "by-name": (("d",), DECK_LOOP),
    "by-folder": (("outlines/d",), DECK_LOOP),
    "by-file": (("outlines/d/deck.yaml",), DECK_LOOP),
}


@pytest.mark.parametrize("chain", ["itself", "through-another"])
@pytest.mark.parametrize("name", list(DECK_FILE_CASES))
def test_a_deck_file_that_is_a_symlink_loop_is_a_positioned_error_not_a_missing_deck(tmp_path, name, chain):
    args, expected = DECK_FILE_CASES[name]  # another deck is fine: the build is refused as a whole
    project = make(tmp_path, {"outlines/e/deck.yaml": DECK, "outlines/e/01.yaml": "section: S\nslides: [{title: T}]\n"})
    deck = tmp_path / "outlines/d/deck.yaml"
    deck.unlink()
    if chain == "itself":
        os.symlink("deck.yaml", deck)
    else:  # deck.yaml → b.yaml → deck.yaml
        os.symlink("b.yaml", deck)
        os.symlink("deck.yaml", tmp_path / "outlines/d/b.yaml")
    for command in ("build", "check"):
        result = project.run(command, *args)
        stderr = refused(project, result, expected)
        assert "no decks found" not in stderr and "no such deck" not in stderr


@pytest.mark.parametrize("where", ["deck-named-on-the-command-line", "project-file", "project-file-deck"])
def test_a_looping_project_or_deck_file_is_a_positioned_error(tmp_path, where):
    project = make(tmp_path)
    if where == "deck-named-on-the-command-line":
        os.symlink("talk.yaml", tmp_path / "talk.yaml")
        args, expected = ("talk.yaml",), f"talk.yaml:1:1: error: 'talk.yaml' {LOOP} — {HINT}"
    elif where == "project-file":
        os.symlink("other.yaml", tmp_path / "deckbuild.yaml")
        os.symlink("deckbuild.yaml", tmp_path / "other.yaml")
        args, expected = (), f"deckbuild.yaml:1:1: error: 'deckbuild.yaml' {LOOP} — {HINT}"
    else:
        (tmp_path / "deckbuild.yaml").write_text("decks: [talk.yaml]\n", encoding="utf-8")
        os.symlink("talk.yaml", tmp_path / "talk.yaml")
        args, expected = (), f"deckbuild.yaml:1:8: error: deck 'talk.yaml' {LOOP} — {HINT}"
    refused(project, project.run("build", *args), expected)
