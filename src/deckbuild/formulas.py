"""Formulas in LaTeX syntax, read and measured without a TeX installation (matplotlib's mathtext).

A formula becomes a :class:`Shape`: its glyph outlines and rules as vector paths, with its advance
width, ascent and descent, all in ems (multiply by the font size for points), y growing upwards from
the baseline. The layout sizes formulas with it, the PDF painter draws its paths, and the PPTX painter
renders it as a picture. matplotlib is imported on first use only: decks without math never load it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from deckbuild.lazy_patterns import LazyPattern  # (compiled when first used: most decks have no formula)
from deckbuild.records import record

FONTSETS = ("cm", "stix", "stixsans", "dejavusans", "dejavuserif")
"""Math fonts matplotlib ships: Computer Modern (LaTeX's look), STIX (Times-like) and DejaVu."""
_REF = 1000.0  # formulas are set at this size and scaled: mathtext rounds its box up to whole points
_ERROR_AT = LazyPattern(r"\s*\(at char (\d+)\), \(line:\d+, col:(\d+)\)\s*$")
_ERROR_KIND = LazyPattern(r"^\w*(Exception|Error): ")
_UNKNOWN = LazyPattern(r"Unknown symbol: (\\\w+)")
_FOUND = LazyPattern(r"found ('.+')$")
_DOLLAR = LazyPattern(r"^\s*\${1,2}(.*?)\${1,2}\s*$", re.S)
_ESCAPES = LazyPattern("[\t\n\r\x07\x08\x0b\x0c]")


class FormulaError(ValueError):
    """A formula mathtext cannot read; the message says why, in words for the author."""

    def __init__(self, message: str, hint: str | None = None, offset: int = 0):
        super().__init__(message)
        self.hint, self.offset = hint, offset


@record(frozen=True, eq=False)
class Shape:
    """A formula's outlines, in ems from its origin (left end of the baseline), y up.

    ``paths`` is a tuple of subpaths; each is a tuple of operations ``("M", x, y)``, ``("L", x, y)``,
    ``("C", x1, y1, x2, y2, x, y)`` and ``("Z",)``, filled with the non-zero winding rule.
    """

    latex: str
    fontset: str
    advance: float
    ascent: float
    descent: float
    ink: tuple[float, float, float, float]  # x0, y0, x1, y1: every outline point lies inside
    paths: tuple[tuple[tuple, ...], ...]

    @property
    def key(self) -> tuple[str, str]:
        return (self.latex, self.fontset)

    def __eq__(self, other) -> bool:
        return isinstance(other, Shape) and self.key == other.key

    def __hash__(self) -> int:
        return hash(self.key)

    def __repr__(self) -> str:  # short: layouts are keyed and cached by repr
        return f"Shape({self.latex!r}, {self.fontset!r})"

    def bounds(self) -> tuple[float, float, float, float]:
        """Return (x0, top, x1, bottom) in ems that hold both the ink and the advance box (y up)."""
        x0, y0, x1, y1 = self.ink
        return min(x0, 0.0), max(y1, self.ascent), max(x1, self.advance), min(y0, -self.descent)


def source(text: str) -> str:
    """Return the LaTeX of a display formula as written, without surrounding ``$`` or ``$$``."""
    m = _DOLLAR.match(text)
    return (m.group(1) if m else text).strip()


def escapes(text: str) -> str | None:
    """Return the control character in *text* that a double-quoted YAML string made of a LaTeX command
    (``"\\theta"`` is a tab and ``heta``), or None."""
    m = _ESCAPES.search(text)
    if not m:
        return None
    return {"\t": "\\t", "\n": "\\n", "\r": "\\r", "\x07": "\\a", "\x08": "\\b", "\x0b": "\\v",
            "\x0c": "\\f"}[m.group()]


def check(latex: str, fontset: str = "cm") -> None:
    """Raise FormulaError when mathtext cannot read *latex*."""
    shape(latex, fontset)


MAX_LATEX = 1_000  # characters of one formula


@lru_cache(maxsize=4096)
def shape(latex: str, fontset: str = "cm") -> Shape:
    """Return the outlines and metrics of *latex* (without ``$``) in math font *fontset*."""
    if not latex.strip():
        raise FormulaError("the formula is empty", "write some LaTeX, e.g. 'x^2 + y^2 = r^2'")
    if "$" in latex.replace("\\$", ""):
        raise FormulaError("a formula cannot contain '$'", "write a dollar sign as \\$")
    if len(latex) > MAX_LATEX:  # mathtext's parser takes seconds per thousand characters
        raise FormulaError(f"the formula '{shown(latex)}' is {len(latex):,} characters long; at most {MAX_LATEX:,} "
                           "can be set", "split it into several formulas (a list under 'math:')")
    from matplotlib.font_manager import FontProperties

    prop = FontProperties(size=_REF, math_fontfamily=fontset)
    try:
        parsed = _parser().parse(f"${latex}$", dpi=72, prop=prop)
    except ValueError as exc:
        raise _explain(latex, str(exc)) from None
    except Exception as exc:  # noqa: BLE001 - mathtext raises assorted errors for odd input
        detail = "it nests too deeply" if isinstance(exc, RecursionError) else str(exc)[:120]
        raise FormulaError(f"cannot read the formula '{shown(latex)}': {detail}") from None
    scale = 1.0 / _REF
    paths: list[tuple[tuple, ...]] = []
    xs: list[float] = []
    ys: list[float] = []
    for glyph in parsed.glyphs:
        font, fontsize, ox, oy = glyph[0], glyph[1], glyph[-2], glyph[-1]
        verts, codes = _outline(font, glyph)
        k = fontsize / _REF
        pts = [((x * k + ox) * scale, (y * k + oy) * scale) for x, y in verts]
        paths.extend(_subpaths(pts, list(codes)))
    for bx, by, bw, bh in parsed.rects:
        x0, y0, x1, y1 = bx * scale, by * scale, (bx + bw) * scale, (by + bh) * scale
        paths.append((("M", x0, y0), ("L", x1, y0), ("L", x1, y1), ("L", x0, y1), ("Z",)))
    for sub in paths:
        for op in sub:
            xs.extend(op[1::2])
            ys.extend(op[2::2])
    ink = (min(xs), min(ys), max(xs), max(ys)) if xs else (0.0, 0.0, 0.0, 0.0)
    return Shape(latex=latex, fontset=fontset, advance=parsed.width * scale,
                 ascent=(parsed.height - parsed.depth) * scale, descent=parsed.depth * scale,
                 ink=tuple(round(v, 5) for v in ink), paths=tuple(paths))


def _outline(font, glyph):
    """Return the unhinted outline of a mathtext glyph at the reference size (vertices, codes)."""
    try:
        from matplotlib.ft2font import LoadFlags

        no_hinting = LoadFlags.NO_HINTING
    except ImportError:  # matplotlib < 3.10
        from matplotlib.ft2font import LOAD_NO_HINTING as no_hinting
    font.clear()
    font.set_size(_REF, 72)
    if len(glyph) == 6:  # (font, size, char code, glyph index, x, y) since matplotlib 3.10
        font.load_glyph(glyph[3], flags=no_hinting)
    else:  # (font, size, char code, x, y)
        font.load_char(glyph[2], flags=no_hinting)
    return font.get_path()


@lru_cache(maxsize=1)
def _parser():
    from matplotlib.mathtext import MathTextParser

    return MathTextParser("path")


def _subpaths(pts: list[tuple[float, float]], codes: list[int]) -> list[tuple[tuple, ...]]:
    """Return matplotlib path vertices and codes as subpaths of M/L/C/Z operations (quadratics raised)."""
    out: list[tuple[tuple, ...]] = []
    current: list[tuple] = []
    last = (0.0, 0.0)
    start = (0.0, 0.0)
    i = 0
    n = len(codes)
    while i < n:
        code = codes[i]
        if code == 1:  # MOVETO
            if current:
                out.append(tuple(current))
            last = start = pts[i]
            current = [("M", _r(last[0]), _r(last[1]))]
            i += 1
        elif code == 2:  # LINETO
            last = pts[i]
            current.append(("L", _r(last[0]), _r(last[1])))
            i += 1
        elif code == 3:  # CURVE3: control point, end point
            (cx, cy), end = pts[i], pts[i + 1]
            c1 = (last[0] + 2 / 3 * (cx - last[0]), last[1] + 2 / 3 * (cy - last[1]))
            c2 = (end[0] + 2 / 3 * (cx - end[0]), end[1] + 2 / 3 * (cy - end[1]))
            current.append(("C", _r(c1[0]), _r(c1[1]), _r(c2[0]), _r(c2[1]), _r(end[0]), _r(end[1])))
            last = end
            i += 2
        elif code == 4:  # CURVE4: two control points, end point
            c1, c2, end = pts[i], pts[i + 1], pts[i + 2]
            current.append(("C", _r(c1[0]), _r(c1[1]), _r(c2[0]), _r(c2[1]), _r(end[0]), _r(end[1])))
            last = end
            i += 3
        elif code == 79:  # CLOSEPOLY
            current.append(("Z",))
            last = start
            i += 1
        else:  # STOP (0) and anything unknown
            i += 1
    if current:
        out.append(tuple(current))
    return [sub for sub in out if len(sub) > 1]


def _r(v: float) -> float:
    return round(float(v), 5)


def _explain(latex: str, raw: str) -> FormulaError:
    """Return mathtext's parse error as a message for the author (what, and where in the formula)."""
    last = [line for line in raw.strip().splitlines() if line.strip()][-1] if raw.strip() else raw
    at = _ERROR_AT.search(last)
    detail = _ERROR_KIND.sub("", _ERROR_AT.sub("", last)).strip()
    offset = max(int(at.group(1)) - 1, 0) if at and raw.lstrip("\n").startswith("$") else (
        int(at.group(1)) if at else 0)
    unknown = _UNKNOWN.search(detail)
    hint = "check the braces and the command names; deckbuild reads the LaTeX math that matplotlib's mathtext knows"
    if unknown:
        detail = f"unknown command {unknown.group(1)}"
        hint = _did_you_mean_command(unknown.group(1)) or hint
    elif detail.startswith("Expected {") and _FOUND.search(detail):
        detail = f"unexpected {_FOUND.search(detail).group(1)}"
    elif "recursion depth" in detail:
        detail = "it nests too deeply"
    elif len(detail) > 120:
        detail = detail[:117].rstrip() + "…"
    where = f" (at character {offset + 1})" if at else ""
    return FormulaError(f"cannot read the formula '{shown(latex, offset)}': {detail}{where}", hint, offset)


SHOWN = 60  # characters of a long formula echoed in a message


def shown(latex: str, offset: int = 0) -> str:
    """Return *latex* as a message shows it: whole when short, else the part around *offset* with "…"."""
    if len(latex) <= SHOWN:
        return latex
    start = max(0, min(offset - SHOWN // 2, len(latex) - SHOWN))
    return ("…" if start else "") + latex[start:start + SHOWN] + ("…" if start + SHOWN < len(latex) else "")


def _did_you_mean_command(command: str) -> str | None:
    try:
        from matplotlib import _mathtext, _mathtext_data

        known = set(_mathtext_data.tex2uni) | set(_mathtext.Parser._function_names) | {
            "frac", "dfrac", "sqrt", "left", "right", "overline", "underline", "mathrm", "mathbf", "mathit",
            "mathcal", "mathbb", "mathsf", "mathtt", "text", "operatorname", "binom", "hat", "bar", "vec",
            "tilde", "dot", "ddot"}
    except Exception:  # noqa: BLE001 - private tables: no suggestion when they move
        return None
    import difflib

    close = difflib.get_close_matches(command.lstrip("\\"), sorted(known), n=1, cutoff=0.75)
    return f"did you mean '\\{close[0]}'?" if close else None
