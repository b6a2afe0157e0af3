"""Right-to-left and joining scripts: the bidirectional levels of a paragraph (python-bidi, UAX #9) and the
widths of text as HarfBuzz shapes it (uharfbuzz), so that the layout measures the glyphs the PDF draws.

Only text in scripts that need shaping (Arabic, Hebrew, Syriac, Thaana, N'Ko…) is shaped; everything else
keeps the plain advance widths of ``fonts.Face.width``. The PDF painter shapes the same strings with the
same features through reportlab, which uses the same HarfBuzz.
"""

from __future__ import annotations

import re
import unicodedata

COMPLEX = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]")
"""Characters whose glyphs depend on their neighbours or whose direction is right to left."""

FEATURES = {"kern": True, "liga": True, "dlig": True}
"""The OpenType features reportlab's shaping turns on: measuring uses the same ones."""

_RTL_TYPES = ("R", "AL")
_ISOLATES = str.maketrans({"\u2066": "*", "\u2067": "*", "\u2068": "*", "\u2069": "*"})
"""python-bidi knows no isolates (it stops on an assertion): they are measured as the neutrals they are outside."""
_FACES: dict[str, object] = {}  # font file → uharfbuzz Font
_WIDTHS: dict[tuple[str, str], float] = {}  # (font file, text) → shaped width in ems


def forget(path: str) -> None:
    """Forget what was shaped with the font file at *path* (it changed: fonts.face_at reads it again)."""
    _FACES.pop(path, None)
    for key in [k for k in _WIDTHS if k[0] == path]:
        del _WIDTHS[key]


def needs_shaping(text: str) -> bool:
    """Return True when *text* has a character of a joining or right-to-left script (none is ASCII: an ASCII
    string, which Python knows without looking at it, is not searched)."""
    return not text.isascii() and COMPLEX.search(text) is not None


def has_rtl(text: str) -> bool:
    """Return True when *text* has a strong right-to-left character (cheap test first)."""
    return needs_shaping(text) and any(unicodedata.bidirectional(ch) in _RTL_TYPES for ch in text)


def base_level(text: str) -> int:
    """Return the paragraph's base level: 1 when its first strong character is right to left (UAX #9 P2)."""
    from bidi.algorithm import get_base_level

    return get_base_level(text)


def levels(text: str, base: int | None = None) -> list[int]:
    """Return the resolved embedding level of every character of the paragraph *text* (UAX #9, up to I2)."""
    from bidi import algorithm as uba

    text = text.translate(_ISOLATES)
    storage = uba.get_empty_storage()
    level = base_level(text) if base is None else base
    storage["base_level"] = level
    storage["base_dir"] = ("L", "R")[level]
    uba.get_embedding_levels(text, storage)
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    out = [ch["level"] for ch in storage["chars"]]
    return out if len(out) == len(text) else [level] * len(text)  # never expected: one entry per character


def visual_order(piece_levels: list[int]) -> list[int]:
    """Return the indices of a line's pieces in the order they are seen, left to right (UAX #9 L2)."""
    order = list(range(len(piece_levels)))
    if not piece_levels:
        return order
    highest = max(piece_levels)
    lowest_odd = min((lv for lv in piece_levels if lv % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if piece_levels[order[i]] >= level:
                j = i
                while j < len(order) and piece_levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order


def mirrored(text: str) -> str:
    """Return *text* with its mirrored characters swapped, as drawn right to left: ( for ), « for » (UAX #9 L4)."""
    from bidi.mirror import MIRRORED

    return "".join(MIRRORED.get(ch, ch) for ch in text)


def _font(path: str):
    font = _FACES.get(path)
    if font is None:
        import uharfbuzz as hb

        with open(path, "rb") as fh:
            face = hb.Face(hb.Blob(fh.read()))
        font = _FACES[path] = hb.Font(face)  # scale: units per em
    return font


def shape(path: str, text: str) -> list[tuple[int, int, int]]:
    """Return the glyphs of *text* set in the font file at *path*: (glyph id, cluster, x advance in font units),
    in drawing order (right to left text comes out left to right, as it is seen)."""
    import uharfbuzz as hb

    buf = hb.Buffer()
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    buf.add_str(text)
    buf.guess_segment_properties()  # as reportlab does: the direction follows the first strong script
    hb.shape(_font(path), buf, FEATURES)
    return [(info.codepoint, info.cluster, pos.x_advance) for info, pos in zip(buf.glyph_infos, buf.glyph_positions)]


def width(face, text: str, size: float) -> float:
    """Return the width in points of *text* shaped in *face* at *size* points."""
    key = (str(face.path), text)
    ems = _WIDTHS.get(key)
    if ems is None:
        ems = sum(adv for _gid, _cl, adv in shape(key[0], text)) / face.units_per_em
        if len(_WIDTHS) < 200_000:
            _WIDTHS[key] = ems
    return ems * size
