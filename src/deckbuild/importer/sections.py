"""Finding a document's title and sections.

Markdown, HTML and Word give heading levels: the single top heading is the title, the next level
makes sections and the level below makes slides. Plain text shows no levels: a short, title-like
line followed by text is a heading, two blank lines where a heading should be are a lost heading,
and every heading becomes a section (a visible TODO says the outline is flat).
"""

from __future__ import annotations

import re
from array import array

from deckbuild.importer.blocks import HEADING, ITEM, PARA, Block, Document
from deckbuild.importer.text import flat, word_count
from deckbuild.records import field, record

LEAD_TITLE = "Overview"
SUBHEADING = "heading"
"""The mark of a list item made from a heading below the slide levels (an H5 under an H4 slide)."""
LOST = "TODO: title (heading lost"
GENERIC_HEADINGS = frozenset("introduction background overview summary abstract contents tableofcontents conclusion "
                             "conclusions context keypoints highlights".split())
"""Headings that open a section, never a whole document (so they are not taken for its title)."""


@record
class Part:
    """What becomes one slide: a (sub-)heading and the blocks under it."""

    title: str
    blocks: list[Block] = field(default_factory=list)


@record
class Section:
    """One section of a document: becomes one outline file."""

    doc: Document
    title: str
    line: int
    parts: list[Part] = field(default_factory=list)
    todos: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)  # YAML comments for a reviewer (merges, same topic)
    lost: bool = False  # the title is a TODO: the source's heading was lost
    shingles: array | None = field(default=None, repr=False)  # cached by dedupe.section_shingles

    @property
    def blocks(self) -> list[Block]:
        return [b for p in self.parts for b in p.blocks]

    @property
    def end(self) -> int:
        return max([self.line] + [b.end for b in self.blocks])

    def text(self) -> str:
        """Return the section's text without markup (for comparing sections)."""
        return " ".join(flat(b.text) for b in self.blocks if not b.special)


def title_like(text: str, max_words: int = 14) -> bool:
    """Return True when *text* reads like a heading: short, capitalised, no closing full stop."""
    bare = flat(text).strip()
    n = word_count(bare)
    if not 0 < n <= max_words or len(bare) > 12 * max_words or re.search(r"[.,;:]$", bare):
        return False
    return bare[0].isupper() or bare[0].isdigit() or bare[0] in "\"“‘'"


def find_sections(doc: Document) -> list[Section]:
    """Return the sections of *doc* (setting its title), dropping lines that only repeat the title."""
    blocks = [b for b in doc.blocks if b.special or flat(b.text)] if doc.structured else _text_headings(doc)
    heads = [b for b in blocks if b.kind == HEADING]
    if doc.structured and heads and heads[0].level == min(h.level for h in heads) and \
            sum(1 for h in heads if h.level == heads[0].level) == 1:
        doc.title = doc.title or flat(heads[0].text)
        blocks.remove(heads[0])
        heads = heads[1:]
    top = min((h.level for h in heads), default=1)
    sub = min((h.level for h in heads if h.level > top), default=None)
    sections: list[Section] = []
    deep: int | None = None  # the level of an H5 (below the slide levels) whose text becomes its sub-bullets
    for block in blocks:
        if block.kind == HEADING:
            deep = None
        if block.kind == HEADING and block.level == top:
            sections.append(Section(doc, block.text, block.line, [Part(block.text)], lost=block.text.startswith(LOST)))
            continue
        if not sections:
            sections.append(Section(doc, LEAD_TITLE, block.line, [Part(LEAD_TITLE)],
                                    todos=[f"the source has no heading before line {block.line}; "
                                           f"'{LEAD_TITLE}' was chosen by deckbuild"]))
        current = sections[-1]
        if block.kind == HEADING and sub is not None and sub <= block.level <= sub + 1 and doc.structured:
            current.parts.append(Part(block.text))  # H3 and H4 become slides under their H2
        elif block.kind == HEADING and sub is not None and block.level > sub + 1 and doc.structured:
            # deeper headings become a bullet on their slide, and the text below them its sub-bullets
            current.parts[-1].blocks.append(Block(ITEM, block.text, block.line, block.end, level=1, mark=SUBHEADING))
            deep = block.level
        elif deep is not None and block.kind in (PARA, ITEM):
            current.parts[-1].blocks.append(Block(ITEM, block.text, block.line, block.end,
                                                  level=min(2 + (block.level - 1 if block.kind == ITEM else 0), 4)))
        elif block.kind == HEADING:
            current.parts[-1].blocks.append(Block(PARA, block.text, block.line, block.end))
        else:
            current.parts[-1].blocks.append(block)
    for s in sections:
        s.sources.append(doc.sid)
        s.parts = [p for i, p in enumerate(s.parts) if p.blocks or i == 0]
        if s.lost:
            s.todos.append(f"the source's heading seems lost before line {s.line} (two blank lines): "
                           "write the section title")
    if len(sections) > 1 and not doc.structured:
        sections[0].todos.append(f"{doc.sid} is plain text, which cannot show sub-heading levels: every heading "
                                 "became a section; move sections that belong under another one into it as slides")
    return sections


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", flat(text).lower())


def _text_headings(doc: Document) -> list[Block]:
    """Return the blocks of plain text with title-like lines (and lost headings) made level-1 headings."""
    blocks = list(doc.blocks)
    if blocks and doc.title is None:
        _text_title(doc, blocks)
    if doc.title:
        key = _key(doc.title)
        for b in [b for b in blocks if b.kind == PARA and _key(b.text) == key]:
            doc.drop(b, "repeats the document title")
            blocks.remove(b)
    out: list[Block] = []
    body = False
    for i, block in enumerate(blocks):
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        prev = blocks[i - 1] if i else None
        if block.kind == HEADING:
            if heading_text_ok(block.text, underlined=True):
                out.append(Block(HEADING, block.text, block.line, block.end, level=1))
                body = False
            else:
                out.append(Block(PARA, block.text, block.line, block.end, gap=block.gap))
                body = True
            continue
        if _is_heading(block, nxt, prev):
            title = re.sub(r"^[IVXLC]{1,6}\.\s+|^\d{1,2}(\.\d{1,2}){1,3}\.?\s+", "", block.text)
            out.append(Block(HEADING, title, block.line, block.end, level=1))
            body = False
            continue
        if block.gap >= 2 and body:
            out.append(Block(HEADING, f"{LOST} before line {block.line})", block.line, block.line, level=1))
        out.append(block)
        body = True
    return out


def _text_title(doc: Document, blocks: list[Block]) -> None:
    """Take the title from the first line of plain text (after a category label, if any)."""
    first = blocks[0]
    if first.kind == HEADING and heading_text_ok(first.text, underlined=True) and \
            sum(1 for b in blocks if b.kind == HEADING and b.level <= first.level) == 1:
        doc.title = flat(first.text)
        blocks.pop(0)
        return
    if first.kind != PARA or not title_like(first.text, 25) or _key(first.text) in GENERIC_HEADINGS or \
            not heading_text_ok(first.text):
        return
    second = blocks[1] if len(blocks) > 1 else None
    if second is not None and second.kind == PARA and title_like(second.text, 25) and \
            len(second.text) > len(first.text) and set(_words(first.text)) <= set(_words(second.text)):
        doc.drop(first, "category label above the title")
        blocks.pop(0)
        first, second = second, blocks[1] if len(blocks) > 1 else None
    if second is None or (second.kind == ITEM and second.gap == 0):
        return  # a heading over a list (or a lone line), not a title
    doc.title = flat(first.text)
    blocks.pop(0)


def _is_heading(block: Block, nxt: Block | None, prev: Block | None = None) -> bool:
    """Return True when a plain-text line is a heading: numbered, ALL CAPS, title case, or a short question."""
    if nxt is None or not heading_text_ok(block.text):
        return False
    bare = flat(block.text)
    if block.kind == ITEM:
        numbered = bool(re.fullmatch(r"\(?\d{1,2}(\.\d{1,2}){0,3}[.)]?", block.mark))
        return block.level == 1 and title_like(block.text, 8) and nxt.kind == PARA and \
            (word_count(nxt.text) >= 15 or (numbered and nxt.gap >= 1 and block.gap >= 1))
    if block.kind != PARA or not title_like(block.text) or block.indent >= 4:
        return False
    if ROMAN.match(bare) or NUMBERED.match(bare) or (bare.isupper() and sum(c.isalpha() for c in bare) >= 3):
        return True
    if title_case(bare) or bare.endswith("?"):
        return True
    # a short line in sentence case: a heading only when it stands alone between two blank lines
    ends_sentence = prev is None or prev.kind == HEADING or re.search(r"[.!?:\"”’)]$", flat(prev.text))
    return word_count(bare) <= 8 and block.gap >= 1 and nxt.gap >= 1 and bool(ends_sentence)


ROMAN = re.compile(r"^[IVXLC]{1,6}\.\s+\S")
NUMBERED = re.compile(r"^\d{1,2}(\.\d{1,2}){1,3}\.?\s+\S")
URL = re.compile(r"(https?://|www\.|\b[\w.-]+@[\w-]+\.\w|\b\w+\.(com|org|net|html?|kp|gov)\b)", re.I)
CODE = re.compile(r"[{};]|::|=>|->|==|\w\([^)]*\)\s*$|^\s*(#include|#define|def |class |return |import |from \w+ "
                  r"import|int |void |char |\$ |% |>>> )|^[\w.]+\s*=\s*\S|\\\*|`")
DATE = re.compile(r"^(\(?\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\)?|((mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?(\d{1,2}\s+)?"
                  r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?(\s+\d{1,2}(st|nd|rd|th)?,?)?"
                  r"(\s+\d{4})?|\d{4}|(19|20)\d\d\s*[-–,]\s*(19|20)\d\d)(\s+\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?)?"
                  r"(\s+[A-Z]{2,4})?\W*$", re.I)
SMALL_WORDS = frozenset("a an and as at but by for from in into nor of on or over per the to under up via vs with "
                        "within without is are was be its their our your".split())
FRAGMENT_END = re.compile(r"\b(a|an|the|and|or|but|nor|of|to|at|by|for|from|in|into|on|with|as|that|which|who|"
                          r"please|is|are|was|were|be|can|could|will|would|should|may|might|must|has|have|had|"
                          r"than|if|when|where|whether|because|so|such|its|their|his|her|this|these|those)$", re.I)


FRAGMENT_WORDS = frozenset(FRAGMENT_END.pattern[3:-2].split("|"))
_URL_FAST = re.compile(r"https?://|www\.|\w\.(com|org|net|html?|kp|gov)\b", re.I)
_EMAIL = re.compile(r"\b[\w.-]+@[\w-]+\.\w")
_CODE_CHARS = frozenset("{};:=>(\\`#$%")
_CODE_STARTS = ("def ", "class ", "return ", "import ", "from ", "int ", "void ", "char ")


def is_url(bare: str) -> bool:
    """Return True when *bare* holds a web address or an e-mail address (what URL matches, found faster)."""
    return bool(_URL_FAST.search(bare)) or ("@" in bare and bool(_EMAIL.search(bare)))


def is_code(bare: str) -> bool:
    """Return True when *bare* looks like a line of code (what CODE matches, with a cheap test first)."""
    if not _CODE_CHARS.intersection(bare) and not bare.lstrip().startswith(_CODE_STARTS) and "=" not in bare:
        return False
    return bool(CODE.search(bare))


def ends_in_fragment(bare: str) -> bool:
    """Return True when *bare* ends with a word that leaves a sentence open ("… of the", "… which")."""
    i = len(bare)
    while i > 0 and (bare[i - 1].isalnum() or bare[i - 1] == "_") and len(bare) - i <= 8:
        i -= 1
    if i > 0 and (bare[i - 1].isalnum() or bare[i - 1] == "_"):
        return False  # the last word is longer than any of these
    last = bare[i:]
    return last.lower() in FRAGMENT_WORDS and last != "May"  # (the month ends many a heading)


def heading_text_ok(text: str, underlined: bool = False) -> bool:
    """Return False for what can never title a section: a URL, a line of code, a date or a sentence fragment.

    An underlined (setext) heading is marked as one by its author: only URLs, code and dates are refused.
    """
    bare = flat(text).strip()
    if not bare or len(bare) > 200 or is_url(bare) or DATE.match(bare):
        return False  # (no heading is longer than 200 characters: this also keeps the checks cheap)
    if underlined:
        return not is_code(bare.replace("`", "'"))
    if is_code(bare):
        return False
    if bare[0].islower() or bare.endswith((",", ";", "-", "–", "—", "(", "/", "&")) or ends_in_fragment(bare):
        return False
    if re.search(r"[a-z]{2}[.!?]\s+[A-Z]", bare):  # the end of one sentence and the start of the next
        return False
    return bool(_TWO_LETTERS.search(bare))


_TWO_LETTERS = re.compile(r"[^\W\d_][^a-zA-Z]*[^\W\d_]|[^\W\d_].*[^\W\d_]")


def title_case(text: str) -> bool:
    """Return True when most words of *text* (short function words aside) start with a capital."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if w.lower() not in SMALL_WORDS]
    if not words:
        return False
    return sum(1 for w in words if w[0].isupper()) >= max(1, 0.75 * len(words))


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", flat(text).lower())
