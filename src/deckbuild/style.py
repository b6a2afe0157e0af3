"""The style: the typed object layout reads, and the one declaration of every style key.

Each key of a style file is declared once, as a field of the typed style below (``style_keys.key``): the
field's Spec checks the key in style files, its doc is the JSON Schema's description, and the checked value
becomes the field's value. ``STYLE`` (the schema of a style file) is made from these fields, and the values
come from the built-in ``styles/default.yaml``, which sets every key. Reading style files (``extends``,
audience overrides) is ``style_loader.py``; checking merged values and making the Style is ``style_build.py``.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from deckbuild import picture_schema  # pictures (issue 19): the style's background
from deckbuild.diagnostics import Pos, did_you_mean, one_of
from deckbuild.records import field, record
from deckbuild.schema import Field, ListOf, MapOf, Record, Values
from deckbuild.schema_core import INVALID, Spec, describe
from deckbuild.schema_scalars import Boolean, Choice, Color, Length, Number, Text
from deckbuild.style_keys import group, key, record_of
from deckbuild.yamlsrc import display_path

BUILTIN_DIR = Path(__file__).parent / "styles"
SLIDE_SIZES = {"16:9": (960.0, 540.0), "4:3": (720.0, 540.0), "16:10": (864.0, 540.0)}
PAGE_SIZES = {"A4": (595.2756, 841.8898), "letter": (612.0, 792.0)}
HANDOUT_LAYOUTS = ("notes", "lines", "grid", "article")
MATH_FONTS = ("cm", "stix", "stixsans", "dejavusans", "dejavuserif")  # deckbuild.formulas.FONTSETS
BALANCES = ("top", "center", "grow")
DIVIDERS = ("always", "auto", "never")
FOOTER_FIELDS = ("deck.title", "deck.subtitle", "deck.author", "deck.date", "section.title",
                 "slide.number", "slide.count", "slide.title")
LAYOUT_KINDS = ("title", "section", "bullets", "columns", "beside", "other")  # layout.geometry.KIND_WORDS
_KIND_TO_LAYOUT = {"image": "beside", "code": "beside", "math": "beside", "table": "other", "chart": "other",
                   "timeline": "other", "quote": "other", "statement": "other"}


class SlideSize(Spec):
    doc = 'Slide size: "16:9", "4:3", "16:10" or {width: 13.333in, height: 7.5in}'

    _dims = Record("slide size", {"width": Field(Length(minimum=72, maximum=4032), required=True),
                                  "height": Field(Length(minimum=72, maximum=4032), required=True)})

    def check(self, node, ctx, label):
        if isinstance(node, yaml.MappingNode):
            dims = self._dims.check(node, ctx, label)
            return INVALID if dims is INVALID else (dims["width"], dims["height"])
        if isinstance(node, yaml.ScalarNode) and node.value in SLIDE_SIZES:
            return SLIDE_SIZES[node.value]
        raw = node.value if isinstance(node, yaml.ScalarNode) else describe(node)
        ctx.error(node, f"{label} '{raw}' is not a slide size",
                  did_you_mean(str(raw), SLIDE_SIZES) or 'use "16:9", "4:3" or {width: …, height: …}')
        return INVALID

    def json(self, defs):
        return self._json({"anyOf": [{"enum": list(SLIDE_SIZES)}, self._dims.json(defs)]})


class LayoutNames(Spec):
    """``pptx.layouts``: a template layout name for each kind of slide; an unknown kind is an error."""

    doc = "template layout names by kind of slide: " + ", ".join(LAYOUT_KINDS)

    def check(self, node, ctx, label):
        names = MapOf(Text(), key_label="slide kind").check(node, ctx, label)
        if names is INVALID:
            return INVALID
        ok = True
        for name in list(names.key_pos):
            if name in LAYOUT_KINDS:
                continue
            ok = False
            if name in _KIND_TO_LAYOUT:
                hint = f"{name} slides use the '{_KIND_TO_LAYOUT[name]}' layout: write {_KIND_TO_LAYOUT[name]}: …"
            else:
                hint = did_you_mean(name, LAYOUT_KINDS) or one_of(LAYOUT_KINDS)
            ctx.diags.error(names.key_pos[name], f"unknown slide kind '{name}' in pptx.layouts", hint)
        return names if ok else INVALID

    def json(self, defs):
        return self._json({"type": "object", "properties": {k: {"type": "string"} for k in LAYOUT_KINDS},
                           "additionalProperties": False})


SIZE = Number(minimum=4, maximum=400)  # a type size in points


@record(frozen=True, kw_only=True)
class SlideSettings:
    """The style's ``slide:`` keys: the slide size."""
    size: tuple[float, float] = key(SlideSize())


@record(frozen=True, kw_only=True)
class Fonts:
    """The style's ``fonts:`` keys: the families of titles, body text and code, and the fallbacks."""
    heading: str = key(Text(), "font family for titles")
    body: str = key(Text(), "font family for body text")
    mono: str = key(Text(), "font family for `code`")
    fallback: tuple[str, ...] = key(ListOf(Text(), single_ok=True, item_label="family"),
                                    "families tried, in order, for characters the main font lacks", default=(),
                                    convert=tuple)


@record(frozen=True, kw_only=True)
class Colors:
    """The style's ``colors:`` keys."""
    primary: str = key(Color())
    accent: str = key(Color())
    text: str = key(Color())
    background: str = key(Color())
    muted: str = key(Color())
    surface: str = key(Color())
    on_primary: str = key(Color())


@record(frozen=True, kw_only=True)
class Sizes:
    """The style's ``sizes:`` keys: type sizes in points, and the smallest fitting may shrink to."""
    title: float = key(SIZE, convert=float)
    subtitle: float = key(SIZE, convert=float)
    body: float = key(SIZE, convert=float)
    min_body: float = key(SIZE, convert=float)
    min_title: float = key(SIZE, convert=float)
    notes: float = key(SIZE, convert=float)
    footer: float = key(SIZE, convert=float)
    sources: float = key(SIZE, convert=float)  # a slide's sources line


SCALE = Number(minimum=0.1, maximum=10)  # a size as a multiple of another


@record(frozen=True, kw_only=True)
class Scales:
    """Where a kind's text starts, as a multiple of a size; it shrinks from there down to its floor."""

    cover_title: float = key(SCALE, "the title slide's title, × sizes.title (floor: sizes.min_title)")
    section_title: float = key(SCALE, "a section slide's title, × sizes.title (floor: sizes.min_title)")
    quote: float = key(SCALE, "a quote, × sizes.body (floor: sizes.min_body)")
    attribution: float = key(SCALE, "a quote's attribution, × the quote's size …")
    min_attribution: float = key(SCALE, "… and never below this × sizes.min_body")
    statement: float = key(SCALE, "a statement, × sizes.body (floor: sizes.min_body)")
    table: float = key(SCALE, "table text, × sizes.body (floor: sizes.min_body)")
    timeline: float = key(SCALE, "timeline text, × sizes.body (floor: sizes.min_body)")
    math: float = key(SCALE, "display formulas, × sizes.body (floor: sizes.min_body)")
    grow: float = key(SCALE, "with body.balance: grow, the largest sparse bullets get, × sizes.body")


@record(frozen=True, kw_only=True)
class Handout:
    """The style's ``handout:`` keys: page size, layout, margins, and what the handout shows."""
    page: str = key(Choice(tuple(PAGE_SIZES)), "paper size: A4 or letter")
    layout: str = key(Choice(HANDOUT_LAYOUTS), "notes, lines, grid or article")
    margins: float = key(Length(minimum=0, maximum=144), "page margins, e.g. 18mm")
    notes: bool = key(Boolean(), "print speaker notes")
    details: bool = key(Boolean(), "print slide details")

    @property
    def page_size(self) -> tuple[float, float]:
        """Return the paper's width and height in points."""
        return PAGE_SIZES[self.page]


def _token_colors(colors: dict) -> tuple[tuple[str, str], ...]:
    """Return code.colors as sorted (token type in lower case, RRGGBB) pairs."""
    return tuple(sorted((k.lower(), v) for k, v in colors.items()))


@record(frozen=True, kw_only=True)
class CodeStyle:
    """The style's ``code:`` keys: the highlighting theme and colours, line numbers and type sizes."""
    theme: str = key(Text(), "a Pygments style for token colours: default, friendly, xcode, vs, tango…")
    colors: tuple[tuple[str, str], ...] = key(
        MapOf(Color(), key_label="token type"),
        "token type → colour, over the theme's: {keyword: \"#1F3B5B\", comment: \"#6B7280\"}", default=(),
        convert=_token_colors)
    text: str = key(Color(), "colour of code the theme leaves uncoloured")
    background: str = key(Color(), "fill behind a listing")
    line_numbers: str = key(Color(), "colour of line numbers")
    highlight: str = key(Color(), "band behind highlighted lines")
    size: float = key(SIZE, "type size of listings (they shrink to code.min_size)")
    min_size: float = key(SIZE, "smallest type size of listings; longer lines wrap with a mark, and listings "
                                "continue on the next slide")


@record(frozen=True, kw_only=True)
class BodySettings:
    """The style's ``body:`` keys."""
    balance: str = key(Choice(BALANCES), "sparse slide bodies: top (as set), center (centred in the body area) or "
                                         "grow (larger type, up to scale.grow × sizes.body, then centred)")


@record(frozen=True, kw_only=True)
class SectionSettings:
    """The style's ``sections:`` keys: when a section opens with a divider slide."""
    divider: str = key(Choice(DIVIDERS), "section divider slides: always, auto (not for a section with one slide) "
                                         "or never")


@record(frozen=True, kw_only=True)
class MathStyle:
    """The style's ``math:`` keys: the formulas' font set and colour."""
    font: str = key(Choice(MATH_FONTS), "math font: cm (LaTeX's Computer Modern), stix, stixsans, dejavusans or "
                                        "dejavuserif")
    color: str | None = key(Color(), "colour of display formulas (default: colors.text)", default=None)


@record(frozen=True, kw_only=True)
class PptxSettings:
    """The style's ``pptx:`` keys: the template and the layouts of its slides used for each kind."""
    template: Path | None = key(Text(), "PowerPoint template (.pptx), relative to the style file", default=None)
    layouts: dict[str, str] = key(LayoutNames(), "a template layout by name for a kind of slide: "
                                  + ", ".join(LAYOUT_KINDS), default_factory=dict, convert=dict)


@record(frozen=True, kw_only=True)
class Style:
    """A whole style, every key checked and defaults filled in, with where each key was written."""
    name: str
    extends: str | None = key(Text(), "style to inherit from: a built-in name or a path", default=None)
    slide: SlideSettings = group(SlideSettings, "slide settings")
    fonts: Fonts = group(Fonts, "fonts")
    colors: Colors = group(Colors, "colors")
    sizes: Sizes = group(Sizes, "sizes")
    scale: Scales = group(Scales, "where a kind's text starts, as a multiple of a size")
    footer: str = key(Text(allow_empty=True), "footer text; fields: " + ", ".join("{%s}" % f for f in FOOTER_FIELDS))
    logo: Path | None = key(Text(), "image shown on every slide, relative to the style file", default=None,
                            convert=Path)
    background: object = key(picture_schema.STYLE_BACKGROUND, default=None)  # a model.Image behind every slide
    handout: Handout = group(Handout, "handout settings", ref="handout")
    code: CodeStyle = group(CodeStyle, "code settings")
    body: BodySettings = group(BodySettings, "body settings")
    sections: SectionSettings = group(SectionSettings, "section settings")
    math: MathStyle = group(MathStyle, "math settings")
    pptx: PptxSettings = group(PptxSettings, "pptx settings", default_factory=PptxSettings)
    positions: Values | None = field(default=None, compare=False, repr=False)
    files: tuple[Path, ...] = ()  # the style files read, most general first
    template_info: object = field(default=None, compare=False, repr=False)  # template.TemplateInfo

    @property
    def width(self) -> float:
        """Return the slide width in points."""
        return self.slide.size[0]

    @property
    def height(self) -> float:
        """Return the slide height in points."""
        return self.slide.size[1]

    @property
    def template(self) -> Path | None:
        """Return the PowerPoint template the deck is drawn on, if any."""
        return self.pptx.template

    @property
    def layouts(self) -> dict[str, str]:
        """Return the template layout named for each kind of slide (pptx.layouts)."""
        return self.pptx.layouts

    @property
    def balance(self) -> str:
        """Return body.balance: top, center or grow."""
        return self.body.balance

    @property
    def divider(self) -> str:
        """Return sections.divider: always, auto or never."""
        return self.sections.divider

    def pos(self, *keys: str) -> Pos:
        """Return where the style value at *keys* (e.g. "sizes", "body") was set."""
        values = self.positions
        for name in keys[:-1]:
            values = values.get(name) if values is not None else None
        return values.at(keys[-1]) if isinstance(values, Values) else Pos("<style>", 1, 1)


STYLE = record_of(Style, "style", ref="style")
"""The schema of a style file, made from the typed Style's fields."""
HANDOUT = STYLE.fields["handout"].spec
"""The schema of handout settings (a style's, and an audience's in deck.yaml)."""


def builtin_styles() -> list[str]:
    """Return the names of the styles that ship with deckbuild."""
    return sorted(p.stem for p in BUILTIN_DIR.glob("*.yaml"))


def is_builtin(pos: Pos) -> bool:
    """Return True when *pos* is in one of deckbuild's own style files (a default, not the user's)."""
    return pos.path.startswith(str(BUILTIN_DIR)) or pos.path.startswith(display_path(BUILTIN_DIR))
