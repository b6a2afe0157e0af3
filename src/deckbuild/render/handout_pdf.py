"""The handout painter: HandoutPages → a tagged PDF (PDF/UA-1), drawn by render.pdf's PdfPainter with
the structure tags of render.pdf_tags and the structure tree of render.pdf_struct."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
import io

from deckbuild.fonts import Face
from deckbuild.layout.boxes import HandoutPage, TextFrame
from deckbuild.layout.pages import DeckInfo
from deckbuild.render.pdf import PdfPainter
from deckbuild.render.pdf_struct import mark_document, write_structure
from deckbuild.render.pdf_tags import TaggedPainter


def handout_to_pdf(pages: Iterable[HandoutPage], info: DeckInfo, tagged: bool = True, reuse: Mapping[str, bytes] = {},
                   kept: dict[str, bytes] | None = None) -> bytes:
    """Return the bytes of the handout PDF, identical for identical input.

    *pages* is read once, all of them before the first is painted (the fonts are seeded from every page:
    render/pdf_seed.py), and nothing here keeps a page after painting it (a caller that hands over an
    iterator dropping its pages frees each one as it is painted).

    With *kept* (tagged only), each page with a key is replayed from *reuse* when what it kept there still
    fits the document, else painted, and put in *kept* (render/pdf_pages.py). Tagged, the last pages of a
    long handout may be painted by a forked process (render/pdf_apart.py). The bytes are the same either way.

    Untagged (*tagged* false) it is the same drawing without marked content or structure tree: what
    bench/a11y_cost.py measures the cost of tagging against.
    """
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas

    rl_config.useA85 = 0  # compressed streams stay binary: smaller files, no ASCII85 pass

    ahead = list(pages)  # all of them: the fonts are seeded from every page before the first is painted
    face = _first_face(ahead)
    size = (ahead[0].width, ahead[0].height) if ahead else (595.2756, 841.8898)

    lang = info.lang
    # tags what it paints (PDF/UA-1); render.pdf_struct writes the tree
    painter = TaggedPainter(None, lang) if tagged else PdfPainter(None)
    # the canvas starts every page in its initial font: make it an embedded one, not Helvetica
    initial = painter.font(face) if face else None
    c = Canvas(io.BytesIO(), pagesize=size, invariant=1, pageCompression=1, initialFontName=initial, lang=lang)
    painter.c = c
    if tagged:
        c.linkURL = painter.link_url(c.linkURL)
    c.setTitle(info.title)
    c.setAuthor(info.author)
    c.setSubject(info.subtitle)
    c.setCreator("deckbuild")
    c.setProducer("deckbuild (reportlab)")
    cache = keys = None
    if tagged:  # kept between builds (with *kept*), and how pages painted apart come back (render/pdf_apart.py)
        from deckbuild.render.pdf_pages import PageCache

        cache = PageCache(c, painter, reuse if kept is not None else {}, kept if kept is not None else {},
                          repr((lang, initial)))
        keys = [cache.key(page) for page in ahead] if kept is not None else [None] * len(ahead)
    from deckbuild.render.pdf_seed import seed_pages

    seed_pages(c, painter, ahead, keys, cache, tagged)
    apart = None
    if tagged:
        from deckbuild.render.pdf_apart import paint_apart

        apart = paint_apart(c, painter, cache, ahead, keys, paint_page)
    try:
        for i, page in enumerate(_drain(ahead)):
            paint_page(c, painter, cache, page, keys[i] if keys else None, tagged,
                       apart.entry(i) if apart is not None else None)
    finally:
        if apart is not None:
            apart.close()
        if cache is not None:
            cache.close()
    c.showOutline()
    if tagged:
        mark_document(c, painter.annots, lang)
    data = c.getpdfdata()  # what save() writes to the file, without the copy in a file
    if not tagged:
        return data
    try:
        return write_structure(c, data, painter.root, painter.annots, info.title, info.author, lang)
    finally:  # the canvas's link hook refers to the painter: a cycle that would keep the document and its
        del c.linkURL  # structure tree alive while the collector is paused (as it is during a build)


def compress_page(canvas) -> None:
    """Compress the content stream of the page *canvas* has just finished, as reportlab compresses it when it
    saves (zlib's default level, /Filter /FlateDecode): the same bytes, without every page's stream kept
    uncompressed until the end."""
    from reportlab import rl_config
    from reportlab.pdfbase.pdfdoc import PDFZCompress

    from deckbuild.render.pdf_pages import set_page_contents

    page = canvas._doc.Pages.pages[-1]
    if not page.compression or page.Contents or not page.stream or rl_config.useA85:
        return  # reportlab's own way (uncompressed, ASCII85 too, or its test stream) at save
    set_page_contents(page, PDFZCompress.encode(page.stream))


def paint_page(c, painter, cache, page: HandoutPage, key: str | None, tagged: bool, entry: bytes | None = None,
               outline: bool = True) -> None:
    """Paint *page* as the next page of canvas *c*: from *entry* (a page painted apart) or the entry *cache*
    kept under *key* when it fits, else drawn (and kept under *key*, when given); with its bookmarks in the
    outline unless *outline* is false (a page painted apart: the outline is the document's)."""
    c.setPageSize((page.width, page.height))
    if tagged:
        painter.start_page()
    if not ((entry and cache.apply(entry, key)) or (key is not None and cache.replay(key))):
        if key is not None:
            cache.begin(key)
        painter.paint(page.boxes, page.height)
        if key is not None:
            cache.painted_all()
    for i, (title, level, y) in enumerate(page.bookmarks if outline else ()):
        mark = f"p{page.number}-{i}"
        c.bookmarkPage(mark, fit="XYZ", top=page.height - y + 12, left=0, zoom=0)
        c.addOutlineEntry(title, mark, level=level, closed=level > 0)
    c.showPage()
    if cache is None or not cache.set_contents():
        compress_page(c)
        if cache is not None:
            cache.finish()


def _first_face(pages: list[HandoutPage]) -> Face | None:
    """Return the face of the first text of *pages* (None: no page has text)."""
    for page in pages:
        for box in page.boxes:
            if isinstance(box, TextFrame):
                for p in box.paragraphs:
                    if p.runs:
                        return p.runs[0].face
    return None


def _drain(pages: list[HandoutPage]) -> Iterator[HandoutPage]:
    """Yield the pages of *pages*, forgetting each (the list ends empty)."""
    pages.reverse()
    while pages:
        yield pages.pop()
