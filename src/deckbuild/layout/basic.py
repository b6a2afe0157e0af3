"""The basic slide kinds: the title slide, a section's header slide, and bullets."""

from __future__ import annotations

from deckbuild.layout.boxes import Paragraph, Rect
from deckbuild.layout.common import TITLE_SPACING, Draft, SlideLayout, mix, size_steps
from deckbuild.layout.text import stack
from deckbuild.model import Section, Slide


def title_slide(L: SlideLayout) -> Draft:
    """Return the deck's opening slide: title, subtitle, author and date."""
    deck, g, c, sz = L.deck, L.grid, L.colors, L.sizes
    x, w = round(g.width * 0.1, 2), round(g.width * 0.8, 2)
    boxes: list = [Rect(0, 0, round(g.width * 0.03, 2), g.height, fill=c.primary, name="Band")]
    title_h = round(g.height * 0.34, 2)
    title_y = round(g.height * 0.2, 2)
    big = round(sz.title * 1.25)
    fit = L.fit(lambda s: [L.para(deck.title, L.text_style(s, heading=True, bold=True, spacing=TITLE_SPACING,
                                                              color=c.primary), w)],
                size_steps(big, sz.min_title, 2), x, title_y, w, title_h, role="title", anchor="b",
                placeholder="ctrTitle")
    if not fit.frame.fits:
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
        if not sub.frame.fits:
            L.diags.warning(deck.pos, "slide 1: the subtitle does not fit", "shorten the subtitle")
        boxes.append(sub.frame)
    byline = " · ".join(p for p in (deck.author, deck.date) if p)
    if byline:
        p = L.para(byline, L.text_style(sz.footer * 1.3, color=c.muted), w)
        boxes.append(stack([p], x, round(g.height * 0.82, 2), w, round(g.height * 0.08, 2), role="byline",
                           placeholder="dt"))
    return Draft(kind="title", title=deck.title, boxes=boxes, pos=deck.pos, footer_color=None)


def section_slide(L: SlideLayout, section: Section, index: int, total: int) -> Draft:
    """Return the header slide of *section* (the *index*-th of *total*), on the primary colour."""
    g, c, sz = L.grid, L.colors, L.sizes
    x, w = g.margin, g.inner_w
    label_color = mix(c.on_primary, c.primary, 0.35)
    label = L.para(f"Section {index} of {total}", L.text_style(sz.footer * 1.4, color=label_color, spacing=1.2),
                   w)
    label_y = round(g.height * 0.3, 2)
    boxes: list = [Rect(x, label_y - 16, 56, 4, fill=c.accent, name="Accent"),
                   stack([label], x, label_y, w, round(sz.footer * 2.2, 2), role="label")]
    title_y = round(label_y + sz.footer * 2.6, 2)
    fit = L.fit(lambda s: [L.para(section.title, L.text_style(s, heading=True, bold=True, spacing=TITLE_SPACING,
                                                                 color=c.on_primary), w)],
                size_steps(round(sz.title * 1.15), sz.min_title, 2), x, title_y, w,
                round(g.footer_y - 12 - title_y, 2), role="title", placeholder="title")
    if not fit.frame.fits:
        L.diags.warning(section.pos, f"slide {L.number}: the section title does not fit", "shorten it")
    boxes.append(fit.frame)
    return Draft(kind="section", title=section.title, boxes=boxes, pos=section.pos, notes=section.notes,
                 details=section.summary, section=section.title, background=c.primary,
                 footer_color=mix(c.on_primary, c.primary, 0.45))


def bullets_slide(L: SlideLayout, slide: Slide, section: Section) -> list[Draft]:
    """Return the bullets slide, shrunk to fit, or split into continuation slides when it cannot."""
    g, sz = L.grid, L.sizes
    groups_at: dict[float, list[list[Paragraph]]] = {}

    def groups(size: float) -> list[list[Paragraph]]:
        if size not in groups_at:
            paras = L.bullet_paragraphs(slide.bullets, size, g.inner_w)
            out: list[list[Paragraph]] = []
            for p in paras:
                if p.level == 0 or not out:
                    out.append([])
                out[-1].append(p)
            groups_at[size] = out
        return groups_at[size]

    sizes = size_steps(sz.body, sz.min_body, 1)
    chosen, parts = sizes[-1], None
    for size in sizes:
        packed = pack(groups(size), g.body_h)
        if len(packed) == 1:
            chosen, parts = size, packed
            break
    if parts is None:  # does not fit on one slide even at min_body: split, at the largest size needing fewest
        fewest = len(pack(groups(sizes[-1]), g.body_h))
        for size in sizes:
            packed = pack(groups(size), g.body_h)
            if len(packed) <= fewest:
                chosen, parts = size, packed
                break
        L.diags.warning(slide.pos, f"slide {L.number}: {len(slide.bullets)} bullets do not fit on one slide even at "
                        f"{sz.min_body:g}pt; split into {len(parts)} slides at {chosen:g}pt",
                        "shorten the bullets or split the slide yourself")
    elif chosen != sizes[0]:
        L.diags.warning(slide.pos, f"slide {L.number}: bullets shrunk from {sz.body:g}pt to {chosen:g}pt to fit",
                        "shorten the bullets to keep the style's size")
    drafts = []
    for k, part in enumerate(parts):
        title = slide.title if k == 0 else f"{slide.title} (cont.)"
        body = stack([p for group in part for p in group], g.margin, g.body_top, g.inner_w, g.body_h, role="body",
                     placeholder="body")
        if not body.fits:
            L.diags.warning(slide.pos, f"slide {L.number + k}: a bullet with its sub-bullets is taller than the "
                            "slide even at the smallest size", "shorten it or move detail into the notes")
        boxes = [L.title(title, slide.pos, number=L.number + k), L.rule(g.rule_y), body]
        drafts.append(Draft(kind="bullets", title=title, boxes=boxes, pos=slide.pos,
                            notes=slide.notes if k == 0 else None, details=slide.details if k == 0 else None,
                            section=section.title, continued=k))
    return drafts


def pack(groups: list[list[Paragraph]], height: float) -> list[list[list[Paragraph]]]:
    """Return *groups* (a bullet with its sub-bullets) packed greedily into parts no taller than *height*."""
    parts: list[list[list[Paragraph]]] = [[]]
    used = 0.0
    for group in groups:
        h = sum(p.space_before + p.height for p in group)
        first_gap = group[0].space_before
        need = h - first_gap if not parts[-1] else h
        if parts[-1] and used + need > height + 0.5:
            parts.append([])
            used, need = 0.0, h - first_gap
        parts[-1].append(group)
        used += need
    return parts
