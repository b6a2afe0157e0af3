"""Building one task (a deck as one audience sees it), in this process or in a worker process:
``compile`` it into Pages, then paint every format the task asks for through the painter registry.

The deck is laid out once for every output; with both the deck and the handout wanted and a deck of
some size, the two are painted at the same time in two processes (a fork shares the layout for free), and
the state files a cold build keeps are encoded in forked processes beside it: the first half of the
sections' layouts and the checked sections while the rest is laid out, the handout's text while it is painted.
"""

from __future__ import annotations

import gc
import hashlib
import os
from pathlib import Path

from deckbuild.filehash import known_digest
from deckbuild.fork import both, collected, idle_core, started
from deckbuild.kept_files import pack, stager, unpack
from deckbuild.records import field, record
from deckbuild.render.painters import output_names

TYPE_CHECKING = False  # (typing.TYPE_CHECKING, without importing typing at start-up)

if TYPE_CHECKING:  # imported where used: an unchanged rebuild needs only Task and Outcome
    from deckbuild.audience import Report
    from deckbuild.compile import Inputs
    from deckbuild.diagnostics import Diagnostic, Pos
    from deckbuild.layout.cache import LayoutCache
    from deckbuild.paint_cache import PaintCache

FORK_FROM_SLIDES = 60  # below this, painting both outputs in one process is quicker than forking


@record(frozen=True)
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
    inputs: tuple[tuple[str, str], ...] = ()  # (file, its hash) of every file the task read, when planned
    allow: tuple[Path, ...] = ()  # folders outside the project that inputs may be read from
    dpi: int = 96  # of the PNGs
    a11y: bool = False  # run the full accessibility check on the laid-out pages
    owner: int = 0  # the process that applies the kept layout files (names the staged files; 0: this one)

    @property
    def names(self) -> dict[str, str]:
        return {fmt: name for fmt, name in output_names(self.deck_name, self.audience).items() if fmt in self.formats}


@record
class Outcome:
    """What building one task gave: its diagnostics, report, slide count, and the files' bytes."""

    task: Task
    diagnostics: list[Diagnostic]
    report: Report | None = None
    slides: int = 0
    files: dict[str, bytes] = field(default_factory=dict)
    cached: bool = False
    keep: list = field(default_factory=list)  # per-slide layout files to write (bytes, or a staged file) or delete
    made: list = field(default_factory=list)  # folders made to stage layout files in (removed if nothing is written)


def run_task(task: Task, paint: bool = True, inputs: Inputs | None = None, fonts: dict | None = None,
             views: SharedViews | None = None) -> Outcome:
    """Return the Outcome of *task*: diagnostics, audience report, slide count and painted files.

    *inputs* are the deck, style and fonts when the caller has read them already; *fonts* holds the
    FontBooks the caller keeps by project folder; *views* the view the run laid out last (audiences that
    select the same content share it; without, the task is laid out on its own). The cyclic garbage collector is paused meanwhile: a
    build makes many small objects and few cycles (about 9% faster).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _run_task(task, paint, inputs, {} if fonts is None else fonts, views or SharedViews())
    finally:
        if enabled:
            gc.enable()


def _run_task(task: Task, paint: bool, inputs: Inputs | None, fonts: dict, views: SharedViews) -> Outcome:
    from deckbuild.compile import compile, read_inputs
    from deckbuild.diagnostics import Diagnostics
    from deckbuild.model_cache import for_deck
    from deckbuild.render.painters import PaintOptions, painter

    diags = Diagnostics()
    if inputs is None:
        models = for_deck(task.state, task.target) if task.state is not None else None  # (a worker of build -j)
        inputs = read_inputs(task.target, task.audience, task.style, task.style_base, task.style_pos, task.allow,
                             diags, fonts, models)
        if inputs is None:
            return Outcome(task, list(diags))
    # audiences that select the same content share layout and deck (a task for everyone has none to share with)
    key = _view_key(inputs, task) if task.audience is not None else None
    same = views.get(key)
    salt = _salt(task, inputs)
    memo = handout_memo(task, salt)
    made: list[Path] = []  # folders made to stage kept files in (the Outcome's)
    apart = list  # the kept files encoded apart from painting (_state_apart), applied before the others
    if same is not None:
        cache = None
        if memo is not None:
            memo.earlier = same.memo  # the handout text another audience of this view set
        pages = compile(inputs, task.audience, diags, laid_out=(same.slides, same.diagnostics), memo=memo)
    else:
        start = len(diags.items)
        cache = layout_cache(task, salt)
        if paint and "pptx" in task.formats and "pdf" in task.formats and cache is not None:
            apart = _state_apart(task, inputs, cache, made)
        pages = compile(inputs, task.audience, diags, cache, a11y=task.a11y, memo=memo)
        same = SharedView(pages.slides, list(diags.items[start:]))
        if key is not None:
            views.keep(key, same)  # only the last one: audiences of a deck are built one after another
    outcome = Outcome(task, list(diags), pages.report, pages.in_deck, made=made)
    fork = (paint and not diags.has_errors and "pptx" in task.formats and "pdf" in task.formats
            and same.pptx is None and outcome.slides >= FORK_FROM_SLIDES and hasattr(os, "fork") and idle_core())
    if diags.has_errors:
        outcome.keep = apart()  # staged files: removed, as the build writes nothing
        return outcome
    stage = stager(task, made)  # made here: a forked child's too
    if not paint:
        outcome.keep = cache.dump(stage) if cache is not None else []
        return outcome
    parts = paint_cache(task, salt) if task.state is not None else None

    def paint_as(fmt: str):
        if fmt == "pptx" and same.pptx is not None:
            return same.pptx  # painted for another audience of this view (this one's parts file is left as it is)
        data = painter(fmt).paint(pages, parts.options(fmt, task.dpi) if parts else PaintOptions(dpi=task.dpi))
        if fmt == "pptx":
            same.pptx = data
        return data

    def kept(formats) -> list:
        return parts.dump(formats, stage) if parts is not None else []

    def state_files() -> list:  # the layouts and the checked sections to keep
        return ((cache.dump(stage) if cache is not None else [])
                + (inputs.models.dump(stage) if inputs.models is not None else []))

    formats = list(task.formats)
    # the handout is laid out after the fork, by its painter (each page freed once painted), and its text
    # kept once it is laid out: laying it out before the fork left the second processor idle
    memo_files = (lambda: memo.dump(stage)) if memo is not None else list
    if fork and memo is not None:  # a second child encodes the handout's text while this process paints it
        memo_files = _handout_text_apart(pages, memo, stage)
    if fork:  # the child paints the deck and encodes the layout cache while this process paints the handout
        def in_child() -> tuple[bytes, bytes, bytes]:  # (and the checked sections: this process is busier)
            deck = paint_as("pptx")  # with its SHA-256, which the manifest records: hashed where there is time
            return (*pack(deck, state_files() + kept(["pptx"])), hashlib.sha256(deck).hexdigest().encode())

        def unpacked(packed) -> tuple[bytes, list, str]:  # (the deck, its kept files, its digest)
            return (*unpack(packed[:2]), packed[2].decode("ascii"))

        packed, outcome.files["pdf"] = both(in_child, lambda: paint_as("pdf"))
        try:
            outcome.files["pptx"], outcome.keep, digest = unpacked(packed)
        except (ValueError, IndexError):  # pragma: no cover - a pipe that lost bytes: do the child's part here
            outcome.files["pptx"], outcome.keep, digest = unpacked(in_child())
        known_digest(outcome.files["pptx"], digest)
        same.pptx = outcome.files["pptx"]  # painted in the child: kept here for the next audience of this view
        outcome.keep += kept(["pdf"])
    for fmt in formats:
        if fmt not in outcome.files:
            outcome.files[fmt] = collected(paint_as, fmt)
            outcome.keep += kept([fmt])  # now: its entries are let go before the next output is painted
    if not fork:  # after painting: a file whose boxes could not be read back is written again
        outcome.keep += state_files()
    elif inputs.models is not None:
        inputs.models.dumped = True  # the checked sections were kept by the forked child
    outcome.keep += memo_files()
    outcome.keep[:0] = apart()  # first: a section's file that dump() wrote again too replaces it
    if memo is not None:
        memo.earlier, same.memo = None, memo  # its entries hold the earlier audience's that it used
    return outcome


def _handout_text_apart(pages, memo, stage):
    """Return a function giving the files of *memo* to keep (``HandoutMemo.dump``), which a forked process
    encodes and stages from the moment the handout of *pages* is laid out (its text is then all set) while
    this one paints it; computed here when that process fails, or when the handout is never laid out."""
    child = []

    def laid_out() -> None:
        if not child and memo.misses > memo.hits:  # (once); an edit, which writes a file or two, dumps it here
            child.append(_kept_apart(lambda: memo.dump(stage)))

    pages.when_laid_out.append(laid_out)
    return lambda: child[0]() if child else memo.dump(stage)


def _kept_apart(encode):
    """Return a function giving the kept files ``encode()`` returns, which a forked process (``started``) encodes
    and stages from now on; encoded here when that process fails or its pipe lost bytes."""
    child = started(lambda: pack(b"", encode()))

    def files() -> list:
        try:
            return unpack(child())[1]
        except ValueError:  # pragma: no cover - a pipe that lost bytes: encode them here
            return encode()

    return files


APART_SHARE = 0.5  # of the sections: their layouts are encoded apart (with the checked sections) while the rest are laid out


def _state_apart(task: Task, inputs: Inputs, cache: LayoutCache, made: list[Path]):
    """Return a function giving the kept files of the deck's checked sections and of the layouts of its first
    sections, which a forked process encodes and stages while this one lays out the rest (the second processor
    is otherwise idle until painting), when the deck is large, its layouts are not kept yet and a processor is
    free; else ``list``. If that process fails, they are encoded here when asked for."""
    sections = inputs.deck.sections
    if (sum(len(s.slides) for s in sections) < FORK_FROM_SLIDES or not hasattr(os, "fork")
            or cache.kept_sections([s.digest for s in sections]) * 2 > len(sections) or not idle_core()):
        return list
    stage = stager(task, made)
    models = inputs.models if inputs.models is not None and not inputs.models.dumped else None
    child = []

    def encode() -> list:
        files = cache.dump_apart(stage)
        if models is not None:
            models.dumped = False  # (set when this process began: here it is the one that dumps them)
            files += models.dump(stage)
        return files

    def laid_out() -> None:
        cache.set_apart()
        child.append(_kept_apart(encode))
        if models is not None:
            models.dumped = True  # the forked process keeps them

    cache.when_laid_out(APART_SHARE, laid_out)
    return lambda: child[0]() if child else []


@record
class SharedView:
    """A view laid out in this process: its slides, the diagnostics laying it out gave, its painted PPTX."""

    slides: list
    diagnostics: list
    pptx: bytes | None = None
    memo: object = None  # its handout text (layout.handout_memo.HandoutMemo), for the next audience


class SharedViews:
    """The view one run laid out last, by its _view_key: made by the run (build.run_tasks), gone with it."""

    def __init__(self) -> None:
        self.key: str | None = None
        self.view: SharedView | None = None

    def get(self, key: str | None) -> SharedView | None:
        """Return the view kept under *key* (None when another, or none, is kept)."""
        return self.view if key is not None and key == self.key else None

    def keep(self, key: str, view: SharedView) -> None:
        self.key, self.view = key, view


def _view_key(inputs: Inputs, task: Task) -> str:
    """Return the hash of what the slides and the deck of *task*'s view depend on (not the audience's
    name, which only the handout shows)."""
    import hashlib
    from dataclasses import replace

    from deckbuild.audience import select

    view, _ = select(inputs.deck, task.audience)
    style = inputs.style
    return hashlib.sha256(repr((replace(view, audience=None), style, style.template_info, task.formats, task.a11y,
                                task.state is None)).encode()).hexdigest()


def _salt(task: Task, inputs: Inputs) -> str:
    """Return the salt of *task*'s caches (compile.layout_salt; "" when it keeps none)."""
    from deckbuild.compile import layout_salt

    return layout_salt(inputs, task.inputs) if task.state is not None else ""


def handout_memo(task: Task, salt: str):
    """Return the handout text kept for *task* (layout.handout_memo.HandoutMemo; None without a state folder),
    salted as its layout cache is (*salt*: compile.layout_salt)."""
    from deckbuild.cache import kept_in
    from deckbuild.layout.handout_memo import HandoutMemo

    if task.state is None:
        return None
    return HandoutMemo(kept_in(task.state, "handout", _stem(task)), salt, keep_text=wants_boxes(task))


def _stem(task: Task) -> str:
    return f"{task.deck_name}-{task.audience}" if task.audience else task.deck_name


def paint_cache(task: Task, salt: str) -> PaintCache:
    """Return the painters' caches of *task*, which has a state folder (paint_cache.PaintCache), salted as
    its layout cache is (*salt*): any change of style, template, font or code empties them."""
    from deckbuild.cache import kept_in
    from deckbuild.paint_cache import FOLDER, PaintCache

    return PaintCache(kept_in(task.state, FOLDER), _stem(task), salt)


def layout_cache(task: Task, salt: str) -> LayoutCache | None:
    """Return the per-slide layout cache of *task* (None when the task has no state folder).

    Its *salt* is made from what planning hashed (compile.layout_salt): the style's values, the template's
    geometry and the bytes of every style, template, logo and font file, so any of them edited in place
    lays the deck out again, as does a change of deckbuild's code.
    """
    from deckbuild.cache import kept_in
    from deckbuild.layout.cache import LayoutCache

    if task.state is None:
        return None
    return LayoutCache(kept_in(task.state, "layout", _stem(task)), salt, dict(task.inputs),  # (the build replaces a link)
                       keep_boxes=wants_boxes(task))


PAINTED_FROM_KEYS = frozenset({"pptx", "pdf"})  # the outputs whose painters keep each slide's part by its key


def wants_boxes(task: Task) -> bool:
    """Return True when the next build of *task* will want every kept slide's boxes, so its layout cache keeps
    them: it writes an output painted from the boxes of every slide (HTML, PNG, the slides PDF) or checks
    accessibility (which walks them). The PPTX and handout painters keep what they painted of each slide."""
    return task.a11y or not set(task.formats) <= PAINTED_FROM_KEYS
