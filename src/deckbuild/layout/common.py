"""Laying out slides: one function per slide kind, each returning positioned boxes.

All geometry derives from the style (slide size, sizes, colours); text is wrapped and fitted here
with real font metrics, so the deck and the handout show the same lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

from deckbuild import markup
from deckbuild.diagnostics import Diagnostics, Pos
from deckbuild.layout.boxes import Paragraph, Rect, TextFrame
from deckbuild.layout.text import TextStyle, Typesetter, stack
from deckbuild.markup import Span
from deckbuild.model import Bullet, Deck
from deckbuild.style import Style

LEVEL_SCALE = (1.0, 0.875, 0.8, 0.75)
BULLET_CHARS = ("•", "–", "▪", "·")
TITLE_SPACING = 1.08
BODY_SPACING = 1.15


@dataclass(frozen=True)
class Grid:
    """The fixed regions of a content slide, derived from the slide size."""

    width: float
    height: float
    margin: float
    title_top: float
    title_h: float
    rule_y: float
    body_top: float
    body_bottom: float
    footer_y: float
    footer_h: float

    @property
    def inner_w(self) -> float:
        return self.width - 2 * self.margin

    @property
    def body_h(self) -> float:
        return self.body_bottom - self.body_top


def grid_for(style: Style) -> Grid:
    """Return the regions of a content slide for *style*'s slide size and title size."""
    w, h = style.width, style.height
    margin = round(w * 0.06, 2)
    title_top = round(h * 0.065, 2)
    title_h = round(style.sizes.title * TITLE_SPACING * 2 + 2, 2)
    rule_y = title_top + title_h + 8
    footer_h = round(style.sizes.footer * 1.6, 2)
    footer_y = round(h - h * 0.045 - footer_h, 2)
    return Grid(width=w, height=h, margin=margin, title_top=title_top, title_h=title_h, rule_y=rule_y,
                body_top=rule_y + 22, body_bottom=footer_y - 10, footer_y=footer_y, footer_h=footer_h)


def mix(color: str, other: str, amount: float) -> str:
    """Return *color* moved *amount* (0–1) of the way towards *other* (both RRGGBB)."""
    a = [int(color[i:i + 2], 16) for i in (0, 2, 4)]
    b = [int(other[i:i + 2], 16) for i in (0, 2, 4)]
    return "".join(f"{round(x + (y - x) * amount):02X}" for x, y in zip(a, b))


def size_steps(start: float, floor: float, step: float = 1.0) -> list[float]:
    """Return font sizes from *start* down to *floor* (both included) in *step* point steps."""
    sizes, s = [], start
    while s > floor + 1e-6:
        sizes.append(round(s, 2))
        s -= step
    sizes.append(round(floor, 2))
    return sizes


@dataclass
class Draft:
    """A slide laid out except for what needs the final count: its number and footer."""

    kind: str
    title: str
    boxes: list
    pos: Pos
    notes: str | None = None
    details: str | None = None
    section: str | None = None
    background: str | None = None
    footer_color: str | None = None
    continued: int = 0


@dataclass
class Fit:
    """The outcome of fitting text into a frame: the frame, the size chosen, and whether it fits."""

    frame: TextFrame
    size: float
    shrunk: bool
    paragraphs: list[Paragraph]
    fits: bool = True


class SlideLayout:
    """Lays out the slides of one deck for one style; collects layout diagnostics."""

    def __init__(self, deck: Deck, style: Style, setter: Typesetter, diags: Diagnostics):
        self.deck, self.style, self.setter, self.diags = deck, style, setter, diags
        self.grid = grid_for(style)
        self.colors = style.colors
        self.sizes = style.sizes
        self.number = 1  # the number the next slide will get

    # -- text helpers -------------------------------------------------------------------------------

    def text_style(self, size: float, *, heading: bool = False, color: str | None = None, bold: bool = False,
                   spacing: float = BODY_SPACING, align: str = "l", italic: bool = False) -> TextStyle:
        fonts = self.style.fonts
        return TextStyle(family=fonts.heading if heading else fonts.body, size=size,
                         color=color or self.colors.text, bold=bold, italic=italic, line_spacing=spacing, align=align)

    def para(self, text: str | tuple[Span, ...], ts: TextStyle, width: float, **kw) -> Paragraph:
        spans = markup.parse(text) if isinstance(text, str) else text
        return self.setter.paragraph(spans, ts, width, **kw)

    def fit(self, make: Callable[[float], list[Paragraph]], sizes: Iterable[float], x: float, y: float, w: float,
            h: float, *, role: str, anchor: str = "t", placeholder: str | None = None) -> Fit:
        """Return the first of *sizes* at which ``make(size)`` fits the box.

        When even the last size does not fit, the frame grows to hold its text (upwards when anchored at
        the bottom) and ``Fit.fits`` is False, so the caller can warn; text never spills out of its frame.
        """
        sizes = list(sizes)
        for size in sizes:
            paras = make(size)
            frame = stack(paras, x, y, w, h, role=role, anchor=anchor, placeholder=placeholder)
            if frame.fits:
                return Fit(frame, size, size != sizes[0], paras)
        grown = frame.content_height
        top = y + h - grown if anchor == "b" else y
        frame = stack(paras, x, top, w, grown, role=role, anchor=anchor, placeholder=placeholder)
        return Fit(frame, size, size != sizes[0], paras, fits=False)

    # -- common pieces ------------------------------------------------------------------------------

    def title(self, text: str, pos: Pos, *, number: int, color: str | None = None) -> tuple[TextFrame, float]:
        """Return the slide title's frame and how far it pushes the content down (0 unless it is very long).

        A title wraps to two lines, then shrinks to ``sizes.min_title``; a title still too long takes room
        from the top margin and then from the content below, with a warning — it never overflows.
        """
        g = self.grid
        fit = self.fit(lambda s: [self.para(text, self.text_style(s, heading=True, bold=True, spacing=TITLE_SPACING,
                                                                 color=color or self.colors.primary), g.inner_w)],
                       size_steps(self.sizes.title, self.sizes.min_title, 2), g.margin, g.title_top, g.inner_w,
                       g.title_h, role="title", anchor="b", placeholder="title")
        frame, push = fit.frame, 0.0
        if not fit.fits:
            self.diags.warning(pos, f"slide {number}: the title does not fit in two lines even at "
                               f"{self.sizes.min_title:g}pt; it takes room from the slide's content",
                               "shorten the title")
            top = min(g.title_top, round(g.height * 0.025, 2))
            bottom = g.title_top + g.title_h
            push = max(0.0, top + frame.content_height - bottom)
            frame = stack(fit.paragraphs, g.margin, top, g.inner_w, bottom + push - top, role="title",
                          anchor="b", placeholder="title")
        elif fit.shrunk:
            self.diags.warning(pos, f"slide {number}: title shrunk from {self.sizes.title:g}pt to {fit.size:g}pt "
                               "to fit", "shorten the title to keep the style's size")
        return frame, push

    def rule(self, y: float, color: str | None = None) -> Rect:
        return Rect(self.grid.margin, y, 64, 3.5, fill=color or self.colors.accent, name="Accent")

    def footer(self, number: int, count: int, section: str | None, slide_title: str,
               color: str | None = None) -> TextFrame | None:
        template = self.style.footer
        if not template.strip():
            return None
        g = self.grid
        spans = footer_spans(template, self.deck, number, count, section, slide_title)
        ts = self.text_style(self.sizes.footer, color=color or self.colors.muted, spacing=1.2, align="r")
        p = self.setter.paragraph(spans, ts, g.inner_w)
        return stack([p], g.margin, g.footer_y, g.inner_w, g.footer_h, role="footer", anchor="b", placeholder="ftr")

    def bullet_paragraphs(self, bullets: tuple[Bullet, ...], size: float, width: float) -> list[Paragraph]:
        """Return the paragraphs of *bullets* (depth-first) at top-level size *size*."""
        out: list[Paragraph] = []
        hang = round(size * 0.95, 2)

        def walk(items: tuple[Bullet, ...], level: int) -> None:
            for b in items:
                s = max(round(size * LEVEL_SCALE[level] * 2) / 2, 8.0)
                color = self.colors.accent if level == 0 else self.colors.muted
                out.append(self.para(b.text, self.text_style(s), width, level=level,
                                     space_before=round((0.55 if level == 0 else 0.25) * s, 2),
                                     margin_left=round(hang * (1 + level * 1.05), 2), indent=-round(hang * 0.85, 2),
                                     bullet=(BULLET_CHARS[level], color)))
                walk(b.bullets, level + 1)

        walk(bullets, 0)
        return out


def footer_spans(template: str, deck: Deck, number: int, count: int, section: str | None,
                 slide_title: str) -> tuple[Span, ...]:
    """Return the footer *template* filled in; the slide number stays a field PowerPoint keeps current."""
    import string

    values = {"deck.title": markup.plain(deck.title), "deck.subtitle": markup.plain(deck.subtitle or ""),
              "deck.author": deck.author or "", "deck.date": deck.date or "", "section.title": section or "",
              "slide.count": str(count), "slide.title": markup.plain(slide_title)}
    spans: list[Span] = []
    for literal, name, _spec, _conv in string.Formatter().parse(template):
        if literal:
            spans.append(Span(literal))
        if name == "slide.number":
            spans.append(Span(str(number), field="slidenum"))
        elif name is not None:
            spans.append(Span(values.get(name, "")))
    return tuple(s for s in spans if s.text)
