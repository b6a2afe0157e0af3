"""Style configs: one file, read by both outputs.

A style file may ``extends`` another (a built-in name or a path); every style ultimately extends
the built-in ``default``, which sets every value. Files are checked with the same schema
machinery as outlines, so a wrong key in a style is reported with its line and column.
"""

from __future__ import annotations

import os
import string
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from deckbuild.diagnostics import Diagnostics, Pos, did_you_mean, one_of
from deckbuild.paths import ReadScope, real_path
from deckbuild.schema import (INVALID, Boolean, Choice, Color, Ctx, Field, Length, ListOf, MapOf, Number,
                              Record, Spec, Text, Values, describe)
from deckbuild import picture_schema  # pictures (issue 19): the style's background
from deckbuild.yamlsrc import display_path, read_yaml

BUILTIN_DIR = Path(__file__).parent / "styles"
SLIDE_SIZES = {"16:9": (960.0, 540.0), "4:3": (720.0, 540.0), "16:10": (864.0, 540.0)}
PAGE_SIZES = {"A4": (595.2756, 841.8898), "letter": (612.0, 792.0)}
HANDOUT_LAYOUTS = ("notes", "lines", "grid", "article")
MATH_FONTS = ("cm", "stix", "stixsans", "dejavusans", "dejavuserif")  # deckbuild.formulas.FONTSETS
COLOR_NAMES = ("primary", "accent", "text", "background", "muted", "surface", "on_primary")
SOURCES_FLOOR = 12.0  # points: the smallest sources line a projected slide can show
SIZE_NAMES = ("title", "subtitle", "body", "min_body", "min_title", "notes", "footer", "sources")
BALANCES = ("top", "center", "grow")
DIVIDERS = ("always", "auto", "never")
FOOTER_FIELDS = ("deck.title", "deck.subtitle", "deck.author", "deck.date", "section.title",
                 "slide.number", "slide.count", "slide.title")


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


LAYOUT_KINDS = ("title", "section", "bullets", "columns", "beside", "other")  # layout.geometry.KIND_WORDS
_KIND_TO_LAYOUT = {"image": "beside", "code": "beside", "math": "beside", "table": "other", "chart": "other",
                   "timeline": "other", "quote": "other", "statement": "other"}


class LayoutNames(Spec):
    """``pptx.layouts``: a template layout name for each kind of slide; an unknown kind is an error."""

    doc = "template layout names by kind of slide: " + ", ".join(LAYOUT_KINDS)

    def check(self, node, ctx, label):
        names = MapOf(Text(), key_label="slide kind").check(node, ctx, label)
        if names is INVALID:
            return INVALID
        ok = True
        for key in list(names.key_pos):
            if key in LAYOUT_KINDS:
                continue
            ok = False
            if key in _KIND_TO_LAYOUT:
                hint = f"{key} slides use the '{_KIND_TO_LAYOUT[key]}' layout: write {_KIND_TO_LAYOUT[key]}: …"
            else:
                hint = did_you_mean(key, LAYOUT_KINDS) or one_of(LAYOUT_KINDS)
            ctx.diags.error(names.key_pos[key], f"unknown slide kind '{key}' in pptx.layouts", hint)
        return names if ok else INVALID

    def json(self, defs):
        return self._json({"type": "object", "properties": {k: {"type": "string"} for k in LAYOUT_KINDS},
                           "additionalProperties": False})


HANDOUT = Record("handout settings", {
    "page": Field(Choice(tuple(PAGE_SIZES)), doc="paper size: A4 or letter"),
    "layout": Field(Choice(HANDOUT_LAYOUTS), doc="notes, lines, grid or article"),
    "margins": Field(Length(minimum=0, maximum=144), doc="page margins, e.g. 18mm"),
    "notes": Field(Boolean(), doc="print speaker notes"),
    "details": Field(Boolean(), doc="print slide details"),
}, ref="handout")

STYLE = Record("style", {
    "extends": Field(Text(), doc="style to inherit from: a built-in name or a path"),
    "slide": Field(Record("slide settings", {"size": Field(SlideSize())})),
    "fonts": Field(Record("fonts", {
        "heading": Field(Text(), doc="font family for titles"),
        "body": Field(Text(), doc="font family for body text"),
        "mono": Field(Text(), doc="font family for `code`"),
        "fallback": Field(ListOf(Text(), single_ok=True, item_label="family"),
                          doc="families tried, in order, for characters the main font lacks"),
    })),
    "colors": Field(Record("colors", {name: Field(Color()) for name in COLOR_NAMES})),
    "sizes": Field(Record("sizes", {name: Field(Number(minimum=4, maximum=400)) for name in SIZE_NAMES})),
    "footer": Field(Text(allow_empty=True), doc="footer text; fields: " + ", ".join("{%s}" % f for f in FOOTER_FIELDS)),
    "logo": Field(Text(), doc="image shown on every slide, relative to the style file"),
    "background": Field(picture_schema.STYLE_BACKGROUND),  # pictures (issue 19)
    "handout": Field(HANDOUT),
    "code": Field(Record("code settings", {
        "theme": Field(Text(), doc="a Pygments style for token colours: default, friendly, xcode, vs, tango…"),
        "colors": Field(MapOf(Color(), key_label="token type"),
                        doc="token type → colour, over the theme's: {keyword: \"#1F3B5B\", comment: \"#6B7280\"}"),
        "text": Field(Color(), doc="colour of code the theme leaves uncoloured"),
        "background": Field(Color(), doc="fill behind a listing"),
        "line_numbers": Field(Color(), doc="colour of line numbers"),
        "highlight": Field(Color(), doc="band behind highlighted lines"),
        "size": Field(Number(minimum=4, maximum=400), doc="type size of listings (they shrink to code.min_size)"),
        "min_size": Field(Number(minimum=4, maximum=400),
                          doc="smallest type size of listings; longer lines wrap with a mark, and listings "
                              "continue on the next slide"),
    })),
    "body": Field(Record("body settings", {
        "balance": Field(Choice(BALANCES), doc="sparse slide bodies: top (as set), center (centred in the "
                                               "body area) or grow (larger type, up to 1.25 × sizes.body, "
                                               "then centred)"),
    })),
    "sections": Field(Record("section settings", {
        "divider": Field(Choice(DIVIDERS), doc="section divider slides: always, auto (not for a section "
                                               "with one slide) or never"),
    })),
    "math": Field(Record("math settings", {
        "font": Field(Choice(MATH_FONTS), doc="math font: cm (LaTeX's Computer Modern), stix, stixsans, "
                                              "dejavusans or dejavuserif"),
        "color": Field(Color(), doc="colour of display formulas (default: colors.text)"),
    })),
    "pptx": Field(Record("pptx settings", {
        "template": Field(Text(), doc="PowerPoint template (.pptx), relative to the style file"),
        "layouts": Field(LayoutNames(), doc="a template layout by name for a kind of slide: "
                                            + ", ".join(LAYOUT_KINDS)),
    })),
}, ref="style")


@dataclass(frozen=True)
class Fonts:
    heading: str
    body: str
    mono: str
    fallback: tuple[str, ...] = ()


@dataclass(frozen=True)
class Colors:
    primary: str
    accent: str
    text: str
    background: str
    muted: str
    surface: str
    on_primary: str


@dataclass(frozen=True)
class Sizes:
    title: float
    subtitle: float
    body: float
    min_body: float
    min_title: float
    notes: float
    footer: float
    sources: float = 14.0  # a slide's sources line


@dataclass(frozen=True)
class Handout:
    page: str
    layout: str
    margins: float
    notes: bool
    details: bool

    @property
    def page_size(self) -> tuple[float, float]:
        return PAGE_SIZES[self.page]


@dataclass(frozen=True)
class CodeStyle:
    theme: str = "default"
    colors: tuple[tuple[str, str], ...] = ()  # (token type, RRGGBB), sorted
    text: str = "1A1A1A"
    background: str = "F4F6F8"
    line_numbers: str = "9CA3AF"
    highlight: str = "FFF1B8"
    size: float = 20.0
    min_size: float = 16.0


@dataclass(frozen=True)
class MathStyle:
    font: str = "cm"
    color: str | None = None


@dataclass(frozen=True)
class Style:
    name: str
    width: float
    height: float
    fonts: Fonts
    colors: Colors
    sizes: Sizes
    footer: str
    handout: Handout
    logo: Path | None = None
    template: Path | None = None
    layouts: dict[str, str] = field(default_factory=dict)
    positions: Values | None = field(default=None, compare=False, repr=False)
    files: tuple[Path, ...] = ()  # the style files read, most general first
    template_info: object = field(default=None, compare=False, repr=False)  # template.TemplateInfo
    code: CodeStyle = CodeStyle()
    math: MathStyle = MathStyle()
    background: object = None  # pictures: a model.Image behind every slide without its own background
    balance: str = "top"  # body.balance: top, center or grow
    divider: str = "always"  # sections.divider: always, auto or never

    def pos(self, *keys: str) -> Pos:
        """Return where the style value at *keys* (e.g. "sizes", "body") was set."""
        values = self.positions
        for key in keys[:-1]:
            values = values.get(key) if values is not None else None
        return values.at(keys[-1]) if isinstance(values, Values) else Pos("<style>", 1, 1)


def builtin_styles() -> list[str]:
    """Return the names of the styles that ship with deckbuild."""
    return sorted(p.stem for p in BUILTIN_DIR.glob("*.yaml"))


def merge(base: Values, over: Values) -> Values:
    """Return *base* with *over* laid on top, key by key, keeping positions of the winning values."""
    out = Values(over.pos)
    out.update(base)
    out.key_pos.update(base.key_pos)
    out.value_pos.update(base.value_pos)
    for key, value in over.items():
        if isinstance(value, Values) and isinstance(base.get(key), Values):
            out[key] = merge(base[key], value)
        else:
            out[key] = value
        if key in over.key_pos:
            out.key_pos[key] = over.key_pos[key]
            out.value_pos[key] = over.value_pos[key]
    return out


class StyleLoader:
    """Resolves style references and reads style files, caching each file once per build."""

    def __init__(self, project_root: Path, diags: Diagnostics, allow: tuple[Path, ...] = ()):
        self.project_root = project_root
        self.diags = diags
        self.scope = ReadScope(project_root, tuple(allow))
        self._files: dict[Path, Values | None] = {}

    def resolve(self, ref: str, base_dir: Path, pos: Pos) -> Path | None:
        """Return the style file *ref* names (a built-in or project style name, or a path)."""
        if ref.endswith((".yaml", ".yml")) or "/" in ref or "\\" in ref:
            path = base_dir / ref
            refusal = self.scope.refuse(path, "style file", ref)
            if refusal is not None:
                message, hint = refusal
                if message.startswith("style file not found"):
                    hint = f"looked for {display_path(real_path(path))}"
                self.diags.error(pos, message, hint)
                return None
            return real_path(path)
        for folder in (self.project_root / "assets" / "styles", BUILTIN_DIR):
            path = folder / f"{ref}.yaml"
            if os.path.lexists(path):
                refusal = self.scope.refuse(path, "style file", display_path(path))
                if refusal is not None:
                    self.diags.error(pos, *refusal)
                    return None
                return path
        known = builtin_styles() + sorted(p.stem for p in (self.project_root / "assets" / "styles").glob("*.yaml"))
        self.diags.error(pos, f"unknown style '{ref}'", did_you_mean(ref, known) or one_of(known))
        return None

    def read(self, path: Path, referenced_at: Pos | None = None) -> Values | None:
        if path not in self._files:
            self._files[path] = None
            doc = read_yaml(path, self.diags, referenced_at)
            if doc is not None:
                ctx = Ctx(doc.display, self.diags, text=doc.text)
                if doc.root is None:
                    values = Values(Pos(doc.display, 1, 1))
                else:
                    values = STYLE.check(doc.root, ctx, f"style {doc.display}")
                if values is not INVALID:
                    resolve_style_paths(values, path.parent)
                    self._files[path] = values
        return self._files[path]

    def chain(self, ref: str, base_dir: Path, pos: Pos,
              seen: tuple[Path, ...] = ()) -> tuple[Values, tuple[Path, ...]] | None:
        """Return the merged values of style *ref* and everything it extends, and those files (base first)."""
        path = self.resolve(ref, base_dir, pos)
        if path is None:
            return None
        if path in seen:
            self.diags.error(pos, f"style '{ref}' extends itself", " → ".join(display_path(p) for p in seen + (path,)))
            return None
        values = self.read(path, pos)
        if values is None:
            return None
        parent = values.get("extends")
        if parent is None and path != BUILTIN_DIR / "default.yaml":
            parent, parent_pos = "default", values.pos
        else:
            parent_pos = values.at("extends")
        if parent is None:
            return values, (path,)
        base = self.chain(parent, path.parent, parent_pos, seen + (path,))
        if base is None:
            return None
        return merge(base[0], values), base[1] + (path,)

    def load(self, ref: str | None, base_dir: Path, pos: Pos, overrides: tuple[Values, ...] = (),
             name: str | None = None) -> Style | None:
        """Return the Style named by *ref* (default: the built-in ``default``) with *overrides* applied."""
        chained = self.chain(ref or "default", base_dir, pos)
        if chained is None:
            return None
        values, files = chained
        for over in overrides:
            values = merge(values, over)
        info = None
        template = (values.get("pptx") or {}).get("template")
        if template is not None:
            info = self._template(Path(template), values.get("pptx").at("template"))
            if info is None:
                return None
            values = from_template(values, info, self.diags)
        logo_ok = self._check_logo(values) & self._check_background(values)
        style = build_style(values, name or ref or "default", self.diags)
        if style is None or not logo_ok:
            return None
        extra = tuple(p for p in (style.logo, style.template) if p is not None)
        extra += (style.background.path,) if style.background is not None else ()  # pictures: rebuilt on change
        return replace(style, files=files + extra, template_info=info)

    def _check_background(self, values: Values) -> bool:
        """Return False after reporting why the style's background picture cannot be read (outside the
        project, or not a regular file)."""
        background = values.get("background")
        if not isinstance(background, Values) or not isinstance(background.get("image"), str):
            return True
        path = Path(background["image"])
        refusal = self.scope.refuse(path, "background", display_path(path))
        if refusal is None:
            return True
        self.diags.error(background.at("image"), *refusal)
        return False

    def _check_logo(self, values: Values) -> bool:
        """Return False after reporting why the style's logo cannot be used: outside the project, not a
        regular file, or not a PNG or JPEG image."""
        logo = values.get("logo")
        if logo is None:
            return True
        from deckbuild.images import check_image

        path, pos = Path(logo), values.at("logo")
        shown = display_path(path)
        refusal = self.scope.refuse(path, "logo", shown)
        if refusal is not None:
            message, hint = refusal
            self.diags.error(pos, message, "the path is relative to the style file that names it"
                             if message.startswith("logo not found") else hint)
            return False
        return check_image(path, shown, pos, self.scope, self.diags, what="logo") is not None

    def _template(self, path: Path, pos: Pos):
        from deckbuild.template import TemplateError, read_template

        refusal = self.scope.refuse(path, "template", display_path(path))
        if refusal is not None:
            message, hint = refusal
            self.diags.error(pos, message, "the path is relative to the style file that names it"
                             if message.startswith("template not found") else hint)
            return None
        if path.suffix.lower() not in (".pptx", ".potx"):
            self.diags.error(pos, f"template '{path.name}' is not a .pptx or .potx file")
            return None
        try:
            return read_template(path)
        except TemplateError as exc:
            self.diags.error(pos, exc.sentence(path.name), exc.hint)
            return None


def resolve_style_paths(values: Values, folder: Path) -> None:
    """Make the logo, background and template paths of style *values* absolute, relative to *folder* (links kept)."""
    if isinstance(values.get("background"), Values) and isinstance(values["background"].get("image"), str):
        values["background"]["image"] = os.path.abspath(folder / values["background"]["image"])  # pictures
    if isinstance(values.get("logo"), str):  # absolute, but links kept: the scope check follows them itself
        values["logo"] = Path(os.path.abspath(folder / values["logo"]))
    pptx = values.get("pptx")
    if isinstance(pptx, Values) and isinstance(pptx.get("template"), str):
        pptx["template"] = Path(os.path.abspath(folder / pptx["template"]))


def check_footer(template: str, pos: Pos, diags: Diagnostics) -> bool:
    """Return True when the footer *template* only uses known fields, reporting the others."""
    ok = True
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        diags.error(pos, f"footer: {exc}", "write a literal brace as {{ or }}")
        return False
    for _literal, name, _spec, _conv in parsed:
        if name is not None and name not in FOOTER_FIELDS:
            diags.error(pos, f"footer uses unknown field '{{{name}}}'",
                        did_you_mean(name, FOOTER_FIELDS) or one_of(FOOTER_FIELDS))
            ok = False
    return ok


def _theme_to_style() -> dict[str, str]:
    """Return style colour → the template theme slot it is read from (template.STYLE_COLOR_OF_SLOT, the one
    table the deck's theme is also written from)."""
    from deckbuild.template import TEMPLATE_COLORS, slot_of_color

    return {name: slot_of_color(name) for name in TEMPLATE_COLORS}


THEME_TO_STYLE = _theme_to_style()


def is_builtin(pos: Pos) -> bool:
    """Return True when *pos* is in one of deckbuild's own style files (a default, not the user's)."""
    return pos.path.startswith(str(BUILTIN_DIR)) or pos.path.startswith(display_path(BUILTIN_DIR))


def from_template(values: Values, info, diags: Diagnostics) -> Values:
    """Return *values* with the template's slide size, and its theme colours and fonts wherever the
    style only has the built-in defaults (a value the user set always wins)."""
    over = Values(values.pos)
    slide = values["slide"]
    size = (round(info.width, 2), round(info.height, 2))
    if slide.get("size") != size:
        if not is_builtin(slide.at("size")):
            diags.warning(slide.at("size"), f"slide size {slide['size'][0]:g}×{slide['size'][1]:g}pt differs from "
                          f"the template's {size[0]:g}×{size[1]:g}pt; the template's is used",
                          "remove slide.size from the style")
        over["slide"] = Values(slide.pos)
        over["slide"]["size"] = size
    colors = Values(values["colors"].pos)
    for name, slot in THEME_TO_STYLE.items():
        if slot in info.colors and is_builtin(values["colors"].at(name)):
            colors[name] = info.colors[slot]
    if colors:
        over["colors"] = colors
    fonts = Values(values["fonts"].pos)
    for name, family in (("heading", info.major_font), ("body", info.minor_font)):
        if family and is_builtin(values["fonts"].at(name)):
            fonts[name] = family
    if fonts:
        over["fonts"] = fonts
    return merge(values, over)


def _users_pos(values: Values, *keys: str) -> Pos:
    """Return the position of the first of *keys* set outside the built-in styles (the user's own value)."""
    for key in keys:
        if not is_builtin(values.at(key)):
            return values.at(key)
    return values.at(keys[0])


def build_style(values: Values, name: str, diags: Diagnostics) -> Style | None:
    """Return the Style for fully merged *values*, reporting values that contradict each other."""
    fonts, colors, sizes, handout = values["fonts"], values["colors"], values["sizes"], values["handout"]
    ok = True
    for small, big in (("min_body", "body"), ("min_title", "title")):
        if sizes[small] > sizes[big]:
            diags.error(_users_pos(sizes, small, big),
                        f"sizes: {small} ({sizes[small]:g}) is larger than {big} ({sizes[big]:g})",
                        f"make {small} at most {big}")
            ok = False
    if sizes["sources"] < SOURCES_FLOOR:
        diags.warning(values["sizes"].at("sources"), f"sizes: sources ({sizes['sources']:g}) is below "
                      f"{SOURCES_FLOOR:g} pt: a slide's sources line cannot be read when projected",
                      f"set sizes.sources to {SOURCES_FLOOR:g} or more (14 is the default)")
    ok = check_footer(values["footer"], values.at("footer"), diags) and ok
    logo = values.get("logo")
    ok = check_code(values.get("code") or Values(values.pos), diags) and ok
    background = picture_schema.style_background(values.get("background"), diags)  # pictures (issue 19)
    ok = ok and background is not INVALID
    if not ok:
        return None
    pptx = values.get("pptx") or {}
    code, math = values.get("code") or {}, values.get("math") or {}
    width, height = values["slide"]["size"]
    return Style(
        name=name, width=width, height=height,
        fonts=Fonts(fonts["heading"], fonts["body"], fonts["mono"], tuple(fonts.get("fallback", ()))),
        colors=Colors(**{k: colors[k] for k in COLOR_NAMES}),
        sizes=Sizes(**{k: float(sizes[k]) for k in SIZE_NAMES}),
        footer=values["footer"],
        handout=Handout(handout["page"], handout["layout"], handout["margins"], handout["notes"], handout["details"]),
        logo=Path(logo) if logo else None,
        template=pptx.get("template"), layouts=dict(pptx.get("layouts") or {}),
        positions=values,
        code=CodeStyle(**{k: v for k, v in code.items() if k != "colors"},
                       colors=tuple(sorted((k.lower(), v) for k, v in (code.get("colors") or {}).items()))),
        math=MathStyle(**math),
        background=background,
        balance=(values.get("body") or {}).get("balance", "top"),
        divider=(values.get("sections") or {}).get("divider", "always"),
    )


def check_code(code: Values, diags: Diagnostics) -> bool:
    """Return True when the code theme and token types a style file sets are known to Pygments.

    The built-in styles' values are known good: Pygments is loaded only for a style that sets its own.
    """
    from deckbuild import highlight

    ok = True
    if "theme" in code and _set_by_user(code.at("theme")):
        names = highlight.theme_names()
        if code["theme"] not in names:
            diags.error(code.at("theme"), f"unknown code theme '{code['theme']}'",
                        did_you_mean(code["theme"], names) or one_of(names))
            ok = False
    colors = code.get("colors")
    if isinstance(colors, Values):
        for key in colors:
            if _set_by_user(colors.key_pos.get(key, colors.pos)) and key.lower() not in highlight.token_keys():
                diags.error(colors.key_pos.get(key, colors.pos), f"unknown token type '{key}' in code.colors",
                            did_you_mean(key.lower(), highlight.token_keys())
                            or "use Pygments token types such as keyword, string, comment, number, name.function")
                ok = False
    return ok


def _set_by_user(pos: Pos) -> bool:
    return not pos.path.startswith(display_path(BUILTIN_DIR)) and not pos.path.startswith(str(BUILTIN_DIR))
