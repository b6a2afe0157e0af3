"""The ``convert`` command's work, kept out of cli.py: check the arguments, convert, say what was written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import click

from deckbuild.diagnostics import Diagnostics


def run_convert(deck: Path, to: str, out: Path | None, echo: Callable[[str], None]) -> Diagnostics:
    """Convert the deck folder *deck* to format *to* in *out*; return the diagnostics (usage errors raise)."""
    from deckbuild.mdoutline.convert import convert_deck
    from deckbuild.yamlsrc import display_path

    folder = deck.parent if deck.name == "deck.yaml" else deck
    if not (folder / "deck.yaml").is_file():
        raise click.UsageError(f"{deck} is not a deck folder (it has no deck.yaml)")
    out = out or folder.parent / f"{folder.name}-{to}"
    if out.exists():
        raise click.UsageError(f"{display_path(out)} already exists: choose another --out folder")
    result = convert_deck(folder, to, out)
    if result.ok:
        names = ", ".join(p.name for p in result.files)
        echo(f"wrote {display_path(out)}/: {names}")
        echo(f"build it with: deckbuild build {display_path(out)}")
    return result.diags
