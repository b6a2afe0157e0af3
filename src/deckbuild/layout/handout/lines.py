"""The ``lines`` handout: three miniatures to a page, ruled lines beside each for writing
(the classic lecture print-out). Notes, when the settings ask for them, sit above the lines."""

from __future__ import annotations

from deckbuild.layout.boxes import Miniature, Rule, SlidePage
from deckbuild.layout.handout.base import HandoutLayout, PageBuilder
from deckbuild.layout.text import stack

LINE_GAP = 20.0


class LinesLayout(HandoutLayout):
    name = "lines"

    def body(self, pb: PageBuilder, slides: list[SlidePage]) -> None:
        row_h = pb.height_avail / 3
        for slide in slides:
            self.row(pb, slide, row_h)

    def row(self, pb: PageBuilder, slide: SlidePage, row_h: float) -> None:
        m, c = self.margin, self.c
        mini_w = round(self.inner * 0.5, 2)
        mini_h = round(mini_w * slide.height / slide.width, 2)
        col_x, col_w = m + mini_w + 18, self.inner - mini_w - 18
        label = self.para(f"{self.label(slide)} · {slide.title}", self.ts(8, bold=True, color=c.muted, spacing=1.2),
                          mini_w)
        notes = self.prose(slide.notes, self.ts(self.sizes.notes - 0.5), col_w, 4) \
            if slide.notes and self.style.handout.notes else []
        if slide.extra:  # bullets marked `in: [handout]` are printed whatever the notes setting
            notes += self.bullet_list(slide.extra, col_w, self.sizes.notes - 0.5)
        notes_h = sum(p.height + p.space_before for p in notes)
        need = max(label.height + 4 + mini_h, notes_h + 3 * LINE_GAP) + 12
        height = max(row_h, need)
        if pb.y > pb.top + 1 and height > pb.left + 1:
            pb.new_page()
        top = pb.y
        self.mark_slide(pb, slide, top)
        pb.add(stack([label], m, top, mini_w, label.height, role="label"))
        pb.add(Miniature(m, top + label.height + 4, mini_w, mini_h, slide, border=self.rule_color))
        y = top + label.height + 4
        if notes:
            frame = stack(notes, col_x, y, col_w, notes_h, role="notes")
            pb.add(frame)
            y += notes_h + 6
        y += LINE_GAP
        bottom = top + min(height, pb.left) - 12
        while y <= bottom:
            pb.add(Rule(col_x, y, col_x + col_w, y, self.rule_color, 0.6))
            y += LINE_GAP
        pb.y = top + min(height, pb.left)
