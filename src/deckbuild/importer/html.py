"""Reading web pages: the article found by trafilatura, each kept block traced back to its source lines.

trafilatura (the ``import`` extra) decides what the article is: it drops navigation, sidebars,
footers, comments and widgets far better than hand-written rules. It does not say where its text
came from, so a flat scan of the page (``scan.py``) lists every word with its line; each kept
block is found in that list, which gives its lines. Text of the page that no kept block covers is
listed as dropped, with the reason its surroundings suggest (navigation, page footer, …).
"""

from __future__ import annotations

import logging
import re

from deckbuild.diagnostics import Diagnostics, Pos
from deckbuild.importer.blocks import CODE, FIGURE, HEADING, ITEM, PARA, TABLE, Block, Document, Dropped
from deckbuild.importer.kinds import lexer_alias, lexer_for_filename
from deckbuild.importer.scan import MAX_DEPTH, PageScan, scan_page, tokens
from deckbuild.importer.text import clean_chars, escape, flat

EXTRA_HINT = "install the import extra: pip install 'deckbuild[import]'"
INLINE = {"#b": "**", "#i": "*", "#u": "*", "#t": "`"}
_QUIET = False
PLUG = re.compile(r"'(newsletter|subscri\w*|signup|ad|ads|advert\w*|sponsor\w*|promo\w*|cookie\w*|consent|share|"
                  r"sharing|social)'", re.I)
PLUG_WORDS = 25
"""A kept block of at most this many words inside an element the page marks as a plug is dropped."""


def read_html(text: str, doc: Document, diags: Diagnostics) -> bool:
    """Add the article's headings, paragraphs and list items to *doc*; return False after an error."""
    page = scan_page(text)
    if page.too_deep is not None:
        line, col = page.too_deep
        diags.error(Pos(doc.display, line, col), f"the page nests elements more than {MAX_DEPTH} deep",
                    "no real page nests this deep: save the article as plain HTML or text and import that")
        return False
    try:
        extracted = _extract(text)
    except ImportError:
        diags.error(Pos(doc.display, 1, 1), "reading web pages needs trafilatura, which is not installed",
                    EXTRA_HINT)
        return False
    if extracted is None:
        return True
    _metadata(extracted, page, doc)
    if extracted.body is not None:
        builder = _Blocks(doc, page)
        builder.add(extracted.body)
        _restore_headings(doc, page, builder.spans)
        _figures(doc, page)
    _left_out(doc, page)
    if doc.title is None:
        h1 = next((b for b in doc.blocks if b.kind == HEADING and b.level == 1), None)
        doc.title = h1.text if h1 else None
    return True


def _extract(text: str):
    """Return trafilatura's document for the page (None when it finds no article)."""
    global _QUIET
    import trafilatura

    if not _QUIET:  # nothing below cli.py prints: the libraries' log lines go nowhere
        for name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
            logging.getLogger(name).addHandler(logging.NullHandler())
            logging.getLogger(name).propagate = False
        _QUIET = True
    options = dict(output_format="python", with_metadata=True, include_comments=False, include_tables=True,
                   include_images=True, include_formatting=True, include_links=True, deduplicate=False)
    found = trafilatura.bare_extraction(text, **options)
    if found is None or found.body is None or len(found.body) <= 1:
        # a short page falls back to one flat paragraph: the recall setting keeps its headings
        second = trafilatura.bare_extraction(text, favor_recall=True, **options)
        if second is not None and second.body is not None and len(second.body.xpath(".//*")) > \
                (len(found.body.xpath(".//*")) if found is not None and found.body is not None else -1):
            return second
    return found


def _metadata(extracted, page: PageScan, doc: Document) -> None:
    doc.title = clean_chars(extracted.title or "") or page.title
    doc.author = clean_chars(extracted.author or "") or page.author
    doc.url = (extracted.url or page.url or None)
    doc.date = extracted.date or None
    doc.publisher = clean_chars(extracted.sitename or "") or None


class _Blocks:
    """Turns trafilatura's XML body into blocks, finding each one's lines in the page scan."""

    def __init__(self, doc: Document, page: PageScan):
        self.doc, self.page = doc, page
        self.cursor = 0
        self.spans: list[tuple[int, int, Block]] = []  # word range of each kept block

    def add(self, body) -> None:
        for el in body:
            self.element(el, 1)

    def element(self, el, depth: int) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "head":
            m = re.fullmatch(r"h(\d)", el.get("rend") or "")
            self.block(HEADING, el, int(m.group(1)) if m else 2)
        elif tag == "list":
            for item in el:
                if item.tag == "item":
                    self.item(item, depth)
        elif tag == "table" and _layout_table(el):
            for cell in el.iter("cell"):
                if any(c.tag in ("p", "head", "list", "table", "code", "quote") for c in cell):
                    for child in cell:
                        self.element(child, depth)
                else:
                    self.block(PARA, cell, 0)
        elif tag == "table":
            self.special(TABLE, el, {"rows": _rows(el), "head": any(c.get("role") == "head" for c in el.iter("cell"))})
        elif tag == "code":
            self.code(el)
        elif tag == "graphic":
            pass  # figures come from the page scan, which also finds their captions (see _figures)
        elif tag in ("div", "body"):
            for child in el:
                self.element(child, depth)
        elif tag:
            self.block(PARA, el, 0)

    def item(self, item, depth: int) -> None:
        nested = [c for c in item if c.tag == "list"]
        for child in nested:
            item.remove(child)
        self.block(ITEM, item, min(depth, 4))
        for child in nested:
            self.element(child, depth + 1)

    def block(self, kind: str, el, level: int) -> None:
        text = clean_chars(_inline(el))
        text = re.sub(r"\*\*\s*\*\*|(?<!\*)\*\s*\*(?!\*)|\[\]\([^)]*\)", "", text).strip()
        if kind == HEADING:  # the anchor marks documentation generators put after a heading
            text = re.sub(r"(\s*(¶|\[¶\]\([^)]*\)|\[#\]\([^)]*\)|#|\uf0c1))+$", "", text).strip()
        if not text or not re.sub(r"[*`\[\]\\]", "", text).strip():
            return
        words = tokens(" ".join(el.itertext()))
        start, stop = self.page.find(words, self.cursor)
        if start is None:
            line = end = self.doc.blocks[-1].end if self.doc.blocks else 1
        else:
            line, end = self.page.lines[start], self.page.lines[stop - 1]
        block = Block(kind, text, line, end, level=level)
        piece = self.page.piece_at(start) if start is not None else None
        if kind != HEADING and piece is not None and _plug(piece.reason) and len(words) <= PLUG_WORDS:
            self.doc.drop(block, piece.reason)
            return
        if start is not None:
            self.page.cover(start, stop)
            self.cursor = start
            self.spans.append((start, stop, block))
        self.doc.blocks.append(block)

    def code(self, el) -> None:
        text = "".join(el.itertext())
        named = next((c.get("class") for c in el.iter() if c.get("class")), None)
        lang = lexer_alias(named)
        if lang is None:  # "Filename: src/main.rs" just above the listing names its language
            prev = self.doc.blocks[-1] if self.doc.blocks else None
            lang = lexer_for_filename(prev.text) if prev is not None and prev.kind == PARA else None
        named = re.sub(r"^(language|lang)-", "", named.split()[0]) if named and named.split() else None
        self.special(CODE, el, {"lang": lang or "text", "text": text,
                                "named": named if lang is None and named not in ("hljs", "sourceCode") else None})

    def special(self, kind: str, el, data: dict) -> None:
        start, stop = self.page.find(tokens(" ".join(el.itertext())), self.cursor)
        if start is None:
            line = end = self.doc.blocks[-1].end if self.doc.blocks else 1
        else:
            line, end = self.page.lines[start], self.page.lines[stop - 1]
            self.page.cover(start, stop)
            self.cursor = start
        if kind == CODE and not data["text"].strip() or kind == TABLE and not data["rows"]:
            return
        self.doc.blocks.append(Block(kind, "", line, end, data=data))

    def skip(self, el, what: str) -> None:
        start, stop = self.page.find(tokens(" ".join(el.itertext()) or (el.get("alt") or "")), self.cursor)
        if start is None:
            line = end = self.doc.blocks[-1].end if self.doc.blocks else 1
        else:
            line, end = self.page.lines[start], self.page.lines[stop - 1]
            self.page.cover(start, stop)
        self.doc.skipped.append((line, end, what))


def _rows(table) -> list[list[str]]:
    """Return the text of each row's cells (nested tables flattened into their cell)."""
    return [[clean_chars(" ".join(cell.itertext())) for cell in row.iter("cell")] for row in table.iter("row")][:5000]


def _figures(doc: Document, page: PageScan) -> None:
    """Put each captioned picture of the article among its blocks, by its line; drop its caption as text."""
    blocks = doc.blocks
    if not blocks:
        return
    first, last = min(b.line for b in blocks), max(b.end for b in blocks)
    captions: set[str] = set()
    for fig in page.figures:
        if not fig.caption or not first <= fig.line <= last:
            continue
        at = next((i for i, b in enumerate(blocks) if b.line > fig.line), len(blocks))
        blocks.insert(at, Block(FIGURE, "", fig.line, fig.line,
                                data={"src": fig.src, "alt": fig.alt, "caption": fig.caption}))
        captions.add(_key(fig.caption))
    for block in [b for b in blocks if not b.special and _key(flat(b.text)) in captions]:
        doc.drop(block, "figure caption (it is the caption of the figure's slide)")
        blocks.remove(block)


def _key(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())


def _inline(el) -> str:
    """Return the text of *el* as deckbuild inline markup (bold, italic, code, links)."""
    parts = [escape(el.text or "")] if el.tag != "lb" else [" "]
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        inner = _inline(child) if tag != "lb" else ""
        if tag == "hi" and INLINE.get(child.get("rend") or "") and inner.strip():
            mark = INLINE[child.get("rend")]
            parts.append(f"{mark}{inner.strip()}{mark} " if inner.endswith(" ") else f"{mark}{inner.strip()}{mark}")
        elif tag == "ref" and (child.get("target") or "").startswith(("http://", "https://")) and inner.strip():
            parts.append(f"[{inner.strip()}]({child.get('target').strip()})")
        elif tag == "lb":
            parts.append(" ")
        else:
            parts.append(inner)
        parts.append(escape(child.tail or ""))
    return "".join(parts)


def _layout_table(table) -> bool:
    """Return True when a table lays out the page (prose or nested tables in its cells), not data."""
    for cell in table.iter("cell"):
        if len(" ".join(cell.itertext()).split()) > 30 or any(c.tag in ("table", "head", "p") for c in cell):
            return True
    return False


def _plug(reason: str | None) -> bool:
    """Return True when a page's own class names mark text as a plug (newsletter, advert, sharing …)."""
    return bool(reason and PLUG.search(reason))


def _restore_headings(doc: Document, page: PageScan, spans: list[tuple[int, int, Block]]) -> None:
    """Put back headings of the page that trafilatura left out between two kept blocks of the article."""
    if len(spans) < 2:
        return
    spans = sorted(spans, key=lambda s: s[0])
    first, last = spans[0][0], spans[-1][1]
    order = {id(b): i for i, (_a, _z, b) in enumerate(spans)}
    restored: list[tuple[int, Block]] = []
    lead = [p for p in page.pieces if p.last <= first]
    while lead and lead[-1].heading:
        lead.pop()  # headings right above the first kept block open the article
    opening = lead[-1].last if lead else 0
    for piece in page.pieces:
        if not piece.heading or (piece.reason and not piece.reason.startswith("marked")) or _plug(piece.reason) \
                or not opening <= piece.first < last or page.covered(piece.first, piece.last) > 0:
            continue
        after = next(i for i, (a, _z, _b) in enumerate(spans) if a >= piece.last)
        restored.append((after, Block(HEADING, escape(piece.text), piece.line, piece.end, level=piece.heading)))
    if not restored:
        return
    before = {id(spans[i][2]): [] for i, _ in restored}
    for i, block in restored:
        before[id(spans[i][2])].append(block)
    out: list[Block] = []
    for block in doc.blocks:
        if id(block) in order and id(block) in before:
            out += before[id(block)]
        out.append(block)
    doc.blocks = out


def _left_out(doc: Document, page: PageScan) -> None:
    """Record each piece of page text that no kept block covers, with the reason its context suggests."""
    for piece in page.pieces:
        if piece.first >= piece.last or page.covered(piece.first, piece.last) >= 0.5:
            continue
        reason = piece.reason or "not part of the article (trafilatura)"
        doc.dropped.append(Dropped(piece.line, piece.end, piece.text[:200], reason))
