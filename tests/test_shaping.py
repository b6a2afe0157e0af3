"""Bidi levels and visual order (UAX #9) and shaped widths."""

from __future__ import annotations

from deckbuild import shaping
from deckbuild.fonts import FontBook


def test_levels_of_a_right_to_left_paragraph_with_a_number_and_latin():
    text = "שלום 2024 Python"
    levels = shaping.levels(text)
    assert shaping.base_level(text) == 1
    assert levels[0] == 1 and levels[text.index("2")] == 2 and levels[text.index("P")] == 2


def test_visual_order_reverses_right_to_left_runs_only():
    assert shaping.visual_order([0, 0, 0]) == [0, 1, 2]
    assert shaping.visual_order([1, 1, 1]) == [2, 1, 0]
    assert shaping.visual_order([1, 2, 2, 1]) == [3, 1, 2, 0]  # numbers inside RTL keep their order
    assert shaping.visual_order([0, 1, 1, 0]) == [0, 2, 1, 3]


def test_shaped_arabic_is_not_the_sum_of_its_letters():
    face = FontBook().face("Noto Sans Arabic")
    word = "السلام"
    assert shaping.needs_shaping(word) and not shaping.needs_shaping("Python")
    assert abs(shaping.width(face, word, 20) - face.width(word, 20)) > 0.5
    glyphs = shaping.shape(str(face.path), word)
    assert len(glyphs) < len(word)  # lam-alef is one glyph


def test_mirrored_brackets():
    assert shaping.mirrored("(x)") == ")x("
