"""The handout's fonts seeded before painting (render/pdf_seed.py): the seed holds every character the pages
draw (but shaped ones), a page kept between builds gives the seed walking it gives, and a handout of plain
text is the one painted without a seed."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics

from deckbuild.render import handout_pdf, pdf_seed
from tests.render.test_pdf_apart import SCRIPTS
from tests.render.test_handout_memory import _pages


def _compiled(deck):
    from deckbuild.compile import compile, read_inputs
    from deckbuild.diagnostics import Diagnostics
    from deckbuild.loader import load_deck

    loaded = load_deck(deck, Diagnostics(), ())
    inputs = read_inputs(deck, None, None, loaded.base_dir, loaded.style_pos, (), Diagnostics(), {})
    return compile(inputs, None, Diagnostics())


def _assigned(doc) -> dict[str, set]:
    return {name: set(font.state[doc].assignments) for name, font in pdfmetrics._fonts.items()
            if hasattr(getattr(font, "state", None), "get") and font.state.get(doc) is not None}


def _missed(monkeypatch, pages) -> dict[str, set]:
    """Return the characters painting *pages* assigned codes to after the seed, by font."""
    seeded, missed = {}, {}
    seed, mark = pdf_seed.seed, handout_pdf.mark_document

    def seeding(canvas, seeds):
        seed(canvas, seeds)
        seeded.update(_assigned(canvas._doc))

    def marking(c, *args):
        for name, codes in _assigned(c._doc).items():
            if codes - seeded.get(name, set()):
                missed[name] = codes - seeded.get(name, set())
        return mark(c, *args)

    monkeypatch.setattr(pdf_seed, "seed", seeding)
    monkeypatch.setattr(handout_pdf, "mark_document", marking)
    handout_pdf.handout_to_pdf(pages.handout(), pages.info)
    return missed


def test_the_seed_holds_every_character_the_sample_handouts_draw(monkeypatch):
    for deck in ("pact-briefing", "binary-search-lecture", "getting-started"):
        assert _missed(monkeypatch, _pages(deck)) == {}, deck


def test_the_seed_holds_every_character_of_many_scripts_but_shaped_ones(project, monkeypatch):
    folder = project.deck("deck", SCRIPTS)
    missed = _missed(monkeypatch, _compiled(folder))
    shaped = set(range(0xFB50, 0xFF00)) | set(range(0x0600, 0x0700))  # Arabic presentation forms and letters
    assert all(codes <= shaped for codes in missed.values()), missed


def test_a_kept_page_gives_the_seed_walking_it_gives(project, monkeypatch):
    """A build after the first takes the seed of each page kept by the first from its entry: the same seeds,
    and the pages kept not walked."""
    project.deck("deck", SCRIPTS)
    given, walks = [], []
    seed, walk = pdf_seed.seed, pdf_seed.page_seed
    monkeypatch.setattr(pdf_seed, "seed", lambda canvas, seeds: (given.append(list(seeds)), seed(canvas, seeds)))
    monkeypatch.setattr(pdf_seed, "page_seed", lambda *args: (walks.append(1), walk(*args))[1])
    assert project.run("build").exit_code == 0
    first, pages = (project.dist / "deck-handout.pdf").read_bytes(), len(walks)
    walks.clear()
    assert project.run("build", "--force").exit_code == 0
    assert (project.dist / "deck-handout.pdf").read_bytes() == first
    assert given[1] == given[0] and any(given[0]) and len(walks) < pages  # (pages with emoji pictures are painted)
