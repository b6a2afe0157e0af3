"""The layout's output: positioned boxes in points, top-left origin, y growing downwards.

Painters draw exactly these; they decide nothing about position, size or line breaks.
"""

from __future__ import annotations

from deckbuild.diagnostics import Pos
from deckbuild.fonts import Face
from deckbuild.records import field, record

FORMAT = 5  # 5: chart strokes, markers, bar gap and label look on the ChartBox, line widths of slices and table rules; bump when a box gains or loses a field: layouts kept by earlier builds are then not reused


@record(frozen=True, slots=True)
class Run:
    """A piece of a paragraph in one font face (fallback faces split runs)."""

    text: str
    face: Face
    size: float
    color: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    link: str | None = None
    field: str | None = None
    east_asian: bool = False
    underline: bool = False
    family: str | None = None  # the family to name in the deck when it differs from the face measured with
    math: "InlineMath | None" = None  # an inline formula: the run holds one placeholder character its width wide

    @property
    def typeface(self) -> str:
        return self.family or self.face.family


@record(frozen=True, slots=True)
class InlineMath:
    """A formula set in a line of text: its outlines (formulas.Shape) at *size* points, *width* wide."""

    shape: object
    size: float
    width: float


@record(frozen=True, slots=True)
class Formula:
    """A formula drawn in the box (x, y, w, h) that holds its ink; its baseline starts at (ox, oy).

    The PDF painter fills its outlines; the PPTX painter shows it as a picture with the LaTeX as alt text.
    *owner* is (index of the text frame among the page's boxes, paragraph index) for a formula set inside
    a paragraph (it appears with that paragraph when bullets are revealed one by one).
    """

    x: float
    y: float
    w: float
    h: float
    ox: float
    oy: float
    shape: object  # formulas.Shape
    size: float
    color: str
    owner: tuple[int, int] | None = None

    @property
    def latex(self) -> str:
        return self.shape.latex


@record(frozen=True, slots=True)
class Fragment:
    """A run's text on one line, at *x* points from the frame's left edge."""

    text: str
    run: Run
    x: float
    width: float
    rtl: bool = False  # drawn right to left (an odd bidi level): its text stays in logical order


@record(frozen=True, slots=True)
class Line:
    """One line of a paragraph: its fragments in drawing order, its baseline and its width."""
    frags: tuple[Fragment, ...]
    baseline: float  # from the paragraph's top
    width: float


@record(frozen=True, slots=True)
class Marker:
    """A paragraph's bullet character, drawn at *x* on the first line's baseline."""

    char: str
    face: Face
    size: float
    color: str
    x: float


@record(frozen=True, slots=True)
class Paragraph:
    """A paragraph set in lines: its runs, wrapped lines, level, marker and spacing (baselines relative to its top)."""
    runs: tuple[Run, ...]
    lines: tuple[Line, ...]
    level: int
    size: float
    line_height: float
    space_before: float
    margin_left: float
    indent: float
    align: str = "l"  # l, ctr, r
    marker: Marker | None = None
    top: float = 0.0  # from the frame's top, after space_before; line baselines are relative to it
    lang: str | None = None  # BCP 47, when not the slide's (a bullet's own lang:)
    rtl: bool = False  # a right-to-left paragraph (its first strong character is Arabic, Hebrew…)
    # its element in the tagged handout, when the layout says (else its frame's role does): "H1" or "H2", a
    # section's or a slide's title; "P", a slide's label. A slide's label and title drawn after its
    # miniature are read before it (render/pdf_tags.py)
    tag: str = ""

    @property
    def height(self) -> float:
        return self.line_height * len(self.lines)


@record(frozen=True, slots=True)
class TextFrame:
    """A box of paragraphs at (x, y) of size (w, h), with the role it plays on the slide and how its text is
    anchored."""

    x: float
    y: float
    w: float
    h: float
    paragraphs: tuple[Paragraph, ...]
    role: str  # title, subtitle, body, footer, label, notes…
    anchor: str = "t"  # t, ctr, b
    placeholder: str | None = None  # title, ctrTitle, subTitle, body, ftr, dt…
    content_height: float = 0.0
    rotation: float = 0.0  # degrees clockwise about the frame's centre, as DrawingML turns shapes (chart labels)

    @property
    def fits(self) -> bool:
        return self.content_height <= self.h + 0.5


@record(frozen=True, slots=True)
class Rect:
    """A filled and/or outlined shape: ``rect``, ``ellipse`` or ``roundRect``."""

    x: float
    y: float
    w: float
    h: float
    fill: str | None
    line: str | None = None
    line_width: float = 0.0
    name: str = "Rectangle"
    geom: str = "rect"


@record(frozen=True, slots=True)
class Picture:
    """A picture drawn into the box (x, y, w, h): its file, alternative text, crop, or marked decorative."""
    x: float
    y: float
    w: float
    h: float
    path: object  # pathlib.Path of a PNG, JPEG, GIF, WebP or SVG file
    alt: str = ""
    name: str = "Picture"
    decorative: bool = False  # an ornament: screen readers skip it
    crop: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)  # fractions cut off left, top, right, bottom


@record(frozen=True, slots=True)
class Artwork:
    """A picture of the template's master or layout, which the deck's slides show through their layout: the
    handout draws it (from *part* of the template package at *source*), the deck's painter does not."""

    x: float
    y: float
    w: float
    h: float
    source: object  # pathlib.Path of the template
    part: str


@record(frozen=True, slots=True)
class Polyline:
    """A line through *points*, in one colour and width (a line chart's series)."""
    points: tuple[tuple[float, float], ...]
    color: str
    width: float = 2.0


@record(frozen=True, slots=True)
class Wedge:
    """A pie slice: centre, radius, start angle and sweep in degrees (counter-clockwise from 3 o'clock)."""

    cx: float
    cy: float
    r: float
    start: float
    extent: float
    fill: str
    line: str | None = None
    line_width: float = 1.5  # of the line between slices


@record(frozen=True, slots=True)
class Cell:
    """A table cell: its text frame is positioned in slide coordinates."""

    frame: "TextFrame"
    fill: str | None
    margin: float


@record(frozen=True, slots=True)
class TableBox:
    """A real table: column widths, row heights and cells (rows of cells, header first)."""

    x: float
    y: float
    w: float
    h: float
    widths: tuple[float, ...]
    heights: tuple[float, ...]
    cells: tuple[tuple[Cell, ...], ...]
    header: bool = True
    line: str = "FFFFFF"
    line_width: float = 1.0  # of the rules around every cell


@record(frozen=True, slots=True)
class ChartBox:
    """A chart: the data for a native PowerPoint chart, and the same chart as vector boxes for the PDF."""

    x: float
    y: float
    w: float
    h: float
    type: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...]], ...]
    colors: tuple[str, ...]
    font: str
    font_size: float
    text_color: str
    drawing: tuple = ()  # the chart as vector boxes: what the PDF and HTML painters draw
    alt: str = ""  # what the chart shows, in words (the user's, or made from the data)
    # what the PowerPoint painter writes, decided with the drawing so both outputs show the same chart
    grid_color: str = "D1D5DB"
    axis_color: str = "6B7280"
    grid_width: float = 0.75  # the value axis' gridlines
    axis_width: float = 1.0  # the category axis (the line at zero)
    line_width: float = 2.25  # a line chart's series
    marker_size: float = 8.0  # a line chart's round markers, across (points)
    bar_gap: int = 43  # the gap between groups of bars, in per cent of one bar (DrawingML gapWidth)
    bar_overlap: int = 0  # how far a group's bars overlap, in per cent of one bar (negative: a gap between them)
    tick_marks: bool = False  # the category axis has tick marks between categories (the drawing has none)
    slice_line: str | None = None  # the line between a pie's slices (None: none)
    slice_line_width: float = 0.0
    axis: tuple[float, float, float] | None = None  # value axis: minimum, maximum, major unit
    tick_format: str = "General"  # Excel number format of the value axis' tick labels
    label_format: str = "General"  # Excel number format of the data labels
    data_labels: bool = False
    label_positions: tuple[str, ...] = ()  # dLblPos: one for all series, or one per pie slice
    label_colors: tuple[str, ...] = ()  # a pie's label colour per slice (black or white, whichever reads)
    label_bold: bool = False
    label_shows: str = "value"  # what a data label says: "value", or "percent" (a slice's share of the whole)
    legend: str | None = None  # legendPos ("b", "r") or no legend
    legend_box: tuple[float, float, float, float] | None = None  # where the legend is, in slide points
    plot: tuple[float, float, float, float] | None = None  # the plot area (inside the axes), in slide points
    category_skip: int = 1  # every n-th category label is shown
    category_rotation: float = 0.0  # category labels turned (degrees clockwise; -90 reads upwards)
    bottom_up: bool = False  # categories are given to PowerPoint last first (a bar chart's first is on top)


@record(frozen=True, slots=True)
class Rule:
    """A straight line from (x1, y1) to (x2, y2), in one colour and width."""
    x1: float
    y1: float
    x2: float
    y2: float
    color: str
    width: float = 0.75


@record(frozen=True)
class SlidePage:
    """One slide, laid out: what both the deck and the handout miniature draw."""

    number: int
    kind: str
    title: str
    width: float
    height: float
    background: str
    boxes: tuple
    own_background: bool = False  # the slide paints its background itself (not the master's): the deck says so
    notes: str | None = None
    details: str | None = None
    section: str | None = None
    pos: Pos | None = None
    continued: int = 0  # 0 for the first slide of a split slide, 1, 2… for continuations
    sources: tuple[str, ...] = ()  # ids of the sources the slide cites, in citation order
    media: tuple[str, ...] = ("deck", "handout")  # where the slide appears
    extra: tuple = ()  # Bullets marked `in: [handout]`: printed beside the miniature, not on the slide
    printed: object = None  # the content slide as the handout prints it (model.Slide, its media split by
    # audience selection); None for the title and section slides
    template_layout: str | None = None  # the PowerPoint slide layout it is built on (chosen by the layout stage)
    reveal: bool = False  # its body's top-level bullets appear one click at a time (in the deck)
    underlay: tuple = ()  # drawn first, in the handout only: the template's background and art (Rect, Artwork)
    lang: str = "en"  # BCP 47 language of the slide's text (a paragraph's own lang wins)

    @property
    def in_deck(self) -> bool:
        return "deck" in self.media

    @property
    def in_handout(self) -> bool:
        return "handout" in self.media


@record(frozen=True, slots=True)
class Miniature:
    """A slide drawn scaled into a handout page."""

    x: float
    y: float
    w: float
    h: float
    slide: SlidePage
    border: str = "6B7280"


@record(frozen=True)
class HandoutPage:
    """One page of the handout: its number, size, boxes, the bookmarks that point at it and its key."""
    number: int
    width: float
    height: float
    boxes: tuple
    bookmarks: tuple = field(default_factory=tuple)  # (title, level, y) for the PDF outline
    key: str | None = field(default=None, compare=False)  # what it is made from (layout/handout/page_keys.py)
