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
