"""A flat, bounded scan of a web page: every word with its line, and the text pieces around them.

The scan never builds a tree and never recurses, so no page can exhaust the stack; a page that
nests elements deeper than ``MAX_DEPTH`` is reported with the position where it does.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from html.parser import HTMLParser

from deckbuild.importer.text import clean_chars
from deckbuild.records import field, record

MAX_FIGURES = 2000
"""Pictures recorded from one page at most."""
MAX_DEPTH = 250
"""Deepest element nesting accepted (real pages nest 20-60 deep; lxml's parser stops at 256)."""
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
IMPLIED = {"p": {"p"}, "li": {"li", "p"}, "dt": {"dt", "dd", "p"}, "dd": {"dt", "dd", "p"}, "tr": {"tr", "td", "th"},
           "td": {"td", "th"}, "th": {"td", "th"}, "option": {"option"}}
BLOCKS = frozenset("p div ul ol li dl dt dd table tr td th h1 h2 h3 h4 h5 h6 section article blockquote pre form "
                   "header footer nav aside figure figcaption main body br hr".split())
SILENT = frozenset("script style noscript template svg head title iframe object canvas select textarea".split())
CONTEXT = {"nav": "navigation", "header": "page header", "footer": "page footer", "aside": "sidebar",
           "form": "form", "figure": "figure and caption", "figcaption": "caption", "menu": "menu",
           "dialog": "pop-up", "button": "button"}
JUNK_ATTR = re.compile(r"(^|[\s_-])(ad|ads|advert\w*|sponsor\w*|promo\w*|banner|cookie\w*|consent|gdpr|newsletter|"
                       r"subscri\w*|signup|share|sharing|social|comments?|related|recommended|breadcrumbs?|sidebar|"
                       r"nav|navbar|menu|popup|modal|author-?bio|byline|caption|credits?|widget|toolbar|"
                       r"footer|masthead)($|[\s_-])", re.I)
_TOKEN = re.compile(r"\w+")
FIGURE_LABEL = re.compile(r"^(figure|fig\.|illustration|image|photo)\s*[\w.-]{0,8}\s*[:.–—-]\s", re.I)
HEADING = re.compile(r"h[1-6]")


def tokens(text: str) -> list[str]:
    """Return the lower-case words of *text*, as the scan counts them."""
    return _TOKEN.findall(text.lower())


@record
class Piece:
    """A run of page text between two block boundaries: its lines, its words and its context."""

    line: int
    end: int
    text: str
    reason: str | None
    first: int  # index of its first word in PageScan.words
    last: int  # one past its last word
    heading: int = 0  # 1-6 inside <h1>-<h6>, else 0


@record
class Figure:
    """A picture of the page with its caption (a ``<figcaption>``, or a caption right after the picture)."""

    src: str
    alt: str
    line: int
    word: int  # index in PageScan.words of the first word after the picture
    caption: str = ""
    figure: bool = False  # inside a <figure>


@record
class PageScan:
    words: list[str] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    pieces: list[Piece] = field(default_factory=list)
    too_deep: tuple[int, int] | None = None
    figures: list[Figure] = field(default_factory=list)
    title: str | None = None
    author: str | None = None
    url: str | None = None
    _index: dict | None = None
    _covered: bytearray | None = None
    _starts: list[int] | None = None

    def find(self, words: list[str], cursor: int) -> tuple[int | None, int]:
        """Return the word range [start, stop) where *words* appear, preferring a start at or after *cursor*."""
        if not words or not self.words:
            return None, 0
        n = min(3, len(words))
        index = self._grams(n)
        start = None
        for k in range(0, max(1, min(len(words) - n + 1, 8))):
            pos = index.get(tuple(words[k:k + n]))
            if pos:
                at = bisect_left(pos, cursor + k)
                start = max((pos[at] if at < len(pos) else pos[0]) - k, 0)
                break
        if start is None:
            return None, 0
        stop = start + len(words)
        for k in range(0, max(1, min(len(words) - n + 1, 8))):
            tail = tuple(words[len(words) - n - k:len(words) - k])
            pos = index.get(tail)
            if pos:
                at = bisect_left(pos, start)
                if at < len(pos):
                    stop = pos[at] + n + k
                    break
        return start, min(max(stop, start + 1), len(self.words))

    def _grams(self, n: int) -> dict:
        if self._index is None:
            self._index = {}
        if n not in self._index:
            grams: dict[tuple, list[int]] = {}
            w = self.words
            for i in range(len(w) - n + 1):
                grams.setdefault(tuple(w[i:i + n]), []).append(i)
            self._index[n] = grams
        return self._index[n]

    def piece_at(self, word: int) -> Piece | None:
        """Return the piece that holds the word at index *word*."""
        if self._starts is None:
            self._starts = [p.first for p in self.pieces]
        at = bisect_left(self._starts, word + 1) - 1
        return self.pieces[at] if at >= 0 and self.pieces[at].first <= word < self.pieces[at].last else None

    def cover(self, start: int, stop: int) -> None:
        if self._covered is None:
            self._covered = bytearray(len(self.words))
        self._covered[start:stop] = b"\x01" * (stop - start)

    def covered(self, start: int, stop: int) -> float:
        """Return the share of the words in [start, stop) that a kept block covers."""
        if self._covered is None or stop <= start:
            return 0.0
        return self._covered[start:stop].count(1) / (stop - start)


class _TooDeep(Exception):
    pass


class _Scanner(HTMLParser):
    def __init__(self, scan: PageScan):
        super().__init__(convert_charrefs=True)
        self.scan = scan
        self.stack: list[tuple[str, str | None]] = []
        self.silent = 0
        self.parts: list[str] = []
        self.first = 0
        self.line = self.end = 0
        self.meta_title: list[str] | None = None
        self.since_picture = 0  # text pieces flushed since the last picture

    def handle_starttag(self, tag, attrs):
        attrs = {k: v or "" for k, v in attrs}
        self._meta(tag, attrs)
        if tag == "img" and not self.silent and len(self.scan.figures) < MAX_FIGURES:
            self.scan.figures.append(Figure(attrs.get("src", "").strip(), clean_chars(attrs.get("alt", "")),
                                            self.getpos()[0], len(self.scan.words),
                                            figure=any(t == "figure" for t, _ in self.stack)))
            self.since_picture = 0
        if tag in VOID:
            if tag in ("br", "hr"):
                self.flush()
            return
        closes = IMPLIED.get(tag, set()) | ({"p"} if tag in BLOCKS else set())
        while self.stack and self.stack[-1][0] in closes:
            self._pop()
        if tag in BLOCKS:
            self.flush()
        reason = CONTEXT.get(tag)
        if reason is None and tag not in ("html", "body", "main", "article"):
            m = JUNK_ATTR.search(f"{attrs.get('class', '')} {attrs.get('id', '')}")
            reason = f"marked '{m.group(2)}' in the page" if m else None
        if reason is None and self.stack:
            reason = self.stack[-1][1]
        self.stack.append((tag, reason))
        if tag in SILENT:
            self.silent += 1
            if tag == "title":
                self.meta_title = []
        if len(self.stack) > MAX_DEPTH:
            line, col = self.getpos()
            self.scan.too_deep = (line, col + 1)
            raise _TooDeep

    def handle_startendtag(self, tag, attrs):
        if tag == "img":
            self.handle_starttag(tag, attrs)
            return
        self._meta(tag, {k: v or "" for k, v in attrs})
        if tag in BLOCKS:
            self.flush()

    def handle_endtag(self, tag):
        if any(t == tag for t, _ in self.stack):
            if tag in BLOCKS:
                self.flush()
            while self.stack and self.stack[-1][0] != tag:
                self._pop()
            if self.stack:
                self._pop()

    def _pop(self) -> None:
        tag, _ = self.stack.pop()
        if tag in SILENT:
            self.silent -= 1
            if tag == "title" and self.meta_title is not None:
                title = clean_chars("".join(self.meta_title))
                self.scan.title = self.scan.title or re.split(r"\s+[|–—»·]\s+|\s+-\s+", title)[0] or None
                self.meta_title = None

    def handle_data(self, data):
        if self.silent:
            if self.meta_title is not None:
                self.meta_title.append(data)
            return
        line = self.getpos()[0]
        scan = self.scan
        if not self.parts:
            self.first, self.line = len(scan.words), line
        at, offset = line, 0
        for m in _TOKEN.finditer(data):
            at += data.count("\n", offset, m.start())
            offset = m.start()
            scan.words.append(m.group().lower())
            scan.lines.append(at)
        self.parts.append(data)
        self.end = line + data.rstrip().count("\n")

    def flush(self) -> None:
        if self.parts:
            text = clean_chars("".join(self.parts))
            if text and len(self.scan.words) > self.first:
                reason = self.stack[-1][1] if self.stack else None
                level = next((int(t[1]) for t, _ in reversed(self.stack) if HEADING.fullmatch(t)), 0)
                self.scan.pieces.append(Piece(self.line, max(self.end, self.line), text, reason, self.first,
                                              len(self.scan.words), level))
                self._caption(text, reason)
        self.parts = []

    def _caption(self, text: str, reason: str | None) -> None:
        """Give the last picture *text* as its caption when it is its figcaption or a caption right after it."""
        figures = self.scan.figures
        in_caption = any(t == "figcaption" for t, _ in self.stack) or bool(reason and "caption" in reason) or \
            bool(FIGURE_LABEL.match(text))
        if figures and not figures[-1].caption and in_caption and \
                (self.since_picture == 0 or (figures[-1].figure and any(t == "figure" for t, _ in self.stack))):
            figures[-1].caption = text[:300]
        self.since_picture += 1

    def _meta(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "meta":
            name = (attrs.get("name") or attrs.get("property") or "").lower()
            if name in ("author", "article:author") and attrs.get("content"):
                self.scan.author = clean_chars(attrs["content"])
            elif name == "og:url" and attrs.get("content"):
                self.scan.url = attrs["content"].strip()
        elif tag == "link" and "canonical" in attrs.get("rel", "") and attrs.get("href"):
            self.scan.url = attrs["href"].strip()


def scan_page(text: str) -> PageScan:
    """Return the words, lines and text pieces of the page *text* (stopping where it nests too deep)."""
    scan = PageScan()
    scanner = _Scanner(scan)
    try:
        scanner.feed(text)
        scanner.close()
    except _TooDeep:
        return scan
    scanner.flush()
    return scan
