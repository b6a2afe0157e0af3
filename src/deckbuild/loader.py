"""Reading a deck (``deck.yaml`` and its section files) into the content model.

Every problem is collected as a Diagnostic with its file, line and column; loading never stops
at the first one, so a user sees every mistake of every file in one run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from deckbuild import model as m
from deckbuild.diagnostics import Diagnostics, Pos, did_you_mean, one_of
from deckbuild.lang import DEFAULT as DEFAULT_LANG, LangTag
from deckbuild.mdoutline import is_markdown, section_nodes
from deckbuild.paths import ReadScope, project_root, real_path  # noqa: F401 - project_root: callers import it from here
from deckbuild.schema import (INVALID, Boolean, Choice, Ctx, Field, ListOf, MapOf, Number, Record, Spec, Text,
                              Values, describe, is_null)
from deckbuild.style import HANDOUT, STYLE, resolve_style_paths
from deckbuild import picture_schema as pictures
from deckbuild.yamlsrc import display_path, read_yaml

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"
DECK_FILE = "deck.yaml"
CHART_TYPES = ("bar", "column", "line", "pie")
KIND_FIELDS = ("columns", "quote", "image", "table", "chart", "timeline", "statement", "code", "math", "images")
BESIDE_BULLETS = ("image", "code", "math", "images")  # kinds that show bullets beside their content
RESERVED_AUDIENCES = ("all",)
MAX_FORMULA = 1_000  # mathtext takes seconds per thousand characters (formulas.py sets the same limit)
"""Characters of LaTeX in one formula (reading one takes time that grows faster than its length)."""
_ESCAPED = re.compile(r"[\t\n\r]")  # in double quotes, what \\t, \\n, \\r in a LaTeX command become


class LoadCtx(Ctx):
    """A check context that also collects references to check once the whole deck is read."""

    def __init__(self, display: str, diags: Diagnostics, base_dir: Path, refs: "Refs", scope: ReadScope,
                 digest: str = "", text: str = ""):
        super().__init__(display, diags, text=text)
        self.base_dir = base_dir
        self.refs = refs
        self.scope = scope
        self.root = scope.root
        self.digest = digest  # hash of the file's text

    def check_markup(self, node, value: str) -> bool:
        """Report inline formulas (``$…$``) of *value* that cannot be read, at their column when known."""
        from deckbuild import markup

        if node.style == '"' and any("\x01" in f for f in markup.formulas(_ESCAPED.sub("\x01", value))):
            self.error(node, "a formula in this double-quoted text holds a tab or line break made from a backslash "
                       "(YAML reads \\t in \"\\theta\" as a tab)", "write the text in single quotes or as a block (|)")
            return False
        latexes = markup.formulas(value)
        if not latexes:
            return True
        from deckbuild.formulas import FormulaError, check

        ok = True
        for latex in latexes:
            pos = self.pos(node)
            if len(latex) > MAX_FORMULA:
                self.diags.error(pos, f"a formula in this text is {len(latex):,} characters long (the limit is "
                                 f"{MAX_FORMULA:,})", "split it into several formulas")
                ok = False
                continue
            if node.style in (None, "'") and node.start_mark.line == node.end_mark.line:  # point at the $
                at = value.find("$" + latex)
                if at >= 0:
                    pos = Pos(pos.path, pos.line, pos.col + at + (1 if node.style else 0))
            try:
                check(latex)
            except FormulaError as exc:
                self.diags.error(pos, str(exc), exc.hint)
                ok = False
        return ok


@dataclass
class Refs:
    sources: list[tuple[str, Pos]] = field(default_factory=list)
    audiences: list[tuple[str, Pos]] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)  # every file read: the build's inputs


def _ids(values: Values, key: str, ctx: LoadCtx, kind: str) -> tuple[str, ...]:
    ids = tuple(values.get(key, ()))
    target = ctx.refs.sources if kind == "source" else ctx.refs.audiences
    target.extend((i, values.at(key)) for i in ids)
    return ids


def _visibility(values: Values, ctx: LoadCtx) -> m.Visibility:
    if not any(k in values for k in ("only", "skip", "in")):
        return m.EVERYONE
    only = _ids(values, "only", ctx, "audience") if "only" in values else None
    skip = _ids(values, "skip", ctx, "audience")
    media = tuple(values["in"]) if "in" in values else None
    return m.Visibility(only=only, skip=skip, media=media)


SOURCE_IDS = ListOf(Text(), single_ok=True, item_label="source id", doc="ids of sources in deck.yaml")
AUDIENCE_NAMES = ListOf(Text(), single_ok=True, item_label="audience", doc="audience names from deck.yaml")
VISIBILITY_FIELDS = {
    "only": Field(AUDIENCE_NAMES, doc="show only to these audiences"),
    "skip": Field(AUDIENCE_NAMES, doc="hide from these audiences"),
    "in": Field(ListOf(Choice(m.MEDIA), single_ok=True, item_label="medium"),
                doc="show only in the deck or only in the handout"),
}


class BulletSpec(Spec):
    """A bullet: text, or a mapping with ``text`` and nested ``bullets`` (at most 4 levels)."""

    doc = "a bullet: text, or {text, bullets, sources, only, skip, in}"

    def __init__(self, depth: int = 1):
        self.depth = depth
        self._record: Record | None = None

    @property
    def record(self) -> Record:
        if self._record is None:
            self._record = Record("bullet", {
                "text": Field(Text(), required=True, doc="the bullet's text"),
                "bullets": Field(ListOf(BulletSpec(self.depth + 1), item_label="bullet")),
                "sources": Field(SOURCE_IDS),
                "lang": Field(LangTag(), doc="the bullet's language (BCP 47), when not the slide's"),
                **VISIBILITY_FIELDS,
            }, build=self._build)
        return self._record

    def _build(self, values: Values, ctx: LoadCtx) -> m.Bullet:
        return m.Bullet(text=values["text"], bullets=tuple(values.get("bullets", ())),
                        sources=_ids(values, "sources", ctx, "source"), vis=_visibility(values, ctx), pos=values.pos,
                        lang=values.get("lang"))

    def check(self, node, ctx, label):
        if self.depth > m.MAX_BULLET_DEPTH:
            ctx.error(node, f"bullets nest at most {m.MAX_BULLET_DEPTH} levels deep",
                      "move the detail into the notes or split the slide")
            return INVALID
        if isinstance(node, yaml.ScalarNode) and not is_null(node):
            text = Text().check(node, ctx, label)
            return INVALID if text is INVALID else m.Bullet(text=text, pos=ctx.pos(node))
        if isinstance(node, yaml.MappingNode):
            keys = [k.value for k, _ in node.value if isinstance(k, yaml.ScalarNode)]
            if len(keys) == 1 and keys[0] not in self.record.fields:
                ctx.error(node, f"{label} was read as a mapping because of ': ' after '{keys[0]}'",
                          "put the whole bullet in quotes")
                return INVALID
            return self.record.check(node, ctx, label)
        if isinstance(node, yaml.SequenceNode):
            ctx.error(node, f"{label} is a list", "nested bullets go under 'bullets:' of a bullet that has 'text:'")
        else:
            ctx.error(node, f"{label} is empty", "write some text or remove the '-' line")
        return INVALID

    def json(self, defs):
        if "bullet" not in defs:
            defs["bullet"] = {}  # reserve the name first: bullets contain bullets
            defs["bullet"] = {"anyOf": [{"type": "string"}, self.record.json(defs)], "description": self.doc}
        return {"$ref": "#/$defs/bullet"}


BULLETS = ListOf(BulletSpec(), item_label="bullet", doc="bullets (nested up to 4 levels)")


class Shorthand(Spec):
    """A record that may also be written as a single scalar for its main field."""

    def __init__(self, record: Record, main: str, doc: str = ""):
        self.record, self.main, self.doc = record, main, doc

    def check(self, node, ctx, label):
        if isinstance(node, yaml.ScalarNode) and not is_null(node):
            value = self.record.fields[self.main].spec.check(node, ctx, label)
            if value is INVALID:
                return INVALID
            values = Values(ctx.pos(node))
            values[self.main] = value
            return self.record.build(values, ctx) if self.record.build else values
        return self.record.check(node, ctx, label)

    def json(self, defs):
        return self._json({"anyOf": [{"type": "string"}, self.record.json(defs)]})


class Cell(Spec):
    """A table cell: any scalar, kept as written; empty is allowed."""

    doc = "a table cell"

    def check(self, node, ctx, label):
        if is_null(node):
            return ""
        if not isinstance(node, yaml.ScalarNode):
            ctx.error(node, f"{label} must be text or a number, not {describe(node)}")
            return INVALID
        return Text(allow_empty=True).check(node, ctx, label)

    def json(self, defs):
        return {"type": ["string", "number", "boolean", "null"]}


from deckbuild.images import IMAGE_FORMATS, MAX_IMAGE_PIXELS, check_image, decode_image  # noqa: E402,F401 - a 4K photo: 8.3 M




def _build_image(values: Values, ctx: LoadCtx):
    path = ctx.base_dir / values["path"]
    size = check_image(path, values["path"], values.at("path"), ctx.scope, ctx.diags)
    if size is None:
        return INVALID
    ctx.refs.files.append(path.resolve())
    return m.Image(path=path.resolve(), alt=values.get("alt"), caption=values.get("caption"), width=size[0],
                   height=size[1], pos=values.at("path"), decorative=values.get("decorative", False))


def _child(node, key: str):
    """Return the value node of *key* in the mapping *node*, or None."""
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value == key:
                return v
    return None


class CountedRecord(Record):
    """A record whose lists must agree in length (table rows with columns, chart values with categories).

    The lengths are compared on the YAML nodes before the values are checked, so a wrong count is reported
    together with every bad value, each at its own list, instead of one hiding the other.
    """

    def __init__(self, *args, counts, **kwargs):
        super().__init__(*args, **kwargs)
        self.counts = counts

    def check(self, node, ctx, label):
        if isinstance(node, yaml.MappingNode):
            self.counts(node, ctx)
        return super().check(node, ctx, label)


def _table_counts(node, ctx) -> None:
    columns, rows = _child(node, "columns"), _child(node, "rows")
    if not isinstance(columns, yaml.SequenceNode) or not isinstance(rows, yaml.SequenceNode):
        return
    want = len(columns.value)
    for i, row in enumerate(rows.value, 1):
        if isinstance(row, yaml.SequenceNode) and len(row.value) != want:
            n = len(row.value)
            ctx.error(row, f"table row {i} has {n} cell{'s' * (n != 1)} but there {'are' if want != 1 else 'is'} "
                      f"{want} column{'s' * (want != 1)}",
                      "give every row one cell per column (use \"\" for an empty cell)")


def _chart_counts(node, ctx) -> None:
    categories, series = _child(node, "categories"), _child(node, "series")
    if not isinstance(categories, yaml.SequenceNode) or not isinstance(series, yaml.SequenceNode):
        return
    want = len(categories.value)
    for i, one in enumerate(series.value, 1):
        values, name = _child(one, "values"), _child(one, "name")
        if isinstance(values, yaml.SequenceNode) and len(values.value) != want:
            n = len(values.value)
            shown = f"'{name.value}'" if isinstance(name, yaml.ScalarNode) and name.value else str(i)
            ctx.error(values, f"series {shown} has {n} value{'s' * (n != 1)} but there are {want} "
                      f"categor{'ies' if want != 1 else 'y'}", "give one value per category")


def _build_table(values: Values, ctx: LoadCtx):
    columns = tuple(values["columns"])
    rows = tuple(tuple(row) for row in values.get("rows", ()))
    if any(len(row) != len(columns) for row in rows):
        return INVALID  # reported by _table_counts, at the row
    return m.Table(columns=columns, rows=rows, pos=values.pos)


def _build_chart(values: Values, ctx: LoadCtx):
    categories = tuple(values["categories"])
    series = []
    for s in values["series"]:
        if len(s["values"]) != len(categories):
            return INVALID  # reported by _chart_counts, at the series' values
        series.append(m.Series(s["name"], tuple(float(v) for v in s["values"])))
    if values["type"] == "pie" and len(series) > 1:
        ctx.diags.error(values.at("series"), "a pie chart shows one series", "use a bar or column chart to compare series")
        return INVALID
    return m.Chart(type=values["type"], categories=categories, series=tuple(series), pos=values.pos,
                   alt=values.get("alt"))


class LineRange(Spec):
    """Lines of a listing: a line number, or a range written "5-7"."""

    doc = 'a line number, or a range like "5-7"'

    def check(self, node, ctx, label):
        raw = node.value.strip() if isinstance(node, yaml.ScalarNode) else None
        parts = raw.split("-") if raw else []
        if raw is None or not 1 <= len(parts) <= 2 or not all(p.strip().isdigit() for p in parts):
            shown = raw if raw is not None else describe(node)
            ctx.error(node, f"{label} '{shown}' is not a line number or a range", 'write 3, or "5-7" for lines 5 to 7')
            return INVALID
        first, last = int(parts[0]), int(parts[-1])
        if first < 1 or last < first:
            ctx.error(node, f"{label} '{raw}' is not a range of lines", "lines count from 1; write the smaller first")
            return INVALID
        return (first, last, ctx.pos(node))

    def json(self, defs):
        return self._json({"anyOf": [{"type": "integer", "minimum": 1},
                                     {"type": "string", "pattern": r"^\s*\d+\s*(-\s*\d+\s*)?$"}]})


class Formula(Spec):
    """A display formula in LaTeX (``$`` around it is optional), checked by reading it."""

    doc = "a formula in LaTeX, e.g. '\\frac{n(n+1)}{2}' (single quotes keep the backslashes)"

    def check(self, node, ctx, label):
        text = Text(verbatim=True).check(node, ctx, label)
        if text is INVALID:
            return INVALID
        from deckbuild.formulas import FormulaError, check, escapes, source

        latex = source(text)
        if len(latex) > MAX_FORMULA:
            ctx.error(node, f"{label} is {len(latex):,} characters long (the limit is {MAX_FORMULA:,})",
                      "split it into several formulas")
            return INVALID
        bad = escapes(text) if node.style == '"' else None
        if bad:
            ctx.error(node, f"{label} holds the escape {bad}: in double quotes YAML reads a backslash as an escape",
                      "write the formula in single quotes or as a block (|)")
            return INVALID
        try:
            check(latex)
        except FormulaError as exc:
            ctx.error(node, f"{label}: {exc}", exc.hint)
            return INVALID
        return latex

    def json(self, defs):
        return self._json({"type": "string"})


@lru_cache(maxsize=1)
def _lexer_names() -> dict[str, str]:
    """Return every Pygments lexer alias with its lexer's name."""
    from pygments.lexers import get_all_lexers

    return {alias: name for name, aliases, _files, _mimes in get_all_lexers() for alias in aliases}


def _build_code(values: Values, ctx: LoadCtx):
    lang = values.get("lang", "text").strip().lower()
    names = _lexer_names()
    ok = True
    if lang not in names:
        ctx.diags.error(values.at("lang"), f"unknown code language '{lang}'",
                        did_you_mean(lang, names) or "use a Pygments lexer name such as python, c, java, js, "
                                                     "bash or text")
        ok = False
    lines = [line.rstrip() for line in values["text"].expandtabs(4).split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    marked: set[int] = set()
    for first, last, pos in values.get("highlight", ()):
        if last > len(lines):
            shown = str(first) if first == last else f"{first}-{last}"
            ctx.diags.error(pos, f"highlight line {shown} is past the end of the code ({len(lines)} "
                            f"line{'s' * (len(lines) != 1)})", "count lines from 1, the first line of the text")
            ok = False
        marked.update(range(first, last + 1))
    if not ok:
        return INVALID
    return m.Code(text="\n".join(lines), lang=lang, line_numbers=values.get("line_numbers", False),
                  highlight=tuple(sorted(marked)), pos=values.pos)


COLUMN = Record("column", {"title": Field(Text()), "bullets": Field(BULLETS)},
                build=lambda v, ctx: m.Column(v.get("title"), tuple(v.get("bullets", ())), v.pos))
QUOTE = Shorthand(Record("quote", {"text": Field(Text(), required=True), "by": Field(Text())},
                         build=lambda v, ctx: m.Quote(v["text"], v.get("by"), v.pos)), "text", doc="{text, by}")
IMAGE_RECORD = Record("image", {"path": Field(Text(), required=True, doc="relative to this outline file"),
                                "alt": Field(Text(allow_empty=True), doc="what the image shows, for readers who "
                                             "cannot see it; \"\" with decorative: true for an ornament"),
                                "caption": Field(Text()),
                                "decorative": Field(Boolean(), doc="the image is an ornament: screen readers "
                                                                   "skip it"),
                                **pictures.IMAGE_SIZING},
                      build=lambda v, ctx: pictures.build_image(v, ctx, _build_image))  # pictures (issue 19)
IMAGE = Shorthand(IMAGE_RECORD, "path", doc="{path, alt, caption, decorative, width, height, fit, focus}")
TABLE = CountedRecord("table", {"columns": Field(ListOf(Text(), min_items=1, item_label="column"), required=True),
                         "rows": Field(ListOf(ListOf(Cell(), item_label="cell"), item_label="row"))},
               build=_build_table, counts=_table_counts)
SERIES = Record("series", {"name": Field(Text(), required=True),
                           "values": Field(ListOf(Number(), item_label="value"), required=True)})
CHART = CountedRecord("chart", {"type": Field(Choice(CHART_TYPES), required=True),
                         "categories": Field(ListOf(Text(), min_items=1, item_label="category"), required=True),
                         "series": Field(ListOf(SERIES, min_items=1, item_label="series"), required=True),
                         "alt": Field(Text(), doc="alt text (default: a summary made from the data)")},
               build=_build_chart, counts=_chart_counts)
CODE = Shorthand(Record("code", {
    "lang": Field(Text(verbatim=True), doc="the language: a Pygments lexer name such as python, c, js; default text"),
    "text": Field(Text(verbatim=True, max_len=100_000), required=True, doc="the code, best written as a block (|)"),
    "line_numbers": Field(Boolean(), doc="number the lines"),
    "highlight": Field(ListOf(LineRange(), single_ok=True, item_label="line"),
                       doc='lines to highlight: numbers and ranges, e.g. [3, "5-7"]'),
}, build=_build_code), "text", doc="{lang, text, line_numbers, highlight}, or the code alone")
EVENT = Record("timeline event", {"date": Field(Text(), required=True), "text": Field(Text(), required=True)},
               build=lambda v, ctx: m.Event(v["date"], v["text"], v.pos))

CONTENT_FIELDS = {
    "title": Field(Text(), doc="the slide title"),
    "bullets": Field(BULLETS),
    "columns": Field(ListOf(COLUMN, min_items=2, max_items=3, item_label="column"), doc="2–3 columns"),
    "quote": Field(QUOTE),
    "image": Field(IMAGE),
    "images": Field(ListOf(IMAGE, min_items=2, max_items=6, item_label="image"),
                    doc="2–6 pictures laid out as a grid, each {path, alt, caption}"),
    "background": Field(pictures.BackgroundSpec(IMAGE_RECORD), doc='a colour ("#RRGGBB") or a picture behind the '
                        "slide"),
    "table": Field(TABLE),
    "chart": Field(CHART),
    "timeline": Field(ListOf(EVENT, min_items=1, item_label="event"), doc="dated events"),
    "statement": Field(Text(), doc="one large sentence"),
    "code": Field(CODE, doc="a listing with syntax highlighting"),
    "math": Field(ListOf(Formula(), single_ok=True, min_items=1, item_label="formula"),
                  doc="display formulas in LaTeX: one, or a list"),
    "notes": Field(Text(), doc="speaker notes"),
    "details": Field(Text(), doc="longer prose printed in the handout only"),
    "sources": Field(SOURCE_IDS),
    "lang": Field(LangTag(), doc="the slide's language (BCP 47), when not the deck's"),
}


def _content(values: Values, ctx: LoadCtx) -> dict:
    out: dict = {}
    for key in CONTENT_FIELDS:
        if key not in values:
            continue
        value = values[key]
        if key == "sources":
            value = _ids(values, key, ctx, "source")
        elif isinstance(value, list):
            value = tuple(value)
        out[key] = value
    return out


VARIANT = Record("variant", dict(CONTENT_FIELDS), build=lambda v, ctx: _content(v, ctx))


def _build_slide(values: Values, ctx: LoadCtx):
    present = [k for k in KIND_FIELDS if k in values]
    layout = values.get("layout")
    if layout is not None:
        kind = layout
        if layout != "bullets" and layout not in present:
            ctx.diags.error(values.at("layout"), f"layout '{layout}' needs a '{layout}:' field on the slide")
            return INVALID
    elif len(present) > 1:
        ctx.diags.error(values.at(present[1]), f"a slide has one kind, but this one has both '{present[0]}' and "
                        f"'{present[1]}'", "split it into two slides")
        return INVALID
    else:
        kind = present[0] if present else "bullets"
    if "bullets" in values and kind not in ("bullets", *BESIDE_BULLETS):
        ctx.diags.error(values.at("bullets"), f"a {kind} slide cannot also have bullets",
                        "only image, code and math slides show bullets beside their content; move them to another "
                        "slide")
        return INVALID
    if values.get("reveal") and "bullets" not in values and kind != "columns":
        ctx.diags.warning(values.at("reveal"), f"'reveal: true' has nothing to reveal on a {kind} slide",
                          "reveal shows a slide's bullets one click at a time; remove it or add bullets")
    variants = {}
    for audience, overrides in (values.get("variants") or {}).items():
        ctx.refs.audiences.append((audience, values["variants"].key_pos[audience]))
        variants[audience] = overrides
    content = _content(values, ctx)
    return m.Slide(kind=kind, vis=_visibility(values, ctx), variants=variants, pos=values.pos,
                   reveal=values.get("reveal"), **content)


SLIDE = Record("slide", {
    **{k: (Field(f.spec, required=True, doc=f.doc) if k == "title" else f) for k, f in CONTENT_FIELDS.items()},
    "layout": Field(Choice(m.SLIDE_KINDS), doc="the slide kind, when not given by its field"),
    "reveal": Field(Boolean(), doc="show the top-level bullets one click at a time (default: the deck's reveal)"),
    "variants": Field(MapOf(VARIANT, key_pattern=ID_PATTERN, key_label="audience"),
                      doc="per-audience replacements for this slide's fields"),
    **VISIBILITY_FIELDS,
}, build=_build_slide, ref="slide")


def _build_section(values: Values, ctx: LoadCtx) -> m.Section:
    return m.Section(title=values["section"], slides=tuple(values.get("slides", ())), summary=values.get("summary"),
                     notes=values.get("notes"), sources=_ids(values, "sources", ctx, "source"),
                     vis=_visibility(values, ctx), pos=values.pos, digest=ctx.digest)


SECTION = Record("section", {
    "section": Field(Text(), required=True, doc="the section title"),
    "summary": Field(Text(), doc="the section in one paragraph (handout prose)"),
    "notes": Field(Text(), doc="speaker notes for the section's header slide"),
    "sources": Field(SOURCE_IDS),
    "slides": Field(ListOf(SLIDE, item_label="slide")),
    **VISIBILITY_FIELDS,
}, build=_build_section, ref="section")

SOURCE = Record("source", {
    "title": Field(Text(), required=True), "publisher": Field(Text()), "author": Field(Text()),
    "url": Field(Text()), "date": Field(Text()), "note": Field(Text()),
}, ref="source")

AUDIENCE = Record("audience", {
    "description": Field(Text()),
    "handout": Field(HANDOUT),
    "style": Field(STYLE, doc="style values this audience overrides"),
    "lang": Field(LangTag(), doc="the deck's language for this audience (BCP 47)"),
}, ref="audience")


class SectionRef(Spec):
    """An entry of ``sections:``: a section file name, or a section written inline."""

    doc = "a section file (relative to deck.yaml) or an inline section"

    def check(self, node, ctx, label):
        if isinstance(node, yaml.MappingNode):
            return SECTION.check(node, ctx, label)
        text = Text().check(node, ctx, label)
        return INVALID if text is INVALID else (text, ctx.pos(node))

    def json(self, defs):
        return {"anyOf": [{"type": "string"}, SECTION.json(defs)], "description": self.doc}


DECK = Record("deck", {
    "title": Field(Text(), required=True, doc="the deck title"),
    "subtitle": Field(Text()), "author": Field(Text()), "date": Field(Text()),
    "style": Field(Text(), doc="a built-in style name, or a path to a style YAML"),
    "sources": Field(MapOf(SOURCE, key_pattern=ID_PATTERN, key_label="source id")),
    "audiences": Field(MapOf(AUDIENCE, key_pattern=ID_PATTERN, key_label="audience")),
    "sections": Field(ListOf(SectionRef(), item_label="section"), doc="section files in order"),
    "reveal": Field(Boolean(), doc="show bullets one click at a time on every slide (a slide's reveal wins)"),
    "lang": Field(LangTag(), doc="the deck's language, a BCP 47 tag (default en)"),
}, ref="deck")


def load_markdown_sections(file: Path, referenced_at: Pos, deck_ctx: LoadCtx) -> list:
    """Return the checked Sections of the Markdown section file *file* (errors go to the deck's diagnostics)."""
    read = section_nodes(file, deck_ctx.diags, referenced_at)
    if read is None:
        return []
    display, text, roots = read
    deck_ctx.refs.files.append(file.resolve())
    out = []
    ctx = LoadCtx(display, deck_ctx.diags, file.parent, deck_ctx.refs, deck_ctx.scope, _digest(text), text)
    for root in roots:
        section = SECTION.check(root, ctx, "section") if ctx.visit(root) else INVALID
        if section is not INVALID:
            out.append(section)
    return out


def _digest(text: str) -> str:
    import hashlib

    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def deck_file(target: Path) -> Path:
    """Return the manifest file of the deck at *target* (a deck folder or a deck YAML file)."""
    return target / DECK_FILE if target.is_dir() else target


def deck_name(path: Path) -> str:
    """Return the deck's name: its folder's name for ``deck.yaml``, else the file's stem."""
    return path.parent.name if path.name == DECK_FILE else path.stem


def _inside(path: Path, folder: Path) -> bool:
    try:
        real_path(path).relative_to(real_path(folder))
        return True
    except ValueError:
        return False


def load_deck(target: Path, diags: Diagnostics, allow: tuple[Path, ...] = ()) -> m.Deck | None:
    """Return the Deck at *target* (folder or YAML file), or None when it has errors (all in *diags*).

    Files the deck names are read only from its project folder, the package and the *allow* ed folders.
    The deck's own problems decide: errors already in *diags* (from another deck) do not hide this one's.
    """
    own = Diagnostics()
    deck = _load_deck(target, own, allow)
    diags.extend(own.items)
    return deck


def _load_deck(target: Path, diags: Diagnostics, allow: tuple[Path, ...]) -> m.Deck | None:
    path = deck_file(target)
    doc = read_yaml(path, diags)
    if doc is None:
        return None
    if doc.root is None:
        diags.error(Pos(doc.display, 1, 1), "the deck file is empty", "start it with 'title: …' and list its sections")
        return None
    refs = Refs(files=[path.resolve()])
    ctx = LoadCtx(doc.display, diags, path.parent, refs, ReadScope(project_root(path), tuple(allow)),
                  _digest(doc.text), doc.text)
    if not ctx.visit(doc.root):
        return None
    values = DECK.check(doc.root, ctx, "deck")
    if values is INVALID:
        return None
    sections = _load_sections(values, path, ctx)
    if not sections and not diags.has_errors:
        diags.error(values.pos, "the deck has no sections",
                    "add section files beside deck.yaml or list them under 'sections:'")
    sources = {sid: m.Source(id=sid, pos=src.pos, **{k: src.get(k) for k in ("title", "publisher", "author", "url",
                                                                               "date", "note")})
               for sid, src in values.get("sources", {}).items()}
    audiences = {}
    for name, aud in values.get("audiences", {}).items():
        if name in RESERVED_AUDIENCES:
            diags.error(values["audiences"].key_pos[name], f"'{name}' cannot name an audience",
                        "--audience all means every audience; choose another name")
            continue
        style = aud.get("style")
        if isinstance(style, Values):
            if "extends" in style:
                diags.error(style.key_pos["extends"], "an audience's style cannot use 'extends'",
                            "it overrides values of the deck's style; name the style to extend in the deck's "
                            "'style:' instead")
            resolve_style_paths(style, path.parent)  # logo and template: relative to deck.yaml
        audiences[name] = m.Audience(name=name, description=aud.get("description"), handout=aud.get("handout") or {},
                                     style=aud.get("style") or {}, pos=aud.pos, lang=aud.get("lang"))
    _check_refs(refs, sources, audiences, path, diags)
    if diags.has_errors:
        return None
    return m.Deck(name=deck_name(path), title=values["title"], path=path, subtitle=values.get("subtitle"),
                  author=values.get("author"), date=values.get("date"), style=values.get("style"),
                  style_pos=values.at("style"), sources=sources, audiences=audiences, sections=tuple(sections),
                  pos=values.pos, files=tuple(dict.fromkeys(refs.files)), reveal=values.get("reveal", False),
                  lang=values.get("lang", DEFAULT_LANG))


MAX_SECTIONS = 1000
"""Sections one deck may list (a long book has a few dozen chapters)."""


def _load_sections(values: Values, path: Path, deck_ctx: LoadCtx) -> list[m.Section]:
    diags, folder = deck_ctx.diags, path.parent
    if "sections" in values:
        entries = values["sections"]
    elif path.name == DECK_FILE:
        entries = [(p.name, values.pos) for p in sorted(folder.iterdir())
                   if (p.suffix in (".yaml", ".yml") or is_markdown(p, found=True))
                   and p.name != DECK_FILE and not p.is_dir()]
    else:
        entries = []
    if len(entries) > MAX_SECTIONS:
        diags.error(values.at("sections"), f"the deck has {len(entries):,} sections; the limit is {MAX_SECTIONS:,}",
                    "split it into several decks")
        return []
    sections = []
    listed: dict[Path, Pos] = {}
    repeats: dict[Path, int] = {}
    repeated: list[tuple[Path, str, Pos, Pos]] = []
    for entry in entries:
        if isinstance(entry, m.Section):
            sections.append(entry)
            continue
        name, pos = entry
        file = folder / name
        if not _inside(file, folder):
            diags.error(pos, f"section file '{name}' is outside the deck folder",
                        "section files live in the deck's own folder")
            continue
        real = real_path(file)
        if real == real_path(path):
            diags.error(pos, f"'{name}' is the deck file itself")
            continue
        first = listed.get(real)
        if first is not None:
            repeats[real] = repeats.get(real, 0) + 1
            if repeats[real] == 1:
                repeated.append((real, name, pos, first))
            continue
        listed[real] = pos
        if is_markdown(file):  # Markdown section files: deckbuild.mdoutline
            sections.extend(load_markdown_sections(file, pos, deck_ctx))
            continue
        doc = read_yaml(file, diags, referenced_at=pos)
        if doc is None:
            continue
        if doc.root is None:
            diags.error(Pos(doc.display, 1, 1), "the section file is empty", "start it with 'section: <title>'")
            continue
        deck_ctx.refs.files.append(file.resolve())
        ctx = LoadCtx(doc.display, diags, file.parent, deck_ctx.refs, deck_ctx.scope, _digest(doc.text), doc.text)
        section = SECTION.check(doc.root, ctx, "section") if ctx.visit(doc.root) else INVALID
        if section is not INVALID:
            sections.append(section)
    for file, name, pos, first in repeated:
        more = repeats[file] - 1
        diags.error(pos, f"section file '{name}' is listed more than once (first at line {first.line}"
                    + (f"; {more:,} more repeat{'s' * (more != 1)} follow" if more else "") + ")",
                    "each section file is built once; remove the repeats")
    return sections


def _check_refs(refs: Refs, sources: dict, audiences: dict, path: Path, diags: Diagnostics) -> None:
    for sid, pos in refs.sources:
        if sid not in sources:
            hint = did_you_mean(sid, sources) or (f"define it under 'sources:' in {display_path(path)}"
                                                  if sources else "add a 'sources:' mapping to deck.yaml")
            diags.error(pos, f"source '{sid}' is not defined in deck.yaml", hint)
    for name, pos in refs.audiences:
        if name not in audiences:
            hint = did_you_mean(name, audiences) or (one_of(audiences) if audiences else
                                                     "define audiences under 'audiences:' in deck.yaml")
            diags.error(pos, f"audience '{name}' is not defined in deck.yaml", hint)
