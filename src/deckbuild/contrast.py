"""WCAG 2.1 colour contrast: relative luminance, contrast ratios and the AA thresholds.

Colours are ``RRGGBB`` strings (a leading ``#`` is allowed), as the style and the layout carry them.
"""

from __future__ import annotations

AA_NORMAL = 4.5  # WCAG 2.1 success criterion 1.4.3, text below the large size
AA_LARGE = 3.0  # large text: at least 18 pt, or 14 pt bold
LARGE_PT = 18.0
LARGE_BOLD_PT = 14.0


def luminance(color: str) -> float:
    """Return the relative luminance (0 black … 1 white) of an ``RRGGBB`` colour."""
    value = color.lstrip("#")
    channels = [int(value[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def ratio(fg: str, bg: str) -> float:
    """Return the contrast ratio of *fg* on *bg*, from 1.0 (none) to 21.0 (black on white)."""
    a, b = luminance(fg), luminance(bg)
    hi, lo = max(a, b), min(a, b)
    return (hi + 0.05) / (lo + 0.05)


def is_large(size: float, bold: bool = False) -> bool:
    """Return True when text of *size* points counts as large for WCAG (18 pt, or 14 pt bold)."""
    return size >= LARGE_PT or (bold and size >= LARGE_BOLD_PT)


def required(size: float, bold: bool = False) -> float:
    """Return the AA contrast ratio text of *size* points (bold or not) needs."""
    return AA_LARGE if is_large(size, bold) else AA_NORMAL


def passes(fg: str, bg: str, size: float, bold: bool = False) -> bool:
    """Return True when *fg* text of *size* points on *bg* meets WCAG AA."""
    return ratio(fg, bg) >= required(size, bold) - 1e-9
