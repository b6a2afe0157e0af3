"""Bullets beside a slide's main content (code or formulas): the bullets on the left, shrunk and packed
like any bullets, and the lane on the right where the content goes, on each part of a split slide."""

from __future__ import annotations

from dataclasses import dataclass

from deckbuild.layout.basic import grouped, pack, report_fit
from deckbuild.layout.common import Pages, SlideLayout, choose_size, size_steps
from deckbuild.layout.text import stack
from deckbuild.model import Slide

GAP = 24.0


@dataclass(frozen=True)
class Lane:
    x: float
    y: float
    w: float
    h: float


class Beside:
    """The bullets of *slide* in a lane *share* of the content width, and the content lane beside it.

    With a template layout of two content placeholders, their geometry is used instead.
    """

    def __init__(self, L: SlideLayout, slide: Slide, pages: Pages, share: float):
        self.pages, self.share = pages, share
        self.has = bool(slide.bullets)
        self.parts_list: list[list] = []
        if not self.has:
            return
        width = self._lanes(0)[0].w
        groups = grouped(lambda size: L.bullet_paragraphs(slide.bullets, size, width))

        def parts_at(size: float) -> int:
            n = len(pack(groups(size), pages.height(1))[0])
            return n if n == 1 else len(pack(groups(size), pages.height(n))[0])

        sz = L.sizes
        chosen = choose_size(size_steps(sz.body, sz.min_body, 1), parts_at)
        self.parts_list, broken = pack(groups(chosen), pages.height(parts_at(chosen)))
        report_fit(L, slide, "bullets", len(slide.bullets), chosen, sz.body, len(self.parts_list), broken)

    @property
    def parts(self) -> int:
        """Return how many slides the bullets need (1 without bullets)."""
        return max(len(self.parts_list), 1)

    def _lanes(self, k: int) -> tuple[Lane, Lane]:
        c = self.pages.chrome(k)
        if len(c.bodies) >= 2:
            a, b = c.bodies[0], c.bodies[1]
            return Lane(a.x, c.y, a.w, c.h), Lane(b.x, c.y, b.w, c.h)
        left = round(c.w * self.share, 2)
        return Lane(c.x, c.y, left, c.h), Lane(c.x + left + GAP, c.y, round(c.w - left - GAP, 2), c.h)

    def lane(self, k: int) -> Lane:
        """Return the area for the content on part *k* (the whole content area without bullets)."""
        if not self.has:
            c = self.pages.chrome(k)
            return Lane(c.x, c.y, c.w, c.h)
        return self._lanes(k)[1]

    def bullets(self, k: int) -> list:
        """Return the bullets' frame on part *k* (an empty list when the bullets ended on an earlier part)."""
        if not self.has or k >= len(self.parts_list):
            return []
        lane = self._lanes(k)[0]
        return [stack(self.parts_list[k], lane.x, lane.y, lane.w, lane.h, role="body", placeholder="body")]
