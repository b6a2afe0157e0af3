"""Every handout (layout.handout.HANDOUTS, by the style's handout.layout), laid out on its pages without the
CLI: each shows every slide the handout shows, in order, with the bullets the handout alone prints (but the
grid overview), and nothing drawn off its paper."""

from __future__ import annotations

import pytest

from conftest import compile_deck
from deckbuild.layout.boxes import Miniature, TextFrame
from deckbuild.layout.handout import HANDOUTS

SECTION = """
    section: Part one
    slides:
      - title: First slide
        bullets: [Alpha, {text: Only on paper, in: [handout]}]
        notes: Said about the first slide.
      - title: Second slide
        bullets: [Beta]
      - title: Deck only
        in: [deck]
        bullets: [Gamma]
      - title: Third slide
        bullets: [Delta]
"""


def _handout(tmp_path, name: str):
    (tmp_path / "styles").mkdir(parents=True, exist_ok=True)
    (tmp_path / "styles" / "h.yaml").write_text(f"extends: default\nhandout: {{layout: {name}}}\n", encoding="utf-8")
    pages, diags = compile_deck(tmp_path, {"deck.yaml": "title: Handouts\nstyle: ../../styles/h.yaml\n",
                                           "01-part.yaml": SECTION})
    assert not diags.has_errors, [d.format() for d in diags]
    return pages, pages.handout()


def _texts(handout) -> list[str]:
    return ["".join(f.text for line in p.lines for f in line.frags) for page in handout for box in page.boxes
            if isinstance(box, TextFrame) for p in box.paragraphs]


@pytest.mark.parametrize("name", sorted(HANDOUTS))
def test_every_handout_shows_the_handouts_slides_in_order(tmp_path, name):
    pages, handout = _handout(tmp_path, name)
    shown = [s for s in pages.slides if s.in_handout]
    assert "Deck only" not in [s.title for s in shown]
    minis = [box.slide.number for page in handout for box in page.boxes if isinstance(box, Miniature)]
    if name == "article":  # prose, no miniatures: each content slide's title, in order
        assert minis == []
        texts = _texts(handout)
        at = [next(i for i, t in enumerate(texts) if title in t) for title in ("First slide", "Second slide",
                                                                               "Third slide")]
        assert at == sorted(at)
    else:
        assert minis == [s.number for s in shown]


@pytest.mark.parametrize("name", sorted(HANDOUTS))
def test_every_handout_prints_the_handout_only_bullet_and_nothing_off_its_paper(tmp_path, name):
    pages, handout = _handout(tmp_path, name)
    # grid is an overview: miniatures and their captions only (no notes, no handout-only bullets)
    assert any("Only on paper" in t for t in _texts(handout)) == (name != "grid")
    deck_text = [f.text for s in pages.slides if s.in_deck for b in s.boxes if isinstance(b, TextFrame)
                 for p in b.paragraphs for line in p.lines for f in line.frags]
    assert not any("Only on paper" in t for t in deck_text)
    for page in handout:
        for box in page.boxes:
            if all(hasattr(box, a) for a in ("x", "y", "w", "h")):
                assert -0.5 <= box.x and box.x + box.w <= page.width + 0.5, (name, page.number, box)
                assert -0.5 <= box.y and box.y + box.h <= page.height + 0.5, (name, page.number, box)
