"""Reading HTML with the standard library's parser: headings, paragraphs and list items of the article.

Navigation, headers, footers, asides, forms, figures and elements whose class or id says "ad",
"share", "newsletter", "cookie" … are left out, each with its reason; when the page marks its
article (``<article>`` or ``<main>``), text outside it is left out too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from deckbuild.importer.blocks import HEADING, ITEM, PARA, Block, Document, Dropped
from deckbuild.importer.text import clean_chars, escape

VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
IMPLIED = {"p": {"p"}, "li": {"li", "p"}, "dt": {"dt", "dd", "p"}, "dd": {"dt", "dd", "p"}, "tr": {"tr", "td", "th"},
           "td": {"td", "th"}, "th": {"td", "th"}, "option": {"option"}}
BLOCK_CLOSERS = frozenset("div ul ol table h1 h2 h3 h4 h5 h6 section article blockquote pre form header footer nav "
                          "aside figure".split())
SILENT = frozenset("script style noscript template svg head iframe object canvas select button input textarea".split())
LEFT_OUT = {"nav": "navigation", "header": "page header", "footer": "page footer", "aside": "sidebar",
            "form": "form", "figure": "figure and caption", "figcaption": "caption", "menu": "menu",
            "dialog": "pop-up", "table": "table (not summarized)", "pre": "code block (not summarized)"}
JUNK_ATTR = re.compile(r"(^|[\s_-])(ad|ads|advert\w*|sponsor\w*|promo\w*|banner|cookie\w*|consent|gdpr|newsletter|"
                       r"subscri\w*|signup|share|sharing|social|comments?|related|recommended|breadcrumbs?|sidebar|"
                       r"nav|navbar|menu|popup|modal|author-?bio|byline|caption|credits?|widget|toolbar|"
                       r"footer|masthead)($|[\s_-])", re.I)
INLINE = {"strong": "**", "b": "**", "em": "*", "i": "*", "code": "`"}
HEADINGS = {f"h{n}": n for n in range(1, 7)}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    line: int
    children: list = field(default_factory=list)  # Node or (text, line)
    end: int = 0


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, 1)
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        line = self.getpos()[0]
        closes = IMPLIED.get(tag, set()) | ({"p"} if tag in BLOCK_CLOSERS else set())
        while len(self.stack) > 1 and self.stack[-1].tag in closes:
            self._pop(line)
        node = Node(tag, {k: v or "" for k, v in attrs}, line)
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(Node(tag, {k: v or "" for k, v in attrs}, self.getpos()[0]))

    def handle_endtag(self, tag):
        if any(n.tag == tag for n in self.stack[1:]):
            while self.stack[-1].tag != tag:
                self._pop(self.getpos()[0])
            self._pop(self.getpos()[0])

    def handle_data(self, data):
        self.stack[-1].children.append((data, self.getpos()[0]))

    def _pop(self, line: int) -> None:
        self.stack.pop().end = line


def read_html(text: str, doc: Document) -> None:
    """Add the article's headings, paragraphs and list items to *doc*; record what was left out."""
    builder = _TreeBuilder()
    builder.feed(text)
    builder.close()
    root = builder.root
    _meta(root, doc)
    article = _find(root, "article") or _find(root, "main") or _find_attr(root, "role", "main")
    walker = _Walker(doc)
    if article is not None:
        walker.outside = article
    walker.walk(root, 0)
    walker.flush()
    if doc.title is None:
        h1 = next((b for b in doc.blocks if b.kind == HEADING and b.level == 1), None)
        doc.title = h1.text if h1 else None


def _meta(root: Node, doc: Document) -> None:
    for node in _iter(root):
        if node.tag == "title" and doc.title is None:
            title = clean_chars("".join(c for c, _ in _texts(node)))
            doc.title = re.split(r"\s+[|–—»·]\s+|\s+-\s+", title)[0] or None
        elif node.tag == "meta":
            name = (node.attrs.get("name") or node.attrs.get("property") or "").lower()
            if name in ("author", "article:author") and node.attrs.get("content"):
                doc.author = clean_chars(node.attrs["content"])
            if name == "og:url" and node.attrs.get("content"):
                doc.url = node.attrs["content"].strip()
        elif node.tag == "link" and "canonical" in node.attrs.get("rel", "") and node.attrs.get("href"):
            doc.url = node.attrs["href"].strip()


def _iter(node: Node):
    yield node
    for child in node.children:
        if isinstance(child, Node):
            yield from _iter(child)


def _find(root: Node, tag: str) -> Node | None:
    return next((n for n in _iter(root) if n.tag == tag), None)


def _find_attr(root: Node, attr: str, value: str) -> Node | None:
    return next((n for n in _iter(root) if n.attrs.get(attr, "").lower() == value), None)


def _small(node: Node, limit: int = 300) -> bool:
    """Return True when *node* holds at most *limit* words (a widget, not a page wrapper)."""
    count = 0
    for text, _line in _texts(node):
        count += len(text.split())
        if count > limit:
            return False
    return True


def _contains(node: Node, target: Node) -> bool:
    return any(n is target for n in _iter(node))


def _texts(node: Node):
    for child in node.children:
        if isinstance(child, Node):
            if child.tag not in SILENT:
                yield from _texts(child)
        else:
            yield child


class _Walker:
    """Turns the tree into blocks: one per heading, paragraph or list item, inline markup kept."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.outside: Node | None = None  # the article: text outside it is left out
        self.parts: list[str] = []
        self.lines: list[int] = []
        self.kind, self.level = PARA, 0

    def walk(self, node: Node, depth: int, inside: bool = False) -> None:
        inside = inside or self.outside is None or node is self.outside
        for child in node.children:
            if not isinstance(child, Node):
                if child[0].strip():
                    self.parts.append(escape(child[0]))
                    self.lines += [child[1], child[1] + child[0].rstrip().count("\n")]
                continue
            if child.tag in SILENT:
                continue
            if child.tag == "br":
                self.parts.append(" ")
                continue
            reason = self._left_out(child, inside)
            if reason:
                self.flush()
                self._drop(child, reason)
                continue
            tag = child.tag
            if tag in HEADINGS or tag in ("p", "li", "dt", "dd", "blockquote", "tr") or tag in BLOCK_CLOSERS:
                self.flush()
                if tag in HEADINGS:
                    self.kind, self.level = HEADING, HEADINGS[tag]
                elif tag == "li":
                    self.kind, self.level = ITEM, min(max(depth, 1), 4)
                self.walk(child, depth + (tag in ("ul", "ol")), inside)
                self.flush()
            elif tag in INLINE:
                mark = INLINE[tag]
                self.parts.append(mark)
                self.walk(child, depth, inside)
                self.parts.append(mark)
            elif tag == "a" and child.attrs.get("href", "").startswith(("http://", "https://")):
                self.parts.append("[")
                self.walk(child, depth, inside)
                self.parts.append(f"]({child.attrs['href'].strip()})")
            else:
                self.walk(child, depth, inside)

    def _left_out(self, node: Node, inside: bool) -> str | None:
        holds_article = self.outside is not None and _contains(node, self.outside)
        if node.tag in LEFT_OUT:
            keep = node.tag == "header" and (_find(node, "h1") is not None or holds_article)
            return None if keep else LEFT_OUT[node.tag]
        m = JUNK_ATTR.search(f"{node.attrs.get('class', '')} {node.attrs.get('id', '')}")
        if m and node.tag not in ("html", "body", "main", "article") and not holds_article \
                and _find(node, "h1") is None and (m.group(2).lower().startswith("comment") or _small(node)):
            return f"marked '{m.group(2)}' in the page"
        if not inside and node.tag != "h1" and not holds_article:
            return "outside the page's article"
        return None

    def _drop(self, node: Node, reason: str) -> None:
        if reason.startswith("code") or reason.startswith("table"):
            self.doc.skipped.append((node.line, max(node.end, node.line), reason.split(" (")[0]))
        text = clean_chars(" ".join(t for t, _ in _texts(node)))
        if text:
            self.doc.dropped.append(Dropped(node.line, max(node.end, node.line), text[:200], reason))

    def flush(self) -> None:
        text = clean_chars("".join(self.parts))
        text = re.sub(r"\*\*\s*\*\*|(?<!\*)\*\s*\*(?!\*)|\[\]\([^)]*\)", "", text).strip()
        if text and re.sub(r"[*`\[\]]", "", text).strip():
            self.doc.blocks.append(Block(self.kind, text, min(self.lines), max(self.lines), level=self.level))
        self.parts, self.lines = [], []
        self.kind, self.level = PARA, 0
