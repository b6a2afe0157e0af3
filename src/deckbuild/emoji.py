"""Colour emoji for the handout: the PNG pictures of a colour bitmap font (CBDT, such as Noto Color Emoji).

reportlab draws outline glyphs only, so the PDF painter sets an emoji as invisible text in the monochrome font
the layout measured it with (extraction and screen readers read it) and draws its colour picture over it, in
the room that glyph takes. Without a colour font the monochrome glyph is drawn; without any emoji font the
layout warns, as for any missing glyph.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

EMOJI = re.compile("[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]")
"""Characters drawn from the colour font when it has them (pictographs, dingbats, symbols)."""

COLOUR_FILES = ("NotoColorEmoji.ttf",)


def is_emoji(text: str) -> bool:
    """Return True when *text* has a character that may have a colour picture."""
    return EMOJI.search(text) is not None


@lru_cache(maxsize=1)
def colour_font():
    """Return the colour emoji font found in the system font folders (fontTools, lazily read), or None."""
    from deckbuild.font_files import system_font_dirs

    for folder in system_font_dirs():
        for name in COLOUR_FILES:
            for path in sorted(Path(folder).rglob(name)):
                try:
                    from deckbuild.font_files import tt_lib

                    font = tt_lib().TTFont(str(path), lazy=True)
                    if "CBDT" in font and "CBLC" in font:
                        return font
                except Exception:  # noqa: BLE001 - a damaged file is no colour font: the glyph stays monochrome
                    continue
    return None


@lru_cache(maxsize=512)
def picture(char: str) -> bytes | None:
    """Return the PNG picture of *char* in the colour emoji font, or None when there is none."""
    font = colour_font()
    if font is None or len(char) != 1:
        return None
    try:
        glyph = font.getBestCmap().get(ord(char))
        if glyph is None:
            return None
        for strike in font["CBDT"].strikeData:
            bitmap = strike.get(glyph)
            if bitmap is not None:
                data = bitmap.imageData
                return data if data[:8] == b"\x89PNG\r\n\x1a\n" else None
    except Exception:  # noqa: BLE001 - an unreadable bitmap: the monochrome glyph is drawn instead
        return None
    return None
