"""A declarative schema over YAML node trees.

Each option is declared once (like MkDocs' ``config_options``); checking a node tree walks the
declaration, reports *every* problem with its position into a Diagnostics collection and returns
plain values. The same declarations produce the JSON Schema that editors use. This module holds the
containers (lists, mappings, records); ``schema_core`` the context and ``Spec``, ``schema_scalars``
the scalar kinds.
"""

from __future__ import annotations

from collections.abc import Callable
import re

import yaml

from deckbuild.diagnostics import Pos, did_you_mean, one_of
from deckbuild.records import record
from deckbuild.schema_core import Ctx, INVALID, Spec, describe, is_null
from deckbuild.schema_scalars import Color

TYPE_CHECKING = False  # (typing.TYPE_CHECKING, without importing typing at start-up)
if TYPE_CHECKING:
    from typing import Any


class ListOf(Spec):
    """A list of *item*; with ``single_ok`` a lone value is read as a list of one."""

    def __init__(self, item: Spec, doc: str = "", min_items: int = 0, max_items: int | None = None,
                 single_ok: bool = False, item_label: str = "item"):
        self.item, self.doc, self.min_items, self.max_items = item, doc, min_items, max_items
        self.single_ok, self.item_label = single_ok, item_label

    def check(self, node, ctx, label):
        if self.single_ok and isinstance(node, yaml.ScalarNode) and not is_null(node):
            items = [node]
        elif isinstance(node, yaml.SequenceNode):
            items = node.value
        else:
            ctx.error(node, f"{label} must be a list, not {describe(node)}",
                      "write one item per line, each starting with '- '")
            return INVALID
        bad = False
        if len(items) < self.min_items:
            ctx.error(node, f"{label} needs at least {self.min_items} {self.item_label}(s), found {len(items)}")
        if self.max_items is not None and len(items) > self.max_items:
            ctx.error(node, f"{label} allows at most {self.max_items} {self.item_label}(s), found {len(items)}")
        out = []
        for i, child in enumerate(items, 1):
            if not ctx.visit(child):
                if ctx.exhausted:
                    return INVALID
                bad = True
                continue
            value = self.item.check(child, ctx, f"{self.item_label} {i} of {label}")
            if value is INVALID:
                bad = True  # reported already; the list as a whole is unusable (no cascading errors)
            else:
                out.append(value)
        return INVALID if bad else out

    def json(self, defs):
        schema = {"type": "array", "items": self.item.json(defs)}
        if self.min_items:
            schema["minItems"] = self.min_items
        if self.max_items is not None:
            schema["maxItems"] = self.max_items
        if self.single_ok:
            return self._json({"anyOf": [schema, self.item.json(defs)]})
        return self._json(schema)


class Positioned(Spec):
    """A value of *spec* together with where it is written: ``(value, Pos)``."""

    def __init__(self, spec: Spec):
        self.spec = spec
        self.doc = spec.doc

    def check(self, node, ctx, label):
        value = self.spec.check(node, ctx, label)
        return INVALID if value is INVALID else (value, ctx.pos(node))

    def json(self, defs):
        return self.spec.json(defs)


def _mapping_pairs(node, ctx, label):
    """Yield (key text, key node, value node) of a mapping, reporting bad and duplicate keys."""
    seen: dict[str, yaml.Node] = {}
    for key_node, value_node in node.value:
        if not ctx.visit(value_node):
            if ctx.exhausted:
                return
            value_node = None  # refused (a YAML tag): the key is there, its value is not usable
        if not isinstance(key_node, yaml.ScalarNode) or is_null(key_node):
            ctx.error(key_node, f"keys in {label} must be text, not {describe(key_node)}")
            continue
        key = key_node.value
        if key == "<<":
            ctx.error(key_node, "YAML merge keys ('<<') are not supported", "write the keys out")
            yield key, key_node, None  # the mapping is incomplete: no "missing key" errors follow
            continue
        if key in seen:
            first = seen[key].start_mark.line + 1
            ctx.error(key_node, f"duplicate key '{key}' in {label} (first at line {first})",
                      "YAML keeps only one of them; remove or rename one")
            continue
        seen[key] = key_node
        yield key, key_node, value_node


_COMMENT_AFTER_KEY = re.compile(r"[ \t]*:?[ \t]+(#[^\n]*)")


def dropped_comment(key_node: yaml.Node, ctx: Ctx) -> str | None:
    """Return the ``#…`` text YAML read as a comment right after *key_node*'s colon (so its value is empty),
    or None. ``primary: #7A1F2B`` is the classic case: the colour is a comment, the value is null."""
    if not ctx.text:
        return None
    found = _COMMENT_AFTER_KEY.match(ctx.text, key_node.end_mark.index)
    return found.group(1).strip() if found else None


def report_dropped_color(key: str, key_node: yaml.Node, value_node: yaml.Node, ctx: Ctx) -> bool:
    """Return True after reporting a colour that YAML dropped as a comment (``primary: #7A1F2B``)."""
    comment = dropped_comment(key_node, ctx)
    if comment is None:
        return False
    shown = comment.split()[0] if comment.split() else comment
    at = ctx.text.index("#", key_node.end_mark.index) - key_node.start_mark.index
    pos = Pos(ctx.display, key_node.start_mark.line + 1, key_node.start_mark.column + 1 + at)
    ctx.diags.error(pos, f"'{key}' is empty: YAML reads '{shown}' after the colon as a comment, not as a colour",
              f"quote the colour: {key}: \"{shown}\"")
    return True


class Values(dict):
    """The checked values of a mapping, with the positions of the mapping and of each key."""

    def __init__(self, pos: Pos):
        super().__init__()
        self.pos = pos
        self.key_pos: dict[str, Pos] = {}
        self.value_pos: dict[str, Pos] = {}

    def at(self, key: str) -> Pos:
        """Return where *key*'s value is written, or the mapping's position when absent."""
        return self.value_pos.get(key, self.pos)


class MapOf(Spec):
    """A mapping from names (ids) to *value*."""

    def __init__(self, value: Spec, doc: str = "", key_pattern: str | None = None, key_label: str = "name"):
        self.value, self.doc, self.key_label = value, doc, key_label
        self.key_pattern = re.compile(key_pattern) if key_pattern else None

    def check(self, node, ctx, label):
        if is_null(node):
            return Values(ctx.pos(node))
        if not isinstance(node, yaml.MappingNode):
            ctx.error(node, f"{label} must be a mapping of {self.key_label}s, not {describe(node)}")
            return INVALID
        out = Values(ctx.pos(node))
        for key, key_node, value_node in _mapping_pairs(node, ctx, label):
            if value_node is None:
                continue
            if self.key_pattern and not self.key_pattern.match(key):
                ctx.error(key_node, f"'{key}' is not a valid {self.key_label} in {label}",
                          "use letters, digits, '-' and '_' only, starting with a letter or digit")
                continue
            if isinstance(self.value, Color) and is_null(value_node) and \
                    report_dropped_color(key, key_node, value_node, ctx):
                value = INVALID
            else:
                value = self.value.check(value_node, ctx, f"{self.key_label} '{key}'")
            out.key_pos[key] = ctx.pos(key_node)
            out.value_pos[key] = ctx.pos(value_node)
            if value is not INVALID:
                out[key] = value
        return out

    def json(self, defs):
        schema = {"type": "object", "additionalProperties": self.value.json(defs)}
        if self.key_pattern:
            schema["propertyNames"] = {"pattern": self.key_pattern.pattern}
        return self._json(schema)


@record(frozen=True)
class Field:
    """A key of a record spec: the spec its value must meet, whether it is required, and its documentation."""

    spec: Spec
    required: bool = False
    doc: str = ""


class Record(Spec):
    """A mapping with declared keys. Unknown keys are errors with a did-you-mean hint."""

    def __init__(self, name: str, fields: dict[str, Field], doc: str = "",
                 build: Callable[[Values, Ctx], Any] | None = None, ref: str | None = None):
        self.name, self.fields, self.doc, self.build, self.ref = name, fields, doc, build, ref

    def check(self, node, ctx, label):
        if not isinstance(node, yaml.MappingNode):
            ctx.error(node, f"{label} must be a mapping with keys like "
                      + ", ".join(f"'{k}'" for k in list(self.fields)[:3]) + f", not {describe(node)}")
            return INVALID
        values = Values(ctx.pos(node))
        failed = refused = False
        for key, key_node, value_node in _mapping_pairs(node, ctx, label):
            values.key_pos[key] = ctx.pos(key_node)
            if value_node is None:  # refused and reported (a YAML tag or a merge key)
                refused = True
                continue
            values.value_pos[key] = ctx.pos(value_node)
            field = self.fields.get(key)
            if field is None:
                ctx.error(key_node, f"unknown key '{key}' in {self.name}",
                          did_you_mean(key, self.fields) or one_of(self.fields))
                continue
            if is_null(value_node) and isinstance(field.spec, Color) and \
                    report_dropped_color(key, key_node, value_node, ctx):
                continue
            if is_null(value_node) and not field.required:
                continue  # `key:` with nothing after it means "not set"
            value = field.spec.check(value_node, ctx, f"'{key}'")
            if value is INVALID:
                failed = failed or field.required
            else:
                values[key] = value
        if refused:
            return INVALID
        for key, field in self.fields.items():
            if field.required and key not in values.key_pos:
                ctx.error(node, f"{self.name} is missing '{key}'", field.doc or None)
                failed = True
        if failed:
            return INVALID
        return self.build(values, ctx) if self.build else values

    def json(self, defs):
        schema: dict = {
            "type": "object",
            "properties": {k: _with_doc(f.spec.json(defs), f.doc) for k, f in self.fields.items()},
            "additionalProperties": False,
        }
        required = [k for k, f in self.fields.items() if f.required]
        if required:
            schema["required"] = required
        schema = self._json(schema)
        if self.ref:
            defs[self.ref] = schema
            return {"$ref": f"#/$defs/{self.ref}"}
        return schema


def _with_doc(schema: dict, doc: str) -> dict:
    if doc and "description" not in schema and "$ref" not in schema:
        schema = dict(schema, description=doc)
    return schema
