"""The ground of the schema (``schema.py``): the check context with its node budget, INVALID, and ``Spec``,
the base of every kind of value."""

from __future__ import annotations

import re

import yaml

from deckbuild.diagnostics import Diagnostics, Pos
from deckbuild.yamlsrc import node_pos

TYPE_CHECKING = False  # (typing.TYPE_CHECKING, without importing typing at start-up)
if TYPE_CHECKING:
    from typing import Any

MAX_NODES = 100_000
"""Nodes visited per file before giving up (defends against YAML alias bombs)."""
MAX_ALIAS_CHARS = 200_000
"""Characters of text a file may repeat through YAML aliases (a text reached again through ``*name``);
text written out is bounded by the file size instead."""

_ANCHOR = re.compile(r"&[^\s,\[\]{}]{1,40}")
_STANDARD = "tag:yaml.org,2002:"
_PLAIN_TAGS = ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")
NULL_TAG = "tag:yaml.org,2002:null"
BOOL_TAG = "tag:yaml.org,2002:bool"
INT_TAG = "tag:yaml.org,2002:int"
FLOAT_TAG = "tag:yaml.org,2002:float"


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
    if node.tag == NULL_TAG:
        return "nothing"
    if node.tag in (INT_TAG, FLOAT_TAG):
        return "a number"
    if node.tag == BOOL_TAG:
        return "true/false"
    return "text"


def is_null(node: yaml.Node | None) -> bool:
    """Return True when *node* is absent or YAML's null (``key:`` with nothing after it)."""
    return node is None or (isinstance(node, yaml.ScalarNode) and node.tag == NULL_TAG)


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


def scalar(node: yaml.Node, ctx: Ctx, label: str, expected: str) -> str | None:
    """Return the text of the scalar *node*, or None after reporting that it is not *expected*."""
    if not isinstance(node, yaml.ScalarNode):
        ctx.error(node, f"{label} must be {expected}, not {describe(node)}")
        return None
    return node.value
