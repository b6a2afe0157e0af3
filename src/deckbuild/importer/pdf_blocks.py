"""PDF lines into blocks: running headers and footers dropped, headings by size, paragraphs and list items.

``pdf.py`` reads each page's positioned words into ``Line``s in reading order; this module decides
what the lines are. Positions count pages.
"""

from __future__ import annotations

import re
from collections import Counter

from deckbuild.importer.blocks import HEADING, ITEM, PARA, Block, Document, Dropped
from deckbuild.importer.text import escape
from deckbuild.records import field, record

PAGE_NUMBER = re.compile(r"^(page\s+)?(\d{1,4}|[ivxlcdm]{1,6})(\s*(of|/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$", re.I)
BULLET = re.compile(r"^([•·▪◦‣●○■□➢►–—*-]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+(?=\S)")


@record
class Line:
    """One line of text on a page, with the font that most of its characters use."""

    page: int
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    base: float = 0.0  # the baseline, from the top of the page
    column: int = 0  # 0 full width or single column, 1 left, 2 right
    chars: list = field(default_factory=list, repr=False)  # (size, bold, count) of its words


def drop_running(pages: list[list[Line]], doc: Document) -> list[list[Line]]:
    """Return the pages without running headers, footers and page numbers (each recorded as dropped)."""
    def key(line: Line) -> str:
        return re.sub(r"\d+", "#", line.text.lower())

    def margin(line: Line, page: list[Line]) -> str | None:
        if not page:
            return None
        tops = [ln.top for ln in page]
        bottoms = [ln.bottom for ln in page]
        if line.top <= min(tops) + 1 and line.top < 0.15 * max(max(bottoms), 1) * 1.5:
            return "header"
        if line.bottom >= max(bottoms) - 1:
            return "footer"
        return None

    seen: Counter = Counter()
    for page in pages:
        for ln in {key(ln) for ln in page if margin(ln, page)}:
            seen[ln] += 1
    repeated = {k for k, n in seen.items() if n >= 2 and n >= 0.5 * len(pages)}
    out = []
    for page in pages:
        kept = []
        for ln in page:
            where = margin(ln, page)
            if where and PAGE_NUMBER.match(ln.text.strip()):
                doc.dropped.append(Dropped(ln.page, ln.page, ln.text, "page number"))
            elif where and key(ln) in repeated and len(pages) > 1:
                doc.dropped.append(Dropped(ln.page, ln.page, ln.text, f"running {where} (on most pages)"))
            else:
                kept.append(ln)
        out.append(kept)
    return out


def lines_to_blocks(lines: list[Line], doc: Document) -> None:
    """Turn lines into headings, paragraphs and list items; join hyphenated words."""
    if not lines:
        return
    sizes: Counter = Counter()
    for ln in lines:
        sizes[ln.size] += len(ln.text)
    body = sizes.most_common(1)[0][0]
    bigger = sorted({ln.size for ln in lines if ln.size >= body * 1.15 and len(ln.text.split()) <= 20},
                    reverse=True)
    levels = {size: min(i + 1, 4) for i, size in enumerate(bigger)}
    prev: Line | None = None
    current: Block | None = None
    for ln in lines:
        heading = _heading_level(ln, body, levels)
        gap = ln.top - prev.bottom if prev is not None and prev.page == ln.page and prev.column == ln.column else None
        same_para = current is not None and gap is not None and -2 < gap < 0.9 * ln.size and \
            current.kind != HEADING and heading == 0 and not BULLET.match(ln.text) and \
            abs(ln.size - prev.size) < 0.5
        continues_page = current is not None and current.kind != HEADING and heading == 0 and prev is not None and \
            prev.page != ln.page and not re.search(r"[.!?:\"”)]$", current.text) and ln.text[:1].islower()
        if heading and current is not None and current.kind == HEADING and current.level == heading and \
                gap is not None and gap < 0.9 * ln.size:
            current.text, current.end = f"{current.text} {escape(ln.text)}", ln.page  # a heading on two lines
        elif same_para or continues_page:
            current.text = _join(current.text, escape(ln.text))
            current.end = ln.page
        else:
            m = BULLET.match(ln.text)
            if heading:
                current = Block(HEADING, escape(ln.text), ln.page, ln.page, level=heading)
            elif m:
                current = Block(ITEM, escape(ln.text[m.end():]), ln.page, ln.page, level=1)
            else:
                current = Block(PARA, escape(ln.text), ln.page, ln.page)
            doc.blocks.append(current)
        prev = ln


def _heading_level(line: Line, body: float, levels: dict[float, int]) -> int:
    """Return the heading level of *line* (0 for body text): larger than the body, or bold and short."""
    words = len(line.text.split())
    if not re.search(r"[^\W\d_]", line.text) or words > 20 or PAGE_NUMBER.match(line.text):
        return 0
    if line.size in levels:
        return levels[line.size]
    if line.bold and words <= 12 and abs(line.size - body) < 0.5 and not re.search(r"[.,;:]$", line.text):
        return len(levels) + 1 if len(levels) < 4 else 4
    return 0


def _join(text: str, more: str) -> str:
    """Return *text* and the next line *more*, a word hyphenated across the line end joined."""
    if re.search(r"[^\W\d_]-$", text) and more[:1].islower():
        return text[:-1] + more
    return f"{text} {more}"
