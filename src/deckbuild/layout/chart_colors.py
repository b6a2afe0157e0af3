"""Chart colours: series and slice colours that differ clearly (CIEDE2000), and label text that reads on them.

Colours are hex strings ("1F3B5B"), as everywhere in the layout.
"""

from __future__ import annotations

import math

from deckbuild.contrast import ratio

MIN_DELTA_E = 15.0  # neighbouring slices differ at least this much (CIEDE2000)
PICK_DELTA_E = 20.0  # what the palette aims for, so that rounding never brings a pair below MIN_DELTA_E
# hues added after the style's own colours: saturated but not loud, spread round the colour wheel
EXTRA_HUES = ("2E8B57", "E0A526", "6A4C93", "1E88E5", "D35400", "7CB342", "AD1457", "00897B", "8D6E63",
              "5C6BC0", "F06292", "9E9D24")
BLACK, WHITE = "000000", "FFFFFF"
MIN_LABEL_CONTRAST = 4.5


def _linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def lab(color: str) -> tuple[float, float, float]:
    """Return the CIE L*a*b* (D65) coordinates of sRGB *color*."""
    r, g, b = (_linear(int(color[i:i + 2], 16) / 255) for i in (0, 2, 4))
    x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def delta_e(c1: str, c2: str) -> float:
    """Return the CIEDE2000 colour difference of two sRGB colours."""
    return delta_e_lab(lab(c1), lab(c2))


def delta_e_lab(lab1: tuple[float, float, float], lab2: tuple[float, float, float]) -> float:
    """Return the CIEDE2000 difference of two L*a*b* colours (kL = kC = kH = 1; Sharma, Wu and Dalal 2005)."""
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c_bar = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_bar ** 7 / (c_bar ** 7 + 25 ** 7)))
    a1p, a2p = a1 * (1 + g), a2 * (1 + g)
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0
    dlp, dcp = l2 - l1, c2p - c1p
    if c1p * c2p == 0:
        dhp = 0.0
    elif abs(h2p - h1p) <= 180:
        dhp = h2p - h1p
    else:
        dhp = h2p - h1p - 360 if h2p > h1p else h2p - h1p + 360
    d_hp = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dhp / 2))
    lp_bar, cp_bar = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        hp_bar = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        hp_bar = (h1p + h2p) / 2
    else:
        hp_bar = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(hp_bar - 30)) + 0.24 * math.cos(math.radians(2 * hp_bar))
         + 0.32 * math.cos(math.radians(3 * hp_bar + 6)) - 0.20 * math.cos(math.radians(4 * hp_bar - 63)))
    d_theta = 30 * math.exp(-(((hp_bar - 275) / 25) ** 2))
    r_c = 2 * math.sqrt(cp_bar ** 7 / (cp_bar ** 7 + 25 ** 7))
    s_l = 1 + 0.015 * (lp_bar - 50) ** 2 / math.sqrt(20 + (lp_bar - 50) ** 2)
    s_c = 1 + 0.045 * cp_bar
    s_h = 1 + 0.015 * cp_bar * t
    r_t = -math.sin(math.radians(2 * d_theta)) * r_c
    return math.sqrt((dlp / s_l) ** 2 + (dcp / s_c) ** 2 + (d_hp / s_h) ** 2 + r_t * (dcp / s_c) * (d_hp / s_h))


def distinct(base: tuple[str, ...], n: int, against: str = WHITE) -> tuple[str, ...]:
    """Return *n* colours, the style's *base* colours first, each neighbour (the last and the first too)
    at least PICK_DELTA_E apart where the candidates allow, and none close to the *against* background."""
    candidates: list[str] = []
    for c in base + EXTRA_HUES:
        if c not in candidates and delta_e(c, against) >= PICK_DELTA_E:
            candidates.append(c)
    out: list[str] = []
    for i in range(n):
        last = i == n - 1 and n > 2
        unused = [c for c in candidates if c not in out] or candidates  # reuse only after every hue is used

        def ok(c: str) -> bool:
            return ((not out or delta_e(c, out[-1]) >= PICK_DELTA_E)
                    and (not last or delta_e(c, out[0]) >= PICK_DELTA_E))

        # far from every colour used so far when that is possible, else from its neighbours only
        choice = next((c for c in unused if ok(c) and all(delta_e(c, u) >= PICK_DELTA_E for u in out)), None)
        if choice is None:
            choice = next((c for c in unused if ok(c)), None)
        if choice is None:
            choice = max(candidates, key=lambda c: min(delta_e(c, out[-1]), delta_e(c, out[0]) if last else 1e9))
        out.append(choice)
    return tuple(out)


def label_on(fill: str, dark: str = BLACK, light: str = WHITE) -> str:
    """Return the text colour for a label on *fill*: *light* or *dark*, whichever contrasts more (pure
    black or white when neither of the style's reaches 4.5:1)."""
    best = max((light, dark), key=lambda c: ratio(c, fill))
    if ratio(best, fill) >= MIN_LABEL_CONTRAST:
        return best
    return max((WHITE, BLACK), key=lambda c: ratio(c, fill))
