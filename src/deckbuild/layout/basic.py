"""The basic slide kinds: the title slide, a section's header slide, and bullets."""

from __future__ import annotations

from deckbuild.layout.boxes import Paragraph, Rect
from deckbuild.layout.common import TITLE_SPACING, Draft, Pages, SlideComposer, mix
from deckbuild.layout.fit import fit_parts, grouped, report_fit, size_steps, used_height
from deckbuild.layout.text import stack
from deckbuild.model import Section, Slide


def title_slide(L: SlideComposer) -> Draft:
    """Return the deck's opening slide: title, subtitle, author and date."""
    frames = L.frames("title")
    if not frames.decorate:
        return _template_title_slide(L, frames)
    deck, g, c, sz = L.deck, L.grid, L.colors, L.sizes
    x, w = round(g.width * 0.1, 2), round(g.width * 0.8, 2)
    boxes: list = [Rect(0, 0, round(g.width * 0.03, 2), g.height, fill=c.primary, name="Band")]
    title_h = round(g.height * 0.34, 2)
    title_y = round(g.height * 0.2, 2)
    big = round(sz.title * L.style.scale.cover_title)
    fit = L.fit(lambda s: [L.para(deck.title, L.text_style(s, heading=True, bold=True, spacing=TITLE_SPACING,
                                                              color=c.primary), w)],
                size_steps(big, sz.min_title, 2), x, title_y, w, title_h, role="title", anchor="b",
                placeholder="ctrTitle")
    if not fit.fits:
        L.diags.warning(deck.pos, "slide 1: the deck title does not fit even at "
                        f"{sz.min_title:g}pt", "shorten the title or move words into the subtitle")
    boxes.append(fit.frame)
    rule_y = title_y + title_h + 14
    boxes.append(Rect(x, rule_y, 72, 4, fill=c.accent, name="Accent"))
    if deck.subtitle:
        sub_y = rule_y + 22
        sub = L.fit(lambda s: [L.para(deck.subtitle, L.text_style(s, color=c.text, spacing=1.15), w)],
                    size_steps(sz.subtitle, min(sz.subtitle, sz.min_body), 1), x, sub_y, w,
                    round(g.height * 0.78 - sub_y, 2), role="subtitle", placeholder="subTitle")
        if not sub.fits:
            L.diags.warning(deck.pos, "slide 1: the subtitle does not fit", "shorten the subtitle")
        boxes.append(sub.frame)
    byline = " · ".join(p for p in (deck.author, deck.date) if p)
    if byline:
        p = L.para(byline, L.text_style(sz.footer * 1.3, color=c.muted), w)
        boxes.append(stack([p], x, round(g.height * 0.82, 2), w, round(g.height * 0.08, 2), role="byline",
                           placeholder="dt"))
    return Draft(kind="title", title=deck.title, boxes=boxes, pos=deck.pos, footer_color=None, frames=frames)


def _template_title_slide(L: SlideComposer, frames) -> Draft:
    """Return the title slide on a template's title layout: the title, then subtitle and byline below it."""
    deck, c, sz = L.deck, L.colors, L.sizes
    boxes: list = [_template_title(L, deck.title, frames.title, L.style.scale.cover_title, "ctrTitle", deck.pos, 1)]
    byline = " · ".join(p for p in (deck.author, deck.date) if p)
    sub = frames.subtitle
    if sub is not None and (deck.subtitle or byline):
        def make(size: float):
            paras = [L.para(deck.subtitle, L.text_style(size, color=c.text, spacing=1.15), sub.w)] \
                if deck.subtitle else []
            if byline:
                paras.append(L.para(byline, L.text_style(max(size * 0.7, sz.footer), color=c.muted), sub.w,
                                    space_before=size * 0.5))
            return paras
        fit = L.fit(make, size_steps(sz.subtitle, min(sz.subtitle, sz.min_body), 1), sub.x, sub.y, sub.w, sub.h,
                    role="subtitle", placeholder="subTitle")
        if not fit.fits:
            L.diags.warning(deck.pos, "slide 1: the subtitle does not fit the template's subtitle frame",
                            "shorten the subtitle")
        boxes.append(fit.frame)
    return Draft(kind="title", title=deck.title, boxes=boxes, pos=deck.pos, frames=frames)


def section_slide(L: SlideComposer, section: Section, index: int, total: int) -> Draft:
    """Return the header slide of *section* (the *index*-th of *total*), on the primary colour."""
    frames = L.frames("section")
    if not frames.decorate:
        return _template_section_slide(L, section, index, total, frames)
    g, c, sz = L.grid, L.colors, L.sizes
    x, w = g.margin, g.inner_w
    label_color = mix(c.on_primary, c.primary, 0.35)
    label = L.para(f"Section {index} of {total}", L.text_style(sz.footer * 1.4, color=label_color, spacing=1.2),
                   w)
    label_y = round(g.height * 0.13, 2)  # the title sits in the top third
    boxes: list = [Rect(x, label_y - 16, 56, 4, fill=c.accent, name="Accent"),
                   stack([label], x, label_y, w, round(sz.footer * 2.2, 2), role="label")]
    title_y = round(label_y + sz.footer * 2.6, 2)
    fit = L.fit(lambda s: [L.para(section.title, L.text_style(s, heading=True, bold=True, spacing=TITLE_SPACING,
                                                                 color=c.on_primary), w)],
                size_steps(round(sz.title * L.style.scale.section_title), sz.min_title, 2), x, title_y, w,
                round(g.footer_y - 12 - title_y, 2), role="title", placeholder="title")
    if not fit.fits:
        L.diags.warning(section.pos, f"slide {L.number}: the section title does not fit", "shorten it")
    boxes.append(fit.frame)
    return Draft(kind="section", title=section.title, boxes=boxes, pos=section.pos, notes=section.notes,
                 details=section.summary, section=section.title, background=c.primary,
                 footer_color=mix(c.on_primary, c.primary, 0.45), frames=frames)


def _template_section_slide(L: SlideComposer, section: Section, index: int, total: int, frames) -> Draft:
    """Return a section header on the template's section layout: its title, and the position in the body."""
    c, sz = L.colors, L.sizes
    boxes: list = [_template_title(L, section.title, frames.title, L.style.scale.section_title, "title",
                                   section.pos, L.number)]
    if frames.bodies:
        body = frames.bodies[0]
        label = L.para(f"Section {index} of {total}", L.text_style(sz.footer * 1.6, color=c.muted, spacing=1.2),
                       body.w)
        boxes.append(stack([label], body.x, body.y, body.w, max(body.h, label.height), role="label",
                           placeholder="body"))
    return Draft(kind="section", title=section.title, boxes=boxes, pos=section.pos, notes=section.notes,
                 details=section.summary, section=section.title, frames=frames)


def _template_title(L: SlideComposer, text: str, box, scale: float, placeholder: str, pos, number: int):
    """Return a title fitted into a template's title frame, starting at *scale* times the title size."""
    sz = L.sizes
    fit = L.fit(lambda s: [L.para(text, L.text_style(s, heading=True, bold=True, spacing=TITLE_SPACING,
                                                        color=L.colors.primary), box.w)],
                size_steps(round(sz.title * scale), sz.min_title, 2), box.x, box.y, box.w, box.h, role="title",
                anchor="b", placeholder=placeholder)
    if not fit.fits:
        L.diags.warning(pos, f"slide {number}: the title does not fit the template's title frame even at "
                        f"{sz.min_title:g}pt", "shorten it")
    return fit.frame


def bullets_slide(L: SlideComposer, slide: Slide, section: Section) -> list[Draft]:
    """Return the bullets slide, shrunk to fit, or split into continuation slides when it cannot."""
    pages = Pages(L, slide, L.number)
    _, parts = fit_bullets(L, slide, pages, pages.chrome(0).w)
    bodies = []
    for k, part in enumerate(parts):
        c = pages.chrome(k)
        bodies.append([body_frame(L, part, c.x, c.y, c.w, c.h, len(parts))])
    return pages.drafts("bullets", section, bodies)


GROW_FILL = 0.8  # … while they fill at most this share of the body's height


def fit_bullets(L: SlideComposer, slide: Slide, pages: Pages, width: float,
                what: str = "bullets") -> tuple[float, list[list[Paragraph]]]:
    """Return the size and the parts (one per slide) of *slide*'s bullets set *width* wide.

    The size is the largest from ``sizes.body`` down to the floor ``sizes.min_body`` at which they fit one
    slide, else the largest needing no more slides than the floor does; with ``body.balance: grow``, bullets
    that fill little of one slide grow up to ``scale.grow`` × ``sizes.body``. Shrinks and splits are reported.
    """
    sz = L.sizes
    groups = grouped(lambda size: L.bullet_paragraphs(slide.bullets, size, width))
    chosen, parts, broken = fit_parts(groups, pages, size_steps(sz.body, sz.min_body, 1))
    if L.style.balance == "grow" and len(parts) == 1 and chosen == sz.body:
        for size in size_steps(round(sz.body * L.style.scale.grow), sz.body, 1):
            grown, more, _ = fit_parts(groups, pages, [size])
            if len(more) == 1 and used_height(more[0]) <= pages.height(1) * GROW_FILL:
                chosen, parts = grown, more
                break
    report_bullets(L, slide, what, len(slide.bullets), chosen, len(parts), broken)
    return chosen, parts


def report_bullets(L: SlideComposer, slide: Slide, what: str, count: int, chosen: float, parts: int,
                   broken: bool) -> None:
    """Warn about the shrink, split or break decisions taken for *count* *what* (bullets, columns) of *slide*."""
    sz = L.sizes
    report_fit(L, slide.pos, f"{count} {what}", what, chosen, sz.body, sz.min_body, parts)
    if broken:
        L.diags.warning(slide.pos, f"slide {L.number}: a bullet is taller than a whole slide, so it was broken across "
                        "slides", "shorten it or move detail into the notes")


def body_frame(L: SlideComposer, part: list[Paragraph], x: float, y: float, w: float, h: float, parts: int):
    """Return the body frame of *part*: top-aligned, or centred in its area when ``body.balance`` asks
    (only on a slide that is not continued: continued parts are full)."""
    anchor = "ctr" if L.style.balance != "top" and parts == 1 else "t"
    return stack(part, x, y, w, h, role="body", placeholder="body", anchor=anchor)
