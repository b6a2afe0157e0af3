"""Audiences whose views select the same content are laid out and painted (the deck) once in a run,
and every output is byte-identical to the one built for that audience alone."""

from __future__ import annotations

from conftest import SIMPLE_DECK, Project


def _deck(audiences: str) -> dict[str, str]:
    files = dict(SIMPLE_DECK)
    files["deck.yaml"] = files["deck.yaml"] + audiences
    return files


SAME = "audiences:\n  a: {description: First}\n  b: {description: Second}\n  c: {description: Third}\n"
SECOND = """
    section: Only for c
    only: [c]
    slides:
      - title: Just c
        bullets: [x]
"""


def _layouts(monkeypatch) -> list:
    import deckbuild.compile as layout_module  # compile() lays out with the deck_to_pages it imported

    calls = []
    real = layout_module.deck_to_pages

    def counting(view, *args, **kwargs):
        calls.append(view.audience)
        return real(view, *args, **kwargs)

    monkeypatch.setattr(layout_module, "deck_to_pages", counting)
    return calls


def test_identical_audiences_are_laid_out_once_and_match_their_single_builds(tmp_path, monkeypatch):
    together = Project(tmp_path / "all")
    together.deck("d", _deck(SAME))
    calls = _layouts(monkeypatch)
    result = together.run("build", "--audience", "all")
    assert result.exit_code == 0, result.output
    assert calls == ["a"]
    for name in "abc":
        alone = Project(tmp_path / name)
        alone.deck("d", _deck(SAME))
        assert alone.run("build", "--audience", name).exit_code == 0
        for out in (f"d-{name}.pptx", f"d-{name}-handout.pdf"):
            assert (together.dist / out).read_bytes() == (alone.dist / out).read_bytes(), out
    pptx = {(together.dist / f"d-{n}.pptx").read_bytes() for n in "abc"}
    assert len(pptx) == 1
    assert len({(together.dist / f"d-{n}-handout.pdf").read_bytes() for n in "abc"}) == 3  # each names its audience


def test_an_audience_that_sees_other_content_is_laid_out_on_its_own(tmp_path, monkeypatch):
    files = _deck(SAME)
    files["03-c.yaml"] = SECOND
    project = Project(tmp_path)
    project.deck("d", files)
    calls = _layouts(monkeypatch)
    result = project.run("build", "--audience", "all")
    assert result.exit_code == 0, result.output
    assert calls == ["a", "c"]
    assert (project.dist / "d-a.pptx").read_bytes() == (project.dist / "d-b.pptx").read_bytes()
    assert (project.dist / "d-a.pptx").read_bytes() != (project.dist / "d-c.pptx").read_bytes()


def test_the_shared_view_belongs_to_one_run_not_to_the_process(tmp_path, monkeypatch):
    """Tasks share a view only through the run's SharedViews: two tasks run on their own each lay out."""
    from deckbuild import worker
    from deckbuild.build import Options, plan
    from deckbuild.diagnostics import Diagnostics

    project = Project(tmp_path)
    project.deck("d", _deck(SAME))
    monkeypatch.chdir(project.root)
    diags = Diagnostics()
    tasks = plan(Options(targets=[project.root / "outlines" / "d"], audience="all", out_dir=project.dist), diags)
    assert len(tasks) == 3 and not diags.has_errors
    calls = _layouts(monkeypatch)
    for task, inputs in tasks.items():
        worker.run_task(task, True, inputs)
    assert calls == ["a", "b", "c"]  # no state kept between calls: nothing outlives a run
    calls.clear()
    views = worker.SharedViews()
    for task, inputs in tasks.items():
        worker.run_task(task, True, inputs, views=views)
    assert calls == ["a"]
