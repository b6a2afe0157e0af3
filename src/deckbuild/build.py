"""The build, as one readable function: find decks, plan one task per deck × audience, skip what is
up to date, lay out and paint the rest (in parallel processes with ``jobs``), then write.

Nothing is written unless every task of the run is free of errors (and of warnings with
``strict``); outputs are painted in memory first and written atomically, then recorded in the
output folder's manifest so that an unchanged project rebuilds nothing.
"""

from __future__ import annotations

from collections.abc import Callable
import gc
import os
from pathlib import Path

from deckbuild.cache import STATE_DIR, Manifest
from deckbuild.diagnostics import Diagnostics, Pos, did_you_mean, one_of
from deckbuild.records import field, record
from deckbuild.render.painters import DEFAULT_FORMATS, output_names

TYPE_CHECKING = False  # (typing.TYPE_CHECKING, without importing typing at start-up)

if TYPE_CHECKING:  # imported where used, so that an unchanged rebuild (fastpath) loads none of them
    from deckbuild.compile import Inputs
    from deckbuild.model import Deck
    from deckbuild.worker import Outcome, Task

FORMATS = DEFAULT_FORMATS  # written when no format is asked for; the others (html, slides, png) when asked


@record
class Options:
    """What one ``deckbuild build`` was asked to do: its decks, output folder, formats, audience and switches."""

    targets: list[Path] = field(default_factory=list)
    out_dir: Path = Path("dist")
    formats: tuple[str, ...] = FORMATS
    audience: str | None = None
    style: str | None = None
    style_base: Path | None = None  # where a --style path is relative to (default: the working folder)
    strict: bool = False
    jobs: int = 1
    force: bool = False  # rebuild even what is up to date
    allow: tuple[Path, ...] = ()  # folders outside the project that inputs may be read from
    a11y: bool = False  # run the accessibility check (deckbuild.a11y); --strict does too
    progress: Callable[[str, int, int], None] | None = None  # (what, done, total); never prints itself
    dpi: int = 96  # of --format png


@record
class Result:
    """What a build did: its diagnostics, each task's outcome, the files written and those already up to date."""

    diags: Diagnostics
    outcomes: list[Outcome] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    up_to_date: list[Path] = field(default_factory=list)
    writing: bool = False  # writing the outputs began (the state folder is then the build's, as it left it)

    @property
    def ok(self) -> bool:
        return not self.diags.has_errors


def load_deck(target: Path, diags: Diagnostics, allow: tuple[Path, ...] = (), models=None) -> Deck | None:
    """Return the deck at *target* (``loader.load_deck``, imported only when a build needs it)."""
    from deckbuild.loader import load_deck as load

    return load(target, diags, allow, models)


def deck_file(target: Path) -> Path:
    """Return the manifest file of the deck at *target* (as ``loader.deck_file``, without importing the loader)."""
    return target / "deck.yaml" if target.is_dir() else target


def find_decks(cwd: Path) -> list[Path]:
    """Return every deck of the project at *cwd*: ``outlines/*/deck.yaml``, sorted by name."""
    return sorted(p.parent for p in (cwd / "outlines").glob("*/deck.yaml"))


def build(opts: Options) -> Result:
    """Build every deck of *opts* into ``opts.out_dir``; write nothing when there are errors."""
    from deckbuild import fastpath  # an unchanged project is answered from file hashes alone

    result = None if opts.force else fastpath.replay(opts, Result(Diagnostics()))
    if result is None:
        result = _run(opts, write=True)
        fastpath.remember(opts, result)
    return result


def check(opts: Options) -> Result:
    """Return what building would report (laying out and painting everything in memory), writing nothing."""
    return _run(opts, write=False)


def _run(opts: Options, write: bool) -> Result:
    """Return the result of building (or checking) *opts*, with the cyclic garbage collector paused: a
    build makes many objects and few cycles, and scanning the ones it keeps cost up to half of reading a
    large deck (the Markdown reader frees its trees itself)."""
    result = Result(Diagnostics())
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _build(opts, write, result)
    finally:
        _discard_staged(result.outcomes, result.writing)
        if enabled:
            gc.enable()


def _discard_staged(outcomes: list[Outcome], writing: bool) -> None:
    """Remove the staged layout files that were not moved into place (a failed build keeps none), and,
    when writing did not begin, the folders made to stage them in: an output folder is left as it was."""
    for outcome in outcomes:
        for _, data in outcome.keep:
            if isinstance(data, Path):
                data.unlink(missing_ok=True)
        if not writing:
            for folder in reversed(outcome.made):
                try:
                    folder.rmdir()
                except OSError:
                    pass


def _build(opts: Options, write: bool, result: Result) -> Result:
    from deckbuild.worker import Outcome

    diags = result.diags
    planned = plan(opts, diags, keep_layouts=write)
    tasks = list(planned)
    if diags.has_errors:
        return result
    manifest = Manifest(opts.out_dir)
    todo: list[Task] = []
    for task in tasks:
        recorded = manifest.fresh(list(task.names.values()), task.key) if write and not opts.force else None
        if recorded is None:
            todo.append(task)
        else:
            diags.extend(recorded)
            result.outcomes.append(Outcome(task, recorded, cached=True))
            result.up_to_date += [opts.out_dir / n for n in task.names.values()]
    # check paints too, into memory only: a failure while painting shows in check as it would in build
    outcomes = run_tasks({task: planned[task] for task in todo}, paint=True, jobs=opts.jobs, progress=opts.progress)
    if not write:
        for outcome in outcomes:
            outcome.files.clear()
    for outcome in outcomes:
        diags.extend(outcome.diagnostics)
        result.outcomes.append(outcome)
    if opts.strict and diags.warnings and not diags.has_errors:
        diags.error(Pos("--strict", 1, 1), f"{len(diags.warnings)} warning(s) are errors with --strict")
    if not write or diags.has_errors:
        return result
    from deckbuild.writing import write_outputs

    return write_outputs(opts, result, manifest)


def plan(opts: Options, diags: Diagnostics, keep_layouts: bool = True) -> dict[Task, Inputs]:
    """Return the tasks of the run (deck × audience), each with the hash of everything it depends on, and what
    was read to plan it (compiled from, in this process); with *keep_layouts*, tasks keep their per-slide
    layouts, and decks their checked sections (model_cache), in the output folder's state folder."""
    from deckbuild.compile import Inputs, audience_overrides, input_hashes, input_key, project_fonts
    from deckbuild.fastpath import known_files
    from deckbuild.model_cache import for_deck
    from deckbuild.paths import project_root
    from deckbuild.style_loader import StyleLoader
    from deckbuild.worker import Task

    tasks: dict[Task, Inputs] = {}
    fonts_by_root: dict = {}
    claimed: dict[str, tuple[Path, Pos, str | None]] = {}  # output name → (deck, where, audience) writing it
    # --force reads every outline again; other files are trusted by their identity as file_digests.py remembers
    known = None if opts.force else known_files(opts)
    for target in opts.targets:
        models = for_deck(opts.out_dir / STATE_DIR, target) if keep_layouts else None  # checked sections kept
        deck = load_deck(target, diags, opts.allow, models)
        if deck is None:
            continue
        for audience in _audiences(deck, opts.audience, Diagnostics()):
            _claim(deck, audience, opts, claimed, diags)
        root = project_root(deck.path)
        fonts = project_fonts(root, tuple(opts.allow), fonts_by_root)
        diags.extend(fonts.problems())
        styles = StyleLoader(root, diags, opts.allow)
        ref = opts.style or deck.style
        base = (opts.style_base or Path.cwd()) if opts.style else deck.base_dir
        pos = Pos("--style", 1, 1) if opts.style else deck.style_pos
        for audience in _audiences(deck, opts.audience, diags):
            style = styles.load(ref, base, pos, audience_overrides(deck, audience))
            if style is None:
                continue
            inputs = Inputs(deck, style, fonts, models)
            hashes = input_hashes(inputs, known)
            extra = {"dpi": opts.dpi} if "png" in opts.formats else {}
            if opts.a11y or opts.strict:  # the full accessibility check reports what a plain build's record lacks
                extra["a11y"] = True
            key = input_key(hashes, {"audience": audience, "style": ref,
                                     "project_fonts": sorted(str(p.resolve()) for p in fonts.dirs[:1]), **extra})
            task = Task(target, audience, ref, base, pos, tuple(opts.formats), deck.name, key,
                        opts.out_dir / STATE_DIR if keep_layouts else None, hashes, tuple(opts.allow), dpi=opts.dpi,
                        a11y=opts.a11y or opts.strict, owner=os.getpid())
            tasks[task] = inputs
    return tasks


def _claim(deck: Deck, audience: str | None, opts: Options, claimed: dict, diags: Diagnostics) -> None:
    """Report an output of *deck* for *audience* that another deck (or audience) of the run also writes."""
    for fmt, name in output_names(deck.name, audience).items():
        if fmt not in opts.formats:
            continue
        other = claimed.get(name)
        if other is None:
            claimed[name] = (deck.path, deck.pos, audience)
            continue
        path, where, other_audience = other
        if path.resolve() == deck.path.resolve() and other_audience == audience:
            continue
        from deckbuild.yamlsrc import display_path

        mine = f"deck '{deck.name}'" + (f" for audience '{audience}'" if audience else "")
        theirs = f"{display_path(path)}" + (f" for audience '{other_audience}'" if other_audience else "")
        diags.error(deck.pos, f"{mine} would write {display_path(opts.out_dir / name)}, which {theirs} also writes",
                    "rename one of the deck folders (or the audience) so that every output has its own name")
        return


def run_tasks(tasks: dict[Task, Inputs | None], paint: bool, jobs: int = 1,
              progress: Callable[[str, int, int], None] | None = None) -> list[Outcome]:
    """Return the outcomes of *tasks* in order, built in up to *jobs* processes.

    In this process, each task is compiled from the Inputs planning read; a worker process reads them again.
    """
    from deckbuild import worker

    todo = list(tasks)
    total = len(todo)
    if jobs <= 1 or total <= 1:
        outcomes = []
        views = worker.SharedViews()  # audiences share one layout within this run, never across runs
        for i, task in enumerate(todo):
            if progress:
                progress(_label(task), i, total)
            outcomes.append(worker.run_task(task, paint, tasks[task], views=views))
        if progress and total:
            progress("done", total, total)
        return outcomes
    from concurrent.futures import ProcessPoolExecutor, as_completed

    with ProcessPoolExecutor(max_workers=min(jobs, total)) as pool:
        futures = {pool.submit(worker.run_task, task, paint): i for i, task in enumerate(todo)}
        results: list[Outcome | None] = [None] * total
        for done, future in enumerate(as_completed(futures), 1):
            results[futures[future]] = future.result()
            if progress:
                progress(_label(todo[futures[future]]), done, total)
    return [r for r in results if r is not None]


def _label(task: Task) -> str:
    return f"{task.deck_name} ({task.audience})" if task.audience else task.deck_name


def _audiences(deck: Deck, wanted: str | None, diags: Diagnostics) -> list[str | None]:
    if wanted is None:
        return [None]
    if wanted == "all":  # a deck that defines no audiences is built once, for everyone
        return list(deck.audiences) or [None]
    if wanted not in deck.audiences:
        diags.error(deck.pos, f"deck '{deck.name}' has no audience '{wanted}'",
                    did_you_mean(wanted, deck.audiences) or one_of(deck.audiences))
        return []
    return [wanted]


def resolve_targets(args: list[str], cwd: Path) -> tuple[list[Path], list[str]]:
    """Return the deck paths named by *args* (all of ``outlines/`` when empty) and usage problems."""
    problems: list[str] = []
    if not args:
        decks = find_decks(cwd)
        if not decks:
            problems.append(f"no decks found: {cwd / 'outlines'} has no */deck.yaml (name a deck folder or file)")
        return decks, problems
    targets = []
    for arg in args:
        path = Path(arg)
        if not path.exists() and deck_file(cwd / "outlines" / arg).is_file() and "/" not in arg:
            path = cwd / "outlines" / arg  # a deck's name: outlines/NAME
        if path.name in ("", ".", ".."):
            path = path.resolve()  # "." or "..": the deck is named after the folder itself
        if not path.exists():
            problems.append(f"no such deck: {arg}")
        elif path.is_dir() and not deck_file(path).is_file():
            problems.append(f"{arg} is a folder without a deck.yaml")
        else:
            targets.append(path)
    return targets, problems
