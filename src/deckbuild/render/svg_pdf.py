"""Pictures in the PDF: SVG as vector drawings (svglib → reportlab), raster pictures as embedded (GIF/WebP as
PNG, JPEG upright), and crops as a clip.
"""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

from deckbuild import images
from deckbuild.svg import is_svg, svg_png
from deckbuild.layout.boxes import Picture


def draw_picture(c, box: Picture, height: float) -> None:
    """Draw *box* on the reportlab canvas *c* (top-left coordinates on a surface *height* points tall)."""
    left, top, right, bottom = box.crop
    shown_w, shown_h = 1 - left - right, 1 - top - bottom
    full_w, full_h = box.w / shown_w, box.h / shown_h  # the whole picture, of which the box shows a part
    x0 = box.x - left * full_w
    y0 = height - box.y - box.h - bottom * full_h  # PDF y of the whole picture's bottom edge
    cropped = any(box.crop)
    if cropped:
        c.saveState()
        clip = c.beginPath()
        clip.rect(box.x, height - box.y - box.h, box.w, box.h)
        c.clipPath(clip, stroke=0, fill=0)
    drawing = _drawing(str(box.path), *_stamp(box.path)) if is_svg(box.path) else None
    if drawing is not None:
        from reportlab.graphics import renderPDF

        c.saveState()
        c.translate(x0, y0)
        c.scale(full_w / max(drawing.width, 1e-6), full_h / max(drawing.height, 1e-6))
        _renderer()().draw(renderPDF.renderScaledDrawing(drawing), c, 0, 0, showBoundary=False)
        c.restoreState()
    else:  # a raster picture, or an SVG svglib cannot read: its resvg rendering
        from reportlab.lib.utils import ImageReader

        data = svg_png(box.path, full_w, full_h) if is_svg(box.path) else images.embeddable(box.path)[0]
        c.drawImage(ImageReader(io.BytesIO(data)), x0, y0, full_w, full_h, mask="auto")
    if cropped:
        c.restoreState()


def _stamp(path) -> tuple[int, int]:
    st = Path(path).stat()
    return st.st_size, st.st_mtime_ns


@lru_cache(maxsize=32)
def _drawing(path: str, _size: int, _mtime: int):
    """Return the reportlab Drawing of the (already checked: no references, no entities) SVG at *path*, or None."""
    import logging

    from svglib.svglib import svg2rlg

    quiet = logging.getLogger("svglib")  # nothing below the command line prints: svglib's notes are dropped
    quiet.propagate = False
    if not quiet.handlers:
        quiet.addHandler(logging.NullHandler())
    try:
        return svg2rlg(path)  # None when svglib cannot read it
    except Exception:  # noqa: BLE001 - svglib raises many kinds for drawings it does not support
        return None


@lru_cache(maxsize=1)
def _renderer():
    """Return reportlab's PDF renderer, drawing an SVG's embedded pictures as image objects.

    Its own way, inline images, can put bytes into the page's text stream, which breaks the page.
    """
    from reportlab.graphics.renderPDF import _PDFRenderer
    from reportlab.lib.utils import ImageReader

    class Renderer(_PDFRenderer):
        def drawImage(self, image):  # noqa: N802 - reportlab's name
            if image.path is None or image.width < 1e-6 or image.height < 1e-6:
                return
            self._canvas.drawImage(ImageReader(image.path), image.x, image.y, image.width, image.height, mask="auto")

    return Renderer
