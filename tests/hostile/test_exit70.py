"""Hostile input that used to reach exit 70 (or pass silently): damaged pictures, damaged fonts, chart
values that cannot be drawn. Each is a positioned error or warning now, in build and in check alike.

Every case runs ``build`` and then ``check`` in their own processes (at most 10 s and 1 GB each); both
give the same diagnostics and exit status, and dist/ is untouched when there are errors.
"""

from __future__ import annotations

import io
import random
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image
from pptx import Presentation

from bounded import diagnostics, run_bounded
from conftest import Project

FONT = Path(__file__).resolve().parents[2] / "src" / "deckbuild" / "fonts" / "LiberationSans-Regular.ttf"
DECK = "title: Hostile\n"


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png_cut_zlib() -> bytes:
    """Return a PNG whose IDAT holds half a zlib stream; every chunk's CRC is right."""
    w, h = 64, 64
    raw = b"".join(b"\0" + bytes(x % 256 for x in range(w * 3)) for _ in range(h))
    z = zlib.compress(raw)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + _chunk(b"IDAT", z[: len(z) // 2]) + _chunk(b"IEND", b""))


def jpeg_cut() -> bytes:
    """Return the first half of a real JPEG."""
    buf = io.BytesIO()
    Image.radial_gradient("L").convert("RGB").save(buf, "JPEG", quality=90)
    return buf.getvalue()[: len(buf.getvalue()) // 2]


def _tables(data: bytes) -> dict[bytes, tuple[int, int, int]]:
    """Return the font's table directory: tag → (directory entry offset, table offset, length)."""
    count = struct.unpack(">H", data[4:6])[0]
    out = {}
    for i in range(count):
        entry = 12 + 16 * i
        tag, _sum, offset, length = struct.unpack(">4sIII", data[entry:entry + 16])
        out[tag] = (entry, offset, length)
    return out


def font_garbled_cmap() -> bytes:
    data = bytearray(FONT.read_bytes())
    _, offset, length = _tables(bytes(data))[b"cmap"]
    rng = random.Random(1)
    for i in range(offset + 4, offset + length):  # the version and table count stay; the rest is noise
        data[i] = rng.randrange(256)
    return bytes(data)


def font_garbled(tag: bytes) -> bytes:
    """Return the font with table *tag* replaced by noise of the same length."""
    data = bytearray(FONT.read_bytes())
    _, offset, length = _tables(bytes(data))[tag]
    rng = random.Random(2)
    for i in range(offset, offset + length):
        data[i] = rng.randrange(256)
    return bytes(data)


def font_short_hmtx() -> bytes:
    data = bytearray(FONT.read_bytes())
    entry, _, _ = _tables(bytes(data))[b"hmtx"]
    struct.pack_into(">I", data, entry + 12, 10)  # the directory says the metrics are 10 bytes long
    return bytes(data)


def font_long_hmtx() -> bytes:
    """Return the font with 'hmtx' claiming 8 bytes more than its metrics (fontTools logs about it)."""
    data = bytearray(FONT.read_bytes())
    entry, _, length = _tables(bytes(data))[b"hmtx"]
    struct.pack_into(">I", data, entry + 12, length + 8)
    return bytes(data)


def font_zero_units_per_em() -> bytes:
    data = bytearray(FONT.read_bytes())
    _, offset, _ = _tables(bytes(data))[b"head"]
    struct.pack_into(">H", data, offset + 18, 0)  # unitsPerEm: every width would divide by zero
    return bytes(data)


def image_slide(name: str) -> str:
    return f"section: S\nslides:\n  - title: Picture\n    image: {name}\n"


def chart_slide(kind: str, values: str, categories: str = "[a, b]") -> str:
    return (f"section: S\nslides:\n  - title: Chart\n    chart:\n      type: {kind}\n      categories: {categories}\n"
            f"      series:\n        - name: s\n          values: {values}\n")


def fonts_deck(files: dict) -> dict:
    return {"outlines/d/deck.yaml": DECK,
            "outlines/d/01.yaml": "section: S\nslides:\n  - title: T\n    bullets: [fine, '**bold**']\n", **files}


# name → (project files (bytes or str), expected diagnostic lines, exit status)
CASES = {
    "png-truncated-zlib-valid-crcs": (
        {"outlines/d/deck.yaml": DECK, "outlines/d/01.yaml": image_slide("cut.png"), "outlines/d/cut.png": png_cut_zlib()},
        ["outlines/d/01.yaml:4:12: error: image 'cut.png' cannot be read (the file is damaged or incomplete) — "
         "is it a complete picture file?"], 1),
    "jpeg-truncated": (
        {"outlines/d/deck.yaml": DECK, "outlines/d/01.yaml": image_slide("cut.jpg"), "outlines/d/cut.jpg": jpeg_cut()},
        ["outlines/d/01.yaml:4:12: error: image 'cut.jpg' cannot be read (the file is damaged or incomplete)"], 1),
    "ttf-garbled-cmap": (
        fonts_deck({"assets/fonts/LiberationSans-Regular.ttf": font_garbled_cmap()}),
        ["assets/fonts/LiberationSans-Regular.ttf:1:1: warning: font file 'assets/fonts/LiberationSans-Regular.ttf' "
         "(Liberation Sans) cannot be used: its 'cmap' table is damaged"], 0),
    "ttf-short-hmtx": (
        fonts_deck({"assets/fonts/LiberationSans-Bold.ttf": font_short_hmtx()}),
        ["assets/fonts/LiberationSans-Bold.ttf:1:1: warning: font file 'assets/fonts/LiberationSans-Bold.ttf' "
         "(Liberation Sans) cannot be used: its 'hmtx' table is damaged (not enough 'hmtx' table data"], 0),
    "ttf-garbled-loca": (  # fontTools measures it; the PDF embedder cannot read it (exit 70 while painting)
        fonts_deck({"assets/fonts/LiberationSans-Regular.ttf": font_garbled(b"loca")}),
        ["assets/fonts/LiberationSans-Regular.ttf:1:1: warning: font file 'assets/fonts/LiberationSans-Regular.ttf' "
         "(Liberation Sans) cannot be used: the PDF embedder cannot read it"], 0),
    "ttf-garbled-hhea": (
        fonts_deck({"assets/fonts/LiberationSans-Regular.ttf": font_garbled(b"hhea")}),
        ["assets/fonts/LiberationSans-Regular.ttf:1:1: warning: font file 'assets/fonts/LiberationSans-Regular.ttf' "
         "(Liberation Sans) cannot be used: the PDF embedder cannot read it (Unknown hhea table version"], 0),
    "ttf-zero-units-per-em": (
        fonts_deck({"assets/fonts/LiberationSans-Regular.ttf": font_zero_units_per_em()}),
        ["assets/fonts/LiberationSans-Regular.ttf:1:1: warning: font file 'assets/fonts/LiberationSans-Regular.ttf' "
         "(Liberation Sans) cannot be used: its 'head' table gives 0 units per em"], 0),
    "ttf-hmtx-longer-than-its-metrics": (fonts_deck({"assets/fonts/LiberationSans-Regular.ttf": font_long_hmtx()}),
                                         [], 0),
    "pie-with-a-zero-slice": ({"outlines/d/deck.yaml": DECK, "outlines/d/01.yaml": chart_slide("pie", "[100, 0]")},
                              [], 0),
    "pie-with-one-slice": ({"outlines/d/deck.yaml": DECK,
                            "outlines/d/01.yaml": chart_slide("pie", "[0, 7, 0]", "[a, b, c]")}, [], 0),
    "pie-all-zero": (
        {"outlines/d/deck.yaml": DECK, "outlines/d/01.yaml": chart_slide("pie", "[0, 0]")},
        ["outlines/d/01.yaml:5:7: error: every value of this pie chart is zero, so it has no slices to draw — "
         "give at least one category a value above zero"], 1),
    "pie-negative-slice": (
        {"outlines/d/deck.yaml": DECK, "outlines/d/01.yaml": chart_slide("pie", "[-1, 5]")},
        ["outlines/d/01.yaml:5:7: error: a pie chart cannot show negative values: 'a' (-1)"], 1),
    "column-smallest-normal-float": (
        {"outlines/d/deck.yaml": DECK, "outlines/d/01.yaml": chart_slide("column", "[2.2250738585072014e-308, 0]")},
        ["outlines/d/01.yaml:5:7: error: the values of this chart span 2.22507e-308, too small a range to draw"], 1),
    "bar-subnormal-value": (
        {"outlines/d/deck.yaml": DECK, "outlines/d/01.yaml": chart_slide("bar", "[5e-324, 0]")},
        ["outlines/d/01.yaml:5:7: error: the values of this chart span 4.94066e-324, too small a range to draw"], 1),
    "line-range-beyond-floats": (
        {"outlines/d/deck.yaml": DECK, "outlines/d/01.yaml": chart_slide("line", "[1.0e308, -1.0e308]")},
        ["outlines/d/01.yaml:5:7: error: the values of this chart span more than 1e+300, too large a range to "
         "draw"], 1),
    "formula-of-19909-characters": (
        {"outlines/d/deck.yaml": DECK, "outlines/d/01.yaml": "section: S\nslides:\n  - title: Long\n    math: '"
         + "x+" * 9000 + "\\frac{1}{" + "y" * 1900 + "'\n"},
        ["outlines/d/01.yaml:4:11: error: formula 1 of 'math' is 19,909 characters long (the limit is 1,000) — "
         "split it into several formulas"], 1),
    "formula-nested-100-deep": (
        {"outlines/d/deck.yaml": DECK, "outlines/d/01.yaml": "section: S\nslides:\n  - title: Deep\n    bullets:\n"
         "      - 'a $" + "\\sqrt{" * 100 + "x" + "}" * 100 + "$ b'\n"},
        ["outlines/d/01.yaml:5:12: error: cannot read the formula '" + "\\sqrt{" * 10 + "…': it nests too deeply"], 1),
    "column-all-zero": ({"outlines/d/deck.yaml": DECK, "outlines/d/01.yaml": chart_slide("column", "[0, 0]")}, [], 0),
    "column-tiny-but-drawable": ({"outlines/d/deck.yaml": DECK,
                                  "outlines/d/01.yaml": chart_slide("column", "[1.0e-12, -3.0e-12]")}, [], 0),
}


def _make(project: Project, files: dict) -> None:
    for rel, content in files.items():
        path = project.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input_is_never_an_internal_error(tmp_path, name):
    files, expected, code = CASES[name]
    project = Project(tmp_path)
    _make(project, files)
    before = project.dist_snapshot()
    built = run_bounded(tmp_path, "build")
    assert "Traceback" not in built.stderr and "internal error" not in built.stderr, built.stderr[-2000:]
    assert built.code == code, built.stderr[-2000:]
    found = diagnostics(built.stderr)
    for line in expected:
        assert any(d.startswith(line) for d in found), (line, found)
    assert len(found) == len(expected), found  # nothing else: no cascade, no bare library log lines
    assert built.stderr.strip() == "" or built.stderr.splitlines()[0] in found, built.stderr  # no stray lines first
    if code:
        assert "nothing was written" in built.stderr
        assert project.dist_snapshot() == before
    else:
        prs = Presentation(project.dist / "d.pptx")
        assert len(prs.slides) == 3
        assert (project.dist / "d-handout.pdf").read_bytes().startswith(b"%PDF")
    after_build = project.dist_snapshot()
    checked = run_bounded(tmp_path, "check")
    assert checked.code == built.code, checked.stderr[-2000:]
    assert diagnostics(checked.stderr) == found
    assert project.dist_snapshot() == after_build


def test_a_pie_with_a_zero_slice_keeps_its_category(tmp_path):
    """The zero slice is not drawn (an arc of no extent), but the chart still lists both categories."""
    project = Project(tmp_path)
    _make(project, CASES["pie-with-a-zero-slice"][0])
    assert run_bounded(tmp_path, "build").code == 0
    chart = next(s.chart for s in Presentation(project.dist / "d.pptx").slides[2].shapes if s.has_chart)
    assert list(chart.plots[0].categories) == ["a", "b"]
    assert list(chart.plots[0].series[0].values) == [100.0, 0.0]
