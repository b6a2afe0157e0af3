"""Red-team pass over numbers: a length written as YAML's ``.nan`` or ``.inf`` (in a style, or a picture's
size) is a positioned error in the user's words, not Python's "could not convert string to float"."""

from __future__ import annotations

import pytest

from .input_kit import DECK, make, refused

STYLE_DECK = {"deck.yaml": DECK + "style: s\n"}
CASES = {  # where the length is written → (files, the error at its value)
    "style-margins": ({"assets/styles/s.yaml": "handout:\n  margins: .nan\n"},
                      "assets/styles/s.yaml:2:12: error: 'margins' must be a finite length, not '.nan' — write it "
                      "like 18mm, 0.5in or 12pt"),
    "style-slide-size": ({"assets/styles/s.yaml": "slide:\n  size: {width: -.inf, height: 300}\n"},
                         "assets/styles/s.yaml:2:17: error: 'width' must be a finite length, not '-.inf'"),
    "picture-width": ({"assets/p.png": None},
                      "outlines/d/01.yaml:4:46: error: 'width' .inf is not a usable picture size — give between 4pt "
                      "and 200in"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_length_that_is_not_a_finite_number_is_an_error_at_its_value(tmp_path, name):
    files, expected = CASES[name]
    deck = dict(STYLE_DECK) if name.startswith("style") else {
        "01.yaml": "section: S\nslides:\n  - title: T\n    image: {path: ../../assets/p.png, width: .inf, alt: A}\n"}
    if "assets/p.png" in files:
        from PIL import Image

        (tmp_path / "assets").mkdir()
        Image.new("RGB", (8, 8)).save(tmp_path / "assets/p.png")
        files = {}
    project = make(tmp_path, files, deck=deck)
    stderr = refused(project, project.run("build"), expected)
    assert "convert string to float" not in stderr
