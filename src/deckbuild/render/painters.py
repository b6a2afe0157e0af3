"""The painters, in one registry: each turns laid-out Pages into one output format.

A painter, in the manner of a Sphinx builder, has a format name (what ``--format`` says), a suffix (what
follows the deck's name in the output's file name) and ``paint(pages, options)``, which returns the
output's bytes, or a folder's files by name. The build writes them (all or nothing). Painters draw what
the layout stage put on the pages (layout.pages): they import neither the content model nor the style.

Adding a format is adding a painter here (and its name to the CLI's help).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from deckbuild.records import field, record


@record(frozen=True)
class PaintOptions:
    """What painting needs besides the pages: settings of the run, and the painter's own cache.

    A painter may keep finished pieces of its output between builds (a slide's parts, a page's stream):
    *reuse* holds, by key, the entries it kept in the last build of this output, and it puts into *kept*
    (when given) every entry this build used or made. Keys are the painter's own (the hash of everything an
    entry depends on); the build stores the entries, signed, in the output folder's state folder. Output
    bytes never depend on what *reuse* holds.
    """

    dpi: int = 96  # of the PNGs
    reuse: Mapping[str, bytes] = field(default_factory=dict)
    kept: dict[str, bytes] | None = None


@record(frozen=True)
class Painter:
    """One output format: its name, its file name's suffix, and the function that paints it."""

    format: str
    suffix: str  # after the deck's (and audience's) name: ".pptx", "/index.html" (a folder's main file)
    draw: Callable  # (pages, options) -> bytes | dict[str, bytes]
    default: bool = False  # written when no format is asked for
    folder: bool = False  # a folder of files (by name), not one file

    def paint(self, pages, options: PaintOptions = PaintOptions()):
        """Return the painted output of *pages*: bytes, or a folder's files by name."""
        return self.draw(pages, options)


def _pptx(pages, options):
    from deckbuild.render.pptx import deck_to_pptx

    return deck_to_pptx(pages.slides, pages.info, options.reuse, options.kept)


def _handout(pages, options):
    from deckbuild.render.handout_pdf import handout_to_pdf

    keep = {"reuse": options.reuse, "kept": options.kept}  # each page's painting, kept by its key
    if pages._handout_pages is None and pages._handout is not None:  # laid out for this painter alone: each
        return handout_to_pdf(_dropping(pages.lay_out_handout()), pages.info, **keep)  # page is freed once it is painted
    return handout_to_pdf(pages.handout(), pages.info, **keep)


def _dropping(items: list):
    """Yield the items of *items*, removing each from the list (which ends empty)."""
    items.reverse()
    while items:
        yield items.pop()


def _html(pages, options):
    from deckbuild.render.html import deck_to_html

    return deck_to_html(pages.slides, pages.info.title)


def _slides(pages, options):
    from deckbuild.render.slides import deck_to_slides_pdf

    return deck_to_slides_pdf(pages.slides, pages.info.title, pages.info.author, pages.info.lang)


def _png(pages, options):
    from deckbuild.render.slides import deck_to_pngs

    return deck_to_pngs(pages.slides, pages.info.title, options.dpi)


PAINTERS: dict[str, Painter] = {p.format: p for p in (
    Painter("pptx", ".pptx", _pptx, default=True),
    Painter("pdf", "-handout.pdf", _handout, default=True),
    Painter("html", "/index.html", _html, folder=True),
    Painter("slides", "-slides.pdf", _slides),
    Painter("png", "-png/slide-01.png", _png, folder=True),
)}
"""Every painter by format name, in the order outputs are listed."""

DEFAULT_FORMATS = tuple(name for name, p in PAINTERS.items() if p.default)


def output_names(deck: str, audience: str | None) -> dict[str, str]:
    """Return the file names of a deck's outputs (SPEC §6), by format: the deck's name (and audience's)
    followed by each painter's suffix."""
    stem = f"{deck}-{audience}" if audience else deck
    return {fmt: stem + p.suffix for fmt, p in PAINTERS.items()}


def painter(fmt: str) -> Painter:
    """Return the painter of format *fmt* (a name of PAINTERS)."""
    return PAINTERS[fmt]
