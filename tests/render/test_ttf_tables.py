"""render/ttf_tables.py reads a font's character map, widths and glyph locations as reportlab does: compared, attribute
by attribute, with reportlab's own reading of every TrueType font on the machine and of the bundled ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from deckbuild.fonts import BUNDLED_DIR

FONTS = sorted({*BUNDLED_DIR.glob("*.ttf"), *Path("/usr/share/fonts").rglob("*.ttf")})


def _attributes(face) -> dict:
    got = dict(vars(face))
    got.pop("_pdfScale")  # a lambda made by each reading
    return got


def test_there_are_fonts_of_both_cmap_formats_to_compare():
    from reportlab.pdfbase.ttfonts import TTFontFile

    formats = set()
    for path in FONTS:
        font = TTFontFile(str(path), charInfo=0)
        cmap = font.table["cmap"]["offset"]
        formats |= {font.get_ushort(cmap + font.get_ulong(cmap + 8 + 8 * n)) for n in range(font.get_ushort(cmap + 2))}
    assert {4, 12} <= formats, formats


@pytest.mark.parametrize("path", FONTS, ids=lambda p: p.name)
def test_the_fast_reading_equals_reportlabs(path):
    from reportlab.pdfbase.ttfonts import TTFontFace

    from deckbuild.render.pdf_fonts import fast_ttfont
    from deckbuild.render.ttf_tables import char_info

    try:
        plain = TTFontFace(str(path))
    except Exception as exc:  # noqa: BLE001 - a font reportlab cannot read (a colour emoji font has no glyph locations)
        with pytest.raises(type(exc), match=str(exc)):
            fast_ttfont()("test-" + path.name, str(path))
        return
    fast = fast_ttfont()("test-" + path.name, str(path)).face
    assert type(fast) is not TTFontFace and isinstance(fast, TTFontFace)
    assert _attributes(fast) == _attributes(plain)
    assert list(fast.charWidths) == list(plain.charWidths)  # the same order too
    zeroed = TTFontFace.__new__(TTFontFace)  # read by reportlab without the character map, then by char_info
    TTFontFace.__init__(zeroed, str(path))
    zeroed.extractInfo(0)
    assert char_info(zeroed)  # (not reportlab's reading again)
