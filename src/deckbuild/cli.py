"""The command line: parse, call the build, print diagnostics, choose the exit status.

Exit status: 0 success (warnings allowed unless --strict), 1 the input has errors, 2 usage error.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from deckbuild import __version__

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2


def _console(stderr: bool = True):
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=True)


def _print_diagnostics(diags) -> None:
    from rich.text import Text

    console = _console()
    items = diags.sorted()
    for d in items:
        line = Text()
        line.append(f"{d.pos}: ", style="bold")
        line.append(f"{d.severity}: ", style="bold red" if d.severity == "error" else "bold yellow")
        line.append(d.message)
        if d.hint:
            line.append(f" — {d.hint}", style="cyan")
        console.print(line)
    errors = sum(1 for d in items if d.severity == "error")
    warnings = len(items) - errors
    if items:
        parts = [f"{errors} error{'s' * (errors != 1)}"] if errors else []
        parts += [f"{warnings} warning{'s' * (warnings != 1)}"] if warnings else []
        console.print(", ".join(parts), style="bold red" if errors else "yellow")


def _formats(ctx, param, value: str) -> tuple[str, ...]:
    from deckbuild.build import FORMATS

    wanted = tuple(dict.fromkeys(v.strip().lower() for v in value.split(",") if v.strip()))
    bad = [v for v in wanted if v not in FORMATS]
    if bad or not wanted:
        raise click.BadParameter(f"unknown format {', '.join(bad) or '(none)'}; use pptx, pdf or pptx,pdf")
    return wanted


def _targets(decks: tuple[str, ...]) -> list[Path]:
    from deckbuild.build import resolve_targets

    targets, problems = resolve_targets(list(decks), Path.cwd())
    if problems:
        raise click.UsageError("; ".join(problems))
    return targets


audience_option = click.option("--audience", metavar="NAME|all", help="Build the deck as this audience sees it.")
style_option = click.option("--style", metavar="NAME|PATH", help="Use this style instead of the deck's.")
strict_option = click.option("--strict", is_flag=True, help="Treat warnings as errors.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="deckbuild", message="%(prog)s %(version)s")
def cli() -> None:
    """Compile YAML outlines into a PowerPoint deck and a matching PDF handout."""


@cli.command()
@click.argument("decks", nargs=-1, metavar="[DECK]...")
@audience_option
@click.option("--out", "out_dir", default="dist", show_default=True, metavar="DIR", help="Output folder.")
@click.option("--format", "formats", default="pptx,pdf", show_default=True, callback=_formats,
              help="Which outputs to write.")
@style_option
@strict_option
@click.option("-q", "--quiet", is_flag=True, help="Print only problems.")
def build(decks, audience, out_dir, formats, style, strict, quiet) -> None:
    """Build decks (all of outlines/ when none is named) into DIR."""
    from deckbuild.build import Options, build as run_build

    opts = Options(targets=_targets(decks), out_dir=Path(out_dir), formats=formats, audience=audience, style=style,
                   strict=strict)
    result = run_build(opts)
    _print_diagnostics(result.diags)
    if not result.ok:
        _console().print("nothing was written", style="red")
        sys.exit(EXIT_INPUT)
    if not quiet:
        out = _console(stderr=False)
        if audience:
            for job in result.jobs:
                out.print(f"{job.deck.name} for {job.report.summary()}")
        for path in result.written:
            out.print(f"wrote {path}")
    sys.exit(EXIT_OK)


@cli.command()
@click.argument("decks", nargs=-1, metavar="[DECK]...")
@audience_option
@style_option
@strict_option
def check(decks, audience, style, strict) -> None:
    """Validate and lay out decks; report problems, overflow and missing glyphs; write nothing."""
    from deckbuild.build import Options, check as run_check

    result = run_check(Options(targets=_targets(decks), audience=audience, style=style, strict=strict))
    _print_diagnostics(result.diags)
    if result.ok:
        slides = sum(len(j.slides) for j in result.jobs)
        _console(stderr=False).print(f"{len(result.jobs)} deck(s), {slides} slides: ok")
    sys.exit(EXIT_OK if result.ok else EXIT_INPUT)


@cli.command()
def styles() -> None:
    """List the built-in styles."""
    from deckbuild.style import builtin_styles

    for name in builtin_styles():
        click.echo(name)


def main() -> None:
    """Run the command line, turning usage errors into exit status 2."""
    try:
        cli.main(prog_name="deckbuild", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_USAGE)
