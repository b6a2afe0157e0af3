"""YAML node trees built by hand, so that a Markdown file is checked by the same schema as a YAML file.

The nodes carry marks pointing into the Markdown file, so every schema error names the ``.md`` line.
"""

from __future__ import annotations

import yaml

STR = "tag:yaml.org,2002:str"
BOOL = "tag:yaml.org,2002:bool"
NULL = "tag:yaml.org,2002:null"
MAP = "tag:yaml.org,2002:map"
SEQ = "tag:yaml.org,2002:seq"
_RESOLVER = yaml.resolver.Resolver()


def mark(display: str, line: int, col: int) -> yaml.Mark:
    """Return a mark at the 0-based *line* and *col* of the file shown as *display*."""
    return yaml.Mark(display, 0, max(line, 0), max(col, 0), None, None)


class NodeMaker:
    """Makes scalar, list and mapping nodes positioned in one file."""

    def __init__(self, display: str):
        self.display = display

    def text(self, value: str, line: int, col: int = 0, last_line: int | None = None) -> yaml.ScalarNode:
        """Return a text scalar (kept as written, like a quoted YAML string).

        *last_line* is where text written over several lines ends; columns inside it are then not guessed.
        """
        at = mark(self.display, line, col)
        end = mark(self.display, last_line, 0) if last_line is not None and last_line > line else at
        return yaml.ScalarNode(STR, value, at, end, style=None)

    def plain(self, value: str, line: int, col: int = 0) -> yaml.ScalarNode:
        """Return an unquoted scalar whose type YAML would infer (``true`` is a boolean, ``3`` a number)."""
        at = mark(self.display, line, col)
        return yaml.ScalarNode(_RESOLVER.resolve(yaml.ScalarNode, value, (True, False)), value, at, at)

    def boolean(self, value: bool, line: int, col: int = 0) -> yaml.ScalarNode:
        at = mark(self.display, line, col)
        return yaml.ScalarNode(BOOL, "true" if value else "false", at, at)

    def seq(self, items: list[yaml.Node], line: int, col: int = 0) -> yaml.SequenceNode:
        at = mark(self.display, line, col)
        return yaml.SequenceNode(SEQ, list(items), at, at)

    def mapping(self, pairs: list[tuple[yaml.Node, yaml.Node]], line: int, col: int = 0) -> yaml.MappingNode:
        at = mark(self.display, line, col)
        return yaml.MappingNode(MAP, list(pairs), at, at)

    def pair(self, key: str, value: yaml.Node) -> tuple[yaml.Node, yaml.Node]:
        """Return a key/value pair whose key sits where its value does."""
        at = value.start_mark
        return yaml.ScalarNode(STR, key, at, at), value


def shift(node: yaml.Node, display: str, lines: int, cols: int = 0) -> yaml.Node:
    """Return *node* (composed from a snippet) with its marks moved *lines* down in the file *display*.

    *cols* is added on the snippet's first line only (an attribute list inside a heading line).
    """
    def moved(m: yaml.Mark) -> yaml.Mark:
        return mark(display, m.line + lines, m.column + (cols if m.line == 0 else 0))

    seen: set[int] = set()
    stack = [node]
    while stack:
        n = stack.pop()
        if id(n) in seen:
            continue
        seen.add(id(n))
        n.start_mark, n.end_mark = moved(n.start_mark), moved(n.end_mark)
        if isinstance(n, yaml.MappingNode):
            for k, v in n.value:
                stack.extend((k, v))
        elif isinstance(n, yaml.SequenceNode):
            stack.extend(n.value)
    return node


INT = "tag:yaml.org,2002:int"
FLOAT = "tag:yaml.org,2002:float"


class Numeral(str):
    """A number kept as it was written (``1.50`` stays ``1.50``), written back without quotes."""

    tag = FLOAT

    def __new__(cls, text: str, tag: str = FLOAT):
        value = super().__new__(cls, text)
        value.tag = tag
        return value


def plain_value(node: yaml.Node | None, depth: int = 0):
    """Return the plain data of *node*: text as written, booleans and nulls as Python values.

    Numbers stay text (a :class:`Numeral`), so that ``1.50`` in a table cell is written back as ``1.50``.
    """
    if depth > 64:
        raise ValueError("nested too deeply")
    if node is None:
        return None
    if isinstance(node, yaml.MappingNode):
        return {str(plain_value(k, depth + 1)): plain_value(v, depth + 1) for k, v in node.value}
    if isinstance(node, yaml.SequenceNode):
        return [plain_value(v, depth + 1) for v in node.value]
    if node.tag == BOOL:
        return node.value.lower() in ("true", "yes", "on", "y")
    if node.tag == NULL:
        return None
    if node.tag in (INT, FLOAT):
        return Numeral(node.value, node.tag)
    return node.value
