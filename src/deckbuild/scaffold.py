"""``deckbuild new NAME``: a new deck folder with a manifest and one section to start from."""

from __future__ import annotations

import re
from pathlib import Path

from deckbuild.outputs import write_atomic

NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")  # used with fullmatch: '$' would let a final newline in
MAX_NAME = 100

DECK = """# The deck manifest: see `deckbuild schema deck` for every key.
title: {title}
subtitle: What this deck is about
author: Your name
date: {date}
style: default
sources:
  example: {{title: "A source you cite", publisher: "Its publisher"}}
"""

SECTION = """# One section of the deck; add more files beside this one (they are built in name order).
section: Introduction
summary: >
  What this section says, in one paragraph. The handout prints it.
sources: [example]
slides:
  - title: The first slide
    bullets:
      - A first point
      - text: A second point
        bullets: [with a detail]
    notes: |
      What you will say while this slide is shown.
"""


class ScaffoldError(Exception):
    """The deck cannot be created (bad name, or the folder exists)."""


def name_problem(name: str) -> str | None:
    """Return why *name* cannot name a deck folder (control characters, slashes, too long…), or None."""
    shown = repr(name) if not name.isprintable() else f"'{name}'"
    if len(name) > MAX_NAME:
        return f"{shown[:40]}… cannot name a deck: it is {len(name):,} characters long (the limit is {MAX_NAME})"
    if not name.isprintable():
        return f"{shown} cannot name a deck: it holds a line break or control character"
    if not NAME.fullmatch(name):
        return f"{shown} cannot name a deck: use letters, digits, '-', '_' and '.', starting with a letter or digit"
    return None


def scaffold(outlines: Path, name: str, date: str = "2026-01-01", markdown: bool = False) -> Path:
    """Create ``outlines/NAME`` with a deck.yaml and 01-introduction.yaml (or .md); return the folder."""
    problem = name_problem(name)
    if problem:
        raise ScaffoldError(problem)
    folder = outlines / name
    if folder.exists():
        raise ScaffoldError(f"{folder} already exists; choose another name")
    title = name.replace("-", " ").replace("_", " ").strip().capitalize()
    if markdown:  # a Markdown section instead: deckbuild.mdoutline.scaffold
        from deckbuild.mdoutline import scaffold as md

        write_atomic(folder / "deck.yaml", (DECK.format(title=title, date=date) + md.DECK_AUDIENCES).encode())
        write_atomic(folder / md.SECTION_FILE, md.SECTION.encode())
        return folder
    write_atomic(folder / "deck.yaml", DECK.format(title=title, date=date).encode())
    write_atomic(folder / "01-introduction.yaml", SECTION.encode())
    return folder
