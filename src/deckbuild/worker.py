"""Building one task (a deck as one audience sees it), in this process or in a worker process.

The worker reads the deck again (reading is cheap; it keeps tasks independent and picklable), lays
it out once for both outputs, and paints the requested formats to bytes.
"""

from __future__ import annotations

from deckbuild.audience import select
from deckbuild.diagnostics import Diagnostics
from deckbuild.fonts import FontBook
from deckbuild.loader import load_deck, project_root
from deckbuild.style import StyleLoader

_FONTS: dict = {}  # one FontBook per project folder for the life of a process


def run_task(task, paint: bool = True):
    """Return the Outcome of *task*: diagnostics, audience report, slide count and painted files."""
    from deckbuild.build import Outcome, audience_overrides
    from deckbuild.layout import deck_to_pages
    from deckbuild.layout.handout import deck_to_handout
    from deckbuild.layout.text import Typesetter

    diags = Diagnostics()
    deck = load_deck(task.target, diags)
    if deck is None:
        return Outcome(task, list(diags))
    root = project_root(deck.path)
    fonts = _FONTS.setdefault(root, FontBook([root / "assets" / "fonts"]))
    style = StyleLoader(root, diags).load(task.style, task.style_base, task.style_pos,
                                          audience_overrides(deck, task.audience))
    if style is None:
        return Outcome(task, list(diags))
    view, report = select(deck, task.audience)
    setter = Typesetter(fonts, style.fonts.mono, style.fonts.fallback)
    slides = deck_to_pages(view, style, setter, diags)
    outcome = Outcome(task, list(diags), report, sum(1 for s in slides if s.in_deck))
    if not paint or diags.has_errors:
        return outcome
    if "pptx" in task.formats:
        from deckbuild.render.pptx import deck_to_pptx

        outcome.files["pptx"] = deck_to_pptx(slides, view, style)
    if "pdf" in task.formats:
        from deckbuild.render.pdf import handout_to_pdf

        handout = deck_to_handout(slides, view, style, setter, task.audience)
        outcome.files["pdf"] = handout_to_pdf(handout, view, slides)
    return outcome
