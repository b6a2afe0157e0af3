"""Chart parts written without python-pptx (render.pptx_chart, pptx_chart_book) are byte for byte what python-pptx
and XlsxWriter make (render.pptx_chart_ref): on every kind of chart, with odd values and strings; what the fast
writers do not write alike is made by python-pptx; a deck's charts read back with the data the layout gave."""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace

import pytest

from conftest import compile_deck, lay_out
from deckbuild.layout.boxes import ChartBox
from deckbuild.render import pptx_chart_book
from deckbuild.render.package import normalize_zip
from deckbuild.render.pptx import deck_to_pptx
from deckbuild.render.pptx_chart_book import fast_chart_part
from deckbuild.render.pptx_chart_probes import PROBES
from deckbuild.render.pptx_chart_ref import reference_chart_part
from deckbuild.render.pptx_shapes import chart_part

DECK = {
    "deck.yaml": "title: Charts\n",
    "01-s.yaml": """
        section: S
        slides:
          - title: Column
            chart: {type: column, categories: ["2019", "2020", "2021"], series: [{name: Exports, values: [12, -15, 0]}, {name: Imports, values: [10, 11.5, 13]}]}
          - title: Bar
            chart: {type: bar, categories: [Alpha, Beta, Gamma, Delta], series: [{name: Score, values: [42, 35, 27.5, 12]}]}
          - title: Line
            chart: {type: line, categories: [Q1, Q2, Q3, Q4], series: [{name: Plan, values: [3, 5, 6, 8]}, {name: Actual, values: [2, 4.5, 7, 7.5]}]}
          - title: Pie
            chart: {type: pie, categories: [Written off, Still owed], series: [{name: Debt, values: [90, 10]}]}
          - title: Odd
            chart: {type: column, categories: ["Ünïcødé & <b>", "日本語のとても長いカテゴリー名です", "  x", "0"], series: [{name: "a \\"b\\"", values: [-1e-7, 1e15, 0, -0.0]}, {name: "S2", values: [1, 2, 3, 4]}, {name: "S3", values: [4, 3, 2, 1]}, {name: "S4", values: [0, 0, 0, 0]}, {name: "S5", values: [-5, 5, -5, 5]}]}
    """,
}
STRINGS = ("Q1", "Ünïcødé ñ", "日本語", "a & b", "<tag>", 'say "hi"', "x > y", "  lead", "trail ", "\u00a0nbsp",
           "🎉", "_x0041_", "{braces}", "long " * 40, "a\tb", "two\nlines", "'s'", "مرحبا")
VALUES = (0.0, -0.0, 1.0, -3.5, 12.0, 27.5, 1e20, 1e-7, -1e16, 123456789.123, 0.1 + 0.2, 5e-324, 7.0, -42.0)


@pytest.fixture(scope="module")
def deck_charts(tmp_path_factory):
    pages, _diags, _style = lay_out(tmp_path_factory.mktemp("charts"), DECK)
    return [b for p in pages for b in p.boxes if isinstance(b, ChartBox)]


def _random_box(rng: random.Random, base: ChartBox) -> ChartBox:
    """Return *base* with random data and random choices of everything the painter writes."""
    kind = rng.choice(["bar", "column", "line", "pie"])
    n = rng.randint(1, 25)
    series = tuple((rng.choice(STRINGS), tuple(rng.choice(VALUES) if rng.random() < 0.5 else
                                               round(rng.uniform(-50, 100), rng.randint(0, 3)) for _ in range(n)))
                   for _ in range(1 if kind == "pie" else rng.randint(1, 7)))
    color = lambda: "".join(rng.choice("0123456789abcdefABCDEF") for _ in range(6))  # noqa: E731
    labels = rng.random() < 0.6
    pie = kind == "pie"
    return replace(
        base, type=kind, categories=tuple(rng.choice(STRINGS) for _ in range(n)), series=series,
        colors=tuple(color() for _ in range(max(n, len(series)))), font=rng.choice(["Liberation Sans", "A & <B>"]),
        font_size=rng.choice([16, 10.5, 13.33, 9.99]), text_color=color(), grid_color=color(), axis_color=color(),
        grid_width=rng.choice([0.75, 0.0, 1.25]), axis_width=rng.choice([1.0, 0]), line_width=rng.choice([2.25, 0.0]),
        marker_size=rng.choice([8.0, 1.0, 100.0, 11.4]), bar_gap=rng.choice([43, 150, 0, 500]),
        bar_overlap=rng.choice([0, -9, 100]), tick_marks=rng.random() < 0.5, slice_line=rng.choice([None, "ffffff"]),
        slice_line_width=rng.choice([0.0, 1.5]), axis=None if pie else rng.choice([(0, 10, 2), (-1e-7, 1e20, 1e19)]),
        tick_format=rng.choice(["General", '#,##0.0" kg"', "<&>"]), label_format=rng.choice(["0%", "#,##0"]),
        data_labels=labels, label_shows=rng.choice(["value", "percent"]), label_bold=rng.random() < 0.5,
        label_positions=(tuple(rng.choice(["ctr", "outEnd"]) for _ in range(n)) if pie else ("outEnd",)) if labels
        else (), label_colors=tuple(color() for _ in range(n)) if pie and labels else (),
        legend=rng.choice([None, "b", "r"]), legend_box=rng.choice([None, (base.x + 9, base.y + 20, 55.5, 30.25)]),
        plot=rng.choice([None, (base.x + 1.5, base.y + 2, base.w - 10, base.h - 20)]),
        category_skip=rng.choice([1, 2, 5]), category_rotation=rng.choice([0.0, -90.0, 45.5]),
        bottom_up=rng.random() < 0.5)


def test_the_probes_of_every_kind_are_written_as_python_pptx_writes_them():
    assert {p.type for p in PROBES} == {"bar", "column", "line", "pie"}
    for box in PROBES:
        assert fast_chart_part(box) == reference_chart_part(box), box.type


def test_the_charts_of_a_deck_are_written_as_python_pptx_writes_them(deck_charts):
    assert {b.type for b in deck_charts} == {"bar", "column", "line", "pie"}
    for box in deck_charts:
        fast = fast_chart_part(box)
        assert fast is not None and fast == reference_chart_part(box), box.categories


def test_random_charts_with_odd_values_are_written_as_python_pptx_writes_them(deck_charts):
    rng = random.Random(21)
    checked = 0
    for _ in range(150):
        box = _random_box(rng, rng.choice(deck_charts))
        fast = fast_chart_part(box)
        if fast is not None:
            checked += 1
            assert fast == reference_chart_part(box), box
    assert checked > 100  # the fast writers take nearly all of them


@pytest.mark.parametrize("odd", ["=SUM(A1)", "{=A1}", "http://example.com/x", "mailto:me@example.com", "<r>x</r>",
                                 "a\rb", "", "x" * 20000])
def test_what_the_fast_writers_do_not_write_alike_is_made_by_python_pptx(deck_charts, odd):
    box = replace(deck_charts[0], categories=(odd,) + deck_charts[0].categories[1:])
    assert fast_chart_part(box) is None
    assert chart_part(box) == reference_chart_part(box)


def test_the_workbook_is_the_normalized_zip_zipfile_writes(deck_charts):
    book = fast_chart_part(deck_charts[0])[1]
    assert normalize_zip(book, embedded=True) == book
    names = zipfile.ZipFile(io.BytesIO(book)).namelist()
    assert "xl/worksheets/sheet1.xml" in names and "xl/sharedStrings.xml" in names


def test_a_deck_s_charts_read_back_with_the_layout_s_data(tmp_path):
    from pptx import Presentation

    compiled, _ = compile_deck(tmp_path, DECK)
    prs = Presentation(io.BytesIO(deck_to_pptx(compiled.slides, compiled.info)))
    charts = [s.chart for slide in prs.slides for s in slide.shapes if s.has_chart]
    odd = charts[-1]
    assert list(odd.plots[0].categories) == ["Ünïcødé & <b>", "日本語のとても長いカテゴリー名です", "  x", "0"]
    assert [s.name for s in odd.plots[0].series] == ['a "b"', "S2", "S3", "S4", "S5"]
    assert list(odd.plots[0].series[0].values) == [-1e-7, 1e15, 0, -0.0]
    book = zipfile.ZipFile(io.BytesIO(odd.part.chart_workbook.xlsx_part.blob))
    assert "日本語のとても長いカテゴリー名です" in book.read("xl/sharedStrings.xml").decode()


def test_a_template_that_does_not_match_leaves_every_chart_to_python_pptx(tmp_path, monkeypatch, deck_charts):
    monkeypatch.setenv("DECKBUILD_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(pptx_chart_book, "_memo", [])
    monkeypatch.setattr(pptx_chart_book, "chart_xml", lambda box: b"<other/>")
    assert pptx_chart_book._template() is None
    assert fast_chart_part(deck_charts[0]) is None
    assert chart_part(deck_charts[0]) == reference_chart_part(deck_charts[0])
    monkeypatch.setattr(pptx_chart_book, "_memo", [])  # remembered in the cache: not checked again
    monkeypatch.setattr(pptx_chart_book, "_make", lambda: pytest.fail("checked again"))
    assert pptx_chart_book._template() is None


def test_a_damaged_template_in_the_cache_is_made_again(tmp_path, monkeypatch, deck_charts):
    monkeypatch.setenv("DECKBUILD_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(pptx_chart_book, "_memo", [])
    assert pptx_chart_book._template() is not None
    (made,) = (tmp_path / "pptx-base").glob("chart-book-*")
    made.write_bytes(made.read_bytes()[:-40] + b"x" * 40)
    monkeypatch.setattr(pptx_chart_book, "_memo", [])
    assert pptx_chart_book._template() is not None
    assert fast_chart_part(deck_charts[1]) == reference_chart_part(deck_charts[1])
