"""The command line's answer to an unchanged rebuild, given before click, YAML or any part of the build is
imported: ``deckbuild build [DECK]... [--out DIR] [-q] …`` whose arguments are plain is answered from
``fastpath.answer`` when nothing changed since the same build was remembered (a project file, when there is
one, is read as the command line reads it).

Everything else — another command, ``--help``, an option this module does not read, a value click would
refuse, a project file with errors, a symbolic link where the decks are looked for, a record that is missing
or out of date — returns None, and the full command line runs from the start: it prints and exits exactly as
it does without this module. What is answered here is what it would answer (tests/test_fastcli.py compares).
"""

from __future__ import annotations

import os

DEFAULT_FORMATS = ("pptx", "pdf")  # render.painters.DEFAULT_FORMATS (tests check they agree)
_VALUED = {"--out": "out", "--audience": "audience", "--format": "format", "--dpi": "dpi", "--style": "style",
           "-j": "jobs", "--jobs": "jobs"}
_FLAGS = {"-q": "quiet", "--quiet": "quiet", "--strict": "strict"}


def unchanged_build(argv: list[str]) -> int | None:
    """Return the exit status of ``deckbuild`` with *argv* after printing what it prints, when *argv* is a
    plain build whose every output is up to date; else None (nothing printed, nothing written but the
    fast path's own record)."""
    args = parse_build(argv)
    if args is None:
        return None
    opts = build_options(args, os.getcwd())
    if opts is None:
        return None
    from deckbuild.fastpath import answer

    record = answer(opts)
    if record is None:
        return None
    if args["quiet"] and not record["diagnostics"]:
        return 0  # what the full path prints then: nothing
    return _report(opts, args, record)


def parse_build(argv: list[str]) -> dict | None:
    """Return the values of ``build`` *argv* as click reads them ({"decks", "out", …, "quiet"}), or None when
    *argv* is not a build, or holds anything but plain decks and the options read here."""
    if not argv or argv[0] != "build":
        return None
    args: dict = {"decks": [], "quiet": False, "strict": False}
    rest = iter(argv[1:])
    for token in rest:
        if not token.startswith("-"):
            args["decks"].append(token)
            continue
        name, eq, value = token.partition("=")
        if name in _FLAGS and not eq:
            args[_FLAGS[name]] = True
        elif name in _VALUED and not (eq and not name.startswith("--")):  # --out DIR, --out=DIR, -j N
            if not eq:
                value = next(rest, None)
            if not value or value.startswith("-") or _VALUED[name] in args:
                return None  # click says what is wrong (or reads it its own way)
            args[_VALUED[name]] = value
        else:
            return None
    for name, low, high in (("dpi", 10, 600), ("jobs", 1, 64)):
        if name in args:
            try:
                number = int(args[name])
            except ValueError:
                return None
            if not low <= number <= high:
                return None
    return args


def build_options(args: dict, cwd: str):
    """Return the build options ``cli_options.build_options`` makes of *args* in the working folder *cwd*
    (the attributes ``fastpath`` reads), or None when making them takes more than what is plain: a project
    file with errors, a symbolic link where decks are looked for, a deck that is not there."""
    from types import SimpleNamespace

    project = _project(cwd)
    if project is None:
        return None
    root = str(project.root) if project.file else cwd
    if project.decks and not args["decks"]:
        targets = [str(d) for d in project.decks]
    else:
        targets = _named_decks(args["decks"], cwd) if args["decks"] else _project_decks(root)
    formats = _formats(args["format"]) if "format" in args else (project.formats or DEFAULT_FORMATS)
    if not targets or formats is None:
        return None
    style, style_base = args.get("style"), cwd
    allow = [str(a) for a in project.allow]
    if style and (style.endswith((".yaml", ".yml")) or "/" in style or "\\" in style):
        allow.append(os.path.realpath(style))
    if style is None and project.style is not None:
        style, style_base = project.style, root
    out = args.get("out") or (str(project.out) if project.out else os.path.join(root, "dist"))
    return SimpleNamespace(targets=targets, out_dir=out, formats=formats, audience=args.get("audience"),
                           style=style, style_base=style_base, strict=args["strict"],
                           allow=tuple(dict.fromkeys(allow)), a11y=False, dpi=int(args.get("dpi", 96)))


def _project(cwd: str):
    """Return the project around *cwd* as ``cli_options.project_here`` finds it (without reading YAML when no
    folder up from it holds a deckbuild.yaml), or None when its project file has errors."""
    from types import SimpleNamespace

    if not any(os.path.lexists(os.path.join(f, "deckbuild.yaml")) for f in _ancestors(os.path.realpath(cwd))):
        return SimpleNamespace(root=cwd, file=None, decks=[], style=None, out=None, formats=None, allow=())
    from pathlib import Path

    from deckbuild.diagnostics import Diagnostics
    from deckbuild.project import load_project

    diags = Diagnostics()
    project = load_project(Path(cwd), diags)
    return None if diags.has_errors else project


def _formats(value: str) -> tuple[str, ...] | None:
    """Return the formats ``--format`` names, as ``cli_options.format_names`` reads them, or None when one is
    not a painter's (click says so)."""
    from deckbuild.render.painters import PAINTERS

    wanted = tuple(dict.fromkeys(v.strip().lower() for v in value.split(",") if v.strip()))
    return wanted if wanted and all(v in PAINTERS for v in wanted) else None


def _ancestors(folder: str) -> list[str]:
    found = [folder]
    while os.path.dirname(found[-1]) != found[-1]:
        found.append(os.path.dirname(found[-1]))
    return found


def _named_decks(decks: list[str], cwd: str) -> list[str] | None:
    """Return the decks *decks* name (a folder with a deck.yaml, a deck file, or outlines/NAME), as
    ``build.resolve_targets`` finds them, or None when one is not plainly there."""
    targets = []
    for arg in decks:
        parts = [p for p in arg.split("/") if p not in ("", ".")]
        if not parts or parts[-1] == ".." or "\\" in arg or "\0" in arg:
            return None
        named = os.path.join(cwd, "outlines", arg)
        probed = (arg, os.path.join(arg, "deck.yaml"), named, os.path.join(named, "deck.yaml"))
        if any(os.path.islink(p) for p in probed):
            return None  # a link (perhaps a loop): cli_options looks at it
        if os.path.lexists(arg):
            if os.path.isdir(arg) and os.path.isfile(os.path.join(arg, "deck.yaml")):
                targets.append(arg)
            elif os.path.isfile(arg):
                targets.append(arg)
            else:
                return None
        elif "/" not in arg and os.path.isfile(os.path.join(named, "deck.yaml")):
            targets.append(named)
        else:
            return None
    return targets


def _project_decks(cwd: str) -> list[str] | None:
    """Return every ``outlines/*/deck.yaml``'s folder, as ``build.find_decks`` does, or None when there is
    none, or a symbolic link (perhaps a loop) or something other than a file named deck.yaml."""
    outlines = os.path.join(cwd, "outlines")
    if os.path.islink(outlines) or not os.path.isdir(outlines):
        return None
    found = []
    for name in sorted(os.listdir(outlines)):
        folder = os.path.join(outlines, name)
        deck = os.path.join(folder, "deck.yaml")
        if os.path.islink(folder) or os.path.islink(deck):
            return None
        if os.path.isdir(folder) and os.path.lexists(deck):
            if not os.path.isfile(deck):
                return None
            found.append(folder)
    return found or None


def _report(opts, args: dict, record: dict) -> int:
    """Print the remembered answer as ``cli_report.report_build`` prints a build's, and return its status."""
    from pathlib import Path
    from types import SimpleNamespace

    from deckbuild.cli_report import report_build
    from deckbuild.diagnostics import Diagnostic, Diagnostics, Pos

    diags = Diagnostics()
    diags.items += [Diagnostic(Pos(*d["pos"]), d["severity"], d["message"], d["hint"]) for d in record["diagnostics"]]
    up_to_date = [Path(opts.out_dir) / name for t in record["tasks"] for name in t["names"]]
    result = SimpleNamespace(diags=diags, ok=not diags.has_errors, outcomes=[], written=[], up_to_date=up_to_date)
    return report_build(result, args.get("audience"), args["quiet"])  # cached outcomes have no report to print
