"""Display formulas (layout/math.py): each formula a Formula box inside the slide, stacked in the order
written, and beside bullets to their right."""

from __future__ import annotations

from conftest import lay_out, page_titled
from deckbuild.layout.boxes import Formula, TextFrame

SLIDES = """section: S
slides:
  - title: Two formulas
    math: ['a^2 + b^2 = c^2', '\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}']
  - title: Beside
    bullets: [The recurrence]
    math: 'T(n) = T(n/2) + 1'
"""


def test_formulas_are_stacked_in_order_inside_the_slide(tmp_path):
    pages, diags, _ = lay_out(tmp_path, {"deck.yaml": "title: Math\n", "01.yaml": SLIDES})
    page = page_titled(pages, "Two formulas")
    formulas = [b for b in page.boxes if isinstance(b, Formula)]
    assert len(formulas) == 2
    first, second = formulas
    assert first.y + first.h <= second.y + 0.5  # the first written stands above
    for f in formulas:
        assert 0 <= f.x and f.x + f.w <= page.width and 0 <= f.y and f.y + f.h <= page.height
    assert not diags.has_errors


def test_a_formula_beside_bullets_stands_right_of_them(tmp_path):
    pages, _, _ = lay_out(tmp_path, {"deck.yaml": "title: Math\n", "01.yaml": SLIDES})
    page = page_titled(pages, "Beside")
    body = next(b for b in page.boxes if isinstance(b, TextFrame) and b.role == "body")
    formula = next(b for b in page.boxes if isinstance(b, Formula))
    assert body.x + body.w <= formula.x + 0.5
