"""Tests mirror src/: each slide kind's layout module and each painter has a unit test module of its own,
found from the registries themselves (layout.KINDS, render.painters.PAINTERS, layout.handout.HANDOUTS)."""

from __future__ import annotations

from pathlib import Path

from deckbuild.layout import KINDS
from deckbuild.render.painters import PAINTERS

TESTS = Path(__file__).resolve().parent


def test_every_layout_kind_module_has_its_test_module():
    modules = sorted({f.__module__.rsplit(".", 1)[1] for f in KINDS.values()})
    assert len(modules) >= 8
    assert [m for m in modules if not (TESTS / "layout" / f"test_{m}.py").is_file()] == []


def test_every_painter_has_its_test_module():
    assert [f for f in PAINTERS if not (TESTS / "render" / f"test_{f}.py").is_file()] == []


def test_every_handout_is_laid_out_by_its_test_module():
    """tests/layout/test_handouts.py runs its tests over the registry itself: a new handout is tested too."""
    from deckbuild.layout.handout import HANDOUTS

    assert len(HANDOUTS) >= 4
    assert "sorted(HANDOUTS)" in (TESTS / "layout" / "test_handouts.py").read_text(encoding="utf-8")
