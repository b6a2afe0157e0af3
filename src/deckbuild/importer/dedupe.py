"""Near-duplicate documents and sections (5-word shingles), and sections on the same topic.

Similarity is measured after boilerplate removal: Jaccard of the shingle sets, and containment
(the share of the smaller set found in the larger), so that a short copy inside a longer document
is caught too. Candidate pairs come from a bottom-k sketch looked up in an index of every shingle,
so a hundred documents are compared without comparing every pair in full.
"""

from __future__ import annotations

import re
import zlib
from array import array
from bisect import bisect_right
from collections import Counter

from deckbuild.importer.sections import LOST, Section
from deckbuild.importer.text import content_words, words
from deckbuild.records import record

SHINGLE = 5
SKETCH = 64
SAMPLE_MARGIN = 0.25
"""How far below the threshold a pair's sampled containment may fall and still be compared in full."""
COMMON = 8
"""A sketch value held by more sets than this pairs only neighbouring sets: the work stays linear in the
number of sets (a bound that grows with them made 16,000 sections take minutes)."""
DOC_JACCARD, DOC_CONTAINED = 0.8, 0.9
"""Documents this similar (either measure) are near-duplicates: the smaller one is merged."""
SECTION_CONTAINED = 0.8
"""A section of another document whose shingles are this much inside a section is merged into it."""
NEAR_SIZE = 0.05
"""Near-duplicates whose sizes differ by less than this share: the document named first is kept."""
MATCH = 0.5
"""A near-duplicate document's section joins the kept document's section it overlaps this much."""
TOPIC_JACCARD = 0.5
"""Headings share a topic when at least this share of their telling words (not generic, not the shared
subject) is common to both: "Historical Context" and "Historical Overview" do, "The `String` Type" and
"The Slice Type" (one word of three) do not. tests/importer/test_import_dedupe.py checks labelled pairs."""
GENERIC = frozenset("introduction conclusion overview summary background todo title heading lost before line "
                    "conclusions final thoughts key takeaway".split())


def shingles(text: str) -> frozenset[int]:
    """Return the hashed 5-word shingles of *text* (the whole text when it is shorter).

    Each word is a number (its CRC-32); a shingle is the hash of five such numbers, which Python
    computes the same in every run (only the hashes of strings vary between runs).
    """
    return word_shingles(words(text))


def word_shingles(w: list[str]) -> frozenset[int]:
    """Return the hashed 5-word shingles of the word list *w* (see ``shingles``)."""
    if len(w) < SHINGLE:
        return frozenset([zlib.crc32(" ".join(w).encode())]) if w else frozenset()
    ids = _WORD_IDS
    if len(ids) < 2_000_000:  # (a bounded memo: real text has far fewer distinct words)
        for x in set(w).difference(ids):
            ids[x] = zlib.crc32(x.encode())
        n = list(map(ids.__getitem__, w))
    else:
        n = [ids.get(x) or zlib.crc32(x.encode()) for x in w]
    return frozenset(map(hash, zip(n, n[1:], n[2:], n[3:], n[4:])))


_WORD_IDS: dict[str, int] = {}


def packed(s: frozenset[int]) -> array:
    """Return the shingle set *s* as its values in ascending order, 8 bytes each (a tenth of a set's memory).

    The first SKETCH values are its bottom-k sketch; ``frozenset`` of it gives the set back.
    """
    return array("q", sorted(s))


def similar_pairs(sets: list[frozenset], min_contained: float) -> list[tuple[int, int, float, float]]:
    """Return (i, j, jaccard, containment) for the pairs i < j whose containment is at least *min_contained*."""
    return similar_packed([packed(s) for s in sets], min_contained)


def similar_packed(sets: list[array], min_contained: float) -> list[tuple[int, int, float, float]]:
    """Return what ``similar_pairs`` returns, for sets given as ``packed`` arrays.

    Only pairs whose bottom-k sketches share two values are compared in full: when one set is inside
    another, the larger set's smallest values that the smaller one holds are among the smaller's
    smallest too, so such pairs share sketch values unless the smaller set is tiny beside the larger.
    A sketch value found in many sets (a stock phrase, or many copies) pairs only neighbouring sets,
    which keeps the work linear and still chains copies together.
    """
    common = COMMON  # a shingle in more sets than this is likely a stock phrase
    index: dict[int, list[int]] = {}
    for i, values in enumerate(sets):
        for h in values[:SKETCH]:
            index.setdefault(h, []).append(i)
    pairs: Counter = Counter()
    for members in index.values():
        if len(members) > common:  # many sets share it: pair neighbours only (copies still chain up)
            pairs.update(zip(members, members[1:]))
        elif len(members) > 1:
            pairs.update((a, b) for n, a in enumerate(members) for b in members[n + 1:])
    found = []
    for i, j in sorted(p for p, n in pairs.items() if n >= min(2, len(sets[p[0]]), len(sets[p[1]]))):
        small, big = (i, sets[j]) if len(sets[i]) <= len(sets[j]) else (j, sets[i])
        sample = sets[small][:SKETCH]  # the smaller set's sketch is a sample of it: how much of it is in the other?
        held = len(set(sample).intersection(big[:bisect_right(big, sample[-1])])) if sample else 0
        if held < (min_contained - SAMPLE_MARGIN) * len(sample):
            continue  # (four standard errors below the threshold at 64 values: no pair that passes is lost)
        a, b = frozenset(sets[i]), frozenset(sets[j])
        shared = len(a & b)
        if shared >= min_contained * min(len(a), len(b)):
            found.append((i, j, shared / (len(a) + len(b) - shared), shared / min(len(a), len(b))))
    return found


def section_shingles(section: Section) -> array:
    """Return the ``packed`` shingles of *section*'s text (computed once, dropped by ``merge_sections``)."""
    if section.shingles is None:
        section.shingles = packed(word_shingles(words(section.text())))
    return section.shingles


def document_shingles(sections: list[Section]) -> array:
    """Return the ``packed`` shingles of a document as one text, "title text title text …", and set its sections'.

    Each section's words are found once for both (``merge_documents`` then ``merge_sections`` use them).
    """
    all_words: list[str] = []
    for s in sections:
        w = words(s.text())
        if s.shingles is None:
            s.shingles = packed(word_shingles(w))
        all_words += ([] if s.lost else words(s.title)) + w
    return packed(word_shingles(all_words))


@record
class Duplicate:
    """A document that repeats another: its sections are merged into the other's."""

    dup: str
    kept: str
    percent: int
    contained: bool  # found by containment (a shorter copy inside a longer document)

    def line(self) -> str:
        how = "is contained in" if self.contained else "repeats"
        return f"{self.dup} {how} {self.kept} at {self.percent}%"


def merge_documents(sections: dict[str, list[Section]], report: list[str],
                    known: dict[str, array] | None = None) -> list[Duplicate]:
    """Find near-duplicate documents and merge each one's sections into those of the document it repeats.

    *known* holds the documents' shingles when they were found already (``document_shingles``).
    """
    sids = list(sections)
    sets = [(known or {}).get(sid) or document_shingles(sections[sid]) for sid in sids]
    size = [len(x) for x in sets]
    pairs = similar_packed(sets, min(DOC_JACCARD, DOC_CONTAINED))
    del sets
    dups: list[Duplicate] = []
    merged_into: dict[str, str] = {}
    for i, j, jac, con in sorted(pairs, key=lambda p: -p[2]):  # (all sets are compared before any merge)
        if jac < DOC_JACCARD and con < DOC_CONTAINED:
            continue
        small, big = (j, i) if size[j] * (1 + NEAR_SIZE) < size[i] else (i, j) \
            if size[i] * (1 + NEAR_SIZE) < size[j] else (j, i)  # near the same size: keep the first
        dup, kept = sids[small], sids[big]
        while kept in merged_into:
            kept = merged_into[kept]
        if dup in merged_into or dup == kept:
            continue
        merged_into[dup] = kept
        found = Duplicate(dup, kept, round(100 * (jac if jac >= DOC_JACCARD else con)), jac < DOC_JACCARD)
        dups.append(found)
        report.append(f"{found.line()}: its sections are merged into {kept}'s")
        sections[dup] = _merge_into(sections[dup], sections[kept])
    return dups


def _merge_into(extra: list[Section], into: list[Section]) -> list[Section]:
    """Merge each section of *extra* into the section of *into* it overlaps most; return those left over."""
    sets = [frozenset(section_shingles(s)) for s in into]
    left: list[Section] = []
    for section in extra:
        mine = frozenset(section_shingles(section))
        best, score = None, 0.0
        for target, theirs in zip(into, sets):
            if mine and theirs:
                value = len(mine & theirs) / min(len(mine), len(theirs))
                if value > score:
                    best, score = target, value
        if best is None or score < MATCH:
            left.append(section)
        else:
            absorb(best, section, round(100 * score))
    return left


def absorb(target: Section, other: Section, percent: int) -> None:
    """Record that *other* repeats *target* (sources, a comment, and the title when *target* lost its own)."""
    where = other.doc.where(other.line, other.end)
    target.sources += [s for s in other.sources if s not in target.sources]
    target.comments.append(f"{where} ('{other.title}') repeat this section at {percent}%: merged here")
    if target.lost and not other.lost:
        lost_title = target.title
        target.title, target.lost = other.title, False
        target.parts[0].title = other.title if target.parts[0].title == lost_title else target.parts[0].title
        target.todos = [t for t in target.todos if "heading seems lost" not in t]
        target.comments.append(f"title taken from {other.doc.sid} line {other.line}, where the heading survived")


def merge_sections(ordered: list[Section], report: list[str]) -> list[Section]:
    """Merge sections that repeat a section of another document; return the sections that remain."""
    size = [len(section_shingles(s)) for s in ordered]
    pairs = similar_packed([section_shingles(s) for s in ordered], SECTION_CONTAINED)
    for s in ordered:
        s.shingles = None  # (compared: not needed any more)
    gone: set[int] = set()
    for i, j, _jac, con in pairs:
        a, b = ordered[i], ordered[j]
        if a.doc is b.doc or i in gone or j in gone or min(size[i], size[j]) < 8:
            continue
        small, big = (j, i) if size[j] <= size[i] else (i, j)
        absorb(ordered[big], ordered[small], round(100 * con))
        gone.add(small)
        report.append(f"{ordered[small].doc.sid} '{ordered[small].title}' repeats {ordered[big].doc.sid} "
                      f"'{ordered[big].title}' at {round(100 * con)}%: merged")
    return [s for n, s in enumerate(ordered) if n not in gone]


def topic_overlap(a: frozenset, b: frozenset) -> float:
    """Return the share of the telling words of two headings that both have (Jaccard)."""
    return len(a & b) / len(a | b) if a and b else 0.0


def topic_groups(ordered: list[Section], titles: list[str]) -> list[list[Section]]:
    """Return groups of sections from different documents whose headings name the same topic.

    Words found in most document titles (the shared subject, say "Russia", "Korea") and generic
    headings ("Introduction", "Conclusion") do not count.
    """
    common = {w for w in {w for t in titles for w in content_words(t)}
              if sum(w in content_words(t) for t in titles) * 2 >= len(titles) > 1}
    keys = [frozenset(w for w in content_words(s.title) if w not in common and w not in GENERIC
                      and not re.fullmatch(r"\d+", w)) for s in ordered]
    parent = list(range(len(ordered)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_word: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        for w in key:
            by_word.setdefault(w, []).append(i)
    for members in by_word.values():
        for n, i in enumerate(members):
            for j in members[n + 1:n + 50]:
                if ordered[i].doc is not ordered[j].doc and topic_overlap(keys[i], keys[j]) >= TOPIC_JACCARD:
                    parent[root(j)] = root(i)
    groups: dict[int, list[Section]] = {}
    for i, s in enumerate(ordered):
        groups.setdefault(root(i), []).append(s)
    return [g for g in groups.values() if len({s.doc.sid for s in g}) > 1 and not any(LOST in s.title for s in g)]
