"""Quote, statement and image slides."""

from __future__ import annotations

from dataclasses import replace

from deckbuild.layout.basic import fit_bullets
from deckbuild.layout.boxes import Rect
from deckbuild.layout.pictures import CAPTION_GAP, CAPTION_SCALE, caption_paragraph, caption_under, place
from deckbuild.layout.common import Draft, Pages, SlideComposer
from deckbuild.layout.fit import floor_note, size_steps
from deckbuild.layout.text import stack
from deckbuild.markup import plain
from deckbuild.model import Section, Slide


def quote_slide(L: SlideComposer, slide: Slide, section: Section) -> list[Draft]:
    """Return a slide with a large quotation, its attribution below, beside an accent bar."""
    pages = Pages(L, slide, L.number)
    c, sz, col, scale = pages.chrome(0), L.sizes, L.colors, L.style.scale
    indent = 40.0
    x, w = c.x + indent, c.w - indent * 1.5
    quote = slide.quote

    def make(size: float):
        paras = [L.para(f"“{quote.text}”", L.text_style(size, italic=True, color=col.primary, spacing=1.2), w)]
        if quote.by:
            by = max(size * scale.attribution, sz.min_body * scale.min_attribution)
            paras.append(L.para(f"— {quote.by}", L.text_style(by, color=col.muted), w,
                                space_before=round(size * 0.7, 2)))
        return paras

    start = round(sz.body * scale.quote)
    fit = L.fit(make, size_steps(start, sz.min_body, 1), x, c.y, w, c.h, role="quote", anchor="ctr")
    if not fit.fits:
        L.diags.warning(slide.pos, f"slide {L.number}: the quote does not fit even at "
                        f"{floor_note(sz.min_body, 'min_body')}", "shorten the quote")
    elif fit.shrunk:
        L.diags.warning(slide.pos, f"slide {L.number}: quote shrunk from {start:g}pt to {fit.size:g}pt to fit",
                        "shorten the quote to keep the style's size")
    frame = fit.frame
    first = frame.paragraphs[0]
    bar_h = first.height
    bar = Rect(c.x + 12, frame.y + first.top, 5, bar_h, fill=col.accent, name="Quote bar")
    return pages.drafts("quote", section, [[bar, frame]])


def statement_slide(L: SlideComposer, slide: Slide, section: Section) -> list[Draft]:
    """Return a slide with one large sentence, centred in the content area."""
    pages = Pages(L, slide, L.number)
    c, sz = pages.chrome(0), L.sizes
    start = round(sz.body * L.style.scale.statement)

    def make(s: float, width: float = c.w * 0.86) -> list:
        return [L.para(slide.statement, L.text_style(s, heading=True, bold=True, color=L.colors.primary,
                                                     spacing=1.15, align="ctr"), width)]

    fit = L.fit(make, size_steps(start, sz.min_body, 2), c.x + c.w * 0.07, c.y, c.w * 0.86, c.h, role="statement",
                anchor="ctr")
    if not fit.fits:
        L.diags.warning(slide.pos, f"slide {L.number}: the statement does not fit even at "
                        f"{floor_note(sz.min_body, 'min_body')}",
                        "a statement is one sentence: shorten it")
    elif fit.shrunk and fit.size < sz.body:
        L.diags.warning(slide.pos, f"slide {L.number}: statement shrunk to {fit.size:g}pt to fit",
                        "a statement is one sentence: shorten it")
    frame = _balanced(make, fit.size, fit.frame) if fit.fits else fit.frame
    return pages.drafts("statement", section, [[frame]])


def _balanced(make, size: float, frame):
    """Return *frame* narrowed, still centred, to the least width that keeps its number of lines, so a
    display sentence's lines come out even instead of ending in a word alone (as CSS text-wrap: balance)."""
    from deckbuild.layout.text import stack

    count = lambda width: sum(len(p.lines) for p in make(size, width))  # noqa: E731
    n = count(frame.w)
    if n < 2:
        return frame
    lo, hi = frame.w * 0.5, frame.w
    for _ in range(10):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if count(mid) > n else (lo, mid)
    w = round(min(frame.w, hi + 0.04 * frame.w), 2)  # some slack, so a renderer's own wrapping keeps n lines
    narrowed = stack(make(size, w), round(frame.x + (frame.w - w) / 2, 2), frame.y, w, frame.h,
                     role=frame.role, anchor=frame.anchor, placeholder=frame.placeholder)
    return narrowed if narrowed.fits and count(w) == n else frame


PICTURE_SHARE = (0.45, 0.62)  # of the content width, for a picture beside bullets: narrow and wide pictures
GAP = 24.0


def image_slide(L: SlideComposer, slide: Slide, section: Section) -> list[Draft]:
    """Return the image slide: the picture (aspect kept) with its caption, and bullets beside it if any.

    Beside bullets, the picture's column is as wide as the picture needs to fill the column's height
    (between PICTURE_SHARE of the width), and the picture starts level with the first line of the bullets.
    """
    pages = Pages(L, slide, L.number)
    image = slide.image
    beside = bool(slide.bullets)
    c0 = pages.chrome(0)
    cap_h = caption_paragraph(L, image.caption, c0.w).height + CAPTION_GAP if image.caption else 0.0
    low, high = PICTURE_SHARE
    wanted = image.width / image.height * max(c0.h - cap_h, 1.0) + GAP
    pic_w = round(min(max(wanted, c0.w * low), c0.w * high), 2)
    bullet_w = round(c0.w - pic_w, 2) if beside else 0.0
    parts: list[list] = [[]]
    if beside:
        _, parts = fit_bullets(L, slide, pages, bullet_w)
    bodies: list[list] = []
    for k, part in enumerate(parts):
        c = pages.chrome(k)
        body: list = []
        px, pw, py = c.x, c.w, c.y
        if beside:
            frame = stack(part, c.x, c.y, bullet_w, c.h, role="body", placeholder="body")
            body.append(frame)
            px, pw = c.x + bullet_w + GAP, c.w - bullet_w - GAP
            if frame.paragraphs:  # level with the top of the first line's capitals, roughly
                first = frame.paragraphs[0]
                py = round(frame.y + first.top + max(first.line_height - first.size, 0.0) / 2, 2)
        body += picture_with_caption(L, image, px, py, pw, c.y + c.h - py, top=beside)
        bodies.append(body)
    return pages.drafts("image", section, bodies)


def picture_with_caption(L: SlideComposer, image, x: float, y: float, w: float, h: float, top: bool = False,
                         caption_scale: float = CAPTION_SCALE) -> list:
    """Return the picture scaled to fit the box (centred, or at its top with *top*; aspect ratio kept) and
    its caption under it, at *caption_scale* × sizes.footer."""
    boxes: list = []
    cap_h = 0.0
    caption = None
    if image.caption:
        caption = caption_paragraph(L, image.caption, w, caption_scale)
        cap_h = caption.height + CAPTION_GAP
    picture = place(image, x, y, w, h - cap_h, diags=getattr(L, "diags", None))  # width/height/fit: layout/pictures.py
    if top:
        picture = replace(picture, y=round(y, 2))
    picture = replace(picture, alt="" if image.decorative else plain(image.alt or image.caption or picture.alt or ""),
                      decorative=image.decorative)
    boxes.append(picture)
    if caption is not None:
        boxes.append(caption_under(picture, caption, x, w))
    return boxes
