"""Columns (layout/columns.py): two or three columns side by side, in the order written, equally wide,
each with its title above its bullets."""

from __future__ import annotations

import pytest

from conftest import lay_out, page_titled
from deckbuild.layout.boxes import TextFrame


def _deck(n: int) -> dict:
    cols = "\n".join(f"      - title: Head {i}\n        bullets: [Point {i}a, Point {i}b]" for i in range(1, n + 1))
    return {"deck.yaml": "title: Columns\n", "01.yaml": f"section: S\nslides:\n  - title: Side by side\n    columns:\n{cols}\n"}


def _frames(page, role):
    return sorted((b for b in page.boxes if isinstance(b, TextFrame) and b.role == role), key=lambda b: b.x)


def _text(frame) -> str:
    return " ".join("".join(f.text for line in p.lines for f in line.frags) for p in frame.paragraphs)


@pytest.mark.parametrize("n", [2, 3])
def test_columns_sit_side_by_side_in_order_equally_wide(tmp_path, n):
    pages, diags, _ = lay_out(tmp_path, _deck(n))
    page = page_titled(pages, "Side by side")
    bodies = _frames(page, "body")
    assert [_text(b) for b in bodies] == [f"Point {i}a Point {i}b" for i in range(1, n + 1)]
    assert len({round(b.w, 1) for b in bodies}) == 1
    assert all(a.x + a.w <= b.x for a, b in zip(bodies, bodies[1:]))  # no overlap
    assert all(b.x + b.w <= page.width for b in bodies)
    assert not [d for d in diags.items if d.severity == "warning" and "column" in d.message]


def test_each_column_title_stands_above_its_bullets(tmp_path):
    pages, _, _ = lay_out(tmp_path, _deck(2))
    page = page_titled(pages, "Side by side")
    for head, body in zip(_frames(page, "column-title"), _frames(page, "body")):
        assert head.y + head.h <= body.y + 0.5 and abs(head.x - body.x) < 0.5
    assert [_text(h) for h in _frames(page, "column-title")] == ["Head 1", "Head 2"]
