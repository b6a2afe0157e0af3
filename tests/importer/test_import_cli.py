"""``deckbuild import`` as a user runs it: exit codes, messages, and a draft that builds straight away."""

from __future__ import annotations

import subprocess
import sys

from import_fixtures import ARTICLE_A, ARTICLE_B, HTML, JUNK_LINES, MARKDOWN, MESSY_TEXT
from pptx import Presentation
from pypdf import PdfReader


def _docs(project):
    project.write("docs/messy.txt", MESSY_TEXT)
    project.write("docs/plan.md", MARKDOWN)
    project.write("docs/ferry.html", HTML)
    project.write("docs/a.txt", ARTICLE_A)
    project.write("docs/b.txt", ARTICLE_B)
    return ["docs/messy.txt", "docs/plan.md", "docs/ferry.html", "docs/a.txt", "docs/b.txt"]


def _pptx_text(path):
    prs = Presentation(str(path))
    titles, text = [], []
    for slide in prs.slides:
        if slide.shapes.title is not None:
            titles.append(slide.shapes.title.text_frame.text)
        for shape in slide.shapes:
            if shape.has_text_frame:
                text.append(shape.text_frame.text)
        if slide.has_notes_slide:
            text.append(slide.notes_slide.notes_text_frame.text)
    return titles, "\n".join(text)


def test_import_then_build_gives_a_deck_without_the_junk(project):
    result = project.run("import", *_docs(project), "--deck", "draft")
    assert result.exit_code == 0, result.output
    assert "b repeats a at 91%: its sections are merged into a's" in result.output
    assert "wrote outlines/draft/: " in result.output
    assert "build it with: deckbuild build outlines/draft" in result.output
    built = project.run("build", "outlines/draft")
    assert built.exit_code == 0, built.output
    titles, text = _pptx_text(project.dist / "draft.pptx")
    for heading in ("Why is it in the news?", "How the Turbines Work", "Tidal turbines", "Installation",
                    "Maintenance", "Solar roofs", "What changes", "Why now", "The Restoration Plan",
                    "Costs and Funding"):
        assert heading in titles, heading
    assert titles.count("Costs and Funding") == 2  # section header + its one slide; b's copy is not repeated
    pdf = " ".join(page.extract_text() for page in PdfReader(project.dist / "draft-handout.pdf").pages)
    for junk in JUNK_LINES + ["Cheap flights", "We use cookies", "Share on Facebook", "All rights reserved"]:
        assert junk not in text, junk
        assert junk not in " ".join(pdf.split()), junk
    assert "approved a tidal power plant" in text and "Weekend fares rise by one euro" in text
    assert "TODO" in text  # the lost heading and the flat plain-text outline are visible to whoever builds


def test_verbose_lists_every_dropped_line_with_its_reason(project):
    project.write("docs/messy.txt", MESSY_TEXT)
    result = project.run("import", "docs/messy.txt", "--deck", "d", "--verbose")
    assert result.exit_code == 0, result.output
    assert "docs/messy.txt:1: dropped (breadcrumb navigation): Home" in result.output
    assert ("docs/messy.txt:18: dropped (newsletter prompt): Get free energy news straight to your inbox!"
            in result.output)
    assert "docs/messy.txt:45: dropped (widget menu at the end of the page): Series of questions" in result.output
    quiet = project.run("import", "docs/messy.txt", "--deck", "e")
    assert "dropped (" not in quiet.output and "--verbose lists every dropped line" in quiet.output


def test_existing_folder_needs_force(project):
    project.write("docs/a.txt", ARTICLE_A)
    project.write("outlines/d/deck.yaml", "title: Mine\n")
    result = project.run("import", "docs/a.txt", "--deck", "d")
    assert result.exit_code == 2
    assert "outlines/d already exists: choose another --deck name, or add --force to replace it" in result.output
    assert (project.root / "outlines/d/deck.yaml").read_text() == "title: Mine\n"
    forced = project.run("import", "docs/a.txt", "--deck", "d", "--force")
    assert forced.exit_code == 0, forced.output
    assert "Lighthouse Restoration" in (project.root / "outlines/d/deck.yaml").read_text()
    assert sorted(p.name for p in (project.root / "outlines").iterdir()) == ["d"]


def test_outlines_option_chooses_the_folder(project):
    project.write("docs/a.txt", ARTICLE_A)
    result = project.run("import", "docs/a.txt", "--deck", "d", "--outlines", "elsewhere")
    assert result.exit_code == 0, result.output
    assert (project.root / "elsewhere/d/deck.yaml").is_file()
    assert not (project.root / "outlines").exists()


def test_bad_documents_exit_1_and_write_nothing(project):
    project.write("docs/a.txt", ARTICLE_A)
    (project.root / "docs/latin1.txt").write_bytes("Caf\xe9 au lait\n".encode("latin-1"))
    result = project.run("import", "docs/a.txt", "docs/latin1.txt", "docs/missing.md", "--deck", "d")
    assert result.exit_code == 1
    assert "docs/latin1.txt:1:4: error: the document is not UTF-8 (byte 0xe9) — save it as UTF-8" in result.output
    assert "docs/missing.md:1:1: error: cannot read docs/missing.md: no such file" in result.output
    assert "nothing was written" in result.output
    assert not (project.root / "outlines").exists()


def test_a_document_of_pure_junk_is_a_warning_and_no_text_at_all_an_error(project):
    project.write("docs/junk.txt", "Continue reading\n\nYou must be logged in to post a comment.\n")
    project.write("docs/a.txt", ARTICLE_A)
    both = project.run("import", "docs/a.txt", "docs/junk.txt", "--deck", "d")
    assert both.exit_code == 0, both.output
    assert "docs/junk.txt:1:1: warning: no text is left in this document after removing boilerplate" in both.output
    alone = project.run("import", "docs/junk.txt", "--deck", "e")
    assert alone.exit_code == 1
    assert "error: nothing to draft" in alone.output
    assert not (project.root / "outlines/e").exists()


def test_usage_errors_exit_2(project):
    project.write("docs/a.txt", ARTICLE_A)
    assert project.run("import", "docs/a.txt").exit_code == 2  # no --deck
    assert project.run("import", "--deck", "d").exit_code == 2  # no document
    bad = project.run("import", "docs/a.txt", "--deck", "../up")
    assert bad.exit_code == 2 and "'../up' cannot name a deck" in bad.output


def test_console_script_exit_codes(project):
    project.write("docs/a.txt", ARTICLE_A)
    ok = subprocess.run([sys.executable, "-m", "deckbuild", "import", "docs/a.txt", "--deck", "d"], cwd=project.root,
                        capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0, ok.stderr
    again = subprocess.run([sys.executable, "-m", "deckbuild", "import", "docs/a.txt", "--deck", "d"],
                           cwd=project.root, capture_output=True, text=True, timeout=120)
    assert again.returncode == 2 and "Traceback" not in again.stderr
    bad = subprocess.run([sys.executable, "-m", "deckbuild", "import", "docs/nope.txt", "--deck", "x"],
                         cwd=project.root, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1 and bad.stderr.startswith("docs/nope.txt:1:1: error: cannot read docs/nope.txt")


def test_strict_build_refuses_a_draft_with_todos(tmp_path):
    """Anything uncertain in a draft is a TODO, and `build --strict` refuses TODOs."""
    from conftest import Project

    project = Project(tmp_path)
    project.deck("d", {"deck.yaml": "title: T\nsubtitle: \"TODO: write the subtitle\"\n",
                       "01.yaml": "section: S\nslides:\n  - title: T\n    notes: \"TODO: check the figure\"\n"})
    loose = project.run("build")
    assert loose.exit_code == 0
    assert "outlines/d/deck.yaml:2:11: warning: 'subtitle' still has a TODO" in loose.stderr
    assert "outlines/d/01.yaml:4:12: warning: 'notes' still has a TODO" in loose.stderr
    strict = project.run("build", "--strict", "--force")
    assert strict.exit_code == 1
