"""The content model: what a deck says, independent of how it is drawn.

Every node remembers where it was written (``pos``) so that any later stage can point at it.
"""

from __future__ import annotations

from pathlib import Path

from deckbuild.diagnostics import Pos
from deckbuild.records import field, record

SLIDE_KINDS = ("bullets", "columns", "quote", "image", "table", "chart", "timeline", "statement", "code",
               "math", "images")
KIND_FIELDS = SLIDE_KINDS[1:]  # the field that gives a slide each kind but bullets
BESIDE_BULLETS = ("image", "code", "math", "images")  # kinds that show bullets beside their content
MEDIA = ("deck", "handout")
MAX_BULLET_DEPTH = 4

NOWHERE = Pos("<deckbuild>", 1, 1)


@record(frozen=True)
class Visibility:
    """Who sees an element: ``only``/``skip`` audiences and ``in`` media (deck, handout)."""

    only: tuple[str, ...] | None = None
    skip: tuple[str, ...] = ()
    media: tuple[str, ...] | None = None

    def for_audience(self, audience: str | None) -> bool:
        """Return True when the element is shown to *audience* (None: the unrestricted build)."""
        if self.only is not None and audience not in self.only:
            return False
        return audience not in self.skip

    def in_medium(self, medium: str) -> bool:
        return self.media is None or medium in self.media


EVERYONE = Visibility()


@record(frozen=True)
class Source:
    """A source the deck cites: its id, title, publisher, author, address, date and note."""

    id: str
    title: str
    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    date: str | None = None
    note: str | None = None
    pos: Pos = NOWHERE


@record(frozen=True)
class Bullet:
    """A bullet: its text, the bullets under it, the sources it cites and who sees it."""

    text: str
    bullets: tuple["Bullet", ...] = ()
    sources: tuple[str, ...] = ()
    vis: Visibility = EVERYONE
    pos: Pos = NOWHERE
    lang: str | None = None  # BCP 47; None: the slide's


@record(frozen=True)
class Column:
    """One column of a two-column slide: its title and bullets."""

    title: str | None
    bullets: tuple[Bullet, ...]
    pos: Pos = NOWHERE


@record(frozen=True)
class Quote:
    """A quotation and who said it."""

    text: str
    by: str | None = None
    pos: Pos = NOWHERE


@record(frozen=True)
class Image:
    """A picture on a slide: its file, alternative text, caption, size and how it fits its box."""

    path: Path
    alt: str | None = None
    caption: str | None = None
    width: int = 1  # pixels, read from the file's header when the outline is loaded
    height: int = 1
    pos: Pos = NOWHERE
    decorative: bool = False  # an ornament: marked decorative in the deck, an Artifact in the handout
    # pictures (issue 19): the size asked for, as (value, "%" of the content area or "pt"), and how it fills it
    box_w: tuple[float, str] | None = None
    box_h: tuple[float, str] | None = None
    fit: str = "contain"  # contain: all of it, aspect kept; cover: fills the box, cropped around `focus`
    focus: tuple[float, float] = (0.5, 0.5)  # the point kept in view when cropping (0–1 from left, top)


@record(frozen=True)
class Background:
    """A slide's background: a colour (RRGGBB), or a picture filling the slide (contain or cover)."""

    color: str | None = None
    image: Image | None = None
    pos: Pos = NOWHERE


@record(frozen=True)
class Table:
    """A table: its column headings and rows of cells."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    pos: Pos = NOWHERE


@record(frozen=True)
class Series:
    """One series of a chart: its name and one value per category."""

    name: str
    values: tuple[float, ...]


@record(frozen=True)
class Chart:
    """A chart: its type, categories, series and alternative text."""

    type: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    pos: Pos = NOWHERE
    alt: str | None = None  # the user's alt text; None: made from the data (deckbuild.a11y_text)


@record(frozen=True)
class Event:
    """One event of a timeline: its date and text."""

    date: str
    text: str
    pos: Pos = NOWHERE


@record(frozen=True)
class Code:
    """A listing: its text (tabs expanded, no trailing blank lines), a Pygments lexer name, and options."""

    text: str
    lang: str = "text"
    line_numbers: bool = False
    highlight: tuple[int, ...] = ()  # line numbers (1-based) drawn on a highlight band
    pos: Pos = NOWHERE

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")


@record(frozen=True)
class Shown:
    """A slide as each medium shows it (``in: [deck]`` / ``in: [handout]`` applied), made by audience selection
    before layout."""

    media: tuple[str, ...]  # where the slide appears: its own and its section's `in:`
    deck: Slide  # as projected: bullets marked for the handout only left out
    handout: Slide  # as printed in the handout: bullets marked for the deck only left out
    extra: tuple[Bullet, ...] = ()  # the bullets marked for the handout only, printed beside the miniature


@record(frozen=True)
class Slide:
    """A slide as written: its title, kind, content, notes, sources and who sees it."""

    title: str
    kind: str = "bullets"
    bullets: tuple[Bullet, ...] = ()
    columns: tuple[Column, ...] = ()
    quote: Quote | None = None
    image: Image | None = None
    table: Table | None = None
    chart: Chart | None = None
    timeline: tuple[Event, ...] = ()
    statement: str | None = None
    code: Code | None = None
    math: tuple[str, ...] = ()  # display formulas, LaTeX without $
    images: tuple[Image, ...] = ()  # 2–6 pictures shown as a grid
    background: Background | None = None
    notes: str | None = None
    details: str | None = None
    sources: tuple[str, ...] = ()
    vis: Visibility = EVERYONE
    variants: dict[str, dict] = field(default_factory=dict)
    pos: Pos = NOWHERE
    reveal: bool | None = None  # top-level bullets appear one click at a time; None: the deck's choice
    lang: str | None = None  # BCP 47; None: the deck's
    shown: Shown | None = None  # the media split, made by audience.select (None before selection)


@record(frozen=True)
class Section:
    """A section file's content: its title, slides, summary, notes and sources."""

    title: str
    slides: tuple[Slide, ...] = ()
    summary: str | None = None
    notes: str | None = None
    sources: tuple[str, ...] = ()
    vis: Visibility = EVERYONE
    pos: Pos = NOWHERE
    digest: str = ""  # hash of the file the section was read from: per-slide layouts are kept by it
    media: tuple[str, ...] = MEDIA  # where its header slide appears: set by audience.select from its `in:`


@record(frozen=True)
class Audience:
    """An audience the deck is built for: its name, description, handout layout, style and language."""

    name: str
    description: str | None = None
    handout: dict = field(default_factory=dict)
    style: dict = field(default_factory=dict)
    pos: Pos = NOWHERE
    lang: str | None = None  # BCP 47: the deck's language for this audience


@record(frozen=True)
class Deck:
    """A whole deck: its facts, sources, audiences and sections, as loaded and checked."""

    name: str
    title: str
    path: Path
    subtitle: str | None = None
    author: str | None = None
    date: str | None = None
    style: str | None = None
    style_pos: Pos = NOWHERE
    sources: dict[str, Source] = field(default_factory=dict)
    audiences: dict[str, Audience] = field(default_factory=dict)
    sections: tuple[Section, ...] = ()
    audience: str | None = None
    pos: Pos = NOWHERE
    files: tuple[Path, ...] = ()  # every file the deck was read from: YAML files and images, resolved
    reveal: bool = False  # the default of slides' `reveal:`
    lang: str = "en"  # BCP 47 language of the deck (deckbuild.lang)

    @property
    def base_dir(self) -> Path:
        return self.path.parent
