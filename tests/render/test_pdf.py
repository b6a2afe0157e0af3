"""The handout as a reader sees it: text, order, slide numbers, page numbers and embedded fonts."""

from __future__ import annotations

import re

from pypdf import PdfReader

TITLES = ["Sample Deck", "First Section", "Alpha slide", "Beta slide", "Second Section", "Gamma slide"]
NOTES = ["Notes for alpha.", "Notes for beta, first paragraph.", "Second paragraph of beta notes.",
         "Notes for gamma."]


def _text(pdf) -> list[str]:
    return [page.extract_text() for page in PdfReader(pdf).pages]


def test_every_title_and_note_appears_in_deck_order(built):
    _, _, pdf = built
    pages = _text(pdf)
    body = "\n".join(pages[1:])  # after the cover
    positions = [body.find(f"Slide {n}\n{title}") for n, title in enumerate(TITLES, 1)]
    assert all(p >= 0 for p in positions), positions
    assert positions == sorted(positions)
    note_pos = [body.find(n) for n in NOTES]
    assert all(p >= 0 for p in note_pos) and note_pos == sorted(note_pos)
    # each note follows its own slide's label
    assert positions[2] < note_pos[0] < positions[3] < note_pos[1] < positions[5] < note_pos[3]


def test_cover_page_and_page_numbers(built):
    _, _, pdf = built
    pages = _text(pdf)
    assert pages[0].startswith("Sample Deck\nA subtitle\nTester · 2024-06-25")
    assert "Contents" in pages[0] and "First Section" in pages[0]
    for i, text in enumerate(pages, 1):
        assert f"Page {i} of {len(pages)}" in text


def test_miniatures_carry_the_slide_text_and_footer(built):
    _, _, pdf = built
    body = "\n".join(_text(pdf)[1:])
    for word in ("Two point one", "Level four", "Sample Deck · 3/6", "Section 2 of 2"):
        assert word in body


def test_fonts_are_embedded_truetype(built):
    _, _, pdf = built
    reader = PdfReader(pdf)
    names = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font["/FontDescriptor"] if "/FontDescriptor" in font else \
                font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            names.add(re.sub(r"^[A-Z]{6}\+", "", str(font["/BaseFont"])))
    assert any("LiberationSans" in n for n in names), names


def test_metadata(built):
    _, _, pdf = built
    info = PdfReader(pdf).metadata
    assert info.title == "Sample Deck" and info.author == "Tester"
