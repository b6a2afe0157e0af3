"""The scalar kinds of value of the schema: text, numbers, true/false, a choice, lengths and colours."""

from __future__ import annotations

import math
import re

import yaml

from deckbuild.diagnostics import Pos, did_you_mean, one_of
from deckbuild.schema_core import BOOL_TAG, FLOAT_TAG, INT_TAG, INVALID, Spec, is_null, scalar
from deckbuild.units import parse_length

_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_BIDI_OPEN = {"\u202a": "\u202c", "\u202b": "\u202c", "\u202d": "\u202c", "\u202e": "\u202c",
              "\u2066": "\u2069", "\u2067": "\u2069", "\u2068": "\u2069"}
"""Bidirectional embeddings, overrides and isolates, and the character that closes each."""
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")


def unclosed_bidi(text: str) -> str | None:
    """Return the first bidirectional embedding, override or isolate *text* opens and never closes (it would
    turn or reorder the text after it, in the footer too), or None."""
    if not _BIDI.search(text):
        return None
    opened: list[str] = []
    for ch in _BIDI.findall(text):
        if ch in _BIDI_OPEN:
            opened.append(ch)
        elif opened and _BIDI_OPEN[opened[-1]] == ch:
            opened.pop()
    return opened[0] if opened else None


def invisible(text: str) -> bool:
    """Return True when *text* has characters but none that shows (only spaces and format characters)."""
    import unicodedata

    return bool(text) and all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in text)
_TODO = re.compile(r"\bTODO\b")


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
        value = scalar(node, ctx, label, "text")
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
        if not self.allow_empty and invisible(value):
            ctx.error(node, f"{label} has no visible characters (only invisible ones such as "
                      f"U+{ord(value.strip()[0]):04X})", "write some text or remove the key")
            return INVALID
        opened = unclosed_bidi(value)
        if opened:
            ctx.warning(node, f"{label} opens the direction control U+{ord(opened):04X} and never closes it, so "
                        "the text after it is shown turned or reordered",
                        f"close it with U+{ord(_BIDI_OPEN[opened]):04X}, or remove it")
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
        raw = scalar(node, ctx, label, kind)
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
        raw = scalar(node, ctx, label, "true or false")
        if raw is None:
            return INVALID
        if node.tag != BOOL_TAG:
            ctx.error(node, f"{label} must be true or false, not '{raw}'")
            return INVALID
        return raw.lower() in ("true", "yes", "on", "y")

    def json(self, defs):
        return self._json({"type": "boolean"})


class Choice(Spec):
    def __init__(self, options: tuple[str, ...], doc: str = ""):
        self.options, self.doc = tuple(options), doc

    def check(self, node, ctx, label):
        raw = scalar(node, ctx, label, "one of " + ", ".join(self.options))
        if raw is None:
            return INVALID
        if raw not in self.options:
            ctx.error(node, f"{label} '{raw}' is not known", did_you_mean(raw, self.options) or one_of(self.options))
            return INVALID
        return raw

    def json(self, defs):
        return self._json({"enum": list(self.options)})


def length_input(node, raw: str) -> float | str:
    """Return what the length *raw* (the text of the scalar *node*) says: a YAML number as a float (``.nan`` and
    ``.inf`` too, for the range check to refuse), anything else as its text (for ``parse_length``)."""
    if node.tag in (INT_TAG, FLOAT_TAG):
        text = raw.strip().lower()
        try:
            return float(text.replace(".", "", 1) if text.lstrip("+-") in (".nan", ".inf") else text)
        except ValueError:
            pass  # 0x1F, 1_000: said to be no length by parse_length, in its words
    return raw


class Length(Spec):
    """A length in points, written as a number of points or with a unit (18mm, 0.5in, 12pt)."""

    def __init__(self, doc: str = "", minimum: float = 0.0, maximum: float = 14400.0):
        self.doc, self.minimum, self.maximum = doc, minimum, maximum

    def check(self, node, ctx, label):
        raw = scalar(node, ctx, label, "a length")
        if raw is None:
            return INVALID
        try:
            value = parse_length(length_input(node, raw))
        except ValueError as exc:
            ctx.error(node, f"{label}: {exc}")
            return INVALID
        if not math.isfinite(value):
            ctx.error(node, f"{label} must be a finite length, not '{raw}'", "write it like 18mm, 0.5in or 12pt")
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
        raw = scalar(node, ctx, label, "a colour like \"#1F3B5B\"")
        if raw is None:
            return INVALID
        m = _HEX.match(raw.strip())
        if not m:
            ctx.error(node, f"{label} '{raw}' is not a colour", "write it as \"#RRGGBB\" in quotes, e.g. \"#1F3B5B\"")
            return INVALID
        return m.group(1).upper()

    def json(self, defs):
        return self._json({"type": "string", "pattern": "^#?[0-9a-fA-F]{6}$"})
