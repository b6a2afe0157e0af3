"""A chart's value axis and numbers: round axis steps, and one Excel number format per axis or series that
both outputs show alike (the PowerPoint chart writes the format; the drawing formats with it here)."""

from __future__ import annotations

import math


def _decimals(value: float) -> int:
    """Return how many decimals (at most two) *value* needs."""
    return next((d for d in range(3) if abs(round(value, d) - value) <= 1e-9 * max(1.0, abs(value))), 2)


def number_format(values, step: float | None = None) -> str:
    """Return the Excel number format that shows *values* (ticks *step* apart, when given) in both outputs:
    thousands separated with as many decimals as the numbers need (at most two), or scientific when they
    are tiny or 16 digits long."""
    biggest = max((abs(v) for v in values), default=0.0)
    smallest = min((abs(v) for v in values if v), default=1.0)
    if biggest >= 1e15 or (step if step is not None else smallest) < 0.01:
        return "0.00E+00"
    decimals = _decimals(step) if step is not None else max((_decimals(v) for v in values), default=0)
    return "#,##0" + ("." + "0" * decimals if decimals else "")


def format_number(value: float, code: str) -> str:
    """Return *value* as Excel format *code* (one number_format returns) shows it."""
    if code == "0.00E+00":
        return f"{value:.2E}"
    decimals = len(code.split(".")[1]) if "." in code else 0
    text = f"{value:,.{decimals}f}"
    return text[1:] if text.startswith("-") and not any(ch in "123456789" for ch in text) else text


def fmt(value: float) -> str:
    """Return *value* as a short label in its own number format."""
    return format_number(value, number_format([value]))


def nice_scale(lo: float, hi: float, ticks: int = 5) -> tuple[float, float, float]:
    """Return (low, high, step) of a value axis covering *lo*..*hi* in round steps."""
    lo, hi = min(lo, 0.0), max(hi, 0.0)
    if hi == lo:
        hi = lo + 1
    raw = (hi - lo) / ticks
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if (hi - lo) / (m * mag) <= ticks)
    return math.floor(lo / step) * step, math.ceil(hi / step) * step, step
