"""``deckbuild build --watch``: build, then rebuild whenever an input changes, staying alive on errors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from deckbuild.build import Options, build
from deckbuild.loader import deck_file
from deckbuild.paths import project_root


def watched_paths(opts: Options) -> list[Path]:
    """Return the folders and files whose changes trigger a rebuild: decks, assets, styles, project file."""
    paths: set[Path] = set()
    for target in opts.targets:
        path = deck_file(Path(target)).resolve()
        paths.add(path.parent)
        root = project_root(path)
        for extra in (root / "assets", root / "deckbuild.yaml"):
            if extra.exists():
                paths.add(extra)
    if opts.style and Path(opts.style).suffix in (".yaml", ".yml"):
        paths.add((opts.style_base or Path.cwd()).joinpath(opts.style).resolve().parent)
    return sorted(paths)


def watch(opts: Options, report: Callable, stop_event=None, debounce_ms: int = 300) -> None:
    """Build now and after every change of an input, calling *report(result)* each time.

    Changes inside the output folder are ignored. Returns when *stop_event* is set (or on Ctrl-C).
    """
    from watchfiles import watch as changes

    out = opts.out_dir.resolve()

    def relevant(_change, path: str) -> bool:
        p = Path(path).resolve()
        return out not in (p, *p.parents) and not p.name.startswith(".") and not p.name.endswith("~")

    report(build(opts))
    for _batch in changes(*watched_paths(opts), watch_filter=relevant, stop_event=stop_event,
                          debounce=debounce_ms, rust_timeout=500, yield_on_timeout=False):
        report(build(opts))
