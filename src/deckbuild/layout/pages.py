"""What the layout stage hands the painters: the slides, the deck-wide facts they need, the handout.

Painters (render/) never read the content model or the style: everything they draw is on these values.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from deckbuild import markup
from deckbuild.records import field, record


@record(frozen=True)
class DeckInfo:
    """The deck-wide facts a painter needs besides the pages: document properties and the theme."""

    title: str  # plain text
    subtitle: str  # plain text, "" when none
    author: str  # "" when none
    date: str | None  # as written in deck.yaml
    lang: str  # BCP 47
    width: float  # slide size in points
    height: float
    template: Path | None  # the PowerPoint template the deck is built on
    template_size: bool  # the template's own slide size is kept (the layout used it)
    heading_font: str
    body_font: str
    colors: dict[str, str] = field(default_factory=dict)  # the style's colours by name (hex, no #)
    master_background: str | None = None  # the fill the deck's master gets; None keeps the template's own
    # background (often a picture: part of its design)

    @property
    def background(self) -> str:
        return self.colors["background"]


def deck_info(deck, style) -> DeckInfo:
    """Return the DeckInfo of *deck* laid out with *style*."""
    from dataclasses import fields

    return DeckInfo(title=markup.plain(deck.title), subtitle=markup.plain(deck.subtitle or ""),
                    author=deck.author or "", date=str(deck.date) if deck.date else None,
                    lang=getattr(deck, "lang", None) or "en", width=style.width, height=style.height,
                    template=style.template, template_size=style.template_info is not None,
                    heading_font=style.fonts.heading, body_font=style.fonts.body,
                    colors={f.name: getattr(style.colors, f.name) for f in fields(style.colors)},
                    master_background=None if style.template else style.colors.background)


@record(frozen=True)
class Front:
    """What a handout prints of the selected deck besides its slides: the cover's lines, the sources and their
    numbers (as the slides cite them)."""

    title: str  # inline markup
    subtitle: str | None
    byline: str  # author · date, "" when neither
    audience: str | None  # "Handout for …": the audience's description, else its name; None for everyone
    sources: dict = field(default_factory=dict)  # source id → model.Source
    cites: dict[str, int] = field(default_factory=dict)  # source id → its number, in order of first citation


def handout_front(deck, audience: str | None) -> Front:
    """Return the Front of *deck* (as audience.select made it) for *audience*'s handout."""
    from deckbuild.layout.sources import citation_numbers

    known = deck.audiences.get(audience) if audience else None
    return Front(deck.title, deck.subtitle, " · ".join(p for p in (deck.author, deck.date) if p),
                 ((known.description if known else None) or audience) if audience else None,
                 deck.sources, citation_numbers(deck))


@record
class Pages:
    """The deck laid out: its slides (SlidePage, in deck order), its DeckInfo, the audience report,
    and its handout pages, laid out when a painter first asks for them (then each of ``when_laid_out`` is
    called: the handout's text is all set)."""

    slides: list
    info: DeckInfo
    report: object = None  # audience.Report
    _handout: Callable[[], list] | None = None
    _handout_pages: list | None = None
    when_laid_out: list = field(default_factory=list)  # functions called once the handout is laid out

    @property
    def in_deck(self) -> int:
        """Return the number of slides shown in the deck."""
        return sum(1 for s in self.slides if s.in_deck)

    def handout(self) -> list:
        """Return the handout's pages (HandoutPage), laid out once."""
        if self._handout_pages is None:
            self._handout_pages = self.lay_out_handout()
        return self._handout_pages

    def lay_out_handout(self) -> list:
        """Return the handout's pages, laid out now (``handout`` keeps them; a painter alone may not), having
        called each of ``when_laid_out``."""
        laid_out = self._handout() if self._handout is not None else []
        for call in self.when_laid_out:
            call()
        return laid_out
