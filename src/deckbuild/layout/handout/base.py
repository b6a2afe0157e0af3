"""What every handout layout shares: the cover with contents, running headers and page numbers, bookmarks,
what is printed about a slide, and the Sources page (pages fill up by the rules of handout/flow.py).

Handouts are laid out like slides (boxes in points, text wrapped with the same metrics); slide
miniatures are the deck's own SlidePages, scaled.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from deckbuild import markup
from deckbuild.contrast import luminance
from deckbuild.layout.box_new import tagged
from deckbuild.layout.boxes import HandoutPage, Miniature, Paragraph, Rect, Rule, SlidePage
from deckbuild.layout.common import mix
from deckbuild.layout.pages import Front
from deckbuild.layout.numbered import counted_paragraph
from deckbuild.layout.handout.flow import MIN_CONTINUED, Heading, PageBuilder, Trailer, take, unwrap
from deckbuild.layout.handout.page_keys import PageKeys
from deckbuild.layout.handout.printed import DARK, printed_light
from deckbuild.layout.handout.segments import KeptPage, record_segments
from deckbuild.layout.lazy import Boxes
from deckbuild.layout.math import inline_formulas
from deckbuild.layout.paragraphs import HANDOUT_BULLETS, TextComposer
from deckbuild.layout.text import TextStyle, Typesetter, stack
from deckbuild.markup import LINK_SCHEMES
from deckbuild.style import Style

HEADER_SIZE = 8.5
GAP = 18.0


def _count(n: int, noun: str) -> str:
    """Return "1 slide", "2 slides": *n* and *noun* in the right number."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _chunks(text: str) -> list[str]:
    """Return the paragraphs of *text* (blank lines separate them)."""
    return [chunk for chunk in text.strip().split("\n\n") if chunk.strip()]


class HandoutComposer(TextComposer):
    """Lays out one handout for one deck, style and audience; subclasses place the slides (``body``).

    Its text helpers are the slide composer's (layout/paragraphs.py: ``text_style``, ``para``, ``cited``,
    ``bullets``), with handout bullets and citation markers, so text, tables and charts are set by the same
    code on slides and on paper.
    """

    name = "notes"
    memo = None  # a layout.handout_memo.HandoutMemo: what earlier builds set of each slide's text
    kept_pages = False  # its body places the slides with segments.place_slides: its pages can be kept in segments
    segments = None  # while it is built with a memo and kept_pages: its segments.Segments
    page_keys = None  # a page_keys.PageKeys while a handout with a memo is built: its pages' keys
    CITE_SCALE = 0.8
    BULLETS = HANDOUT_BULLETS

    def __init__(self, front: Front, style: Style, setter: Typesetter):
        self.front, self.style, self.setter = front, style, setter
        self.page_w, self.page_h = style.handout.page_size
        self.margin = style.handout.margins
        self.inner = self.page_w - 2 * self.margin
        self.colors = self.c = style.colors
        self.sizes = style.sizes
        self.rule_color = mix(style.colors.muted, "FFFFFF", 0.6)
        self.cites = front.cites
        self.sections: list[tuple[str, int, int]] = []  # (title, first slide number, handout page)

    # -- text ------------------------------------------------------------------------------------------

    def ts(self, size: float, *, bold: bool = False, color: str | None = None, heading: bool = False,
           spacing: float = 1.3, align: str = "l", italic: bool = False) -> TextStyle:
        return self.text_style(size, heading=heading, color=color, bold=bold, spacing=spacing, align=align,
                               italic=italic)

    def counted(self, text: str, ts: TextStyle, width: float) -> Paragraph:
        """Return the label *text* ("Slide 12", "Page 3 of 40") as ``para`` sets it (layout/numbered.py reuses
        a label that differs only in its digits)."""
        return counted_paragraph(self.setter, text, ts, width, self.__dict__.setdefault("_counted", {}))

    def prose(self, text: str, ts: TextStyle, width: float, gap: float) -> list[Paragraph]:
        """Return *text* as paragraphs (a blank line starts a new one)."""
        return [self.para(chunk, ts, width, space_before=gap) for chunk in _chunks(text)]

    def flow(self, pb: PageBuilder, paras: list, x: float, width: float, label: str = "") -> None:
        """Place *paras* (paragraphs and Headings) from the current position, continuing on new pages (under
        "*label* — continued") as needed, with the page-break rules of ``take``.

        The first paragraph keeps its space above unless it starts a page.
        """
        if paras and pb.y > pb.top + 1:
            pb.y += unwrap(paras[0])[0].space_before
        rest, fresh = list(paras), pb.y <= pb.top + 1
        while rest:
            chunk, rest = take(rest, pb.left, at_top=fresh, keys=self.page_keys)
            fresh = True
            if chunk:
                frame = stack(chunk, x, pb.y, width, pb.left, role="text")
                pb.add(frame)
                pb.y += frame.content_height
            if rest:
                pb.new_page()
                if label:
                    cont = self.para(f"{label} — continued", self.ts(8, bold=True, color=self.c.muted), width)
                    if self.page_keys is not None:  # set from its words and width alone (the style is in the salt)
                        self.page_keys.note(f"continued\n{label}\n{width!r}", cont)
                    pb.add(stack([cont], x, pb.y, width, cont.height, role="label"))
                    pb.y += cont.height + 4
                first = replace(unwrap(rest[0])[0], space_before=0.0)
                rest = [type(rest[0])(first) if isinstance(rest[0], (Heading, Trailer)) else first] + rest[1:]

    # -- what is said about one slide ------------------------------------------------------------------

    def miniature(self, x: float, y: float, w: float, h: float, slide: SlidePage) -> Miniature:
        """Return *slide* drawn at (x, y, w, h); a slide on a dark background (a section divider) is printed
        light: a pale tint of its colour, its text in that colour, outlined (no page of solid ink)."""
        lights = self.__dict__.setdefault("_lights", {})  # colour → its luminance, for every slide
        light = lights.get(slide.background)
        if light is None:
            light = lights[slide.background] = luminance(slide.background)
        if light < DARK:
            slide = printed_light(slide, self.c.primary, lights)
            return Miniature(x, y, w, h, slide, border=mix(slide.background, "000000", 0.35))
        return Miniature(x, y, w, h, slide, border=self.rule_color)

    def label(self, slide: SlidePage) -> str:
        return f"Slide {slide.number}" if slide.number else "Handout only"

    def slide_text(self, slide: SlidePage, width: float, notes: bool | None = None) -> list[Paragraph]:
        """Return the slide's label, title, notes, handout-only bullets and details, as the settings ask."""
        return [p for item in self.text_items(slide, notes) for p in item(width)]

    def text_items(self, slide: SlidePage, notes: bool | None = None, kept: bool = True) -> list:
        """Return what is printed about a slide as items: each takes a width and returns its paragraphs.

        Items can be set at different widths (beside the miniature, then under it).
        """
        c, handout = self.c, self.style.handout
        small = lambda text, gap=10.0: lambda w: [  # noqa: E731 - a tiny label maker
            Heading(self.para(text, self.ts(8, bold=True, color=c.muted, spacing=1.2), w, space_before=gap))]
        title_tag = "H1" if slide.kind == "section" else "H2"  # a section's title is a heading of the first level
        items = [lambda w: [Heading(tagged(self.counted(self.label(slide), self.ts(8, bold=True, color=c.accent,
                                                                               spacing=1.2), w), "P"))],
                 lambda w: [Heading(tagged(self.para(slide.title, self.ts(11.5, bold=True, heading=True, color=c.primary,
                                                                          spacing=1.2), w, space_before=2), title_tag))]]
        if slide.notes and (handout.notes if notes is None else notes):
            chunks = _chunks(slide.notes)
            items += [lambda w, t=chunk: self.prose(t, self.ts(self.sizes.notes), w, 6) for chunk in chunks]
            if slide.sources and len(chunks) > 1 and chunks[-1].startswith("Sources: "):  # closes the notes
                items[-1] = lambda w, t=chunks[-1]: [Trailer(p) for p in self.prose(t, self.ts(self.sizes.notes), w, 6)]
        if slide.extra:
            items.append(small("In the handout only"))
            items += [lambda w, b=b: self.bullets([b], self.sizes.notes, w) for b in slide.extra]
        if slide.details and handout.details:
            items.append(small("Details" if slide.kind != "section" else "Summary"))
            items += [lambda w, t=chunk: self.prose(t, self.ts(self.sizes.notes - 0.5), w, 4)
                      for chunk in _chunks(slide.details)]
        return items if self.memo is None or not kept else self.memo.items(self, slide, notes, items)

    # -- the whole handout -----------------------------------------------------------------------------

    def body(self, pb: PageBuilder, slides: list[SlidePage]) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def mark_slide(self, pb: PageBuilder, slide: SlidePage, y: float) -> None:
        """Bookmark a section at its header slide (and record its page for the contents), or a slide."""
        if slide.kind == "section":
            self.sections.append((slide.title, slide.number, pb.number))
            pb.bookmark(markup.plain(slide.title), 0, y)
        elif slide.continued == 0:
            prefix = f"{slide.number}. " if slide.number else ""
            pb.bookmark(prefix + markup.plain(slide.title), 1, y)

    def build(self, slides: list[SlidePage], take: bool = True) -> list[HandoutPage]:
        """Return the handout's pages: the cover, the slides (``body``), the sources. With a memo, the pages get
        keys, and a layout that places its slides with ``segments.place_slides`` takes the pages of slides
        the last build laid out alike (*take*) from it."""
        pb = self.page_builder()
        keys = segs = self.segments = None
        if self.memo is not None:  # the memo names the text it sets: the pages get keys (page_keys.py)
            keys = self.page_keys = self.memo.placed = PageKeys(self.memo.salt)
            if self.kept_pages:
                segs = self.segments = self.memo.segments_for(self, take)
        try:
            self.body(pb, slides)
            if self.front.sources:
                self.sources_page(pb)
        finally:
            if keys is not None:
                self.memo.placed = None
        total = pb.number + 1
        if segs is not None and segs.taken and total != segs.total:  # the kept pages count other pages
            self.sections, self.sources_at, self.page_keys = [], 0, None
            return self.build(slides, take=False)
        if keys is not None:
            keys.salt = repr((self.memo.salt, self.name, type(self).__name__))  # salted by the first slide
        cover = tuple(self.cover(slides, offset=1) + self.running(1, total, cover=True))
        marks = ((markup.plain(self.front.title), 0, self.margin),)
        pages = [HandoutPage(1, self.page_w, self.page_h, cover, bookmarks=marks,
                             key=keys.page(1, self.page_w, self.page_h, cover, marks) if keys is not None else None)]
        for i, (boxes, marks) in enumerate(zip(pb.pages, pb.marks), start=2):
            marks = tuple(marks)
            if type(boxes) is KeptPage:  # made when a painter asks (``relaid``)
                key = boxes.segment.pages[boxes.index][0]
                boxes = Boxes(key, 0, partial(self.relaid, boxes, i, total))
            else:
                boxes = tuple(boxes + self.running(i, total))
                key = keys.page(i, self.page_w, self.page_h, boxes, marks) if keys is not None else None
            pages.append(HandoutPage(i, self.page_w, self.page_h, boxes, bookmarks=marks, key=key))
        if segs is not None:
            record_segments(segs, self.placing[2], len(self.placing[0]), {p.number - 1: p.key for p in pages[1:]},
                            pb.marks, self.sections, segs.salt, total)
        self.page_keys = None
        return pages

    def page_builder(self) -> PageBuilder:
        """Return an empty PageBuilder for this handout's pages, on its first page."""
        top = self.margin + HEADER_SIZE * 2.2
        pb = PageBuilder(self.page_w, self.page_h, self.margin, top, self.page_h - self.margin - HEADER_SIZE * 2.4)
        pb.new_page()
        return pb

    def relaid(self, kept: KeptPage, number: int, total: int) -> tuple:
        """Return the boxes of page *number* of *total*, taken whole from a kept segment: its slides placed
        again on pages of their own (once for all its pages), as they were when it was kept."""
        made = self.__dict__.setdefault("_relaid", {})
        seg = kept.segment
        if id(seg) not in made:
            slides, place, _ = self.placing
            pb, sections = self.page_builder(), self.sections
            self.sections = []
            try:
                for slide in slides[kept.first:kept.first + len(seg.keys)]:
                    place(pb, slide)
            finally:
                self.sections = sections
            if len(pb.pages) != len(seg.pages):
                raise AssertionError("the slides of a kept run of handout pages fill other pages placed again")
            made[id(seg)] = (seg, pb.pages)
        boxes = tuple(made[id(seg)][1][kept.index] + self.running(number, total))
        return boxes + tuple(inline_formulas(boxes))

    def running(self, number: int, total: int, cover: bool = False) -> list:
        """Return the page's running header (deck title) and footer (page number)."""
        m, w = self.margin, self.inner
        muted = self.c.muted
        boxes: list = []
        if not cover:  # the same header on every page: made once
            if "_head" not in self.__dict__:
                head = self.para(markup.plain(self.front.title), self.ts(HEADER_SIZE, color=muted, spacing=1.2), w)
                self._head = [stack([head], m, m, w, HEADER_SIZE * 1.3, role="header"),
                              Rule(m, m + HEADER_SIZE * 1.6, m + w, m + HEADER_SIZE * 1.6, self.rule_color, 0.5)]
            boxes += self._head
        foot = self.counted(f"Page {number} of {total}", self.ts(HEADER_SIZE, color=muted, spacing=1.2, align="r"), w)
        if self.page_keys is not None:  # set from its words alone (the style is in the salt)
            self.page_keys.note(f"page\n{number}\n{total}", foot)
        boxes.append(stack([foot], m, self.page_h - m - HEADER_SIZE * 1.3, w, HEADER_SIZE * 1.3, role="footer",
                           anchor="b"))
        return boxes

    def cover(self, slides: list[SlidePage], offset: int) -> list:
        """Return the cover page: title block, what the handout holds, and the contents with page numbers."""
        d, c, m, w = self.front, self.c, self.margin, self.inner
        boxes: list = [Rect(0, 0, self.page_w, 10, fill=c.primary, name="Band")]
        paras = [self.para(d.title, self.ts(26, bold=True, heading=True, color=c.primary, spacing=1.15), w)]
        if d.subtitle:
            paras.append(self.para(d.subtitle, self.ts(15, spacing=1.25), w, space_before=10))
        if d.byline:
            paras.append(self.para(d.byline, self.ts(11, color=c.muted), w, space_before=12))
        if d.audience:
            paras.append(self.para(f"Handout for {d.audience}", self.ts(10, italic=True, color=c.muted),
                                   w, space_before=6))
        head = stack(paras, m, m + 40, w, 220, role="cover")
        boxes.append(head)
        y = m + 40 + head.content_height + 18
        boxes.append(Rect(m, y, 56, 3.5, fill=c.accent, name="Accent"))
        y += 24
        numbered = [s for s in slides if s.number]
        sections = sum(1 for s in slides if s.kind == "section")
        summary = f"{_count(len(numbered), 'slide')} in {_count(sections, 'section')}"
        boxes.append(stack([self.para(summary, self.ts(10, color=c.muted), w)], m, y, w, 16, role="summary"))
        y += 30
        boxes.append(stack([self.para("Contents", self.ts(13, bold=True, heading=True, color=c.primary), w)],
                           m, y, w, 20, role="heading"))
        y += 26
        num_w = 44.0
        entries = list(self.sections) + ([("Sources", 0, self.sources_at)] if self.front.sources else [])
        for title, first_slide, page in entries:
            entry = self.para(title, self.ts(10.5), w - 2 * num_w - 8)
            if y + entry.height > self.page_h - m - 30:
                break
            if first_slide:
                left = self.para(f"slide {first_slide}", self.ts(9, color=c.muted), num_w + 8)
                boxes.append(stack([left], m, y + 1.5, num_w + 8, entry.height, role="toc"))
            boxes.append(stack([entry], m + num_w + 8, y, w - 2 * num_w - 8, entry.height, role="toc"))
            right = self.para(str(page + offset), self.ts(10.5, align="r"), num_w)
            boxes.append(stack([right], m + w - num_w, y, num_w, entry.height, role="toc"))
            y += entry.height + 5
        return boxes

    sources_at = 0

    def sources_page(self, pb: PageBuilder) -> None:
        """Add the numbered list of sources (numbers as cited on the slides), links live, after the slides
        (on their last page when the heading and the first entries fit). An entry is never cut; the list
        never leaves fewer than three lines for a new page."""
        c, m, w = self.c, self.margin, self.inner
        num_w = 30.0
        head = self.para("Sources", self.ts(16, bold=True, heading=True, color=c.primary, spacing=1.2), w)
        entries = []
        for sid, n in sorted(self.cites.items(), key=lambda item: item[1]):
            src = self.front.sources[sid]
            parts = [f"**{src.title}**"] + [p for p in (src.publisher, src.author, src.date) if p]
            text = ". ".join(p.rstrip(".") for p in parts) + "."
            paras = [self.para(text, self.ts(10, spacing=1.3), w - num_w)]
            if src.url:
                paras.append(self.para(f"[{src.url}]({src.url})" if src.url.startswith(LINK_SCHEMES) else src.url,
                                       self.ts(9.5, spacing=1.3, color=c.primary), w - num_w, space_before=1))
            if src.note:
                paras.append(self.para(src.note, self.ts(9.5, italic=True, color=c.muted, spacing=1.3), w - num_w,
                                       space_before=1))
            label = self.para(f"[{n}]", self.ts(10, bold=True, color=c.muted, spacing=1.3), num_w)
            entries.append((label, paras, sum(p.height + p.space_before for p in paras)))
        lead = head.height + 12 + sum(e[2] + 9 for e in entries[:2])
        if pb.y <= pb.top + 1 or lead + 2 * GAP > pb.left:
            pb.new_page()
        else:
            pb.y += 2 * GAP
        self.sources_at = pb.number
        pb.bookmark("Sources", 0, pb.y)
        pb.add(stack([head], m, pb.y, w, head.height, role="heading"))
        pb.y += head.height + 12
        lines = [sum(len(p.lines) for p in e[1]) for e in entries]
        for k, (label, paras, height) in enumerate(entries):
            tail = sum(lines[k + 1:])  # lines after this entry
            rest_fits = sum(e[2] + 9 for e in entries[k:]) <= pb.left
            if pb.y > pb.top + 1 and (height > pb.left or (0 < tail < MIN_CONTINUED and not rest_fits)):
                pb.new_page()  # an entry is never cut, and a page never starts with a list's last line or two
            pb.add(stack([label], m, pb.y, num_w, label.height, role="label"))
            pb.add(stack(paras, m + num_w, pb.y, w - num_w, height, role="source"))
            pb.y += height + 9
