"""Attribute lists in braces, as pandoc writes them: ``{.class #id key=value key="quoted value"}``.

Headings, bullets, code fences and images carry them; each attribute remembers its column so that a
schema error points at it.
"""

from __future__ import annotations

import re

from deckbuild.records import record

_ITEM = re.compile(r"""\s*(?:(?P<cls>\.[A-Za-z][\w-]*)|(?P<id>\#[\w:.-]+)|(?P<key>[A-Za-z_][\w-]*)=
                       (?:"(?P<dq>(?:[^"\\]|\\.)*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s"'{}]+)))""", re.VERBOSE)
_TRAILING = re.compile(r"^(?P<text>.*?)\s*\{(?P<attrs>[^{}]*)\}\s*$", re.DOTALL)


@record(frozen=True)
class Attr:
    """One attribute: a class (``.x``), an id (``#x``) or ``key=value``; *offset* is its column in the list."""

    kind: str  # "class", "id" or "key"
    name: str
    value: str = ""
    quoted: bool = False
    offset: int = 0


def parse_attrs(inner: str) -> list[Attr] | None:
    """Return the attributes written in *inner* (the text between the braces), or None when it is not a list."""
    out: list[Attr] = []
    at = 0
    while at < len(inner):
        if not inner[at:].strip():
            break
        m = _ITEM.match(inner, at)
        if not m or m.end() == at:
            return None
        start = m.start() + (len(m.group()) - len(m.group().lstrip()))
        if m.group("cls"):
            out.append(Attr("class", m.group("cls")[1:], offset=start))
        elif m.group("id"):
            out.append(Attr("id", m.group("id")[1:], offset=start))
        else:
            quoted = m.group("bare") is None
            value = m.group("dq") if m.group("dq") is not None else (m.group("sq") if quoted else m.group("bare"))
            if m.group("dq") is not None:
                value = re.sub(r"\\(.)", r"\1", value)
            out.append(Attr("key", m.group("key"), value, quoted, start))
        at = m.end()
    return out


def split_trailing(text: str) -> tuple[str, list[Attr], int]:
    """Return *text* without a trailing ``{…}`` attribute list, the attributes, and where the list's inside starts.

    Text that merely ends in braces (``a set {1, 2}``) is left alone: every item must read as an attribute.
    """
    m = _TRAILING.match(text)
    if not m or not m.group("attrs").strip():
        return text, [], -1
    attrs = parse_attrs(m.group("attrs"))
    if attrs is None:
        return text, [], -1
    return m.group("text"), attrs, m.start("attrs")


def format_value(value: str) -> str:
    """Return *value* written so that :func:`parse_attrs` reads it back unchanged."""
    if value and re.fullmatch(r"[^\s\"'{}\\]+", value) and "," not in value:
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
