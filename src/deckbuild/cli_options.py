"""The command line's options: the flags several commands share, and the build Options made from the flags,
the project file (``deckbuild.yaml``) and the defaults."""

from __future__ import annotations

import sys
from pathlib import Path

from deckbuild.cli_report import EXIT_INPUT, EXIT_OK, LEAVE_AT_ONCE, Progress, leave, print_diagnostics, report_build


def format_names(ctx, param, value: str | None) -> tuple[str, ...] | None:
    """Return the formats of ``--format`` (names of the painter registry), refusing unknown ones."""
    from deckbuild.render.painters import PAINTERS

    if value is None:
        return None
    wanted = tuple(dict.fromkeys(v.strip().lower() for v in value.split(",") if v.strip()))
    bad = [v for v in wanted if v not in PAINTERS]
    if bad or not wanted:
        import click

        raise click.BadParameter(f"unknown format {', '.join(bad) or '(none)'}; use one or more of "
                                 f"{', '.join(PAINTERS)}, separated by commas (default: pptx,pdf)")
    return wanted


def project_here():
    """Return the project around the working folder; exit 1 when its deckbuild.yaml has errors."""
    from deckbuild.diagnostics import Diagnostics
    from deckbuild.project import load_project

    diags = Diagnostics()
    project = load_project(Path.cwd(), diags)
    if diags.has_errors:
        print_diagnostics(diags)
        sys.exit(EXIT_INPUT)
    return project


def allowed_folders(project, allow: tuple[str, ...], style: str | None) -> tuple[Path, ...]:
    """Return the folders reads may come from besides the project: the project file's ``allow:``, every
    ``--allow`` and a ``--style`` file named on the command line."""
    folders = list(project.allow)
    for entry in allow:
        path = Path(entry)
        if not path.exists():
            import click

            raise click.BadParameter(f"no such file or folder: {entry}", param_hint="'--allow'")
        folders.append(path.resolve())
    if style and (style.endswith((".yaml", ".yml")) or "/" in style or "\\" in style):
        folders.append(Path(style).resolve())  # the user named this file: it may be read, wherever it is
    return tuple(dict.fromkeys(folders))


def looping_deck_file(arg: str, cwd: Path) -> Path | None:
    """Return the deck file *arg* names (a file, a folder's deck.yaml, or ``outlines/NAME/deck.yaml``) when it is
    a symbolic link leading back to itself, instead of the deck being taken for missing."""
    from deckbuild.paths import LOOP, file_problem

    path = Path(arg)
    for candidate in (path, path / "deck.yaml", cwd / "outlines" / arg / "deck.yaml"):
        if candidate.is_symlink() and file_problem(candidate) == LOOP:
            return candidate
    return None


def refuse_looping_file(path: Path) -> None:
    """Exit 1 after saying that the deck file *path* (not a folder's deck.yaml) is a symbolic link loop."""
    from deckbuild.diagnostics import Diagnostics, Pos
    from deckbuild.paths import LOOP, problem_hint
    from deckbuild.yamlsrc import display_path

    diags = Diagnostics()
    diags.error(Pos(display_path(path), 1, 1), f"'{display_path(path)}' {LOOP}", problem_hint(LOOP))
    print_diagnostics(diags)
    sys.exit(EXIT_INPUT)


def deck_targets(decks, project) -> tuple[list[Path], list[str]]:
    """Return the decks to build (those named, else the project file's, else all of ``outlines/``) and the
    usage problems. A folder whose deck.yaml is a symbolic link loop is kept, for the loader to say so."""
    from deckbuild.build import find_decks, resolve_targets

    if project.decks and not decks:
        return project.decks, []
    if not decks:
        outlines = project.root / "outlines"
        loops = [d for d in (outlines.iterdir() if outlines.is_dir() else ())
                 if d.is_dir() and looping_deck_file(str(d / "deck.yaml"), project.root)]
        targets = sorted({*find_decks(project.root), *loops})
        return targets, [] if targets else [f"no decks found: {outlines} has no */deck.yaml "
                                            "(name a deck folder or file)"]
    targets, problems = [], []
    for arg in decks:
        loop = looping_deck_file(arg, Path.cwd())
        if loop is not None and loop.name != "deck.yaml":
            refuse_looping_file(loop)
        found, wrong = ([loop.parent], []) if loop else resolve_targets([arg], Path.cwd())
        targets += found
        problems += wrong
    return targets, problems


def build_options(decks, audience=None, out_dir=None, formats=None, style=None, strict=False, jobs=None, force=False,
             allow=()):
    """Return build Options from the flags, then the project file, then the defaults."""
    from deckbuild.build import FORMATS, Options

    project = project_here()
    allowed = allowed_folders(project, allow, style)
    targets, problems = deck_targets(decks, project)
    if problems:
        import click

        raise click.UsageError("; ".join(problems))
    if style is None and project.style is not None:
        style, style_base = project.style, project.root
    else:
        style_base = Path.cwd()
    out = Path(out_dir) if out_dir else (project.out or project.root / "dist")
    return Options(targets=targets, out_dir=out, formats=formats or project.formats or FORMATS, audience=audience,
                   style=style, style_base=style_base, strict=strict, jobs=jobs or project.jobs or 1, force=force,
                   allow=allowed)


def build_decks(decks, audience, out_dir, formats, dpi, style, jobs, watch, force, strict, allow, quiet) -> None:
    """Build *decks* with these flags (``deckbuild build``'s), report the result and exit with its status."""
    opts = build_options(decks, audience, out_dir, formats, style, strict, jobs, force, allow)
    opts.dpi = dpi
    if watch:
        from deckbuild.watch import watch as watch_loop

        try:
            watch_loop(opts, lambda result: report_build(result, audience, quiet, watching=True))
        except KeyboardInterrupt:
            pass
        sys.exit(EXIT_OK)
    progress = Progress(quiet)
    opts.progress = progress
    from deckbuild.build import build as run_build

    if LEAVE_AT_ONCE:  # this process leaves without a teardown (``leave``): collecting the garbage of the
        import gc  # build it paused the collector for would scan every object it made (0.12 s at 1,000 slides)

        gc.disable()

    try:
        result = run_build(opts)
    finally:
        progress.stop()
    leave(report_build(result, audience, quiet))
