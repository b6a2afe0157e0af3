"""What the layout stage hands the painters: the slides, the deck-wide facts they need, the handout.

Painters (render/) never read the content model or the style: everything they draw is on these values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from deckbuild import markup


@dataclass(frozen=True)
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
                    colors={f.name: getattr(style.colors, f.name) for f in fields(style.colors)})


@dataclass
class Pages:
    """The deck laid out: its slides (SlidePage, in deck order), its DeckInfo, the audience report,
    and its handout pages, laid out when a painter first asks for them."""

    slides: list
    info: DeckInfo
    report: object = None  # audience.Report
    _handout: Callable[[], list] | None = None
    _handout_pages: list | None = None

    @property
    def in_deck(self) -> int:
        """Return the number of slides shown in the deck."""
        return sum(1 for s in self.slides if s.in_deck)

    def handout(self) -> list:
        """Return the handout's pages (HandoutPage), laid out once."""
        if self._handout_pages is None:
            self._handout_pages = self._handout() if self._handout is not None else []
        return self._handout_pages
