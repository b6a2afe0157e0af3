"""The ``notes`` handout: each slide's miniature with its label, title and the start of its notes beside
it, the rest of the notes and details under it at the full width. Slides follow one another down the
page (two or three to a page when the notes are short) and long notes continue on the next page."""

from __future__ import annotations

from deckbuild.layout.boxes import Rule, SlidePage
from deckbuild.layout.handout.base import GAP, HandoutComposer
from deckbuild.layout.handout.flow import Heading, PageBuilder, Trailer, breaks
from deckbuild.layout.handout.segments import place_slides
from deckbuild.layout.text import stack

MINI = 0.6  # of the text width: the miniature's width
MINI_MAX_H = 0.42  # of the page's text height: a tall (4:3 or portrait) miniature is narrower instead
COL_GAP = 16.0


class NotesHandout(HandoutComposer):
    name = "notes"

    kept_pages = True

    def body(self, pb: PageBuilder, slides: list[SlidePage]) -> None:
        place_slides(self, pb, slides, self.block)

    def beside(self, items: list, width: float, room: float) -> tuple[list, int]:
        """Return the paragraphs of the leading *items* that fit in *room* beside the miniature (whole items;
        a heading only with the text it heads, except the slide's own label and title), and how many."""
        out, used, k = [], 0.0, 0
        while k < len(items):
            group, j = [], k
            while j < len(items):
                paras = items[j](width)
                group += paras
                j += 1
                if j <= 2 or not all(isinstance(p, Heading) for p in paras):
                    break  # the slide's label and title go beside its miniature on their own
            height = 0  # summed in the order, and with the int 0, that sum() of the paragraphs' heights had
            for n, p in enumerate(group):
                p = p.para if type(p) in _WRAPPERS else p
                height += p.height + (p.space_before if out or n else 0)
            if used + height > room + 0.01:
                break
            out += group
            used += height
            k = j
        return out, k

    def block(self, pb: PageBuilder, slide: SlidePage) -> None:
        """Place one slide: its miniature, what fits beside it, and the rest under it."""
        m, w = self.margin, self.inner
        mini_w = round(w * MINI, 2)
        mini_h = round(mini_w * slide.height / slide.width, 2)
        if mini_h > pb.height_avail * MINI_MAX_H:
            mini_h = round(pb.height_avail * MINI_MAX_H, 2)
            mini_w = round(mini_h * slide.width / slide.height, 2)
        col_x = m + mini_w + COL_GAP
        col_w = w - mini_w - COL_GAP
        items = self.text_items(slide)
        beside, taken = self.beside(items, col_w, mini_h)
        under = [p for item in items[taken:] for p in item(w)]
        cuts = [c for c in breaks(under) if c[3] and c[2]] if under else []
        lead = (cuts[0][0] + _para(under[0]).space_before + 8) if cuts else 0.0
        if pb.y > pb.top + 1:
            if GAP + mini_h + lead > pb.left:
                pb.new_page()
            else:  # a rule between two slides on the same page
                pb.add(Rule(m, pb.y + GAP / 2, m + w, pb.y + GAP / 2, self.rule_color, 0.5))
                pb.y += GAP
        top = pb.y
        self.mark_slide(pb, slide, top)
        pb.add(self.miniature(m, top, mini_w, mini_h, slide))
        if beside:
            pb.add(stack([_para(p) for p in beside], col_x, top, col_w, mini_h, role="notes"))
        pb.y = top + mini_h
        if under:
            pb.y += 8 - _para(under[0]).space_before
            self.flow(pb, under, m, w, label=self.label(slide))


_WRAPPERS = frozenset((Heading, Trailer))


def _para(item):
    return item.para if isinstance(item, (Heading, Trailer)) else item
