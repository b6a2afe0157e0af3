"""Timelines (layout/timeline.py): events left to right in the order written, each date above its text,
one row when they fit, and no size below sizes.min_body."""

from __future__ import annotations

from conftest import lay_out, page_titled
from deckbuild.layout.boxes import TextFrame


def _deck(n: int) -> dict:
    events = "\n".join(f"      - {{date: '{1990 + i}', text: Event {i} happened}}" for i in range(n))
    return {"deck.yaml": "title: Times\n", "01.yaml": f"section: S\nslides:\n  - title: History\n    timeline:\n{events}\n"}


def _frames(page, role):
    return [b for b in page.boxes if isinstance(b, TextFrame) and b.role == role]


def _text(frame) -> str:
    return " ".join("".join(f.text for line in p.lines for f in line.frags) for p in frame.paragraphs)


def test_events_run_left_to_right_in_order_with_the_date_above_the_text(tmp_path):
    pages, diags, style = lay_out(tmp_path, _deck(4))
    page = page_titled(pages, "History")
    dates, texts = _frames(page, "timeline-date"), _frames(page, "timeline-text")
    assert [_text(d) for d in sorted(dates, key=lambda b: b.x)] == ["1990", "1991", "1992", "1993"]
    assert [_text(t) for t in sorted(texts, key=lambda b: b.x)] == [f"Event {i} happened" for i in range(4)]
    assert len({round(d.y) for d in dates}) == 1  # one row
    for date in dates:
        text = min(texts, key=lambda t: abs(t.x - date.x))
        assert date.y < text.y
    assert min(p.size for f in dates + texts for p in f.paragraphs) >= style.sizes.min_body
    assert not diags.has_errors


def test_many_events_keep_to_the_floor_and_continue_on_more_slides(tmp_path):
    pages, _, style = lay_out(tmp_path, _deck(30))
    parts = [p for p in pages if p.title.startswith("History")]
    texts = [f for page in parts for f in _frames(page, "timeline-text")]
    assert len(texts) == 30 and len(parts) > 1
    assert min(p.size for f in texts for p in f.paragraphs) >= style.sizes.min_body
