"""Checked sections kept between builds (model_cache): a section file whose text is unchanged is not parsed and
checked again, and what is built (outputs, warnings, errors) never depends on it."""

from __future__ import annotations

import shutil

import pytest

from conftest import REPO

SECTION = "section: S{n}\nslides:\n  - title: T{n}\n    bullets: [a, b]\n    notes: TODO n{n}\n    sources: [src]\n"
DECK = {"deck.yaml": "title: D\nsources:\n  src: {title: A source}\n",
        **{f"0{n}.yaml": SECTION.format(n=n) for n in range(1, 5)}}


@pytest.fixture
def counted(monkeypatch) -> list:
    """Return the list every build's model caches are appended to."""
    from deckbuild import model_cache

    made: list = []
    real = model_cache.for_deck

    def for_deck(*args):
        made.append(real(*args))
        return made[-1]

    monkeypatch.setattr(model_cache, "for_deck", for_deck)
    return made


def _outputs(folder) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file() and not p.name.startswith(".")}


def test_an_edit_checks_only_the_section_it_changed_and_builds_what_a_clean_build_does(project, counted):
    deck = project.deck("d", DECK)
    first = project.run("build", "outlines/d")
    assert first.exit_code == 0 and (counted[-1].hits, counted[-1].misses) == (0, 4)
    assert first.output.count("still has a TODO") == 4
    (deck / "02.yaml").write_text(SECTION.format(n=2).replace("T2", "Retitled"))
    again = project.run("build", "outlines/d")
    assert again.exit_code == 0 and (counted[-1].hits, counted[-1].misses) == (3, 1)
    assert again.output.count("still has a TODO") == 4  # the warnings of the sections read back are given again
    assert project.run("build", "outlines/d", "--out", "clean").exit_code == 0
    assert _outputs(project.dist) == _outputs(project.root / "clean") and len(_outputs(project.dist)) == 2


def test_references_of_a_kept_section_are_checked_against_the_deck_as_it_is(project, counted):
    deck = project.deck("d", DECK)
    assert project.run("build", "outlines/d").exit_code == 0
    (deck / "deck.yaml").write_text("title: D\n")  # the source the sections cite is gone
    result = project.run("build", "outlines/d")
    assert counted[-1].hits == 4 and result.exit_code == 1
    assert result.output.count("source 'src' is not defined in deck.yaml") == 4


def test_a_section_that_reads_a_picture_is_not_kept(project, counted):
    for folder in ("outlines/gallery", "assets"):
        shutil.copytree(REPO / folder, project.root / folder)
    assert project.run("build", "-q", "outlines/gallery").exit_code == 0
    kept = project.dist / ".deckbuild" / "model" / "gallery"
    assert project.run("build", "-q", "--force", "outlines/gallery").exit_code == 0
    # 02-figures and 03-pictures show pictures (their sizes are read from the files): read and checked again
    assert counted[-1].hits == len(list(kept.iterdir())) == 1 and counted[-1].misses == 2


@pytest.mark.parametrize("damage", ["tampered", "foreign", "cut short"])
def test_a_damaged_or_foreign_model_file_is_a_cold_cache(project, counted, damage):
    project.deck("d", DECK)
    assert project.run("build", "outlines/d").exit_code == 0
    clean = _outputs(project.dist)
    files = sorted((project.dist / ".deckbuild" / "model" / "d").iterdir())
    assert len(files) == 4
    for path in files:
        data = path.read_bytes()
        if damage == "tampered":
            data = data.replace(b"T1", b"X1").replace(b"T2", b"X2").replace(b"T3", b"X3").replace(b"T4", b"X4")
        elif damage == "foreign":
            head, body = data.split(b"\n", 1)
            data = head[:-8] + b"00000000\n" + body  # signed with another key
        else:
            data = data[:-10]
        path.write_bytes(data)
    result = project.run("build", "--force", "outlines/d")
    assert result.exit_code == 0 and counted[-1].hits == 0 and _outputs(project.dist) == clean
    assert all(path.read_bytes() != b"" for path in files)


def test_sections_checked_before_a_fork_are_kept_by_the_child_once(project, counted, monkeypatch):
    from deckbuild import worker

    monkeypatch.setattr(worker, "FORK_FROM_SLIDES", 1)
    monkeypatch.setattr(worker, "idle_core", lambda: True)
    project.deck("d", DECK)
    assert project.run("build", "outlines/d").exit_code == 0  # painted (and the sections kept) in the child
    assert counted[-1].dumped and len(list((project.dist / ".deckbuild" / "model" / "d").iterdir())) == 4
    assert project.run("build", "--force", "outlines/d").exit_code == 0
    assert counted[-1].hits == 4


def test_worker_processes_keep_the_sections_they_checked(project, counted):
    for name in ("d", "e"):
        project.deck(name, DECK)
    built = project.run("build", "--jobs", "2", "outlines/d", "outlines/e")  # one worker process per deck
    assert built.exit_code == 0
    for name in ("d", "e"):
        assert len(list((project.dist / ".deckbuild" / "model" / name).iterdir())) == 4
    clean = _outputs(project.dist)
    again = project.run("build", "--force", "--jobs", "2", "outlines/d", "outlines/e")
    assert again.exit_code == 0 and [c.hits for c in counted[-2:]] == [4, 4] and _outputs(project.dist) == clean
