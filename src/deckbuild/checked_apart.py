"""The last section files of a long deck checked in a forked process while this one checks the first (the other
processor is otherwise idle until the slides are laid out).

The forked process checks its files as a build does and sends back the files the model cache keeps of them
(model_cache.py: the Section, its warnings and its references, signed), which this process reads as kept
sections, in order: what is built is what checking every file here builds. A file the cache does not keep
(one with errors, or one that reads a picture) is checked here, as is every file when the forked process fails.

Only a cold build forks (the deck's checked sections are not kept yet: an edit reads them back), of a deck whose
YAML section files hold FORK_FROM_BYTES or more, when a processor is free (fork.idle_core) and no other thread runs.
"""

from __future__ import annotations

import os
from pathlib import Path

FORK_FROM_BYTES = 128_000  # bench/gen.py decks: 300 slides are 159 kB (91 section files at 1,000 slides: 523 kB)
SHARE = 0.62  # of the bytes, checked here: reading a kept section back costs about 0.4 of checking it


def checked_apart(files: list[tuple[Path, object]], deck_ctx, models, check):
    """Return (the index in *files* from which a forked process checks them, a function that gives the model
    cache *models* those files and returns nothing), or None when they are all checked here. *files* are the
    deck's YAML section files with the position listing each, in order; *deck_ctx* the deck file's LoadCtx;
    *check* is the loader's ``_check_section``."""
    from deckbuild.fork import single_threaded

    if models is None or models.folder is None or len(files) < 2 or not hasattr(os, "fork") or not single_threaded():
        return None
    try:
        sizes = [os.stat(file).st_size for file, _ in files]
        kept = sum(1 for _ in models.folder.iterdir()) if models.folder.is_dir() else 0
    except OSError:
        return None
    if sum(sizes) < FORK_FROM_BYTES or kept * 2 > len(files):
        return None
    from deckbuild.fork import idle_core, started

    if not idle_core():
        return None
    first, total = 1, sizes[0]
    while first < len(files) - 1 and total + sizes[first] <= SHARE * sum(sizes):
        total += sizes[first]
        first += 1
    parent = os.getpid()

    def in_child() -> tuple[bytes, ...]:
        if os.getpid() == parent:  # the forked process failed: the files are checked here, in order
            return ()
        return _checked(files[first:], deck_ctx, models, check)

    result = started(in_child)

    def give() -> None:
        parts = result()
        if isinstance(parts, tuple) and len(parts) % 2 == 0:
            models.give({name.decode(): data for name, data in zip(parts[::2], parts[1::2])})

    return first, give


def _checked(files: list[tuple[Path, object]], deck_ctx, models, check) -> tuple[bytes, ...]:
    """Return the names and bytes (one after the other) of the model cache's files of *files*, checked here."""
    from deckbuild.diagnostics import Diagnostics
    from deckbuild.outline_ctx import LoadCtx, Refs
    from deckbuild.paths import real_path

    mine = type(models)(models.folder, models.salt)  # (a ModelCache of its own: what it checks, dumped)
    ctx = LoadCtx(deck_ctx.display, Diagnostics(), deck_ctx.base_dir, Refs(), deck_ctx.scope, deck_ctx.digest,
                  deck_ctx.text)
    for file, pos in files:
        check(file, pos, ctx, mine, real_path(file))
    return tuple(part for path, data in mine.dump() if isinstance(data, bytes) for part in (path.name.encode(), data))
