"""``python -m deckbuild`` and the ``deckbuild`` console script: an unchanged rebuild is answered by
``fastcli`` before click or the build are imported; a plain build (what ``fastcli.parse_build`` reads) runs
without click (``plain_build``); everything else runs the command line (``cli.main``)."""


def main() -> None:
    """Run deckbuild with the process's arguments, exiting with its status."""
    import sys

    try:
        from deckbuild.fastcli import unchanged_build

        status = unchanged_build(sys.argv[1:])
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception:  # noqa: BLE001 - never a wrong answer: the full command line runs, and reports any bug
        status = None
    if status is not None:
        sys.exit(status)
    plain_build(sys.argv[1:])
    from deckbuild.cli import main as run_cli

    run_cli()


def plain_build(argv: list[str]) -> None:
    """Run ``deckbuild build`` *argv* as ``cli.main`` runs it, without importing click, and exit, when *argv* is
    plain (``fastcli.parse_build``: decks and the options it reads, each a value click accepts); else return,
    having done nothing, for the full command line to read *argv* (and say what is wrong with it). A usage
    error found while making the options (a deck that is not there) returns too: click says it."""
    import errno
    import sys

    from deckbuild.fastcli import _formats, parse_build

    args = parse_build(argv)
    if args is None:
        return
    formats = _formats(args["format"]) if "format" in args else None
    if "format" in args and formats is None:
        return
    from deckbuild.cli_options import build_decks
    from deckbuild.cli_report import LEAVE_AT_ONCE, internal_error

    LEAVE_AT_ONCE.append(True)
    jobs = int(args["jobs"]) if "jobs" in args else None
    try:
        build_decks(args["decks"], args.get("audience"), args.get("out"), formats, int(args.get("dpi", 96)),
                    args.get("style"), jobs, False, False, args["strict"], (), args["quiet"])
    except (EOFError, KeyboardInterrupt):  # click's Abort, as cli.main reports it
        print(file=sys.stderr)
        print("aborted", file=sys.stderr)
        sys.exit(130)
    except OSError as exc:
        if exc.errno != errno.EPIPE:
            internal_error(exc)
        from click.core import _PacifyFlushWrapper  # what click does with a closed pipe

        sys.stdout, sys.stderr = _PacifyFlushWrapper(sys.stdout), _PacifyFlushWrapper(sys.stderr)
        sys.exit(1)
    except Exception as exc:  # noqa: BLE001 - as cli.main: a bug is reported briefly
        click = sys.modules.get("click")
        if click is not None and isinstance(exc, click.ClickException):
            LEAVE_AT_ONCE.clear()  # (cli.main sets it again)
            return  # a usage error, raised before anything was built: the command line says it as click does
        internal_error(exc)


if __name__ == "__main__":
    main()
