"""The advance widths a face measures with (font_metrics.advance_units) are its cmap and hmtx tables joined,
whether read from the font or remembered between runs; what is remembered is used only for the file as it
is, and only when well formed; a build that finds them remembered does not import fontTools."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from deckbuild import font_metrics
from deckbuild.fonts import BUNDLED_DIR, Face, FontBook, face_at

SAMPLE = "Hello, World! 0123456789 naïve café — “quotes” ‰ ∑ 漢 \u00a0"


def _fresh(face: Face) -> Face:
    """Return a new Face of *face*'s file, nothing of it read yet."""
    return Face(path=face.path, family=face.family, style=face.style, units_per_em=face.units_per_em,
                ascent=face.ascent, descent=face.descent, panose=face.panose, stamp=face.stamp)


def _from_tables(face: Face) -> dict[int, int]:
    hmtx = face._font["hmtx"]
    return {code: hmtx[glyph][0] for code, glyph in (face._font.getBestCmap() or {}).items()}


@pytest.mark.parametrize("path", sorted(BUNDLED_DIR.glob("*.ttf")), ids=lambda p: p.name)
def test_remembered_widths_are_the_fonts_own_and_measure_alike(path):
    read = _fresh(face_at(str(path)))
    if os.path.exists(font_metrics._kept_at(read)):  # kept by an earlier test: read from the font this time
        os.remove(font_metrics._kept_at(read))
    assert read._units == _from_tables(read)  # read from the font, then kept
    kept = _fresh(read)
    assert font_metrics._read_units(font_metrics._kept_at(kept), kept) == read._units
    assert kept._units == read._units
    assert kept._font_ is None  # measured without opening the font
    for ch in SAMPLE:
        glyph = read._cmap.get(ord(ch))
        expected = read._font["hmtx"][glyph][0] / read.units_per_em if glyph is not None else 0.0
        assert kept.advance(ch) == expected and kept.covers(ch) == (glyph is not None)
    assert kept.ems(SAMPLE) == read.ems(SAMPLE)
    assert kept.covers_all(SAMPLE) == (read._cmap.keys() >= set(map(ord, SAMPLE)))


def test_what_is_remembered_is_used_only_for_the_file_as_it_is_and_when_well_formed():
    face = FontBook().default_face
    path = font_metrics._kept_at(face)
    truth = _from_tables(_fresh(face))
    _fresh(face)._units  # kept now
    good = json.loads(Path(path).read_text())
    spoiled = [dict(good, stamp=[good["stamp"][0] + 1, good["stamp"][1]]), dict(good, version=0),
               dict(good, path="/elsewhere.ttf"), dict(good, units_per_em=1000), dict(good, advances=good["advances"][1:]),
               dict(good, codes=["65"] + good["codes"][1:]), dict(good, advances=[True] + good["advances"][1:]),
               dict(good, advances=[-1] + good["advances"][1:]), dict(good, codes=[65] * len(good["codes"])), [good]]
    for data in spoiled:
        Path(path).write_text(json.dumps(data))
        again = _fresh(face)
        assert font_metrics._read_units(path, again) is None
        assert again._units == truth  # read from the font again, and kept again
        assert json.loads(Path(path).read_text()) == good
    Path(path).write_bytes(b"\x00not json")
    assert _fresh(face)._units == truth


def test_a_face_whose_file_cannot_be_stamped_is_read_from_the_font_and_not_kept():
    face = FontBook().default_face
    unstamped = Face(path=face.path, family=face.family, style=face.style, units_per_em=face.units_per_em,
                     ascent=face.ascent, descent=face.descent, stamp=None)
    assert font_metrics._kept_at(unstamped) is None
    assert unstamped._units == _from_tables(_fresh(face))


def test_a_layout_with_remembered_widths_does_not_import_fonttools(tmp_path):
    deck = tmp_path / "outlines" / "d"
    deck.mkdir(parents=True)
    (deck / "deck.yaml").write_text("title: Widths\n")
    (deck / "01.yaml").write_text("section: S\nslides:\n  - title: A slide\n    bullets: [Some *text*, '`code`']\n")
    script = (
        "import sys\nfrom pathlib import Path\nfrom deckbuild.compile import compile, read_inputs\n"
        "from deckbuild.diagnostics import Diagnostics, Pos\n"
        f"folder = Path({str(deck)!r})\ndiags = Diagnostics()\n"
        "inputs = read_inputs(folder, None, None, folder, Pos(str(folder), 1, 1), (), diags, {})\n"
        "pages = compile(inputs, None, diags)\nassert pages.slides and not diags.has_errors\n"
        "print(any(m.split('.')[0] == 'fontTools' for m in sys.modules))\n")
    run = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.strip()
           for _ in range(2)]
    assert run[1] == "False", run  # the first run may read the fonts (and the font index) and keep their widths


def test_a_text_is_as_wide_as_its_advances_added_one_after_another():
    """Face.ems adds with sum() where sum adds in order (SEQUENTIAL_SUM): the very float reduce(add) gives,
    also for widths whose rounding a compensated sum would change."""
    from functools import reduce
    from operator import add

    from hypothesis import given, settings, strategies as st

    @settings(max_examples=300)
    @given(widths=st.lists(st.floats(0, 3, allow_nan=False) | st.sampled_from([0.1, 1e-17, 0.3, 2 / 3]),
                           max_size=60))
    def check(widths):
        face = _fresh(FontBook().default_face)
        chars = [chr(0xE000 + i) for i in range(len(widths))]  # private-use characters, given these widths
        face._widths.update(zip(chars, widths))
        assert face.ems("".join(chars)) == reduce(add, widths, 0.0)

    check()
    assert font_metrics.SEQUENTIAL_SUM == (sys.version_info < (3, 12))
