"""Where pictures go: one picture sized by ``width``/``height``/``fit``, a grid of 2–6 pictures with
captions, and a picture filling the slide's background.

Every decision (the box, the crop of ``fit: cover``) is made here and carried on Picture boxes, so the deck,
the handout and the HTML preview show the same thing.
"""

from __future__ import annotations

from dataclasses import replace

import math

from deckbuild.layout.boxes import Picture
from deckbuild.markup import plain

CAPTION_GAP = 6.0
CAPTION_SCALE = 1.25  # a picture's caption, in sizes.footer
GRID_CAPTION_SCALE = 1.15  # a caption in a grid of pictures (narrower cells)
GRID_GAP = 16.0


def extent(value: tuple[float, str] | None, area: float) -> float | None:
    """Return a ``width:``/``height:`` value in points: a percentage of *area*, or a length as it is."""
    if value is None:
        return None
    number, unit = value
    return area * number / 100 if unit == "%" else number


def cover_crop(aspect: float, box_w: float, box_h: float, focus: tuple[float, float]) -> tuple[float, ...]:
    """Return the fractions (left, top, right, bottom) cut off a picture of *aspect* (w/h) to fill the box,
    keeping the *focus* point in view as far as the crop allows."""
    box = box_w / box_h
    if abs(aspect - box) < 1e-6:
        return (0.0, 0.0, 0.0, 0.0)
    if aspect > box:  # wider than the box: cut the sides
        cut = 1 - box / aspect
        left = round(cut * focus[0], 5)
        return (left, 0.0, round(cut - left, 5), 0.0)
    cut = 1 - aspect / box
    top = round(cut * focus[1], 5)
    return (0.0, top, 0.0, round(cut - top, 5))


def place(image, x: float, y: float, w: float, h: float, name: str = "Picture", diags=None) -> Picture:
    """Return *image* as a Picture inside the box (x, y, w, h), centred.

    Without ``width``/``height`` a ``contain`` picture is as large as the box allows and a ``cover`` picture
    fills the box. With one of them the other follows the aspect ratio; with both, ``contain`` fits the picture
    inside them and ``cover`` fills them exactly, cropped around ``focus``. Nothing grows past the box: a
    length larger than the room is a warning (with *diags*).
    """
    aspect = image.width / image.height
    want_w, want_h = extent(image.box_w, w), extent(image.box_h, h)
    too_big = [f"{what} {want:g}pt" for what, want, room in (("width", want_w, w), ("height", want_h, h))
               if want is not None and want > room + 0.5]
    if too_big and diags is not None:
        diags.warning(image.pos, f"picture {' and '.join(too_big)} is more than the room there is "
                      f"({w:.0f}×{h:.0f}pt); it is made smaller", "give a smaller size, or a percentage")
    crop = (0.0, 0.0, 0.0, 0.0)
    if want_w is None and want_h is None:
        bw, bh = w, h
    else:
        bw = min(want_w if want_w is not None else w, w)
        bh = min(want_h if want_h is not None else h, h)
    if image.fit == "cover" and (want_w is None) == (want_h is None):
        pw, ph = bw, bh
        crop = cover_crop(aspect, pw, ph, image.focus)
    else:
        if want_w is not None and want_h is None:
            bh = h
        elif want_h is not None and want_w is None:
            bw = w
        scale = min(bw / aspect, bh)
        pw, ph = scale * aspect, scale
    pw, ph = round(pw, 2), round(ph, 2)
    px, py = round(x + (w - pw) / 2, 2), round(y + (h - ph) / 2, 2)
    decorative = bool(getattr(image, "decorative", False))
    return Picture(px, py, pw, ph, image.path, alt="" if decorative else plain(image.alt or image.caption or ""),
                   name=name, crop=crop, decorative=decorative)


def grid_shape(count: int, beside: bool) -> tuple[int, int]:
    """Return (columns, rows) for *count* pictures; narrower when bullets stand beside the grid."""
    if beside:
        cols = 1 if count == 2 else 2
    else:
        cols = count if count <= 3 else (2 if count == 4 else 3)
    return cols, math.ceil(count / cols)


def grid(L, images, x: float, y: float, w: float, h: float, beside: bool = False) -> list:
    """Return the pictures of *images* in a grid filling the box, each with its caption under it."""
    cols, rows = grid_shape(len(images), beside)
    cell_w = (w - GRID_GAP * (cols - 1)) / cols
    cell_h = (h - GRID_GAP * (rows - 1)) / rows
    captions = [caption_paragraph(L, im.caption, cell_w, GRID_CAPTION_SCALE) if im.caption else None
                for im in images]
    boxes: list = []
    for row in range(rows):
        members = list(range(row * cols, min((row + 1) * cols, len(images))))
        cap_h = max((captions[i].height + CAPTION_GAP for i in members if captions[i] is not None), default=0.0)
        offset = (cols - len(members)) * (cell_w + GRID_GAP) / 2  # a short last row is centred
        for slot, i in enumerate(members):
            cx = x + offset + slot * (cell_w + GRID_GAP)
            cy = y + row * (cell_h + GRID_GAP)
            pic = place(images[i], cx, cy, cell_w, cell_h - cap_h, name=f"Picture {i + 1}", diags=L.diags)
            boxes.append(pic)
            if captions[i] is not None:
                boxes.append(caption_under(pic, captions[i], cx, cell_w))
    return boxes


def caption_paragraph(L, text: str, w: float, scale: float = CAPTION_SCALE):
    """Return the caption *text* set *w* wide: italic, muted and centred, at *scale* × sizes.footer."""
    return L.para(text, L.text_style(L.sizes.footer * scale, italic=True, color=L.colors.muted, align="ctr"), w)


def caption_under(picture: Picture, caption, x: float, w: float):
    """Return the frame of the *caption* paragraph CAPTION_GAP under *picture*, *w* wide from *x*."""
    from deckbuild.layout.text import stack

    return stack([caption], x, round(picture.y + picture.h + CAPTION_GAP, 2), w, caption.height, role="caption")


def images_slide(L, slide, section):
    """Return the slide of 2–6 pictures as a grid with captions, beside its bullets when it has any."""
    from deckbuild.layout.basic import fit_bullets
    from deckbuild.layout.common import Pages
    from deckbuild.layout.text import stack

    pages = Pages(L, slide, L.number)
    gap = 24.0
    beside = bool(slide.bullets)
    bullet_w = round(pages.chrome(0).w * 0.4, 2) if beside else 0.0
    parts: list[list] = [[]]
    if beside:
        _, parts = fit_bullets(L, slide, pages, bullet_w)
    bodies = []
    for k, part in enumerate(parts):
        c = pages.chrome(k)
        body: list = []
        px, pw = c.x, c.w
        if beside:
            body.append(stack(part, c.x, c.y, bullet_w, c.h, role="body", placeholder="body"))
            px, pw = c.x + bullet_w + gap, c.w - bullet_w - gap
        body += grid(L, slide.images, px, c.y, pw, c.h, beside)
        bodies.append(body)
    return pages.drafts("images", section, bodies)


def backdrop(model, width: float, height: float, style_image=None) -> tuple[str | None, list]:
    """Return the background colour a slide asks for (or None) and its background picture boxes (first).

    A slide's own ``background:`` wins; without one, the style's background picture (*style_image*) is used.
    """
    background = getattr(model, "background", None)
    image = style_image if background is None else background.image
    boxes = ([replace(place(image, 0.0, 0.0, width, height, name="Background"), alt="", decorative=True)]
             if image is not None else [])  # a backdrop is an ornament: screen readers skip it
    return (background.color if background is not None else None), boxes
