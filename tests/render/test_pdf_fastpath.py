"""The PDF painter's fast text encoding must give exactly the bytes reportlab's own encoding gives."""

from __future__ import annotations

from pathlib import Path

from conftest import SIMPLE_DECK, Project

MANY = {**SIMPLE_DECK, "03-scripts.yaml": "section: Scripts\nslides:\n"
        + "".join(f"  - title: \"Line {i} Пхеньян αβγ\"\n    bullets: [\"non\u00a0breaking {i} — “quotes” "
                  f"{chr(0x100 + i * 7)}{chr(0x400 + i)} 김정은\", \"{'x' * i} ü ß ø\"]\n" for i in range(1, 40))}


def _handout(project_root: Path):
    from deckbuild.audience import select
    from deckbuild.diagnostics import Diagnostics
    from deckbuild.fonts import FontBook
    from deckbuild.layout import deck_to_pages
    from deckbuild.layout.handout import deck_to_handout
    from deckbuild.layout.pages import deck_info
    from deckbuild.layout.text import Typesetter
    from deckbuild.loader import load_deck
    from deckbuild.style_loader import StyleLoader

    diags = Diagnostics()
    deck = load_deck(project_root / "outlines" / "m", diags)
    style = StyleLoader(project_root, diags).load(None, project_root, None)
    view, _ = select(deck, None)
    setter = Typesetter(FontBook(), style.fonts.mono, style.fonts.fallback)
    pages = deck_to_pages(view, style, setter, diags)
    return deck_to_handout(pages, view, style, setter), deck_info(view, style)


def test_fast_encoding_gives_the_same_pdf(tmp_path, monkeypatch):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from deckbuild.render import handout_pdf, pdf_fonts

    project = Project(tmp_path)
    project.deck("m", MANY)
    handout, info = _handout(tmp_path)
    fast = handout_pdf.handout_to_pdf(handout, info)
    monkeypatch.setattr(pdf_fonts, "_FAST_TTFONT", TTFont)  # reportlab's own splitString, on fonts registered anew
    monkeypatch.setattr(pdfmetrics, "_fonts", {})
    monkeypatch.setattr(pdfmetrics, "_dynFaceNames", {})
    plain = handout_pdf.handout_to_pdf(handout, info)
    assert any(type(f) is TTFont for f in pdfmetrics._fonts.values())
    assert fast == plain
    assert len(fast) > 20_000
