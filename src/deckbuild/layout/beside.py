"""Bullets beside a slide's main content (code or formulas): the bullets on the left, shrunk and packed
like any bullets, and the lane on the right where the content goes, on each part of a split slide."""

from __future__ import annotations

from deckbuild.layout.basic import fit_bullets
from deckbuild.layout.common import Pages, SlideComposer
from deckbuild.layout.text import stack
from deckbuild.model import Slide
from deckbuild.records import record

GAP = 24.0


@record(frozen=True)
class Lane:
    """A lane of a slide beside another: the bullets on the left, or the code or formulas on the right."""

    x: float
    y: float
    w: float
    h: float


class Beside:
    """The bullets of *slide* in a lane *share* of the content width, and the content lane beside it.

    With a template layout of two content placeholders, their geometry is used instead.
    """

    def __init__(self, L: SlideComposer, slide: Slide, pages: Pages, share: float):
        self.L, self.pages, self.share = L, pages, share
        self.has = bool(slide.bullets)
        self.parts_list: list[list] = []
        if not self.has:
            return
        self.size, self.parts_list = fit_bullets(L, slide, pages, self._lanes(0)[0].w)

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

    def bullets_top(self, k: int) -> float | None:
        """Return where the first line of the bullets on part *k* starts (None without bullets there)."""
        frames = self.bullets(k)
        if not frames or not frames[0].paragraphs:
            return None
        return frames[0].y + frames[0].paragraphs[0].top
