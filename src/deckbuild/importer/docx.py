"""Reading Word documents (.docx) with the standard library: headings, paragraphs and list items.

A .docx file is a zip archive; ``word/document.xml`` holds the paragraphs. Heading styles give the
levels, numbering properties mark list items. Positions count paragraphs, since a .docx has no lines.
"""

from __future__ import annotations

import io
import re
import zipfile
from xml.etree import ElementTree

from deckbuild.diagnostics import Diagnostics, Pos
from deckbuild.importer.blocks import CODE, FIGURE, HEADING, ITEM, PARA, TABLE, Block, Document
from deckbuild.importer.meta import iso_date
from deckbuild.importer.text import clean_chars, escape

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_XML = 50 * 1024 * 1024
"""No part of the archive may unpack to more than this (defends against zip bombs)."""
MAX_TOTAL = 200 * 1024 * 1024
"""All parts together may unpack to at most this."""
MAX_RATIO = 200
"""A part may unpack to at most this many times its compressed size (text XML compresses 5-20 times)."""


class _Budget(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _check_parts(archive: zipfile.ZipFile) -> None:
    """Raise _Budget when a part declares a size or a compression ratio past the limits."""
    total = 0
    for info in archive.infolist():
        total += info.file_size
        if info.file_size > MAX_XML:
            raise _Budget(f"part '{info.filename}' unpacks to {info.file_size:,} bytes (the limit is {MAX_XML:,})")
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _Budget(f"part '{info.filename}' is compressed {info.file_size // max(info.compress_size, 1):,} "
                          f"to 1 (the limit is {MAX_RATIO} to 1)")
    if total > MAX_TOTAL:
        raise _Budget(f"its parts unpack to {total:,} bytes (the limit is {MAX_TOTAL:,})")


def _read_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """Return the bytes of one part, stopping as soon as more arrive than its declared size or the limit."""
    limit = min(info.file_size, MAX_XML)
    out = bytearray()
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(1 << 16):
                out += chunk
                if len(out) > limit:
                    raise _Budget(f"part '{info.filename}' unpacks to more than its declared {info.file_size:,} bytes")
    except zipfile.BadZipFile as exc:  # zipfile stops at the declared size, then finds the checksum wrong
        raise ElementTree.ParseError(f"part '{info.filename}' does not match its declared size and checksum "
                                     f"({exc})") from None
    return bytes(out)


def read_docx(data: bytes, doc: Document, diags: Diagnostics) -> bool:
    """Add the paragraphs of a .docx file to *doc*; return False after reporting why it cannot be read."""
    where = Pos(doc.display, 1, 1)
    doc.unit = "paragraph"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_parts(archive)
            root = _parse(_read_part(archive, archive.getinfo("word/document.xml")))
            names = archive.namelist()
            core = _read_part(archive, archive.getinfo("docProps/core.xml")) if "docProps/core.xml" in names else None
            app = _read_part(archive, archive.getinfo("docProps/app.xml")) if "docProps/app.xml" in names else None
            rels = _rels(_read_part(archive, archive.getinfo("word/_rels/document.xml.rels"))) \
                if "word/_rels/document.xml.rels" in names else {}
            pictures = {}
            for rid, (target, external) in list(rels.items())[:MAX_PICTURES]:
                name = "word/" + target.lstrip("/").removeprefix("word/")
                if not external and name in names and re.search(r"\.(png|jpe?g|gif|webp)$", name, re.I):
                    pictures[name] = _read_part(archive, archive.getinfo(name))
    except _Budget as exc:
        diags.error(where, f"the Word document is too large to read safely: {exc.message}",
                    "open it in Word or LibreOffice and save it again, or save it as plain text")
        return False
    except (zipfile.BadZipFile, KeyError, EOFError, zipfile.LargeZipFile, NotImplementedError, RuntimeError,
            ValueError, OSError):
        diags.error(where, "the file is not a Word document (.docx)",
                    "open it in Word or LibreOffice and save it as .docx")
        return False
    except ElementTree.ParseError as exc:
        diags.error(where, f"the Word document is damaged: {exc}", "open it in Word or LibreOffice and save it again")
        return False
    if core:
        _core(core, doc)
    if app:
        _app(app, doc)
    numbers = {id(p): n for n, p in enumerate(root.iter(f"{W}p"), 1)}
    body = root.find(f"{W}body")
    code: list[tuple[int, str]] = []
    caption_for: Block | None = None  # a figure still waiting for its caption (the next paragraph)
    for node in (body if body is not None else []):
        tag = node.tag
        if tag == f"{W}tbl":
            _flush_code(code, doc)
            rows = [[clean_chars(" ".join(t.text or "" for t in cell.iter(f"{W}t"))) for cell in row.iter(f"{W}tc")]
                    for row in node.iter(f"{W}tr")][:5000]
            first = next((numbers[id(p)] for p in node.iter(f"{W}p")), 1)
            last = max([numbers[id(p)] for p in node.iter(f"{W}p")] or [first])
            if any(any(c for c in row) for row in rows):
                doc.blocks.append(Block(TABLE, "", first, last, data={"rows": rows, "head": True}))
            caption_for = None
            continue
        if tag != f"{W}p":
            continue
        number = numbers[id(node)]
        style = node.find(f"{W}pPr/{W}pStyle")
        name = (style.get(f"{W}val") or "") if style is not None else ""
        if CODE_STYLE.match(name) or _monospace_runs(node):
            code.append((number, "".join(_runs(node, code=True))))
            continue
        _flush_code(code, doc)
        text = clean_chars("".join(_runs(node)))
        picture = _picture(node, rels, pictures)
        if picture is not None:
            src, blob, ext, alt = picture
            caption = text if text and (CAPTION_STYLE.match(name) or FIGURE_LABEL.match(text)) else ""
            figure = Block(FIGURE, "", number, number, data={"src": src, "alt": alt, "caption": caption,
                                                             "blob": blob, "ext": ext})
            doc.blocks.append(figure)
            caption_for = None if caption else figure
            if caption or not text:
                continue
        if not text:
            continue
        if caption_for is not None and (CAPTION_STYLE.match(name) or FIGURE_LABEL.match(text)):
            caption_for.data["caption"] = text
            caption_for = None
            continue
        caption_for = None
        level = node.find(f"{W}pPr/{W}numPr/{W}ilvl")
        heading = re.fullmatch(r"(?i)heading ?(\d)", name)
        if name.lower() == "title":
            doc.title = doc.title or text
        elif heading:
            doc.blocks.append(Block(HEADING, escape(text), number, number, level=int(heading.group(1))))
        elif level is not None or name.lower().startswith("list"):
            depth = _list_depth(level, number, doc, diags)
            doc.blocks.append(Block(ITEM, escape(text), number, number, level=min(depth, 4)))
        else:
            doc.blocks.append(Block(PARA, escape(text), number, number))
    _flush_code(code, doc)
    doc.blocks = [b for b in doc.blocks if b.kind != FIGURE or b.data.get("caption")]  # figures with a caption
    return True


CODE_STYLE = re.compile(r"(?i)^(preformatted ?text|html ?preformatted|source ?code|code|macro|plain ?text|verbatim"
                        r"|listing|code ?block)")
CAPTION_STYLE = re.compile(r"(?i)^(caption|figure|image ?caption|illustration)")
FIGURE_LABEL = re.compile(r"(?i)^(figure|fig\.|illustration|image)\s*[\w.-]{0,8}\s*[:.–—-]\s")
CODE_RUN_STYLES = frozenset({"SourceText", "VerbatimChar", "HTMLCode", "Code", "SourceCode"})
RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
MAX_PICTURES = 200
"""Pictures taken from one document at most."""


def _monospace_runs(para) -> bool:
    """Return True when every run with text in *para* has a code character style."""
    runs = [r for r in para.iter(f"{W}r") if any((t.text or "").strip() for t in r.iter(f"{W}t"))]
    if not runs:
        return False
    for run in runs:
        style = run.find(f"{W}rPr/{W}rStyle")
        if style is None or style.get(f"{W}val") not in CODE_RUN_STYLES:
            return False
    return True


def _flush_code(code: list[tuple[int, str]], doc: Document) -> None:
    """Add the code paragraphs collected so far to *doc* as one listing."""
    if not code:
        return
    from deckbuild.importer.kinds import lexer_for_filename

    text = "\n".join(line for _n, line in code)
    if text.strip():
        prev = doc.blocks[-1] if doc.blocks else None
        lang = lexer_for_filename(prev.text) if prev is not None and prev.kind == PARA else None
        doc.blocks.append(Block(CODE, "", code[0][0], code[-1][0], data={"lang": lang or "text", "text": text,
                                                                        "unnamed": lang is None}))
    code.clear()


def _picture(para, rels: dict[str, tuple[str, bool]], pictures: dict[str, bytes]):
    """Return (src, bytes or None, extension, alt) of the first picture in *para*, or None."""
    blip = next(para.iter(f"{A}blip"), None)
    if blip is None:
        return None
    doc_pr = next((n for n in para.iter() if n.tag.endswith("}docPr")), None)
    alt = clean_chars((doc_pr.get("descr") or doc_pr.get("title") or "") if doc_pr is not None else "")
    rid = blip.get(f"{R}embed") or blip.get(f"{R}link") or ""
    target, external = rels.get(rid, ("", False))
    if not external and target:
        name = "word/" + target.lstrip("/").removeprefix("word/")
        blob = pictures.get(name)
        ext = name.rsplit(".", 1)[-1].lower() if "." in name else "png"
        return name, blob, {"jpeg": "jpg"}.get(ext, ext), alt
    return target, None, "", alt


def _parse(data: bytes):
    """Return the XML tree of a part; a DOCTYPE (entities, external references) is refused."""
    if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data[:65536]:
        raise ElementTree.ParseError("it declares a DOCTYPE or entities, which Word never writes")
    return ElementTree.fromstring(data)


def _list_depth(level, number: int, doc: Document, diags: Diagnostics) -> int:
    """Return the list depth (1-4) of a paragraph from its ``w:ilvl``; a value that is no number warns."""
    if level is None:
        return 1
    value = (level.get(f"{W}val") or "0").strip()
    if not value.isdigit() or not value.isascii():
        diags.warning(Pos(doc.display, number, 1), f"paragraph {number} has list level '{value[:20]}', "
                      "which is not a number; it is read as level 1", "save the document again in Word or LibreOffice")
        return 1
    return min(int(value[:3]) + 1, 4)


def _runs(para, code: bool = False):
    for node in para.iter():
        if node.tag == f"{W}t" and node.text:
            yield node.text
        elif node.tag == f"{W}tab":
            yield "    " if code else " "
        elif node.tag == f"{W}br":
            yield "\n" if code else " "


def _core(data: bytes, doc: Document) -> None:
    try:
        root = _parse(data)
    except ElementTree.ParseError:
        return
    for node in root:
        tag = node.tag.rsplit("}", 1)[-1]
        if tag == "title" and node.text and node.text.strip():
            doc.title = clean_chars(node.text)
        elif tag == "creator" and node.text and node.text.strip():
            doc.author = clean_chars(node.text)
        elif tag in ("created", "modified") and node.text and (doc.date is None or tag == "created"):
            date = iso_date(node.text)
            if date and not date.startswith(("1601", "1970", "1980-01-01")):  # tools that hide the date
                doc.date = date
        elif tag == "publisher" and node.text and node.text.strip():
            doc.publisher = clean_chars(node.text)
        elif tag == "identifier" and node.text and node.text.strip().startswith(("http://", "https://")):
            doc.url = node.text.strip()


def _rels(data: bytes) -> dict[str, tuple[str, bool]]:
    """Return each relationship id of the document part with its target and whether it is external."""
    try:
        root = _parse(data)
    except ElementTree.ParseError:
        return {}
    return {r.get("Id", ""): (r.get("Target", ""), r.get("TargetMode") == "External")
            for r in root.iter(f"{RELS}Relationship") if "image" in (r.get("Type") or "")}


def _app(data: bytes, doc: Document) -> None:
    """Take the publisher from the extended properties (``Company``) when the core ones name none."""
    try:
        root = _parse(data)
    except ElementTree.ParseError:
        return
    for node in root:
        if node.tag.rsplit("}", 1)[-1] == "Company" and node.text and node.text.strip() and doc.publisher is None:
            doc.publisher = clean_chars(node.text)
