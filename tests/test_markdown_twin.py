"""outlines/pact-briefing-md (the sample briefing in Markdown) gives the same slides as outlines/pact-briefing:
titles, bullets with their levels, notes and sources, slide by slide, for every audience and in the built deck."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
from pptx import Presentation

from deckbuild.audience import select
from deckbuild.diagnostics import Diagnostics
from deckbuild.loader import load_deck
from deckbuild.model import Bullet, Code

from conftest import Project

REPO = Path(__file__).resolve().parents[1]
YAML_DECK = REPO / "outlines" / "pact-briefing"
MD_DECK = REPO / "outlines" / "pact-briefing-md"


def _load(folder: Path):
    diags = Diagnostics()
    deck = load_deck(folder, diags)
    assert deck is not None and not diags.items, "\n".join(d.format() for d in diags.items)
    return deck


@pytest.fixture(scope="module")
def twins():
    return _load(YAML_DECK), _load(MD_DECK)


def _lines(bullets: tuple[Bullet, ...], level: int = 0) -> list[tuple[int, str, tuple]]:
    out = []
    for b in bullets:
        out.append((level, b.text, b.sources, b.vis))
        out += _lines(b.bullets, level + 1)
    return out


def _slides(deck):
    return [(sec.title, s) for sec in deck.sections for s in sec.slides]


def test_the_markdown_twin_is_all_markdown():
    assert sorted(p.suffix for p in MD_DECK.iterdir() if p.name != "deck.yaml") == [".md"] * 9
    assert not any(p.name.endswith(".yaml") for p in MD_DECK.iterdir() if p.name != "deck.yaml")


@pytest.mark.parametrize("audience", [None, "lecture", "executive", "analyst"])
def test_same_slides_slide_by_slide(twins, audience):
    yaml_deck, md_deck = (select(d, audience)[0] for d in twins)
    ys, ms = _slides(yaml_deck), _slides(md_deck)
    assert len(ys) == len(ms) > 15
    for (ysec, y), (msec, m) in zip(ys, ms):
        assert (msec, m.title, m.kind) == (ysec, y.title, y.kind)
        assert _lines(m.bullets) == _lines(y.bullets), y.title
        assert m.notes == y.notes, y.title
        assert m.details == y.details, y.title
        assert m.sources == y.sources, y.title
        assert m.vis == y.vis, y.title
    for ysec, msec in zip(yaml_deck.sections, md_deck.sections):
        assert (msec.title, msec.summary, msec.notes, msec.sources) == (ysec.title, ysec.summary, ysec.notes,
                                                                       ysec.sources)


def _without_positions(value, name: str = ""):
    """Return *value* without positions; one-line text with its white space as drawn (one space per run)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        verbatim = isinstance(value, Code)
        return tuple((f.name, _without_positions(getattr(value, f.name), "" if verbatim else f.name))
                     for f in dataclasses.fields(value) if f.name not in ("pos", "digest"))
    if isinstance(value, str) and name in ("title", "statement", "text", "by"):
        return " ".join(value.split())
    if isinstance(value, (tuple, list)):
        return tuple(_without_positions(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((k, _without_positions(v)) for k, v in value.items()))
    return value


def test_same_content_model(twins):
    yaml_deck, md_deck = twins
    assert _without_positions(md_deck.sections) == _without_positions(yaml_deck.sections)


def test_the_built_decks_show_the_same_text(tmp_path):
    project = Project(tmp_path)
    for folder in (YAML_DECK, MD_DECK):
        shutil.copytree(folder, tmp_path / "outlines" / folder.name)
    shutil.copytree(REPO / "assets", tmp_path / "assets", dirs_exist_ok=True)
    result = project.run("build", "outlines/pact-briefing", "outlines/pact-briefing-md", "--format", "pptx",
                         "--audience", "executive")
    assert result.exit_code == 0, result.output

    def texts(name):
        prs = Presentation(str(project.dist / f"{name}-executive.pptx"))
        return [([(p.level, p.text) for sh in s.shapes if sh.has_text_frame for p in sh.text_frame.paragraphs],
                 s.notes_slide.notes_text_frame.text if s.has_notes_slide else "") for s in prs.slides]

    yaml_texts, md_texts = texts("pact-briefing"), texts("pact-briefing-md")
    assert len(yaml_texts) > 20
    assert md_texts == yaml_texts
    same = [(project.dist / f"{name}-executive.pptx").read_bytes() for name in ("pact-briefing", "pact-briefing-md")]
    assert same[0] == same[1]  # the very same file: nothing about the deck depends on how its sections were written
