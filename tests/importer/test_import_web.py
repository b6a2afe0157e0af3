"""Web pages through trafilatura: article text kept, page furniture dropped, every block with its lines."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from deckbuild.diagnostics import Diagnostics
from deckbuild.importer import dump_text, read_and_clean
from deckbuild.importer.read import read_document

PAGES = Path(__file__).parent / "pages"
BENCH = Path(__file__).resolve().parents[2] / "bench" / "import_quality.py"


def _bench():
    spec = importlib.util.spec_from_file_location("import_quality", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_sample_pages_reach_f1_095_by_word_4grams():
    mp, mr, f1, rows = _bench().quality()
    assert len(rows) >= 6
    assert f1 >= 0.95, rows
    assert min(min(p, r) for _, p, r in rows) >= 0.8, rows


@pytest.mark.parametrize("page", sorted(PAGES.glob("*.html")), ids=lambda p: p.stem)
def test_every_kept_block_names_the_source_lines_that_hold_its_words(page):
    lines = page.read_text(encoding="utf-8").splitlines()
    docs, diags = read_and_clean([page])
    assert not diags.has_errors and docs[0].blocks
    for block in docs[0].blocks:
        data = block.data or {}
        shown = block.text or data.get("text") or " ".join(c for row in data.get("rows", []) for c in row) or \
            data.get("src", "")  # a listing's code, a table's cells, a figure's picture
        words = re.findall(r"\w+", shown.lower())
        span = " ".join(lines[block.line - 1:block.end]).lower()
        assert words[0] in span and words[-1] in span, (block.line, block.end, block.text)


def test_page_furniture_is_dropped_with_reasons():
    docs, _ = read_and_clean([PAGES / "news-night-trains.html"])
    text = dump_text(docs[0])
    for junk in ("We use cookies", "Most read", "Share on Facebook", "Bus fares frozen", "About time!",
                 "All rights reserved", "Morning Courier", "Advertisement"):
        assert junk not in text, junk
    assert "Night Trains Return to the Valley Line" in text and "recruit around thirty drivers" in text
    reasons = {d.reason for d in docs[0].dropped}
    assert "navigation" in reasons and "page footer" in reasons


def test_dump_text_prints_kept_text_and_writes_nothing(project):
    page = project.write("p.html", (PAGES / "blog-balcony-compost.html").read_text(encoding="utf-8"))
    result = project.run("import", str(page), "--dump-text")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("When I moved into a flat with a narrow balcony")
    assert "Leave a Reply" not in result.output and "Recent Posts" not in result.output
    assert "Vegetable peelings, coffee grounds and tea leaves go in every day." in result.output.split("\n\n")
    assert not (project.root / "outlines").exists()


def test_without_the_import_extra_html_gives_a_clear_message(tmp_path, monkeypatch):
    page = tmp_path / "p.html"
    page.write_text("<html><body><p>Some words of an article here.</p></body></html>", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    diags = Diagnostics()
    assert read_document(page, "p.html", "p", diags) is None
    assert [d.format() for d in diags] == ["p.html:1:1: error: reading web pages needs trafilatura, which is not "
                                       "installed — install the import extra: pip install 'deckbuild[import]'"]


@pytest.mark.parametrize("body", [
    "<p><strong><br></strong></p><p><a href='https://x.example'><img src='a.png'></a></p>",
    "<p><em></em><code> </code></p>" * 40,
    "<ul><li></li><li><ul><li></li></ul></li></ul><table><tr><td></td></tr></table>",
    "<article></article><main></main><h1></h1><pre></pre>",
    "",
])
def test_pages_with_empty_elements_never_crash(tmp_path, body):
    page = tmp_path / "e.html"
    page.write_text(f"<html><head><title></title></head><body>{body}</body></html>", encoding="utf-8")
    docs, diags = read_and_clean([page])
    assert not diags.has_errors and len(docs) == 1
