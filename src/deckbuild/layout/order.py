"""Reading order: the order of a slide's boxes is the order screen readers read its shapes (and the order
both painters draw them), so it is put right once here: the title first, then the content, then the
sources line and the footer.

Moving a box never changes what is seen: the title moves only in front of boxes it does not overlap, and
the sources line and footer, moved to the end, are drawn over nothing else.
"""

from __future__ import annotations

from dataclasses import replace

from deckbuild.layout.boxes import Formula, Rect, TextFrame

TAIL = ("sources", "footer")


def _overlaps(a, b) -> bool:
    return a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.y + b.h and b.y < a.y + a.h


def in_reading_order(boxes: list) -> list:
    """Return *boxes* with the title first (behind nothing it overlaps), sources and footer last."""
    boxes = list(boxes)
    title = next((i for i, b in enumerate(boxes) if isinstance(b, TextFrame) and b.role == "title"), None)
    if title is not None:
        frame = boxes[title]
        target = 0
        for i in range(title):
            if isinstance(boxes[i], Rect) and boxes[i].fill and _overlaps(boxes[i], frame):
                target = i + 1
        boxes.insert(target, boxes.pop(title))
    head = [b for b in boxes if not (isinstance(b, TextFrame) and b.role in TAIL)]
    tail = sorted((b for b in boxes if isinstance(b, TextFrame) and b.role in TAIL), key=lambda b: TAIL.index(b.role))
    return head + tail


def with_formulas(boxes: list, formulas: list[Formula]) -> list:
    """Return *boxes* with the inline-formula pictures *formulas* after the content, before sources and footer.

    A formula's owner is the index of its text frame in *boxes*; owners in the tail move with it.
    """
    cut = len(boxes)
    while cut and isinstance(boxes[cut - 1], TextFrame) and boxes[cut - 1].role in TAIL:
        cut -= 1
    early = [f for f in formulas if f.owner is None or f.owner[0] < cut]
    late = [replace(f, owner=(f.owner[0] + len(early), f.owner[1])) for f in formulas
            if f.owner is not None and f.owner[0] >= cut]
    return boxes[:cut] + early + boxes[cut:] + late
