"""Property-based tests: random valid outlines always build and reopen; random invalid ones always give
positioned diagnostics, exit 1, and write nothing."""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings, strategies as st
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
