"""Chart layout, on its pages: one axis, labels that never wrap inside a word, readable sizes, thinned
categories, a legend clear of the labels, and pie slices that differ and carry readable labels."""

from __future__ import annotations

import shutil

import pytest

from conftest import REPO, lay_out, lay_out_folder, page_titled
from deckbuild.contrast import ratio
from deckbuild.layout.boxes import ChartBox, Rect, TextFrame, Wedge
from deckbuild.layout.chart import format_number, nice_scale, number_format
from deckbuild.layout.chart_colors import MIN_DELTA_E, delta_e, delta_e_lab

STRESS = REPO / "tests" / "visual" / "charts-stress"


@pytest.fixture(scope="module")
def charts(tmp_path_factory):
    """Return ({title: ChartBox}, style) of the committed stress deck, laid out without the CLI."""
    root = tmp_path_factory.mktemp("charts")
    shutil.copytree(STRESS, root / "outlines" / "stress")
    pages, _diags, style = lay_out_folder(root / "outlines" / "stress", root)
    out = {p.title: next(b for b in p.boxes if isinstance(b, ChartBox)) for p in pages
           if any(isinstance(b, ChartBox) for b in p.boxes)}
    return out, style


def _labels(box: ChartBox) -> list[TextFrame]:
    return [b for b in box.drawing if isinstance(b, TextFrame)]


def _text(frame: TextFrame) -> list[str]:
    return ["".join(f.text for f in line.frags) for p in frame.paragraphs for line in p.lines]


def test_ciede2000_matches_the_published_test_pairs():
    assert delta_e_lab((50, 2.6772, -79.7751), (50, 0, -82.7485)) == pytest.approx(2.0425, abs=1e-4)
    assert delta_e_lab((50, 2.5, 0), (73, 25, -18)) == pytest.approx(27.1492, abs=1e-4)
    assert delta_e_lab((2.0776, 0.0795, -1.135), (0.9033, -0.0636, -0.5514)) == pytest.approx(0.9082, abs=1e-4)


def test_number_formats_are_one_per_axis():
    assert number_format([42, 35, 27.5, 12]) == "#,##0.0"
    assert [format_number(v, "#,##0.0") for v in (42, 27.5)] == ["42.0", "27.5"]
    lo, hi, step = nice_scale(0, 2850000)
    assert format_number(hi, number_format([lo, hi], step)) == "3,000,000"
    assert format_number(1e-12, number_format([1e-12])) == "1.00E-12"


def test_the_axis_is_decided_once_and_drawn_with_it(charts):
    boxes, _ = charts
    for title, box in boxes.items():
        if box.type == "pie":
            continue
        lo, hi, step = box.axis
        ticks = [format_number(lo + i * step, box.tick_format) for i in range(round((hi - lo) / step) + 1)]
        shown = {line for frame in _labels(box) for line in _text(frame)}
        assert set(ticks) <= shown, title


def test_labels_never_wrap_inside_a_word(charts):
    boxes, _ = charts
    for title, box in boxes.items():
        words = {w for c in box.categories for w in c.split()}
        for frame in _labels(box):
            for line in _text(frame):
                for word in line.split():
                    # a category word, a number as formatted, or a share: whole, never a piece of one
                    assert word in words or word.replace(",", "").replace(".", "").rstrip("%").isdigit() \
                        or "E" in word, (title, line)
            assert len(_text(frame)) == 1 or frame.paragraphs[0].lines[0].frags[0].text.split()[0] in words


def test_tick_labels_are_one_line_each(charts):
    boxes, _ = charts
    box = boxes["Twenty-four months"]
    numbers = [f for f in _labels(box) if _text(f)[0][:1].isdigit()]
    assert numbers and all(len(_text(f)) == 1 for f in numbers)
    assert "3,000,000" in {_text(f)[0] for f in numbers}


def test_chart_text_on_slides_is_at_least_min_body(charts):
    boxes, style = charts
    for box in boxes.values():
        assert box.font_size >= style.sizes.min_body
        assert all(r.size >= style.sizes.min_body for f in _labels(box) for p in f.paragraphs for r in p.runs)


def _overlap(a, b) -> bool:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return ax < bx + bw - 0.5 and bx < ax + aw - 0.5 and ay < by + bh - 0.5 and by < ay + ah - 0.5


def _extent(frame: TextFrame) -> tuple[float, float, float, float]:
    """Return the (x, y, w, h) a label covers on the page, turned or not."""
    if frame.rotation in (90.0, -90.0):
        cx, cy = frame.x + frame.w / 2, frame.y + frame.h / 2
        return cx - frame.h / 2, cy - frame.w / 2, frame.h, frame.w
    return frame.x, frame.y, frame.w, frame.h


def test_crowded_categories_are_turned_and_labels_never_touch(charts):
    boxes, _ = charts
    box = boxes["Twenty-four months"]
    assert box.category_rotation == -90.0 and box.category_skip == 1
    cats = [f for f in _labels(box) if _text(f)[0] in box.categories]
    assert [_text(f)[0] for f in cats] == list(box.categories)
    assert all(f.rotation == -90.0 for f in cats)
    for a, b in zip(cats, cats[1:]):
        assert not _overlap(_extent(a), _extent(b))
    plot_bottom = box.plot[1] + box.plot[3]
    assert all(plot_bottom < _extent(f)[1] and _extent(f)[1] + _extent(f)[3] <= box.y + box.h for f in cats)
    assert not box.data_labels  # 1,250,000 over a column a slot narrower than the number: read from the axis


def test_the_legend_never_overlaps_labels(charts):
    boxes, _ = charts
    for title, box in boxes.items():
        if box.legend_box is None:
            continue
        legend_names = set(box.categories if box.type == "pie" else (s[0] for s in box.series))
        others = [f for f in _labels(box) if _text(f)[0] not in legend_names]
        for frame in others:
            assert not _overlap(_extent(frame), box.legend_box), \
                (title, _text(frame))


def test_pie_slices_differ_and_their_labels_read(charts):
    boxes, style = charts
    box = boxes["Nine slices"]
    wedges = [b for b in box.drawing if isinstance(b, Wedge)]
    fills = [w.fill for w in wedges]
    assert len(fills) == 9 and len(set(fills)) == 9
    for a, b in zip(fills, fills[1:] + fills[:1]):
        assert delta_e(a, b) >= MIN_DELTA_E, (a, b)
    for fill, ink, where in zip(fills, box.label_colors, box.label_positions):
        if where == "ctr":
            assert ratio(ink, fill) >= 4.5, (fill, ink)
    # the legend sits right of the pie, close to it
    cx_right = wedges[0].cx + wedges[0].r
    assert 0 < box.legend_box[0] - cx_right < box.w * 0.25
    keys = [b for b in box.drawing if isinstance(b, Rect) and b.name == "Legend key"]
    assert [k.fill for k in keys] == fills


def test_a_pie_of_twenty_slices_keeps_its_legend_and_hues_apart(tmp_path):
    names = [f"Part {i}" for i in range(1, 21)]
    pages, _diags, _style = lay_out(tmp_path, {"deck.yaml": "title: Many\n", "01.yaml": (
        "section: S\nslides:\n  - title: Twenty\n    chart:\n      type: pie\n"
        f"      categories: [{', '.join(names)}]\n      series: [{{name: S, values: [{', '.join(['5'] * 20)}]}}]\n")},
        name="many")
    page = page_titled(pages, "Twenty")
    box = next(b for b in page.boxes if isinstance(b, ChartBox))
    x, y, w, h = box.legend_box
    assert box.x <= x and x + w <= box.x + box.w + 0.5 and box.y <= y and y + h <= box.y + box.h + 0.5
    fills = [b.fill for b in box.drawing if isinstance(b, Wedge)]
    assert all(delta_e(a, b) >= MIN_DELTA_E for a, b in zip(fills, fills[1:] + fills[:1]))
