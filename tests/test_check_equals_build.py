"""``deckbuild check`` passes if and only if ``deckbuild build`` succeeds, with the same diagnostics.

check lays out and paints everything build does (in memory) and writes nothing. This is tested over
random outlines, valid and invalid (edge values in charts, damaged pictures, extreme style sizes), and
over the hostile-input corpus of tests/test_hostile.py.
"""

from __future__ import annotations

import io
import struct
import tempfile
import zlib
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings, strategies as st
from PIL import Image

import test_hostile
from conftest import Project

WORD = st.sampled_from(["alpha", "beta", "**bold**", "*it*", "`code`", "x < y", "Пхеньян", "50%", "—", "ok",
                        "a-very-long-word-without-any-break-in-it-at-all"])
LINE = st.lists(WORD, min_size=1, max_size=8).map(" ".join)
TITLE = st.one_of(LINE, st.integers(40, 300).map(lambda n: " ".join(["word"] * n)))  # some cannot fit
VALUE = st.one_of(st.sampled_from([0.0, -1.0, 1.0, 100.0, 2.2250738585072014e-308, 5e-324, 1e-12, 1e300, -1e300,
                                   1.0e308]), st.floats(-1e6, 1e6, allow_nan=False))


def _chart(n: int):
    return st.fixed_dictionaries({
        "type": st.sampled_from(["bar", "column", "line", "pie"]),
        "categories": st.lists(LINE, min_size=n, max_size=n),
        "series": st.lists(st.fixed_dictionaries({"name": LINE, "values": st.lists(VALUE, min_size=n, max_size=n)}),
                           min_size=1, max_size=2)})


SLIDE = st.one_of(
    st.fixed_dictionaries({"title": TITLE}, optional={"bullets": st.lists(LINE, max_size=6), "notes": LINE}),
    st.fixed_dictionaries({"title": LINE, "statement": LINE}),
    st.integers(1, 5).flatmap(lambda n: st.fixed_dictionaries({"title": LINE, "chart": _chart(n)})),
    st.integers(1, 3).flatmap(lambda n: st.fixed_dictionaries({"title": LINE, "table": st.fixed_dictionaries({
        "columns": st.lists(LINE, min_size=n, max_size=n),
        "rows": st.lists(st.lists(LINE, min_size=n, max_size=n + 1), max_size=4)})})),
    st.fixed_dictionaries({"title": LINE, "image": st.sampled_from(["good.png", "cut.png", "cut.jpg", "none.png"])}),
)
STYLE = st.fixed_dictionaries({}, optional={
    "sizes": st.fixed_dictionaries({}, optional={"title": st.sampled_from([36, 120, 200]),
                                                 "footer": st.sampled_from([11, 60, 250]),
                                                 "notes": st.sampled_from([10, 400])}),
    "handout": st.fixed_dictionaries({}, optional={"page": st.sampled_from(["A4", "letter"]),
                                                   "margins": st.sampled_from(["18mm", "144pt"]),
                                                   "layout": st.sampled_from(["notes", "lines", "grid", "article"])}),
})


def _pictures(folder: Path) -> None:
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), "#336699").save(buf, "PNG")
    (folder / "good.png").write_bytes(buf.getvalue())
    raw = b"".join(b"\0" + b"\x80" * 96 for _ in range(32))
    z = zlib.compress(raw)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    (folder / "cut.png").write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 32, 32, 8, 2, 0, 0, 0))
                                     + chunk(b"IDAT", z[: len(z) // 2]) + chunk(b"IEND", b""))
    buf = io.BytesIO()
    Image.radial_gradient("L").convert("RGB").save(buf, "JPEG")
    (folder / "cut.jpg").write_bytes(buf.getvalue()[: len(buf.getvalue()) // 2])


def diagnostics(text: str) -> list[str]:
    return [line for line in text.splitlines() if ": error: " in line or ": warning: " in line]


def check_and_build(project: Project) -> None:
    """Run check, then build; assert they agree (exit status and diagnostics) and check wrote nothing."""
    before = project.dist_snapshot()
    checked = project.run("check")
    assert project.dist_snapshot() == before
    built = project.run("build")
    assert checked.exit_code in (0, 1) and built.exit_code in (0, 1), (checked.output, built.output)
    assert (checked.exit_code == 0) == (built.exit_code == 0), (checked.stderr[-3000:], built.stderr[-3000:])
    assert diagnostics(checked.stderr) == diagnostics(built.stderr)
    if built.exit_code:
        assert project.dist_snapshot() == before


@settings(max_examples=25, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(slides=st.lists(SLIDE, min_size=1, max_size=4), style=STYLE)
def test_check_passes_iff_build_succeeds_on_random_outlines(slides, style):
    with tempfile.TemporaryDirectory() as tmp:
        project = Project(Path(tmp))
        folder = project.root / "outlines" / "p"
        folder.mkdir(parents=True)
        _pictures(folder)
        deck = {"title": "Property deck"}
        if style:
            deck["style"] = "chosen"
            styles = project.root / "assets" / "styles"
            styles.mkdir(parents=True)
            (styles / "chosen.yaml").write_text(yaml.safe_dump({"extends": "default", **style}), encoding="utf-8")
        (folder / "deck.yaml").write_text(yaml.safe_dump(deck, allow_unicode=True), encoding="utf-8")
        (folder / "01.yaml").write_text(yaml.safe_dump({"section": "S", "slides": slides}, allow_unicode=True),
                                        encoding="utf-8")
        check_and_build(project)


SLOW = {"50-megabytes"}  # reading 50 MB twice more adds little: the case is covered by test_hostile itself


@pytest.mark.parametrize("name", [n for n in test_hostile.CASES if n not in SLOW])
def test_check_passes_iff_build_succeeds_on_the_hostile_corpus(tmp_path, name):
    files, _expected, _code = test_hostile.CASES[name]
    project = Project(tmp_path)
    test_hostile._make(project, files)
    check_and_build(project)
