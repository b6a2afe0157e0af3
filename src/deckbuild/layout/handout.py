"""Laying out the printed handout: a cover with contents, then the slides with their notes.

The handout is laid out like the slides (boxes in points, text wrapped with the same metrics);
slide miniatures are the deck's own SlidePages, scaled.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from deckbuild import markup
from deckbuild.layout.boxes import HandoutPage, Line, Miniature, Paragraph, Rect, Rule, SlidePage, TextFrame
from deckbuild.layout.common import citation_numbers, mix
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


class HandoutLayout:
    """Lays out one handout for one deck, style and audience."""

    def __init__(self, deck: Deck, style: Style, setter: Typesetter, audience: str | None = None):
        self.deck, self.style, self.setter, self.audience = deck, style, setter, audience
        self.page_w, self.page_h = style.handout.page_size
        self.margin = style.handout.margins
        self.inner = self.page_w - 2 * self.margin
        c = style.colors
        self.c = c
        self.rule_color = mix(c.muted, "FFFFFF", 0.6)

    def ts(self, size: float, *, bold: bool = False, color: str | None = None, heading: bool = False,
           spacing: float = 1.3, align: str = "l", italic: bool = False) -> TextStyle:
        f = self.style.fonts
        return TextStyle(f.heading if heading else f.body, size, color or self.c.text, bold=bold, italic=italic,
                         line_spacing=spacing, align=align)

    def para(self, text: str | tuple[Span, ...], ts: TextStyle, width: float, **kw) -> Paragraph:
        spans = markup.parse(text) if isinstance(text, str) else text
        return self.setter.paragraph(spans, ts, width, **kw)

    def prose(self, text: str, ts: TextStyle, width: float, gap: float) -> list[Paragraph]:
        """Return *text* as paragraphs (a blank line starts a new one)."""
        return [self.para(chunk, ts, width, space_before=gap) for chunk in text.strip().split("\n\n") if chunk.strip()]

    # -- the whole handout -------------------------------------------------------------------------------

    def build(self, slides: list[SlidePage]) -> list[HandoutPage]:
        top = self.margin + HEADER_SIZE * 2.2
        pb = PageBuilder(self.page_w, self.page_h, self.margin, top, self.page_h - self.margin - HEADER_SIZE * 2.4)
        pb.new_page()
        section_pages: list[tuple[str, int, int]] = []  # (title, first slide number, handout page)
        for slide in slides:
            if slide.kind == "section":
                section_pages.append((slide.title, slide.number, -1))
            self.notes_block(pb, slide, section_pages)
        if self.deck.sources:
            self.sources_page(pb)
        cover = self.cover(slides, section_pages, offset=1)
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

    def cover(self, slides: list[SlidePage], sections: list[tuple[str, int, int]], offset: int) -> list:
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
            label = f"Handout for: {desc or self.audience}"
            paras.append(self.para(label, self.ts(10, italic=True, color=c.muted), w, space_before=6))
        head = stack(paras, m, m + 40, w, 220, role="cover")
        boxes.append(head)
        y = m + 40 + head.content_height + 18
        boxes.append(Rect(m, y, 56, 3.5, fill=c.accent, name="Accent"))
        y += 24
        count = len(slides)
        summary = f"{count} slides in {sum(1 for s in slides if s.kind == 'section')} sections"
        boxes.append(stack([self.para(summary, self.ts(10, color=c.muted), w)], m, y, w, 16, role="summary"))
        y += 30
        boxes.append(stack([self.para("Contents", self.ts(13, bold=True, heading=True, color=c.primary), w)],
                           m, y, w, 20, role="heading"))
        y += 26
        num_w = 40.0
        for title, first_slide, page in sections:
            entry = self.para(title, self.ts(10.5), w - 2 * num_w - 8)
            right = self.para(str(page + offset), self.ts(10.5, align="r"), num_w)
            left = self.para(f"slide {first_slide}", self.ts(9, color=c.muted), num_w + 8)
            h = entry.height
            if y + h > self.page_h - m - 30:
                break
            boxes.append(stack([left], m, y + 1.5, num_w + 8, h, role="toc"))
            boxes.append(stack([entry], m + num_w + 8, y, w - 2 * num_w - 8, h, role="toc"))
            boxes.append(stack([right], m + w - num_w, y, num_w, h, role="toc"))
            y += h + 5
        return boxes

    def sources_page(self, pb: PageBuilder) -> None:
        """Add the numbered list of sources (numbers as cited on the slides), links live."""
        c, m, w = self.c, self.margin, self.inner
        pb.new_page()
        pb.bookmark("Sources", 0, pb.y)
        head = self.para("Sources", self.ts(16, bold=True, heading=True, color=c.primary, spacing=1.2), w)
        pb.add(stack([head], m, pb.y, w, head.height, role="heading"))
        pb.y += head.height + 12
        numbers = citation_numbers(self.deck)
        num_w = 30.0
        for sid, n in sorted(numbers.items(), key=lambda item: item[1]):
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

    # -- the notes layout: a miniature with the slide's notes and details beside it ----------------------

    def notes_block(self, pb: PageBuilder, slide: SlidePage, sections: list) -> None:
        m, c = self.margin, self.c
        mini_w = round(self.inner * 0.46, 2)
        mini_h = round(mini_w * slide.height / slide.width, 2)
        col_x = m + mini_w + 16
        col_w = self.inner - mini_w - 16
        label = self.para(f"Slide {slide.number}", self.ts(8, bold=True, color=c.accent, spacing=1.2), col_w)
        title = self.para(slide.title, self.ts(11.5, bold=True, heading=True, color=c.primary, spacing=1.2), col_w,
                          space_before=2)
        paras = [label, title]
        handout = self.style.handout
        if slide.notes and handout.notes:
            paras += self.prose(slide.notes, self.ts(self.style.sizes.notes), col_w, 6)
        if slide.details and handout.details:
            paras.append(self.para("Details" if slide.kind != "section" else "Summary",
                                   self.ts(8, bold=True, color=c.muted, spacing=1.2), col_w, space_before=10))
            paras += self.prose(slide.details, self.ts(self.style.sizes.notes - 0.5), col_w, 4)
        need = max(mini_h, sum(p.height + p.space_before for p in paras[1:]) + paras[0].height)
        if pb.y > pb.top and need > pb.left:
            pb.new_page()
        if slide.kind == "section" and sections:
            title_, first, _ = sections[-1]
            sections[-1] = (title_, first, pb.number)
            pb.bookmark(markup.plain(slide.title), 0, pb.y)
        elif slide.continued == 0:
            pb.bookmark(f"{slide.number}. {markup.plain(slide.title)}", 1, pb.y)
        top = pb.y
        pb.add(Miniature(m, top, mini_w, mini_h, slide, border=self.rule_color))
        rest = paras
        first = True
        while rest:
            room = pb.bottom - pb.y
            chunk, rest = take(rest, room)
            if not chunk and not first:  # pragma: no cover - a single line always fits an empty page
                chunk, rest = rest[:1], rest[1:]
            if chunk:
                frame = stack(chunk, col_x, pb.y, col_w, room, role="notes")
                pb.add(frame)
                end = pb.y + frame.content_height
            else:
                end = pb.y
            if first:
                end = max(end, top + mini_h)
            first = False
            if rest:
                pb.new_page()
                cont = self.para(f"Slide {slide.number} — notes continued", self.ts(8, bold=True, color=c.muted),
                                 col_w)
                pb.add(stack([cont], col_x, pb.y, col_w, cont.height, role="label"))
                pb.y += cont.height + 4
                rest = [replace(rest[0], space_before=0.0)] + rest[1:]
            else:
                pb.y = end + GAP / 2
        if pb.left > GAP:
            pb.add(Rule(m, pb.y, m + self.inner, pb.y, self.rule_color, 0.5))
        pb.y += GAP / 2


def deck_to_handout(slides: list[SlidePage], deck: Deck, style: Style, setter: Typesetter,
                    audience: str | None = None) -> list[HandoutPage]:
    """Return the handout pages for *slides* (the deck's laid-out slides) in the style's handout layout."""
    return HandoutLayout(deck, style, setter, audience).build(slides)
