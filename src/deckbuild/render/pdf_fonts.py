"""The handout's fonts in reportlab: each font file registered once per process, under a name made from its
bytes, as a TTFont with a fast character mapping and a ToUnicode map that reads joined forms as letters."""

from __future__ import annotations

import _thread
import hashlib

from deckbuild import shaping
from deckbuild.fonts import Face

_FAST_TTFONT = None
_SWAP = _thread.allocate_lock()  # held while a FastTTFont is made (render/ttf_tables.py reads its face)
UNKNOWN = 0xFFFF  # the code of an ASCII character without one yet (not Latin-1: encoding the string fails)
_FONT_NAMES: dict[str, tuple[Face, str]] = {}  # font file → (the face it was read as, its registered name)


def fast_ttfont():
    """Return a reportlab TTFont class whose splitString has a fast path for text already seen.

    reportlab maps every character to its subset code in a Python loop (a fifth of a handout's time).
    Once every character of a string has its code in the first subset, the string is mapped with one
    ``str.translate`` (``_fast``: the document, the characters with a code, their codes, and every ASCII
    character's code, UNKNOWN for those without one, for ASCII text: no character needs looking up first); anything else goes through reportlab's own method, so codes are assigned exactly as
    reportlab assigns them and the output is unchanged.
    """
    global _FAST_TTFONT
    if _FAST_TTFONT is None:
        from reportlab.pdfbase import ttfonts
        from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

        from deckbuild.render.ttf_tables import char_info

        class FastFace(TTFontFace):
            def extractInfo(self, charInfo=1):
                """Read the font as reportlab does, its character map, widths and glyph locations a table at a
                time (render/ttf_tables.py), or as reportlab reads them where that module does not read the font."""
                super().extractInfo(0)
                if charInfo and not char_info(self):
                    super().extractInfo(charInfo)

        class FastTTFont(TTFont):
            _seen = None  # while render.pdf_pages notes a page: the characters drawn in this font (None: any)

            def __init__(self, *args, **kwargs):
                with _SWAP:  # TTFont.__init__ makes its face of the class its module names (serve has threads)
                    made = ttfonts.TTFontFace
                    ttfonts.TTFontFace = FastFace
                    try:
                        super().__init__(*args, **kwargs)
                    finally:
                        ttfonts.TTFontFace = made

            def splitString(self, text, doc, encoding="utf-8"):
                seen = self._seen
                if seen is not None:
                    if isinstance(text, str):
                        seen.update(text)
                    else:
                        seen.add(None)
                fast = getattr(self, "_fast", None)
                if fast is not None and fast[0] is doc and isinstance(text, str):
                    known, table = fast[1], fast[2]
                    if known.issuperset(text):
                        return [(0, text.translate(table).encode("latin-1"))] if text else []
                result = super().splitString(text, doc, encoding)
                state = self.state[doc]
                if fast is None or fast[0] is not doc:
                    fast = self._fast = (doc, set(), {}, dict.fromkeys(range(128), UNKNOWN))
                known, table, ascii_codes = fast[1], fast[2], fast[3]
                for code, n in state.assignments.items():
                    if n < 256 and code not in table:
                        table[code] = n
                        known.add(chr(code))
                        if code < 128:
                            ascii_codes[code] = n
                if 32 in state.assignments and state.assignments[32] < 256:  # reportlab maps nbsp to space
                    table[0xA0] = state.assignments[32]
                    known.add("\xa0")
                return result

            def addObjects(self, doc):
                """Write the font's subsets; a joined form (Arabic presentation forms, ligatures) maps to
                the letters it stands for in ToUnicode, not to its presentation code point. A second file of
                the same PostScript name in one document writes its subsets under that name and its own
                (reportlab names a subset's objects after the PostScript name alone, and refuses a twin)."""
                state = self.state.get(doc)
                subsets = [list(subset) for subset in state.subsets] if state is not None else []
                face = self.face
                owner = doc.__dict__.setdefault("_deckbuild_faces", {}).setdefault(face.name, self)
                name = face.name
                if owner is not self:
                    face.name = name + b"-" + self.fontName.encode("ascii", "replace")
                try:
                    super().addObjects(doc)
                finally:
                    face.name = name
                for n, subset in enumerate(subsets):
                    if not any(0xFB1D <= code <= 0xFEFC or code > 0xFFFF for code in subset):
                        continue
                    internal = f"{state.internalName}+{n}"
                    stream = doc.idToObject[internal].ToUnicode
                    stream = doc.idToObject[stream.name] if hasattr(stream, "name") else stream
                    stream.content = _to_unicode(stream.content, subset)

        _FAST_TTFONT = FastTTFont
    return _FAST_TTFONT


def _to_unicode(cmap: str, subset: list[int]) -> str:
    """Return the ToUnicode CMap *cmap* with each presentation form of *subset* mapped to its letters (NFKC),
    a right-to-left ligature's in the order they are seen (extraction reverses right-to-left runs), and each
    character beyond the BMP (emoji) written as UTF-16."""
    import unicodedata

    for i, code in enumerate(subset):
        if code > 0xFFFF:  # reportlab writes five hex digits; ToUnicode wants UTF-16 (a surrogate pair)
            cmap = cmap.replace(f"<{i:02X}> <{code:04X}>", f"<{i:02X}> <{chr(code).encode('utf-16-be').hex().upper()}>")
        elif 0xFB1D <= code <= 0xFEFC:
            letters = unicodedata.normalize("NFKC", chr(code))
            if len(letters) > 1 and shaping.has_rtl(letters):  # a ligature drawn right to left: readers
                letters = letters[::-1]  # reorder the glyphs they find, so its letters are given as seen
            if letters != chr(code) and letters.strip():
                cmap = cmap.replace(f"<{i:02X}> <{code:04X}>", f"<{i:02X}> <{letters.encode('utf-16-be').hex().upper()}>")
    return cmap



def register(face: Face) -> str:
    """Return the registered name of *face*'s font file, registering it (parsed once per process).

    The name is the file's stem and a hash of its bytes: the same font gets the same name on every
    machine (reproducible PDFs), and two different files never share one (reportlab keeps the first
    font registered under a name for the life of the process).
    """
    key = str(face.path)
    known = _FONT_NAMES.get(key)
    name = known[1] if known is not None and known[0] is face else None  # a changed file: a new face
    if name is None:
        name = f"DB-{face.id}-{file_digest(face.path.read_bytes())}"
        _FONT_NAMES[key] = (face, name)
    if registered(name) is None:
        register_font(fast_ttfont()(name, key))
    return name


def file_digest(data: bytes) -> str:
    """Return the end of the name ``register`` gives the font file of bytes *data*."""
    return hashlib.sha1(data).hexdigest()[:8]


def registered(name: str):
    """Return the font registered under *name*, or None (what getFont reads; getRegisteredFontNames lists them all)."""
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics._fonts.get(name)


def register_font(font) -> None:
    """Register *font* (deckbuild's, named after its file's bytes) under its own name. reportlab's
    ``registerFont`` gives a new name the font object first registered for the same face (PostScript) name:
    a font file replaced while ``--watch`` runs, which gets a new name, would be drawn with the old file's
    glyphs (boxes where the old file had none). A font another library registered (svglib's, for an SVG's
    text) is still shared, as before: it is most often the same file, and one document cannot hold two
    fonts of one PostScript name unless both are deckbuild's (``addObjects`` tells those apart)."""
    from reportlab.pdfbase import pdfmetrics

    pdfmetrics.registerFont(font)
    got = pdfmetrics.getFont(font.fontName)
    if got is not font and isinstance(got, fast_ttfont()):  # another version of a file deckbuild registered
        pdfmetrics._fonts[font.fontName] = font  # the only table getFont reads; no public way to say this
