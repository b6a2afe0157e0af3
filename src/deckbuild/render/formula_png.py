"""Formulas as pictures for the PowerPoint deck: the Formula box's own outlines, filled with matplotlib's
Agg rasterizer at high resolution (600 dpi) on a transparent background, saved as PNG without metadata.

The picture covers exactly the box the layout gave the formula, so it sits where the handout draws the
same outlines as vectors. Identical formulas at the same size and colour are rendered once per process
(and stored once in the package).
"""

from __future__ import annotations

import io
import math
from functools import lru_cache

DPI = 600.0
MAX_PIXELS = 24_000_000  # a very large formula is rendered at a lower resolution rather than enormous


def formula_png(box) -> bytes:
    """Return the PNG of the Formula *box*: its outlines in its colour, transparent around them."""
    return _render(box.shape, box.size, box.color, box.w, box.h, round(box.ox - box.x, 3), round(box.oy - box.y, 3))


@lru_cache(maxsize=512)
def _render(shape, size: float, color: str, w: float, h: float, dx: float, dy: float) -> bytes:
    import numpy as np
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.path import Path
    from matplotlib.transforms import Affine2D
    from PIL import Image

    dpi = DPI
    if (w * dpi / 72) * (h * dpi / 72) > MAX_PIXELS:
        dpi = 72 * math.sqrt(MAX_PIXELS / max(w * h, 1e-6))
    px_w, px_h = max(1, math.ceil(w * dpi / 72)), max(1, math.ceil(h * dpi / 72))
    kx, ky = px_w / w, px_h / h  # pixels per point (the picture is stretched to the box exactly)
    verts: list[tuple[float, float]] = []
    codes: list[int] = []
    for sub in shape.paths:
        for op in sub:
            if op[0] == "M":
                verts.append((op[1], op[2]))
                codes.append(Path.MOVETO)
            elif op[0] == "L":
                verts.append((op[1], op[2]))
                codes.append(Path.LINETO)
            elif op[0] == "C":
                verts += [(op[1], op[2]), (op[3], op[4]), (op[5], op[6])]
                codes += [Path.CURVE4] * 3
            else:
                verts.append((0.0, 0.0))
                codes.append(Path.CLOSEPOLY)
    renderer = RendererAgg(px_w, px_h, dpi)
    if verts:
        # ems, y up from the baseline → pixels, y up from the bottom of the picture (Agg's device space)
        to_px = Affine2D().scale(size).translate(dx, h - dy).scale(kx, ky)
        gc = renderer.new_gc()
        gc.set_antialiased(True)
        gc.set_linewidth(0)
        rgb = tuple(int(color[i:i + 2], 16) / 255 for i in (0, 2, 4))
        renderer.draw_path(gc, Path(np.array(verts, dtype=float), codes), to_px, rgbFace=(*rgb, 1.0))
        gc.restore()
    # one colour at 256 levels of coverage: a palette PNG whose entries differ only in transparency (a quarter
    # of the data of RGBA, and exactly the formula's colour at every edge pixel)
    alpha = np.ascontiguousarray(np.asarray(renderer.buffer_rgba())[..., 3])
    image = Image.frombytes("P", (px_w, px_h), alpha.tobytes())
    image.putpalette(bytes(int(color[i:i + 2], 16) for i in (0, 2, 4)) * 256)
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=6, transparency=bytes(range(256)), dpi=(round(dpi), round(dpi)))
    return out.getvalue()
