"""deferred: reportlab's import of uharfbuzz does not load HarfBuzz; the first use does, and shapes alike."""

from __future__ import annotations

import shutil
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


REPO = Path(__file__).resolve().parents[1]
PICTURES_BUILD = """
import sys
from pathlib import Path
import deckbuild
print(type(sys.modules["PIL.Image"]).__name__)
import reportlab.pdfgen.canvas
print(type(sys.modules["PIL.Image"]).__name__)
from deckbuild.build import Options, build
from deckbuild import worker
worker.FORK_FROM_SLIDES = 10 ** 9  # painted in this process: what it imports is what the test sees
result = build(Options(targets=[Path(%r)], out_dir=Path(%r), force=True))
print(result.ok, type(sys.modules["PIL.Image"]).__name__)
"""


def test_reportlab_is_imported_without_pillows_image_and_a_deck_of_pictures_still_shows_them(tmp_path):
    deck = tmp_path / "outlines" / "gallery"
    deck.mkdir(parents=True)
    (deck / "deck.yaml").write_text((REPO / "outlines" / "gallery" / "deck.yaml").read_text())
    (deck / "03-pictures.yaml").write_text((REPO / "outlines" / "gallery" / "03-pictures.yaml").read_text())
    shutil.copytree(REPO / "assets", tmp_path / "assets")
    out = _run(PICTURES_BUILD % (str(deck), str(tmp_path / "dist"))).split()
    assert out == ["StandIn", "StandIn", "True", "module"]  # the pictures imported Pillow itself

    import pikepdf
    from pptx import Presentation
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    shown = [s for slide in Presentation(tmp_path / "dist" / "gallery.pptx").slides for s in slide.shapes
             if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
    assert len(shown) >= 6  # the ridge twice, the GIF, the WebP, the JPEG, the SVGs' fallbacks
    with pikepdf.open(tmp_path / "dist" / "gallery-handout.pdf") as pdf:
        drawn = [xobj for page in pdf.pages for xobj in page.get_images().values()]
    assert sum(int(x.Width) * int(x.Height) > 100 for x in drawn) >= 4  # the PNGs, GIF, WebP and JPEG


def test_a_deferred_submodule_is_its_packages_attribute_and_takes_what_is_set_on_it():
    out = _run("""
import sys
import deckbuild
import PIL.Image, PIL
from reportlab.lib import utils
print(type(PIL.Image).__name__, PIL.Image is sys.modules["PIL.Image"] is utils.Image)
utils.Image.MAX_IMAGE_PIXELS = 12345  # set through the stand-in before anything loaded Pillow's Image
import PIL.Image as real
print(type(real).__name__, real.MAX_IMAGE_PIXELS, utils.Image.MAX_IMAGE_PIXELS, PIL.Image is real)
print(utils._isPILImage(real.new("RGB", (2, 2))), utils._isPILImage("picture.png"))
""")
    assert out.split() == ["StandIn", "True", "module", "12345", "12345", "True", "True", "False"]


def test_building_a_deck_of_bullets_imports_neither_tempfile_nor_ipaddress_nor_textwrap(tmp_path):
    deck = tmp_path / "outlines" / "getting-started"
    shutil.copytree(REPO / "outlines" / "getting-started", deck)
    warm = f"""
from deckbuild.build import build, Options
from pathlib import Path
build(Options(targets=[Path({str(deck)!r})], out_dir=Path({str(tmp_path / "warm")!r}), force=True))
"""
    _run(warm)  # (a cold user cache indexes the fonts, which reads a file URL: urllib imports tempfile)
    out = _run(f"""
import sys
from deckbuild.build import build, Options
from pathlib import Path
from deckbuild.deferred import StandIn
result = build(Options(targets=[Path({str(deck)!r})], out_dir=Path({str(tmp_path / "dist")!r}), force=True))
print(result.ok, *[type(sys.modules[m]).__name__ for m in ("tempfile", "ipaddress", "textwrap")])
import tempfile
print(type(tempfile.TemporaryDirectory).__name__, type(sys.modules["tempfile"]).__name__)
""").split()
    assert out == ["True", "StandIn", "StandIn", "StandIn", "type", "module"]
