"""What the command line prints: diagnostics, build progress and results, a template's report, the text an
import keeps. With ``cli.py`` and ``cli_options.py`` it is the command line, the only code that prints."""

from __future__ import annotations

import os
import sys
from pathlib import Path

EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 70


def console(stderr: bool = True):
    """Return a rich console on stderr (diagnostics) or stdout (results)."""
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=True)


def print_diagnostics(diags) -> None:
    """Print every diagnostic, sorted, then the count of errors and warnings."""
    items = diags.sorted()
    if not items:
        return
    from rich.text import Text

    err = console()
    for d in items:
        line = Text()
        line.append(f"{d.pos}: ", style="bold")
        line.append(f"{d.severity}: ", style="bold red" if d.severity == "error" else "bold yellow")
        line.append(d.message)
        if d.hint:
            line.append(f" — {d.hint}", style="cyan")
        err.print(line)
    errors = sum(1 for d in items if d.severity == "error")
    warnings = len(items) - errors
    if items:
        parts = [f"{errors} error{'s' * (errors != 1)}"] if errors else []
        parts += [f"{warnings} warning{'s' * (warnings != 1)}"] if warnings else []
        err.print(", ".join(parts), style="bold red" if errors else "yellow")


class Progress:
    """Shows build progress: a bar on a terminal, plain lines otherwise, nothing when quiet."""

    def __init__(self, quiet: bool):
        self.quiet = quiet
        self.tty = sys.stdout.isatty()
        self.bar = None
        self.task = None

    def __call__(self, what: str, done: int, total: int) -> None:
        if self.quiet or total < 2:
            return
        if not self.tty:
            if what != "done":
                import click

                click.echo(f"[{done + 1 if done < total else done}/{total}] {what}")
            return
        if self.bar is None:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn

            self.bar = Bar(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), transient=True,
                           console=console(stderr=False))
            self.bar.start()
            self.task = self.bar.add_task("building", total=total)
        self.bar.update(self.task, completed=done, description=what)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None


def report_build(result, audience, quiet: bool, watching: bool = False) -> int:
    """Return the exit status of a build *result* after printing its diagnostics and what it wrote."""
    print_diagnostics(result.diags)
    if not result.ok:
        console().print("nothing was written" + (" — waiting for changes" if watching else ""), style="red")
        return EXIT_INPUT
    if not quiet:
        out = console(stderr=False)
        if audience:
            for outcome in result.outcomes:
                if outcome.report is not None:
                    out.print(f"{outcome.task.deck_name} for {outcome.report.summary()}")
        from deckbuild.paths import display_path

        for path in result.written:
            out.print(f"wrote {display_path(path)}")
        if result.up_to_date:
            names = ", ".join(display_path(p) for p in result.up_to_date)
            out.print(f"up to date: {names}" if result.written else f"everything is up to date ({names})")
    return EXIT_OK


def report_template(path: Path) -> None:
    """Print what the template at *path* offers each slide kind (exit 1 when it cannot be read)."""
    import click

    from deckbuild.layout.geometry import describe
    from deckbuild.template import TemplateError, read_template

    if not path.is_file():
        raise click.UsageError(f"no such template: {path}")
    try:
        info = read_template(path)
    except TemplateError as exc:
        console().print(f"{path}: error: {exc.sentence(path.name)} — {exc.hint}", style="red", highlight=False)
        sys.exit(EXIT_INPUT)
    for line in describe(info):
        click.echo(line)


def print_kept_text(docs: list[Path], verbose: bool, pages) -> int:
    """Print the text kept from each document (a header line before each when there are several)."""
    import click

    from deckbuild.importer import dump_text as text_of, read_and_clean

    kept, diags = read_and_clean(docs, pages)
    for doc in kept:
        if verbose:
            for line in sorted(doc.dropped, key=lambda x: (x.line, x.end)):
                span = str(line.line) if line.end == line.line else f"{line.line}-{line.end}"
                click.echo(f"{doc.display}:{span}: dropped ({line.reason}): {line.text}", err=True)
        if len(docs) > 1:
            click.echo(f"==> {doc.display} <==")
        click.echo(text_of(doc), nl=len(docs) > 1 and doc is not kept[-1])
    print_diagnostics(diags)
    return EXIT_INPUT if diags.has_errors else EXIT_OK


LEAVE_AT_ONCE: list[bool] = []  # set by main(): the process is the command line's own (not a test's runner)


def leave(status: int) -> None:
    """Exit with *status*. In the command line's own process, with no other thread running, leave once the
    exit handlers have run and stdout and stderr are flushed, without tearing down the build's objects
    (7% of a build's wall time, issue 21 measured): the outputs are written and recorded, child processes
    waited for, and a program that runs deckbuild's main() still has its atexit handlers run."""
    from deckbuild.fork import single_threaded

    if LEAVE_AT_ONCE and single_threaded():
        import atexit

        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except Exception:  # noqa: BLE001 - a closed pipe: the usual exit reports it as Python does
            sys.exit(status)
        atexit._run_exitfuncs()
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(status)
    sys.exit(status)


def internal_error(exc: Exception) -> None:
    """Exit 70 after saying briefly that *exc* is a bug in deckbuild (with DECKBUILD_DEBUG=1, raise it: the
    traceback shows where), never as a wall of traceback."""
    if os.environ.get("DECKBUILD_DEBUG"):
        raise exc
    import click

    click.echo(f"deckbuild: internal error: {type(exc).__name__}: {exc}", err=True)
    click.echo("this is a bug in deckbuild; run again with DECKBUILD_DEBUG=1 to see where, and report it", err=True)
    sys.exit(EXIT_INTERNAL)
