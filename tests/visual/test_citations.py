"""Citations, read back from the outputs: markers sorted, the slide's sources line in number order on one
line at a readable size, and sources never cut in handouts."""

from __future__ import annotations

import re

import pytest

from .handouts import DECKS, LAYOUTS, PAPERS, handout_pdf, laid_out, read

MARKER = re.compile(r"\[(\d+(?:,\s*\d+)*)\]")


def unsorted_markers(text: str) -> list[str]:
    """Return every citation marker in *text* whose numbers are not strictly increasing."""
    out = []
    for m in MARKER.finditer(text):
        numbers = [int(n) for n in re.split(r",\s*", m.group(1))]
        if numbers != sorted(set(numbers)):
            out.append(m.group(0))
    return out


@pytest.mark.parametrize("deck", DECKS)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_markers_are_sorted_in_handouts(deck, layout):
    text = "\n".join(p.all_text for p in read(handout_pdf(deck, layout, "A4")))
    assert unsorted_markers(text) == []


def source_lines(text: str) -> list[str]:
    """Return the lines of *text* that name sources ("Source: …", "Sources: …")."""
    return [ln for ln in text.splitlines() if re.search(r"\bSources?: ", ln)]


@pytest.mark.parametrize("deck,layout,paper", [(d, lay, p) for d in DECKS for lay in LAYOUTS for p in PAPERS])
def test_handouts_never_truncate_a_source(deck, layout, paper):
    view = laid_out(deck)[0]
    pages = read(handout_pdf(deck, layout, paper))
    text = "\n".join(p.all_text for p in pages)
    cut = [ln for ln in source_lines(text) if "…" in ln]
    assert cut == []
    flat = " ".join(text.split())
    from deckbuild import markup

    for sid, source in view.sources.items():
        title = " ".join(markup.plain(source.title).split())
        assert title in flat or title.replace("'", "’") in flat, (sid, title)


@pytest.mark.parametrize("deck", DECKS)
def test_slide_sources_line_is_one_sorted_readable_line(deck):
    from deckbuild.layout.boxes import TextFrame

    view, style, _setter, pages = laid_out(deck)
    seen = 0
    for page in pages:
        for box in page.boxes:
            if not (isinstance(box, TextFrame) and box.role == "sources"):
                continue
            seen += 1
            text = "".join(f.text for p in box.paragraphs for line in p.lines for f in line.frags)
            assert len(box.paragraphs) == 1 and len(box.paragraphs[0].lines) == 1, (page.number, text)
            assert "…" not in text
            assert unsorted_markers(text.replace("] [", ", ").replace("]; [", ", ")) == []
            numbers = [int(n) for n in re.findall(r"\[(\d+)\]", text)] or \
                [int(n) for m in MARKER.finditer(text) for n in re.split(r",\s*", m.group(1))]
            assert numbers == sorted(numbers), text
            assert min(r.size for p in box.paragraphs for r in p.runs) >= max(12.0, style.sizes.sources - 0.01)
    assert seen or not any(p.sources for p in pages if p.kind != "section")  # sections cite in the handout only


def test_pptx_sources_line_is_sorted_and_at_the_style_size(tmp_path):
    from pptx import Presentation
    from pptx.util import Pt

    from conftest import Project

    project = Project(tmp_path)
    project.deck("c", {
        "deck.yaml": "title: C\nsources:\n  a: {title: Alpha report, publisher: Alpha}\n"
                     "  b: {title: Beta report, publisher: Beta}\n  c: {title: Gamma report, publisher: Gamma}\n",
        "01-a.yaml": "section: S\nslides:\n  - title: One\n    bullets:\n      - {text: first, sources: [a]}\n"
                     "      - {text: second, sources: [b]}\n  - title: Two\n    bullets:\n"
                     "      - {text: third, sources: [c]}\n      - {text: both, sources: [c, a, b]}\n"})
    result = project.run("build", "-q")
    assert result.exit_code == 0, result.output
    prs = Presentation(str(tmp_path / "dist" / "c.pptx"))
    # markers are held to their word by no-break spaces: read them as spaces
    texts = [sh.text_frame.text.replace("\u00a0", " ") for slide in prs.slides for sh in slide.shapes
             if sh.has_text_frame]
    assert any(t.endswith("both [1, 2, 3]") for t in texts), texts
    lines = [sh for slide in prs.slides for sh in slide.shapes if sh.has_text_frame
             and sh.text_frame.text.startswith("Source")]
    assert [sh.text_frame.text for sh in lines][-1] == "Sources: [1] Alpha; [2] Beta; [3] Gamma"
    sizes = {r.font.size for sh in lines for p in sh.text_frame.paragraphs for r in p.runs if r.font.size}
    assert sizes and min(sizes) >= Pt(14)


def test_check_reports_a_small_sources_size(tmp_path):
    from conftest import Project

    project = Project(tmp_path)
    project.write("styles/small.yaml", "sizes:\n  sources: 10\n")
    project.deck("c", {"deck.yaml": "title: C\nstyle: ../../styles/small.yaml\n",
                       "01-a.yaml": "section: S\nslides:\n  - title: One\n    bullets: [x]\n"})
    result = project.run("check")
    assert result.exit_code == 0, result.output
    assert "small.yaml:2:12: warning: sizes: sources (10) is below 12 pt" in result.output, result.output
    assert "set sizes.sources to 12" in result.output
