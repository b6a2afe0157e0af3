"""Charts as a reader sees them: the committed stress deck built with the CLI, its handout read back with
pdfplumber and its deck's chart XML read from the package. Same ticks and data labels in both, no label split across lines,
readable pie slices, text at the slide floor."""

from __future__ import annotations

import re
import shutil
import zipfile

import pdfplumber
import pytest
from lxml import etree

from conftest import REPO, Project
from deckbuild.contrast import ratio
from deckbuild.layout.chart import format_number
from deckbuild.layout.chart_colors import MIN_DELTA_E, delta_e

STRESS = REPO / "tests" / "visual" / "charts-stress"
C = {"c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
     "a": "http://schemas.openxmlformats.org/drawingml/2006/main"}
MONTHS = [f"M{i}" for i in range(1, 25)]


@pytest.fixture(scope="module")
def stress(tmp_path_factory):
    """Return (charts by first category, handout words by page) of the stress deck."""
    root = tmp_path_factory.mktemp("stress")
    shutil.copytree(STRESS, root / "outlines" / "stress")
    project = Project(root)
    result = project.run("build")
    assert result.exit_code == 0, result.output
    charts = {}
    with zipfile.ZipFile(project.dist / "stress.pptx") as package:
        for name in sorted(n for n in package.namelist() if re.fullmatch(r"ppt/charts/chart\d+\.xml", n)):
            xml = etree.fromstring(package.read(name))
            cats = xml.xpath("(.//c:cat)[1]//c:pt/c:v/text()", namespaces=C)
            charts[frozenset(cats)] = xml
    with pdfplumber.open(project.dist / "stress-handout.pdf") as pdf:
        # turned labels read upwards: bottom to top
        # what is seen: a chart's data table (TH/TD) is invisible text for screen readers, over the chart
        pages = [page.filter(lambda o: o.get("tag") not in ("TH", "TD")).extract_words(char_dir_rotated="btt")
                 for page in pdf.pages]
    return charts, pages


def _ticks(xml) -> list[str]:
    axis = xml.find(".//c:valAx", C)
    lo = float(axis.find("c:scaling/c:min", C).get("val"))
    hi = float(axis.find("c:scaling/c:max", C).get("val"))
    step = float(axis.find("c:majorUnit", C).get("val"))
    code = axis.find("c:numFmt", C).get("formatCode")
    return [format_number(lo + i * step, code) for i in range(round((hi - lo) / step) + 1)]


def _page_with(pages, words: set[str]):
    return next(p for p in pages if words <= {w["text"] for w in p})


def test_deck_and_handout_show_the_same_value_axis(stress):
    charts, pages = stress
    months = charts[frozenset(MONTHS)]
    ticks = _ticks(months)
    assert ticks == ["0", "1,000,000", "2,000,000", "3,000,000"]
    _page_with(pages, set(ticks) | {"M1"})  # every tick of the deck's axis, whole, on the handout's page
    top = charts[frozenset({"A", "B", "C"})]
    assert _ticks(top) == ["0", "5", "10", "15", "20", "25"]  # 25 is shown as 25, never "2" over "5"
    _page_with(pages, {"0", "5", "10", "15", "20", "25", "12.5"})


def test_no_chart_label_is_split_across_lines(stress):
    _, pages = stress
    page = _page_with(pages, {"M1", "M3"})
    month_like = [w["text"] for w in page if "M" in w["text"]]
    assert month_like == MONTHS  # every month, whole, in order: crowded labels are turned, not run together
    numbers = [w["text"] for w in page if re.fullmatch(r"[\d,]+", w["text"])]
    ticks = {"1,000,000", "2,000,000", "3,000,000"}
    # only whole tick labels: no pieces such as "1,000,00" over "0" (slide and page numbers are short)
    assert ticks <= set(numbers)
    assert not [t for t in numbers if len(t) >= 3 and t not in ticks and any(k.startswith(t) for k in ticks)]
    assert not [t for t in numbers if t.startswith(",") or t.endswith(",")]
    assert "M10M11M12" not in " ".join(w["text"] for w in page)


def test_the_deck_writes_the_layout_decisions_natively(stress):
    charts, _ = stress
    months = charts[frozenset(MONTHS)]
    # crowded: the labels are turned to read upwards, in the deck as in the handout
    assert months.find(".//c:catAx/c:txPr/a:bodyPr", C).get("rot") == "-5400000"
    assert months.find(".//c:plotArea/c:layout/c:manualLayout/c:layoutTarget", C).get("val") == "inner"
    bars = charts[frozenset({"North region", "South region", "East", "West"})]
    assert bars.find(".//c:legend/c:legendPos", C).get("val") == "b"
    grid = bars.find(".//c:valAx/c:majorGridlines//a:srgbClr", C).get("val")
    assert grid != "D1D5DB"  # the layout's gridline colour (a tint of muted), not one the painter chose


def test_chart_text_on_slides_is_at_least_min_body(stress):
    charts, _ = stress
    for xml in charts.values():
        size = int(xml.find("c:txPr//a:defRPr", C).get("sz"))
        assert size >= 1600  # the default style's min_body, 16 pt
        for rpr in xml.iterfind(".//c:dLbls//a:defRPr", C):
            assert int(rpr.get("sz")) >= 1600


def test_pie_slices_differ_and_labels_read_on_them(stress):
    charts, _ = stress
    pie = next(x for cats, x in charts.items() if "Housing" in cats)
    fills = [p.find(".//a:srgbClr", C).get("val") for p in pie.iterfind(".//c:ser/c:dPt/c:spPr", C)]
    assert len(fills) == 9
    for a, b in zip(fills, fills[1:] + fills[:1]):
        assert delta_e(a, b) >= MIN_DELTA_E, (a, b)
    for d_lbl in pie.iterfind(".//c:ser/c:dLbls/c:dLbl", C):
        j = int(d_lbl.find("c:idx", C).get("val"))
        ink = d_lbl.find(".//a:defRPr//a:srgbClr", C).get("val")
        if d_lbl.find("c:dLblPos", C).get("val") == "ctr":
            assert ratio(ink, fills[j]) >= 4.5, (fills[j], ink)
    assert pie.find(".//c:legend/c:legendPos", C).get("val") == "r"


def _data_labels(xml) -> list[str]:
    """Return the data labels a chart's XML shows (each value in its label format, or each slice's share)."""
    out = []
    for ser in xml.iterfind(".//c:ser", C):
        d_lbls = ser.find("c:dLbls", C)
        if d_lbls is None:
            continue
        values = [float(v) for v in ser.xpath("c:val//c:pt/c:v/text()", namespaces=C)]
        if d_lbls.find("c:showPercent", C).get("val") == "1":
            total = sum(v for v in values if v > 0)
            out += [f"{v / total:.0%}" for v in values if v > 0]
        elif d_lbls.find("c:showVal", C).get("val") == "1":
            code = d_lbls.find("c:numFmt", C).get("formatCode")
            out += [format_number(v, code) for v in values]
    return out


def test_deck_and_handout_show_the_same_data_labels(stress):
    charts, pages = stress
    labelled = {cats: xml for cats, xml in charts.items() if _data_labels(xml)}
    assert len(labelled) >= 3  # the pie's shares, the bars' and the small columns' values
    for cats, xml in labelled.items():
        page = _page_with(pages, {w for c in cats for w in c.split()})
        missing = set(_data_labels(xml)) - {w["text"] for w in page}
        assert not missing, (sorted(cats)[:3], missing)  # every label the deck shows, whole, in the handout
