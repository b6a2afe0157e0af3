"""Reading source documents into blocks: plain text here; Markdown (``markdown.py``), HTML and Word (.docx).

A reader never decides what is boilerplate (``clean.py`` does) nor what is a heading in plain text
(``sections.py`` does); it only splits the text into paragraphs and list items with their lines.
"""

from __future__ import annotations

import re
from pathlib import Path

from deckbuild.diagnostics import Diagnostics, Pos
from deckbuild.importer.blocks import HEADING, ITEM, PARA, Block, Document, Dropped
from deckbuild.importer.markdown import continues_paragraph, read_markdown
from deckbuild.importer.text import clean_chars, escape

MAX_BYTES = 64 * 1024 * 1024
"""Text documents larger than this are refused (an article is tens of kilobytes, a long manual a few MB)."""
MAX_PACKAGE_BYTES = 200 * 1024 * 1024
MAX_HTML_BYTES = 16 * 1024 * 1024
"""A web page larger than this is refused: parsing takes about 40 times its size in memory (a real article
page is well under 5 MB)."""
"""PDF, .docx and .pptx files larger than this are refused (their pictures make them large)."""
KINDS = ".txt, .md, .html, .docx, .pdf or .pptx"
FORMATS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown",
           ".html": "html", ".htm": "html", ".xhtml": "html", ".docx": "docx", ".pdf": "pdf"}
TEXT_NAMES = re.compile(r"^(README|INSTALL|NEWS|CHANGES|CHANGELOG|HACKING|TODO|AUTHORS|THANKS|BUGS|FAQ|NOTES|"
                        r"USAGE|CONTRIBUTING)([._-][\w.-]*)?$", re.I)
"""Names of plain-text documents that have no suffix, or one that says what they are about (README.Bugs)."""
BULLET = re.compile(r"^(\s*)([•·▪◦‣●○■□➢►–—*+-]|\(?\d{1,3}[.)]|\(?[a-z][.)]|\d{1,2}\.\d{1,2}\.?)"
                    r"\s+(?=\S)")


def read_document(path: Path, display: str, sid: str, diags: Diagnostics,
                  pages: tuple[int, int | None] | None = None) -> Document | None:
    """Return *path* read into blocks, or None after adding why it cannot be read to *diags*."""
    where = Pos(display, 1, 1)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None and (not path.suffix or TEXT_NAMES.match(path.name)) and \
            path.suffix.lower() not in (".gz", ".bz2", ".xz", ".zst", ".zip", ".pptx"):
        fmt = "text"  # README, INSTALL, NEWS, README.Bugs …: the plain-text files every package has
    if not path.is_file():
        diags.error(where, f"cannot read {display}: " + ("it is a folder" if path.is_dir() else "no such file"),
                    f"name a {KINDS} file")
        return None
    if fmt is None and path.suffix.lower() == ".pptx":
        diags.error(where, "a .pptx deck is imported slide by slide, not read as text",
                    "import it on its own with --deck NAME")
        return None
    if fmt is None:
        diags.error(where, f"cannot import '{path.suffix or path.name}' files", f"use a {KINDS} file")
        return None
    size = path.stat().st_size
    limit = MAX_PACKAGE_BYTES if fmt in ("pdf", "docx", "pptx") else MAX_HTML_BYTES if fmt == "html" else MAX_BYTES
    if size > limit:
        diags.error(where, f"the document is too large ({size:,} bytes; the limit is {limit:,})",
                    "split it into several documents")
        return None
    doc = Document(path=path, display=display, sid=sid, fmt=fmt)
    if fmt == "pdf":
        from deckbuild.importer.pdf import read_pdf

        return doc if read_pdf(path, doc, diags, pages) else None
    try:
        data = path.read_bytes()
    except OSError as exc:
        diags.error(where, f"cannot read {display}: {exc.strerror or exc}", "check that the file is readable")
        return None
    if fmt == "docx":
        from deckbuild.importer.docx import read_docx

        return doc if read_docx(data, doc, diags) else None
    text = _decode(data, display, diags)
    if text is None:
        return None
    if fmt == "html":
        from deckbuild.importer.html import read_html

        if not read_html(text, doc, diags):
            return None
    elif fmt == "markdown":
        read_markdown(text.splitlines(), doc)
    else:
        read_text(text.splitlines(), doc)
    return doc


def _decode(data: bytes, display: str, diags: Diagnostics) -> str | None:
    if b"\x00" in data[:4096]:
        diags.error(Pos(display, 1, 1), "the document looks like a binary file, not text",
                    "export it as plain text, Markdown or HTML")
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[: exc.start].decode("utf-8", "replace")
        line = before.count("\n") + 1
        col = len(before) - (before.rfind("\n") + 1) + 1
        diags.error(Pos(display, line, col), f"the document is not UTF-8 (byte 0x{data[exc.start]:02x})",
                    "save it as UTF-8 (for example: iconv -f cp1252 -t utf-8)")
        return None


UNDERLINE = re.compile(r"^\s{0,3}([=\-~^*#+_])\1{2,}\s*$")
SEPARATOR = re.compile(r"^[\s=\-~^*#+_.:|<>/\\]{3,}$")


def read_text(lines: list[str], doc: Document) -> None:
    """Add the paragraphs, list items and underlined headings of plain text to *doc*, wrapped lines joined.

    A line underlined with ``===`` or ``---`` (setext) is a heading; a line of only rule characters
    separates blocks. A line continues the block above it when it is an indented continuation of a
    list item, or when the text is hard-wrapped and the line above reached the wrap width.
    """
    width = _wrap_width(lines)
    gap = 0
    last_len = 0
    i = 0
    while i < len(lines):
        raw, number = lines[i].expandtabs(4), i + 1
        i += 1
        text = clean_chars(raw)
        if not text:
            gap += 1
            continue
        nxt = lines[i] if i < len(lines) else ""
        m = BULLET.match(raw)
        if UNDERLINE.match(nxt) and not SEPARATOR.match(text) and len(nxt.strip()) >= min(3, len(text)) and \
                len(nxt.strip()) >= len(text) // 2 and (m is None or not m.group(2)[0] in "*+-•"):
            level = 1 if nxt.strip()[0] in "=#*" else 2
            prev = doc.blocks[-1] if doc.blocks else None
            first = number
            if gap == 0 and prev is not None and prev.kind == PARA and prev.end == number - 1 and \
                    prev.end - prev.line <= 1 and len(prev.text) <= 120:  # a heading wrapped onto two lines
                doc.blocks.pop()
                text, first, gap = f"{prev.text} {text}", prev.line, prev.gap
            doc.blocks.append(Block(HEADING, escape(text) if first == number else f"{text[:len(prev.text)]} "
                                    f"{escape(text[len(prev.text) + 1:])}", first, number + 1, level=level, gap=gap))
            i += 1
            gap, last_len = 0, 0
            continue
        if SEPARATOR.match(text):
            doc.dropped.append(Dropped(number, number, text, "separator line"))
            gap += 1
            continue
        prev = doc.blocks[-1] if doc.blocks else None
        indent = len(raw) - len(raw.lstrip())
        if m is None and prev is not None and gap == 0 and _joins(prev, text, indent, last_len, width):
            prev.text, prev.end = f"{prev.text} {escape(text)}", number
            last_len = len(raw.rstrip())
            continue
        if m:
            body = clean_chars(raw[m.end():])
            sub = m.group(2)[0].isalpha() or "." in m.group(2)[1:-1]
            doc.blocks.append(Block(ITEM, escape(body), number, number, level=len(m.group(1)) + (100 if sub else 0),
                                    gap=gap, mark=m.group(2)))
        else:
            doc.blocks.append(Block(PARA, escape(text), number, number, gap=gap, indent=indent))
        gap, last_len = 0, len(raw.rstrip())
    _item_depths(doc.blocks)


def _wrap_width(lines: list[str]) -> int:
    """Return the width the text is hard-wrapped at, or 0 when its paragraphs are one line each."""
    lengths = [len(line.rstrip()) for line in lines if len(line.strip()) > 30]
    if len(lengths) < 5 or sum(1 for n in lengths if n > 100) > len(lengths) // 10:
        return 0
    lengths.sort()
    width = lengths[int(len(lengths) * 0.9)]
    near = sum(1 for n in lengths if n >= width * 0.75)
    return width if near >= len(lengths) * 0.4 else 0


def _joins(prev: Block, text: str, indent: int, last_len: int, width: int) -> bool:
    """Return True when a line continues *prev*: a wrapped list item or a hard-wrapped paragraph."""
    if prev.kind == HEADING:
        return False
    if prev.kind == ITEM:
        return indent > prev.level % 100 and (width == 0 or last_len >= width * 0.6 or text[:1].islower())
    if width and last_len >= width * 0.6 and abs(indent - prev.indent) <= 2:
        return True
    return continues_paragraph(prev.text, text)


def _item_depths(blocks: list[Block]) -> None:
    """Turn the indents of each run of list items into depths 1-4 (sub-point markers go one deeper)."""
    run: list[Block] = []
    for block in [*blocks, None]:
        if block is not None and block.kind == ITEM:
            run.append(block)
            continue
        if run:
            indents = sorted({b.level % 100 for b in run})
            numbered = any(b.level < 100 for b in run)
            for b in run:
                rank = indents.index(b.level % 100)
                depth = 1 + rank + (1 if b.level >= 100 and numbered and rank == 0 else 0)
                b.level = min(depth, 4)
            run = []
