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
from deckbuild.importer.blocks import HEADING, ITEM, PARA, Block, Document
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
    number = 0
    for para in root.iter(f"{W}p"):
        number += 1
        text = clean_chars("".join(_runs(para)))
        if not text:
            continue
        style = para.find(f"{W}pPr/{W}pStyle")
        name = (style.get(f"{W}val") or "") if style is not None else ""
        level = para.find(f"{W}pPr/{W}numPr/{W}ilvl")
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
    return True


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


def _runs(para):
    for node in para.iter():
        if node.tag == f"{W}t" and node.text:
            yield node.text
        elif node.tag in (f"{W}tab", f"{W}br"):
            yield " "


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


def _app(data: bytes, doc: Document) -> None:
    """Take the publisher from the extended properties (``Company``) when the core ones name none."""
    try:
        root = _parse(data)
    except ElementTree.ParseError:
        return
    for node in root:
        if node.tag.rsplit("}", 1)[-1] == "Company" and node.text and node.text.strip() and doc.publisher is None:
            doc.publisher = clean_chars(node.text)
