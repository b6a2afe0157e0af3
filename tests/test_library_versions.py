"""What the build's key and the caches' salts cover of the libraries deckbuild runs on (cache.library_versions)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from deckbuild.cache import _LIBRARIES, NOT_SHAPING, library_versions

ROOT = Path(__file__).resolve().parents[1]


def _dependencies() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {re.split(r"[<>=!~\[; ]", d, maxsplit=1)[0] for d in project["dependencies"]}


def test_every_library_that_can_change_an_output_is_in_the_build_key():
    """An upgrade of any of them must build again (the manifest) and empty the caches (their salts): Pygments
    colours code, matplotlib draws formulas, pikepdf writes the tagged PDF, uharfbuzz shapes text…"""
    missing = _dependencies() - set(_LIBRARIES) - set(NOT_SHAPING)
    assert missing == set(), f"say whether these shape the outputs: {sorted(missing)}"
    assert set(_LIBRARIES) >= {"Pygments", "matplotlib", "pikepdf", "uharfbuzz", "PyYAML", "svglib"}


def test_the_versions_name_every_library_in_order():
    names = [item.partition("=")[0] for item in library_versions().split(";")]
    assert names == list(_LIBRARIES)
