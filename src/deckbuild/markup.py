"""Inline markup in any text: ``**bold**``, ``*italic*``, ```code```, ``[text](https://…)``, ``$math$``.

Markers that are not closed stay as they were typed; a backslash escapes a marker. Dollars follow
pandoc's rule, so prices stay text: ``$`` opens math only before a non-space, and closes it only after a
non-space and not before a digit ("$5 and $10" is text).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from deckbuild.records import record

LINK_SCHEMES = ("http://", "https://", "mailto:")
EMPHASIS = {"**": "bold", "*": "italic"}  # the style field each emphasis marker sets
_ESCAPABLE = set("\\`*_[]()#$")
_SPACES = re.compile(r"\s+")
_ODD_SPACE = re.compile(r"[^\S ]|  ")  # white space that _SPACES changes: any but a single space


@record(frozen=True)
class Span:
    """A piece of text with one set of inline attributes."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    link: str | None = None
    field: str | None = None  # "slidenum": the slide number, as a field PowerPoint updates
    color: str | None = None  # overrides the paragraph's colour (citation markers)
    scale: float = 1.0  # size relative to the paragraph's
    math: bool = False  # the text is a LaTeX formula (without its $)

    def __hash__(self) -> int:
        """Return the hash of the span's fields, worked out once (spans are keys of the typesetter's memos)."""
        try:
            return self._hash  # an attribute of the instance only: set below
        except AttributeError:
            value = hash((self.text, self.bold, self.italic, self.code, self.link, self.field, self.color,
                          self.scale, self.math))
            object.__setattr__(self, "_hash", value)  # not a field: equality, repr and replace ignore it
            return value

    def __getstate__(self) -> dict:
        """Return the fields to pickle: a remembered hash belongs to this process (strings hash at random)."""
        return {k: v for k, v in self.__dict__.items() if k != "_hash"}

    def same_style(self, other: "Span") -> bool:
        return (self.bold, self.italic, self.code, self.link, self.field, self.color, self.scale, self.math) == (
            other.bold, other.italic, other.code, other.link, other.field, other.color, other.scale, other.math)


def _has_markers(text: str) -> bool:
    """Return whether *text* has a character that can start markup (``_MARKERS``; ``in`` tests are quicker)."""
    return "*" in text or "`" in text or "$" in text or "[" in text or "\\" in text


@lru_cache(maxsize=4096)
def parse(text: str) -> tuple[Span, ...]:
    """Return *text* as spans; runs of white space (line breaks too) become one space."""
    if ("  " in text or not text.isprintable()) and _ODD_SPACE.search(text):  # printable: no white space but " "
        text = _SPACES.sub(" ", text)
    text = text.strip()
    if not _has_markers(text):
        return (with_text(_PLAIN, text),) if text else ()
    return tuple(_merge(_parse(text, _PLAIN)))


def plain(text: str) -> str:
    """Return *text* with its markup removed."""
    if "  " not in text and text.isprintable() and not _has_markers(text):
        return text.strip()  # what parse gives text without markup or odd white space, joined
    return "".join(s.text for s in parse(text))


def formulas(text: str) -> list[str]:
    """Return the LaTeX of the inline formulas (``$…$``) in *text*."""
    return [s.text for s in parse(text) if s.math] if "$" in text else []


def links(text: str) -> list[str]:
    """Return the link targets in *text*."""
    return [s.link for s in parse(text) if s.link]


def _merge(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for span in spans:
        if not span.text:
            continue
        if out and out[-1].same_style(span):
            out[-1] = with_text(out[-1], out[-1].text + span.text)
        else:
            out.append(span)
    return out


def _find_closing(s: str, marker: str, start: int) -> int:
    """Return the index of the closing *marker* after *start* (skipping escapes), or -1."""
    i = start
    while i < len(s):
        if s[i] == "\\":
            i += 2
            continue
        if s.startswith(marker, i) and i > start:
            if marker == "*" and s.startswith("**", i):
                j = _find_closing(s, "**", i + 2)  # a bold run inside italic text
                if j < 0:
                    return -1
                i = j + 2
                continue
            return i
        i += 1
    return -1


def _closing_dollar(s: str, i: int) -> tuple[int, int]:
    """Return (start, end) of the text of the formula opened at *i* (``$…$`` or ``$$…$$``), or (-1, -1).

    The first unescaped ``$`` after the opening one must close it (pandoc's rule, see above); otherwise
    the dollars are text.
    """
    width = 2 if s.startswith("$$", i) else 1
    start = i + width
    if start >= len(s) or s[start].isspace() or s[start] == "$":
        return -1, -1
    j = start
    while j < len(s):
        if s[j] == "\\":
            j += 2
            continue
        if s[j] == "$":
            if s[j - 1].isspace() or not s.startswith("$" * width, j):
                return -1, -1
            after = j + width
            if after < len(s) and s[after].isdigit():
                return -1, -1
            return start, j
        j += 1
    return -1, -1


_MARKERS = re.compile(r"[\\`$\[*]")  # the characters that can start markup
_PLAIN = Span("")  # the style of text outside markup


def with_text(style: Span, text: str) -> Span:
    """Return the span *style* holding *text* instead (``replace(style, text=text)``, built directly: replace is
    slow)."""
    span = object.__new__(Span)  # what Span(...) makes, without its nine frozen-attribute calls
    span.__dict__.update(text=text, bold=style.bold, italic=style.italic, code=style.code, link=style.link,
                         field=style.field, color=style.color, scale=style.scale, math=style.math)
    return span


def _parse(s: str, style: Span) -> list[Span]:
    if not _MARKERS.search(s):  # plain text (most of it): one span
        return [with_text(style, s)] if s else []
    out: list[Span] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            out.append(with_text(style, "".join(buf)))
            buf.clear()

    i = 0
    while i < len(s):
        ch = s[i]
        if ch == "\\" and i + 1 < len(s) and s[i + 1] in _ESCAPABLE:
            buf.append(s[i + 1])
            i += 2
            continue
        if ch == "`":
            j = s.find("`", i + 1)
            if j > i + 1:
                flush()
                out.append(replace(style, text=s[i + 1:j], code=True))
                i = j + 1
                continue
        if ch == "$":
            a, b = _closing_dollar(s, i)
            if a > 0:
                flush()
                out.append(replace(style, text=s[a:b], math=True))
                i = b + (a - i)
                continue
        if ch == "[" and not style.link:
            close = _find_closing(s, "]", i + 1)
            if close > 0 and s.startswith("(", close + 1):
                end = s.find(")", close + 2)
                url = s[close + 2:end].strip() if end > 0 else ""
                if end > 0 and url.lower().startswith(LINK_SCHEMES):
                    flush()
                    out.extend(_parse(s[i + 1:close], replace(style, link=url)))
                    i = end + 1
                    continue
        marker = "**" if s.startswith("**", i) else "*" if ch == "*" and s[i + 1:i + 2].strip() else ""
        if marker:  # **bold** or *italic* (a '*' before a space is a character)
            j = _find_closing(s, marker, i + len(marker))
            if j > 0:
                flush()
                out.extend(_parse(s[i + len(marker):j], replace(style, **{EMPHASIS[marker]: True})))
                i = j + len(marker)
                continue
        buf.append(ch)
        i += 1
    flush()
    return out
