"""What every handout layout shares: pages that fill up, the cover with contents, running headers and
page numbers, bookmarks, and the Sources page.

Handouts are laid out like slides (boxes in points, text wrapped with the same metrics); slide
miniatures are the deck's own SlidePages, scaled.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from deckbuild import markup
from deckbuild.layout.boxes import HandoutPage, Paragraph, Rect, Rule, SlidePage
from deckbuild.layout.common import BODY_SPACING, citation_numbers, cited, mix
from deckbuild.layout.text import TextStyle, Typesetter, split_paragraph, stack
from deckbuild.markup import LINK_SCHEMES, Span
from deckbuild.model import Deck
from deckbuild.style import Style

HEADER_SIZE = 8.5
GAP = 18.0


@dataclass
class PageBuilder:
    """Accumulates boxes page by page; tracks the free vertical space."""

    width: float
    height: float
    margin: float
    top: float
    bottom: float
    pages: list[list] = field(default_factory=list)
    marks: list[list] = field(default_factory=list)
    y: float = 0.0

    def new_page(self) -> None:
        self.pages.append([])
        self.marks.append([])
        self.y = self.top

    @property
    def number(self) -> int:
        return len(self.pages)

    @property
    def left(self) -> float:
        return self.bottom - self.y

    @property
    def height_avail(self) -> float:
        return self.bottom - self.top

    def add(self, box) -> None:
        self.pages[-1].append(box)

    def bookmark(self, title: str, level: int, y: float) -> None:
        self.marks[-1].append((title, level, y))


def take(paras: list[Paragraph], height: float) -> tuple[list[Paragraph], list[Paragraph]]:
    """Return the paragraphs (splitting one at a line) that fit in *height*, and the rest."""
    used, out = 0.0, []
    for i, p in enumerate(paras):
        gap = p.space_before if out else 0.0
        if used + gap + p.height <= height + 0.01:
            out.append(p)
            used += gap + p.height
            continue
        fit_lines = int((height - used - gap + 0.01) // p.line_height)
        if fit_lines >= 1 and (fit_lines >= 2 or len(p.lines) <= 2 or not out):
            head, tail = split_paragraph(p, fit_lines)
            return out + [head], [tail] + paras[i + 1:]
        return out, paras[i:]
    return out, []


def _chunks(text: str) -> list[str]:
    """Return the paragraphs of *text* (blank lines separate them)."""
    return [chunk for chunk in text.strip().split("\n\n") if chunk.strip()]


class HandoutComposer:
    """Lays out one handout for one deck, style and audience; subclasses place the slides (``body``).

    It offers the same text helpers as a slide layout (``text_style``, ``para``, ``setter``, ``colors``),
    so tables and charts are set by the same code on slides and on paper.
    """

    name = "notes"

    def __init__(self, deck: Deck, style: Style, setter: Typesetter, audience: str | None = None):
        self.deck, self.style, self.setter, self.audience = deck, style, setter, audience
        self.page_w, self.page_h = style.handout.page_size
        self.margin = style.handout.margins
        self.inner = self.page_w - 2 * self.margin
        self.colors = self.c = style.colors
        self.sizes = style.sizes
        self.rule_color = mix(style.colors.muted, "FFFFFF", 0.6)
        self.cites = citation_numbers(deck)
        self.sections: list[tuple[str, int, int]] = []  # (title, first slide number, handout page)

    # -- text ------------------------------------------------------------------------------------------

    def text_style(self, size: float, *, heading: bool = False, color: str | None = None, bold: bool = False,
                   spacing: float = BODY_SPACING, align: str = "l", italic: bool = False) -> TextStyle:
        f = self.style.fonts
        return TextStyle(f.heading if heading else f.body, size, color or self.c.text, bold=bold, italic=italic,
                         line_spacing=spacing, align=align, link_color=self.c.primary)

    def ts(self, size: float, *, bold: bool = False, color: str | None = None, heading: bool = False,
           spacing: float = 1.3, align: str = "l", italic: bool = False) -> TextStyle:
        return self.text_style(size, heading=heading, color=color, bold=bold, spacing=spacing, align=align,
                               italic=italic)

    def para(self, text: str | tuple[Span, ...], ts: TextStyle, width: float, **kw) -> Paragraph:
        spans = markup.parse(text) if isinstance(text, str) else text
        return self.setter.paragraph(spans, ts, width, **kw)

    def prose(self, text: str, ts: TextStyle, width: float, gap: float) -> list[Paragraph]:
        """Return *text* as paragraphs (a blank line starts a new one)."""
        return [self.para(chunk, ts, width, space_before=gap) for chunk in _chunks(text)]

    def cited(self, text: str, sources: tuple[str, ...]) -> tuple[Span, ...]:
        return cited(text, sources, self.cites, self.c.muted, 0.8)

    def flow(self, pb: PageBuilder, paras: list[Paragraph], x: float, width: float, label: str = "") -> None:
        """Place *paras* from the current position, continuing on new pages (with *label*) as needed.

        The first paragraph keeps its space above unless it starts a page.
        """
        if paras and pb.y > pb.top + 1:
            pb.y += paras[0].space_before
        rest = paras
        while rest:
            chunk, rest = take(rest, pb.left)
            if not chunk and pb.y <= pb.top + 1:  # not even a line fits an empty page: place one anyway
                first = rest[0]
                chunk, rest = ([first], rest[1:]) if len(first.lines) <= 1 else (
                    [split_paragraph(first, 1)[0]], [split_paragraph(first, 1)[1]] + rest[1:])
            if chunk:
                frame = stack(chunk, x, pb.y, width, pb.left, role="text")
                pb.add(frame)
                pb.y += frame.content_height
            if rest:
                pb.new_page()
                if label:
                    cont = self.para(f"{label} — continued", self.ts(8, bold=True, color=self.c.muted), width)
                    pb.add(stack([cont], x, pb.y, width, cont.height, role="label"))
                    pb.y += cont.height + 4
                rest = [replace(rest[0], space_before=0.0)] + rest[1:]

    # -- what is said about one slide ------------------------------------------------------------------

    def label(self, slide: SlidePage) -> str:
        return f"Slide {slide.number}" if slide.number else "Handout only"

    def slide_text(self, slide: SlidePage, width: float, notes: bool | None = None) -> list[Paragraph]:
        """Return the slide's label, title, notes, handout-only bullets and details, as the settings ask."""
        return [p for item in self.text_items(slide, notes) for p in item(width)]

    def text_items(self, slide: SlidePage, notes: bool | None = None) -> list:
        """Return what is printed about a slide as items: each takes a width and returns its paragraphs.

        Items can be set at different widths (beside the miniature, then under it).
        """
        c, handout = self.c, self.style.handout
        small = lambda text, gap=10.0: lambda w: [  # noqa: E731 - a tiny label maker
            self.para(text, self.ts(8, bold=True, color=c.muted, spacing=1.2), w, space_before=gap)]
        items = [lambda w: [self.para(self.label(slide), self.ts(8, bold=True, color=c.accent, spacing=1.2), w)],
                 lambda w: [self.para(slide.title, self.ts(11.5, bold=True, heading=True, color=c.primary,
                                                           spacing=1.2), w, space_before=2)]]
        if slide.notes and (handout.notes if notes is None else notes):
            items += [lambda w, t=chunk: self.prose(t, self.ts(self.sizes.notes), w, 6) for chunk in _chunks(slide.notes)]
        if slide.extra:
            items.append(small("In the handout only"))
            items += [lambda w, b=b: self.bullet_list([b], w, self.sizes.notes) for b in slide.extra]
        if slide.details and handout.details:
            items.append(small("Details" if slide.kind != "section" else "Summary"))
            items += [lambda w, t=chunk: self.prose(t, self.ts(self.sizes.notes - 0.5), w, 4)
                      for chunk in _chunks(slide.details)]
        return items

    def bullet_list(self, bullets, width: float, size: float, level: int = 0) -> list[Paragraph]:
        """Return bullets (with sub-bullets) as indented paragraphs with markers."""
        out: list[Paragraph] = []
        hang = size * 1.1
        for b in bullets:
            out.append(self.para(self.cited(b.text, b.sources), self.ts(size, spacing=1.3), width, level=level,
                                 space_before=size * 0.3, margin_left=hang * (level + 1), indent=-hang * 0.8,
                                 bullet=("•–▪·"[min(level, 3)], self.c.accent if level == 0 else self.c.muted)))
            out += self.bullet_list(b.bullets, width, size, level + 1)
        return out

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

    def build(self, slides: list[SlidePage]) -> list[HandoutPage]:
        top = self.margin + HEADER_SIZE * 2.2
        pb = PageBuilder(self.page_w, self.page_h, self.margin, top, self.page_h - self.margin - HEADER_SIZE * 2.4)
        pb.new_page()
        self.body(pb, slides)
        if self.deck.sources:
            self.sources_page(pb)
        cover = self.cover(slides, offset=1)
        total = pb.number + 1
        out = [HandoutPage(1, self.page_w, self.page_h, tuple(cover + self.running(1, total, cover=True)),
                           bookmarks=((markup.plain(self.deck.title), 0, self.margin),))]
        for i, (boxes, marks) in enumerate(zip(pb.pages, pb.marks), start=2):
            out.append(HandoutPage(i, self.page_w, self.page_h, tuple(boxes + self.running(i, total)),
                                   bookmarks=tuple(marks)))
        return out

    def running(self, number: int, total: int, cover: bool = False) -> list:
        """Return the page's running header (deck title) and footer (page number)."""
        m, w = self.margin, self.inner
        muted = self.c.muted
        boxes: list = []
        if not cover:
            head = self.para(markup.plain(self.deck.title), self.ts(HEADER_SIZE, color=muted, spacing=1.2), w)
            boxes.append(stack([head], m, m, w, HEADER_SIZE * 1.3, role="header"))
            boxes.append(Rule(m, m + HEADER_SIZE * 1.6, m + w, m + HEADER_SIZE * 1.6, self.rule_color, 0.5))
        foot = self.para(f"Page {number} of {total}", self.ts(HEADER_SIZE, color=muted, spacing=1.2, align="r"), w)
        boxes.append(stack([foot], m, self.page_h - m - HEADER_SIZE * 1.3, w, HEADER_SIZE * 1.3, role="footer",
                           anchor="b"))
        return boxes

    def cover(self, slides: list[SlidePage], offset: int) -> list:
        """Return the cover page: title block, what the handout holds, and the contents with page numbers."""
        d, c, m, w = self.deck, self.c, self.margin, self.inner
        boxes: list = [Rect(0, 0, self.page_w, 10, fill=c.primary, name="Band")]
        paras = [self.para(d.title, self.ts(26, bold=True, heading=True, color=c.primary, spacing=1.15), w)]
        if d.subtitle:
            paras.append(self.para(d.subtitle, self.ts(15, spacing=1.25), w, space_before=10))
        byline = " · ".join(p for p in (d.author, d.date) if p)
        if byline:
            paras.append(self.para(byline, self.ts(11, color=c.muted), w, space_before=12))
        if self.audience:
            desc = d.audiences[self.audience].description if self.audience in d.audiences else None
            paras.append(self.para(f"Handout for: {desc or self.audience}", self.ts(10, italic=True, color=c.muted),
                                   w, space_before=6))
        head = stack(paras, m, m + 40, w, 220, role="cover")
        boxes.append(head)
        y = m + 40 + head.content_height + 18
        boxes.append(Rect(m, y, 56, 3.5, fill=c.accent, name="Accent"))
        y += 24
        numbered = [s for s in slides if s.number]
        summary = (f"{len(numbered)} slides in {sum(1 for s in slides if s.kind == 'section')} sections · "
                   f"{self.name} layout")
        boxes.append(stack([self.para(summary, self.ts(10, color=c.muted), w)], m, y, w, 16, role="summary"))
        y += 30
        boxes.append(stack([self.para("Contents", self.ts(13, bold=True, heading=True, color=c.primary), w)],
                           m, y, w, 20, role="heading"))
        y += 26
        num_w = 44.0
        entries = list(self.sections) + ([("Sources", 0, self.sources_at)] if self.deck.sources else [])
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
        """Add the numbered list of sources (numbers as cited on the slides), links live."""
        c, m, w = self.c, self.margin, self.inner
        pb.new_page()
        self.sources_at = pb.number
        pb.bookmark("Sources", 0, pb.y)
        head = self.para("Sources", self.ts(16, bold=True, heading=True, color=c.primary, spacing=1.2), w)
        pb.add(stack([head], m, pb.y, w, head.height, role="heading"))
        pb.y += head.height + 12
        num_w = 30.0
        for sid, n in sorted(self.cites.items(), key=lambda item: item[1]):
            src = self.deck.sources[sid]
            parts = [f"**{src.title}**"] + [p for p in (src.publisher, src.author, src.date) if p]
            text = ". ".join(p.rstrip(".") for p in parts) + "."
            paras = [self.para(text, self.ts(10, spacing=1.3), w - num_w)]
            if src.url:
                paras.append(self.para(f"[{src.url}]({src.url})" if src.url.startswith(LINK_SCHEMES) else src.url,
                                       self.ts(9.5, spacing=1.3, color=c.primary), w - num_w, space_before=1))
            if src.note:
                paras.append(self.para(src.note, self.ts(9.5, italic=True, color=c.muted, spacing=1.3), w - num_w,
                                       space_before=1))
            height = sum(p.height + p.space_before for p in paras)
            if height > pb.left:
                pb.new_page()
            label = self.para(f"[{n}]", self.ts(10, bold=True, color=c.muted, spacing=1.3), num_w)
            pb.add(stack([label], m, pb.y, num_w, label.height, role="label"))
            pb.add(stack(paras, m + num_w, pb.y, w - num_w, height, role="source"))
            pb.y += height + 9


HandoutLayout = HandoutComposer  # the former name, until every handout's module says HandoutComposer
