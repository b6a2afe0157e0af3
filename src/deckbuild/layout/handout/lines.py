"""The ``lines`` handout: three miniatures to a page, ruled lines beside each for writing
(the classic lecture print-out). The ruled block starts where the miniature starts and ends where it
ends; notes, when the settings ask for them, sit above the lines, or under the miniature when they
would leave fewer than three lines to write on."""

from __future__ import annotations

from deckbuild.layout.boxes import Rule, SlidePage
from deckbuild.layout.handout.base import HandoutComposer
from deckbuild.layout.handout.flow import PageBuilder
from deckbuild.layout.handout.segments import place_slides
from deckbuild.layout.text import stack

LINE_GAP = 20.0
MIN_RULES = 3


class LinesHandout(HandoutComposer):
    name = "lines"

    kept_pages = True

    def body(self, pb: PageBuilder, slides: list[SlidePage]) -> None:
        row_h = pb.height_avail / 3
        place_slides(self, pb, slides, lambda pb, slide: self.row(pb, slide, row_h))

    def row(self, pb: PageBuilder, slide: SlidePage, row_h: float) -> None:
        m, c = self.margin, self.c
        mini_w = round(self.inner * 0.5, 2)
        mini_h = round(mini_w * slide.height / slide.width, 2)
        col_x, col_w = m + mini_w + 18, self.inner - mini_w - 18
        label = self.para(f"{self.label(slide)} · {slide.title}", self.ts(8, bold=True, color=c.muted, spacing=1.2),
                          mini_w)
        want_notes = bool(slide.notes and self.style.handout.notes)
        beside = self.notes(slide, col_w, want_notes)
        beside_h = sum(p.height + (p.space_before if k else 0) for k, p in enumerate(beside))
        under: list = []
        if beside and beside_h + MIN_RULES * LINE_GAP > mini_h:  # too long to write beside: under the miniature
            under, beside, beside_h = self.notes(slide, self.inner, want_notes), [], 0.0
        under_h = sum(p.height + p.space_before for p in under)
        need = label.height + 4 + mini_h + (under_h + 6 if under else 0) + 12
        if pb.y > pb.top + 1 and need > pb.left + 1:
            pb.new_page()
        top = pb.y
        self.mark_slide(pb, slide, top)
        pb.add(stack([label], m, top, mini_w, label.height, role="label"))
        mini_top = top + label.height + 4
        pb.add(self.miniature(m, mini_top, mini_w, mini_h, slide))
        mini_bottom = mini_top + mini_h
        y = mini_top
        if beside:
            pb.add(stack(beside, col_x, y, col_w, beside_h, role="notes"))
            y += beside_h + 6
        # rules evenly spaced from the first writing line down to the miniature's bottom edge
        count = max(1, int((mini_bottom - y) // LINE_GAP))
        step = (mini_bottom - y) / count
        for k in range(0 if not beside else 1, count + 1):
            ry = round(y + k * step, 2)
            pb.add(Rule(col_x, ry, col_x + col_w, ry, self.rule_color, 0.6))
        pb.y = mini_bottom + 6
        if under:
            self.flow(pb, under, m, self.inner, label=self.label(slide))
        pb.y = max(pb.y + 12, min(top + row_h, pb.bottom))

    def notes(self, slide: SlidePage, width: float, want: bool) -> list:
        """Return the slide's notes (when wanted) and its handout-only bullets set at *width*."""
        out = self.prose(slide.notes, self.ts(self.sizes.notes - 0.5), width, 4) if want else []
        if slide.extra:  # bullets marked `in: [handout]` are printed whatever the notes setting
            out += self.bullets(slide.extra, self.sizes.notes - 0.5, width)
        return out
