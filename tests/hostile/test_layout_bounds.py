"""Hostile input for layout: sizes and titles that leave no room must be errors at the style key (or the
slide), finished within 10 s and 1 GB — never a layout loop that runs forever with growing memory.

Each case runs ``build`` and then ``check`` in their own processes under those limits; both must give
the same diagnostics and exit status, and dist/ stays as it was.
"""

from __future__ import annotations

import pytest

from bounded import diagnostics, run_bounded
from conftest import Project

SLIDE = "section: S\nslides:\n  - title: T\n    bullets: [fine]\n    notes: Some notes for the handout.\n"
LONG_TITLE = " ".join(["word"] * 400)


def _style(body: str) -> dict[str, str]:
    return {"outlines/d/deck.yaml": "title: Bounds\nstyle: big\n", "outlines/d/01.yaml": SLIDE,
            "assets/styles/big.yaml": "extends: default\n" + body}


# name → (files of the project, the diagnostic expected on stderr)
CASES = {
    "title-and-min-title-200pt": (
        _style("sizes:\n  title: 200\n  min_title: 200\n"),
        "assets/styles/big.yaml:3:10: error: sizes: title 200pt and footer 11pt leave 0pt for the content of a "
        "960×540pt slide, which needs at least 18pt (one line at min_body 16pt) — make sizes.title smaller"),
    "footer-250pt": (
        _style("sizes:\n  footer: 250\n"),
        "assets/styles/big.yaml:3:11: error: sizes: title 36pt and footer 250pt leave 0pt for the content of a "
        "960×540pt slide, which needs at least 18pt (one line at min_body 16pt) — make sizes.footer smaller"),
    "title-and-footer-together-on-4-3": (
        _style("slide:\n  size: \"4:3\"\nsizes:\n  title: 110\n  min_title: 100\n  footer: 140\n"),
        "assets/styles/big.yaml:5:10: error: sizes: title 110pt and footer 140pt leave 0pt for the content of a "
        "720×540pt slide, which needs at least 18pt (one line at min_body 16pt) — make sizes.title smaller"),
    "notes-line-taller-than-the-handout-page": (
        _style("sizes:\n  notes: 400\nhandout:\n  page: letter\n  margins: 144pt\n"),
        "assets/styles/big.yaml:3:10: error: sizes: a line of notes at 400pt (520pt with its spacing) is taller "
        "than the handout page's 504pt of room — make sizes.notes smaller"),
    "title-of-400-words": (
        {"outlines/d/deck.yaml": "title: Bounds\n",
         "outlines/d/01.yaml": f"section: S\nslides:\n  - title: {LONG_TITLE}\n    bullets: [fine]\n"},
        "outlines/d/01.yaml:3:5: error: slide 3: the title leaves 0pt for the slide's content, less than one line "
        "at min_body 16pt — shorten the title"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_layout_that_cannot_fit_is_a_positioned_error(tmp_path, name):
    files, expected = CASES[name]
    project = Project(tmp_path)
    for rel, text in files.items():
        project.write(rel, text)
    before = project.dist_snapshot()
    built = run_bounded(tmp_path, "build")
    assert built.code == 1, built.stderr[-2000:]
    assert "Traceback" not in built.stderr
    assert expected in built.stderr, built.stderr[-2000:]
    assert "nothing was written" in built.stderr
    assert project.dist_snapshot() == before
    checked = run_bounded(tmp_path, "check")
    assert checked.code == built.code
    assert diagnostics(checked.stderr) == diagnostics(built.stderr)
    assert project.dist_snapshot() == before
