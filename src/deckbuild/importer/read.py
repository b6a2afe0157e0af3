"""Reading source documents into blocks: plain text, Markdown, HTML and Word (.docx).

A reader never decides what is boilerplate (``clean.py`` does) nor what is a heading in plain text
(``sections.py`` does); it only splits the text into paragraphs and list items with their lines.
"""

from __future__ import annotations

import re
from pathlib import Path

from deckbuild.diagnostics import Diagnostics, Pos
from deckbuild.importer.blocks import HEADING, ITEM, PARA, Block, Document, Dropped
from deckbuild.importer.text import clean_chars, escape

MAX_BYTES = 10 * 1024 * 1024
"""Documents larger than this are refused (an article is tens of kilobytes)."""
FORMATS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown",
           ".html": "html", ".htm": "html", ".xhtml": "html", ".docx": "docx"}
BULLET = re.compile(r"^(\s*)([•·▪◦‣●○■□➢►–—*+-]|\(?\d{1,3}[.)]|\(?[a-z][.)]|\d{1,2}\.\d{1,2}\.?)"
                    r"\s+(?=\S)")


def read_document(path: Path, display: str, sid: str, diags: Diagnostics) -> Document | None:
    """Return *path* read into blocks, or None after adding why it cannot be read to *diags*."""
    where = Pos(display, 1, 1)
    fmt = FORMATS.get(path.suffix.lower())
    if not path.is_file():
        diags.error(where, f"cannot read {display}: " + ("it is a folder" if path.is_dir() else "no such file"),
                    "name a .txt, .md, .html or .docx file")
        return None
    if fmt is None:
        diags.error(where, f"cannot import '{path.suffix or path.name}' files", "use a .txt, .md, .html or .docx file")
        return None
    size = path.stat().st_size
    if size > MAX_BYTES:
        diags.error(where, f"the document is too large ({size:,} bytes; the limit is {MAX_BYTES:,})",
                    "split it into several documents")
        return None
    try:
        data = path.read_bytes()
    except OSError as exc:
        diags.error(where, f"cannot read {display}: {exc.strerror or exc}", "check that the file is readable")
        return None
    doc = Document(path=path, display=display, sid=sid, fmt=fmt)
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


def read_text(lines: list[str], doc: Document) -> None:
    """Add the paragraphs and list items of plain text to *doc*: one block a line, wrapped lines joined."""
    gap = 0
    for number, raw in enumerate(lines, 1):
        text = clean_chars(raw)
        if not text:
            gap += 1
            continue
        m = BULLET.match(raw.expandtabs(4))
        prev = doc.blocks[-1] if doc.blocks else None
        if m is None and prev is not None and gap == 0 and _continues(prev.text, text):
            prev.text, prev.end = f"{prev.text} {escape(text)}", number
            continue
        if m:
            body = clean_chars(raw.expandtabs(4)[m.end():])
            sub = m.group(2)[0].isalpha() or "." in m.group(2)[1:-1]
            doc.blocks.append(Block(ITEM, escape(body), number, number, level=len(m.group(1)) + (100 if sub else 0),
                                    gap=gap))
        else:
            doc.blocks.append(Block(PARA, escape(text), number, number, gap=gap))
        gap = 0
    _item_depths(doc.blocks)


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


def _continues(prev: str, text: str) -> bool:
    """Return True when *text* is the next line of a hard-wrapped paragraph that *prev* began."""
    return len(prev) > 50 and not re.search(r"[.!?:;\"”’)]$", prev) and text[:1].islower()


FENCE = re.compile(r"^\s{0,3}(```+|~~~+)")
ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+\s*)?$")
MD_ITEM = re.compile(r"^(\s*)([*+-]|\d{1,3}[.)])\s+(.*)$")
IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>")


def read_markdown(lines: list[str], doc: Document) -> None:
    """Add the headings, paragraphs and list items of Markdown to *doc* (front matter and code are skipped)."""
    i = _front_matter(lines, doc)
    para: list[tuple[int, str]] = []
    blocks = doc.blocks

    def flush() -> None:
        if para:
            text = clean_chars(IMAGE.sub("", HTML_TAG.sub("", " ".join(t for _, t in para))))
            if text:
                blocks.append(Block(PARA, text, para[0][0], para[-1][0]))
            para.clear()

    fence = None
    while i < len(lines):
        raw, number = lines[i], i + 1
        i += 1
        m = FENCE.match(raw)
        if fence is not None:
            if m and m.group(1)[0] == fence[0][0] and len(m.group(1)) >= len(fence[0]):
                doc.skipped.append((fence[1], number, "code block"))
                fence = None
            continue
        if m:
            flush()
            fence = (m.group(1), number)
            continue
        stripped = raw.strip()
        if not stripped or stripped.startswith("<!--") or re.fullmatch(r"\|?[\s:|-]+\|[\s:|-]*", stripped):
            flush()
            continue
        if para and re.fullmatch(r"=+|-+", stripped) and len(para) == 1:
            level = 1 if "=" in stripped else 2
            blocks.append(Block(HEADING, clean_chars(para[0][1]), para[0][0], number, level=level))
            para.clear()
            continue
        if re.fullmatch(r"(\*\s*){3,}|(-\s*){3,}|(_\s*){3,}", stripped):
            flush()
            continue
        h = ATX.match(raw)
        item = MD_ITEM.match(raw.expandtabs(4))
        if h:
            flush()
            if clean_chars(h.group(2)).strip("#*` "):
                blocks.append(Block(HEADING, clean_chars(h.group(2)), number, number, level=len(h.group(1))))
        elif item:
            flush()
            text = clean_chars(IMAGE.sub("", item.group(3)))
            if text:
                blocks.append(Block(ITEM, text, number, number, level=min(1 + len(item.group(1)) // 2, 4)))
        elif stripped.startswith("|"):
            flush()
            doc.skipped.append((number, number, "table row"))
        elif raw.startswith(("    ", "\t")) and not para and blocks and blocks[-1].kind == ITEM:
            blocks[-1].text, blocks[-1].end = f"{blocks[-1].text} {clean_chars(stripped)}", number
        else:
            para.append((number, stripped.lstrip("> ").strip() or stripped))
    if fence is not None:
        doc.skipped.append((fence[1], len(lines), "code block"))
    flush()


def _front_matter(lines: list[str], doc: Document) -> int:
    """Return the index of the first line after YAML front matter, taking its title and author."""
    if not lines or lines[0].strip() != "---":
        return 0
    for end in range(1, min(len(lines), 200)):
        if lines[end].strip() in ("---", "..."):
            for line in lines[1:end]:
                key, _, value = line.partition(":")
                value = clean_chars(value).strip("'\"")
                if key.strip() in ("title", "author") and value:
                    setattr(doc, key.strip(), value)
            doc.dropped.append(Dropped(1, end + 1, "---", "front matter (its title and author are used)"))
            return end + 1
    return 0
