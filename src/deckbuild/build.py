"""The build, as one readable function: find decks, plan one task per deck × audience, skip what is
up to date, lay out and paint the rest (in parallel processes with ``jobs``), then write.

Nothing is written unless every task of the run is free of errors (and of warnings with
``strict``); outputs are painted in memory first and written atomically, then recorded in the
output folder's manifest so that an unchanged project rebuilds nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from deckbuild.audience import Report
from deckbuild.cache import STATE_DIR, Manifest, fingerprint
from deckbuild.diagnostics import Diagnostic, Diagnostics, Pos, did_you_mean, one_of
from deckbuild.fonts import FontBook
from deckbuild.loader import deck_file, load_deck, project_root
from deckbuild.model import Deck
from deckbuild.outputs import output_names, remove_stale_temporaries, write_atomic
from deckbuild.style import StyleLoader

FORMATS = ("pptx", "pdf")


@dataclass
class Options:
    targets: list[Path] = field(default_factory=list)
    out_dir: Path = Path("dist")
    formats: tuple[str, ...] = FORMATS
    audience: str | None = None
    style: str | None = None
    style_base: Path | None = None  # where a --style path is relative to (default: the working folder)
    strict: bool = False
    jobs: int = 1
    force: bool = False  # rebuild even what is up to date
    progress: Callable[[str, int, int], None] | None = None  # (what, done, total); never prints itself


@dataclass(frozen=True)
class Task:
    """One deck as one audience sees it: what a worker process needs to build it."""

    target: Path
    audience: str | None
    style: str | None
    style_base: Path
    style_pos: Pos
    formats: tuple[str, ...]
    deck_name: str
    key: str = ""
    state: Path | None = None  # the output folder's state folder: where per-slide layouts are kept

    @property
    def names(self) -> dict[str, str]:
        return {fmt: name for fmt, name in output_names(self.deck_name, self.audience).items() if fmt in self.formats}


@dataclass
class Outcome:
    """What building one task gave: its diagnostics, report, slide count, and the files' bytes."""

    task: Task
    diagnostics: list[Diagnostic]
    report: Report | None = None
    slides: int = 0
    files: dict[str, bytes] = field(default_factory=dict)
    cached: bool = False
    keep: list = field(default_factory=list)  # per-slide layout files to write (bytes) or delete (None)


@dataclass
class Result:
    diags: Diagnostics
    outcomes: list[Outcome] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    up_to_date: list[Path] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.diags.has_errors


def find_decks(cwd: Path) -> list[Path]:
    """Return every deck of the project at *cwd*: ``outlines/*/deck.yaml``, sorted by name."""
    return sorted(p.parent for p in (cwd / "outlines").glob("*/deck.yaml"))


def build(opts: Options) -> Result:
    """Build every deck of *opts* into ``opts.out_dir``; write nothing when there are errors."""
    return _run(opts, write=True)


def check(opts: Options) -> Result:
    """Return what building would report (laying out and painting everything in memory), writing nothing."""
    return _run(opts, write=False)


def _run(opts: Options, write: bool) -> Result:
    diags = Diagnostics()
    tasks = plan(opts, diags, keep_layouts=write)
    result = Result(diags)
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
    outcomes = run_tasks(todo, paint=True, jobs=opts.jobs, progress=opts.progress)
    if not write:
        for outcome in outcomes:
            outcome.files.clear()
    PREPARED.clear()  # what planning read for up-to-date tasks is not needed any more (watch mode loops)
    for outcome in outcomes:
        diags.extend(outcome.diagnostics)
        result.outcomes.append(outcome)
    if opts.strict and diags.warnings and not diags.has_errors:
        diags.error(Pos("--strict", 1, 1), f"{len(diags.warnings)} warning(s) are errors with --strict")
    if not write or diags.has_errors:
        return result
    built: dict[str, tuple[str, bytes, list[Diagnostic]]] = {}
    tmp_dir = opts.out_dir / STATE_DIR / "tmp"
    try:
        remove_stale_temporaries(tmp_dir)
        for outcome in result.outcomes:
            for fmt, name in outcome.task.names.items():
                if fmt in outcome.files:
                    write_atomic(opts.out_dir / name, outcome.files[fmt], tmp_dir)
                    result.written.append(opts.out_dir / name)
                    built[name] = (outcome.task.key, outcome.files[fmt], outcome.diagnostics)
    except OSError as exc:
        where = Pos(str(exc.filename or opts.out_dir), 1, 1)
        diags.error(where, f"cannot write the output: {exc.strerror or exc}",
                    "check that the output folder is a writable folder")
    if built:
        manifest.record(built)
        for outcome in result.outcomes:
            for path, data in outcome.keep:
                try:
                    if data is None:
                        path.unlink()
                    else:
                        write_atomic(path, data, tmp_dir, durable=False)
                except OSError:
                    pass  # only a cache: the next build lays those slides out again
    return result


def plan(opts: Options, diags: Diagnostics, keep_layouts: bool = True) -> list[Task]:
    """Return the tasks of the run (deck × audience), each with the hash of everything it depends on.

    With *keep_layouts*, tasks keep their per-slide layouts in the output folder's state folder.
    """
    tasks: list[Task] = []
    fonts_by_root: dict[Path, FontBook] = {}
    for target in opts.targets:
        deck = load_deck(target, diags)
        if deck is None:
            continue
        root = project_root(deck.path)
        fonts = fonts_by_root.setdefault(root, FontBook([root / "assets" / "fonts"]))
        styles = StyleLoader(root, diags)
        ref = opts.style or deck.style
        base = (opts.style_base or Path.cwd()) if opts.style else deck.base_dir
        pos = Pos("--style", 1, 1) if opts.style else deck.style_pos
        for audience in _audiences(deck, opts.audience, diags):
            style = styles.load(ref, base, pos, audience_overrides(deck, audience))
            if style is None:
                continue
            inputs = list(deck.files) + list(style.files) + font_files(fonts, style)
            key = fingerprint(inputs, {"audience": audience, "style": ref,
                                       "project_fonts": sorted(str(p) for p in fonts.dirs[:1])})
            task = Task(target, audience, ref, base, pos, tuple(opts.formats), deck.name, key,
                        opts.out_dir / STATE_DIR if keep_layouts else None)
            tasks.append(task)
            PREPARED[task] = (deck, style, fonts)
    return tasks


PREPARED: dict = {}
"""Decks and styles already read by ``plan``, for tasks built in this process (a worker process reads
them again)."""


def font_files(fonts: FontBook, style) -> list[Path]:
    """Return the files of every face of the families *style* names (and the bundled fallback)."""
    names = [style.fonts.heading, style.fonts.body, style.fonts.mono, *style.fonts.fallback, "Liberation Sans"]
    return sorted({face.path for name in names for face in fonts.family(name).values()})


def run_tasks(tasks: list[Task], paint: bool, jobs: int = 1,
              progress: Callable[[str, int, int], None] | None = None) -> list[Outcome]:
    """Return the outcomes of *tasks* in order, built in up to *jobs* processes."""
    from deckbuild.worker import run_task

    total = len(tasks)
    if jobs <= 1 or total <= 1:  # in this process: reuse what planning read
        prepared = {task: PREPARED.pop(task, None) for task in tasks}
        outcomes = []
        for i, task in enumerate(tasks):
            if progress:
                progress(_label(task), i, total)
            outcomes.append(run_task(task, paint, prepared[task]))
        if progress and total:
            progress("done", total, total)
        return outcomes
    from concurrent.futures import ProcessPoolExecutor, as_completed

    PREPARED.clear()
    with ProcessPoolExecutor(max_workers=min(jobs, total)) as pool:
        futures = {pool.submit(run_task, task, paint): i for i, task in enumerate(tasks)}
        results: list[Outcome | None] = [None] * total
        for done, future in enumerate(as_completed(futures), 1):
            results[futures[future]] = future.result()
            if progress:
                progress(_label(tasks[futures[future]]), done, total)
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


def audience_overrides(deck: Deck, audience: str | None) -> tuple:
    """Return the style values *audience* overrides (its ``style:`` and ``handout:`` in deck.yaml)."""
    from deckbuild.schema import Values

    if audience is None:
        return ()
    aud = deck.audiences[audience]
    overrides: list[Values] = []
    if aud.style:
        overrides.append(aud.style)
    if aud.handout:
        wrapper = Values(aud.pos)
        wrapper["handout"] = aud.handout
        overrides.append(wrapper)
    return tuple(overrides)


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
        if not path.exists():
            problems.append(f"no such deck: {arg}")
        elif path.is_dir() and not deck_file(path).is_file():
            problems.append(f"{arg} is a folder without a deck.yaml")
        else:
            targets.append(path)
    return targets, problems
