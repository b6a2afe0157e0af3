"""deferred: reportlab's import of uharfbuzz does not load HarfBuzz; the first use does, and shapes alike."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from deckbuild import deferred

ARABIC = Path(__file__).resolve().parents[1] / "src" / "deckbuild" / "fonts" / "NotoSansArabic-Regular.ttf"
SHAPE = f"""
import sys
from deckbuild import shaping
print(shaping.shape({str(ARABIC)!r}, "السلام عليكم"))
"""


def _run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout


def test_painting_imports_reportlab_without_loading_harfbuzz_and_shaping_loads_it():
    out = _run("""
import sys
import deckbuild
import reportlab.pdfgen.canvas, reportlab.pdfbase.ttfonts as ttfonts
from deckbuild.render import handout_pdf, pdf
print("uharfbuzz._harfbuzz" in sys.modules)
from deckbuild import shaping
shaping.shape(%r, "سلام")
import uharfbuzz
print("uharfbuzz._harfbuzz" in sys.modules, sys.modules["uharfbuzz"] is uharfbuzz, type(uharfbuzz).__name__,
      ttfonts.uharfbuzz.Buffer is uharfbuzz.Buffer)
""" % str(ARABIC))
    assert out.split() == ["False", "True", "True", "module", "True"]


def test_text_is_shaped_as_with_harfbuzz_imported_at_once():
    deferred_glyphs = _run(SHAPE)
    at_once = _run("import uharfbuzz\n" + SHAPE)  # imported before deckbuild: nothing is deferred
    assert deferred_glyphs == at_once and len(eval(deferred_glyphs)) > 5  # noqa: S307 - our own output


def test_a_module_that_is_not_installed_reads_as_missing_attributes(monkeypatch):
    monkeypatch.delitem(sys.modules, "deckbuild_no_such_module", raising=False)
    deferred.defer("deckbuild_no_such_module")
    import deckbuild_no_such_module

    with pytest.raises(AttributeError, match="cannot be imported"):
        deckbuild_no_such_module.anything
    assert "deckbuild_no_such_module" not in sys.modules


def test_a_module_imported_already_is_left_as_it_is():
    import json

    deferred.defer("json")
    assert sys.modules["json"] is json
