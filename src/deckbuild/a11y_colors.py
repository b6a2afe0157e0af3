"""Where a colour on a slide comes from, and what is painted behind a point: helpers of the a11y check."""

from __future__ import annotations

import math

from deckbuild.diagnostics import Pos
from deckbuild.layout.boxes import Wedge

# style colour keys a text role most likely takes its colour from, tried first
ROLE_KEYS = {
    "code": ("code", "text"),
    "line numbers": ("code", "line_numbers"),
    "footer": ("colors", "muted"),
    "sources": ("colors", "muted"),
}
COLOR_KEYS = ("text", "muted", "primary", "accent", "on_primary", "surface", "background")
CODE_KEYS = ("text", "line_numbers", "background", "highlight")


def frame_runs(frame):
    """Yield (colour, size, bold, x, y) for every fragment of *frame*, at its middle in slide coordinates."""
    for p in frame.paragraphs:
        for line in p.lines:
            for frag in line.frags:
                run = frag.run
                if not frag.text.strip() or run.math is not None:
                    continue
                x = frame.x + frag.x + frag.width / 2
                y = frame.y + p.top + line.baseline - run.size * 0.35
                yield run.color.upper(), run.size, run.bold, x, y


def _inside(shape, x: float, y: float) -> bool:
    if isinstance(shape, Wedge):
        dx, dy = x - shape.cx, shape.cy - y
        if dx * dx + dy * dy > shape.r * shape.r:
            return False
        angle = math.degrees(math.atan2(dy, dx)) % 360
        if shape.extent < 0:  # clockwise
            return (shape.start - angle) % 360 <= -shape.extent
        return (angle - shape.start) % 360 <= shape.extent
    return shape.x <= x <= shape.x + shape.w and shape.y <= y <= shape.y + shape.h


def fill_at(fills, x: float, y: float, background: str, size: float = 0.0) -> tuple[str, str]:
    """Return (colour, name) of the topmost of *fills* under (x, y), else the slide *background*.

    Shapes smaller than the text (*size* points) are marks the text may touch, not its background.
    """
    for shape in reversed(fills):
        if not isinstance(shape, Wedge) and min(shape.w, shape.h) < size:
            continue
        if _inside(shape, x, y):
            return shape.fill.upper(), getattr(shape, "name", "pie slice")
    return background.upper(), "slide background"


def style_colors(style, role: str):
    """Yield (key, colour) for every colour *style* sets, the likeliest for *role* first."""
    preferred = ROLE_KEYS.get(role)
    candidates = [("colors", k) for k in COLOR_KEYS] + [("code", k) for k in CODE_KEYS]
    candidates += [("code", "colors", k) for k, _ in style.code.colors]
    if preferred in candidates:
        candidates.remove(preferred)
        candidates.insert(0, preferred)
    if role in ("code", "line numbers"):  # the code's own colours before the slide's
        candidates.sort(key=lambda keys: keys[0] != "code")
    own = dict(style.code.colors)
    for keys in candidates:
        if keys[:2] == ("code", "colors"):
            value = own[keys[2]]
        elif keys[0] == "code":
            value = getattr(style.code, keys[1])
        else:
            value = getattr(style.colors, keys[1])
        yield keys, value.lstrip("#").upper()


def color_origin(style, color: str, role: str) -> tuple[str, Pos]:
    """Return the style key that sets *color* for text of *role*, and where it is written.

    A code colour no key sets comes from the Pygments theme (``code.theme``).
    """
    for keys, value in style_colors(style, role):
        if value == color.upper():
            return ".".join(keys), style.pos(*keys)
    if role == "code":
        return "code.theme", style.pos("code", "theme")
    return "colors.text", style.pos("colors", "text")
