"""The ``grid`` handout: six miniatures to a page (two across, three down), for a quick overview."""

from __future__ import annotations

from deckbuild.layout.boxes import SlidePage
from deckbuild.layout.handout.base import HandoutComposer
from deckbuild.layout.handout.flow import PageBuilder
from deckbuild.layout.text import stack

COLUMNS, ROWS, GAP = 2, 3, 20.0


class GridHandout(HandoutComposer):
    name = "grid"

    def body(self, pb: PageBuilder, slides: list[SlidePage]) -> None:
        m, c = self.margin, self.c
        cell_w = (self.inner - GAP * (COLUMNS - 1)) / COLUMNS
        row_h = pb.height_avail / ROWS
        for i, slide in enumerate(slides):
            k = i % (COLUMNS * ROWS)
            if i and k == 0:
                pb.new_page()
            r, col = divmod(k, COLUMNS)
            x, y = m + col * (cell_w + GAP), pb.top + r * row_h
            caption = self.para(f"**{self.label(slide)}** · {slide.title}", self.ts(8.5, color=c.muted, spacing=1.2),
                                cell_w)
            mini_h = min(cell_w * slide.height / slide.width, row_h - caption.height - 14)
            mini_w = mini_h * slide.width / slide.height
            self.mark_slide(pb, slide, y)
            pb.add(self.miniature(x, y, mini_w, mini_h, slide))
            pb.add(stack([caption], x, y + mini_h + 5, cell_w, caption.height, role="caption"))
            pb.y = pb.top + (r + 1) * row_h
