"""render.pdf_doc's fast paths of reportlab's document formatting give the bytes reportlab's own give."""

from __future__ import annotations

import io

import pytest
from conftest import SIMPLE_DECK, Project
from test_pdf_fastpath import _handout

from deckbuild.render.pdf_doc import ORIGINALS, quicken

TEXTS = ["", "Slide 12", "a (b) \\ c", "tab\there", "line\nbreak", "\x18\x19\x1f", "caf\u00e9", "\u00a0",
         "\u2014 dash", "\u041f\u0440\u0438\u0432\u0435\u0442", "\U0001F600", "\x7f", "#%/<>[]{}"]
NAMES = ["Type", "Page", "A B", "x#y", "caf\u00e9", "%()<>[]{}/", "\x7f", ""]
NUMBERS = [0, 1, -1, 0.5, 1e-9, -0.0, 3.14159265, 595.2756, 841.8898, 123456.789, 10**12, 2.5e-5]


@pytest.fixture(autouse=True)
def quick():
    quicken()


def _owner(name: str):
    """Return (the module or class holding the function ORIGINALS names *name*, its attribute name)."""
    from reportlab.pdfbase import pdfdoc

    kind, _, attr = name.rpartition(".")
    return (getattr(pdfdoc, kind) if kind else pdfdoc), attr


def _swapped(fast: bool):
    return {name: getattr(*_owner(name)) for name in ORIGINALS} if fast else dict(ORIGINALS)


def _install(functions: dict) -> dict:
    """Put *functions* (by ORIGINALS' names) in place; return what they replaced."""
    saved = _swapped(True)
    for name, function in functions.items():
        setattr(*_owner(name), function)
    return saved


def test_each_fast_path_returns_what_reportlab_returns():
    from reportlab.pdfbase import pdfdoc

    fast, slow = _swapped(True), _swapped(False)
    for text in TEXTS:
        try:
            expected = slow["pdfdocEnc"](text)
        except UnicodeEncodeError:
            with pytest.raises(UnicodeEncodeError):
                fast["pdfdocEnc"](text)
            continue
        assert fast["pdfdocEnc"](text) == expected
    for name in NAMES:
        assert fast["PDFName"](name) == slow["PDFName"](name) == fast["PDFName"](name)
    doc = pdfdoc.PDFDocument(invariant=1)
    for value in NUMBERS + [b"raw", "text", pdfdoc.PDFString("caf\u00e9"), pdfdoc.PDFArray([1, 2.5, "/N"])]:
        assert fast["format"](value, doc) == slow["format"](value, doc) == fast["format"](value, doc)


def _document(fast: bool) -> bytes:
    """Return a PDF with outline entries, links, names and numbers of every kind, formatted by reportlab's
    own functions or (*fast*) by render.pdf_doc's."""
    from reportlab.pdfbase import pdfdoc
    from reportlab.pdfgen.canvas import Canvas

    saved = _install(_swapped(fast))
    try:
        c = Canvas(io.BytesIO(), invariant=1, pageCompression=0)
        c.setTitle("Caf\u00e9 \u2014 (notes)")
        c.setAuthor("A \\ B")
        for i, title in enumerate(TEXTS[1:5] + TEXTS[6:]):
            key = f"p{i}#x"
            c.drawString(10 + i * 0.37, 700 - i * 13.125, "Page")
            c.bookmarkPage(key, fit="XYZ", top=800 - i * 7.3, left=0, zoom=0)
            c.addOutlineEntry(title, key, level=0)
            c.linkURL(f"https://example.org/{i}?q=(a)", (10, 10, 50 + i, 20.5), relative=1, thickness=0)
            c.showPage()
        c.showOutline()
        return c.getpdfdata()
    finally:
        _install(saved)


def test_a_document_is_the_same_file_with_and_without_the_fast_paths():
    fast = _document(True)
    assert fast == _document(False)
    assert b"/Outlines" in fast and fast.count(b"/Subtype /Link") == len(TEXTS) - 2


ODD = {**SIMPLE_DECK, "03-odd.yaml": """
section: "Café (draft) \\\\ notes"
slides:
  - title: "Plain (parens) and \\\\ back"
    bullets: [One]
  - title: "Résumé ) (("
    bullets: [Two]
  - title: "Привет — “quotes”"
    bullets: [Three]
"""}


def test_a_built_handout_is_the_same_file_with_and_without_the_fast_paths(tmp_path):
    from pypdf import PdfReader

    from deckbuild.render import handout_pdf

    Project(tmp_path).deck("m", ODD)
    handout, info = _handout(tmp_path)
    fast = handout_pdf.handout_to_pdf(handout, info)
    saved = _install(ORIGINALS)
    try:
        plain = handout_pdf.handout_to_pdf(handout, info)
    finally:
        _install(saved)
    assert fast == plain

    def titles(entries):
        for entry in entries:
            yield from titles(entry) if isinstance(entry, list) else [entry.title]

    found = list(titles(PdfReader(io.BytesIO(fast)).outline))
    for title in ("Café (draft) \\ notes", "Plain (parens) and \\ back", "Résumé ) ((",
                  "Привет — “quotes”", "Alpha slide"):
        assert any(t.endswith(title) for t in found), (title, found)  # slide titles are numbered
    assert b"(parens\\) and \\\\ back)" in fast  # the ASCII fast path's escaping
