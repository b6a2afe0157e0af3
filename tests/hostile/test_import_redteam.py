"""Red-team pass over ``import``: findings for the importer's owner, kept as strict xfails until fixed."""

from __future__ import annotations

import pytest

from .input_kit import bounded, make


@pytest.mark.xfail(strict=True, reason="importer: an HTML file under the 64 MB read limit holding one long "
                   "paragraph takes over 1 GB and ~10 s (a 60 MB one ends in MemoryError, exit 70), and the "
                   "text is then reported as 'no text'; needs a text budget before parsing")
def test_a_huge_html_paragraph_is_refused_within_budget(tmp_path):
    project = make(tmp_path, {"h.html": "<p>" + "x " * 12_000_000 + "</p>"})
    code, stderr = bounded(project, "import", "h.html", "--deck", "x")
    assert code == 1 and "Traceback" not in stderr, stderr
    assert "h.html:1:1: error: " in stderr and "hold no text" not in stderr, stderr
