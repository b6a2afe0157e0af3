"""compile(): the one path from a deck file to Pages, and the keys that say what is up to date."""

from __future__ import annotations

from pathlib import Path

from conftest import SIMPLE_DECK


def _counting(monkeypatch):
    from deckbuild import worker

    calls = []
    real = worker.run_task

    def counting(task, paint=True, inputs=None, **kw):
        calls.append(task.deck_name)
        return real(task, paint, inputs, **kw)

    monkeypatch.setattr(worker, "run_task", counting)
    return calls


def test_an_edit_of_deckbuilds_own_code_builds_again(project, monkeypatch):
    from deckbuild import codehash

    project.deck("alpha", SIMPLE_DECK)
    assert project.run("build").exit_code == 0
    calls = _counting(monkeypatch)
    assert project.run("build").exit_code == 0
    assert calls == []  # unchanged: up to date
    monkeypatch.setattr(codehash, "code_hash", lambda: "another deckbuild")  # both the build and the fast path
    result = project.run("build")
    assert result.exit_code == 0, result.output
    assert calls == ["alpha"]


def test_an_edit_of_deckbuilds_own_code_lays_every_slide_out_again(project, monkeypatch):
    from deckbuild import codehash
    from deckbuild.layout import cache as layout_cache

    project.deck("alpha", SIMPLE_DECK)
    assert project.run("build").exit_code == 0
    hits = []
    real = layout_cache.LayoutCache.get

    def get(self, digest, key, *make):
        entry = real(self, digest, key, *make)
        hits.append(entry is not None)
        return entry

    monkeypatch.setattr(layout_cache.LayoutCache, "get", get)
    assert project.run("build", "--force").exit_code == 0
    assert hits and all(hits)  # same code: every slide comes from the cache
    hits.clear()
    monkeypatch.setattr(codehash, "code_hash", lambda: "another deckbuild")  # both the build and the fast path
    assert project.run("build", "--force").exit_code == 0
    assert hits and not any(hits)


def test_the_code_hash_covers_deckbuilds_files():
    from deckbuild.compile import code_hash

    assert len(code_hash()) == 64
    assert code_hash() == code_hash()


def test_compile_then_paint_gives_what_build_writes(project):
    from deckbuild.compile import compile, read_inputs
    from deckbuild.diagnostics import Diagnostics, Pos
    from deckbuild.render.painters import PAINTERS

    deck = project.deck("alpha", SIMPLE_DECK)
    assert project.run("build", "--format", "pptx,pdf,slides").exit_code == 0
    diags = Diagnostics()
    inputs = read_inputs(deck, None, None, deck, Pos("--style", 1, 1), (), diags, {})
    pages = compile(inputs, None, diags)
    assert not diags.has_errors
    for fmt, name in (("pptx", "alpha.pptx"), ("pdf", "alpha-handout.pdf"), ("slides", "alpha-slides.pdf")):
        assert PAINTERS[fmt].paint(pages) == (project.dist / name).read_bytes(), fmt


def test_output_names_come_from_the_painters():
    from deckbuild.render.painters import PAINTERS, output_names

    names = output_names("d", "a")
    assert list(names) == list(PAINTERS)
    assert names["pdf"] == "d-a-handout.pdf" and names["slides"] == "d-a-slides.pdf"
    assert Path(names["html"]).name == "index.html"


def test_the_key_covers_the_font_files_of_every_face_the_typesetter_may_use(tmp_path):
    """A project's own Arabic face (layout.text.SCRIPT_FAMILIES, used whatever the style names) is an input."""
    import shutil

    from conftest import Project
    from deckbuild.compile import input_files, read_inputs
    from deckbuild.diagnostics import Diagnostics, Pos
    from deckbuild.fonts import BUNDLED_DIR

    project = Project(tmp_path)
    folder = project.deck("d", SIMPLE_DECK)
    (tmp_path / "assets" / "fonts").mkdir(parents=True)
    arabic = tmp_path / "assets" / "fonts" / "NotoSansArabic-Regular.ttf"
    shutil.copy(BUNDLED_DIR / "NotoSansArabic-Regular.ttf", arabic)
    diags = Diagnostics()
    inputs = read_inputs(folder, None, None, folder, Pos(str(folder), 1, 1), (), diags, {})
    assert inputs is not None, [d.format() for d in diags]
    assert str(arabic.resolve()) in input_files(inputs)


def test_plan_reads_each_input_once_and_a_trusted_one_not_at_all(project, monkeypatch):
    from collections import Counter

    from deckbuild import build, filehash
    from deckbuild.diagnostics import Diagnostics

    monkeypatch.setattr(filehash, "SETTLED_NS", -10 ** 12)  # every file as if written long ago: trusted
    project.deck("alpha", SIMPLE_DECK)
    assert project.run("build").exit_code == 0  # remembers the inputs' identities
    reads = Counter()
    real = filehash.read_hashed
    monkeypatch.setattr(filehash, "read_hashed", lambda path: reads.update([str(path)]) or real(path))
    monkeypatch.chdir(project.root)
    opts = build.Options(targets=[project.root / "outlines" / "alpha"], out_dir=project.dist, style_base=project.root)
    trusting = build.plan(opts, Diagnostics(), keep_layouts=False)
    assert reads and max(reads.values()) == 1  # each section once (the loader's own read aside)
    assert not [p for p in reads if p.endswith((".ttf", ".otf"))]  # the fonts kept their identities
    reads.clear()
    opts.force = True
    forced = build.plan(opts, Diagnostics(), keep_layouts=False)
    assert not [p for p in reads if p.endswith(".ttf")]  # --force: trusted as file_digests.py remembers them
    assert [p for p in reads if p.endswith(".yaml")]  # (every outline read again)
    reads.clear()
    from deckbuild import file_digests

    monkeypatch.setenv("DECKBUILD_CACHE_DIR", str(project.root / "fresh-cache"))
    file_digests._KEPT.clear()  # a user cache folder remembering nothing: every file is read
    reading = build.plan(opts, Diagnostics(), keep_layouts=False)
    assert [p for p in reads if p.endswith(".ttf")]
    assert [t.key for t in trusting] == [t.key for t in forced] == [t.key for t in reading]  # the same keys
