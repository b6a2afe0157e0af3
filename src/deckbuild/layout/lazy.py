"""A slide's boxes made when first used: a slide kept by the layout cache is read back only when a painter
needs its boxes (an edit paints most slides of the deck from the painters' own caches, by key).

``SlidePage.boxes`` is a ``Boxes`` for every slide laid out with a layout cache (read back or laid out now),
else a tuple. A ``Boxes`` is a sequence like the tuple it stands for (iterating, indexing, ``len``, equality
with it); it also tells, without making them:

- ``key``: the hex digest of everything the boxes are made from (the slide's text and place in its section
  file, the cache's salt: style, fonts, template and code; the slide's number, the slide count and the deck's
  facts the footer prints; the bytes of the pictures it shows). Equal keys mean equal boxes showing the same
  pictures: a painter may key what it keeps by it instead of walking the boxes.
- ``charts``: how many of them are ``ChartBox``es.
"""

from __future__ import annotations

from collections.abc import Sequence


class Boxes(Sequence):
    """The boxes of one slide, made by *make* on first use (or given as *boxes*), with their *key*."""

    __slots__ = ("key", "charts", "_make", "_boxes")

    def __init__(self, key: str, charts: int, make=None, boxes: tuple | None = None):
        self.key, self.charts = key, charts
        self._make, self._boxes = make, boxes

    @property
    def made(self) -> bool:
        """Return True when the boxes have been made (read back or laid out)."""
        return self._boxes is not None

    def boxes(self) -> tuple:
        """Return the boxes as a tuple, making them first when they are not yet."""
        if self._boxes is None:
            self._boxes = tuple(self._make())
            self._make = None
        return self._boxes

    def __len__(self) -> int:
        return len(self.boxes())

    def __getitem__(self, index):
        return self.boxes()[index]

    def __iter__(self):
        return iter(self.boxes())

    def __eq__(self, other) -> bool:
        if isinstance(other, Boxes):
            return self.key == other.key or self.boxes() == other.boxes()
        return isinstance(other, (tuple, list)) and self.boxes() == tuple(other)

    def __hash__(self) -> int:
        return hash(self.boxes())

    def __repr__(self) -> str:
        return f"Boxes({(self.key or '')[:12]}, {self.boxes()!r})"  # key None: read back from the layout cache
