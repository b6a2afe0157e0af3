"""What slides and handouts say about sources: the citation numbers (in order of first citation), the
markers' number lists, short names for a slide's sources line and full entries for the notes and handouts."""

from __future__ import annotations

from deckbuild import markup
from deckbuild.model import Deck

def by_number(sources: tuple[str, ...], numbers: dict[str, int]) -> tuple[str, ...]:
    """Return the source ids *sources* without repeats, in the order of their citation numbers."""
    return tuple(sorted(dict.fromkeys(s for s in sources if s in numbers), key=lambda s: numbers[s]))


def number_list(sources: tuple[str, ...], numbers: dict[str, int]) -> str:
    """Return the citation numbers of *sources* as one sorted marker: "[1, 2, 4]"."""
    return "[" + ", ".join(str(n) for n in sorted({numbers[s] for s in sources if s in numbers})) + "]"


def citation_numbers(deck: Deck) -> dict[str, int]:
    """Return every source id of *deck* numbered in order of first citation (uncited ones last)."""
    order: dict[str, int] = {}

    def add(ids) -> None:
        for i in ids:
            order.setdefault(i, len(order) + 1)

    def walk(bullets) -> None:
        for b in bullets:
            add(b.sources)
            walk(b.bullets)

    for section in deck.sections:
        add(section.sources)
        for slide in section.slides:
            add(slide.sources)
            walk(slide.bullets)
            for column in slide.columns:
                walk(column.bullets)
    add(deck.sources)
    return order


SHORT_NAME = 40  # characters: a longer name is not short (the slide then shows numbers only)


def short_source(source) -> str:
    """Return a short, whole name for *source* (its publisher, else its author, else its title), or "" when
    each is longer than SHORT_NAME characters: a name is never cut."""
    for name in (source.publisher, source.author, markup.plain(source.title)):
        if name and len(name) <= SHORT_NAME:
            return name
    return ""


def source_entry(source) -> str:
    """Return a source as one line of text: title, publisher, author, date, url."""
    parts = [markup.plain(source.title)] + [p for p in (source.publisher, source.author, source.date, source.url) if p]
    return ", ".join(parts)


def sources_line(ids: tuple[str, ...], sources: dict, cites: dict[str, int]) -> str:
    """Return the full entries of the sources *ids* as one line in citation order: "Sources: [1] …; [2] …"
    (the speaker notes' last paragraph, and the article handout's line under a slide)."""
    return "Sources: " + "; ".join(f"[{cites[s]}] {source_entry(sources[s])}" for s in by_number(ids, cites))


def slide_sources(slide) -> tuple[str, ...]:
    """Return the ids a slide cites (the slide's own, then its bullets'), without repeats."""
    ids: dict[str, None] = dict.fromkeys(slide.sources)

    def walk(bullets) -> None:
        for b in bullets:
            if b.sources:
                ids.update(dict.fromkeys(b.sources))
            if b.bullets:
                walk(b.bullets)

    walk(slide.bullets)
    for column in slide.columns:
        walk(column.bullets)
    return tuple(ids)
