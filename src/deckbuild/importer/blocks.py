"""The pieces a source document is read into: blocks with their source lines, and dropped lines."""

from __future__ import annotations

from pathlib import Path

from deckbuild.records import field, record

HEADING, PARA, ITEM = "heading", "para", "item"
CODE, FIGURE, TABLE = "code", "figure", "table"
"""The technical core of a document: each becomes a slide of its own kind, never summarized into bullets."""
SPECIAL = frozenset({CODE, FIGURE, TABLE})


@record
class Block:
    """One paragraph, list item or heading of a document, as deckbuild inline markup on one line."""

    kind: str
    text: str
    line: int  # first source line (1-based; paragraphs for .docx)
    end: int  # last source line
    level: int = 0  # heading level 1-6, or list depth from 1
    gap: int = 0  # blank lines before it in the source (two or more in plain text: a lost heading)
    indent: int = 0  # spaces before its first line (plain text)
    mark: str = ""  # the list marker in plain text ("1.", "a)", "•")
    data: dict | None = None  # CODE {lang, text}; FIGURE {src, alt, caption}; TABLE {rows, head}

    @property
    def special(self) -> bool:
        """Return True for a code listing, a figure or a table (text rules do not apply to it)."""
        return self.kind in SPECIAL


@record(frozen=True)
class Dropped:
    """A source line left out of the draft, and why (listed by ``deckbuild import --verbose``)."""

    line: int
    end: int
    text: str
    reason: str


@record
class Document:
    """A source document as read: its blocks, what cleaning dropped, and what it says about itself."""

    path: Path
    display: str
    sid: str
    fmt: str  # "text", "markdown", "html" or "docx"
    blocks: list[Block] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    title: str | None = None
    author: str | None = None
    url: str | None = None
    date: str | None = None  # publication date, as the document gives it (ISO for web pages and PDFs)
    publisher: str | None = None  # the site or organisation that published it
    unit: str = "line"  # what line numbers count: "line", or "paragraph" for .docx
    skipped: list[tuple[int, int, str]] = field(default_factory=list)  # code blocks, tables: (line, end, what)

    @property
    def structured(self) -> bool:
        """Return True when the format shows heading levels (everything but plain text)."""
        return self.fmt != "text"

    def drop(self, block: Block, reason: str) -> None:
        self.dropped.append(Dropped(block.line, block.end, block.text, reason))

    def where(self, line: int, end: int) -> str:
        """Return ``s002 lines 14-19`` (or ``line 14``): where something came from, for a reviewer."""
        unit = self.unit
        if end > line:
            return f"{self.sid} {unit}s {line}-{end}"
        return f"{self.sid} {unit} {line}"
