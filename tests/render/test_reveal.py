"""Bullets revealed one click at a time: real PPTX timing XML (one click step per top-level bullet, its
sub-bullets and formulas with it), the deck's default and a slide's own choice, and the handout showing the
final state."""

from __future__ import annotations

import re
import subprocess
import zipfile

import pytest
from lxml import etree
from pypdf import PdfReader

from conftest import Project, build_and_open, need_tool

P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"


def xp(element, path: str) -> list:
    """Return the nodes at *path* (prefix p:) under *element*."""
    return etree.XPath(path, namespaces={"p": P[1:-1]})(element)

REVEAL_DECK = {
    "deck.yaml": "title: Reveal deck\nreveal: true\n",
    "01.yaml": r"""section: Reveal
slides:
  - title: Three steps
    bullets:
      - text: First point
        bullets: [First detail, Second detail]
      - 'Second point with $x^2$'
      - Third point
  - title: Shown at once
    reveal: false
    bullets: [All, At, Once]
  - title: A table
    table: {columns: [a], rows: [[1]]}
  - title: Many bullets
    bullets: [""" + ", ".join(f'"Point number {i} with enough words to take a line"' for i in range(1, 19)) + """]
""",
}


@pytest.fixture(scope="module")
def revealed(tmp_path_factory):
    built = build_and_open(tmp_path_factory.mktemp("reveal"), "r", REVEAL_DECK)
    return built, built.prs, built.result


def _timing(slide):
    found = slide._element.findall(f"{P}timing")
    return found[0] if found else None


def test_one_click_step_per_top_level_bullet(revealed):
    built, prs, _ = revealed
    slide = built.slide("Three steps")[1]
    timing = _timing(slide)
    assert timing is not None
    body = next(s for s in slide.placeholders if s.placeholder_format.idx == 1)
    spid = str(body.shape_id)
    steps = xp(timing, "p:tnLst/p:par/p:cTn/p:childTnLst/p:seq/p:cTn/p:childTnLst/p:par")
    assert len(steps) == 3  # one click per top-level bullet
    clicks = xp(timing, ".//p:cTn[@nodeType='clickEffect']")
    assert len(clicks) == 3 and all(c.get("presetClass") == "entr" for c in clicks)
    paragraphs = []
    for step in steps:
        effects = xp(step, ".//p:cTn[@presetClass='entr']")
        assert effects[0].get("nodeType") == "clickEffect"
        assert all(e.get("nodeType") == "withEffect" for e in effects[1:])
        targets = []
        for e in effects:
            tgt = e.find(f".//{P}spTgt")
            rng = tgt.find(f"{P}txEl/{P}pRg")
            targets.append((tgt.get("spid"), None if rng is None else (int(rng.get("st")), int(rng.get("end")))))
        paragraphs.append(targets)
    assert [[t for t in step if t[0] == spid] for step in paragraphs] == [
        [(spid, (0, 0)), (spid, (1, 1)), (spid, (2, 2))], [(spid, (3, 3))], [(spid, (4, 4))]]
    formula = next(s for s in slide.shapes if s.shape_type == 13)  # the picture of $x^2$
    assert (str(formula.shape_id), None) in paragraphs[1]  # appears with its bullet
    builds = xp(timing, "p:bldLst/p:bldP")
    assert [(b.get("spid"), b.get("build"), b.get("grpId")) for b in builds] == [(spid, "p", "0")]
    ids = [int(c.get("id")) for c in timing.iter(f"{P}cTn")]
    assert sorted(ids) == list(range(1, len(ids) + 1))  # time node ids unique and dense


def test_timing_follows_the_slide_parts_in_schema_order(revealed):
    built, _, _ = revealed
    root = built.slide("Three steps")[1]._element
    assert [etree.QName(c).localname for c in root] == ["cSld", "clrMapOvr", "timing"]


def test_a_slide_can_turn_reveal_off_and_slides_without_bullets_have_no_timing(revealed):
    built, prs, _ = revealed
    assert _timing(built.slide("Shown at once")[1]) is None
    assert _timing(built.slide("A table")[1]) is None
    assert _timing(prs.slides[0]) is None  # the title slide


def test_continuation_slides_reveal_their_own_bullets(revealed):
    _, prs, result = revealed
    parts = [s for s in prs.slides if s.shapes.title.text_frame.text.startswith("Many bullets")]
    assert len(parts) == 2
    counts = [len(xp(_timing(s), ".//p:cTn[@nodeType='clickEffect']")) for s in parts]
    assert sum(counts) == 18 and all(counts)


def test_without_reveal_no_slide_has_timing(tmp_path):
    project = Project(tmp_path)
    files = dict(REVEAL_DECK, **{"deck.yaml": "title: Plain\n"})
    project.deck("plain", files)
    assert project.run("build").exit_code == 0
    with zipfile.ZipFile(project.dist / "plain.pptx") as z:
        slides = [n for n in z.namelist() if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)]
        assert slides and not any(b"<p:timing" in z.read(n) for n in slides)


def test_the_handout_shows_the_final_state(revealed):
    built, _, _ = revealed
    text = " ".join(p.extract_text() for p in PdfReader(built.project.dist / "r-handout.pdf").pages)
    for words in ("First point", "First detail", "Second detail", "Second point with", "Third point"):
        assert words in text


def test_reveal_without_bullets_is_a_warning(tmp_path):
    project = Project(tmp_path)
    project.deck("w", {"deck.yaml": "title: W\n", "01.yaml": "section: S\nslides:\n  - title: T\n    reveal: true\n"
                                                              "    statement: Nothing to reveal.\n"})
    result = project.run("build")
    assert result.exit_code == 0
    assert ("outlines/w/01.yaml:4:13: warning: 'reveal: true' has nothing to reveal on a statement slide"
            in result.stderr)


def test_libreoffice_plays_one_step_per_bullet(revealed, tmp_path):
    soffice = need_tool("soffice")
    project = revealed[0].project
    out = tmp_path / "odp"
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--convert-to",
                    "odp", "--outdir", str(out), str(project.dist / "r.pptx")], capture_output=True, timeout=180)
    content = zipfile.ZipFile(out / "r.odp").read("content.xml").decode()
    pages = re.findall(r"<draw:page .*?</draw:page>", content, re.S)
    page = next(p for p in pages if "Three steps" in p)
    assert len(re.findall(r'presentation:node-type="on-click"', page)) == 3
    assert len(re.findall(r'presentation:node-type="with-previous"', page)) == 3  # two sub-bullets, one formula
