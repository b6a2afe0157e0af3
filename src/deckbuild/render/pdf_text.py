"""Text operators written straight into a reportlab canvas's content: the bytes reportlab's text object writes
(``BT … ET`` on one line, ``Tm``/``Tf``/``rg``/``Tj`` as its ``_formatText`` and ``setFillColor`` format them),
without its per-call overhead (a width summed for every string, a colour parsed for every change, the font
looked up by name for every piece of text).

``FastText`` is a reportlab ``PDFTextObject``: what it has no fast path for (shaped strings, fonts that are not
TrueType, a canvas whose fill alpha is not 1) goes through reportlab's own methods, on the same state.
"""

from __future__ import annotations

_CLASS = None
NUMBERS: dict[float, str] = {}  # a number → reportlab's fp_str of it (each formatted alone: fp_str joins them)
NUMBERS_KEPT = 1 << 16


def text_class():
    """Return the FastText class (made on first use: reportlab is imported only when a PDF is painted)."""
    global _CLASS
    if _CLASS is None:
        _CLASS = _make()
    return _CLASS


def _make():
    from reportlab.lib.rl_accel import escapePDF, fp_str
    from reportlab.pdfbase.pdfmetrics import getFont
    from reportlab.pdfgen.textobject import PDFTextObject

    sizes: dict[tuple[float, float], str] = {}  # (size, leading) → "size Tf leading TL"
    known = NUMBERS.get

    def number(v) -> str:
        """Return fp_str(v), remembered (a handout places its lines at the same few hundred x and y)."""
        text = known(v)
        if text is None:
            if len(NUMBERS) >= NUMBERS_KEPT:
                NUMBERS.clear()
            text = NUMBERS[v] = fp_str(v)
        return text

    class FastText(PDFTextObject):
        """A text object for a bottom-up canvas; ``fill`` takes a colour's operator already formatted."""

        def __init__(self, canvas, x: float = 0, y: float = 0, names: dict | None = None):
            self._canvas = canvas
            self._doc = canvas._doc
            self._fontname = canvas._fontname
            self._fontsize = canvas._fontsize
            self._leading = canvas._leading
            self._colorsUsed = canvas._colorsUsed
            self._enforceColorSpace = getattr(canvas, "_enforceColorSpace", None)
            self._curSubset = -1
            self.direction = None
            self._code = ["BT", f"1 0 0 1 {known(x) or number(x)} {known(y) or number(y)} Tm"]
            self._x0 = self._x = x
            self._y0 = self._y = y
            self._textRenderMode = 0
            self._clipping = 0
            self._rise = 0
            self._names = {} if names is None else names  # (font name, subset) → its name in the document;
            # "transparency" once the PDF version is raised for a fill colour
            self._font = None  # the TTFont of _fontname, when setFont set it
            self._tf = ""  # "size Tf leading TL" of the current font

        def setTextOrigin(self, x, y):  # noqa: N802 - reportlab's name
            self._code.append(f"1 0 0 1 {known(x) or number(x)} {known(y) or number(y)} Tm")
            self._x0 = self._x = x
            self._y0 = self._y = y

        def setFont(self, psfontname, size, leading=None):  # noqa: N802
            font = getFont(psfontname)
            if not font._dynamicFont:
                self._font = None
                return super().setFont(psfontname, size, leading)
            self._fontname = psfontname
            self._fontsize = size
            self._leading = leading = size * 1.2 if leading is None else leading
            self._curSubset = -1
            self._font = font
            tf = sizes.get((size, leading))
            if tf is None:
                tf = sizes[(size, leading)] = f"{fp_str(size)} Tf {fp_str(leading)} TL"
            self._tf = tf

        def fill(self, op: str, color) -> None:
            """Set the fill colour: *op* is its ``rg`` operator, *color* the reportlab Color it was made of."""
            if self._canvas._extgstate._d.get("ca", 1) != 1:  # reportlab would reset the alpha too
                return self.setFillColor(color)
            if "transparency" not in self._names:  # once per document: what reportlab's alpha of 1 does
                self._names["transparency"] = self._doc.ensureMinPdfVersion("transparency")
            self._fillColorObj = color
            self._code.append(op)

        def textOut(self, text):  # noqa: N802
            font = self._font
            if font is None or text.__class__ is not str:  # not TrueType, or a shaped string
                return super().textOut(text)
            doc = self._doc
            fast = getattr(font, "_fast", None)  # render.pdf_fonts' table of codes already assigned
            if fast is not None and font._seen is not None:  # render.pdf_pages notes the characters of a page it
                font._seen.update(text)  # keeps: each string of the fast paths below (splitString notes its own)
            if fast is None or fast[0] is not doc:
                pieces = font.splitString(text, doc)
            elif text.isascii():  # every ASCII character maps: to its code, or to one Latin-1 cannot encode
                try:
                    chars = text.translate(fast[3]).encode("latin-1")
                except UnicodeEncodeError:  # a character without a code yet: reportlab assigns it
                    pieces = font.splitString(text, doc)
                else:
                    if self._curSubset == 0 and chars:  # the usual case: the first subset, already named
                        self._code.append(f"({escapePDF(chars)}) Tj")
                        return
                    pieces = ((0, chars),) if chars else ()
            elif fast[1].issuperset(text):
                pieces = ((0, text.translate(fast[2]).encode("latin-1")),) if text else ()
            else:
                pieces = font.splitString(text, doc)
            out = []
            for subset, chars in pieces:
                if subset != self._curSubset:
                    key = (self._fontname, subset)
                    name = self._names.get(key)
                    if name is None:
                        name = self._names[key] = font.getSubsetInternalName(subset, doc)
                    out.append(f"{name} {self._tf}")
                    self._curSubset = subset
                out.append(f"({escapePDF(chars)}) Tj")
            self._code.append(" ".join(out))

    return FastText
