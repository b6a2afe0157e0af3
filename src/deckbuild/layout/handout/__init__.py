"""The printed handout, in four layouts chosen by the style's (or audience's) ``handout.layout``:

``notes`` (a slide per half page with its notes), ``lines`` (three slides a page with ruled lines),
``grid`` (six slides a page) and ``article`` (a flowing briefing paper, no miniatures).
"""

from __future__ import annotations

from dataclasses import replace

from deckbuild.layout.bounds import assert_finite
from deckbuild.layout.boxes import HandoutPage, SlidePage
from deckbuild.layout.handout.article import ArticleHandout
from deckbuild.layout.handout.grid import GridHandout
from deckbuild.layout.handout.lines import LinesHandout
from deckbuild.layout.handout.notes import NotesHandout
from deckbuild.layout.lazy import Boxes
from deckbuild.layout.math import inline_formulas
from deckbuild.layout.pages import handout_front
from deckbuild.layout.text import Typesetter
from deckbuild.style import Style

HANDOUTS = {"notes": NotesHandout, "lines": LinesHandout, "grid": GridHandout, "article": ArticleHandout}  # by
# the style's handout.layout (the user's word for which handout)


def deck_to_handout(slides: list[SlidePage], deck, style: Style, setter: Typesetter,
                    audience: str | None = None, memo=None) -> list[HandoutPage]:
    """Return the handout pages for *slides* (the deck's laid-out slides) in the style's handout layout.

    The handout layouts read only the pages and the Front of *deck* (as audience.select made it). With
    *memo* (layout.handout_memo), the slides' text set by an earlier build is reused."""
    composer = HANDOUTS[style.handout.layout](handout_front(deck, audience), style, setter)
    composer.memo = memo
    pages = composer.build([s for s in slides if s.in_handout])
    laid_out = [p for p in pages if type(p.boxes) is not Boxes]  # the others are kept pages, made when painted
    assert_finite(laid_out, deck.name, "handout page")
    return [replace(p, boxes=p.boxes + tuple(formulas))
            if type(p.boxes) is not Boxes and (formulas := inline_formulas(p.boxes)) else p for p in pages]
