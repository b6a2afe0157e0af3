"""Reading font files: the system's font folders, the facts deckbuild needs of one file (family, style,
metrics) and why a file cannot be measured or embedded."""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

_QUIET: list[bool] = []  # set once fontTools' logger is quiet


def tt_lib():
    """Return ``fontTools.ttLib``, its logger quiet first: fontTools' messages become diagnostics or nothing, a
    bare log line never reaches the terminal (logging is imported only by a build that opens a font file with
    fontTools, which an edit whose fonts are indexed never does)."""
    if not _QUIET:
        import logging

        logging.getLogger("fontTools").addHandler(logging.NullHandler())
        logging.getLogger("fontTools").propagate = False
        _QUIET.append(True)
    from fontTools import ttLib

    return ttLib


def system_font_dirs() -> list[Path]:
    """Return the font folders of this operating system that exist."""
    home = Path.home()
    if sys.platform == "darwin":
        dirs = [Path("/System/Library/Fonts"), Path("/Library/Fonts"), home / "Library/Fonts"]
    elif os.name == "nt":
        windir = Path(os.environ.get("WINDIR", "C:/Windows"))
        dirs = [windir / "Fonts", Path(os.environ.get("LOCALAPPDATA", home)) / "Microsoft/Windows/Fonts"]
    else:
        dirs = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), home / ".local/share/fonts",
                home / ".fonts"]
    return [d for d in dirs if d.is_dir()]


def style_key(bold: bool, italic: bool) -> str:
    """Return the face style name for the *bold* and *italic* flags."""
    return ("bold" if bold else "") + ("italic" if italic else "") or "regular"


def read_facts(path: Path) -> dict | None:
    """Return what deckbuild needs to know of the font file *path*, or None when it is not usable
    (only TrueType-outline fonts: they are what the PDF handout can embed).

    A TrueType file whose name can be read but whose header cannot be used gives its family and a
    ``problem`` (why) instead, so that a style naming that family can say so. Its character map and
    metrics are checked when a build first uses the face (``Face.damage``): they are large to read.
    """
    ttLib = tt_lib()
    TTFont, TTLibError = ttLib.TTFont, ttLib.TTLibError
    family = None
    try:
        font = TTFont(str(path), lazy=True)
        if "glyf" not in font:  # CFF-outline OpenType cannot be embedded by the PDF painter
            return None
        names = font["name"]
        family = str(names.getDebugName(16) or names.getDebugName(1) or path.stem)
        sub = str(names.getDebugName(17) or names.getDebugName(2) or "Regular").lower()
        head = font["head"]
        bold = "bold" in sub or bool(head.macStyle & 1)
        italic = "italic" in sub or "oblique" in sub or bool(head.macStyle & 2)
        if any(w in sub for w in ("light", "thin", "black", "medium", "semibold", "extra", "condensed", "narrow")):
            style = "other:" + sub
        else:
            style = style_key(bold, italic)
        hhea = font["hhea"]
        upem = head.unitsPerEm
        if not 16 <= upem <= 16384:  # the range the TrueType specification allows
            return {"family": family, "problem": f"its 'head' table gives {upem} units per em"}
        panose = ""
        if "OS/2" in font:
            p = font["OS/2"].panose
            panose = "".join(f"{getattr(p, k):02X}" for k in (
                "bFamilyType", "bSerifStyle", "bWeight", "bProportion", "bContrast", "bStrokeVariation",
                "bArmStyle", "bLetterForm", "bMidline", "bXHeight"))
        return {"family": family, "style": style, "units_per_em": upem, "panose": panose,
                "ascent": hhea.ascent / upem, "descent": abs(hhea.descent) / upem}
    except (TTLibError, OSError, KeyError, AttributeError, ValueError, AssertionError, struct.error, IndexError,
            TypeError, EOFError, ZeroDivisionError, OverflowError):
        return {"family": family, "problem": "its tables cannot be read"} if family else None


def damaged_table(font) -> str | None:
    """Return why *font*'s character map or glyph metrics cannot be used, or None when both read whole."""
    TTLibError = tt_lib().TTLibError
    for tag in ("cmap", "hmtx"):
        try:
            if tag not in font:
                return f"it has no '{tag}' table"
            table = font[tag]
            if tag == "cmap":
                if not font.getBestCmap():
                    return "its 'cmap' table maps no characters"
            elif len(table.metrics) < len(font.getGlyphOrder()):
                return "its 'hmtx' table is shorter than its glyph count"
        except (TTLibError, KeyError, AttributeError, ValueError, AssertionError, struct.error, IndexError,
                TypeError, EOFError, OverflowError) as exc:
            detail = str(exc).split("\n")[0][:80]
            return f"its '{tag}' table is damaged ({detail})" if detail else f"its '{tag}' table is damaged"
    return None


def unembeddable(path: Path) -> str | None:
    """Return why the PDF embedder (reportlab) cannot parse and subset the font at *path*, or None."""
    try:
        from reportlab.pdfbase.ttfonts import TTFontFile
    except ImportError:  # pragma: no cover - reportlab is a dependency
        return None
    try:
        font = TTFontFile(str(path), validate=0)
        glyphs = sorted({font.charToGlyph[c] for c in range(32, 127) if c in font.charToGlyph} | {0})
        font.makeSubset(glyphs)
    except Exception as exc:  # noqa: BLE001 - its parser raises many kinds for a damaged file
        detail = str(exc).split("\n")[0][:80]
        return f"the PDF embedder cannot read it ({detail})" if detail else "the PDF embedder cannot read it"
    return None


def usable(facts: dict | None) -> bool:
    """Return True when *facts* (from the font index) describe a face that can be measured and embedded."""
    return bool(facts) and "problem" not in facts
