"""Formulas on slides: display formulas (``math:``), alone or beside bullets, and the boxes of formulas set
inside lines of text (``$…$``).

A formula is measured from its outlines (deckbuild.formulas) and placed as a Formula box; the painters
draw exactly that box (vector paths in the PDF, a picture in the PPTX).
"""

from __future__ import annotations

from deckbuild.layout.beside import Beside
from deckbuild.layout.boxes import Formula, TableBox, TextFrame
from deckbuild.layout.common import Draft, Pages, SlideComposer
from deckbuild.layout.fit import fit, floor_note, report_fit, size_steps
from deckbuild.model import Section, Slide

PAD = 0.04  # ems of room around a formula's ink, for antialiasing in the picture
GAP = 0.7  # ems between stacked display formulas


def place(shape, size: float, color: str, ox: float, oy: float, owner: tuple[int, int] | None = None) -> Formula:
    """Return the Formula box of *shape* at *size* points whose baseline starts at (*ox*, *oy*)."""
    x0, top, x1, bottom = shape.bounds()
    x = ox + (x0 - PAD) * size
    y = oy - (top + PAD) * size
    return Formula(round(x, 3), round(y, 3), round((x1 - x0 + 2 * PAD) * size, 3),
                   round((top - bottom + 2 * PAD) * size, 3), round(ox, 3), round(oy, 3), shape, size, color, owner)


def inline_formulas(boxes) -> list[Formula]:
    """Return a Formula box over every inline formula of the text frames (and table cells) in *boxes*."""
    out: list[Formula] = []
    for index, box in enumerate(boxes):
        if isinstance(box, TextFrame):
            frames = [(index, box)]
        elif isinstance(box, TableBox):
            frames = [(None, cell.frame) for row in box.cells for cell in row]
        else:
            continue
        for owner, frame in frames:
            for k, p in enumerate(frame.paragraphs):
                if type(p.lines) is not tuple and not p.lines.math:
                    continue  # kept handout text without a formula, not read back for it (handout/kept.py)
                for line in p.lines:
                    for frag in line.frags:
                        m = frag.run.math
                        if m is not None:
                            out.append(place(m.shape, m.size, frag.run.color, frame.x + frag.x,
                                             frame.y + p.top + line.baseline, None if owner is None else (owner, k)))
    return out


def measure(style, latexes: tuple[str, ...]) -> list:
    """Return the shapes of display formulas *latexes* (checked when the outline was read)."""
    from deckbuild.formulas import shape

    return [shape(latex, style.math.font) for latex in latexes]


def stack_height(shapes: list, size: float) -> float:
    """Return the height of *shapes* stacked at *size* with their gaps."""
    return sum((s.bounds()[1] - s.bounds()[3]) * size for s in shapes) + GAP * size * (len(shapes) - 1)


def stacked(shapes: list, size: float, color: str, x: float, y: float, w: float, h: float,
            middle: bool = True) -> list[Formula]:
    """Return *shapes* at *size*, one under another, each centred across *w*; the stack is centred in *h*
    (or at the top, beside bullets)."""
    top = y + (max(0.0, (h - stack_height(shapes, size)) / 2) if middle else size * 0.3)
    out = []
    for s in shapes:
        x0, asc, x1, desc = s.bounds()
        ox = x + (w - (x1 - x0) * size) / 2 - x0 * size
        out.append(place(s, size, color, ox, top + asc * size))
        top += (asc - desc) * size + GAP * size
    return out


def math_slide(L: SlideComposer, slide: Slide, section: Section) -> list[Draft]:
    """Return the slide of display formulas, beside its bullets if it has any.

    Formulas shrink together (from ``scale.math`` × ``sizes.body`` down to ``sizes.min_body``) until the widest
    fits and the stack fits the height; a list that still does not fit continues on further slides, and a
    formula too wide even at ``min_body`` is set smaller, with a warning.
    """
    sz = L.sizes
    pages = Pages(L, slide, L.number)
    shapes = measure(L.style, slide.math)
    beside = Beside(L, slide, pages, share=0.5)  # bullets take half the width
    lane = beside.lane(0)
    start = round(sz.body * L.style.scale.math)
    floor = min(sz.min_body, start)
    widest = max(s.bounds()[2] - s.bounds()[0] for s in shapes)

    def parts_at(size: float) -> int:
        return 1 if stack_height(shapes, size) <= pages.height(1) - 1 else len(_split(shapes, size, pages))

    size, _, whole = fit(size_steps(start, floor, 1), parts_at, usable=lambda s: widest * s <= lane.w)
    if not whole:
        size = round(max(lane.w / widest, 4.0) - 0.005, 2)
        L.diags.warning(slide.pos, f"slide {L.number}: a formula is too wide for the slide even at "
                        f"{floor_note(floor, 'min_body')}; it is set at {size:g}pt", "break it into smaller formulas")
    parts = [shapes] if parts_at(size) == 1 else _split(shapes, size, pages)
    report_fit(L, slide.pos, f"{len(shapes)} formulas", "formulas", size, start, floor, len(parts),
               keep=sz.body if whole else 0.0,
               hints=("split the slide yourself", "shorten them or put fewer on the slide"))
    count = max(len(parts), beside.parts)
    bodies = []
    for k in range(count):
        body = beside.bullets(k)
        lane = beside.lane(k)
        if k < len(parts):
            body += stacked(parts[k], size, L.style.math.color or L.colors.text, lane.x, lane.y, lane.w, lane.h,
                            middle=not beside.has)
        bodies.append(body)
    return pages.drafts("math", section, bodies)


def _split(shapes: list, size: float, pages: Pages) -> list[list]:
    """Return *shapes* in parts that fit the slide height at *size* (a part holds at least one formula)."""
    height = pages.height(2) - 1
    parts: list[list] = [[]]
    for s in shapes:
        if parts[-1] and stack_height(parts[-1] + [s], size) > height:
            parts.append([])
        parts[-1].append(s)
    return parts
