"""Text helpers shared by the importer: clean characters, escape markup, sentences, words, shortening."""

from __future__ import annotations

import re
from functools import lru_cache

from deckbuild.markup import plain

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
_SPACE = re.compile(r"\s+")
_MARKERS = re.compile(r"([\\`*])")
_MARKUP = re.compile(r"[\\`*\[]")
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z0-9]+)*")
ABBREVIATIONS = frozenset("mr mrs ms dr prof st jr sr vs etc e.g i.e no fig gen gov sen rep lt col capt inc ltd "
                          "co corp jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u".split())
STOPWORDS = frozenset("""a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each even few for from further had has have
having he her here hers him his how however i if in into is it its itself just may me might more most much must my
no nor not now of off on once only or other our ours out over own same she should so some such than that the their
theirs them then there these they this those through thus to too under until up upon us very was we were what when
where which while who whom why will with within without would yet you your one two new also said says""".split())
_BOUNDARY = re.compile(r"[.!?…](?:[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])|(?<=[a-z]{3}[.!?])(?=[A-Z][a-z]))")
"""A sentence ends at the punctuation this matches (it starts with the punctuation, which keeps the search fast)."""
_CONNECTIVE = re.compile(r"^(however|moreover|furthermore|additionally|in addition(?: to that)?|on the other hand|"
                         r"in this view|for that purpose|as a result|therefore|thus|meanwhile|also|indeed|"
                         r"in other words|that said|besides),\s+", re.I)
_CLAUSE = re.compile(r"; | — | – |, (?:which|while|where|whereas|but|although|though|as|with|including|coupled|"
                     r"and|so|because|since|potentially)\b|"
                     r", (?=\w+ing |evidenced |coupled |aimed |based |backed |compared )|: ")
_OPENING = re.compile(r"^(during|despite|in|after|before|following|amid|amidst|for|on|under|according to|back in)"
                      r"\b[^,]{2,70}, ", re.I)
_DANGLING = re.compile(r"\s+(is|are|was|were|be|been|being|has|have|had|that|if|and|or|but|nor|the|a|an|of|will|would|"
                       r"can|could|may|might|should|must|to|as|its|their|his|her|this|these|those|which|who)$", re.I)
_LABEL = re.compile(r"^((?:\*\*)?[A-Z][^:.!?]{2,45}?(?:\*\*)?): ([A-Z].{20,})$")
_NAMED_FIELD = re.compile(r"(^|\s)[`*]*[A-Z][\w`*]*-[\w-]+[`*]*$|(^|\s)`[^`]+`$")
"""A name before a colon that is a field or a term ("Cache-Control: header"), not the end of a clause."""
_FILLER = re.compile(r"(?<!but )\b(also|really|very|even|actually|certainly|clearly) ")
SLIDE_LENGTH = 120
"""A bullet longer than this many characters is shortened (past two lines of body text on a slide)."""


@lru_cache(maxsize=1 << 14)
def flat(text: str) -> str:
    """Return *text* without markup (fast when it has none, as most imported text has not)."""
    return plain(text) if _MARKUP.search(text) else " ".join(text.split())


def clean_chars(text: str) -> str:
    """Return *text* without control characters, on one line, with single spaces."""
    if not text.isprintable():  # (a fast test: most text has at most line breaks to remove)
        text = text.translate(_CONTROL_TABLE)
    return " ".join(text.split())


_CONTROL_TABLE = {c: None for c in [*range(0x00, 0x09), 0x0b, 0x0c, *range(0x0e, 0x20), *range(0x7f, 0xa0), 0xfffe,
                                    0xffff, *range(0xd800, 0xe000)]}


def escape(text: str) -> str:
    """Return plain *text* with deckbuild's markup characters escaped, so it shows as written."""
    text = _MARKERS.sub(r"\\\1", text)
    return text.replace("](", "]\\(") if "](" in text else text


def words(text: str) -> list[str]:
    """Return the lower-case words of *text* (markup removed)."""
    return _WORD.findall((plain(text) if _MARKUP.search(text) else text).lower())


def content_words(text: str) -> list[str]:
    """Return the words of *text* that carry meaning: no stop words, a crude plural stem."""
    stems = _STEMS
    found = words(text)
    if len(stems) < 1_000_000:  # (a bounded memo: real text has far fewer distinct words)
        for w in set(found).difference(stems):
            stems[w] = _stem(w)
        return [s for s in map(stems.__getitem__, found) if s is not None]
    return [s for s in map(_stem, found) if s is not None]


_STEMS: dict[str, str | None] = {}


def _stem(w: str) -> str | None:
    """Return the crude stem of one lower-case word, or None for a stop word."""
    if w in STOPWORDS or len(w) < 2:
        return None
    w = w.replace("’", "'")
    if w.endswith("'s"):
        return w[:-2]
    if len(w) > 4 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def word_count(text: str) -> int:
    """Return the number of words in *text*."""
    return len(text.split())


def sentences(text: str) -> list[str]:
    """Return the sentences of a paragraph (abbreviations such as "U.S." and "Dr." do not end one)."""
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        stop = m.start() + 1  # after the punctuation
        before = text[max(start, stop - 40):stop].rstrip("\"”’')]")  # (the last word is enough)
        last = before.rsplit(None, 1)[-1].lower().rstrip(".") if before.strip() else ""
        if last in ABBREVIATIONS or (len(last) == 1 and "a" <= last <= "z"):
            continue
        piece = text[start:stop].strip()
        if piece:
            out.append(piece)
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def _balanced(text: str) -> bool:
    body = re.sub(r"\\.", "", text)
    return body.count("`") % 2 == 0 and body.count("*") % 2 == 0 and body.count("[") == body.count("]")


def _size(text: str) -> int:
    return len(flat(text))


def _cut_clause(text: str, limit: int) -> str:
    """Return *text* up to its last clause boundary that keeps it within *limit* (or unchanged)."""
    cuts = [m.start() for m in _CLAUSE.finditer(text) if limit * 0.35 <= _size(text[:m.start()]) <= limit
            and not (m.group() == ": " and _NAMED_FIELD.search(text[:m.start()]) and text[m.end():][:1].islower())]
    while cuts and _DANGLING.search(text[:cuts[-1]].rstrip(" ,;:—–")):
        cuts.pop()
    return text[:cuts[-1]].rstrip(" ,;:—–") if cuts else text


def shorten(text: str, limit: int = SLIDE_LENGTH) -> str:
    """Return *text* cut to slide length at a clause boundary, or whole when it has none (see ``condense``)."""
    return condense(text, limit)[0]


def condense(text: str, limit: int = SLIDE_LENGTH) -> tuple[str, bool]:
    """Return *text* made fit for a slide, and whether it fits within *limit* characters.

    In order, while too long: connectives and the final stop go, parentheses and filler words go, a
    trailing clause goes (at "; ", " — ", ", which …"), an opening adverbial clause ("During his
    visit, …") goes. A bullet is never cut in the middle of a clause: a sentence that has no clause
    boundary to cut at is kept whole, and False says that a person should shorten it.
    """
    text = _CONNECTIVE.sub("", text.strip())
    label = _LABEL.match(text)
    if label and _size(label.group(1)) < limit / 2:
        head, body = label.group(1), label.group(2)
        rest, fits = condense(body, max(limit - _size(head) - 2, 40))
        return f"{head}: {rest}", fits
    text = text[:1].upper() + text[1:]
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1]
    whole = text
    if _size(text) > limit:
        text = _FILLER.sub("", re.sub(r"\s*\([^()]{0,80}\)", "", text)) or text
    if _size(text) > limit:
        text = _cut_clause(text, limit)
    opening = _OPENING.match(text)
    if _size(text) > limit and opening and len(text[opening.end():].split()) >= 6 and \
            not re.match(r"(which|who|whom|whose|where|when|that|and|but|or|so)\b", text[opening.end():]):
        rest = text[opening.end():]
        text = _cut_clause(rest[:1].upper() + rest[1:], limit)
    fits = _size(text) <= limit
    text = text if fits else whole  # no clause boundary to cut at: the sentence stays whole
    if not _balanced(text):
        text = escape(plain(text))
    return text, fits
