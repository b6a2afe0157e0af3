"""Summary bullets by extractive summarization: sentences scored with TextRank, no model, no network.

Each candidate is a sentence of a paragraph or the first sentence of a list item (the author's own
bullets count extra). Sentences are linked by the words they share (TextRank's overlap measure);
a sentence that opens its paragraph gets a bonus, lead-ins ending in ':' and very short sentences a
penalty. The best 2–5 become bullets, in source order, each shortened to slide length.
"""

from __future__ import annotations

import math
import re

from deckbuild.importer.blocks import ITEM, Block
from deckbuild.importer.kinds import Special, special_slide
from deckbuild.importer.sections import SUBHEADING, Part, Section
from deckbuild.importer.text import SLIDE_LENGTH, condense, content_words, flat, sentences, shorten, word_count
from deckbuild.records import field, record

MAX_RANKED = 40
"""Sections with more candidate sentences are first narrowed to this many (by closeness to the whole)."""
META = re.compile(r"\b(this|the following|the present) (article|paper|post|essay|piece|blog)\b", re.I)
"""Sentences about the article itself ("This article delves into …") make poor bullets."""


@record
class Candidate:
    text: str
    block: Block
    order: int
    words: frozenset
    item: bool = False
    opens: bool = False  # first sentence of its paragraph
    children: list[Block] = field(default_factory=list)
    score: float = 0.0


@record
class Point:
    """One bullet of the draft, with the source lines it came from."""

    text: str
    line: int
    end: int
    children: list["Point"] = field(default_factory=list)
    whole: bool = False  # too long for a slide, but it has no clause boundary to cut at: kept whole


@record
class SlideDraft:
    title: str
    points: list[Point]
    todos: list[str] = field(default_factory=list)
    special: Special | None = None  # a code, table or figure slide (then *points* is empty)
    notes: list[str] = field(default_factory=list)  # speaker notes that are no TODO


def summarize(section: Section) -> tuple[str, list[SlideDraft]]:
    """Return the summary paragraph of *section* and its slides: 2–5 bullets each, and code, tables, figures."""
    slides: list[SlideDraft] = []
    everything: list[Candidate] = []
    for part in section.parts:
        specials = [special_slide(b, part.title, section.doc) for b in part.blocks if b.special]
        text = _text_slide(section, part, everything, bool(specials))
        kinds = [SlideDraft(_special_title(x, part.title, specials), [], x.todos, x) for x in specials]
        if text is not None and kinds and len(text.points) == 1 and not text.points[0].children:
            kinds[0].notes.append(f"The source says: {text.points[0].text}")  # a lone lead-in or caption
            text = None
        slides += ([text] if text is not None else []) + kinds
    return summary(everything), slides


def _special_title(x: Special, title: str, specials: list[Special]) -> str:
    """Return the title of a code, table or figure slide: its caption, else its part's title."""
    caption = x.caption
    if caption:
        bare = re.sub(r"^(figure|fig\.|image|picture|illustration)\s*[\w.-]{0,8}\s*[:.–—-]\s+", "", caption,
                      flags=re.I)
        return shorten(bare[:1].upper() + bare[1:] if bare else caption, 80)
    n = sum(1 for y in specials[:specials.index(x)] if y.content.keys() == x.content.keys())
    return title if n == 0 else f"{title} ({n + 1})"


def _text_slide(section: Section, part: Part, everything: list[Candidate], specials: bool) -> SlideDraft | None:
    """Return the bullets slide for the text of *part* (None when it has no text, or only a lead-in)."""
    cands = candidates(part)
    rank(cands)
    everything += cands if not everything or part is section.parts[0] else []
    if cands and all(_lead_in(c) for c in cands) and not specials:
        section.todos.append(f"the text under '{part.title}' only introduces what follows "
                             f"('…{flat(cands[-1].text)[-40:]}'): the next sections may belong under it")
        return None
    points = [_point(c) for c in choose(cands)]
    if not points:
        return None
    todos = [] if len(points) > 1 else ["only one point was found here: add one, or merge this slide with its "
                                        "neighbour"]
    todos += [f"the bullet from {section.doc.where(p.line, p.end)} is kept whole ({len(flat(p.text))} "
              "characters): it has no clause boundary to cut at; shorten it by hand" for p in _points(points)
              if p.whole]
    return SlideDraft(part.title, points, todos)


def candidates(part: Part) -> list[Candidate]:
    """Return the sentences of *part* that could become bullets, in source order."""
    out: list[Candidate] = []
    blocks = part.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        i += 1
        if block.special:
            continue
        texts = sentences(block.text)
        if not texts:
            continue
        if block.kind == ITEM:
            children = []
            while i < len(blocks) and blocks[i].kind == ITEM and blocks[i].level > block.level:
                children.append(blocks[i])
                i += 1
            out.append(Candidate(texts[0], block, len(out), frozenset(content_words(block.text)), item=True,
                                 opens=True, children=children))
            continue
        for n, text in enumerate(texts):
            out.append(Candidate(text, block, len(out), frozenset(content_words(text)), opens=n == 0))
    return out


def rank(cands: list[Candidate]) -> None:
    """Score *cands* in place: TextRank centrality times position and shape factors."""
    if not cands:
        return
    pool = cands if len(cands) <= MAX_RANKED else _narrow(cands)
    centrality = textrank([c.words for c in pool])
    for c, value in zip(pool, centrality):
        c.score = value * _shape(c)
    first = min(cands, key=lambda c: c.order)
    first.score *= 1.15


def _shape(c: Candidate) -> float:
    bare = flat(c.text).rstrip()
    n = word_count(bare)
    factor = 1.5 if c.item else 1.0
    factor *= 1.25 if c.opens else 1.0
    factor *= 0.3 if n < 6 else 0.7 if n < 9 else 0.8 if n > 45 else 1.0
    if bare.endswith((":", "?")):
        factor *= 0.1
    if META.search(bare):
        factor *= 0.3
    return factor * (1.1 if len(bare) <= SLIDE_LENGTH else 1.0)


def _narrow(cands: list[Candidate]) -> list[Candidate]:
    counts: dict[str, int] = {}
    for c in cands:
        for w in c.words:
            counts[w] = counts.get(w, 0) + 1
    scored = sorted(cands, key=lambda c: -sum(counts[w] for w in c.words) / (1 + len(c.words)) ** 0.5)
    return sorted(scored[:MAX_RANKED], key=lambda c: c.order)


def textrank(sets: list[frozenset], damping: float = 0.85, rounds: int = 40) -> list[float]:
    """Return the TextRank centrality of each word set (links weighted by shared words)."""
    n = len(sets)
    if n == 1:
        return [1.0]
    try:
        import numpy
    except ImportError:  # (numpy comes with the import extra; without it the same sums are made in Python)
        numpy = None
    if numpy is not None and n > 12:  # (small graphs are quicker in plain Python)
        return _textrank_arrays(numpy, sets, damping, rounds)
    links: list[list[tuple[int, float]]] = [[] for _ in range(n)]
    for i in range(n):
        a = sets[i]
        for j in range(i + 1, n):
            shared = len(a & sets[j])
            if shared:
                w = shared / (math.log(len(a) + 1) + math.log(len(sets[j]) + 1))
                links[i].append((j, w))
                links[j].append((i, w))
    totals = [sum(w for _, w in row) or 1.0 for row in links]
    norm = [[(j, damping * w / totals[j]) for j, w in row] for row in links]  # each link's share, damped
    base = (1 - damping) / n
    score = [1.0 / n] * n
    for _ in range(rounds):
        new = [base + sum(score[j] * w for j, w in row) for row in norm]
        done = max(abs(x - y) for x, y in zip(new, score)) < 1e-4 / n  # the order is settled long before
        score = new
        if done:
            break
    return score


def _textrank_arrays(np, sets: list[frozenset], damping: float, rounds: int) -> list[float]:
    """Return what ``textrank`` returns, computed with numpy arrays (the same links, weights and rounds)."""
    n = len(sets)
    vocab: dict = {}
    cols = [vocab.setdefault(w, len(vocab)) for words in sets for w in words]
    rows = np.repeat(np.arange(n), [len(words) for words in sets])
    incidence = np.zeros((n, max(len(vocab), 1)))
    incidence[rows, cols] = 1.0
    shared = incidence @ incidence.T
    np.fill_diagonal(shared, 0.0)
    logs = np.log(np.array([len(s) for s in sets], dtype=float) + 1.0)
    weights = np.where(shared > 0, shared / np.maximum(logs[:, None] + logs[None, :], 1e-12), 0.0)
    totals = weights.sum(axis=0)
    totals[totals == 0] = 1.0
    norm = damping * weights / totals[None, :]  # column j: each link's share of j's total, damped
    base = (1 - damping) / n
    score = np.full(n, 1.0 / n)
    for _ in range(rounds):
        new = base + norm @ score
        done = float(np.max(np.abs(new - score))) < 1e-4 / n
        score = new
        if done:
            break
    return [float(x) for x in score]


def choose(cands: list[Candidate]) -> list[Candidate]:
    """Return the 2–5 best candidates (all the author's list items when there are at most 5), in order."""
    usable = [c for c in cands if not flat(c.text).rstrip().endswith(":")] or cands
    items = sum(1 for c in usable if c.item)
    n = len(usable)
    k = min(5, max(2 if n <= 4 else 3 if n <= 8 else 4 if n <= 14 else 5, items), n)
    headed = [c for c in usable if c.block.mark == SUBHEADING][:5]  # the author's own sub-headings stay
    k = max(k, len(headed))
    chosen: list[Candidate] = list(headed)
    for c in sorted(usable, key=lambda c: (-c.score, c.order)):
        if c in headed:
            continue
        if len(chosen) == k:
            break
        if any(_similar(c.words, d.words) for d in chosen):
            continue
        chosen.append(c)
    return sorted(chosen, key=lambda c: c.order)


def _lead_in(c: Candidate) -> bool:
    return flat(c.text).rstrip().endswith(":") or (word_count(c.text) < 12 and c.block.text.rstrip().endswith(":"))


def _similar(a: frozenset, b: frozenset) -> bool:
    return bool(a and b) and len(a & b) / len(a | b) >= 0.6


def _point(c: Candidate) -> Point:
    children = []
    for b in c.children[:3]:
        text, fits = condense(sentences(b.text)[0] if sentences(b.text) else b.text)
        children.append(Point(text, b.line, b.end, whole=not fits))
    text, fits = condense(c.text)
    return Point(text, c.block.line, c.block.end, children, whole=not fits)


def _points(points: list[Point]) -> list[Point]:
    """Return *points* and their children, depth first."""
    return [q for p in points for q in [p, *_points(p.children)]]


def summary(cands: list[Candidate], max_words: int = 70) -> str:
    """Return the section in a few words: its two best sentences, in source order."""
    prose = [c for c in cands if not flat(c.text).rstrip().endswith((":", "?"))] or cands
    best = sorted(sorted(prose, key=lambda c: -c.score)[:2], key=lambda c: (c.block.line, c.order))
    out: list[str] = []
    for c in best:
        if out and word_count(" ".join(out + [c.text])) > max_words:
            break
        out.append(shorten(c.text, 600) if len(c.text) > 600 else c.text)
    return " ".join(out)
