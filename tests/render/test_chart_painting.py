"""Painters only paint: every stroke, marker, gap and label look of a chart, and the master's background, is
read from what the layout stage decided (the ChartBox, its drawing, the DeckInfo), never chosen again."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace

import pytest
from lxml import etree

from conftest import compile_deck, lay_out, page_titled
from deckbuild.layout.boxes import ChartBox, Rect, Wedge
from deckbuild.render.html import HtmlPainter
from deckbuild.render.pdf import PdfPainter
from deckbuild.render.pptx import deck_to_pptx
from deckbuild.render.pptx_shapes import chart_part
from deckbuild.units import emu

NS = {"c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
      "a": "http://schemas.openxmlformats.org/drawingml/2006/main"}
DECK = {
    "deck.yaml": "title: Charts\n",
    "01-s.yaml": """
        section: S
        slides:
          - title: Line
            chart: {type: line, categories: [Q1, Q2, Q3], series: [{name: A, values: [1, 3, 2]}]}
          - title: Column
            chart: {type: column, categories: [Q1, Q2], series: [{name: A, values: [1, 3]}]}
          - title: Pairs
            chart: {type: column, categories: [Q1, Q2, Q3], series: [{name: A, values: [1, 3, 2]}, {name: B, values: [2, 1, 3]}]}
          - title: Pie
            chart: {type: pie, categories: [a, b], series: [{name: A, values: [70, 30]}]}
    """,
}


@pytest.fixture(scope="module")
def charts(tmp_path_factory):
    pages, _diags, _style = lay_out(tmp_path_factory.mktemp("charts"), DECK)
    return {t: next(b for b in page_titled(pages, t).boxes if isinstance(b, ChartBox)) for t in ("Line", "Column", "Pairs", "Pie")}


def _xml(box: ChartBox):
    return etree.fromstring(chart_part(box)[0])


def test_the_line_chart_strokes_and_markers_are_the_boxes(charts):
    box = replace(charts["Line"], line_width=3.5, marker_size=11.0, grid_width=1.25, axis_width=2.0)
    xml = _xml(box)
    assert xml.find(".//c:ser/c:spPr/a:ln", NS).get("w") == str(emu(3.5))
    assert xml.find(".//c:ser/c:marker/c:size", NS).get("val") == "11"
    assert xml.find(".//c:valAx/c:majorGridlines/c:spPr/a:ln", NS).get("w") == str(emu(1.25))
    assert xml.find(".//c:catAx/c:spPr/a:ln", NS).get("w") == str(emu(2.0))


def test_deck_and_handout_draw_markers_and_lines_of_one_size(charts):
    box = charts["Line"]
    markers = [b for b in box.drawing if isinstance(b, Rect) and b.name == "Marker"]
    assert markers and {(m.w, m.h) for m in markers} == {(box.marker_size, box.marker_size)}
    assert _xml(box).find(".//c:ser/c:marker/c:size", NS).get("val") == str(round(box.marker_size))


def test_the_gap_between_bars_is_the_boxes(charts):
    assert _xml(replace(charts["Column"], bar_gap=80)).find(".//c:gapWidth", NS).get("val") == "80"


@pytest.mark.parametrize("title", ["Column", "Pairs"])
def test_the_decks_bars_are_as_wide_and_as_far_apart_as_the_handouts(charts, title):
    box = charts[title]
    xml = _xml(box)
    gap = int(xml.find(".//c:gapWidth", NS).get("val")) / 100
    overlap = int(xml.find(".//c:overlap", NS).get("val", "0")) / 100 if xml.find(".//c:overlap", NS) is not None else 0
    n = len(box.series)
    slot = box.plot[2] / len(box.categories)
    width = slot / (n + gap - (n - 1) * overlap)  # how PowerPoint sizes clustered bars in a category's slot
    bars = [b for b in box.drawing if isinstance(b, Rect) and b.name == "Bar"]
    assert abs(width - bars[0].w) < 0.01 * slot, (width, bars[0].w)
    if n > 1:
        assert abs(width * (1 - overlap) - (bars[1].x - bars[0].x)) < 0.01 * slot


def test_the_category_axis_has_tick_marks_only_when_the_layout_draws_them(charts):
    box = charts["Column"]
    assert not any(isinstance(b, Rect) and b.name == "Tick mark" for b in box.drawing)
    assert _xml(box).find(".//c:catAx/c:majorTickMark", NS).get("val") == "none"
    assert _xml(replace(box, tick_marks=True)).find(".//c:catAx/c:majorTickMark", NS).get("val") == "out"


def test_the_pie_slice_lines_and_labels_are_the_boxes(charts):
    box = charts["Pie"]
    wedges = [b for b in box.drawing if isinstance(b, Wedge)]
    assert {(w.line, w.line_width) for w in wedges} == {(box.slice_line, box.slice_line_width)}
    assert box.label_bold and box.label_shows == "percent"
    xml = _xml(replace(box, slice_line="00FF00", slice_line_width=3.0, label_bold=False, label_shows="value"))
    line = xml.find(".//c:dPt/c:spPr/a:ln", NS)
    assert line.get("w") == str(emu(3.0)) and line.find(".//a:srgbClr", NS).get("val") == "00FF00"
    assert {r.get("b") for r in xml.iterfind(".//c:dLbls//a:defRPr", NS)} == {"0"}
    assert xml.find(".//c:dLbls/c:showVal", NS).get("val") == "1"
    assert xml.find(".//c:dLbls/c:showPercent", NS).get("val") == "0"


class _Canvas:
    """A reportlab canvas stand-in that records the line widths set."""

    def __init__(self):
        self.widths = []

    def setLineWidth(self, w):
        self.widths.append(w)

    def __getattr__(self, name):
        return lambda *a, **k: None


def test_the_pdf_and_html_painters_draw_the_slice_line_they_are_given():
    wedge = Wedge(50, 50, 40, 90, -120, "112233", line="FFFFFF", line_width=2.75)
    canvas = _Canvas()
    PdfPainter(canvas).wedge(wedge, 100)
    assert canvas.widths == [2.75]
    assert 'stroke-width="2.75"' in HtmlPainter.wedge(None, wedge)


def test_the_master_background_is_the_layout_stages(tmp_path):
    pages, _ = compile_deck(tmp_path, {"deck.yaml": "title: T\n",
                                       "01-s.yaml": "section: S\nslides:\n  - title: A\n    bullets: [x]\n"})
    assert pages.info.master_background == pages.info.background  # no template: the style's background
    data = deck_to_pptx(pages.slides, replace(pages.info, master_background="ABCDEF"))
    master = zipfile.ZipFile(io.BytesIO(data)).read("ppt/slideMasters/slideMaster1.xml").decode()
    assert 'val="ABCDEF"' in master
