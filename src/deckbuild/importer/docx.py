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
from deckbuild.importer.text import clean_chars, escape

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_XML = 50 * 1024 * 1024
"""The unpacked document.xml may be at most this large (defends against zip bombs)."""


def read_docx(data: bytes, doc: Document, diags: Diagnostics) -> bool:
    """Add the paragraphs of a .docx file to *doc*; return False after reporting why it cannot be read."""
    where = Pos(doc.display, 1, 1)
    doc.unit = "paragraph"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo("word/document.xml")
            if info.file_size > MAX_XML:
                diags.error(where, "the Word document is too large to read", "save it as plain text or HTML")
                return False
            root = ElementTree.fromstring(archive.read(info))
            core = archive.read("docProps/core.xml") if "docProps/core.xml" in archive.namelist() else None
    except (zipfile.BadZipFile, KeyError):
        diags.error(where, "the file is not a Word document (.docx)",
                    "open it in Word or LibreOffice and save it as .docx")
        return False
    except ElementTree.ParseError as exc:
        diags.error(where, f"the Word document is damaged: {exc}", "open it in Word or LibreOffice and save it again")
        return False
    if core:
        _core(core, doc)
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
            depth = int(level.get(f"{W}val") or 0) + 1 if level is not None else 1
            doc.blocks.append(Block(ITEM, escape(text), number, number, level=min(depth, 4)))
        else:
            doc.blocks.append(Block(PARA, escape(text), number, number))
    return True


def _runs(para):
    for node in para.iter():
        if node.tag == f"{W}t" and node.text:
            yield node.text
        elif node.tag in (f"{W}tab", f"{W}br"):
            yield " "


def _core(data: bytes, doc: Document) -> None:
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError:
        return
    for node in root:
        tag = node.tag.rsplit("}", 1)[-1]
        if tag == "title" and node.text and node.text.strip():
            doc.title = clean_chars(node.text)
        elif tag == "creator" and node.text and node.text.strip():
            doc.author = clean_chars(node.text)
