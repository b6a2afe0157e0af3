"""The handout's last pages painted in a forked child (render/pdf_apart.py): the PDF is byte for byte the one
this process paints alone, for the benchmark's deck and for one of many scripts, whatever the child could not
keep or missed, and an edit built with the child equals a clean build."""

from __future__ import annotations

import shutil
import sys

import pytest
from conftest import REPO

from deckbuild.render import pdf_apart, pdf_pages, pdf_seed

SCRIPTS = {
    "deck.yaml": "title: Many scripts\nauthor: Тестовый автор\n",
    **{f"{n:02d}.yaml": f"""
section: Раздел {n}
slides:
  - title: Привет, мир {n}
    bullets: [Съешь же ещё этих мягких французских булок, "Ελληνικά: αβγδε {n}", 한국어 문장 {n}]
    notes: Заметки к слайду {n} — «кавычки» и многоточие…
  - title: עברית {n}
    bullets: ["{'ספר חדש על השולחן'} {n}", "السلام عليكم {n}"]
    notes: Notes with emoji 🎉 and a dash – and ½ of a ∑.
  - title: Figures {n}
    table:
      columns: [Год, Событие]
      rows:
        - ["199{n}", "Первое"]
        - ["200{n}", "Второе"]
  - title: Trade {n}
    chart:
      type: column
      categories: ["Север", "Юг"]
      series:
        - {{name: Экспорт, values: [12, 15.5]}}
  - title: A formula {n}
    math: 'T(n) = O(\\log n) \\leq n^{n}'
""" for n in range(1, 7)},
}


@pytest.fixture
def applied(monkeypatch):
    """Return the list of what replaying each page painted apart gave (True: its entry was used)."""
    seen: list[bool] = []
    apply = pdf_pages.PageCache.apply

    def noting(self, data, key, read=None):
        ok = apply(self, data, key, read)
        if read is None:  # an entry painted apart (a kept one comes with what was read of it)
            seen.append(ok)
        return ok

    monkeypatch.setattr(pdf_pages.PageCache, "apply", noting)
    return seen


def _build(project, force: bool, monkeypatch, *args: str) -> bytes:
    monkeypatch.setattr(pdf_apart, "FORCE", force)
    assert project.run("build", "--force", *args).exit_code == 0
    return (project.dist / "deck-handout.pdf").read_bytes()


def _bench_deck(project, slides: int = 60) -> None:
    sys.path.insert(0, str(REPO / "bench"))
    try:
        from gen import generate
    finally:
        sys.path.remove(str(REPO / "bench"))
    folder, _ = generate(slides, project.root / "gen")
    shutil.copytree(folder, project.root / "outlines" / "deck")


def test_the_bench_deck_painted_apart_is_the_handout_painted_here(project, monkeypatch, applied):
    _bench_deck(project)
    alone = _build(project, False, monkeypatch)
    assert applied == []
    apart = _build(project, True, monkeypatch)
    assert apart == alone
    assert len(applied) > 5 and all(applied)  # the child painted the last half of the pages, all kept


def test_a_deck_of_many_scripts_painted_apart_is_the_handout_painted_here(project, monkeypatch, applied):
    project.deck("deck", SCRIPTS)
    alone = _build(project, False, monkeypatch)
    apart = _build(project, True, monkeypatch)
    assert apart == alone and any(applied)


def test_a_character_the_seed_missed_is_drawn_here_from_its_page_on(project, monkeypatch, applied):
    """A character the walk does not find (here: "Ж" made to be missed) is assigned its code when drawn; the
    child stops at the first page that drew it, and this process paints that page and every one after."""
    project.deck("deck", {**SCRIPTS, "06.yaml": SCRIPTS["06.yaml"].replace("Съешь", "Ж Съешь")})
    walk = pdf_seed.page_seed

    def missing(painter, page, tagged=True):
        return {name: chars.replace("Ж", "") for name, chars in walk(painter, page, tagged).items()}

    monkeypatch.setattr(pdf_seed, "page_seed", missing)
    alone = _build(project, False, monkeypatch)
    applied.clear()
    apart = _build(project, True, monkeypatch)
    assert apart == alone
    with_it = _pages_with(apart, "Ж Съешь", project.root)
    assert with_it and applied and len(applied) < len(_pages_with(apart, "", project.root)) - with_it[0]


def test_a_child_that_fails_leaves_its_pages_to_this_process(project, monkeypatch, applied):
    project.deck("deck", SCRIPTS)
    alone = _build(project, False, monkeypatch)

    def failing(*args):
        raise RuntimeError("the child fails")

    monkeypatch.setattr(pdf_apart, "_paint", failing)
    assert _build(project, True, monkeypatch) == alone and applied == []


def test_an_edit_painted_apart_equals_a_clean_build_painted_here(project, monkeypatch):
    project.deck("deck", SCRIPTS)
    monkeypatch.setattr(pdf_apart, "FORCE", True)
    assert project.run("build").exit_code == 0
    edited = SCRIPTS["02.yaml"].replace("Привет, мир 2", "Привет, мир Ѣ 2")
    (project.root / "outlines/deck/02.yaml").write_text(edited)
    assert project.run("build").exit_code == 0
    incremental = (project.dist / "deck-handout.pdf").read_bytes()
    shutil.rmtree(project.dist)
    assert _build(project, False, monkeypatch) == incremental


def _pages_with(data: bytes, text: str, tmp_path) -> list[int]:
    import pdfplumber

    path = tmp_path / "look.pdf"
    path.write_bytes(data)
    with pdfplumber.open(path) as pdf:
        return [i for i, page in enumerate(pdf.pages) if text in (page.extract_text() or "")]
