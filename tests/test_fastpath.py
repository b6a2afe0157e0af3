"""The unchanged-rebuild fast path (deckbuild.fastpath) answers as the full path does, and any edit to
an input — a section, a style anywhere in its extends chain, an image, a font, the options, deckbuild's
own code — sends the build back to the full path."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import SIMPLE_DECK
from deckbuild import fastpath
from deckbuild.build import Options, Result, build
from deckbuild.diagnostics import Diagnostics

BUNDLED = Path(fastpath.__file__).parent / "fonts" / "LiberationSans-Regular.ttf"


@pytest.fixture
def deck(project):
    from PIL import Image

    project.write("assets/styles/base.yaml", "extends: default\ncolors: {accent: '#aa3300'}\n")
    project.write("assets/styles/house.yaml", "extends: base\n")
    (project.root / "assets/images").mkdir(parents=True)
    Image.new("RGB", (40, 30), (10, 120, 200)).save(project.root / "assets/images/fig.png")
    files = dict(SIMPLE_DECK)
    files["deck.yaml"] = files["deck.yaml"] + "style: house\n"
    files["03-figure.yaml"] = ("section: Figures\nslides:\n  - title: A figure\n"
                               "    image: {path: ../../assets/images/fig.png, alt: A blue box}\n")
    project.deck("d", files)
    return project


def _replay(opts: Options):
    return fastpath.replay(opts, Result(Diagnostics()))


def _opts(project, **kw) -> Options:
    return Options(targets=[project.root / "outlines" / "d"], out_dir=project.dist, **kw)


def _answer(result) -> tuple:
    return ([(str(d.pos), d.severity, d.message, d.hint) for d in result.diags.items], result.written,
            result.up_to_date, [(o.task.deck_name, o.task.audience, o.cached) for o in result.outcomes], result.ok)


def test_fast_path_gives_the_answer_of_the_full_path(deck, monkeypatch):
    monkeypatch.chdir(deck.root)
    first = build(_opts(deck))
    assert first.ok and first.written
    fast = _replay(_opts(deck))
    assert fast is not None
    monkeypatch.setattr(fastpath, "replay", lambda opts, result: None)
    slow = build(_opts(deck))
    assert _answer(fast) == _answer(slow)
    assert slow.up_to_date and not slow.written
    cli_fast = deck.run("build")
    monkeypatch.undo()
    monkeypatch.chdir(deck.root)
    cli_slow = deck.run("build")
    assert (cli_fast.exit_code, cli_fast.output) == (cli_slow.exit_code, cli_slow.output)
    assert "everything is up to date" in cli_slow.output


def test_fast_path_does_not_load_the_deck(deck, monkeypatch):
    from deckbuild import build as build_module

    monkeypatch.chdir(deck.root)
    assert build(_opts(deck)).ok
    monkeypatch.setattr(build_module, "load_deck", lambda *a, **k: pytest.fail("the deck was loaded"))
    assert build(_opts(deck)).up_to_date


def _touch_section(p):
    f = p.root / "outlines/d/02-second.yaml"
    f.write_text(f.read_text().replace("Five", "Six"))


def _touch_base_style(p):
    f = p.root / "assets/styles/base.yaml"
    f.write_text(f.read_text().replace("aa3300", "aa3301"))


def _touch_image(p):
    from PIL import Image

    Image.new("RGB", (40, 30), (10, 120, 201)).save(p.root / "assets/images/fig.png")


def _add_font(p):
    (p.root / "assets/fonts").mkdir(parents=True, exist_ok=True)
    shutil.copy(BUNDLED, p.root / "assets/fonts/Extra.ttf")


def _add_section(p):
    p.write("outlines/d/04-more.yaml", "section: More\nslides:\n  - title: More\n    bullets: [x]\n")


def _shadow_style(p):
    p.write("assets/styles/default.yaml", "colors: {accent: '#003300'}\n")


@pytest.mark.parametrize("edit", [_touch_section, _touch_base_style, _touch_image, _add_font, _add_section,
                                  _shadow_style])
def test_any_edit_of_an_input_leaves_the_fast_path(deck, monkeypatch, edit):
    monkeypatch.chdir(deck.root)
    assert build(_opts(deck)).ok
    assert _replay(_opts(deck)) is not None
    edit(deck)
    assert _replay(_opts(deck)) is None
    again = build(_opts(deck))
    if edit is _shadow_style:  # a project style named like a built-in one (here an error: it extends itself)
        assert not again.ok and _replay(_opts(deck)) is None
        return
    assert again.ok and again.written  # the full path built it anew...
    assert _replay(_opts(deck)) is not None  # ...and the fast path knows the new state


def test_other_options_or_other_code_leave_the_fast_path(deck, monkeypatch):
    monkeypatch.chdir(deck.root)
    assert build(_opts(deck)).ok
    assert _replay(_opts(deck, formats=("pptx",))) is None
    assert _replay(_opts(deck, style="default")) is None
    assert _replay(_opts(deck, strict=True)) is None
    assert _replay(_opts(deck)) is not None
    monkeypatch.setattr(fastpath, "code_hash", lambda: "another deckbuild")
    assert _replay(_opts(deck)) is None


def test_an_output_changed_on_disk_or_a_foreign_record_leaves_the_fast_path(deck, monkeypatch):
    monkeypatch.chdir(deck.root)
    assert build(_opts(deck)).ok
    record = fastpath._record_path(_opts(deck))
    original = record.read_bytes()
    record.write_bytes(original.replace(b'"tasks"', b'"tasks" ', 1))
    assert _replay(_opts(deck)) is None  # no longer signed
    record.write_bytes(original)
    (deck.dist / "d.pptx").write_bytes(b"not the output")
    assert _replay(_opts(deck)) is None
    assert build(_opts(deck)).written
