"""Timeline slides: dated events along a horizontal line, wrapping to two rows, then to continuation slides."""

from __future__ import annotations

import re

from deckbuild.layout.boxes import Rect
from deckbuild.layout.common import Draft, Pages, SlideComposer, mix
from deckbuild.layout.fit import fit, floor_note, report_fit, size_steps
from deckbuild.layout.text import stack
from deckbuild.model import Event, Section, Slide

MIN_SLOT = 120.0  # points: the narrowest an event's column may be


def timeline_slide(L: SlideComposer, slide: Slide, section: Section) -> list[Draft]:
    """Return the timeline: one row when the events fit, two rows when dense, then continuation slides."""
    pages = Pages(L, slide, L.number)
    events = list(slide.timeline)
    c = pages.chrome(0)
    per_row = max(2, int(c.w // MIN_SLOT))
    sz = L.sizes
    floor = sz.min_body  # the style's floor for body text, as for every kind
    start = max(round(sz.body * L.style.scale.timeline), floor)

    def rows_of(per_slide: int, split: bool = False) -> list[list[list[Event]]]:
        """Return slides → rows → events, filling two rows per slide (always with *split*), balanced."""
        count = -(-len(events) // per_slide)  # slides needed; the events are shared out evenly among them,
        even = -(-len(events) // count)        # so no continuation slide holds a lone event
        slides = [events[i:i + even] for i in range(0, len(events), even)]
        out = []
        for chunk in slides:
            if len(chunk) <= per_row and not (split and len(chunk) > 2):
                out.append([chunk])
            else:
                half = (len(chunk) + 1) // 2
                out.append([chunk[:half], chunk[half:]])
        return out

    def fits(size: float, layout: list[list[list[Event]]]) -> bool:
        height = pages.height(len(layout))
        for rows in layout:
            row_h = height / len(rows)
            for row in rows:
                slot = c.w / len(row)
                for e in row:
                    if _event_height(L, e, size, slot) > row_h - size * 1.6 - 26 or _splits_a_word(L, e, size, slot):
                        return False
        return True

    found: dict[float, list[list[list[Event]]] | None] = {}

    def densest(size: float) -> list[list[list[Event]]] | None:
        """Return the layout with the most events a slide that fits at *size* (None when none does)."""
        if size not in found:
            found[size] = next((layout for per_slide in range(min(len(events), 2 * per_row), 0, -1)
                                for split in (False, True)  # one row of wide slots when it fits, else two rows
                                if fits(size, layout := rows_of(per_slide, split))), None)
        return found[size]

    def parts_at(size: float) -> int:
        layout = densest(size)
        return len(events) + 1 if layout is None else len(layout)

    chosen, _, whole = fit(size_steps(start, floor, 1), parts_at, usable=lambda s: densest(s) is not None)
    layout = densest(chosen) if whole else rows_of(1)
    if not whole:  # even one event per slide is too tall: smallest size, and say so
        L.diags.warning(slide.pos, f"slide {L.number}: a timeline event's text does not fit even at "
                        f"{floor_note(floor, 'min_body')}", "shorten the event texts")
    report_fit(L, slide.pos, f"{len(events)} timeline events", "timeline text", chosen, start, floor, len(layout),
               hints=("fewer or shorter events fit on one slide", "shorten the event texts to keep the size"))
    bodies = []
    for k, rows in enumerate(layout):
        ck = pages.chrome(k)
        height = pages.height(len(layout))
        body: list = []
        row_h = height / len(rows)
        top = ck.y
        if len(rows) == 1:  # one row: centre it vertically
            used = chosen * 1.15 * 1.3 + 28 + max(_event_height(L, e, chosen, ck.w / len(rows[0])) for e in rows[0])
            top = ck.y + max(0.0, (row_h - used) / 2)
            row_h = min(row_h, ck.y + height - top)
        for r, row in enumerate(rows):
            body += _row(L, row, chosen, ck.x, top + r * row_h, ck.w, row_h)
        bodies.append(body)
    return pages.drafts("timeline", section, bodies)


def _splits_a_word(L: SlideComposer, event: Event, size: float, slot: float) -> bool:
    """Return whether a word of the event's text is wider than its slot, so it would break inside the word."""
    style = L.text_style(size, align="ctr", spacing=1.15)
    words = set(re.split(r"\s+|(?<=[-‐])", event.text)) - {""}  # a line may break after a hyphen
    return any(len(L.para(word, style, slot - 12).lines) > 1 for word in words)


def _event_height(L: SlideComposer, event: Event, size: float, slot: float) -> float:
    return L.para(event.text, L.text_style(size, align="ctr", spacing=1.15), slot - 12).height


def _row(L: SlideComposer, row: list[Event], size: float, x: float, y: float, w: float, h: float) -> list:
    """Return one row of the timeline: the line, a dot per event, the date above and the text below."""
    col = L.colors
    date_size = round(size * 1.15, 1)
    line_y = round(y + date_size * 1.3 + 14, 2)
    slot = w / len(row)
    boxes: list = [Rect(x, line_y - 1.5, w, 3, fill=mix(col.muted, "FFFFFF", 0.45), name="Timeline")]
    for i, event in enumerate(row):
        cx = x + slot * (i + 0.5)
        date = L.para(event.date, L.text_style(date_size, heading=True, bold=True, color=col.primary, align="ctr",
                                               spacing=1.15), slot - 8)
        boxes.append(stack([date], cx - slot / 2 + 4, line_y - 12 - date.height, slot - 8, date.height,
                           role="timeline-date", anchor="b"))
        boxes.append(Rect(cx - 7, line_y - 7, 14, 14, fill=col.accent, line=col.background, line_width=2,
                          name="Event", geom="ellipse"))
        text = L.para(event.text, L.text_style(size, align="ctr", spacing=1.15), slot - 12)
        boxes.append(stack([text], cx - slot / 2 + 6, line_y + 14, slot - 12, max(text.height, h - (line_y - y) - 14),
                           role="timeline-text"))
    return boxes
