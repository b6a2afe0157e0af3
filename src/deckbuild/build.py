"""The build, as one readable function: find decks, load, select audiences, lay out, paint, write.

Nothing is written unless every deck of the run is free of errors (and of warnings with
``strict``); then every output is painted in memory first and written atomically.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from deckbuild.audience import Report, select
from deckbuild.diagnostics import Diagnostics, Pos, did_you_mean, one_of
from deckbuild.fonts import FontBook
from deckbuild.layout import deck_to_pages
from deckbuild.layout.boxes import HandoutPage, SlidePage
from deckbuild.layout.handout import deck_to_handout
from deckbuild.layout.text import Typesetter
from deckbuild.loader import deck_file, load_deck, project_root
from deckbuild.model import Deck
from deckbuild.outputs import output_names, write_atomic
from deckbuild.schema import Values
from deckbuild.style import Style, StyleLoader

FORMATS = ("pptx", "pdf")


@dataclass
class Options:
    targets: list[Path] = field(default_factory=list)
    out_dir: Path = Path("dist")
    formats: tuple[str, ...] = FORMATS
    audience: str | None = None
    style: str | None = None
    strict: bool = False


@dataclass
class Job:
    """One deck as one audience sees it, laid out and ready to paint."""

    deck: Deck
    style: Style
    slides: list[SlidePage]
    handout: list[HandoutPage]
    report: Report

    @property
    def names(self) -> dict[str, str]:
        return output_names(self.deck.name, self.deck.audience)


@dataclass
class Result:
    diags: Diagnostics
    jobs: list[Job] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.diags.has_errors


def find_decks(cwd: Path) -> list[Path]:
    """Return every deck of the project at *cwd*: ``outlines/*/deck.yaml``, sorted by name."""
    return sorted(p.parent for p in (cwd / "outlines").glob("*/deck.yaml"))


def _audiences(deck: Deck, wanted: str | None, diags: Diagnostics) -> list[str | None]:
    if wanted is None:
        return [None]
    if wanted == "all":
        if not deck.audiences:
            diags.warning(deck.pos, f"--audience all: deck '{deck.name}' defines no audiences; building it once "
                          "for everyone", "add an 'audiences:' mapping to deck.yaml")
            return [None]
        return list(deck.audiences)
    if wanted not in deck.audiences:
        diags.error(deck.pos, f"deck '{deck.name}' has no audience '{wanted}'",
                    did_you_mean(wanted, deck.audiences) or one_of(deck.audiences))
        return []
    return [wanted]


def _audience_overrides(deck: Deck, audience: str | None) -> tuple[Values, ...]:
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


def lay_out(opts: Options, diags: Diagnostics) -> list[Job]:
    """Return every deck × audience of the run laid out; problems go to *diags*."""
    jobs: list[Job] = []
    fonts_by_root: dict[Path, FontBook] = {}
    for target in opts.targets:
        deck = load_deck(target, diags)
        if deck is None:
            continue
        root = project_root(deck.path)
        fonts = fonts_by_root.setdefault(root, FontBook([root / "assets" / "fonts"]))
        styles = StyleLoader(root, diags)
        style_ref = opts.style or deck.style
        style_base = Path.cwd() if opts.style else deck.base_dir
        style_pos = Pos("--style", 1, 1) if opts.style else deck.style_pos
        for audience in _audiences(deck, opts.audience, diags):
            style = styles.load(style_ref, style_base, style_pos, _audience_overrides(deck, audience))
            if style is None:
                continue
            view, report = select(deck, audience)
            setter = Typesetter(fonts, style.fonts.mono, style.fonts.fallback)
            slides = deck_to_pages(view, style, setter, diags)
            handout = deck_to_handout(slides, view, style, setter, audience)
            jobs.append(Job(view, style, slides, handout, report))
    return jobs


def check(opts: Options) -> Result:
    """Return what building would report, writing nothing."""
    diags = Diagnostics()
    jobs = lay_out(opts, diags)
    _strict(opts, diags)
    return Result(diags, jobs)


def build(opts: Options) -> Result:
    """Build every deck of *opts* into ``opts.out_dir``; write nothing when there are errors."""
    from deckbuild.render.pdf import handout_to_pdf
    from deckbuild.render.pptx import deck_to_pptx

    result = check(opts)
    if not result.ok:
        return result
    files: list[tuple[Path, bytes]] = []
    for job in result.jobs:
        names = job.names
        if "pptx" in opts.formats:
            files.append((opts.out_dir / names["pptx"], deck_to_pptx(job.slides, job.deck, job.style)))
        if "pdf" in opts.formats:
            files.append((opts.out_dir / names["pdf"], handout_to_pdf(job.handout, job.deck, job.slides)))
    for path, data in files:
        write_atomic(path, data)
        result.written.append(path)
    return result


def _strict(opts: Options, diags: Diagnostics) -> None:
    if opts.strict and diags.warnings and not diags.has_errors:
        diags.error(Pos("--strict", 1, 1), f"{len(diags.warnings)} warning(s) are errors with --strict")


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
