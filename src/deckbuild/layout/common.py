"""Laying out slides: one function per slide kind, each returning positioned boxes.

All geometry derives from the style (slide size, sizes, colours); text is wrapped and fitted here
with real font metrics, so the deck and the handout show the same lines.
"""

from __future__ import annotations

from deckbuild.diagnostics import Diagnostics, Pos
from deckbuild.layout.box_new import new_rect
from deckbuild.layout.boxes import Paragraph, Rect, TextFrame
from deckbuild.layout.fit import fit_frame, size_steps
from deckbuild.layout.numbered import footer_spans, numbered_paragraph
from deckbuild.layout.paragraphs import BODY_SPACING, TextComposer
from deckbuild.layout.sources import by_number, citation_numbers, number_list, short_source, slide_sources
from deckbuild.layout.geometry import BUILTIN_LAYOUTS, TITLE_ONLY, Frames, choose, slide_kind, template_frames
from deckbuild.records import record
from deckbuild.template_info import Box
from deckbuild.layout.text import Typesetter, stack
from deckbuild.markup import Span
from deckbuild.model import Deck
from deckbuild.style import Style

TITLE_SPACING = 1.08
TITLE_LINES = 2  # a title shrinks rather than take a third line


@record(frozen=True)
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


@record
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
    sources: tuple[str, ...] = ()
    media: tuple[str, ...] = ("deck", "handout")
    extra: tuple = ()  # bullets printed in the handout only
    model: object = None  # the Slide or Section this draft shows
    frames: Frames | None = None  # where its title and footer go, and on which layout


@record
class Chrome:
    """The fixed parts of a content slide and the area left for its content."""

    boxes: list
    x: float
    y: float
    w: float
    h: float
    frames: Frames | None = None
    bodies: tuple[Box, ...] = ()  # the layout's content placeholders, moved down with the content


def continued_title(title: str, part: int, parts: int) -> str:
    """Return the title of part *part* (1-based) of a slide split into *parts*: "Title (cont. 2/3)".

    Numbered, so that every continuation has a title of its own (screen readers list slides by title).
    """
    return title if part == 1 else f"{title} (cont. {part}/{parts})"


class Pages:
    """Content split over a slide and its continuations: the chrome of the first and of the others."""

    def __init__(self, L: "SlideComposer", slide, first: int):
        self.L, self.slide, self.first = L, slide, first
        self.sources = slide_sources(slide)
        beside = bool(slide.bullets) and slide.kind not in ("bullets", "columns")
        self.frames = L.frames(slide_kind(slide.kind, len(slide.columns), beside))
        self.chromes = [L.chrome(slide.title, slide.pos, first, self.sources, self.frames)]

    def height(self, parts: int) -> float:
        """Return the content height every part can rely on when there are *parts* slides."""
        if parts > 1 and len(self.chromes) == 1:
            # measured with the widest numbering ("00/00" is as wide as any: digits share one width)
            self.chromes.append(self.L.chrome(continued_title(self.slide.title, 99, 99).replace("99", "00"),
                                              self.slide.pos, self.first + 1, self.sources, self.frames))
        return min(c.h for c in self.chromes[:parts])

    def chrome(self, k: int) -> Chrome:
        return self.chromes[min(k, len(self.chromes) - 1)]

    def drafts(self, kind: str, section, bodies: list[list]) -> list["Draft"]:
        """Return one draft per part, each with its chrome and its content boxes."""
        slide = self.slide
        n = len(bodies)
        titles = [continued_title(slide.title, k + 1, n) for k in range(n)]
        chromes = [self.chrome(0)] + [self.L.chrome(titles[k], slide.pos, self.first + k, self.sources, self.frames)
                                      for k in range(1, n)]
        return [Draft(kind=kind, title=titles[k], boxes=chromes[k].boxes + body,
                      pos=slide.pos, notes=slide.notes if k == 0 else None,
                      details=slide.details if k == 0 else None, section=section.title, continued=k,
                      sources=self.sources, frames=self.frames)
                for k, body in enumerate(bodies)]


class SlideComposer(TextComposer):
    """Lays out the slides of one deck for one style; collects layout diagnostics."""

    def __init__(self, deck: Deck, style: Style, setter: Typesetter, diags: Diagnostics):
        self.deck, self.style, self.setter, self.diags = deck, style, setter, diags
        self.grid = grid_for(style)
        self.colors = style.colors
        self.sizes = style.sizes
        self.number = 1  # the number the next slide will get
        self.cites: dict[str, int] = citation_numbers(deck)
        self._frames: dict[str, Frames] = {}
        self._cramped: set[Pos] = set()  # slides already reported for a title that leaves no room
        self._footers: dict = {}  # footers set so far, to give other slide numbers (layout/numbered.py)
        self._footer_faces: dict = {}  # (family, bold, italic, template) → whether it draws the deck's footer text (but titles)

    def frames(self, kind: str) -> Frames:
        """Return the frames of geometry *kind* (see geometry.slide_kind): from the template when there is one
        (warning once when it lacks what the kind wants), else from the style's grid."""
        if kind not in self._frames:
            g = self.grid
            builtin = Frames(BUILTIN_LAYOUTS.get(kind, TITLE_ONLY), Box(g.margin, g.title_top, g.inner_w, g.title_h),
                             Box(g.margin, g.body_top, g.inner_w, g.body_h), (), None,
                             Box(g.margin, g.footer_y, g.inner_w, g.footer_h), True)
            info = self.style.template_info
            if info is None:
                self._frames[kind] = builtin
            else:
                choice = choose(info, kind, self.style.layouts)
                if not choice.exact:
                    self.diags.warning(self.style.pos("pptx", "template"), f"template: {choice.note}",
                                       "add a suitable layout to the template, or name one under pptx.layouts")
                self._frames[kind] = template_frames(info, choice, builtin)
        return self._frames[kind]

    fit = staticmethod(fit_frame)  # text in one frame, shrunk to fit: see layout/fit.py

    # -- common pieces ------------------------------------------------------------------------------

    def title(self, text: str, pos: Pos, *, number: int, color: str | None = None,
              frames: Frames | None = None) -> tuple[TextFrame, float]:
        """Return the slide title's frame and how far it pushes the content down (0 unless it is very long).

        A title wraps to two lines, then shrinks to ``sizes.min_title`` (never further, and never to more than
        TITLE_LINES lines while it shrinks); a title still too long takes room
        from the top margin and then from the content below, with a warning — it never overflows.
        """
        box = (frames or self.frames("bullets")).title
        fit = self.fit(lambda s: [self.para(text, self.text_style(s, heading=True, bold=True, spacing=TITLE_SPACING,
                                                                 color=color or self.colors.primary), box.w)],
                       size_steps(self.sizes.title, self.sizes.min_title, 2), box.x, box.y, box.w, box.h,
                       role="title", anchor="b", placeholder="title", max_lines=TITLE_LINES)
        frame, push = fit.frame, 0.0
        if not fit.fits:
            self.diags.warning(pos, f"slide {number}: the title does not fit in {TITLE_LINES} lines even at "
                               f"{self.sizes.min_title:g}pt (min_title); it takes room from the slide's content",
                               "shorten the title")
            top = min(box.y, round(self.grid.height * 0.025, 2))
            bottom = box.y + box.h
            push = max(0.0, top + frame.content_height - bottom)
            frame = stack(fit.paragraphs, box.x, top, box.w, bottom + push - top, role="title",
                          anchor="b", placeholder="title")
        elif fit.shrunk:
            self.diags.warning(pos, f"slide {number}: title shrunk from {self.sizes.title:g}pt to {fit.size:g}pt "
                               "to fit", "shorten the title to keep the style's size")
        return frame, push

    def rule(self, y: float, color: str | None = None, x: float | None = None) -> Rect:
        return new_rect(self.grid.margin if x is None else x, y, 64, 3.5, fill=color or self.colors.accent,
                        name="Accent")

    def footer(self, number: int, count: int, section: str | None, slide_title: str,
               color: str | None = None, frames: Frames | None = None) -> TextFrame | None:
        """Return the slide's footer, set now (None: the style or the layout has none)."""
        return self.footer_maker(number, count, section, slide_title, color, frames)()

    def footer_maker(self, number: int, count: int, section: str | None, slide_title: str,
                     color: str | None = None, frames: Frames | None = None):
        """Return a function returning the slide's footer (None: it has none), set when first called: a slide read
        back from the layout cache whose boxes no painter needs never sets it. It is set now (and the function
        returns it) when its face lacks a character of its text: setting it reports that character, which must
        happen before the layout's warnings are made."""
        template = self.style.footer
        box = (frames or self.frames("bullets")).footer  # (a template's missing layout is reported now)
        if not template.strip() or box is None:
            return _no_footer
        ts = self.text_style(self.sizes.footer, color=color or self.colors.muted, spacing=1.2, align="r")
        face = self.setter.face(ts.family, ts.bold, ts.italic)  # (a family not installed is noted now)

        def footer(spans: tuple[Span, ...] | None = None) -> TextFrame:
            spans = spans or footer_spans(template, self.deck, number, count, section, slide_title)
            p = numbered_paragraph(self.setter, spans, ts, box.w, self._footers)
            return stack([p], box.x, box.y, box.w, max(box.h, p.height), role="footer", anchor="b",
                         placeholder="ftr")

        if self._draws_deck_footer(ts, face, template) and face.covers_all(section or "") \
                and face.covers_all(slide_title):
            return footer  # (the footer's text is made of these texts' characters, digits and spaces)
        spans = footer_spans(template, self.deck, number, count, section, slide_title)
        if all(face.covers_all(span.text) for span in spans):
            return lambda: footer(spans)
        frame = footer(spans)
        return lambda: frame

    def _draws_deck_footer(self, ts, face, template: str) -> bool:
        """Return True when *face* (of the footer's text style *ts*) draws every character of the footer *template*,
        of what its fields print of the deck, of the digits and of a space (worked out once per face and template)."""
        key = (ts.family, ts.bold, ts.italic, template)
        known = self._footer_faces.get(key)
        if known is None:
            deck = self.deck
            known = self._footer_faces[key] = face.covers_all(
                f"{template}{deck.title}{deck.subtitle or ''}{deck.author or ''}{deck.date or ''}0123456789 ")
        return known

    def source_line(self, sources: tuple[str, ...], width: float) -> Paragraph:
        """Return the one-line paragraph naming *sources* in number order: short names when they fit on one
        line at ``sizes.sources``, else the numbers only (the full entries are in the notes and the handout)."""
        ts = self.text_style(self.sizes.sources, color=self.colors.muted, spacing=1.2)
        ids = by_number(sources, self.cites)
        label = "Sources" if len(ids) > 1 else "Source"
        names = [short_source(self.deck.sources[s]) for s in ids]
        if all(names):
            p = self.para(f"{label}: " + "; ".join(f"[{self.cites[s]}] {n}" for s, n in zip(ids, names)), ts, width)
            if len(p.lines) == 1:
                return p
        numbers = number_list(ids, self.cites)
        p = self.para(f"{label}: {numbers} — full entries in the notes and the handout", ts, width)
        return p if len(p.lines) == 1 else self.para(f"{label}: {numbers}", ts, width)

    def chrome(self, title: str, pos: Pos, number: int, sources: tuple[str, ...],
               frames: Frames | None = None) -> "Chrome":
        """Return a content slide's title, accent rule and source line, and the free content area."""
        frames = frames or self.frames("bullets")
        frame, push = self.title(title, pos, number=number, frames=frames)
        boxes = [frame]
        if frames.decorate:
            boxes.append(self.rule(self.grid.rule_y + push, x=frames.title.x))
        area = frames.content
        bottom = area.y + area.h
        if sources:
            p = self.source_line(sources, area.w * 0.9)
            floor = frames.footer.y if frames.footer else self.grid.height - self.grid.height * 0.03
            top = floor - p.height - 4
            boxes.append(stack([p], area.x, top, area.w * 0.9, p.height, role="sources"))
            bottom = min(bottom, top - 8)
        y = area.y + push
        if bottom - y < self.sizes.min_body * BODY_SPACING and pos not in self._cramped:
            self._cramped.add(pos)
            self.diags.error(pos, f"slide {number}: the title leaves {max(bottom - y, 0):.0f}pt for the slide's "
                             f"content, less than one line at min_body {self.sizes.min_body:g}pt",
                             "shorten the title, or make sizes.min_title smaller")
        bodies = tuple(Box(b.x, b.y + push, b.w, min(b.h, bottom - b.y) - push) for b in frames.bodies)
        return Chrome(boxes, area.x, y, area.w, bottom - y, frames, bodies)

    bullet_paragraphs = TextComposer.bullets  # bullets at slide sizes: see layout/paragraphs.py




def _no_footer() -> None:
    return None
