"""Selecting what one audience sees: ``only``/``skip`` filtering and per-audience ``variants``.

Modelled on Sphinx's ``process_only_nodes``: the tree is pruned once, before layout, so every
later stage (and both outputs) sees the same deck.
"""

from __future__ import annotations

from dataclasses import replace

from deckbuild.model import Bullet, Deck, Section, Slide


def _bullets(bullets: tuple[Bullet, ...], audience: str | None) -> tuple[Bullet, ...]:
    return tuple(replace(b, bullets=_bullets(b.bullets, audience))
                 for b in bullets if b.vis.for_audience(audience))


def select_slide(slide: Slide, audience: str | None) -> Slide | None:
    """Return *slide* as *audience* sees it (variants applied, hidden bullets dropped), or None."""
    if not slide.vis.for_audience(audience):
        return None
    if audience is not None and audience in slide.variants:
        slide = replace(slide, **slide.variants[audience])
    columns = tuple(replace(c, bullets=_bullets(c.bullets, audience)) for c in slide.columns)
    return replace(slide, bullets=_bullets(slide.bullets, audience), columns=columns)


def select(deck: Deck, audience: str | None) -> Deck:
    """Return *deck* as *audience* sees it; None is the unrestricted build (drops only ``only:`` elements)."""
    sections: list[Section] = []
    for section in deck.sections:
        if not section.vis.for_audience(audience):
            continue
        slides = tuple(s for s in (select_slide(s, audience) for s in section.slides) if s is not None)
        sections.append(replace(section, slides=slides))
    return replace(deck, sections=tuple(sections), audience=audience)
