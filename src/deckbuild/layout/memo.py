"""Remembered answers of two small pure functions the layout asks again for every paragraph: rounding a
size to hundredths of a point, and a text style with another alignment."""

from __future__ import annotations

from dataclasses import replace

LIMIT = 8192  # answers kept of each (cleared when full: what one deck asks again is a few hundred)
_ROUNDED: dict[float, float] = {}
_ALIGNED: dict[tuple[int, str], tuple[object, object]] = {}


def rounded(value: float) -> float:
    """Return ``round(value, 2)``, remembered for positive floats (rounding to digits is slow, and the same
    sizes, gaps and indents are rounded for every paragraph)."""
    if type(value) is not float or not value > 0.0:  # 0.0 == -0.0 and 1 == 1.0 as keys: not remembered
        return round(value, 2)
    done = _ROUNDED.get(value)
    if done is None:
        if len(_ROUNDED) >= LIMIT:
            _ROUNDED.clear()
        done = _ROUNDED[value] = round(value, 2)
    return done


def aligned(style, align: str):
    """Return ``replace(style, align=align)`` for a text style, the same object for the same style object and
    alignment (styles are memo keys: one made once hashes once). Kept by identity: equal styles may hold 24
    and 24.0."""
    key = (id(style), align)
    made = _ALIGNED.get(key)
    if made is None or made[0] is not style:
        if len(_ALIGNED) >= LIMIT:
            _ALIGNED.clear()
        made = _ALIGNED[key] = (style, replace(style, align=align))  # holding *style* keeps its id unique
    return made[1]
