"""The ``article`` handout: a flowing briefing paper for readers who will not see the talk (like
Beamer's article mode). Section headings, the section summary, each slide's content as prose and
lists, its notes and details; tables, charts and pictures as figures; no miniatures."""

from __future__ import annotations

from dataclasses import replace

from deckbuild.layout.box_new import tagged
from deckbuild.layout.boxes import Paragraph, SlidePage
from deckbuild.layout.chart import chart_box
from deckbuild.layout.sources import sources_line
from deckbuild.layout.figures import picture_with_caption
from deckbuild.layout.handout.base import HandoutComposer
from deckbuild.layout.handout.flow import MIN_CONTINUED, Heading, PageBuilder, Trailer
from deckbuild.layout.table import TableSetter
from deckbuild.model import Slide

TEXT = 10.5
TABLE_TEXT = 9.5
CODE_TEXT = 8.5
MATH_TEXT = 14.0
CAPTION_TEXT = 9.5  # a picture's caption (the slide's is 1.25 × sizes.footer, larger than TEXT)
CHART_RATIO = 0.4
MAX_FIGURE = 200.0


class ArticleHandout(HandoutComposer):
    name = "article"

    def body(self, pb: PageBuilder, slides: list[SlidePage]) -> None:
        for slide in slides:
            if slide.kind == "title" or slide.continued:
                continue  # the cover stands for the title slide; a split slide's content is printed once
            if slide.kind == "section":
                self.section(pb, slide)
            else:
                self.slide(pb, slide)

    def keep(self, pb: PageBuilder, height: float) -> None:
        """Start a new page unless *height* (a heading and what must follow it) fits on this one."""
        if pb.y > pb.top + 1 and height > pb.left:
            pb.new_page()

    def section(self, pb: PageBuilder, slide: SlidePage) -> None:
        c, w = self.c, self.inner
        heading = tagged(self.para(slide.title, self.ts(17, bold=True, heading=True, color=c.primary, spacing=1.2), w),
                         "H1")
        paras = [Heading(heading)]
        if slide.details:  # a section's summary
            paras += self.prose(slide.details, self.ts(TEXT + 0.5, italic=True, spacing=1.4), w, 6)
        if slide.notes and self.style.handout.notes:
            paras += self.prose(slide.notes, self.ts(TEXT, spacing=1.4), w, 6)
        if pb.y > pb.top + 1:
            pb.y += 14
        self.keep(pb, heading.height + 90)
        self.mark_slide(pb, slide, pb.y)
        self.flow(pb, paras, self.margin, w)
        pb.y += 4

    def slide(self, pb: PageBuilder, slide: SlidePage) -> None:
        c, w, m = self.c, self.inner, self.margin
        model: Slide | None = slide.printed  # its bullets as the handout prints them (audience.select split them)
        label = self.para(self.label(slide).upper(), self.ts(7.5, bold=True, color=c.accent, spacing=1.2), w,
                          space_before=12)
        title = self.para(model.title if model else slide.title,
                          self.ts(12.5, bold=True, heading=True, color=c.primary, spacing=1.25), w, space_before=1)
        if slide.continued == 0:  # the title of a slide's first part is a heading (a part that continues it is not)
            title = tagged(title, "H2")
        heads = [Heading(label), Heading(title)]
        text = self.closing_text(slide, model)
        lines = sum(len(p.lines) for p in (t.para if isinstance(t, Trailer) else t for t in text))
        # short closing text stays with the figure before it: keep() makes room for both
        self.tail = sum(p.height + p.space_before for p in (t.para if isinstance(t, Trailer) else t for t in text)) \
            + 10 if text and lines < 2 * MIN_CONTINUED else 0.0
        # the heading needs room for its figure and that text too, or the figure leaves it alone on this page
        self.keep(pb, label.space_before + label.height + title.height + self.lead(model))
        self.mark_slide(pb, slide, pb.y)
        if model is not None:
            heads, text = self.content(pb, model, heads, text)
        self.tail = 0.0
        if heads or text:
            self.flow(pb, heads + text if text else [h.para for h in heads], m, w)  # a lone trailer flows too

    tail = 0.0  # the height of a slide's short closing text, kept on the page of its figure

    def closing_text(self, slide: SlidePage, model: Slide | None) -> list:
        """Return what follows a slide's content: its notes, details and sources line."""
        c, w = self.c, self.inner
        handout = self.style.handout
        notes = model.notes if model is not None else slide.notes  # the article cites by number, not in full
        text = []
        if notes and handout.notes:
            text += self.prose(notes, self.ts(TEXT, spacing=1.4), w, 6)
        if slide.details and handout.details:
            text += self.prose(slide.details, self.ts(TEXT, spacing=1.4), w, 6)
        if slide.sources:
            line = sources_line(slide.sources, self.front.sources, self.cites)
            text.append(Trailer(self.para(line, self.ts(8.5, color=c.muted, spacing=1.3), w,
                                          space_before=5)))
        return text

    def lead(self, model: Slide | None) -> float:
        """Return the height of what must follow a slide's title on the same page (its first block)."""
        if model is None or model.bullets or model.kind not in ("chart", "image", "images", "table"):
            return 50.0
        if model.kind == "chart":  # the figure and its short closing text (self.tail), as chart() keeps them
            return self.inner * CHART_RATIO + 12 + self.tail
        if model.kind == "image":
            return self.image_height(model.image) + 12 + self.tail
        if model.kind == "images":  # the first picture, printed as figure() prints it
            one = len(model.images) == 1
            return self.image_height(model.images[0], MAX_FIGURE if one else MAX_FIGURE / 2) + 12 + \
                (self.tail if one else 0.0)
        _, _, heights = TableSetter(self, model.table, self.inner).measure(TABLE_TEXT)
        return sum(heights[:3]) + 6

    def image_height(self, image, cap: float = MAX_FIGURE) -> float:
        w = self.inner * 0.7
        return min(w * image.height / image.width, cap) + (30 if image.caption else 0)

    def content(self, pb: PageBuilder, model: Slide, heads: list, text: list) -> tuple[list, list]:
        """Print what the slide shows: lists, quotes, statements, timelines, tables, charts, pictures, after
        the slide's *heads* (label and title, kept with the first lines of text) and before its closing
        *text* (in the same flow when nothing but text comes between); return the heads and text not yet
        printed, which the caller prints."""
        c, w, m = self.c, self.inner, self.margin
        paras: list[Paragraph] = []
        kind = model.kind
        if model.bullets:
            paras += self.bullets(model.bullets, TEXT, w)
        if kind == "columns":
            for col in model.columns:
                if col.title:
                    paras.append(self.para(col.title, self.ts(TEXT, bold=True, color=c.primary), w, space_before=8))
                paras += self.bullets(col.bullets, TEXT, w)
        elif kind == "quote":
            quote = model.quote
            paras.append(self.para(f"“{quote.text}”", self.ts(TEXT + 1.5, italic=True, color=c.primary, spacing=1.4),
                                   w - 40, margin_left=24, space_before=6))
            if quote.by:
                paras.append(self.para(f"— {quote.by}", self.ts(TEXT, color=c.muted), w, margin_left=24,
                                       space_before=3))
        elif kind == "statement":
            paras.append(self.para(model.statement, self.ts(TEXT + 2.5, bold=True, heading=True, color=c.primary,
                                                            spacing=1.3), w, space_before=6))
        elif kind == "timeline":
            paras += [self.para(f"**{e.date}** — {e.text}", self.ts(TEXT, spacing=1.35), w, space_before=3,
                                margin_left=12) for e in model.timeline]
        if paras:
            paras[0] = replace(paras[0], space_before=max(paras[0].space_before, 4))
            figures = kind in ("table", "chart", "image", "images") or model.code is not None or bool(model.math)
            self.flow(pb, heads + paras + ([] if figures else text), m, w)
            heads, text = [], (text if figures else [])
        elif heads and (kind in ("table", "chart", "image", "images") or model.code is not None or model.math):
            self.flow(pb, [h.para for h in heads], m, w)  # kept with the figure by keep() above
            heads = []
        if kind == "table":
            self.table(pb, model)
        elif kind == "chart":
            self.chart(pb, model)
        elif kind == "image":
            self.figure(pb, model)
        elif kind == "images":  # pictures (issue 19): the grid's pictures, one under another
            cap = MAX_FIGURE if len(model.images) == 1 else MAX_FIGURE / 2  # a grid's pictures print smaller
            for image in model.images:
                self.figure(pb, replace(model, image=image), cap)
        if model.code is not None:
            self.listing(pb, model)
        if model.math:
            self.formulas(pb, model)
        return heads, text

    def listing(self, pb: PageBuilder, model: Slide) -> None:
        """Print the slide's code (at a small size; long lines broken to the text width), page by page."""
        from deckbuild.layout.code import CodeSetter

        setter = CodeSetter(self.setter, self.style, model.code, self.c.accent)
        listing = setter.at(CODE_TEXT, self.inner)
        first = 0
        pb.y += 6
        while first < len(listing.rows):
            fits = int((pb.left - 2 * listing.pad_y) // listing.line_h)
            if fits < min(3, len(listing.rows) - first) and pb.y > pb.top + 1:
                pb.new_page()
                continue
            last = min(len(listing.rows), first + max(fits, 1))
            boxes = setter.boxes(listing, first, last, self.margin, pb.y, self.inner)
            for box in boxes:
                pb.add(box)
            pb.y += boxes[0].h + 4
            first = last

    def formulas(self, pb: PageBuilder, model: Slide) -> None:
        """Print the slide's display formulas, centred, one under another."""
        from deckbuild.layout.math import measure, stack_height, stacked

        shapes = measure(self.style, model.math)
        widest = max(s.bounds()[2] - s.bounds()[0] for s in shapes)
        size = min(MATH_TEXT, self.inner / widest)
        color = self.style.math.color or self.c.text
        for shape in shapes:
            h = stack_height([shape], size)
            self.keep(pb, h + 8)
            pb.y += 6
            for box in stacked([shape], size, color, self.margin, pb.y, self.inner, h):
                pb.add(box)
            pb.y += h + 2

    def table(self, pb: PageBuilder, model: Slide) -> None:
        setter = TableSetter(self, model.table, self.inner)
        size = TABLE_TEXT
        pb.y += 6
        parts = setter.split(size, pb.height_avail, first=pb.left)
        for k, rows in enumerate(parts):
            if k or not rows:
                pb.new_page()
            box = setter.box(size, rows, self.margin, pb.y)
            pb.add(box)
            pb.y += box.h
        pb.y += 4

    def chart(self, pb: PageBuilder, model: Slide) -> None:
        chart = model.chart
        w = self.inner
        h = round(w * CHART_RATIO, 2)
        self.keep(pb, h + 8 + self.tail)
        pb.y += 8
        pb.add(chart_box(self, chart, self.margin, pb.y, w, h, 8.5))
        pb.y += h + 4

    def figure(self, pb: PageBuilder, model: Slide, cap: float = MAX_FIGURE) -> None:
        image = model.image
        w, h = self.inner * 0.7, self.image_height(model.image, cap)
        self.keep(pb, h + 8 + self.tail)
        pb.y += 8
        scale = CAPTION_TEXT / self.sizes.footer  # a caption is smaller than the text round it, as in print
        for box in picture_with_caption(self, image, self.margin + self.inner * 0.15, pb.y, w, h, caption_scale=scale):
            pb.add(box)
        pb.y += h + 4
