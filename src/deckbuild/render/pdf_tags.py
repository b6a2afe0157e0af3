"""Tagging the handout while it is painted: marked content (``BDC``/``EMC`` with MCIDs) around everything
drawn, recorded as a tree of structure elements (``pdf_struct.Elem``) that ``pdf_struct`` writes into the file;
the tables of charts' data are ``pdf_chart_tags``'s.

- page furniture (running heads, page numbers, rules, ruled writing lines, panels) is an ``Artifact``;
- headings are ``H1`` (deck title, sections, contents, sources) and ``H2`` (slide titles): a frame's role says
  which, or the layout's tag of the paragraph (``Paragraph.tag``); a slide's label and title, drawn after its
  miniature, are put before the miniature's ``Figure`` (with the tables of its charts' data after it);
- bullets are ``L``/``LI``/``Lbl``/``LBody``, nested by level; other paragraphs are ``P``;
- tables are ``Table``/``TR``/``TH`` (column scope)/``TD``; sources are ``Note``;
- pictures, charts, formulas and slide miniatures are ``Figure`` with ``Alt``; links are ``Link``.

reportlab has no tagging API: operators are added to the page's content with ``canvas._code``.
"""

from __future__ import annotations

from deckbuild import markup
from deckbuild.layout.boxes import (ChartBox, Formula, Line, Miniature, Picture, Polyline, Rect, Rule, TableBox,
                                    TextFrame, Wedge)
from deckbuild.records import record
from deckbuild.render.pdf import PdfPainter
from deckbuild.render.pdf_chart_tags import chart_alt, chart_table
from deckbuild.render.pdf_struct import Elem, has_rtl_frag, paragraph_text

FURNITURE = ("header", "footer")
HEADINGS = {"heading": "H1", "cover": "H1"}  # the handout's frames whose first paragraph is a heading
SLIDE_HEADINGS = {"title": "H1"}  # the slides PDF's: each slide's title
NOTES = ("source", "sources")  # frames of sources (a handout's, a slide's): Note


@record(frozen=True)
class _Bundled:
    """The little of a fonts.Face that PdfPainter.font needs: a file and an id."""

    path: object
    id: str = "speech"


class TaggedPainter(PdfPainter):
    """A PdfPainter that marks what it draws and records the structure tree (``self.root``)."""

    def __init__(self, canvas, lang: str = "en", headings: dict[str, str] = HEADINGS):
        super().__init__(canvas)
        self.heading_roles = headings  # frame role → the heading its first paragraph is
        self.root = Elem("Document")
        self.page = -1
        self.mcid = 0
        self.raw = 0  # > 0 inside a Figure: its parts are not tagged one by one
        self.open: Elem | None = None  # the element whose content is being drawn (links nest in it)
        self.annots: list[tuple[int, Elem, str, str]] = []  # (page, Link element, address, annotation's name)
        self.lang = lang
        # (where in the tree the last miniature's Figure is, how long the tree was after it and its tables): a
        # tagged paragraph that comes next goes before the Figure
        self.after_figure: tuple[int, int] | None = None
        self.at = 0  # the index of the box being painted among the page's boxes
        self.owners: dict[tuple[int, int], Elem] = {}  # (box index, paragraph index) → its element

    # -- marked content ---------------------------------------------------------------------------------

    def _op(self, text: str) -> None:
        self.c._code.append(text)

    def _begin(self, elem: Elem) -> None:
        self._op(f"/{elem.role} <</MCID {self.mcid}>> BDC")
        elem.page = self.page
        elem.kids.append(self.mcid)
        self.mcid += 1

    def _end(self) -> None:
        self._op("EMC")

    def artifact(self, draw) -> None:
        self._op("/Artifact BMC")
        self.raw += 1
        try:
            draw()
        finally:
            self.raw -= 1
            self._end()

    def artifact_box(self, box, height: float) -> None:
        """Draw *box* as an Artifact (``artifact`` without a closure: page furniture is most of what is drawn)."""
        code = self.c._code
        code.append("/Artifact BMC")
        self.raw += 1
        try:
            kind = box.__class__
            if kind is TextFrame:
                self.text(box, height)
            elif kind is Rule:
                self.rule(box, height)
            else:
                PdfPainter.paint(self, (box,), height)
        finally:
            self.raw -= 1
            code.append("EMC")

    def leaf(self, parent: Elem, role: str, draw, **attrs) -> Elem:
        return self._inside(parent.add(Elem(role, **attrs)), draw)

    def _inside(self, elem: Elem, draw, *args) -> Elem:
        """Return *elem*, having drawn ``draw(*args)`` as its marked content (nothing in it tagged again)."""
        self._begin(elem)
        self.raw += 1
        outer, self.open = self.open, elem
        try:
            draw(*args)
        finally:
            self.raw -= 1
            self.open = outer
            self._end()
        return elem

    def formula(self, box: Formula, height: float) -> None:
        """Draw a formula's outlines with its linear form as /ActualText, so that text extraction reads it."""
        from deckbuild.speech import linear

        said = linear(box.latex)
        self._op(f"/Span <</ActualText <FEFF{said.encode('utf-16-be').hex().upper()}>>> BDC")
        super().formula(box, height)
        if said:  # the same words as invisible text over the formula: extraction and search find it in place
            self.c.saveState()  # the invisible mode and the scale outlive the text object: they end here
            t = self.c.beginText(box.x, height - box.oy)
            t.setTextRenderMode(3)
            size = max(box.size * 0.5, 1.0)
            t.setFont(self.speech_font(), size)
            t.setHorizScale(max(1.0, min(1000.0, 100.0 * box.w / max(self._speech_width(said, size), 0.1))))
            t.textOut(said)
            self.c.drawText(t)
            self.c.restoreState()
        self._end()

    def speech_font(self) -> str:
        """Return the registered name of the font invisible formula text is set in (the bundled Liberation Sans)."""
        from pathlib import Path

        path = Path(__file__).resolve().parents[1] / "fonts" / "LiberationSans-Regular.ttf"
        return self.font(_Bundled(path))

    def _speech_width(self, text: str, size: float) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return stringWidth(text, self.speech_font(), size)

    # -- the painter's entry points -----------------------------------------------------------------------

    def start_page(self) -> None:
        """Begin a new page: MCIDs count from 0 on every page (a label on it is not read before a miniature of
        another)."""
        self.page += 1
        self.mcid = 0
        self.after_figure = None

    def slide(self, slide) -> None:
        """Draw *slide* as the whole page (the slides PDF), tagged as the handout is: its background and the
        template's art are an Artifact, its title a heading, its text, lists, tables, pictures and charts
        tagged in the slide's reading order, its footer an Artifact."""
        c = self.c

        def background():
            self.fill(slide.background)
            c.rect(0, 0, slide.width, slide.height, stroke=0, fill=1)
            self.paint(slide.underlay, slide.height)

        self.artifact(background)
        self.paint(slide.boxes, slide.height)

    def paint(self, boxes, height: float) -> None:
        if self.raw:
            return PdfPainter.paint(self, boxes, height)
        self.owners = {}
        for index, box in enumerate(boxes):
            self.at = index
            self.paint_box(box, height)

    def paint_box(self, box, height: float) -> None:
        if isinstance(box, TextFrame):  # the handout's usual boxes first; furniture is an Artifact
            return self.text(box, height) if box.role not in FURNITURE else self.artifact_box(box, height)
        if isinstance(box, (Rule, Rect, Polyline, Wedge)):  # drawing: an Artifact
            return self.artifact_box(box, height)
        if isinstance(box, Miniature):
            return self.miniature_tagged(box, height)
        one = lambda: PdfPainter.paint(self, [box], height)  # noqa: E731
        if isinstance(box, Picture):
            if getattr(box, "decorative", False):
                self.artifact(one)
            else:
                self.leaf(self.root, "Figure", one, alt=box.alt or "Picture")
        elif isinstance(box, ChartBox):
            self.leaf(self.root, "Figure", one, alt=chart_alt(box))
            self.chart_table(box, box.x, box.y, box.w, box.h, height)
        elif isinstance(box, Formula):
            from deckbuild.speech import linear

            said = linear(box.latex)
            owner = self.owners.get(box.owner) if box.owner is not None else None  # inline: in its paragraph
            self.leaf(owner or self.root, "Formula", one, alt=said, actual=said)
        elif isinstance(box, TableBox):
            self.table_tagged(box, height)
        else:
            self.artifact(one)

    def miniature_tagged(self, box: Miniature, height: float) -> None:
        """Draw the slide miniature *box* as a Figure (its alt: the slide's label, title and charts), then the
        tables of its charts' data over them; the slide's label and title, if drawn next, go before it."""
        slide = box.slide
        label = f"Slide {slide.number}" if slide.number else "Handout-only slide"
        charts = [b for b in slide.boxes if isinstance(b, ChartBox)]
        alt = f"{label}: {markup.plain(slide.title)}" + "".join([f". {chart_alt(b)}" for b in charts])
        kids = self.root.kids
        at = len(kids)
        self._inside(self.root.add(Elem("Figure", None, None, alt)), self.miniature, box, height)
        if charts:
            scale = box.w / slide.width if slide.width else 1.0
            for b in charts:  # each chart's data, over the chart in the miniature
                self.chart_table(b, box.x + b.x * scale, box.y + b.y * scale, b.w * scale, b.h * scale, height)
        self.after_figure = (at, len(kids))

    # -- the hooks of PdfPainter.text: a mark around every paragraph, list marker and body ------------------

    def marks(self, box: TextFrame):
        """Return a function giving paragraph *k*'s (marker element, body element), recording headings,
        nested list items, notes and paragraphs; None inside a Figure or an Artifact (nothing is marked).

        The marks go inside the frame's one text object, so tagging adds no text objects and no font or
        colour changes.
        """
        if self.raw:
            return None
        lists: list[tuple[int, Elem]] = []  # open lists: (level, L element)
        at, kids, owners = self.at, self.root.kids, self.owners
        first_role = self.heading_roles.get(box.role, "P")  # the role of the frame's first paragraph
        every = box.role == "heading"  # each of its paragraphs is
        note = box.role in NOTES

        def mark(k: int, p):
            lang = p.lang
            rtl = has_rtl_frag(p)
            if p.marker is None:
                lists.clear()
                tag = p.tag
                # RTL glyphs are drawn as seen: the element gives the logical order
                actual = paragraph_text(p, True) if rtl else None
                body = Elem("Note" if note else tag or (first_role if k == 0 or every else "P"), None, None, None,
                            actual, None, lang)
                after = self.after_figure
                if tag and after is not None and after[1] == len(kids):  # a slide's label or title, after its
                    kids.insert(after[0], body)  # miniature and the tables of its charts: read before them
                    self.after_figure = (after[0] + 1, after[1] + 1)
                else:
                    kids.append(body)
                owners[(at, k)] = body  # its inline formulas are read inside it
                return None, body
            # a list item's text is needed only for its right-to-left reading (nothing matches list items)
            actual = paragraph_text(p, True) if rtl else None
            while lists and lists[-1][0] > p.level:
                lists.pop()
            if not lists or lists[-1][0] < p.level:
                parent = self.root if not lists else lists[-1][1].kids[-1]  # the outer list's last LI
                lists.append((p.level, parent.add(Elem("L"))))
            item = lists[-1][1].add(Elem("LI"))
            label = item.add(Elem("Lbl"))
            body = owners[(at, k)] = item.add(Elem("LBody", None, None, None, actual, None, lang))
            return label, body

        return mark

    def begin_mark(self, t, elem: Elem) -> None:
        t._code.append(f"/{elem.role} <</MCID {self.mcid}>> BDC")
        elem.page = self.page
        elem.kids.append(self.mcid)
        self.mcid += 1

    def end_mark(self, t) -> None:
        t._code.append("EMC")

    def decoration(self, draw) -> None:
        """Draw *draw* as an Artifact (its meaning is in the text already), unmarked inside a Figure."""
        if self.raw:
            draw()
        else:
            self.artifact(draw)

    def link(self, url: str, rect, elem) -> None:
        """Add the link annotation inside *elem* (the paragraph it is in), or inside the open element."""
        outer, self.open = self.open, elem or self.open
        try:
            super().link(url, rect, elem)
        finally:
            self.open = outer

    def table_tagged(self, box: TableBox, height: float) -> None:
        c = self.c
        table = self.root.add(Elem("Table"))
        for r, row in enumerate(box.cells):
            tr = table.add(Elem("TR"))
            for cell in row:
                f = cell.frame
                x, y, w, h = f.x - cell.margin, f.y - cell.margin, f.w + 2 * cell.margin, f.h + 2 * cell.margin

                def furniture(cell=cell, x=x, y=y, w=w, h=h):
                    if cell.fill:
                        self.fill(cell.fill)
                        c.rect(x, height - y - h, w, h, stroke=0, fill=1)
                    self.stroke(box.line)
                    c.setLineWidth(box.line_width)
                    c.rect(x, height - y - h, w, h, stroke=1, fill=0)

                self.artifact(furniture)
                header = r == 0 and box.header
                self.leaf(tr, "TH" if header else "TD", lambda f=f: self.text(f, height),
                          scope="Column" if header else None)

    def chart_table(self, box: ChartBox, x: float, y: float, w: float, h: float, height: float) -> None:
        """Write the data of chart *box* as a Table over its place (render.pdf_chart_tags)."""
        chart_table(self, box, x, y, w, h, height)

    # -- links: each annotation belongs to a Link element --------------------------------------------------

    def link_url(self, original):
        """Return a replacement for the canvas's linkURL that records the annotation's Link element."""

        def link(url, rect, **kw):
            elem = (self.open or self.root).add(Elem("Link"))
            elem.page = self.page
            result = original(url, rect, **kw)
            c = self.c  # reportlab names the annotation after its count (canvas._addAnnotation)
            self.annots.append((self.page, elem, url, c._doc.annotationName(f"NUMBER{c._annotationCount}")))
            return result

        return link
