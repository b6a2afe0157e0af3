"""The PDF painter: HandoutPages (and the SlidePages inside their miniatures) → a PDF.

Text is real text in the same TrueType files the layout measured, embedded as subsets (render.pdf_fonts);
every line is drawn where the layout put it. Vector boxes are drawn by render.pdf_shapes. The output is reproducible (reportlab's invariant mode).
"""

from __future__ import annotations

import io
from dataclasses import replace

from deckbuild import emoji, shaping
from deckbuild.fonts import Face
from deckbuild.layout.boxes import (Artwork, ChartBox, Formula, Miniature, Picture, Polyline, Rect, Rule,
                                    TableBox, TextFrame, Wedge)
from deckbuild.render.pdf_doc import quicken
from deckbuild.render.pdf_fonts import register
from deckbuild.render.pdf_shapes import ShapePainter
from deckbuild.render.pdf_text import text_class
from deckbuild.render.svg_pdf import draw_picture


class PdfPainter(ShapePainter):
    """Draws boxes on a reportlab canvas; registers each font file once."""

    def __init__(self, canvas):
        super().__init__(canvas)
        quicken()  # reportlab's document formatting, without its slow steps (render.pdf_doc)
        self._fonts: dict[str, str] = {}
        self._artwork: dict[tuple[str, str], object] = {}
        self.pictures: list[tuple[str, float, float, float, float]] = []  # colour emoji to draw after the text
        self._pngs: dict[str, object] = {}
        self._names: tuple[object, dict] = (None, {})  # the canvas, and its fonts' subset names (pdf_text)
        self._face_names: dict[Face, str] = {}  # a run's face → font(face), by identity (faces compare so)

    def begin_text(self, x: float, y: float):
        """Return a new text object at (x, y) on the canvas (render.pdf_text's, which writes reportlab's bytes)."""
        c = self.c
        if self._names[0] is not c:
            self._names = (c, {})
        return text_class()(c, x, y, self._names[1])

    def text_at(self, t, x: float, y: float):
        """Return the text object *t* moved to (x, y), or a new one there when *t* is None."""
        if t is None:
            return self.begin_text(x, y)
        t.setTextOrigin(x, y)
        return t

    def font(self, face: Face) -> str:
        """Return the registered name of *face*'s font file (render.pdf_fonts.register, remembered here)."""
        key = str(face.path)
        name = self._fonts.get(key)
        if name is None:
            name = self._fonts[key] = register(face)
        return name

    def paint(self, boxes, height: float) -> None:
        """Draw *boxes* (top-left coordinates) on a surface *height* points tall."""
        for box in boxes:
            if isinstance(box, TextFrame):
                self.text(box, height)
            elif isinstance(box, Rect):
                self.rect(box, height)
            elif isinstance(box, Rule):
                self.rule(box, height)
            elif isinstance(box, Miniature):
                self.miniature(box, height)
            elif isinstance(box, Picture):  # pictures: SVG as vectors, GIF/WebP/EXIF, crops (svg_pdf.py)
                draw_picture(self.c, box, height)
            elif isinstance(box, Artwork):
                self.c.drawImage(self.artwork(box), box.x, height - box.y - box.h, box.w, box.h, mask="auto")
            elif isinstance(box, TableBox):
                self.table(box, height)
            elif isinstance(box, ChartBox):
                self.paint(box.drawing, height)
            elif isinstance(box, Polyline):
                self.polyline(box, height)
            elif isinstance(box, Wedge):
                self.wedge(box, height)
            elif isinstance(box, Formula):
                self.formula(box, height)
            else:  # pragma: no cover - every box kind the layout makes is painted
                raise TypeError(f"cannot paint {type(box).__name__}")

    def table(self, box: TableBox, height: float) -> None:
        c = self.c
        for row in box.cells:
            for cell in row:
                f = cell.frame
                x, y, w, h = f.x - cell.margin, f.y - cell.margin, f.w + 2 * cell.margin, f.h + 2 * cell.margin
                if cell.fill:
                    self.fill(cell.fill)
                    c.rect(x, height - y - h, w, h, stroke=0, fill=1)
                self.stroke(box.line)
                c.setLineWidth(box.line_width)
                c.rect(x, height - y - h, w, h, stroke=1, fill=0)
                self.text(f, height)

    def text(self, box: TextFrame, height: float) -> None:
        """Draw a frame's lines as one text object, setting font and colour only when they change."""
        c = self.c
        if box.rotation:  # turned about its centre, as the layout says (PDF angles run counter-clockwise)
            cx, cy = box.x + box.w / 2, height - (box.y + box.h / 2)
            c.saveState()
            c.translate(cx, cy)
            c.rotate(-box.rotation)
            c.translate(-cx, -cy)
            try:
                self.text(replace(box, rotation=0.0), height)
            finally:
                c.restoreState()
            return
        links = []
        t = None
        font = size = color = face = None  # the text object's font (registered name, size) and fill colour
        names = self._face_names
        marks = self.marks(box)  # None: nothing is marked (the tagged painter marks paragraphs)
        bx = box.x

        def begin(elem) -> None:
            nonlocal t
            if t is None:  # a paragraph without text: its empty mark still opens the text object
                t = self.begin_text(0, 0)
            self.begin_mark(t, elem)

        for k, p in enumerate(box.paragraphs):
            if not p.lines:
                continue
            label, body = marks(k, p) if marks is not None else (None, None)
            top = box.y + p.top
            if p.marker:
                mk = p.marker
                t = self.text_at(t, bx + mk.x, height - (top + p.lines[0].baseline))
                if label is not None:
                    begin(label)
                name = self.font(mk.face)
                if name != font or mk.size != size:
                    t.setFont(name, mk.size)
                    font, size = name, mk.size
                if mk.color != color:
                    color = mk.color
                    t.fill(self.fill_op(color), self.color(color))
                face = None  # the marker's face is not remembered as a run's
                t.textOut(mk.char)
                if label is not None:
                    self.end_mark(t)
            opened = body is None
            for line in p.lines:
                frags = line.frags
                if not frags:
                    continue
                y = height - (top + line.baseline)
                t = self.text_at(t, bx + frags[0].x, y)
                if not opened:
                    begin(body)
                    opened = True
                after_math = False
                for frag in frags:
                    run = frag.run
                    if run.math is not None:  # an inline formula: its Formula box draws it
                        after_math = True
                        continue
                    if after_math:
                        t.setTextOrigin(bx + frag.x, y)
                    if run.face is not face:
                        face = run.face
                        name = names.get(face)
                        if name is None:
                            name = names[face] = self.font(face)
                    if name != font or run.size != size:
                        t.setFont(name, run.size)
                        font, size = name, run.size
                    if run.color != color:
                        color = run.color
                        t.fill(self.fill_op(color), self.color(color))
                    text = frag.text
                    if text.isascii() and not frag.rtl:  # no emoji, nothing shaped or mirrored
                        t.textOut(text)
                        after_math = False
                    else:
                        after_math = self.text_out(t, frag, bx + frag.x, y, (font, size))
                    if run.link or run.underline:
                        x0 = bx + frag.x
                        links.append((run, (x0, y - run.size * 0.25, x0 + frag.width, y + run.size * 0.8), body))
            if body is not None:
                if not opened:  # a paragraph without text: an empty element, still in order
                    begin(body)
                self.end_mark(t)
        if t is not None:
            c.drawText(t)
        if self.pictures:  # colour emoji pictures: their text is in the paragraph already
            self.decoration(self.draw_pictures)
        for run, (x0, y0, x1, y1), elem in links:
            if run.underline:  # the layout decides what is underlined (links, by default)
                base = y0 + run.size * 0.25 - run.size * 0.1
                self.decoration(lambda run=run, x0=x0, base=base, x1=x1: self._underline(run, x0, base, x1))
            if run.link:
                self.link(run.link, (x0, y0, x1, y1), elem)

    # -- hooks of text(): the plain painter marks nothing; render.pdf_tags.TaggedPainter tags ----------------

    def marks(self, box: TextFrame):
        """Return None: a plain PDF marks no paragraph (the tagged painter returns a function giving each
        paragraph's (marker element, body element))."""
        return None

    def begin_mark(self, t, elem) -> None:
        """Open marked content for *elem* in the text object *t* (only called when marks() gave elements)."""
        raise NotImplementedError

    def end_mark(self, t) -> None:
        """Close the marked content opened last in the text object *t*."""
        raise NotImplementedError

    def decoration(self, draw) -> None:
        """Draw what only decorates a frame's text (colour emoji pictures, underlines): call *draw*."""
        draw()

    def link(self, url: str, rect, elem) -> None:
        """Add a link annotation over *rect* (the tagged painter puts it in *elem*, the paragraph's element)."""
        self.c.linkURL(url, rect, relative=1, thickness=0)

    def _underline(self, run, x0: float, base: float, x1: float) -> None:
        c = self.c
        self.stroke(run.color)
        c.setLineWidth(max(run.size * 0.06, 0.5))
        c.line(x0, base, x1, base)

    def text_out(self, t, frag, x: float, y: float, font) -> bool:
        """Draw *frag* at the text cursor (at (x, y) when its script is shaped); return True when the next
        fragment must be moved to.

        Arabic, Hebrew and other joining or right-to-left text is drawn as HarfBuzz shapes it (reportlab's
        shaping, the glyphs the layout measured, left to right as seen). Each joined form maps back to its
        letters in the font's ToUnicode map (``fast_ttfont``), so text extraction, which reorders right-to-left
        text as every RTL PDF needs, reads the words in logical order.
        """
        if emoji.is_emoji(frag.text) and self._colour_emoji(frag, x, y):
            t.setTextOrigin(x, y)
            t.setTextRenderMode(3)  # invisible: the text is there for extraction, the pictures are seen
            t.textOut(frag.text)
            t.setTextRenderMode(0)
            return True
        if not shaping.needs_shaping(frag.text):
            t.textOut(shaping.mirrored(frag.text) if frag.rtl else frag.text)
            return False
        from reportlab.pdfbase.ttfonts import shapeStr

        t.setTextOrigin(x, y)
        t.textOut(shapeStr(frag.text, font[0], font[1]))
        return True

    def _colour_emoji(self, frag, x: float, y: float) -> bool:
        """Queue the colour pictures of *frag*'s emoji, each in the room its glyph was measured to take;
        return False when the colour font has none of them (the monochrome glyphs are drawn)."""
        run, queued, cx = frag.run, [], x
        for ch in frag.text:
            w = run.face.width(ch, run.size)
            if emoji.is_emoji(ch) and emoji.picture(ch) is not None:
                queued.append((ch, cx, y, w, run.size))
            cx += w
        if len(queued) != sum(1 for ch in frag.text if emoji.is_emoji(ch)):
            return False
        self.pictures.extend(queued)
        return True

    def draw_pictures(self) -> None:
        """Draw the queued colour emoji pictures (after the text object they sit in), then forget them."""
        from reportlab.lib.utils import ImageReader

        for ch, x, y, w, size in self.pictures:
            image = self._pngs.get(ch)
            if image is None:
                image = self._pngs[ch] = ImageReader(io.BytesIO(emoji.picture(ch)))
            iw, ih = image.getSize()
            h = size * 0.95
            pw = min(w, h * iw / max(ih, 1))
            ph = pw * ih / max(iw, 1)
            self.c.drawImage(image, x + (w - pw) / 2, y - size * 0.12, pw, ph, mask="auto")
        self.pictures = []

    def artwork(self, box: Artwork):
        """Return the template picture of *box* as an image reportlab draws (read once per picture)."""
        key = (str(box.source), box.part)
        image = self._artwork.get(key)
        if image is None:
            import zipfile

            from reportlab.lib.utils import ImageReader

            with zipfile.ZipFile(box.source) as package:
                image = self._artwork[key] = ImageReader(io.BytesIO(package.read(box.part)))
        return image

    def miniature(self, box: Miniature, height: float) -> None:
        c, slide = self.c, box.slide
        scale = box.w / slide.width
        c.saveState()
        c.translate(box.x, height - box.y - box.h)
        c.scale(scale, scale)
        path = c.beginPath()
        path.rect(0, 0, slide.width, slide.height)
        c.clipPath(path, stroke=0, fill=0)
        self.fill(slide.background)
        c.rect(0, 0, slide.width, slide.height, stroke=0, fill=1)
        self.paint(slide.underlay, slide.height)
        self.paint(slide.boxes, slide.height)
        c.restoreState()
        self.stroke(box.border)
        c.setLineWidth(0.6)
        c.rect(box.x, height - box.y - box.h, box.w, box.h, stroke=1, fill=0)
