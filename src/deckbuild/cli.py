"""The command line: parse, call the build, print diagnostics and progress (``cli_report.py``), choose the exit
status. The options several commands share are ``cli_options.py``.

Exit status: 0 success (warnings allowed unless --strict), 1 the input has errors, 2 usage error,
70 an internal error (a bug: please report it; DECKBUILD_DEBUG=1 shows the traceback).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from deckbuild import __version__
from deckbuild.cli_options import build_decks, build_options, format_names, project_here
from deckbuild.cli_report import (EXIT_INPUT, EXIT_OK, EXIT_USAGE, LEAVE_AT_ONCE, console, internal_error,
                                  print_diagnostics, print_kept_text, report_build, report_template)

audience_option = click.option("--audience", metavar="NAME|all", help="Build the deck as this audience sees it.")
style_option = click.option("--style", metavar="NAME|PATH", help="Use this style instead of the deck's.")
strict_option = click.option("--strict", is_flag=True, help="Treat warnings as errors.")
allow_option = click.option("--allow", "allow", metavar="PATH", multiple=True,
                            help="Also read styles, templates, logos, images and fonts from PATH, outside the "
                                 "project (repeatable).")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="deckbuild", message="%(prog)s %(version)s")
def cli() -> None:
    """Compile YAML outlines into a PowerPoint deck and a matching PDF handout."""


@cli.command()
@click.argument("decks", nargs=-1, metavar="[DECK]...")
@audience_option
@click.option("--out", "out_dir", metavar="DIR", help="Output folder (default: dist, or the project file's).")
@click.option("--format", "formats", callback=format_names,
              help="Which outputs to write: pptx, pdf or pptx,pdf; also html, slides (PDF) and png.")
@click.option("--dpi", type=click.IntRange(10, 600), default=96, show_default=True, help="Resolution of --format png.")
@style_option
@click.option("-j", "--jobs", type=click.IntRange(1, 64), help="Build decks and audiences in N processes.")
@click.option("--watch", is_flag=True, help="Rebuild whenever an input changes (Ctrl-C stops).")
@click.option("--force", is_flag=True, help="Rebuild even outputs that are up to date.")
@strict_option
@allow_option
@click.option("-q", "--quiet", is_flag=True, help="Print only problems.")
def build(decks, audience, out_dir, formats, dpi, style, jobs, watch, force, strict, allow, quiet) -> None:
    """Build decks (all of outlines/ when none is named) into DIR."""
    build_decks(decks, audience, out_dir, formats, dpi, style, jobs, watch, force, strict, allow, quiet)


@cli.command()
@click.argument("deck", required=False, metavar="[DECK]")
@audience_option
@style_option
@click.option("--out", "out_dir", metavar="DIR", help="Output folder (default: dist, or the project file's).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port on 127.0.0.1 (0: any free port).")
def serve(deck, audience, style, out_dir, port) -> None:
    """Build the HTML deck, serve it on 127.0.0.1 and rebuild it (the page reloads) on every save."""
    import threading

    from deckbuild.serve import LiveState, deck_folders, diagnostic_lines, make_server
    from deckbuild.watch import watch as watch_loop

    opts = build_options((deck,) if deck else (), audience, out_dir, ("html",), style)
    state, decks = LiveState(), [Path(t).resolve().name for t in opts.targets]
    try:
        server = make_server(opts.out_dir, decks, state, port)
    except OSError as exc:
        raise click.UsageError(f"cannot listen on 127.0.0.1:{port}: {exc.strerror or exc} — "
                               "choose another port with --port") from None
    threading.Thread(target=server.serve_forever, daemon=True).start()
    first = True

    def report(result) -> None:
        nonlocal first
        report_build(result, audience, quiet=False, watching=True)
        decks[:] = deck_folders(result) or decks
        state.update(result.ok, diagnostic_lines(result), changed=bool(result.written))
        if first:
            for name in decks:
                click.echo(f"serving http://127.0.0.1:{server.server_address[1]}/{name}/ (Ctrl-C stops)")
            first = False

    try:
        watch_loop(opts, report, debounce_ms=50)
    except KeyboardInterrupt:
        pass
    finally:
        state.close()
        server.shutdown()
    sys.exit(EXIT_OK)


@cli.command()
@click.argument("decks", nargs=-1, metavar="[DECK]...")
@audience_option
@style_option
@strict_option
@allow_option
@click.option("--template", "template", metavar="PPTX",
              help="Report what this PowerPoint template offers each slide kind, and the fallbacks.")
@click.option("--a11y", "a11y", is_flag=True,
              help="Also check accessibility: contrast, alt text, titles, text size, reading order (--strict does).")
def check(decks, audience, style, strict, allow, template, a11y) -> None:
    """Validate and lay out decks; report problems, overflow and missing glyphs; write nothing."""
    from deckbuild.build import check as run_check

    if template:
        report_template(Path(template))
        if not decks:
            sys.exit(EXIT_OK)
    opts = build_options(decks, audience, style=style, strict=strict, allow=allow)
    opts.a11y = a11y
    result = run_check(opts)
    print_diagnostics(result.diags)
    if result.ok:
        slides = sum(o.slides for o in result.outcomes)
        console(stderr=False).print(f"{len(result.outcomes)} deck(s), {slides} slides: ok")
    sys.exit(EXIT_OK if result.ok else EXIT_INPUT)


@cli.command()
@click.argument("name")
@click.option("--markdown", is_flag=True, help="Write the section in Markdown (01-introduction.md).")
def new(name, markdown) -> None:
    """Scaffold outlines/NAME with a deck.yaml and one section."""
    from deckbuild.scaffold import ScaffoldError, scaffold

    project = project_here()
    try:
        folder = scaffold(project.root / "outlines", name, markdown=markdown)
    except ScaffoldError as exc:
        raise click.UsageError(str(exc)) from None
    click.echo(f"created {folder}/deck.yaml and {folder}/01-introduction.{'md' if markdown else 'yaml'}")
    click.echo(f"build it with: deckbuild build {folder}")


@cli.command()
def styles() -> None:
    """List the built-in styles."""
    from deckbuild.style import builtin_styles

    for name in builtin_styles():
        click.echo(name)


@cli.command()
@click.argument("kind", type=click.Choice(["deck", "section", "style", "project"]), default="section")
@click.option("--out", "out_dir", metavar="DIR", help="Write all four schemas into DIR instead.")
def schema(kind, out_dir) -> None:
    """Print the JSON Schema of outline (section), deck, style or project files, for editors."""
    import json

    from deckbuild.json_schema import SCHEMAS, json_schema

    if out_dir:
        folder = Path(out_dir)
        folder.mkdir(parents=True, exist_ok=True)
        for name in SCHEMAS:
            (folder / f"{name}.schema.json").write_text(json.dumps(json_schema(name), indent=2) + "\n")
            click.echo(f"wrote {folder / f'{name}.schema.json'}")
        return
    click.echo(json.dumps(json_schema(kind), indent=2))


@cli.command("import")
@click.argument("docs", nargs=-1, required=True, metavar="DOC...", type=click.Path(path_type=Path))
@click.option("--deck", "deck_name", metavar="NAME", help="Name of the deck folder to create.")
@click.option("--outlines", "outlines_dir", metavar="DIR", type=click.Path(file_okay=False, path_type=Path),
              help="Folder that holds the decks (default: the project's outlines/).")
@click.option("--force", is_flag=True, help="Replace the deck folder if it exists.")
@click.option("--pages", "page_range", metavar="N-M", help="Import only these pages of a PDF (3-12, 5 or 7-).")
@click.option("--dump-text", is_flag=True, help="Print the text kept from each document and write nothing.")
@click.option("-v", "--verbose", is_flag=True, help="List every line left out as boilerplate, with its reason.")
def import_(docs, deck_name, outlines_dir, force, page_range, dump_text, verbose) -> None:
    """Draft outlines/NAME from source documents (.txt, .md, .html, .docx, .pdf) or a deck (.pptx)."""
    from deckbuild.importer import import_documents
    from deckbuild.importer.pdf import parse_pages
    from deckbuild.scaffold import name_problem
    from deckbuild.yamlsrc import display_path

    try:
        pages = parse_pages(page_range)
    except ValueError as exc:
        raise click.UsageError(f"--pages: {exc}: write it as 3-12, 5 or 7-") from None
    if dump_text:
        sys.exit(print_kept_text(list(docs), verbose, pages))
    if deck_name is None:
        raise click.UsageError("Missing option '--deck'.")
    problem = name_problem(deck_name)
    if problem:
        raise click.UsageError(problem)
    folder = (outlines_dir or project_here().root / "outlines") / deck_name
    if folder.exists() and not force:
        raise click.UsageError(f"{display_path(folder)} already exists: choose another --deck name, "
                               "or add --force to replace it")
    result = import_documents(list(docs), deck_name, folder.parent, force=force, pages=pages)
    if verbose:
        for doc, line in result.dropped:
            span = str(line.line) if line.end == line.line else f"{line.line}-{line.end}"
            click.echo(f"{doc.display}:{span}: dropped ({line.reason}): {line.text}")
    print_diagnostics(result.diags)
    if not result.ok:
        console().print("nothing was written", style="red")
        sys.exit(EXIT_INPUT)
    for line in result.report:
        click.echo(line)
    if result.dropped and not verbose:
        click.echo("(--verbose lists every dropped line with its reason)")
    click.echo(f"wrote {display_path(result.folder)}/: {len(result.files) - 1} section files, "
               f"{result.todos} TODOs to resolve")
    click.echo(f"build it with: deckbuild build {display_path(result.folder)}")


@cli.command()
@click.argument("deck", type=click.Path(path_type=Path))
@click.option("--to", "to", required=True, type=click.Choice(["md", "yaml"]),
              help="The format of the new section files.")
@click.option("--out", "out_dir", metavar="DIR", type=click.Path(file_okay=False, path_type=Path),
              help="The new deck folder (default: DECK-md or DECK-yaml beside DECK).")
def convert(deck, to, out_dir) -> None:
    """Write DECK again with its section files in Markdown or YAML (DECK itself is not changed)."""
    from deckbuild.mdoutline.cli import run_convert

    print_diagnostics(diags := run_convert(deck, to, out_dir, click.echo))
    sys.exit(EXIT_INPUT if diags.has_errors else EXIT_OK)


def main() -> None:
    """Run the command line: usage errors exit 2, internal errors 70 with a short message."""
    LEAVE_AT_ONCE.append(True)
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
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - a bug: report it briefly, never as a wall of traceback
        internal_error(exc)
