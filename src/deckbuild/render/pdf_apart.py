"""The handout's last pages painted in a forked process while this one paints the first: the fonts are seeded
(render/pdf_seed.py), so a page's drawing does not depend on the pages before it, and each page painted apart
comes back as the page cache keeps it (render/pdf_pages.py: content stream, codes, font names, PDF version,
structure elements), replayed here in order. The bytes are the same whether pages are painted apart or not:

- a page the child could not keep (pictures, links, untracked text: the page cache's rules), or whose entry
  does not fit when replayed, is painted here;
- the child stops at the first page that assigned a code the seed did not give, or named a font: this
  process paints that page and every one after it.

Pages are painted apart only when the handout has FORK_FROM_PAGES pages or more, few of them are kept from the
last build (an edit replays them faster than a fork pays) and a processor is idle (fork.idle_core).
"""

from __future__ import annotations

import os

FORK_FROM_PAGES = 64  # bench decks painted in one process (medians of 5): 41 pages 0.076 s apart, 0.072 s not;
# 68 pages 0.119 s apart, 0.130 s not
FORCE: bool | None = None  # True: always paint apart, False: never (tests); None: as the machine allows


def split_at(count: int) -> int:
    """Return the first page painted apart of a handout of *count* pages."""
    return count // 2


class Apart:
    """The entries of pages [first, …) painted by a forked child, asked for in page order."""

    def __init__(self, first: int, result):
        self.first, self._result = first, result
        self._entries: tuple | None = None

    def entry(self, index: int) -> bytes | None:
        """Return the entry the child made of page *index* (None: none, the page is painted here); the first
        ask for a page of the child's waits for it."""
        if index < self.first:
            return None
        if self._entries is None:
            self._entries, self._result = self._result(), None
            if not isinstance(self._entries, tuple):
                self._entries = ()
        at = index - self.first
        return self._entries[at] or None if at < len(self._entries) else None

    def close(self) -> None:
        """Wait for the child when its entries were never asked for (a failure while painting)."""
        if self._result is not None:
            self._result(wanted=False)
            self._result = None


def wanted(pages: list, keys: list, cache) -> bool:
    """Return True when the pages after ``split_at`` are to be painted apart (``FORCE``, else the module's rule)."""
    if FORCE is not None:
        return FORCE and hasattr(os, "fork") and len(pages) > 1
    if len(pages) < FORK_FROM_PAGES or not hasattr(os, "fork"):
        return False
    if sum(1 for key in keys if key is not None and key in cache.reuse) * 2 > len(pages):
        return False  # an edit: most pages are replayed
    from deckbuild.fork import idle_core

    return idle_core()


def paint_apart(c, painter, cache, pages: list, keys: list, paint_page) -> Apart | None:
    """Return the pages after ``split_at`` of *pages* being painted by a forked child on (its copy of) canvas
    *c* with *paint_page* (render/handout_pdf.py's), from the state the fonts were seeded to; None when they
    are painted here (``wanted``)."""
    if not wanted(pages, keys, cache):
        return None
    from deckbuild.fork import started

    first = split_at(len(pages))
    held = [pages[first:]]  # the child's: this process drops them as it paints them
    parent = os.getpid()

    def in_child() -> tuple[bytes, ...]:
        if os.getpid() == parent:  # the child failed: every page is painted here
            return ()
        return _paint(c, painter, cache, held[0], keys[first:], first, paint_page)

    result = started(in_child)
    held.clear()
    return Apart(first, result)


def _paint(c, painter, cache, pages: list, keys: list, first: int, paint_page) -> tuple[bytes, ...]:
    """Return the entries of *pages* (the handout's from page *first* on) painted on *c* (b"": one not kept),
    up to the first that changed the fonts' seeded state."""
    painter.page = first  # (start_page counts on from it)
    before = _state(c)
    out = []
    for i, page in enumerate(pages):
        key = keys[i] if keys[i] is not None else f"#{first + i}"
        paint_page(c, painter, cache, page, key, True, outline=False)
        if _state(c) != before:
            break
        out.append(cache.kept.get(key, b""))
    return tuple(out)


def _state(c) -> tuple:
    """Return what the fonts of *c*'s document hold: each TrueType font's next code, count of codes and
    internal name, and how many fonts the document names."""
    from reportlab.pdfbase import pdfmetrics

    doc = c._doc
    fonts = []
    for name, font in sorted(pdfmetrics._fonts.items()):
        states = getattr(font, "state", None)  # a TrueType font's: by document (a WeakKeyDictionary)
        state = states.get(doc) if hasattr(states, "get") else None
        if state is not None:
            fonts.append((name, state.nextCode, len(state.assignments), state.internalName))
    return len(doc.fontMapping), tuple(fonts)
