"""The basic slide kinds: the title slide, a section's header slide, and bullets."""

from __future__ import annotations

from deckbuild.layout.boxes import Paragraph, Rect
from deckbuild.layout.common import TITLE_SPACING, Draft, SlideLayout, mix, size_steps
from deckbuild.layout.text import split_paragraph, stack
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
    if not fit.fits:
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
        """Return the bullet paragraphs at *size*, grouped: a top-level bullet with its sub-bullets."""
        if size not in groups_at:
            out: list[list[Paragraph]] = []
            for p in L.bullet_paragraphs(slide.bullets, size, g.inner_w):
                if p.level == 0 or not out:
                    out.append([])
                out[-1].append(p)
            groups_at[size] = out
        return groups_at[size]

    first = L.number
    title, push = L.title(slide.title, slide.pos, number=first)
    chosen, parts, broken = _fit_bullets(groups, size_steps(sz.body, sz.min_body, 1), g.body_h - push)
    titles = [(title, push)]
    if len(parts) > 1:
        cont = L.title(f"{slide.title} (cont.)", slide.pos, number=first + 1)
        if cont[1] > push:  # a longer continuation title takes more room: pack again for it
            push = cont[1]
            chosen, parts, broken = _fit_bullets(groups, size_steps(sz.body, sz.min_body, 1), g.body_h - push)
        titles.append(cont)
    if len(parts) > 1:
        L.diags.warning(slide.pos, f"slide {first}: {len(slide.bullets)} bullets do not fit on one slide even at "
                        f"{sz.min_body:g}pt; split into slides {first}–{first + len(parts) - 1} at {chosen:g}pt",
                        "shorten the bullets or split the slide yourself")
    elif chosen != sz.body:
        L.diags.warning(slide.pos, f"slide {first}: bullets shrunk from {sz.body:g}pt to {chosen:g}pt to fit",
                        "shorten the bullets to keep the style's size")
    if broken:
        L.diags.warning(slide.pos, f"slide {first}: a bullet is taller than a whole slide, so it was broken across "
                        "slides", "shorten it or move detail into the notes")
    drafts = []
    for k, part in enumerate(parts):
        frame, _ = titles[min(k, 1)]
        body = stack(part, g.margin, g.body_top + push, g.inner_w, g.body_h - push, role="body", placeholder="body")
        boxes = [frame, L.rule(g.rule_y + push), body]
        drafts.append(Draft(kind="bullets", title=slide.title + (" (cont.)" if k else ""), boxes=boxes, pos=slide.pos,
                            notes=slide.notes if k == 0 else None, details=slide.details if k == 0 else None,
                            section=section.title, continued=k))
    return drafts


def _fit_bullets(groups, sizes: list[float], height: float):
    """Return (size, parts, broken): one part at the largest size that fits, else the fewest parts."""
    for size in sizes:
        parts, broken = pack(groups(size), height)
        if len(parts) == 1:
            return size, parts, broken
    fewest = len(pack(groups(sizes[-1]), height)[0])
    for size in sizes:
        parts, broken = pack(groups(size), height)
        if len(parts) <= fewest:
            return size, parts, broken
    raise AssertionError("unreachable: the smallest size needs the fewest parts")  # pragma: no cover


def pack(groups: list[list[Paragraph]], height: float) -> tuple[list[list[Paragraph]], bool]:
    """Return *groups* packed greedily into parts no taller than *height*, and whether a group had to break.

    A group (a bullet with its sub-bullets) stays on one part when it fits on an empty one; otherwise it
    is broken between its paragraphs, and a paragraph taller than a part is broken between its lines.
    """
    parts: list[list[Paragraph]] = [[]]
    used, broken = 0.0, False
    queue = list(groups)
    while queue:
        block = queue.pop(0)
        fresh = not parts[-1]
        need = sum(p.space_before + p.height for p in block) - (block[0].space_before if fresh else 0.0)
        if used + need <= height + 0.5:
            parts[-1].extend(block)
            used += need
        elif not fresh:
            parts.append([])
            used = 0.0
            queue.insert(0, block)
        elif len(block) > 1:
            broken = True
            queue[0:0] = [[p] for p in block]
        else:
            broken = True
            p = block[0]
            head, tail = split_paragraph(p, max(1, int((height + 0.5) // p.line_height)))
            parts[-1].append(head)
            parts.append([])
            used = 0.0
            queue.insert(0, [tail])
    return [part for part in parts if part], broken
