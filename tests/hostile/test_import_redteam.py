"""Red-team pass over ``import``: findings for the importer's owner, each once mishandled (a 24 MB page took over 1 GB)."""

from __future__ import annotations

from .input_kit import bounded, make


def test_a_huge_html_paragraph_is_refused_within_budget(tmp_path):
    project = make(tmp_path, {"h.html": "<p>" + "x " * 12_000_000 + "</p>"})
    code, stderr = bounded(project, "import", "h.html", "--deck", "x")
    assert code == 1 and "Traceback" not in stderr, stderr
    assert "h.html:1:1: error: " in stderr and "hold no text" not in stderr, stderr
