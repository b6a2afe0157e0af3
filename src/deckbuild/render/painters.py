"""The painters of the formats written only when asked for: the HTML deck, the slides PDF and PNGs."""

from __future__ import annotations

from deckbuild import markup


def paint_more(fmt: str, pages, deck, task):
    """Return the painted output of *fmt* for *pages*: bytes, or a folder's files by name (html, png)."""
    title = markup.plain(deck.title)
    if fmt == "html":
        from deckbuild.render.html import deck_to_html

        return deck_to_html(pages, title)
    from deckbuild.render.slides import deck_to_pngs, deck_to_slides_pdf

    if fmt == "slides":
        return deck_to_slides_pdf(pages, title, deck.author or "")
    return deck_to_pngs(pages, title, task.dpi)
