"""The outline's records: deck, section, slide and each kind's content, and how checked values become the
content model (``model.py``). ``deckbuild schema`` writes the JSON Schema from the same declarations."""

from __future__ import annotations

from functools import lru_cache

import yaml

from deckbuild import model as m
from deckbuild import picture_schema as pictures
from deckbuild.diagnostics import did_you_mean
from deckbuild.images import check_image
from deckbuild.lang import LangTag
from deckbuild.outline_ctx import ID_PATTERN, SOURCE_IDS, VISIBILITY_FIELDS, LoadCtx, ids, visibility
from deckbuild.outline_specs import (BULLETS, CellSpec, CountedRecord, FormulaSpec, LineRange, Shorthand,
                                     chart_counts, table_counts)
from deckbuild.schema import Field, ListOf, MapOf, Record, Values
from deckbuild.schema_core import INVALID, Spec
from deckbuild.schema_scalars import Boolean, Choice, Number, Text
from deckbuild.style import HANDOUT, STYLE

CHART_TYPES = ("bar", "column", "line", "pie")
KIND_FIELDS = ("columns", "quote", "image", "table", "chart", "timeline", "statement", "code", "math", "images")
BESIDE_BULLETS = ("image", "code", "math", "images")  # kinds that show bullets beside their content


def _build_image(values: Values, ctx: LoadCtx):
    path = ctx.base_dir / values["path"]
    size = check_image(path, values["path"], values.at("path"), ctx.scope, ctx.diags)
    if size is None:
        return INVALID
    ctx.refs.files.append(path.resolve())
    return m.Image(path=path.resolve(), alt=values.get("alt"), caption=values.get("caption"), width=size[0],
                   height=size[1], pos=values.at("path"), decorative=values.get("decorative", False))


def _build_table(values: Values, ctx: LoadCtx):
    columns = tuple(values["columns"])
    rows = tuple(tuple(row) for row in values.get("rows", ()))
    if any(len(row) != len(columns) for row in rows):
        return INVALID  # reported by table_counts, at the row
    return m.Table(columns=columns, rows=rows, pos=values.pos)


def _build_chart(values: Values, ctx: LoadCtx):
    categories = tuple(values["categories"])
    series = []
    for s in values["series"]:
        if len(s["values"]) != len(categories):
            return INVALID  # reported by chart_counts, at the series' values
        series.append(m.Series(s["name"], tuple(float(v) for v in s["values"])))
    if values["type"] == "pie" and len(series) > 1:
        ctx.diags.error(values.at("series"), "a pie chart shows one series", "use a bar or column chart to compare series")
        return INVALID
    return m.Chart(type=values["type"], categories=categories, series=tuple(series), pos=values.pos,
                   alt=values.get("alt"))


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
                         "rows": Field(ListOf(ListOf(CellSpec(), item_label="cell"), item_label="row"))},
               build=_build_table, counts=table_counts)
SERIES = Record("series", {"name": Field(Text(), required=True),
                           "values": Field(ListOf(Number(), item_label="value"), required=True)})
CHART = CountedRecord("chart", {"type": Field(Choice(CHART_TYPES), required=True),
                         "categories": Field(ListOf(Text(), min_items=1, item_label="category"), required=True),
                         "series": Field(ListOf(SERIES, min_items=1, item_label="series"), required=True),
                         "alt": Field(Text(), doc="alt text (default: a summary made from the data)")},
               build=_build_chart, counts=chart_counts)
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
    "math": Field(ListOf(FormulaSpec(), single_ok=True, min_items=1, item_label="formula"),
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
            value = ids(values, key, ctx, "source")
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
    return m.Slide(kind=kind, vis=visibility(values, ctx), variants=variants, pos=values.pos,
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
                     notes=values.get("notes"), sources=ids(values, "sources", ctx, "source"),
                     vis=visibility(values, ctx), pos=values.pos, digest=ctx.digest)


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
