"""Columns slides: two or three columns, each with an optional heading and bullets."""

from __future__ import annotations

from deckbuild.layout.basic import report_bullets
from deckbuild.layout.boxes import Paragraph, Rect
from deckbuild.layout.common import Draft, Pages, SlideComposer
from deckbuild.layout.fit import fit, grouped, pack, parts_needed, size_steps
from deckbuild.layout.text import stack
from deckbuild.model import Section, Slide

GAP = 28.0


def columns_slide(L: SlideComposer, slide: Slide, section: Section) -> list[Draft]:
    """Return the columns slide: every column at one common size; continued when even min_body is too big."""
    sz = L.sizes
    pages = Pages(L, slide, L.number)
    n = len(slide.columns)
    first = pages.chrome(0)
    if len(first.bodies) >= n:  # a template layout with a placeholder per column: use its geometry
        lanes = [(b.x - first.x, b.w) for b in first.bodies[:n]]
    else:
        col_w = round((first.w - GAP * (n - 1)) / n, 2)
        lanes = [(round(i * (col_w + GAP), 2), col_w) for i in range(n)]

    def heading(col, size: float, cont: bool, width: float) -> list[Paragraph]:
        if not col.title:
            return []
        text = col.title + (" (cont.)" if cont else "")
        return [L.para(text, L.text_style(size, heading=True, bold=True, color=L.colors.primary), width)]

    groups = [grouped(lambda size, c=c, w=w: L.bullet_paragraphs(c.bullets, size, w))
              for c, (_, w) in zip(slide.columns, lanes)]

    def head_h(size: float, cont: bool) -> float:
        """Return the one height every column's heading takes at *size*: the tallest heading's."""
        return max((sum(p.height for p in heading(col, size, cont, w)) for col, (_, w) in zip(slide.columns, lanes)),
                   default=0.0)

    titled = any(col.title for col in slide.columns)

    def packed(size: float, height: float):
        head = max(head_h(size, False), head_h(size, True)) + 10 if titled else 0.0
        return [pack(g(size), height - head) for g in groups]

    parts_at = parts_needed(lambda size, height: max(len(p[0]) for p in packed(size, height)), pages)
    chosen, count, _ = fit(size_steps(sz.body, sz.min_body, 1), parts_at)
    columns = packed(chosen, pages.height(count))
    report_bullets(L, slide, "columns of bullets", n, chosen, count, any(b for _, b in columns))
    bodies = []
    for k in range(count):
        c = pages.chrome(k)
        body: list = []
        shared = head_h(chosen, k > 0)
        for (offset, col_w), col, (parts, _) in zip(lanes, slide.columns, columns):
            x = round(c.x + offset, 2)
            head = heading(col, chosen, k > 0, col_w)
            bullets = parts[k] if k < len(parts) else []
            y = c.y
            if titled:
                if head:  # headings sit on a common baseline row: short ones at the bottom of the shared height
                    body.append(stack(head, x, y, col_w, shared, role="column-title", anchor="b"))
                y += shared + 4
                if head:
                    body.append(Rect(x, y, col_w, 1.5, fill=L.colors.muted, name="Column rule"))
                y += 6
            body.append(stack(bullets, x, y, col_w, c.y + c.h - y, role="body", placeholder="body"))
        bodies.append(body)
    return pages.drafts("columns", section, bodies)
