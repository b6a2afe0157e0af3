"""The printed handout, in four layouts chosen by the style's (or audience's) ``handout.layout``:

``notes`` (a slide per half page with its notes), ``lines`` (three slides a page with ruled lines),
``grid`` (six slides a page) and ``article`` (a flowing briefing paper, no miniatures).
"""

from __future__ import annotations

from dataclasses import replace

from deckbuild.layout.bounds import assert_finite
from deckbuild.layout.boxes import HandoutPage, SlidePage
from deckbuild.layout.handout.article import ArticleLayout
from deckbuild.layout.handout.grid import GridLayout
from deckbuild.layout.handout.lines import LinesLayout
from deckbuild.layout.handout.notes import NotesLayout
from deckbuild.layout.math import inline_formulas
from deckbuild.layout.pages import handout_front
from deckbuild.layout.text import Typesetter
from deckbuild.style import Style

LAYOUTS = {"notes": NotesLayout, "lines": LinesLayout, "grid": GridLayout, "article": ArticleLayout}


def deck_to_handout(slides: list[SlidePage], deck, style: Style, setter: Typesetter,
                    audience: str | None = None) -> list[HandoutPage]:
    """Return the handout pages for *slides* (the deck's laid-out slides) in the style's handout layout.

    The handout layouts read only the pages and the Front of *deck* (as audience.select made it)."""
    layout_class = LAYOUTS[style.handout.layout]
    layout = layout_class(handout_front(deck, audience), style, setter)
    pages = layout.build([s for s in slides if s.in_handout])
    assert_finite(pages, deck.name, "handout page")
    return [replace(p, boxes=p.boxes + tuple(formulas)) if (formulas := inline_formulas(p.boxes)) else p
            for p in pages]
