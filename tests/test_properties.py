"""Property-based tests: random valid outlines always build and reopen; random invalid ones always give
positioned diagnostics, exit 1, and write nothing."""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, example, given, settings, strategies as st
from pptx import Presentation
from pypdf import PdfReader

from conftest import Project

TEXT = st.text(alphabet=st.characters(whitelist_categories=("L", "N", "P", "S", "Zs")), min_size=1,
               max_size=50).filter(lambda t: t.strip() != "")
WORDS = st.lists(st.sampled_from(["alpha", "beta", "Пхеньян", "**bold**", "*it*", "`code`", "x < y", "a & b",
                                  "[link](https://example.org)", "2024", "ünïcödé", "—", "50%"]),
                 min_size=1, max_size=12).map(" ".join)
LINE = st.one_of(TEXT, WORDS)


def bullets(depth: int):
    leaf = LINE
    if depth >= 4:
        return st.lists(leaf, min_size=0, max_size=4)
    node = st.fixed_dictionaries({"text": LINE}, optional={"bullets": st.deferred(lambda: bullets(depth + 1))})
    return st.lists(st.one_of(leaf, node), min_size=0, max_size=5)


SLIDE = st.one_of(
    st.fixed_dictionaries({"title": LINE}, optional={"bullets": bullets(1), "notes": LINE, "details": LINE}),
    st.fixed_dictionaries({"title": LINE, "quote": st.fixed_dictionaries({"text": LINE}, optional={"by": LINE})}),
    st.fixed_dictionaries({"title": LINE, "statement": LINE}),
    st.fixed_dictionaries({"title": LINE, "timeline": st.lists(
        st.fixed_dictionaries({"date": st.from_regex(r"\A(1[89]|20)\d\d\Z"), "text": LINE}), min_size=1,
        max_size=12)}),
    st.integers(1, 4).flatmap(lambda n: st.fixed_dictionaries({"title": LINE, "table": st.fixed_dictionaries({
        "columns": st.lists(LINE, min_size=n, max_size=n),
        "rows": st.lists(st.lists(LINE, min_size=n, max_size=n), max_size=8)})})),
    st.integers(1, 6).flatmap(lambda n: st.fixed_dictionaries({"title": LINE, "chart": st.fixed_dictionaries({
        "type": st.sampled_from(["bar", "column", "line"]), "categories": st.lists(LINE, min_size=n, max_size=n),
        "series": st.lists(st.fixed_dictionaries({"name": LINE, "values": st.lists(
            st.floats(-1e6, 1e6, allow_nan=False), min_size=n, max_size=n)}), min_size=1, max_size=3)})})),
)
SECTION = st.fixed_dictionaries({"section": LINE}, optional={"summary": LINE,
                                                             "slides": st.lists(SLIDE, min_size=0, max_size=4)})
DECK = st.fixed_dictionaries({"title": LINE}, optional={"subtitle": LINE, "author": LINE})


def _write(root: Path, deck: dict, sections: list[dict]) -> None:
    folder = root / "outlines" / "p"
    folder.mkdir(parents=True)
    (folder / "deck.yaml").write_text(yaml.safe_dump(deck, allow_unicode=True), encoding="utf-8")
    for i, section in enumerate(sections, 1):
        (folder / f"{i:02d}.yaml").write_text(yaml.safe_dump(section, allow_unicode=True), encoding="utf-8")


def _count(section: dict) -> int:
    return 1 + len(section.get("slides", []))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(deck=DECK, sections=st.lists(SECTION, min_size=1, max_size=3))
def test_valid_outlines_always_build_and_reopen(deck, sections):
    root = Path(tempfile.mkdtemp())
    try:
        _write(root, deck, sections)
        result = Project(root).run("build")
        assert result.exit_code == 0, result.output
        prs = Presentation(root / "dist" / "p.pptx")
        assert len(prs.slides) >= 1 + sum(_count(s) for s in sections)  # continuations may add slides
        assert prs.slides[0].shapes.title.text_frame.text.strip() != ""
        reader = PdfReader(root / "dist" / "p-handout.pdf")
        assert len(reader.pages) >= 2
    finally:
        shutil.rmtree(root)


MUTATIONS = {
    "unknown key": lambda s: s["slides"][0].update({"bulets": ["x"]}),
    "wrong type": lambda s: s["slides"][0].update({"bullets": 5}),
    "no title": lambda s: s["slides"][0].pop("title"),
    "empty title": lambda s: s["slides"][0].update({"title": "  "}),
    "unknown audience": lambda s: s["slides"][0].update({"only": ["nobody"]}),
    "undefined source": lambda s: s["slides"][0].update({"sources": ["nowhere"]}),
    "too deep": lambda s: s["slides"][0].update({"bullets": [{"text": "1", "bullets": [{"text": "2", "bullets": [
        {"text": "3", "bullets": [{"text": "4", "bullets": ["5"]}]}]}]}]}),
    "bad chart": lambda s: s["slides"][0].update({"chart": {"type": "donut", "categories": ["a"], "series": []}}),
    "section title missing": lambda s: s.pop("section"),
}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(deck=DECK, section=SECTION.filter(lambda s: s.get("slides")), mutation=st.sampled_from(sorted(MUTATIONS)))
def test_invalid_outlines_always_give_diagnostics(deck, section, mutation):
    root = Path(tempfile.mkdtemp())
    try:
        slide = dict(section["slides"][0])
        if mutation == "bad chart":  # a chart slide has no other kind and no bullets
            slide = {"title": slide["title"]}
        section = {**section, "slides": [slide] + section["slides"][1:]}
        MUTATIONS[mutation](section)
        _write(root, deck, [section])
        result = Project(root).run("build")
        assert result.exit_code == 1, (mutation, result.output)
        assert "Traceback" not in result.output
        errors = [line for line in result.stderr.splitlines() if ": error: " in line]
        assert errors, result.stderr
        assert all(re.match(r"^outlines/p/\d\d\.yaml:\d+:\d+: error: \S", line) for line in errors), errors
        assert not (root / "dist").exists()
    finally:
        shutil.rmtree(root)


# -- incremental builds equal clean builds -------------------------------------------------------------

EDIT_DECK = {
    "deck.yaml": "title: Edits\nstyle: ../../assets/styles/house.yaml\n",
    "01.yaml": "section: Words\nslides:\n  - title: Bullets\n    bullets: [One point, Another point]\n"
               "  - title: Picture\n    image: ../../assets/p.png\n",
}


def _font_variant(scale: float, tmp: Path) -> bytes:
    """Return a TrueType font of the family "Probe Sans" whose glyphs are *scale* times as wide."""
    from fontTools.ttLib import TTFont

    from deckbuild.fonts import BUNDLED_DIR

    font = TTFont(BUNDLED_DIR / "LiberationSans-Regular.ttf")
    for record in font["name"].names:
        if record.nameID in (1, 16):
            record.string = "Probe Sans"
        elif record.nameID in (4, 6):
            record.string = "ProbeSans-Regular" if record.nameID == 6 else "Probe Sans Regular"
    hmtx = font["hmtx"].metrics
    for glyph, (width, lsb) in list(hmtx.items()):
        hmtx[glyph] = (int(width * scale), lsb)
    out = tmp / f"font-{scale}.ttf"
    font.save(out)
    return out.read_bytes()


def _template_variant(title_top: float, tmp: Path) -> bytes:
    """Return a template whose layouts' titles start *title_top* inches from the top."""
    from pptx import Presentation as Deck
    from pptx.util import Inches

    prs = Deck()
    for layout in prs.slide_layouts:
        for ph in layout.placeholders:
            if ph.placeholder_format.type is not None and "TITLE" in str(ph.placeholder_format.type):
                ph.top = Inches(title_top)
    out = tmp / f"template-{title_top}.pptx"
    prs.save(out)
    return out.read_bytes()


def _image_variant(shade: int, wide: bool) -> bytes:
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (80, 40) if wide else (40, 60), (shade, 40, 200 - shade)).save(buf, "PNG")
    return buf.getvalue()


_VARIANTS: dict = {}


def _variants() -> dict:
    """Return the files edits choose from (made once per session)."""
    if not _VARIANTS:
        tmp = Path(tempfile.mkdtemp())
        _VARIANTS["font"] = [_font_variant(s, tmp) for s in (1.0, 1.2, 0.85)]
        _VARIANTS["template"] = [_template_variant(t, tmp) for t in (0.3, 0.9, 1.6)]
        _VARIANTS["image"] = [_image_variant(s, w) for s, w in ((10, True), (90, False), (170, True))]
        _VARIANTS["base"] = ["sizes: {body: 22}\n", "sizes: {body: 18}\ncolors: {accent: \"#22AA44\"}\n",
                             "sizes: {body: 26, title: 40}\n"]
        _VARIANTS["house"] = [f"extends: base.yaml\nfonts: {{body: Probe Sans}}\npptx: {{template: ../t.pptx}}\n{extra}"
                              for extra in ("", "colors: {primary: \"#553311\"}\n", "sizes: {min_body: 12}\n")]
        _VARIANTS["outline"] = [EDIT_DECK["01.yaml"],
                                EDIT_DECK["01.yaml"].replace("Another point", "A much longer point " * 6),
                                EDIT_DECK["01.yaml"] + "  - title: Added\n    statement: A new slide\n"]
        shutil.rmtree(tmp)
    return _VARIANTS


_TARGETS = {"font": "assets/fonts/ProbeSans-Regular.ttf", "template": "assets/t.pptx", "image": "assets/p.png",
            "base": "assets/styles/base.yaml", "house": "assets/styles/house.yaml", "outline": "outlines/e/01.yaml"}


def _apply(root: Path, kind: str, index: int) -> None:
    path = root / _TARGETS[kind]
    path.parent.mkdir(parents=True, exist_ok=True)
    data = _variants()[kind][index]
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))  # edited in place


def _build(root: Path, *args: str) -> None:
    import os
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "deckbuild", "build", "-q", *args], cwd=root, env=dict(os.environ),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def _edit_project(root: Path) -> None:
    for kind in _TARGETS:
        _apply(root, kind, 0)
    (root / "outlines/e/deck.yaml").write_text(EDIT_DECK["deck.yaml"], encoding="utf-8")


_BUILT: list[Path] = []


def _built_project() -> Path:
    """Return a project with every edit target at its first version, built once (examples copy it)."""
    if not _BUILT:
        import atexit

        root = Path(tempfile.mkdtemp())
        _edit_project(root)
        _build(root)
        atexit.register(shutil.rmtree, root, True)
        _BUILT.append(root)
    return _BUILT[0]


def _each_kind(test):
    """Return *test* with one explicit example per kind of edit (run in every profile, CI included)."""
    for kind in sorted(_TARGETS):
        test = example(edits=[(kind, 1)])(test)
    return test


@_each_kind
@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits=st.lists(st.tuples(st.sampled_from(sorted(_TARGETS)), st.integers(1, 2)), min_size=1, max_size=2))
def test_an_incremental_build_equals_a_clean_build_after_any_edits(edits):
    """Each build runs in its own process, as a user's would (a process remembers fonts it has read)."""
    root = Path(tempfile.mkdtemp()) / "p"
    try:
        shutil.copytree(_built_project(), root, symlinks=True)
        for kind, index in edits:
            _apply(root, kind, index)
            _build(root)  # incremental: the manifest and the per-slide layouts of the earlier builds
        _build(root, "--out", "clean")
        dist, clean = root / "dist", root / "clean"
        names = sorted(p.name for p in clean.iterdir() if not p.name.startswith("."))
        assert names == ["e-handout.pdf", "e.pptx"]
        for name in names:
            assert (dist / name).read_bytes() == (clean / name).read_bytes(), (name, edits)
    finally:
        shutil.rmtree(root.parent)
