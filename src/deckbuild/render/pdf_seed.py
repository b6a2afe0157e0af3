"""The handout's fonts, seeded before any page is painted: every TrueType font the handout draws is given a code
for each character it will draw with it, and named (``/F1``, ``/F2`` …), in a fixed order (the order the
pages, walked in turn, draw them first), so a page's codes and font names do not depend on which pages were
painted before it (reportlab assigns both in first use order). With the seed, pages can be painted in any
order, in any process (render/pdf_apart.py); an edit that adds a character shifts only the codes of the
characters first drawn after it, so pages before it are still replayed (render/pdf_pages.py).

A page's characters are found by walking its boxes as the painter draws them (render/pdf.py, pdf_tags.py,
pdf_chart_tags.py): the text of every fragment, marker, table cell, chart's data table and formula's spoken
form, by font; a shaped string (Arabic, Hebrew and other scripts HarfBuzz shapes) by the characters its
shaping gives. A character the walk misses is assigned when first drawn, as without a seed: still correct
(render/pdf_apart.py then paints that page and the rest in this process).

ASCII needs no seed: reportlab gives it fixed codes in every new font state. A page's seed is then a dict of
its fonts' registered names → the other characters drawn with them ("" for ASCII alone).
"""

from __future__ import annotations

from deckbuild import emoji, shaping
from deckbuild.layout.boxes import ChartBox, Formula, Miniature, TableBox, TextFrame


def page_seed(painter, page, tagged: bool = True) -> dict[str, str]:
    """Return what *page* draws, by font: registered name → its characters beyond ASCII, each once, both in
    the order the page draws them first."""
    buckets: dict[str, list] = {}  # font name → the strings drawn in it that are not ASCII
    _walk(painter, page.boxes, {}, buckets, tagged, tagged)
    return {name: "".join(dict.fromkeys(ch for text in strings for ch in text if ch > "\x7f"))
            for name, strings in buckets.items()}


def _walk(painter, boxes, found: dict, buckets: dict, tagged: bool, rows: bool) -> None:
    """Note the strings *boxes* draw, by font (*tagged*: with the invisible text the tagged painter adds to
    formulas; *rows*: and to charts, which it does not inside a miniature but after it)."""
    for box in boxes:
        kind = box.__class__
        if kind is TextFrame:
            _frame(painter, box, found, buckets)
        elif kind is Miniature:
            slide = box.slide
            _walk(painter, slide.underlay, found, buckets, tagged, False)
            _walk(painter, slide.boxes, found, buckets, tagged, False)  # its charts' data tables come after it
            if rows:
                for b in slide.boxes:
                    if b.__class__ is ChartBox:
                        _chart_rows(painter, b, buckets)
        elif kind is TableBox:
            for row in box.cells:
                for cell in row:
                    _frame(painter, cell.frame, found, buckets)
        elif kind is ChartBox:
            _walk(painter, box.drawing, found, buckets, tagged, False)
            if rows:
                _chart_rows(painter, box, buckets)
        elif kind is Formula and tagged:
            from deckbuild.speech import linear

            said = linear(box.latex)
            if said:
                buckets.setdefault(painter.speech_font(), []).append(said)


def _frame(painter, box: TextFrame, found: dict, buckets: dict) -> None:
    """Note the strings *box* draws, by font (``PdfPainter.text``'s choices of what each fragment draws)."""
    last = strings = None
    for p in box.paragraphs:
        if not p.lines:
            continue
        mk = p.marker
        if mk is not None:
            _strings(painter, found, buckets, mk.face).append(mk.char)
            last = None
        for line in p.lines:
            for frag in line.frags:
                run = frag.run
                if run.math is not None:
                    continue
                face = run.face
                if face is not last:
                    hit = found.get(id(face))
                    strings = hit[1] if hit is not None else _strings(painter, found, buckets, face)
                    last = face
                text = frag.text
                if text.isascii():
                    continue  # drawn as it is (mirrored right to left: still ASCII)
                if emoji.is_emoji(text):
                    strings.append(text)
                elif not shaping.needs_shaping(text):
                    strings.append(shaping.mirrored(text) if frag.rtl else text)
                else:  # the glyphs HarfBuzz gives (as characters: presentation forms, letters), as they are drawn
                    from reportlab.pdfbase.ttfonts import shapeStr

                    strings.append(str(shapeStr(text, painter.font(face), run.size)))


def _strings(painter, found: dict, buckets: dict, face) -> list:
    """Return the list of strings drawn in *face*'s font (the font noted as drawn on first use)."""
    hit = found.get(id(face))
    if hit is None:
        hit = found[id(face)] = (face, buckets.setdefault(painter.font(face), []))
    return hit[1]


def _chart_rows(painter, box: ChartBox, buckets: dict) -> None:
    """Note the strings of the data table render.pdf_chart_tags writes over the chart *box*."""
    from deckbuild.render.pdf_chart_tags import chart_rows

    rows = chart_rows(box)
    if not rows:
        return
    face = next((r.face for b in box.drawing if isinstance(b, TextFrame) for p in b.paragraphs for r in p.runs),
                None)
    name = painter.font(face) if face is not None else painter.speech_font()
    strings = buckets.setdefault(name, [])
    for row in rows:
        strings += row


def seed(canvas, seeds) -> None:
    """Give every font of *seeds* (page seeds, ``page_seed``'s, in page order) its codes in *canvas*'s
    document, each font's characters in the order the pages draw them first, then name the fonts in the
    order the pages draw them first."""
    from reportlab.pdfbase.pdfmetrics import getFont

    fonts: dict[str, dict] = {}
    for one in seeds:
        for name, chars in one.items():
            got = fonts.get(name)
            if got is None:
                got = fonts[name] = {}
            got.update(dict.fromkeys(chars))
    doc = canvas._doc
    for name, chars in fonts.items():
        getFont(name).splitString("".join(chars), doc)
    for name in fonts:
        getFont(name).getSubsetInternalName(0, doc)


def seed_pages(c, painter, pages: list, keys, cache, tagged: bool) -> None:
    """Seed the fonts of canvas *c* with what *pages* draw (``page_seed``, ``seed``): a page kept in *cache* under
    its key by the seed kept with it (its boxes are not walked), any other by walking it."""
    seeds = []
    for i, page in enumerate(pages):
        key = keys[i] if keys else None
        one = kept_seed(cache, key) if key is not None else None
        if one is None:
            one = page_seed(painter, page, tagged)
        if key is not None:
            cache.seeds[key] = one
        seeds.append(one)
    seed(c, seeds)


def kept_seed(cache, key: str) -> dict | None:
    """Return the seed of the page *cache* (render/pdf_pages.PageCache) keeps under *key* from the last build,
    its fonts registered (None: none, a malformed one, or one naming a font not made from its file)."""
    read = cache.read(key)
    try:
        seed, fonts = read[0]["seed"], read[0]["fonts"]
        if type(seed) is not dict:
            return None
        for name, chars in seed.items():
            path = next(font[1] for font in fonts if font[0] == name)
            if type(chars) is not str or type(path) is not str or cache.font(name, path) is None:
                return None
    except (TypeError, KeyError, IndexError, StopIteration):
        return None
    return seed
