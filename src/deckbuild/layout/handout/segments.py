"""Runs of handout pages kept between builds: an edit lays out again the pages its changed slides are on, and
takes the other pages as the last build left them, by key, without placing their slides.

A handout's slides follow one another down its pages; a slide that begins a page (its miniature at the top of
an empty page) starts a *segment*: the pages from there to the one before the next slide that begins a page.
What is on a segment's pages depends only on its slides and the page it starts on. The handout memo
(layout/handout_memo.py) keeps, for each segment of the last build, the key of each of its slides
(``slide_key``: everything the layouts read of a slide), the key of the slide after it (which decides that it
begins a page), its first page's number, and each page's key (page_keys.py) and bookmarks, with the contents
entries of its section slides. A later build placing its slides (``place_slides``) takes a segment whole
when it reaches its first slide at the top of the same page and the slides are the same, through the next.

A page taken so is a ``HandoutPage`` with its kept key and bookmarks; its boxes (``lazy.Boxes``) are made
only when asked for (a painter that cannot replay the page), by placing the segment's slides again on pages
of their own. The pages' keys hold the page count ("Page 3 of 40"): a build whose page count differs from
the last one's lays its handout out again without taking any segment. The kept pages are salted with what
else is on every page (the memo's salt, the layout, the deck's title in the running head, the page size).
"""

from __future__ import annotations

import hashlib
import json

from deckbuild.layout.lazy import Boxes

FORMAT = "deckbuild-handout-pages"
VERSION = 1
FILE = "pages"  # in the memo's folder (never one of the names the memo cleans up)
MAX_BYTES = 64 << 20


class Segment:
    """Pages kept from the last build: from page *start* (counted from the first page after the cover), the
    pages of slides with *keys*, up to the slide keyed *next*; each page's (key, bookmarks); the contents
    entries (title, slide number, page) of its section slides."""

    __slots__ = ("start", "keys", "next", "pages", "sections")

    def __init__(self, start: int, keys: list, next_key: str, pages: list, sections: list):
        self.start, self.keys, self.next, self.pages, self.sections = start, keys, next_key, pages, sections

    def fits(self, start: int, keys, first: int, count: int) -> bool:
        """Return True when slides *first*… (their keys: ``keys(i)``, *count* slides) are this segment's and the
        one after it is its next, from page *start*."""
        end = first + len(self.keys)
        if start != self.start or end >= count:
            return False
        return all(keys(first + j) == key for j, key in enumerate(self.keys)) and keys(end) == self.next

    def value(self) -> list:
        return [self.start, self.keys, self.next, self.pages, self.sections]


def slide_key(slide, underlays: dict) -> str | None:
    """Return the key of what a handout layout reads of *slide* (None: its boxes have no key)."""
    boxes = slide.boxes
    if not isinstance(boxes, Boxes) or boxes.key is None:
        return None
    underlay = underlays.get(id(slide.underlay))
    if underlay is None or underlay[1] is not slide.underlay:
        underlay = underlays[id(slide.underlay)] = (repr(slide.underlay), slide.underlay)
    return hashlib.sha256(repr((boxes.key, slide.number, slide.kind, slide.title, slide.width, slide.height,
                                slide.background, slide.own_background, slide.notes, slide.details, slide.section,
                                slide.continued, slide.sources, slide.media, slide.extra, slide.lang,
                                underlay[0])).encode()).hexdigest()[:32]


class Segments:
    """The segments the last build kept (*old*, by the key of their first slide, for a handout of *total*
    pages) and those this build makes."""

    def __init__(self, salt: str, old: list[Segment], total: int, read: bytes | None = None):
        self.salt, self.total, self.read = salt, total, read  # read: the body of the file they came from
        self.old = {seg.keys[0]: seg for seg in old}
        self.taken = False  # a kept segment was placed (its pages' keys assume *total* pages)
        self.made: list | None = None  # this build's: (salt, total, segments), once its pages have keys
        self.starts: list[tuple[int, int, int]] = []  # (slide index, page, contents entries) of each start

    def encoded(self) -> bytes | None:
        """Return this build's segments as the memo's file holds them (None: none were made, or the file
        holds them already)."""
        from deckbuild.cache import seal

        if self.made is None:
            return None
        salt, total, segments = self.made
        body = json.dumps([salt, total, [seg.value() for seg in segments]], separators=(",", ":"),
                          ensure_ascii=False, allow_nan=False).encode("utf-8")
        return None if body == self.read else seal(body, FORMAT, VERSION)


def read_segments(path, salt: str) -> Segments:
    """Return the segments kept in the memo's file *path* for *salt* (none when it is missing, damaged, not
    signed with this user's key, or of another salt)."""
    from deckbuild.cache import unseal

    body = unseal(path, FORMAT, VERSION, MAX_BYTES) if path is not None else None
    try:
        data = json.loads(body, parse_constant=_refuse) if body is not None else None
        if type(data) is list and len(data) == 3 and data[0] == salt and type(data[1]) is int:
            return Segments(salt, [_segment(item) for item in data[2]], data[1], body)
    except (ValueError, TypeError, RecursionError):
        pass
    return Segments(salt, [], 0)


def _refuse(word: str):
    raise ValueError(f"{word} is not a number a build writes")


def _segment(item) -> Segment:
    """Return the segment *item* holds, or raise ValueError when it is not one a build writes."""
    start, keys, next_key, pages, sections = item
    if not (type(start) is int and start > 0 and type(keys) is list and keys and type(next_key) is str
            and all(type(k) is str for k in keys) and type(pages) is list and pages and type(sections) is list):
        raise ValueError("not a kept segment")
    for page in pages:
        key, marks = page
        if type(key) is not str:
            raise ValueError("not a kept page")
        for title, level, y in marks:
            if not (type(title) is str and type(level) is int and type(y) in (int, float)):
                raise ValueError("not a bookmark")
    for title, number, page in sections:
        if not (type(title) is str and type(number) is int and type(page) is int):
            raise ValueError("not a contents entry")
    return Segment(start, keys, next_key, [(k, tuple(tuple(m) for m in marks)) for k, marks in pages],
                   [tuple(entry) for entry in sections])


class KeptPage:
    """A page of *segment* taken whole: its *index* there."""

    __slots__ = ("segment", "index", "first")

    def __init__(self, segment: Segment, index: int, first: int):
        self.segment, self.index, self.first = segment, index, first  # first: the segment's first slide


def place_slides(composer, pb, slides: list, place) -> None:
    """Place *slides* on *pb* one after another with ``place(pb, slide)``, taking the segments the memo kept
    (``composer.segments``, a Segments; None: place every slide) where their slides are the same."""
    kept = composer.segments
    if kept is None:
        for slide in slides:
            place(pb, slide)
        return
    underlays: dict = {}
    known: dict[int, str | None] = {}

    def keys(i: int) -> str | None:
        if i not in known:
            known[i] = slide_key(slides[i], underlays)
        return known[i]

    composer.placing = (slides, place, keys)  # for the pages made again (HandoutComposer.relaid)
    count, i = len(slides), 0
    while i < count:
        if not pb.pages[-1] and not pb.marks[-1] and pb.y <= pb.top + 1:  # a fresh page: a segment may start here
            seg = kept.old.get(keys(i))
            if seg is not None and seg.fits(pb.number, keys, i, count):
                del pb.pages[-1], pb.marks[-1]
                i = _take(composer, pb, slides, i, seg)
                continue
        page, boxes, marks, sections = pb.number, len(pb.pages[-1]), len(pb.marks[-1]), len(composer.sections)
        fresh = not boxes and not marks and pb.y <= pb.top + 1
        place(pb, slides[i])
        if not fresh and pb.number > page and len(pb.pages[page - 1]) == boxes and len(pb.marks[page - 1]) == marks:
            page, fresh = page + 1, True  # it began a new page (put nothing on the one before)
            seg = kept.old.get(keys(i))
            if seg is not None and seg.fits(page, keys, i, count):  # placed as it was kept: take the kept pages
                del pb.pages[page - 1:], pb.marks[page - 1:], composer.sections[sections:]
                i = _take(composer, pb, slides, i, seg)
                continue
        if fresh:
            kept.starts.append((i, page, sections))
        i += 1


def _take(composer, pb, slides: list, first: int, seg: Segment) -> int:
    """Put the pages of *seg* (its slides from *first*) on *pb*, then a new page; return the next slide's index."""
    kept = composer.segments
    kept.taken = True
    kept.starts.append((first, pb.number + 1, len(composer.sections)))
    for index, (_, marks) in enumerate(seg.pages):
        pb.pages.append(KeptPage(seg, index, first))
        pb.marks.append(list(marks))
    composer.sections += seg.sections
    if composer.memo is not None:
        for slide in slides[first:first + len(seg.keys)]:
            composer.memo.carry(composer, slide)
    pb.new_page()
    return first + len(seg.keys)


def record_segments(kept: Segments, keys, count: int, page_keys: dict[int, str | None], marks: list, sections: list,
              salt: str, total: int) -> None:
    """Set ``kept.made``: a segment between each two starts of ``kept.starts`` (slide keys: ``keys(i)``, of
    *count* slides) whose slides and pages have keys (*page_keys*: page number → key; *marks*: each page's
    bookmarks; *sections*: the contents entries). What follows the last start is not kept: the sources may
    share its last page."""
    out = []
    starts = kept.starts
    for (first, page, entries), (after, next_page, next_entries) in zip(starts, starts[1:]):
        if not (first < after < count and page < next_page):
            continue
        slide_keys = [keys(j) for j in range(first, after)]
        pages = [(page_keys.get(n), [list(m) for m in marks[n - 1]]) for n in range(page, next_page)]
        if None in slide_keys or keys(after) is None or any(key is None for key, _ in pages):
            continue
        out.append(Segment(page, slide_keys, keys(after), pages, [list(e) for e in sections[entries:next_entries]]))
    kept.made = (salt, total, out)
