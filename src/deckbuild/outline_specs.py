"""The value kinds of outlines that plain schema kinds do not cover: bullets (nested), a record written as
one scalar, table cells, line ranges, formulas, and records whose lists must agree in length."""

from __future__ import annotations

import yaml

from deckbuild import model as m
from deckbuild.lang import LangTag
from deckbuild.outline_ctx import MAX_FORMULA, SOURCE_IDS, VISIBILITY_FIELDS, LoadCtx, ids, visibility
from deckbuild.schema import Field, ListOf, Record, Values
from deckbuild.schema_core import INVALID, Spec, describe, is_null
from deckbuild.schema_scalars import Text


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
                        sources=ids(values, "sources", ctx, "source"), vis=visibility(values, ctx), pos=values.pos,
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


class CellSpec(Spec):
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


def child_node(node, key: str):
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


def _mismatched(node, head: str, items: str, counted=lambda entry: entry):
    """Return (number, entry, counted list node, its length, the wanted length) for each entry of the list *items*
    of the mapping *node* whose ``counted(entry)`` list is not as long as the list *head*; nothing when either is
    not a list (then the schema reports it)."""
    first, second = child_node(node, head), child_node(node, items)
    if not isinstance(first, yaml.SequenceNode) or not isinstance(second, yaml.SequenceNode):
        return []
    want, found = len(first.value), []
    for i, entry in enumerate(second.value, 1):
        listed = counted(entry)
        if isinstance(listed, yaml.SequenceNode) and len(listed.value) != want:
            found.append((i, entry, listed, len(listed.value), want))
    return found


def table_counts(node, ctx) -> None:
    """Report each table row whose cell count differs from the columns', at the row."""
    for i, row, _cells, n, want in _mismatched(node, "columns", "rows"):
        ctx.error(row, f"table row {i} has {n} cell{'s' * (n != 1)} but there {'are' if want != 1 else 'is'} "
                  f"{want} column{'s' * (want != 1)}", "give every row one cell per column (use \"\" for an empty cell)")


def chart_counts(node, ctx) -> None:
    """Report each chart series whose value count differs from the categories', at its values."""
    for i, one, values, n, want in _mismatched(node, "categories", "series", lambda one: child_node(one, "values")):
        name = child_node(one, "name")
        shown = f"'{name.value}'" if isinstance(name, yaml.ScalarNode) and name.value else str(i)
        ctx.error(values, f"series {shown} has {n} value{'s' * (n != 1)} but there are {want} "
                  f"categor{'ies' if want != 1 else 'y'}", "give one value per category")


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


class FormulaSpec(Spec):
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
