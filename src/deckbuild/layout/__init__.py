"""The layout stage: a Deck and a Style become SlidePages of positioned boxes.

Nothing here imports python-pptx or reportlab; both painters draw these pages.
"""

from __future__ import annotations

from deckbuild import markup
from deckbuild.diagnostics import Diagnostics
from deckbuild.layout.basic import bullets_slide, section_slide, title_slide
from deckbuild.layout.boxes import SlidePage
from deckbuild.layout.chart import chart_slide
from deckbuild.layout.columns import columns_slide
from deckbuild.layout.figures import image_slide, quote_slide, statement_slide
from deckbuild.layout.table import table_slide
from deckbuild.layout.timeline import timeline_slide
from deckbuild.layout.common import Draft, SlideLayout
from deckbuild.layout.text import Typesetter
from deckbuild.model import Deck
from deckbuild.style import Style


KINDS = {"bullets": bullets_slide, "columns": columns_slide, "quote": quote_slide, "statement": statement_slide,
         "image": image_slide, "table": table_slide, "chart": chart_slide, "timeline": timeline_slide}


def deck_to_pages(deck: Deck, style: Style, setter: Typesetter, diags: Diagnostics) -> list[SlidePage]:
    """Return every slide of *deck* laid out with *style*, numbered in deck order."""
    L = SlideLayout(deck, style, setter, diags)
    drafts: list[Draft] = []

    def add(new: list[Draft], where) -> None:
        _report_missing(setter, where, L.number, diags)
        drafts.extend(new)
        L.number += len(new)

    add([title_slide(L)], deck.pos)
    for index, section in enumerate(deck.sections, 1):
        add([section_slide(L, section, index, len(deck.sections))], section.pos)
        for slide in section.slides:
            add(KINDS[slide.kind](L, slide, section), slide.pos)
    count = len(drafts)
    pages = []
    for number, d in enumerate(drafts, 1):
        boxes = list(d.boxes)
        footer = None if d.kind == "title" else L.footer(number, count, d.section, d.title, d.footer_color)
        if footer is not None:
            boxes.append(footer)
        pages.append(SlidePage(number=number, kind=d.kind, title=d.title, width=style.width, height=style.height,
                               background=d.background or style.colors.background, boxes=tuple(boxes),
                               notes=notes_with_sources(d, deck, L.cites), details=d.details, section=d.section,
                               pos=d.pos, continued=d.continued, sources=d.sources))
    _report_missing(setter, deck.pos, 0, diags)
    return pages


def _report_missing(setter: Typesetter, where, number: int, diags: Diagnostics) -> None:
    """Warn about characters no font could draw since the last call, naming the slide."""
    if not setter.missing:
        return
    chars = "".join(sorted(setter.missing))
    codes = ", ".join(f"U+{ord(ch):04X}" for ch in sorted(setter.missing))
    tried = ", ".join(sorted({f for fams in setter.missing.values() for f in fams}))
    slide = f"slide {number}: " if number else ""
    diags.warning(where, f"{slide}no available font can draw {chars!r} ({codes}); tried {tried}",
                  "install a font that covers these characters and add it to fonts.fallback in the style")
    setter.missing.clear()


def notes_with_sources(d: Draft, deck: Deck, cites: dict[str, int]) -> str | None:
    """Return the draft's notes followed by the full list of the sources it cites."""
    if not d.sources or d.continued:
        return d.notes
    entries = "; ".join(f"[{cites[s]}] {source_entry(deck.sources[s])}" for s in d.sources)
    line = f"Sources: {entries}"
    return f"{d.notes.rstrip()}\n\n{line}" if d.notes else line


def source_entry(source) -> str:
    """Return a source as one line of text: title, publisher, author, date, url."""
    parts = [markup.plain(source.title)] + [p for p in (source.publisher, source.author, source.date, source.url) if p]
    return ", ".join(parts)
