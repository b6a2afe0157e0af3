"""``python -m deckbuild`` and the ``deckbuild`` console script: an unchanged rebuild is answered by
``fastcli`` before click or the build are imported; everything else runs the command line (``cli.main``)."""


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
    from deckbuild.cli import main as run_cli

    run_cli()


if __name__ == "__main__":
    main()
