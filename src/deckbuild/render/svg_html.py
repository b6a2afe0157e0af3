"""Pictures in the HTML preview: an SVG as the SVG file itself, raster pictures as embedded (GIF/WebP as PNG,
JPEG upright), and crops as a nested viewport that clips.
"""

from __future__ import annotations

import hashlib
from deckbuild.render.xml_escape import escape

from deckbuild import images
from deckbuild.svg import is_svg
from deckbuild.layout.boxes import Picture


def picture_media(box: Picture) -> tuple[str, bytes]:
    """Return the file name under ``media/`` and the bytes of *box*'s picture as the page refers to it."""
    if is_svg(box.path):
        data, ext = box.path.read_bytes(), ".svg"
    else:
        data, kind = images.embeddable(box.path)
        ext = ".png" if kind == "png" else ".jpg"
    return f"media/{hashlib.sha256(data).hexdigest()[:16]}{ext}", data


def picture_element(box: Picture, href: str, n) -> str:
    """Return the SVG markup drawing *box* from *href*; *n* formats numbers."""
    title = f"<title>{escape(box.alt)}</title>"
    left, top, right, bottom = box.crop
    if not any(box.crop):
        return (f'<image href="{href}" x="{n(box.x)}" y="{n(box.y)}" width="{n(box.w)}" height="{n(box.h)}" '
                f'preserveAspectRatio="none">{title}</image>')
    full_w, full_h = box.w / (1 - left - right), box.h / (1 - top - bottom)
    return (f'<svg x="{n(box.x)}" y="{n(box.y)}" width="{n(box.w)}" height="{n(box.h)}" overflow="hidden">'
            f'<image href="{href}" x="{n(-left * full_w)}" y="{n(-top * full_h)}" width="{n(full_w)}" '
            f'height="{n(full_h)}" preserveAspectRatio="none">{title}</image></svg>')
