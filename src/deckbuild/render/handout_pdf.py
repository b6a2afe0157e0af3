"""The handout painter: HandoutPages → a tagged PDF (PDF/UA-1), drawn by render.pdf's PdfPainter with
the structure tags of render.pdf_tags and the structure tree of render.pdf_struct."""

from __future__ import annotations

import io

from deckbuild.fonts import Face
from deckbuild.layout.boxes import HandoutPage, TextFrame
from deckbuild.layout.pages import DeckInfo
from deckbuild.render.pdf import PdfPainter
from deckbuild.render.pdf_struct import mark_document, write_structure
from deckbuild.render.pdf_tags import TaggedPainter


def handout_to_pdf(pages: list[HandoutPage], info: DeckInfo, tagged: bool = True) -> bytes:
    """Return the bytes of the handout PDF, identical for identical input.

    Untagged (*tagged* false) it is the same drawing without marked content or structure tree: what
    bench/a11y_cost.py measures the cost of tagging against.
    """
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas

    rl_config.useA85 = 0  # compressed streams stay binary: smaller files, no ASCII85 pass

    buf = io.BytesIO()
    first = pages[0] if pages else None

    lang = info.lang
    # tags what it paints (PDF/UA-1); render.pdf_struct writes the tree
    painter = TaggedPainter(None, lang) if tagged else PdfPainter(None)
    face = _first_face(pages)
    # the canvas starts every page in its initial font: make it an embedded one, not Helvetica
    initial = painter.font(face) if face else None
    c = Canvas(buf, pagesize=(first.width, first.height) if first else (595.2756, 841.8898), invariant=1,
               pageCompression=1, initialFontName=initial, lang=lang)
    painter.c = c
    if tagged:
        c.linkURL = painter.link_url(c.linkURL)
    c.setTitle(info.title)
    c.setAuthor(info.author)
    c.setSubject(info.subtitle)
    c.setCreator("deckbuild")
    c.setProducer("deckbuild (reportlab)")
    for page in pages:
        c.setPageSize((page.width, page.height))
        if tagged:
            painter.start_page(page)
        painter.paint(page.boxes, page.height)
        for i, (title, level, y) in enumerate(page.bookmarks):
            key = f"p{page.number}-{i}"
            c.bookmarkPage(key, fit="XYZ", top=page.height - y + 12, left=0, zoom=0)
            c.addOutlineEntry(title, key, level=level, closed=level > 0)
        c.showPage()
    c.showOutline()
    if tagged:
        mark_document(c, painter.annots, lang)
    c.save()
    if not tagged:
        return buf.getvalue()
    return write_structure(c, buf.getvalue(), painter.root, painter.annots, info.title, info.author, lang)


def _first_face(pages: list[HandoutPage]) -> Face | None:
    for page in pages:
        for box in page.boxes:
            if isinstance(box, TextFrame):
                for p in box.paragraphs:
                    if p.runs:
                        return p.runs[0].face
    return None
