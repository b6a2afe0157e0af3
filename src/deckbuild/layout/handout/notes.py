"""The ``notes`` handout: PowerPoint's notes pages, two to a sheet. Each slide takes at least half a
page: its miniature, the slide's label, title and the start of its notes beside it, the rest of the
notes and details under it, continuing on the next page when long."""

from __future__ import annotations

from deckbuild.layout.boxes import Miniature, Rule, SlidePage
from deckbuild.layout.handout.base import GAP, HandoutLayout, PageBuilder
from deckbuild.layout.text import stack


class NotesLayout(HandoutLayout):
    name = "notes"

    def body(self, pb: PageBuilder, slides: list[SlidePage]) -> None:
        half = pb.height_avail / 2
        for slide in slides:
            self.block(pb, slide, half)

    def block(self, pb: PageBuilder, slide: SlidePage, half: float) -> None:
        """Place one slide: whole items beside the miniature while they fit, the others under it."""
        m, w = self.margin, self.inner
        mini_w = round(w * 0.52, 2)
        mini_h = round(mini_w * slide.height / slide.width, 2)
        col_x, col_w = m + mini_w + 16, w - mini_w - 16
        items = self.text_items(slide)
        beside, used, taken = [], 0.0, 0
        for item in items:
            paras = item(col_w)
            height = sum(p.height + (p.space_before if beside or k else 0) for k, p in enumerate(paras))
            if used + height > mini_h:
                break
            beside += paras
            used += height
            taken += 1
        under = [p for item in items[taken:] for p in item(w)]
        if pb.y > pb.top and mini_h + GAP > pb.left:
            pb.new_page()
        top = pb.y
        self.mark_slide(pb, slide, top)
        pb.add(Miniature(m, top, mini_w, mini_h, slide, border=self.rule_color))
        if beside:
            pb.add(stack(beside, col_x, top, col_w, mini_h, role="notes"))
        pb.y = top + mini_h + 8
        page = pb.number
        self.flow(pb, under, m, w, label=self.label(slide))
        if pb.number == page:
            pb.y = max(pb.y, top + half - GAP / 2)
        pb.y += GAP / 2
        if pb.left > GAP:
            pb.add(Rule(m, pb.y - GAP / 4, m + w, pb.y - GAP / 4, self.rule_color, 0.5))
        pb.y += GAP / 4

