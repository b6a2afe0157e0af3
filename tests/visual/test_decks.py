"""What can be measured, on every deck: the sample decks in every audience and the committed stress decks
(16:9 and, as "compact", 4:3 with letter paper). Each deck is built with the CLI as a user builds it; the
PPTX is reopened with python-pptx and rendered by LibreOffice, the handouts (every layout, both papers)
are read back with pdfplumber.

Measured: no slide text below its floor, the same axis ticks in the deck and in the handout, no chart
label split across lines (deck as LibreOffice draws it, and handout), markers sorted, pie slices that
differ and labels that read on them, numeric columns right-aligned, and LibreOffice's rendering keeps
every word on the slide without overlaps.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile

import pdfplumber
import pytest
from lxml import etree
from pptx import Presentation
from pptx.enum.text import PP_ALIGN
from pptx.util import Emu

from conftest import Project, need_tool
from deckbuild.contrast import ratio
from deckbuild.layout.chart import format_number
from deckbuild.layout.chart_colors import MIN_DELTA_E, delta_e
from deckbuild.layout.table import numeric_column

from .handouts import LAYOUTS, PAPERS, REPO, SAMPLES, STRESS, folder, handout_pdf, laid_out

C = {"c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
     "a": "http://schemas.openxmlformats.org/drawingml/2006/main"}
MARKER = re.compile(r"\[(\d+(?:,\s*\d+)*)\]")


def _audiences(name: str) -> list[str]:
    text = (folder(name) / "deck.yaml").read_text(encoding="utf-8")
    block = re.search(r"^audiences:\n((?:[ #].*\n?)*)", text, re.M)
    return re.findall(r"^  (\w[\w-]*):", block.group(1), re.M) if block else []


OUTPUTS = {name: name for name in SAMPLES + list(STRESS)}  # output stem → deck name ("@audience")
OUTPUTS.update({f"{n}-{a}": f"{n}@{a}" for n in SAMPLES + list(STRESS) for a in _audiences(n)})
STEMS = sorted(OUTPUTS)


@pytest.fixture(scope="module")
def dist(tmp_path_factory):
    """Return dist/ after building every deck, plainly and for every audience, with the CLI."""
    project = Project(tmp_path_factory.mktemp("decks"))
    shutil.copytree(REPO / "assets", project.root / "assets")
    for name in SAMPLES + list(STRESS):
        shutil.copytree(folder(name), project.root / "outlines" / name)
    for args in (("build", "-j", "2"), ("build", "--audience", "all", "-j", "2")):
        result = project.run(*args)
        assert result.exit_code == 0, result.output
    assert {p.stem for p in project.dist.glob("*.pptx")} == set(STEMS)
    return project.dist


@pytest.fixture(scope="module")
def rendered(dist, tmp_path_factory):
    """Return {stem: PDF} of every deck as LibreOffice renders it (one soffice run for all)."""
    soffice = need_tool("soffice")
    out = tmp_path_factory.mktemp("lo")
    decks = [str(dist / f"{stem}.pptx") for stem in STEMS]
    subprocess.run([soffice, f"-env:UserInstallation=file://{out / '.profile'}", "--headless", "--convert-to",
                    "pdf", "--outdir", str(out), *decks], capture_output=True, text=True, timeout=900)
    pdfs = {stem: out / f"{stem}.pdf" for stem in STEMS}
    missing = [s for s, p in pdfs.items() if not p.is_file() or p.stat().st_size == 0]
    assert not missing, f"LibreOffice did not convert {missing}"  # soffice exits 0 even when it failed
    return pdfs


@pytest.fixture(scope="module")
def rendered_pages(rendered):
    """Return {stem: pdfplumber pages} of the LibreOffice renders: each PDF is parsed once for all the tests
    that read it (each page's characters are read on first use and kept)."""
    opened = {stem: pdfplumber.open(pdf) for stem, pdf in rendered.items()}
    yield {stem: doc.pages for stem, doc in opened.items()}
    for doc in opened.values():
        doc.close()


def _slides(dist, stem):
    return list(Presentation(dist / f"{stem}.pptx").slides)


def _charts(dist, stem) -> list:
    with zipfile.ZipFile(dist / f"{stem}.pptx") as package:
        names = sorted((n for n in package.namelist() if re.fullmatch(r"ppt/charts/chart\d+\.xml", n)),
                       key=lambda n: int(re.search(r"\d+", n).group()))
        return [etree.fromstring(package.read(n)) for n in names]


def _categories(xml) -> list[str]:
    return xml.xpath("(.//c:cat)[1]//c:pt/c:v/text()", namespaces=C)


def ticks(xml) -> list[str]:
    """Return the value-axis tick labels a chart's XML asks for (none for a pie)."""
    axis = xml.find(".//c:valAx", C)
    if axis is None:
        return []
    lo = float(axis.find("c:scaling/c:min", C).get("val"))
    hi = float(axis.find("c:scaling/c:max", C).get("val"))
    step = float(axis.find("c:majorUnit", C).get("val"))
    code = axis.find("c:numFmt", C).get("formatCode")
    return [format_number(lo + i * step, code) for i in range(round((hi - lo) / step) + 1)]


def _pt(size) -> float:
    return Emu(size).pt


def _text_runs(shape):
    for p in shape.text_frame.paragraphs:
        for r in p.runs:
            if r.text.strip():
                yield p, r


def _kind(slide, shape) -> str | None:
    """Return which floor applies to *shape*'s text: title, body, code or None (chrome, captions…)."""
    if shape.is_placeholder and shape.placeholder_format.idx == 0:
        return "title"
    if shape.is_placeholder and shape.placeholder_format.idx in (1, 2) and not shape.name.startswith("Subtitle"):
        return "body"
    if re.fullmatch(r"Code \d+", shape.name):
        return "code"
    if re.match(r"(Body|Column-Title|Timeline-Date|Timeline-Text|Quote|Statement) \d+", shape.name):
        return "body"
    return None


@pytest.mark.parametrize("stem", STEMS)
def test_no_slide_text_below_its_floor(dist, stem):
    style = laid_out(OUTPUTS[stem])[1]
    floors = {"title": style.sizes.min_title, "body": style.sizes.min_body, "code": style.code.min_size}
    low = []
    for number, slide in enumerate(_slides(dist, stem), 1):
        for shape in slide.shapes:
            if shape.has_table:
                for row in shape.table.rows:
                    for cell in row.cells:
                        low += [(number, "cell", r.text, _pt(r.font.size)) for p in cell.text_frame.paragraphs
                                for r in p.runs if r.text.strip() and _pt(r.font.size) < floors["body"]]
                continue
            kind = _kind(slide, shape) if shape.has_text_frame else None
            if kind is None:
                continue
            for p, r in _text_runs(shape):
                size = r.font.size or p.runs[0].font.size
                if size is None or (kind == "body" and p.level > 0):
                    continue
                if _pt(size) < floors[kind] - 0.01:
                    low.append((number, kind, r.text, _pt(size)))
    for xml in _charts(dist, stem):
        for rpr in xml.iterfind(".//a:defRPr", C):
            if rpr.get("sz") and int(rpr.get("sz")) / 100 < floors["body"]:
                low.append(("chart", _categories(xml)[:2], int(rpr.get("sz")) / 100))
    assert low == []


def _chart_page(pages: list[list[dict]], xml) -> list[dict] | None:
    """Return the words of the first handout page (or miniature) showing every category word of *xml*."""
    want = {w for c in _categories(xml) for w in c.split()}
    return next((p for p in pages if want <= {w["text"] for w in p}), None)


def _handout_words(deck: str, layout: str, paper: str) -> list[list[dict]]:
    import io

    from .handouts import _slide_shaped

    out = []
    with pdfplumber.open(io.BytesIO(handout_pdf(deck, layout, paper))) as pdf:
        for page in pdf.pages:
            # what is seen: a chart's data table (TH/TD) is invisible text for screen readers, over the chart
            page = page.filter(lambda o: o.get("tag") not in ("TH", "TD"))
            out.append(page.extract_words(char_dir_rotated="btt"))
            for r in page.rects:  # each miniature on its own: turned labels of a neighbour stay out
                if r["width"] > 80 and r["stroke"] and _slide_shaped(r["width"], r["height"]):
                    box = (r["x0"], r["top"], r["x1"], r["bottom"])
                    out.append(page.crop(box).extract_words(char_dir_rotated="btt"))
    return out


def _has_charts(name: str) -> bool:
    return any(re.search(r"^\s*(- )?chart:", f.read_text(encoding="utf-8"), re.M)
               for f in folder(name).iterdir() if f.suffix in (".yaml", ".md"))


CHARTED = [s for s in STEMS if "@" not in OUTPUTS[s] and _has_charts(OUTPUTS[s])]  # audiences: the same charts


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("stem", CHARTED)
def test_deck_and_handout_show_the_same_ticks_and_whole_labels(dist, stem, layout, paper):
    charts = _charts(dist, stem)
    assert charts, "the deck's outline has charts, its PPTX none"
    pages = _handout_words(OUTPUTS[stem], layout, paper)
    for xml in charts:
        page = _chart_page(pages, xml)
        assert page is not None, ("chart not found whole in the handout", _categories(xml))
        words = {w["text"] for w in page}
        assert set(ticks(xml)) <= words, (_categories(xml), ticks(xml))  # every tick, whole, as in the deck


@pytest.mark.parametrize("stem", STEMS)
def test_chart_labels_are_whole_in_the_deck_as_libreoffice_draws_it(dist, rendered_pages, stem):
    charts = _charts(dist, stem)
    if not charts:
        pytest.skip("no chart in this deck")
    pages = [page.extract_words(char_dir_rotated="btt") for page in rendered_pages[stem]]
    for xml in charts:
        page = _chart_page(pages, xml)
        assert page is not None, ("categories split or missing", _categories(xml))
        assert set(ticks(xml)) <= {w["text"] for w in page}, (_categories(xml), ticks(xml))


@pytest.mark.parametrize("stem", STEMS)
def test_libreoffice_keeps_every_word_on_the_slide_without_overlaps(rendered, stem):
    from render.test_soffice import assert_text_on_slides_without_overlap

    assert_text_on_slides_without_overlap(rendered[stem])


def unsorted(text: str) -> list[str]:
    """Return every citation marker in *text* whose numbers are not strictly increasing."""
    return [m.group(0) for m in MARKER.finditer(text)
            if (n := [int(x) for x in re.split(r",\s*", m.group(1))]) != sorted(set(n))]


@pytest.mark.parametrize("stem", STEMS)
def test_markers_are_sorted_on_slides_and_in_notes(dist, stem):
    texts = []
    for slide in _slides(dist, stem):
        texts += [sh.text_frame.text for sh in slide.shapes if sh.has_text_frame]
        if slide.has_notes_slide:
            texts.append(slide.notes_slide.notes_text_frame.text)
    assert unsorted("\n".join(texts)) == []


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("deck", [OUTPUTS[s] for s in STEMS if "@" in OUTPUTS[s]])
def test_markers_are_sorted_in_every_audience_handout(deck, layout):
    from .handouts import read

    assert unsorted("\n".join(p.all_text for p in read(handout_pdf(deck, layout, "A4")))) == []


@pytest.mark.parametrize("stem", STEMS)
def test_pie_slices_differ_and_their_labels_read(dist, stem):
    pies = [x for x in _charts(dist, stem) if x.find(".//c:pieChart", C) is not None]
    if not pies:
        pytest.skip("no pie in this deck")
    for pie in pies:
        fills = [p.find(".//a:srgbClr", C).get("val") for p in pie.iterfind(".//c:ser/c:dPt/c:spPr", C)]
        assert len(fills) == len(_categories(pie))
        if len(fills) > 1:
            for a, b in zip(fills, fills[1:] + fills[:1]):
                assert delta_e(a, b) >= MIN_DELTA_E, (a, b)
        for d_lbl in pie.iterfind(".//c:ser/c:dLbls/c:dLbl", C):
            j = int(d_lbl.find("c:idx", C).get("val"))
            ink = d_lbl.find(".//a:defRPr//a:srgbClr", C).get("val")
            pos = d_lbl.find("c:dLblPos", C)
            if pos is not None and pos.get("val") in ("ctr", "inEnd", "bestFit"):
                assert ratio(ink, fills[j]) >= 4.5, (fills[j], ink)
        assert pie.find(".//c:legend/c:legendPos", C).get("val") in ("r", "l")  # beside the pie


@pytest.mark.parametrize("stem", STEMS)
def test_numeric_columns_and_their_headers_are_right_aligned(dist, stem):
    seen = 0
    for number, slide in enumerate(_slides(dist, stem), 1):
        for shape in slide.shapes:
            if not shape.has_table:
                continue
            rows = [[c.text_frame.text for c in row.cells] for row in shape.table.rows]
            for j in range(len(rows[0])):
                numeric = numeric_column([r[j] for r in rows[1:]])
                seen += numeric
                for i, row in enumerate(shape.table.rows):
                    align = row.cells[j].text_frame.paragraphs[0].alignment
                    assert (align == PP_ALIGN.RIGHT) == numeric, (number, i, j, rows[i][j], align)
    if not seen:
        pytest.skip("no numeric column in this deck")


def broken_markers(text: str) -> list[str]:
    """Return the lines of *text* that end inside a citation marker ("… [1,") or hold only a marker."""
    return [ln for ln in text.splitlines()
            if re.search(r"\[\d+(,\s*\d+)*,\s*$", ln) or re.fullmatch(r"\s*(\[\d+(,\s*\d+)*\]\s*)+", ln)]


@pytest.mark.parametrize("deck", sorted(OUTPUTS.values()))
def test_no_citation_marker_breaks_from_its_word_on_slides(deck):
    from deckbuild.layout.boxes import TextFrame

    lines = ["".join(f.text for f in line.frags) for page in laid_out(deck)[3] for box in page.boxes
             if isinstance(box, TextFrame) for p in box.paragraphs for line in p.lines]
    assert broken_markers("\n".join(lines)) == []


@pytest.mark.parametrize("stem", STEMS)
def test_timeline_words_are_whole_in_the_deck_as_libreoffice_draws_it(dist, rendered_pages, stem):
    words = lambda text: {w.strip(",.;:()") for w in re.split(r"[\s\-‐]+", text)} - {""}  # noqa: E731  a break after a hyphen is fine
    want = {w for s in _slides(dist, stem) for shape in s.shapes
            if re.match(r"Timeline-Text \d+", shape.name) for w in words(shape.text_frame.text)}
    if not want:
        pytest.skip("no timeline in this deck")
    seen = {v for page in rendered_pages[stem] for w in page.extract_words() for v in words(w["text"])}
    assert sorted(want - seen) == []  # "Comprehensive" was drawn as "Comprehen" over "sive"


def statement_lines(pdf_page, statement: str) -> list[float] | None:
    """Return the widths of a statement's lines as LibreOffice draws them (its words are the page's largest
    text), or None when the page's largest words are not the statement."""
    words = pdf_page.extract_words(extra_attrs=["size"])
    big = max((w["size"] for w in words), default=0)
    mine = [w for w in words if abs(w["size"] - big) < 0.5]
    if " ".join(w["text"] for w in mine).split() != statement.split():
        return None
    rows: dict = {}
    for w in mine:
        rows.setdefault(round(w["top"]), []).append(w)
    return [max(w["x1"] for w in r) - min(w["x0"] for w in r) for _, r in sorted(rows.items())]


@pytest.mark.parametrize("stem", STEMS)
def test_a_statement_ends_on_a_full_line_not_a_runt(dist, rendered_pages, stem):
    slides = _slides(dist, stem)
    found = []
    for k, s in enumerate(slides):
        for shape in s.shapes:
            if re.match(r"Statement \d+", shape.name):
                widths = statement_lines(rendered_pages[stem][k], shape.text_frame.text)
                if widths and len(widths) > 1:
                    found.append((k + 1, [round(x) for x in widths]))
    if not found:
        pytest.skip("no statement of several lines in this deck")
    # a centred display sentence is balanced: its last line is at least half as wide as its widest
    assert [(n, w) for n, w in found if w[-1] < 0.5 * max(w)] == []  # before: "slide" alone, "response." alone


@pytest.mark.parametrize("stem", STEMS)
def test_a_continued_timeline_shares_its_events_evenly(dist, stem):
    runs: dict = {}
    for s in _slides(dist, stem):
        dates = sum(1 for shape in s.shapes if re.match(r"Timeline-Date \d+", shape.name))
        if dates:
            title = s.shapes.title.text_frame.text if s.shapes.title is not None else ""
            runs.setdefault(re.sub(r"\s*\(cont\. \d+/\d+\)$", "", title), []).append(dates)
    if not runs:
        pytest.skip("no timeline in this deck")
    assert {t: n for t, n in runs.items() if min(n) * 2 < max(n)} == {}  # before: 13 events, then one alone


def test_the_shared_render_pages_read_as_the_pdf_opened_afresh(rendered, rendered_pages):
    """The pages the tests above share (each parsed once) give the words of the PDF opened anew, in every
    way the tests read them, after those tests have read them."""
    stem = min(CHARTED, key=lambda s: rendered[s].stat().st_size)
    ways = ({"char_dir_rotated": "btt"}, {}, {"extra_attrs": ["size"]})
    shared = [[page.extract_words(**way) for page in rendered_pages[stem]] for way in ways]
    with pdfplumber.open(rendered[stem]) as pdf:
        assert shared == [[page.extract_words(**way) for page in pdf.pages] for way in ways]
