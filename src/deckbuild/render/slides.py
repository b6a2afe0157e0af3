"""The slides PDF (one slide per page, at slide size) and PNG pictures of the slides rendered from it.

Each page is the slide drawn by the handout's own painter (render/pdf.py) as its miniatures are, so the
slides PDF shows what the handout's miniatures show, tagged as the handout is (PDF/UA-1); sections become
bookmarks and links stay live.
The PNGs are that PDF rasterised by pdfium (pypdfium2), at the dots per inch asked for.
"""

from __future__ import annotations

import io

from deckbuild.layout.boxes import Miniature, SlidePage, TextFrame


def deck_to_slides_pdf(pages: list[SlidePage], title: str, author: str = "", lang: str = "en",
                       tagged: bool = True) -> bytes:
    """Return the bytes of a PDF with one page per slide of the deck, identical for identical input.

    It is tagged (PDF/UA-1) as the handout is (render.pdf_tags, render.pdf_struct); untagged (*tagged*
    false) it is what the PNG pictures are rasterised from.
    """
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas

    from deckbuild.render.pdf import PdfPainter
    from deckbuild.render.pdf_struct import mark_document, write_structure
    from deckbuild.render.pdf_tags import SLIDE_HEADINGS, TaggedPainter

    rl_config.useA85 = 0
    slides = [p for p in pages if p.in_deck]
    size = (slides[0].width, slides[0].height) if slides else (960.0, 540.0)
    painter = TaggedPainter(None, lang, SLIDE_HEADINGS) if tagged else PdfPainter(None)
    face = next((r.face for s in slides for b in s.boxes if isinstance(b, TextFrame)
                 for p in b.paragraphs for r in p.runs), None)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=size, invariant=1, pageCompression=1,
               initialFontName=painter.font(face) if face else None, **({"lang": lang} if tagged else {}))
    painter.c = c
    if tagged:
        c.linkURL = painter.link_url(c.linkURL)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("deckbuild")
    c.setProducer("deckbuild (reportlab)")
    section = None
    for i, slide in enumerate(slides, 1):
        c.setPageSize((slide.width, slide.height))
        if tagged:
            painter.start_page()
            painter.slide(slide)
        else:  # the slide as a miniature the size of the page; its border in the slide's own background
            painter.paint([Miniature(0, 0, slide.width, slide.height, slide, border=slide.background)], slide.height)
        if slide.section and slide.section != section:
            section = slide.section
            c.bookmarkPage(f"section-{i}", fit="Fit")
            c.addOutlineEntry(section, f"section-{i}", level=0)
        c.showPage()
    c.showOutline()
    if tagged:
        mark_document(c, painter.annots, lang)
    c.save()
    if not tagged:
        return buf.getvalue()
    try:
        return write_structure(c, buf.getvalue(), painter.root, painter.annots, title, author, lang)
    finally:
        del c.linkURL  # it refers to the painter: no cycle left for a paused collector (handout_pdf.py)


def pdf_to_pngs(pdf: bytes, dpi: int) -> dict[str, bytes]:
    """Return each page of *pdf* as a PNG at *dpi*, named ``slide-01.png``, ``slide-02.png``…"""
    import pypdfium2 as pdfium
    from PIL import Image

    out: dict[str, bytes] = {}
    doc = pdfium.PdfDocument(pdf)
    try:
        digits = 2  # slide-01.png…; a 100th slide is slide-100.png
        for i in range(len(doc)):
            page = doc[i]
            try:
                image: Image.Image = page.render(scale=dpi / 72).to_pil()
            finally:
                page.close()
            buf = io.BytesIO()
            image.convert("RGB").save(buf, format="PNG", optimize=False)
            out[f"slide-{i + 1:0{digits}d}.png"] = buf.getvalue()
    finally:
        doc.close()
    return out


def deck_to_pngs(pages: list[SlidePage], title: str, dpi: int = 96) -> dict[str, bytes]:
    """Return the deck's slides as PNG files at *dpi*, by file name."""
    return pdf_to_pngs(deck_to_slides_pdf(pages, title, tagged=False), dpi)
