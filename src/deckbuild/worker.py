"""Building one task (a deck as one audience sees it), in this process or in a worker process.

The deck is laid out once for both outputs; with both formats wanted and a deck of some size, the deck
and the handout are painted at the same time in two processes (a fork shares the layout for free).
"""

from __future__ import annotations

import gc
import os

from deckbuild.audience import select
from deckbuild.diagnostics import Diagnostics
from deckbuild.fonts import FontBook
from deckbuild.loader import load_deck, project_root
from deckbuild.paths import ReadScope
from deckbuild.style import StyleLoader

_FONTS: dict = {}  # one FontBook per project folder for the life of a process
FORK_FROM_SLIDES = 60  # below this, painting both outputs in one process is quicker than forking


def run_task(task, paint: bool = True, prepared=None):
    """Return the Outcome of *task*: diagnostics, audience report, slide count and painted files.

    *prepared* is (deck, style, fonts) when the caller has read them already. The cyclic garbage
    collector is paused meanwhile: a build makes many small objects and few cycles (about 9% faster).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _run_task(task, paint, prepared)
    finally:
        if enabled:
            gc.enable()


def _run_task(task, paint: bool, prepared):
    from deckbuild.build import Outcome, audience_overrides
    from deckbuild.layout import deck_to_pages
    from deckbuild.layout.text import Typesetter

    diags = Diagnostics()
    if prepared is None:
        deck = load_deck(task.target, diags, task.allow)
        if deck is None:
            return Outcome(task, list(diags))
        root = project_root(deck.path)
        fonts = _FONTS.setdefault(root, FontBook([root / "assets" / "fonts"], scope=ReadScope(root, task.allow)))
        style = StyleLoader(root, diags, task.allow).load(task.style, task.style_base, task.style_pos,
                                              audience_overrides(deck, task.audience))
        if style is None:
            return Outcome(task, list(diags))
    else:
        deck, style, fonts = prepared
    view, report = select(deck, task.audience)
    setter = Typesetter(fonts, style.fonts.mono, style.fonts.fallback, math_font=style.math.font)
    same = shared_view(view, style, task)  # audiences that select the same content share layout and deck
    if same is not None:
        slides = same[0]
        diags.extend(same[1])
        cache = None
    else:
        start = len(diags.items)
        cache = layout_cache(task, style, fonts)
        slides = deck_to_pages(view, style, setter, diags, cache)
        from deckbuild import a11y

        diags.extend(a11y.check_deck(view, slides, style) if task.a11y else a11y.missing_alt(view))
        same = keep_view(view, style, task, slides, diags.items[start:])
    outcome = Outcome(task, list(diags), report, sum(1 for s in slides if s.in_deck))
    outcome.keep = cache.dump() if cache is not None else []
    if not paint or diags.has_errors:
        return outcome

    def paint_pptx() -> bytes:
        from deckbuild.render.pptx import deck_to_pptx

        if same[2] is None:
            same[2] = deck_to_pptx(slides, view, style)
        return same[2]

    def paint_pdf() -> bytes:
        from deckbuild.layout.handout import deck_to_handout
        from deckbuild.render.pdf import handout_to_pdf

        return handout_to_pdf(deck_to_handout(slides, view, style, setter, task.audience), view, slides)

    wanted = [f for f in ("pptx", "pdf") if f in task.formats]
    if wanted == ["pptx", "pdf"] and same[2] is None and outcome.slides >= FORK_FROM_SLIDES and hasattr(os, "fork"):
        outcome.files["pptx"], outcome.files["pdf"] = both(paint_pptx, paint_pdf)
        same[2] = outcome.files["pptx"]  # painted in the child: kept here for the next audience of this view
    else:
        for fmt in wanted:
            outcome.files[fmt] = paint_pptx() if fmt == "pptx" else paint_pdf()
    for fmt in task.formats:
        if fmt in ("html", "slides", "png"):
            from deckbuild.render.painters import paint_more

            outcome.files[fmt] = paint_more(fmt, slides, view, task)
    return outcome


_SHARED: dict = {}  # the last laid-out view of this process: key → [slides, diagnostics, PPTX bytes or None]


def _view_key(view, style, task) -> str:
    """Return the hash of what the slides and the deck of *view* depend on (not the audience's name,
    which only the handout shows)."""
    import hashlib
    from dataclasses import replace

    return hashlib.sha256(repr((replace(view, audience=None), style, style.template_info, task.formats, task.a11y,
                                task.state is None)).encode()).hexdigest()


def shared_view(view, style, task):
    """Return [slides, diagnostics, PPTX bytes or None] of a view laid out before in this process with
    the same content, style and options, or None."""
    return _SHARED.get(_view_key(view, style, task))


def keep_view(view, style, task, slides, diags) -> list:
    """Remember the laid-out *view* (only the last one: audiences of a deck are built one after another)."""
    _SHARED.clear()
    entry = [slides, list(diags), None]
    _SHARED[_view_key(view, style, task)] = entry
    return entry


def forget_views() -> None:
    """Forget the laid-out view kept for the next audience (at the end of a run)."""
    _SHARED.clear()


def both(in_child, in_parent) -> tuple[bytes, bytes]:
    """Return (in_child(), in_parent()), the first computed in a forked process while this one does the other.

    Both return bytes; the child's come back through a pipe as they are (nothing is unpickled). If the
    child fails, its part is computed here instead: forking only ever makes the build faster.
    """
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: compute, send, and leave without running any cleanup of the parent's
        os.close(read_end)
        try:
            data = bytes(in_child())
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(data)
            os._exit(0)
        except BaseException:  # noqa: BLE001 - any failure: the parent redoes the work
            os._exit(1)
    os.close(write_end)
    try:
        second = in_parent()
    except BaseException:
        os.close(read_end)
        os.waitpid(pid, 0)
        raise
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    first = data if status == 0 and data else in_child()
    return first, second


def layout_cache(task, style, fonts):
    """Return the per-slide layout cache of *task* (None when the task has no state folder)."""
    from deckbuild import __version__
    from deckbuild.build import font_files
    from deckbuild.cache import library_versions
    from deckbuild.layout.cache import LayoutCache

    if task.state is None:
        return None
    from pathlib import Path

    from deckbuild.cache import file_hash

    known = dict(task.inputs)  # what planning hashed: every style file (template, logo) and font file

    def contents(paths) -> list[tuple[str, str]]:
        resolved = [str(Path(p).resolve()) for p in paths]
        return [(p, known.get(p) or file_hash(Path(p))) for p in resolved]

    # the style's values, the template's geometry (not in the style's repr) and the bytes of every file
    # they came from: a template or style edited in place lays the deck out again
    from deckbuild.layout.boxes import FORMAT

    salt = repr((__version__, library_versions(), style, style.template_info, contents(style.files),
                 contents(font_files(fonts, style)), FORMAT))
    name = f"{task.deck_name}-{task.audience}" if task.audience else task.deck_name
    folder = task.state / "layout" / name
    if any(p.is_symlink() for p in (task.state, folder.parent, folder)):
        folder = None  # never read or clean a cache through a symbolic link (the build replaces the link)
    return LayoutCache(folder, salt)
