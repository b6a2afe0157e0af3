"""Removing web boilerplate: every dropped block is kept in ``Document.dropped`` with its reason.

Rules are phrase patterns; the loose ones apply to short blocks only, so that an article sentence
which mentions "subscribe" or "comments" is kept while a newsletter plug beside it is dropped.
Dropping is per block: a plug in the middle of an article never ends the article.
"""

from __future__ import annotations

import re

from deckbuild.importer import meta
from deckbuild.importer.blocks import HEADING, ITEM, Block, Document
from deckbuild.importer.text import clean_chars, flat, word_count

SHORT = 25
"""Blocks of at most this many words are checked against the loose rules."""

_I = re.I
ANYWHERE = [  # specific enough to apply to a block of any length
    ("photo caption or credit", re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}")),
    ("photo caption or credit", re.compile(r"\bPHOTO\b|[/(|—–]\s*(AFP|Reuters|AP Photo|Getty Images|EPA|ITAR-TASS|"
                                           r"Xinhua|Shutterstock|Alamy|TASS|Yonhap|KCNA)\b[^.]{0,60}$")),
    ("photo caption or credit", re.compile(r"^\(?(photo|image|picture|illustration|file photo)s?( credit)?\s*(:|by\b)|"
                                           r"\((photo|image)s?:? (by|credit|courtesy)[^)]*\)\.?$", _I)),
    ("image licence", re.compile(r"\blicen[cs]ed under (a |the )?(CC|creative commons)\b|\bCC BY(-[A-Z]{2})*\s\d\.\d\b|"
                                 r"\bvia wikimedia commons\b", _I)),
    ("disclaimer", re.compile(r"\b(views|opinions)( and (views|opinions))? expressed (in|here)|"
                              r"\bdo(es)? not necessarily (reflect|represent)|\ball rights reserved\b", _I)),
    ("copyright line", re.compile(r"^(©|\(c\)\s|copyright\b)", _I)),
    ("submission notice", re.compile(r"\bsubmit your (articles?|stories|work|papers?|writing|research)\b|"
                                     r"\bsubmissions? page\b|^write for us\b", _I)),
]
ANYWHERE_KEYS = [None, ("photo", "afp", "reuters", "getty", "epa", "tass", "xinhua", "shutterstock", "alamy", "yonhap",
                        "kcna"), ("photo", "image", "picture", "illustration"), ("licen", "cc by", "wikimedia"),
                 ("expressed", "necessarily", "rights reserved"), None, ("submi", "write for us")]
"""Words (lower case) without which a rule of ANYWHERE cannot match: a cheap test before the pattern."""
SHORT_ONLY = [
    ("dateline and source credit", re.compile(r"^date\s*:\s*\S.*\|\s*source\s*:|\bread (the )?original (version|"
                                              r"article|story)( at (the )?source)?\b", _I)),
    ("dateline", re.compile(r"^(date|dated|posted|published|updated|time)\s*:\s*\S", _I)),
    ("source credit", re.compile(r"^(source|sources|via|credit|credits|courtesy)\s*:\s*\S", _I)),
    ("masthead credit", re.compile(r"^((deputy |managing |executive |chief |senior |associate )?editors?"
                                   r"(-| )?(in(-| )chief)?|supervisor|publisher|editorial (board|director)|"
                                   r"chief editor|reporter|correspondent|translated by|translator|edited by|"
                                   r"written by|reported by)\s*:", _I)),
    ("timestamp", re.compile(r"^((mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(\d{1,2}(st|nd|rd|th)?\s+"
                             r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|(jan|feb|mar|apr|may|jun|"
                             r"jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?)\s+\d{4}"
                             r"(,?\s+(at\s+)?\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?)?(\s+[A-Z]{2,5}|\s+GMT[+-]?\d*)?$|"
                             r"^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?)?(\s*[A-Z]{2,5}|Z|[+-]\d{2}:?\d{2})?$|"
                             r"^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(\s+\d{1,2}:\d{2}(\s*[ap]m)?)?$", _I)),
    ("copyright line", re.compile(r"^(\(c\)|copyright|©)|\bcopyright (\(c\)|©)?\s*(19|20)\d\d", _I)),
    ("licence notice", re.compile(r"\b(this (program|file|document|library) is free software|licensed under the|"
                                  r"under the terms of the (gnu|mit|apache|bsd)|permission is (hereby )?granted|"
                                  r"spdx-license-identifier|released under the \w+ licen[cs]e|"
                                  r"(gnu|lesser) general public licen[cs]e|creative commons)\b", _I)),
    ("editor settings", re.compile(r"\blocal variables:|-\*- .*mode: ", _I)),
    ("newsletter prompt", re.compile(r"\b(straight|directly|delivered) (to|into) your inbox\b|^discover more from\b|"
                                     r"\b(the )?full archive\b|^subscribe\b|\bsubscribe (now|today|here|for free|to "
                                     r"(our|my|the) (newsletter|channel|blog|mailing list|updates|podcast))\b|"
                                     r"^(sign up|join|don'?t miss|never miss|stay (up to date|updated|informed))\b.*"
                                     r"\b(updates?|newsletter|inbox|e-?mail|alerts?)\b|^get\b.*\bupdates?\b|"
                                     r"\bsign up for (our|the|my) (newsletter|updates)\b|^enter your e-?mail\b", _I)),
    ("read-more link", re.compile(r"^(continue reading|read more|read the full (story|article)|click here|learn more|"
                                  r"see also|related (posts|articles|stories)|more from|recommended( for you)?|"
                                  r"you (may|might) also like|also read|read also|next article|previous article)\b",
                                  _I)),
    ("comment widget", re.compile(r"\b(logged in to (post|leave) a comment|leave a (comment|reply)|post a comment|"
                                  r"comments are closed|add a comment|join the (discussion|conversation))\b|"
                                  r"^\d+ (comments?|replies|responses)$|^no comments( yet)?\.?$", _I)),
    ("share widget", re.compile(r"^(share( this( article| post| story| page)?)?|tweet( this)?|pin it|print( this)?"
                                r"( article| page)?|e-?mail( this)?|copy link)\s*[:.!]?$|^share (on|via) \w+", _I)),
    ("share widget", re.compile(r"^((facebook|twitter|x|linkedin|whatsapp|reddit|telegram|pinterest|e-?mail|print|"
                                r"copy link)[\s,|/·•]*){2,}$", _I)),
    ("cookie notice", re.compile(r"\b(we|this (site|website)) uses? cookies\b|\baccept (all )?cookies\b|"
                                 r"\bcookie (policy|settings|preferences)\b", _I)),
    ("advertisement", re.compile(r"^(advertisement|advertising|sponsored( content)?|ads?|promoted|paid content)$", _I)),
    ("date line", re.compile(r"^(published|updated|posted|last updated)( on)?:?\s+\S.{0,40}$", _I)),
    ("reading time", re.compile(r"^\d+\s*(min|minutes?)( read)?$", _I)),
    ("tag list", re.compile(r"^(tags?|filed under|categories)\s*:", _I)),
]
SHORT_KEYS = {
    "dateline and source credit": ("source", "original"), "copyright line": ("(c)", "copyright", "©"),
    "licence notice": ("free software", "licen", "under the terms", "permission", "spdx", "creative commons"),
    "editor settings": ("local variables", "-*-"), "cookie notice": ("cookie",),
    "newsletter prompt": ("inbox", "discover more", "archive", "subscri", "sign up", "join", "miss", "stay",
                          "update", "enter your"),
    "comment widget": ("logged in", "leave a", "comment", "join the", "repl", "respons"),
}
"""Words (lower case) without which a rule of SHORT_ONLY cannot match: a cheap test before the pattern."""
BYLINE = re.compile(r"^(?i:by|written by|posted by|author:)\s+([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})"
                    r"(?:\s*[|,·•–—-]\s*.{0,60})?$")
NOTICE_HEADING = re.compile(r"^(copyright|licen[cs]e|licensing|legal|copying|(copyright|licen[cs]e) (and|&) "
                            r"(licen[cs]e|copyright)|terms of use)( (notices?|information|terms))?$", _I)
BREADCRUMB_LINE = re.compile(r"^(you are here:?\s*)?(home|start)\s*([>»/|›→]|::)\s*\S", _I)
BIO_HEADING = re.compile(r"^(about (the )?(author|writer)s?(\(s\))?|author bio(graphy)?|about me)\s*:?$", _I)
WIDGET = re.compile(r"^(choose a format|story|video|poll|trivia quiz|quiz|personality quiz|list|countdown|open list|"
                    r"meme|gif|image|audio|gallery|embeds?)$|\bembeds\b|\b(trivia|poll|quiz)\b", _I)


def clean(doc: Document) -> None:
    """Remove boilerplate blocks from *doc*, recording each one with its reason."""
    blocks = doc.blocks
    drop: dict[int, str] = {}
    _breadcrumbs(blocks, drop)
    for i, block in enumerate(blocks):
        if i in drop or block.special:
            continue
        reason = rule_for(block.text)
        if reason:
            drop[i] = reason
        elif block.kind != ITEM and BYLINE.match(flat(block.text)) and i < 8:
            drop[i] = "byline (the author is recorded in deck.yaml)"
            doc.author = doc.author or BYLINE.match(flat(block.text)).group(1)
    _notice_sections(blocks, drop)
    _bios(blocks, drop)
    _trailing_widgets(blocks, drop)
    _repeats(blocks, drop)
    for i, block in enumerate(blocks):
        if i in drop:
            doc.drop(block, drop[i])
            meta.from_dropped_line(doc, flat(block.text), drop[i])
    doc.blocks = [b for i, b in enumerate(blocks) if i not in drop]


def rule_for(text: str) -> str | None:
    """Return why a block with *text* is boilerplate, or None when it is content."""
    bare = clean_chars(flat(text))
    ends = bare if len(bare) <= 600 else f"{bare[:400]} … {bare[-200:]}"  # the rules look at beginnings and ends
    low = ends.lower()
    for (reason, pattern), keys in zip(ANYWHERE, ANYWHERE_KEYS):
        if (keys is None or any(k in low for k in keys)) and pattern.search(ends):
            return reason
    if word_count(bare) <= SHORT:
        low = bare.lower()
        for reason, pattern in SHORT_ONLY:
            keys = SHORT_KEYS.get(reason)
            if (keys is None or any(k in low for k in keys)) and pattern.search(bare):
                return reason
    return None


def _breadcrumbs(blocks: list[Block], drop: dict[int, str]) -> None:
    """Mark a navigation trail at the top: "Home > Blog > …", or a short list that starts at "Home"."""
    for i, block in enumerate(blocks[:12]):
        if BREADCRUMB_LINE.match(flat(block.text)):
            drop[i] = "breadcrumb navigation"
    run = []
    for i, block in enumerate(blocks[:20]):
        if block.kind == ITEM and word_count(block.text) <= 5 and not re.search(r"[.!?]$", block.text):
            run.append(i)
        elif run:
            break
    if len(run) >= 2 and any(flat(blocks[i].text).strip().lower() in ("home", "start", "homepage") for i in run):
        drop.update((i, "breadcrumb navigation") for i in run)


def _notice_sections(blocks: list[Block], drop: dict[int, str]) -> None:
    """Mark a "Copyright and License Notices" heading and everything under it, up to the next heading."""
    for i, block in enumerate(blocks):
        if block.kind != HEADING or not NOTICE_HEADING.match(flat(block.text).strip()):
            continue
        drop[i] = "copyright and licence section"
        for j in range(i + 1, len(blocks)):
            if blocks[j].kind == HEADING and blocks[j].level <= block.level:
                break
            drop[j] = "copyright and licence section"


def _bios(blocks: list[Block], drop: dict[int, str]) -> None:
    """Mark an "About the author" heading and the short paragraphs under it."""
    for i, block in enumerate(blocks):
        if i in drop or not BIO_HEADING.match(flat(block.text)):
            continue
        drop[i] = "author bio"
        for j in range(i + 1, min(i + 4, len(blocks))):
            nxt = blocks[j]
            if j in drop:
                continue
            if nxt.kind in (HEADING, ITEM) or nxt.special or word_count(nxt.text) > 80 or _title_like(nxt.text):
                break
            drop[j] = "author bio"


def _trailing_widgets(blocks: list[Block], drop: dict[int, str]) -> None:
    """Mark a run of short menu lines at the end ("Choose A Format … Poll … Trivia quiz")."""
    i = len(blocks)
    hits = 0
    while i > 0:
        if blocks[i - 1].special:
            break
        text = flat(blocks[i - 1].text).strip()
        if (i - 1) not in drop and (word_count(text) > 15 or re.search(r"[.!?]$", text)):
            break
        hits += bool(WIDGET.search(text))
        i -= 1
    run = [j for j in range(i, len(blocks)) if j not in drop]
    if hits >= 2 and run:
        drop.update((j, "widget menu at the end of the page") for j in run)


def _repeats(blocks: list[Block], drop: dict[int, str]) -> None:
    """Mark paragraphs that repeat an earlier one word for word (pull quotes, doubled widgets)."""
    seen: dict[str, int] = {}
    for i, block in enumerate(blocks):
        if i in drop or block.kind == HEADING or block.special or word_count(block.text) < 8:
            continue
        key = " ".join(flat(block.text).lower().split())
        if key in seen:
            drop[i] = f"repeats line {blocks[seen[key]].line}"
        else:
            seen[key] = i


def _title_like(text: str) -> bool:
    bare = flat(text).strip()
    return 0 < word_count(bare) <= 12 and not re.search(r"[.,;:]$", bare) and bare[:1].isupper()
