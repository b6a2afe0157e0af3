"""The handout painter's memory: each page's stream is compressed as the page is finished, and each laid-out
page is freed once it is painted. Neither may change a byte of the PDF."""

from __future__ import annotations

import gc
import weakref

from conftest import REPO


def _pages(name: str = "pact-briefing"):
    from deckbuild.compile import compile, read_inputs
    from deckbuild.diagnostics import Diagnostics
    from deckbuild.loader import load_deck

    deck = REPO / "outlines" / name
    loaded = load_deck(deck, Diagnostics(), ())
    inputs = read_inputs(deck, None, None, loaded.base_dir, loaded.style_pos, (), Diagnostics(), {})
    return compile(inputs, None, Diagnostics())


def test_streams_compressed_page_by_page_are_what_reportlab_compresses_at_save(monkeypatch):
    from deckbuild.render import handout_pdf

    pages = _pages()
    early = handout_pdf.handout_to_pdf(pages.handout(), pages.info)
    kept = []
    monkeypatch.setattr(handout_pdf, "compress_page", lambda c: kept.append(c._doc.Pages.pages[-1].stream))
    at_save = handout_pdf.handout_to_pdf(pages.handout(), pages.info)
    assert len(kept) == len(pages.handout()) > 3 and all(kept)  # reportlab kept every stream to compress at save
    assert early == at_save


def test_the_painter_frees_each_page_once_it_is_painted(monkeypatch):
    from deckbuild.render import handout_pdf, painters

    pages = _pages()
    whole = handout_pdf.handout_to_pdf(pages.handout(), pages.info)
    fresh = _pages()
    alive = []  # at each page painted: how many pages yielded before the one before it are still alive
    refs = []
    painted = handout_pdf._drain

    def watching(ahead):
        for page in painted(ahead):
            gc.collect()
            alive.append(sum(1 for r in refs[:-1] if r() is not None))
            refs.append(weakref.ref(page))
            yield page

    monkeypatch.setattr(handout_pdf, "_drain", watching)
    assert painters.painter("pdf").paint(fresh) == whole
    assert fresh._handout_pages is None  # the pages were laid out for the painter, not kept in Pages
    assert len(alive) == len(whole_pages := pages.handout()) > 3 and not any(alive), alive
    assert handout_pdf.handout_to_pdf(iter(whole_pages), pages.info) == whole  # any iterable of pages


def test_pages_laid_out_already_are_painted_and_kept():
    from deckbuild.render import painters

    pages = _pages("getting-started")
    laid = pages.handout()
    pdf = painters.painter("pdf").paint(pages)
    assert pages.handout() is laid and len(laid) > 1
    assert painters.painter("pdf").paint(pages) == pdf


def test_painting_tagged_leaves_no_reference_cycles():
    """A build paints with the collector paused: what the tagged painters leave in cycles (the canvas, its
    document and the structure tree, some MB at 1,000 slides) would stay alive until the process ends."""
    from deckbuild.render.handout_pdf import handout_to_pdf
    from deckbuild.render.slides import deck_to_slides_pdf

    pages = _pages()
    handout, info = pages.handout(), pages.info
    enabled = gc.isenabled()
    gc.disable()
    try:
        handout_to_pdf(handout, info)  # the first painting in the process fills caches: not counted
        deck_to_slides_pdf(pages.slides, info.title, info.author, info.lang)
        gc.collect()
        handout_to_pdf(handout, info)
        assert gc.collect() == 0
        deck_to_slides_pdf(pages.slides, info.title, info.author, info.lang)
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()
