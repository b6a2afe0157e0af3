"""A declarative schema over YAML node trees.

Each option is declared once (like MkDocs' ``config_options``); checking a node tree walks the
declaration, reports *every* problem with its position into a Diagnostics collection and returns
plain values. The same declarations produce the JSON Schema that editors use.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Callable

import yaml

from deckbuild.diagnostics import Diagnostics, Pos, did_you_mean, one_of
from deckbuild.units import parse_length
from deckbuild.yamlsrc import node_pos

MAX_NODES = 100_000
"""Nodes visited per file before giving up (defends against YAML alias bombs)."""
MAX_ALIAS_CHARS = 200_000
"""Characters of text a file may repeat through YAML aliases (a text reached again through ``*name``);
text written out is bounded by the file size instead."""

_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_TODO = re.compile(r"\bTODO\b")
_ANCHOR = re.compile(r"&[^\s,\[\]{}]{1,40}")
_STANDARD = "tag:yaml.org,2002:"
_PLAIN_TAGS = ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")
_NULL = "tag:yaml.org,2002:null"
_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"


class _Invalid:
    def __repr__(self) -> str:
        return "INVALID"

    def __bool__(self) -> bool:
        return False


INVALID: Any = _Invalid()


class Ctx:
    """What a check needs: the file being read, where problems go, and a node budget."""

    def __init__(self, display: str, diags: Diagnostics, max_nodes: int = MAX_NODES, text: str = "",
                 max_alias_chars: int = MAX_ALIAS_CHARS):
        self.display = display
        self.diags = diags
        self.max_nodes = max_nodes
        self.max_alias_chars = max_alias_chars
        self.text = text  # the file's text, when known: lets messages look at what YAML dropped (comments)
        self.visited = 0
        self.alias_chars = 0  # characters of text reached again through YAML aliases
        self.aliased = False  # a node was reached a second time (through an alias)
        self._seen: set[int] = set()
        self.exhausted = False

    def pos(self, node: yaml.Node) -> Pos:
        return node_pos(node, self.display)

    def error(self, node: yaml.Node, message: str, hint: str | None = None) -> None:
        self.diags.error(self.pos(node), message, hint)

    def warning(self, node: yaml.Node, message: str, hint: str | None = None) -> None:
        self.diags.warning(self.pos(node), message, hint)

    def check_markup(self, node: yaml.Node, value: str) -> bool:
        """Return False after reporting a problem in the inline markup of *value* (outlines check ``$…$``)."""
        return True

    def visit(self, node: yaml.Node) -> bool:
        """Return False (reporting it once) when the file has more nodes than the budget.

        Explicit YAML tags (``!!python/object``, ``!custom``) are refused: outlines are plain data.
        """
        tag = node.tag or ""
        if not tag.startswith(_STANDARD) or tag[len(_STANDARD):] not in _PLAIN_TAGS:
            self.error(node, f"the YAML tag '{tag}' is not allowed", "outlines hold plain text, lists and mappings")
            return False
        self.visited += 1
        if id(node) in self._seen:
            self.aliased = True
            if isinstance(node, yaml.ScalarNode):
                self.alias_chars += len(node.value)
        else:
            self._seen.add(id(node))
        if self.visited > self.max_nodes:
            if not self.exhausted:
                self.exhausted = True
                if self.aliased:
                    self.error(node, f"the document expands to more than {self.max_nodes:,} values",
                               "are YAML aliases (*name) repeated many times? write the values out")
                else:
                    self.error(node, f"the file holds more than {self.max_nodes:,} values (the limit per file)",
                               "split it into several section files")
            return False
        if self.alias_chars > self.max_alias_chars:
            if not self.exhausted:
                self.exhausted = True
                found = _ANCHOR.match(self.text, node.start_mark.index) if self.text else None
                anchor = f" ({found.group()})" if found else ""
                self.error(node, f"YAML aliases repeat this text{anchor} to more than "
                           f"{self.max_alias_chars:,} characters", "write the text out once, or repeat a shorter "
                           "text; every alias (*name) copies the whole anchored value")
            return False
        return True


def describe(node: yaml.Node) -> str:
    """Return what *node* is, in words a user understands ("a list", "a number", …)."""
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if node.tag == _NULL:
        return "nothing"
    if node.tag in (_INT, _FLOAT):
        return "a number"
    if node.tag == _BOOL:
        return "true/false"
    return "text"


def is_null(node: yaml.Node | None) -> bool:
    return node is None or (isinstance(node, yaml.ScalarNode) and node.tag == _NULL)


class Spec:
    """One kind of value. ``check`` returns the value or INVALID after reporting why."""

    doc = ""

    def check(self, node: yaml.Node, ctx: Ctx, label: str) -> Any:
        raise NotImplementedError

    def json(self, defs: dict) -> dict:
        raise NotImplementedError

    def _json(self, schema: dict) -> dict:
        if self.doc:
            schema["description"] = self.doc
        return schema


def _scalar(node: yaml.Node, ctx: Ctx, label: str, expected: str) -> str | None:
    if not isinstance(node, yaml.ScalarNode):
        ctx.error(node, f"{label} must be {expected}, not {describe(node)}")
        return None
    return node.value


class Text(Spec):
    """A string. Whatever the user typed is kept as written (``yes`` stays ``yes``)."""

    def __init__(self, doc: str = "", allow_empty: bool = False, max_len: int = 20_000, verbatim: bool = False):
        self.doc, self.allow_empty, self.max_len = doc, allow_empty, max_len
        self.verbatim = verbatim  # code and formulas: no inline markup, and a TODO in them is content

    def check(self, node, ctx, label):
        if is_null(node) or (isinstance(node, yaml.ScalarNode) and node.value.strip() == ""):
            if self.allow_empty:
                return ""
            ctx.error(node, f"{label} is empty", "write some text or remove the key")
            return INVALID
        value = _scalar(node, ctx, label, "text")
        if value is None:
            return INVALID
        bad = _XML_INVALID.search(value)
        if bad:
            ctx.error(node, f"{label} contains the control character U+{ord(bad.group()):04X}",
                      "remove it; slides cannot show control characters")
            return INVALID
        if len(value) > self.max_len:
            ctx.error(node, f"{label} is {len(value):,} characters long (the limit is {self.max_len:,})")
            return INVALID
        if not node.style and node.end_mark.line > node.start_mark.line and ctx.text:
            item = _list_item_inside(node, ctx.text)
            if item is not None:
                line, col, shown = item
                ctx.diags.error(Pos(ctx.display, line, col), f"{label} runs on to line {line}, so YAML reads "
                                f"'{shown}' as more of its text, not as a list item",
                                "line the '-' up with the items above it (or quote the text if the dash belongs "
                                "to it)")
                return INVALID
        if self.verbatim:
            return value
        if "TODO" in value and _TODO.search(value):
            ctx.warning(node, f"{label} still has a TODO", "resolve it before presenting; --strict refuses TODOs")
        if "$" in value and not ctx.check_markup(node, value):
            return INVALID
        return value

    def json(self, defs):
        return self._json({"type": "string"})


def _list_item_inside(node: yaml.ScalarNode, text: str) -> tuple[int, int, str] | None:
    """Return (line, column, text) of a line inside the plain multi-line scalar *node* that starts with '- ' (a list
    item indented wrongly, which YAML folds into the text above it), or None."""
    start, end = node.start_mark.index, node.end_mark.index
    lines = text[start:end].split("\n")
    for offset, line in enumerate(lines[1:], 1):
        stripped = line.strip()
        if stripped == "-" or stripped.startswith("- "):
            return node.start_mark.line + 1 + offset, len(line) - len(line.lstrip()) + 1, stripped[:40]
    return None


class Number(Spec):
    def __init__(self, doc: str = "", minimum: float | None = None, maximum: float | None = None,
                 integer: bool = False):
        self.doc, self.minimum, self.maximum, self.integer = doc, minimum, maximum, integer

    def check(self, node, ctx, label):
        kind = "a whole number" if self.integer else "a number"
        raw = _scalar(node, ctx, label, kind)
        if raw is None:
            return INVALID
        try:
            value = int(raw) if self.integer else float(raw)
        except ValueError:
            finite = raw.strip().lower().lstrip("+-") in (".nan", ".inf")
            ctx.error(node, f"{label} must be {'a finite number' if finite else kind}, not '{raw}'")
            return INVALID
        if not math.isfinite(value):
            ctx.error(node, f"{label} must be a finite number, not '{raw}'")
            return INVALID
        if self.minimum is not None and value < self.minimum:
            ctx.error(node, f"{label} must be at least {self.minimum:g}, not {value:g}")
            return INVALID
        if self.maximum is not None and value > self.maximum:
            ctx.error(node, f"{label} must be at most {self.maximum:g}, not {value:g}")
            return INVALID
        return value

    def json(self, defs):
        schema: dict = {"type": "integer" if self.integer else "number"}
        if self.minimum is not None:
            schema["minimum"] = self.minimum
        if self.maximum is not None:
            schema["maximum"] = self.maximum
        return self._json(schema)


class Boolean(Spec):
    def __init__(self, doc: str = ""):
        self.doc = doc

    def check(self, node, ctx, label):
        raw = _scalar(node, ctx, label, "true or false")
        if raw is None:
            return INVALID
        if node.tag != _BOOL:
            ctx.error(node, f"{label} must be true or false, not '{raw}'")
            return INVALID
        return raw.lower() in ("true", "yes", "on", "y")

    def json(self, defs):
        return self._json({"type": "boolean"})


class Choice(Spec):
    def __init__(self, options: tuple[str, ...], doc: str = ""):
        self.options, self.doc = tuple(options), doc

    def check(self, node, ctx, label):
        raw = _scalar(node, ctx, label, "one of " + ", ".join(self.options))
        if raw is None:
            return INVALID
        if raw not in self.options:
            ctx.error(node, f"{label} '{raw}' is not known", did_you_mean(raw, self.options) or one_of(self.options))
            return INVALID
        return raw

    def json(self, defs):
        return self._json({"enum": list(self.options)})


class Length(Spec):
    """A length in points, written as a number of points or with a unit (18mm, 0.5in, 12pt)."""

    def __init__(self, doc: str = "", minimum: float = 0.0, maximum: float = 14400.0):
        self.doc, self.minimum, self.maximum = doc, minimum, maximum

    def check(self, node, ctx, label):
        raw = _scalar(node, ctx, label, "a length")
        if raw is None:
            return INVALID
        try:
            value = parse_length(float(raw) if node.tag in (_INT, _FLOAT) else raw)
        except ValueError as exc:
            ctx.error(node, f"{label}: {exc}")
            return INVALID
        if not self.minimum <= value <= self.maximum:
            ctx.error(node, f"{label} must be between {self.minimum:g}pt and {self.maximum:g}pt, not {value:g}pt")
            return INVALID
        return value

    def json(self, defs):
        return self._json({"type": ["number", "string"],
                           "pattern": r"^\s*\d+(\.\d+)?\s*(pt|in|mm|cm|px)?\s*$"})


_HEX = re.compile(r"^#?([0-9a-fA-F]{6})$")


class Color(Spec):
    """A colour written as ``#RRGGBB``; the value is ``RRGGBB`` in capitals."""

    def __init__(self, doc: str = ""):
        self.doc = doc

    def check(self, node, ctx, label):
        raw = _scalar(node, ctx, label, "a colour like \"#1F3B5B\"")
        if raw is None:
            return INVALID
        m = _HEX.match(raw.strip())
        if not m:
            ctx.error(node, f"{label} '{raw}' is not a colour", "write it as \"#RRGGBB\" in quotes, e.g. \"#1F3B5B\"")
            return INVALID
        return m.group(1).upper()

    def json(self, defs):
        return self._json({"type": "string", "pattern": "^#?[0-9a-fA-F]{6}$"})


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


@dataclass(frozen=True)
class Field:
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
