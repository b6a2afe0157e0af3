"""The tagged handout (PDF/UA-1): pdfua finds nothing, poppler shows the structure in reading order, and
formulas read as text."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pikepdf
import pytest

from tests.conftest import REPO, Project, need_tool

LAYOUTS = ("notes", "lines", "grid", "article")
SAMPLES = sorted(p.name for p in (REPO / "outlines").iterdir() if (p / "deck.yaml").is_file())


def pdfua_findings(*files) -> str:
    """Return pdfua's report when it finds anything in *files*, else ""."""
    proc = subprocess.run([sys.executable, "-m", "pdfua", "check", *map(str, files)], capture_output=True, text=True,
                          timeout=300)
    return "" if proc.returncode == 0 else proc.stdout + proc.stderr


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    root = tmp_path_factory.mktemp("a11y-pdf")
    shutil.copytree(REPO / "outlines", root / "outlines")
    shutil.copytree(REPO / "assets", root / "assets")
    project = Project(root)
    for args in ((), ("--audience", "all")):
        result = project.run("build", "--format", "pdf,slides", *args)
        assert result.exit_code == 0, result.output
    for layout in LAYOUTS:  # every sample deck and every audience in every handout layout
        project.write(f"assets/styles/{layout}.yaml", f"extends: default\nhandout: {{layout: {layout}}}\n")
        result = project.run("build", "--format", "pdf", "--audience", "all", "--out", f"dist-{layout}",
                             "--style", f"assets/styles/{layout}.yaml")
        assert result.exit_code == 0, result.output
    return project


def test_pdfua_finds_nothing_in_any_sample_handout_or_slides_pdf(samples):
    files = sorted(samples.dist.glob("*-handout.pdf"))
    assert len(files) >= 9
    slides = sorted(samples.dist.glob("*-slides.pdf"))
    assert {f.name.replace("-slides", "") for f in slides} == {f.name.replace("-handout", "") for f in files}
    assert pdfua_findings(*files, *slides) == ""


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_handout_layout_is_tagged(samples, layout):
    files = sorted((samples.root / f"dist-{layout}").glob("*-handout.pdf"))
    names = {f.name for f in files}
    assert names <= {f.name for f in samples.dist.glob("*-handout.pdf")} and len(names) >= 9  # each audience
    assert all(any(n.startswith(deck + "-") for n in names) for deck in SAMPLES)  # of every sample deck
    assert pdfua_findings(*files) == ""
    pdf_path = samples.root / f"dist-{layout}" / "gallery-handout.pdf"
    with pikepdf.open(pdf_path) as pdf:
        assert pdf.Root.MarkInfo.Marked is True
        assert str(pdf.Root.Lang) == "en"
        assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
        assert b"<pdfuaid:part>1</pdfuaid:part>" in pdf.Root.Metadata.read_bytes()
        assert all(page.obj.Tabs == pikepdf.Name.S for page in pdf.pages)
        roles = set()

        def walk(elem):
            if isinstance(elem, pikepdf.Array):
                for kid in elem:
                    walk(kid)
            elif isinstance(elem, pikepdf.Dictionary) and "/S" in elem:
                roles.add(str(elem.S))
                if elem.S == "/Figure":
                    assert str(elem.Alt).strip()
                if "/K" in elem:
                    walk(elem.K)

        walk(pdf.Root.StructTreeRoot.K)
        assert {"/Document", "/H1", "/P", "/Figure"} <= roles


def _struct(path) -> list[str]:
    need_tool("pdfinfo")
    out = subprocess.run(["pdfinfo", "-struct-text", str(path)], capture_output=True, text=True, timeout=60).stdout
    return out.splitlines()


def test_the_structure_reads_label_title_figure_notes_sources(samples):
    lines = [ln.strip() for ln in _struct(samples.dist / "gallery-handout.pdf")]
    at = lines.index('"Slide 3"')
    assert lines[at - 1] == "P (block)"
    assert lines[at + 1:at + 5] == ["H2 (block)", '"Inline markup and citations"', "Figure",
                                    lines[at + 4]] and lines[at + 4].startswith('"Inline markup and citations•Bold')
    rest = lines[at + 5:at + 14]
    assert "Link (inline)" in rest  # the slide's link annotation, inside its Figure
    assert '"Every kind of inline markup, and citation markers on bullets."' in rest  # then the notes
    assert any(ln.startswith('"Sources: [1] deckbuild') for ln in rest)  # then its sources


def test_a_title_wrapped_onto_two_lines_is_a_heading_read_before_its_miniature(samples):
    """The handout draws a long title on two lines: it is still found as the slide's title (an H2 read after
    the label and before the Figure), not left a paragraph after it."""
    lines = [ln.strip() for ln in _struct(samples.dist / "pact-briefing-handout.pdf")]
    at = next(i for i, ln in enumerate(lines) if ln.startswith('"From partition to partnership,'))
    assert lines[at - 1] == "H2 (block)" and lines[at + 1] == "Figure"
    assert lines[at - 3] == "P (block)" and lines[at - 2].startswith('"Slide ')


def test_notes_wrapped_over_lines_are_read_back_word_for_word(samples):
    """A paragraph of notes drawn on several lines is read from the tags with a space where each line broke,
    as it was written ("as catalyst", not "ascatalyst"): every plain paragraph of the briefing's notes that
    the handout prints is found whole."""
    import yaml

    text = "\n".join(_struct(samples.dist / "pact-briefing-handout.pdf"))
    found = 0
    for path in sorted((REPO / "outlines" / "pact-briefing").glob("*.yaml")):
        for slide in yaml.safe_load(path.read_text(encoding="utf-8")).get("slides", []):
            for chunk in (slide.get("notes") or "").split("\n\n"):
                words = " ".join(chunk.split())
                if len(words) > 150 and not any(ch in words for ch in "[*`_") and words[:40] in text:
                    assert words in text
                    found += 1
    assert found >= 30  # most of them wrap over three lines or more


def test_headings_nested_lists_tables_with_th_in_the_article_handout(samples):
    lines = _struct(samples.dist / "pact-briefing-executive-handout.pdf")
    text = "\n".join(lines)
    assert "  H1 (block)\n    \"Why it is in the news\"" in text
    assert "  H2 (block)\n    \"Putin in Pyongyang, June 2024\"" in text
    assert "  L (block)\n    LI (block)\n      Lbl (block)\n        \"•\"\n      LBody (block)" in text
    assert "  Table (block)\n    TR\n      TH:\n         /Scope /Column" in text
    assert "TD" in text


def test_nested_bullets_nest_lists(tmp_path):
    project = Project(tmp_path)
    project.write("assets/styles/article.yaml", "extends: default\nhandout: {layout: article}\n")
    project.deck("nest", {"deck.yaml": "title: Nest\nstyle: ../../assets/styles/article.yaml\n", "01.yaml": """
        section: S
        slides:
          - title: Levels
            bullets:
              - text: Outer
                bullets: [Inner one, Inner two]
              - Outer again
    """})
    assert project.run("build", "--format", "pdf").exit_code == 0
    text = "\n".join(_struct(project.dist / "nest-handout.pdf"))
    assert ('LBody (block)\n        "Outer"\n      L (block)\n        LI (block)\n          Lbl (block)\n'
            '            "–"\n          LBody (block)\n            "Inner one"') in text
    assert '    LI (block)\n      Lbl (block)\n        "•"\n      LBody (block)\n        "Outer again"' in text
    assert pdfua_findings(project.dist / "nest-handout.pdf") == ""


def test_formulas_read_as_text(samples):
    need_tool("pdftotext")
    text = subprocess.run(["pdftotext", str(samples.dist / "binary-search-lecture-handout.pdf"), "-"],
                          capture_output=True, text=True, timeout=60).stdout
    assert "a list of n items in ascending order" in text
    assert "T(n) = ⌊ log₂ n ⌋ + 1 = O(log n)" in text


def test_tagging_adds_marks_and_nothing_else_to_the_drawing():
    """The tagged painter draws through PdfPainter.text's hooks (no copy of it): without charts and formulas
    (whose words it adds as invisible text), a tagged page is the untagged page plus marked-content operators."""
    from deckbuild.compile import compile, read_inputs
    from deckbuild.diagnostics import Diagnostics
    from deckbuild.loader import load_deck
    from deckbuild.render.handout_pdf import handout_to_pdf

    deck = REPO / "outlines" / "getting-started"
    loaded = load_deck(deck, Diagnostics(), ())
    inputs = read_inputs(deck, None, None, loaded.base_dir, loaded.style_pos, (), Diagnostics(), {})
    pages = compile(inputs, None, Diagnostics())

    def drawing(data: bytes) -> list:
        import io

        with pikepdf.open(io.BytesIO(data)) as pdf:
            return [[(list(map(repr, operands)), str(op)) for operands, op in pikepdf.parse_content_stream(page)
                     if str(op) not in ("BDC", "BMC", "EMC")] for page in pdf.pages]

    tagged, plain = handout_to_pdf(pages.handout(), pages.info), handout_to_pdf(pages.handout(), pages.info, False)
    assert tagged != plain
    assert drawing(tagged) == drawing(plain)
