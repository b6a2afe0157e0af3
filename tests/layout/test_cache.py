"""An edit lays out only what it changed, and the build it gives equals a clean one, byte for byte: the
per-slide layout cache never changes what is built."""

from __future__ import annotations

import shutil

import pytest

from conftest import REPO

EDITS = [  # (file, old, new) applied one after another to the gallery
    ("02-figures.yaml", "  - title: A table\n", "  - title: A table, retitled\n"),
    ("01-text.yaml", "slides:\n", "slides:\n  - title: A new first slide\n    bullets: [one, two]\n"),
    ("01-text.yaml", "  - title: A new first slide\n    bullets: [one, two]\n", ""),
    ("03-pictures.yaml", "section: Pictures\n", "section: Pictures, renamed\n"),
    ("deck.yaml", "title: The deckbuild Gallery\n", "title: The deckbuild Gallery\nstyle: house\n"),
]


def _outputs(folder) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("gallery*")) if p.is_file()}


def _hits(monkeypatch) -> list[tuple[int, int]]:
    from deckbuild.layout import cache as layout_cache

    counts: list[tuple[int, int]] = []
    real = layout_cache.LayoutCache.dump

    def counting(self, *args):
        counts.append((self.hits, self.misses))
        return real(self, *args)

    monkeypatch.setattr(layout_cache.LayoutCache, "dump", counting)
    return counts


@pytest.fixture
def gallery(project):
    for folder in ("outlines/gallery", "assets"):
        shutil.copytree(REPO / folder, project.root / folder)
    project.write("assets/styles/house.yaml", "sizes: {body: 20}\n")
    return project


def test_each_edit_builds_what_a_clean_build_does_and_reuses_the_rest(gallery, monkeypatch):
    counts = _hits(monkeypatch)
    deck = gallery.root / "outlines" / "gallery"
    assert gallery.run("build", "-q", "outlines/gallery").exit_code == 0
    for step, (name, old, new) in enumerate(EDITS):
        text = (deck / name).read_text()
        assert old in text
        (deck / name).write_text(text.replace(old, new, 1))
        assert gallery.run("build", "-q", "outlines/gallery").exit_code == 0
        hits, misses = counts[-1]
        clean = gallery.root / f"clean-{step}"
        assert gallery.run("build", "-q", "outlines/gallery", "--out", str(clean)).exit_code == 0
        assert counts[-1][0] == 0  # the clean build read nothing
        assert _outputs(gallery.dist) == _outputs(clean) and len(_outputs(clean)) == 2, name
        if name == "deck.yaml":  # a style change lays every slide out again
            assert hits == 0
        else:  # only the slides of the section edited (and, after a slide added or removed, those numbered after it)
            assert hits >= 10 and misses <= 22, (name, hits, misses)


def test_an_edit_reuses_every_slide_of_the_sections_it_did_not_touch(gallery, monkeypatch):
    counts = _hits(monkeypatch)
    deck = gallery.root / "outlines" / "gallery"
    assert gallery.run("build", "-q", "outlines/gallery").exit_code == 0
    cold_hits, cold_misses = counts[-1]
    text = (deck / "03-pictures.yaml").read_text()
    (deck / "03-pictures.yaml").write_text(text.replace("  - title: A picture at a set width", "  - title: Set width"))
    assert gallery.run("build", "-q", "outlines/gallery").exit_code == 0
    # the section's seven slides and its divider; the formulas slide, whose boxes hold numpy numbers, is kept too:
    # a build of the PPTX and the handout keeps no boxes (worker.wants_boxes)
    assert cold_hits == 0 and counts[-1] == (cold_misses - 8, 8)


def test_a_slide_whose_boxes_cannot_be_kept_is_laid_out_again(gallery, monkeypatch):
    counts = _hits(monkeypatch)
    deck = gallery.root / "outlines" / "gallery"
    args = ("build", "-q", "outlines/gallery", "--format", "pptx,pdf,html")  # HTML: every slide's boxes are kept
    assert gallery.run(*args).exit_code == 0
    cold_hits, cold_misses = counts[-1]
    text = (deck / "03-pictures.yaml").read_text()
    (deck / "03-pictures.yaml").write_text(text.replace("  - title: A picture at a set width", "  - title: Set width"))
    assert gallery.run(*args).exit_code == 0
    # the section's seven slides and its divider, and the formulas slide, never kept (its boxes hold numpy numbers)
    assert cold_hits == 0 and counts[-1] == (cold_misses - 9, 9)


def test_damaged_layout_files_give_the_clean_build(gallery):
    assert gallery.run("build", "-q", "outlines/gallery").exit_code == 0
    clean = _outputs(gallery.dist)
    kept = sorted((gallery.dist / ".deckbuild" / "layout" / "gallery").iterdir())
    assert len(kept) == 3
    kept[0].write_bytes(kept[0].read_bytes()[:-40])  # cut short
    kept[1].write_bytes(kept[1].read_bytes().replace(b"[", b"{", 1))  # no longer signed
    kept[2].write_bytes(b"")
    assert gallery.run("build", "-q", "--force", "outlines/gallery").exit_code == 0
    assert _outputs(gallery.dist) == clean


def test_an_edit_reports_the_characters_a_kept_slide_s_footer_cannot_draw_as_a_clean_build_does(project):
    # footers of slides read back from the cache are set only when a painter needs their boxes, unless their
    # text holds a character no font draws: that is reported by the layout, read back or not
    project.write("assets/styles/plain.yaml", 'fonts: {fallback: []}\nfooter: "{slide.title} {slide.number}"\n')
    deck = project.deck("scripts", {
        "deck.yaml": "title: Scripts\nstyle: plain\n",
        "01.yaml": "section: One\nslides:\n  - title: Kim (김은정)\n    bullets: [a, b]\n  - title: Two\n",
        "02.yaml": "section: Two\nslides:\n  - title: Three\n    bullets: [c]\n",
    })
    assert project.run("build", "outlines/scripts").exit_code == 0
    (deck / "02.yaml").write_text((deck / "02.yaml").read_text().replace("Three", "Three, retitled"))
    edit = project.run("build", "outlines/scripts")
    clean = project.run("build", "outlines/scripts", "--out", "clean")
    said = [line for line in edit.stderr.splitlines() if "can draw" in line]
    assert said == [line for line in clean.stderr.splitlines() if "can draw" in line]
    assert any(line.startswith("outlines/scripts/deck.yaml") for line in said), said  # the footer's, at the deck
    built = {p.name: p.read_bytes() for p in project.dist.glob("scripts*")}
    assert built == {p.name: p.read_bytes() for p in (project.root / "clean").glob("scripts*")} and len(built) == 2
