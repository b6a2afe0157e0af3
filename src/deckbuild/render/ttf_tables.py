"""A TrueType font's character map, widths and glyph locations read with one ``struct`` call per table.

reportlab parses a font file when it is registered (``TTFontFile.extractInfo``), reading the character map, the
horizontal metrics and the glyph locations two or four bytes at a time: 3.1 ms for Liberation Sans Bold, twice
per handout (issue 21). ``char_info`` sets the same attributes to the same values, in the same order, from whole
tables at once (1.6 ms with reportlab's own reading of the rest of the file). It reads character maps of formats 4 and 12, what TrueType fonts have; for any
other, or a table it cannot read, it returns False and the caller lets reportlab read the font as it always has
(which then reports what is wrong with it). tests/render/test_ttf_tables.py compares both on every font the
machine has.
"""

from __future__ import annotations

import struct


def char_info(face) -> bool:
    """Set *face*'s ``charToGlyph``, ``glyphToChar``, ``charWidths``, ``defaultWidth``, ``hmetrics``, ``glyphPos``
    (and its read position) as ``extractInfo(charInfo=1)`` sets them, on a reportlab TTFontFile whose ``extractInfo(charInfo=0)``
    has run; return False (having set nothing) when the font is one this does not read."""
    try:
        got = _read(face)
    except (struct.error, KeyError, IndexError, ValueError, TypeError):
        return False
    if got is None:
        return False
    (face.charToGlyph, face.glyphToChar, face.charWidths, face.hmetrics, face.defaultWidth,
     face.glyphPos, face._pos) = got
    return True


def _table(face, tag: str) -> int:
    return face.table[tag]["offset"]


def _read(face):
    data: bytes = face._ttf_data
    head = _table(face, "head")
    index_to_loc, glyph_format = struct.unpack_from(">HH", data, head + 50)
    if glyph_format != 0:
        return None  # reportlab reports it
    hhea = _table(face, "hhea")
    metric_format, hmetrics_count = struct.unpack_from(">HH", data, hhea + 32)
    if metric_format != 0 or hmetrics_count == 0 or "loca" not in face.table:
        return None
    glyphs = face.numGlyphs
    cmap = _cmap(face, data)
    if cmap is None:
        return None
    char_to_glyph, glyph_to_char = cmap
    # hmtx: advance width and left side bearing for the first glyphs, then bearings alone (the last advance
    # repeats); reportlab keeps the first part unscaled and the repeated advance scaled, as here
    hmtx = _table(face, "hmtx")
    pairs = struct.unpack_from(f">{2 * hmetrics_count}H", data, hmtx)
    hmetrics = list(zip(pairs[0::2], pairs[1::2]))
    if face.unitsPerEm == 1000:
        advances = list(pairs[0::2])
    else:  # what reportlab's scale does: x * (1000 / unitsPerEm)
        per = 1000 / face.unitsPerEm
        advances = [aw * per for aw in pairs[0::2]]
    last = advances[-1]
    rest = max(glyphs - hmetrics_count, 0)
    hmetrics += [(last, lsb) for lsb in struct.unpack_from(f">{rest}H", data, hmtx + 4 * hmetrics_count)]
    widths: dict[int, float] = {}
    for glyph in sorted(g for g in glyph_to_char if 0 <= g < max(glyphs, hmetrics_count)):
        aw = advances[glyph] if glyph < hmetrics_count else last
        for char in glyph_to_char[glyph]:
            widths[char] = aw
    default = advances[0]
    loca = _table(face, "loca")
    if index_to_loc == 0:
        positions = [v << 1 for v in struct.unpack_from(f">{glyphs + 1}H", data, loca)]
    elif index_to_loc == 1:
        positions = list(struct.unpack_from(f">{glyphs + 1}L", data, loca))
    else:
        return None
    end = loca + (glyphs + 1) * (2 if index_to_loc == 0 else 4)  # where reportlab's reading stops
    if 0x20 in char_to_glyph:
        char_to_glyph[0xA0] = char_to_glyph[0x20]
        widths[0xA0] = widths[0x20]
    elif 0xA0 in char_to_glyph:
        char_to_glyph[0x20] = char_to_glyph[0xA0]
        widths[0x20] = widths[0xA0]
    return char_to_glyph, glyph_to_char, widths, hmetrics, default, positions, end


def _cmap(face, data: bytes):
    """Return (charToGlyph, glyphToChar) of the subtable reportlab chooses, or None when it is not of format 4 or 12."""
    start = _table(face, "cmap")
    version, count = struct.unpack_from(">HH", data, start)
    if count == 0 and version != 0:
        count, version = version, count
    chosen, kind = None, 0
    for n in range(count):
        platform, encoding, offset = struct.unpack_from(">HHL", data, start + 4 + 8 * n)
        if platform == 3:
            kind, chosen = 1, offset
        elif platform == 1 and encoding == 0 and kind != 1:
            kind, chosen = 2, offset
        elif platform == 1 and encoding == 1:
            kind, chosen = 1, offset
        elif platform == 0 and encoding != 5:
            kind, chosen = 1, offset
    if chosen is None:
        return None
    at = start + chosen
    fmt = struct.unpack_from(">H", data, at)[0]
    char_to_glyph: dict[int, int] = {}
    glyph_to_char: dict[int, list[int]] = {}
    if fmt == 4:
        length = struct.unpack_from(">H", data, at + 2)[0]
        limit = at + length
        segments = int(struct.unpack_from(">H", data, at + 6)[0] / 2.0)
        ends = struct.unpack_from(f">{segments}H", data, at + 14)
        starts = struct.unpack_from(f">{segments}H", data, at + 16 + 2 * segments)
        deltas = struct.unpack_from(f">{segments}h", data, at + 16 + 4 * segments)
        ranges_at = at + 16 + 6 * segments
        ranges = struct.unpack_from(f">{segments}H", data, ranges_at)
        for n in range(segments):
            first, end, delta, offset = starts[n], ends[n], deltas[n], ranges[n]
            if first > end:
                continue
            if offset == 0:
                codes = range(first, end + 1)
                pairs = zip(codes, [(c + delta) & 0xFFFF for c in codes])
            else:
                base = ranges_at + 2 * n + offset - 2 * first
                pairs = []
                for c in range(first, end + 1):
                    where = base + 2 * c
                    if where >= limit:
                        glyph = 0
                    else:
                        glyph = struct.unpack_from(">H", data, where)[0]
                        if glyph != 0:
                            glyph = (glyph + delta) & 0xFFFF
                    pairs.append((c, glyph))
            _map(pairs, char_to_glyph, glyph_to_char)
        return char_to_glyph, glyph_to_char
    if fmt == 12:
        groups = struct.unpack_from(">L", data, at + 12)[0]
        values = struct.unpack_from(f">{3 * groups}L", data, at + 16)
        for n in range(groups):
            first, end, glyph_first = values[3 * n], values[3 * n + 1], values[3 * n + 2]
            inc = glyph_first - first
            _map(((c, c + inc) for c in range(first, end + 1)), char_to_glyph, glyph_to_char)
        return char_to_glyph, glyph_to_char
    return None


def _map(pairs, char_to_glyph: dict[int, int], glyph_to_char: dict[int, list[int]]) -> None:
    """Add (character, glyph) *pairs* to both maps, in order, as reportlab adds them."""
    for c, glyph in pairs:
        char_to_glyph[c] = glyph
        chars = glyph_to_char.get(glyph)
        if chars is None:
            glyph_to_char[glyph] = [c]
        else:
            chars.append(c)
