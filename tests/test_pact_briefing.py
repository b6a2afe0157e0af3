"""The sample briefing (outlines/pact-briefing): it loads cleanly, every slide is sourced and has notes,
every section heading of every source article is covered by a slide citing that article, and the three
audiences are defined as issue 6 asks.

The seed documents themselves are not read here (CI may not have ../shared/seeds); their section
headings are written out by hand in SEED_HEADINGS.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from deckbuild.cli import cli
from deckbuild.diagnostics import Diagnostics
from deckbuild.loader import load_deck
from deckbuild.model import Bullet, Deck, Slide

REPO = Path(__file__).resolve().parents[1]
DECK_DIR = REPO / "outlines" / "pact-briefing"

# The section headings of each seed document, as they appear in it (000 and 001 are the same
# article; only 001 heads its last two points "Conclusion").
SEED_HEADINGS: dict[str, list[str]] = {
    "amigos": [  # 000: AMIGOS IAS, "Russia-North Korea Security Pact"
        "Why is it in the news?",
        "Historical Ties between Russia and North Korea",
        "About the New Pact",
        "Geopolitical Implications",
    ],
    "amigos-copy": [  # 001: the same article, plain text
        "Why is it in the news?",
        "Historical Ties between Russia and North Korea",
        "About the New Pact",
        "Geopolitical Implications",
        "Conclusion",
    ],
    "paradigm": [  # 002: Paradigm Shift, Mah Noor Rizwan
        "Introduction",
        "Historical Overview",
        "Change in Dynamics After 24 Years",
        "Significance of the Defense Pact for North Korea",
        "Global Implications of This Partnership",
        "Conclusion",
    ],
    "peaceful-defensive": [  # 003: "Putin in Pyongyang: … 'Peaceful and Defensive'"
        "Historical Context of Russia-North Korea Relations",
        "The Strategic Pact: Peaceful and Defensive?",
        "Key Elements of the Pact",
        "Geopolitical Implications",
        "Regional Security Dynamics",
        "U.S. Response",
        "Impact on Global Diplomacy",
        "The Domestic Perspective",
        "North Korea",
        "Challenges and Criticisms",
        "International Sanctions",
        "Human Rights Concerns",
        "Future Prospects",
    ],
    "ru-nk-ties": [  # 004: "Russia – North Korean ties"
        "Russia –North Korean Ties",
        "Historical Context",
        "Global Consequences",
        "West’s Response",
    ],
}

# For each (source id, heading): the title of the slide that covers it.
COVERED_BY: dict[tuple[str, str], str] = {
    ("amigos", "Why is it in the news?"): "Putin in Pyongyang, June 2024",
    ("amigos", "Historical Ties between Russia and North Korea"): "Putin's reset and its limits, 2000–2019",
    ("amigos", "About the New Pact"): "Mutual defence at the core",
    ("amigos", "Geopolitical Implications"): "Global order and escalation risk",
    ("amigos-copy", "Why is it in the news?"): "Putin in Pyongyang, June 2024",
    ("amigos-copy", "Historical Ties between Russia and North Korea"): "Putin's reset and its limits, 2000–2019",
    ("amigos-copy", "About the New Pact"): "Mutual defence at the core",
    ("amigos-copy", "Geopolitical Implications"): "Global order and escalation risk",
    ("amigos-copy", "Conclusion"): "Signals to watch",
    ("paradigm", "Introduction"): "Five articles, four lenses",
    ("paradigm", "Historical Overview"): "From partition to partnership, 1945–2024",
    ("paradigm", "Change in Dynamics After 24 Years"): "After 2022: the Ukraine war as catalyst",
    ("paradigm", "Significance of the Defense Pact for North Korea"): "North Korea: a diplomatic win",
    ("paradigm", "Global Implications of This Partnership"): "United States: alarm and counter-moves",
    ("paradigm", "Conclusion"): "What will decide the pact's future",
    ("peaceful-defensive", "Historical Context of Russia-North Korea Relations"): "Drifting apart",
    ("peaceful-defensive", "The Strategic Pact: Peaceful and Defensive?"): "“Peaceful and defensive”: the official line",
    ("peaceful-defensive", "Key Elements of the Pact"): "Beyond defence: economy and aid",
    ("peaceful-defensive", "Geopolitical Implications"): "Global order and escalation risk",
    ("peaceful-defensive", "Regional Security Dynamics"): "Seoul and Tokyo: the front line",
    ("peaceful-defensive", "U.S. Response"): "United States: alarm and counter-moves",
    ("peaceful-defensive", "Impact on Global Diplomacy"): "Global order and escalation risk",
    ("peaceful-defensive", "The Domestic Perspective"): "Russia: reasserting itself",
    ("peaceful-defensive", "North Korea"): "North Korea: a diplomatic win",
    ("peaceful-defensive", "Challenges and Criticisms"): "Sanctions: the legal fault line",
    ("peaceful-defensive", "International Sanctions"): "Sanctions: the legal fault line",
    ("peaceful-defensive", "Human Rights Concerns"): "Human rights and proliferation",
    ("peaceful-defensive", "Future Prospects"): "What will decide the pact's future",
    ("ru-nk-ties", "Russia –North Korean Ties"): "Putin in Pyongyang, June 2024",
    ("ru-nk-ties", "Historical Context"): "What the 1961 treaty promised",
    ("ru-nk-ties", "Global Consequences"): "Seoul and Tokyo: the front line",
    ("ru-nk-ties", "West’s Response"): "Washington's verdict",
}

AUDIENCE_LAYOUTS = {"lecture": "lines", "executive": "article", "analyst": "notes"}


@pytest.fixture(scope="module")
def deck() -> Deck:
    diags = Diagnostics()
    loaded = load_deck(DECK_DIR, diags)
    assert not diags.errors, "\n".join(d.format() for d in diags.errors)
    assert loaded is not None
    return loaded


def all_slides(deck: Deck) -> list[Slide]:
    return [slide for section in deck.sections for slide in section.slides]


def walk(bullets) -> list[Bullet]:
    out = []
    for b in bullets:
        out.append(b)
        out.extend(walk(b.bullets))
    return out


def bullet_lists(slide: Slide) -> list[tuple[Bullet, ...]]:
    """Return every list of top-level bullets the slide can show: its own, its columns', its variants'."""
    lists = [slide.bullets] + [column.bullets for column in slide.columns]
    for overrides in slide.variants.values():
        if "bullets" in overrides:
            lists.append(tuple(overrides["bullets"]))
        for column in overrides.get("columns", ()):
            lists.append(column.bullets)
    return [b for b in lists if b]


def cited(slide: Slide) -> set[str]:
    """Return every source id the slide cites (its own and its bullets', at any depth)."""
    ids = set(slide.sources)
    for bullets in bullet_lists(slide):
        for b in walk(bullets):
            ids.update(b.sources)
    return ids


def test_loads_without_errors(deck):
    assert deck.title
    assert deck.style == "briefing"
    assert len(deck.sections) >= 9
    for section in deck.sections:
        assert section.summary, f"section {section.title!r} has no summary"
        assert section.sources, f"section {section.title!r} has no sources"
        assert section.slides, f"section {section.title!r} has no slides"


def test_every_slide_has_sources_and_notes(deck):
    for slide in all_slides(deck):
        where = f"slide {slide.title!r} ({slide.pos})"
        assert slide.notes and slide.notes.strip(), f"{where} has no speaker notes"
        if slide.sources:
            continue
        lists = bullet_lists(slide)
        assert lists, f"{where} cites no source (section-level sources do not count)"
        for bullets in lists:
            for b in bullets:
                assert b.sources or any(s.sources for s in walk(b.bullets)), \
                    f"{where}: bullet {b.text!r} cites no source and the slide has none"


def test_every_seed_heading_is_covered(deck):
    assert set(SEED_HEADINGS) == set(deck.sources), "SEED_HEADINGS must list every source of the deck"
    table = {(sid, heading) for sid, headings in SEED_HEADINGS.items() for heading in headings}
    assert table == set(COVERED_BY), "COVERED_BY must name a slide for every heading, and nothing else"
    by_title: dict[str, list[Slide]] = {}
    for slide in all_slides(deck):
        by_title.setdefault(slide.title, []).append(slide)
    for (sid, heading), title in COVERED_BY.items():
        assert title in by_title, f"no slide titled {title!r} (covers {sid}: {heading!r})"
        assert any(sid in cited(s) for s in by_title[title]), \
            f"slide {title!r} covers {sid}: {heading!r} but does not cite {sid!r}"


def test_amigos_copies_are_marked_as_the_same_article(deck):
    notes = " ".join(filter(None, (deck.sources["amigos"].note, deck.sources["amigos-copy"].note)))
    assert "same article" in notes


def test_audiences_and_handout_layouts(deck):
    assert set(deck.audiences) == set(AUDIENCE_LAYOUTS)
    for name, layout in AUDIENCE_LAYOUTS.items():
        audience = deck.audiences[name]
        assert audience.description
        assert audience.handout.get("layout") == layout


def test_slide_kinds_used(deck):
    kinds = {slide.kind for slide in all_slides(deck)}
    assert {"timeline", "table", "chart", "statement", "columns", "quote"} <= kinds
    timeline = next(s for s in all_slides(deck) if s.kind == "timeline")
    assert timeline.timeline[0].date in ("1945", "1948") and timeline.timeline[-1].date == "2024"


def test_checks_without_warnings_for_every_audience():
    """The sample must lay out at the style's sizes: no overflow, shrinking or missing glyphs."""
    old = os.getcwd()
    os.chdir(REPO)
    try:
        result = CliRunner().invoke(cli, ["check", "outlines/pact-briefing", "--audience", "all"],
                                    catch_exceptions=False)
        plain = CliRunner().invoke(cli, ["check", "outlines/pact-briefing"], catch_exceptions=False)
    finally:
        os.chdir(old)
    for r in (result, plain):
        assert r.exit_code == 0, r.output
        problems = [line for line in r.output.splitlines()
                    if ("warning:" in line or "error:" in line) and "not drawn yet" not in line]
        assert not problems, "\n".join(problems)
