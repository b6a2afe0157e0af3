"""The keys of handout pages (layout/handout/page_keys.py): the same on every build of the same deck, changed
on the pages an edit changed and on those only, found without walking what the pages hold."""

from __future__ import annotations

import pytest
from conftest import numbered_section


NOTES = "Notes about slide {}, long enough to wrap over a line or two of the handout beside the miniature."


def _section(n: int, first: str = "Title") -> str:
    return numbered_section(n, NOTES, first=first)


DECK = {"deck.yaml": "title: Keys\n", **{f"{n:02d}.yaml": _section(n) for n in range(1, 4)}}


@pytest.fixture
def keys(monkeypatch):
    """Return the page keys of every handout laid out: a dict (page number → key) per build (a page taken
    whole from the last build, layout/handout/segments.py, has the key it was kept with)."""
    from deckbuild.layout import handout

    builds: list[dict[int, str | None]] = []
    lay_out = handout.deck_to_handout

    def keyed(*args, **named):
        pages = lay_out(*args, **named)
        builds.append({page.number: page.key for page in pages})
        return pages

    monkeypatch.setattr(handout, "deck_to_handout", keyed)
    return builds


def test_the_same_deck_gives_the_same_keys_and_an_edit_changes_its_pages_only(project, keys):
    project.deck("deck", DECK)
    assert project.run("build").exit_code == 0
    assert project.run("build", "--force").exit_code == 0
    first, second = keys[-2], keys[-1]
    assert first == second and sum(k is not None for k in first.values()) >= len(first) - 1
    (project.root / "outlines/deck/03.yaml").write_text(_section(3, first="Changed"))
    assert project.run("build").exit_code == 0
    edited = keys[-1]
    changed = [n for n in first if edited.get(n) != first[n]]
    assert changed and min(changed) > 3  # the pages of sections 1 and 2 keep their keys
    assert set(edited) == set(first)
