"""PowerPoint's Accessibility Checker rules, checked on the decks we write (read back with python-pptx).

Rules: every slide has a title and no two titles are alike; pictures and charts have alt text or are
marked decorative; shapes are in reading order (title, content, sources, footer); shapes that only
decorate (bands, rules, accents, panels) are marked decorative; tables have a header row; links have
meaningful text; no text is below 10 pt.
"""

from __future__ import annotations

import re
import shutil

import pytest
from lxml import etree
from pptx import Presentation

from tests.conftest import REPO, Project

NS = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main",
      "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
      "adec": "http://schemas.microsoft.com/office/drawing/2017/decorative"}
VAGUE_LINK_TEXT = {"here", "click here", "link", "this link", "more", "read more", "this"}
SIZE_FLOOR = 10.0
_DECORATIVE = etree.XPath(".//p:cNvPr/a:extLst/a:ext/adec:decorative[@val='1']", namespaces=NS)
_TEXTS = etree.XPath(".//a:t/text()", namespaces=NS)
_EXTS = etree.XPath(".//p:cNvPr/a:extLst", namespaces=NS)
SAMPLES = sorted(p.name for p in (REPO / "outlines").iterdir() if (p / "deck.yaml").is_file())


def _cnv(shape_el):
    return shape_el.find(".//p:cNvPr", NS)


def is_decorative(shape_el) -> bool:
    """Return True when the shape carries PowerPoint's "Mark as decorative" extension."""
    return bool(_DECORATIVE(shape_el))


def _text(shape_el) -> str:
    return "".join(_TEXTS(shape_el)).strip()


def _role(shape_el) -> str:
    ph = shape_el.find(".//p:nvPr/p:ph", NS)
    if ph is not None and ph.get("type") in ("title", "ctrTitle"):
        return "title"
    if ph is not None and ph.get("type") == "ftr":
        return "footer"
    name = _cnv(shape_el).get("name", "")
    if name.startswith("Sources "):
        return "sources"
    return "content"


def slide_problems(slide) -> list[str]:
    """Return every Accessibility Checker rule *slide* breaks, as sentences."""
    problems = []
    title = slide.shapes.title
    if title is None or not title.text_frame.text.strip():
        problems.append("no title")
    tree = slide.shapes._spTree
    shapes = [el for el in tree if etree.QName(el).localname in ("sp", "pic", "graphicFrame", "cxnSp", "grpSp")]
    readable = []
    for el in shapes:
        kind = etree.QName(el).localname
        decorative = is_decorative(el)
        chart = kind == "graphicFrame" and el.find(".//c:chart", NS) is not None
        if kind == "pic" or chart:
            if not decorative and not (_cnv(el).get("descr") or "").strip():
                problems.append(f"{_cnv(el).get('name')} has no alt text")
        elif kind == "cxnSp" or (kind == "sp" and not _text(el) and el.find(".//p:nvPr/p:ph", NS) is None):
            if not decorative:
                problems.append(f"{_cnv(el).get('name')} decorates but is not marked decorative")
        if not decorative:
            readable.append(_role(el))
        for tbl in el.iter(f"{{{NS['a']}}}tbl"):
            pr = tbl.find("a:tblPr", NS)
            if pr is None or pr.get("firstRow") != "1":
                problems.append("a table without a header row")
    if "title" in readable and readable[0] != "title":
        problems.append(f"reading order starts with {readable[0]}, not the title")
    tail = [i for i, r in enumerate(readable) if r in ("sources", "footer")]
    if tail and any(r in ("content", "title") for r in readable[tail[0]:]):
        problems.append(f"content after the sources or footer: {readable}")
    for run in tree.iter(f"{{{NS['a']}}}r"):
        rpr = run.find("a:rPr", NS)
        if rpr is not None and rpr.get("sz") and int(rpr.get("sz")) < SIZE_FLOOR * 100:
            problems.append(f"text at {int(rpr.get('sz')) / 100:g} pt: {run.findtext('a:t', namespaces=NS)!r}")
        if rpr is not None and rpr.find("a:hlinkClick", NS) is not None:
            text = (run.findtext("a:t", namespaces=NS) or "").strip()
            if text.lower() in VAGUE_LINK_TEXT or not text or re.fullmatch(r"https?://\S+", text):
                problems.append(f"link text {text!r} does not say where it goes")
    return problems


def deck_problems(prs) -> list[str]:
    """Return every rule the deck *prs* breaks, per slide, titles compared across the deck."""
    out, seen = [], {}
    for number, slide in enumerate(prs.slides, 1):
        out += [f"slide {number}: {p}" for p in slide_problems(slide)]
        title = slide.shapes.title.text_frame.text.strip().casefold() if slide.shapes.title else ""
        if title in seen:
            out.append(f"slide {number}: same title as slide {seen[title]}")
        seen.setdefault(title, number)
        for chart_el in slide.shapes._spTree.iter(f"{{{NS['c']}}}chart"):
            rid = chart_el.get(f"{{{NS['r']}}}id")
            chart_xml = etree.fromstring(slide.part.related_part(rid).blob)
            for rpr in chart_xml.iter(f"{{{NS['a']}}}defRPr"):
                if rpr.get("sz") and int(rpr.get("sz")) < SIZE_FLOOR * 100:
                    out.append(f"slide {number}: chart text at {int(rpr.get('sz')) / 100:g} pt")
    return out


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("a11y-pptx")
    shutil.copytree(REPO / "outlines", root / "outlines")
    shutil.copytree(REPO / "assets", root / "assets")
    project = Project(root)
    result = project.run("build", "--format", "pptx")
    assert result.exit_code == 0, result.output
    result = project.run("build", "--format", "pptx", "--audience", "all")
    assert result.exit_code == 0, result.output
    return project


def test_every_sample_deck_and_audience_passes_the_accessibility_rules(built):
    decks = sorted(built.dist.glob("*.pptx"))
    assert len(decks) >= len(SAMPLES) + 2
    problems = {p.name: deck_problems(Presentation(p)) for p in decks}
    assert problems == {p.name: [] for p in decks}


def test_charts_describe_their_data(built):
    prs = Presentation(built.dist / "gallery.pptx")
    alts = [_cnv(el).get("descr") for slide in prs.slides for el in slide.shapes._spTree.iter(f"{{{NS['p']}}}graphicFrame")
            if el.find(".//c:chart", NS) is not None]
    assert "Column chart, Exports and Imports, 2019–2023; Exports 9 to 21, highest in 2023; Imports 10 to 17, " \
           "highest in 2023" in alts
    assert "Bar chart, Score, Alpha, Beta, Gamma, Delta; Score 12 to 42, highest in Alpha" in alts
    assert "Pie chart, Debt: Written off 90%, Still owed 10%" in alts


def test_continuation_slides_are_numbered(tmp_path):
    project = Project(tmp_path)
    rows = "\n".join(f"                - [Row {i}, value {i}]" for i in range(60))
    project.deck("long", {"deck.yaml": "title: Long\n", "01.yaml": f"""
        section: Data
        slides:
          - title: Lange Tabelle
            table:
              columns: [Name, Value]
              rows:
{rows}
    """})
    assert project.run("build", "--format", "pptx").exit_code == 0
    titles = [s.shapes.title.text_frame.text for s in Presentation(project.dist / "long.pptx").slides]
    parts = [t for t in titles if t.startswith("Lange Tabelle")]
    assert len(parts) >= 2
    assert parts == ["Lange Tabelle"] + [f"Lange Tabelle (cont. {k}/{len(parts)})" for k in range(2, len(parts) + 1)]


def test_alt_on_a_chart_overrides_and_decorative_images_are_marked(tmp_path):
    project = Project(tmp_path)
    shutil.copytree(REPO / "assets" / "images", tmp_path / "assets" / "images")
    project.deck("d", {"deck.yaml": "title: D\n", "01.yaml": """
        section: S
        slides:
          - title: Trade
            chart:
              type: column
              categories: ["2019", "2020"]
              series: [{name: Exports, values: [1, 2]}]
              alt: Exports doubled in a year
          - title: Ornament
            image: {path: ../../assets/images/sample-figure.png, alt: "", decorative: true}
    """})
    result = project.run("build", "--format", "pptx")
    assert result.exit_code == 0, result.output
    assert "warning" not in result.output
    prs = Presentation(project.dist / "d.pptx")
    frames = [el for s in prs.slides for el in s.shapes._spTree.iter(f"{{{NS['p']}}}graphicFrame")]
    assert [_cnv(el).get("descr") for el in frames] == ["Exports doubled in a year"]
    pics = [el for s in prs.slides for el in s.shapes._spTree.iter(f"{{{NS['p']}}}pic")]
    assert len(pics) == 1 and is_decorative(pics[0]) and _cnv(pics[0]).get("descr") is None
    assert deck_problems(prs) == []


def test_the_rules_find_what_an_unmarked_deck_breaks(built):
    """The checker is not blind: strip the marks and alt texts from a built deck and it complains."""
    prs = Presentation(built.dist / "gallery.pptx")
    for slide in prs.slides:
        for ext in _EXTS(slide.shapes._spTree):
            ext.getparent().remove(ext)
        for cnv in slide.shapes._spTree.iter(f"{{{NS['p']}}}cNvPr"):
            cnv.attrib.pop("descr", None)
    found = "\n".join(deck_problems(prs))
    assert "decorates but is not marked decorative" in found
    assert "has no alt text" in found
