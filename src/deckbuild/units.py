"""Lengths. Every length inside deckbuild is a float number of points (1/72 inch)."""

from __future__ import annotations

import re

EMU_PER_PT = 12700  # English Metric Units (PowerPoint's lengths) in a point
POINTS_PER = {"pt": 1.0, "in": 72.0, "mm": 72.0 / 25.4, "cm": 72.0 / 2.54, "px": 0.75, "emu": 1 / EMU_PER_PT}

_LENGTH = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*(pt|in|mm|cm|px|emu)?\s*$")


def parse_length(value: object) -> float:
    """Return the length *value* (a number of points or a string such as ``"18mm"``) in points.

    Raises ValueError with a message fit for a user when *value* is not a length.
    """
    if isinstance(value, bool):
        raise ValueError("expected a length such as 18mm, 0.5in or 12pt")
    if isinstance(value, (int, float)):
        return float(value)
    m = _LENGTH.match(str(value))
    if not m:
        raise ValueError(f"'{value}' is not a length — write it like 18mm, 0.5in, 1.2cm or 12pt")
    return float(m.group(1)) * POINTS_PER[m.group(2) or "pt"]


def emu(points: float) -> int:
    """Return *points* as whole English Metric Units (PowerPoint's length unit)."""
    return int(round(points * EMU_PER_PT))
