"""The structure tree as a reader walks it (render/pdf_struct.py, render/pdf_tags.py): a slide's label and title,
which the layout tags, are read before its miniature, a paragraph that only reads like the title is not; and the
incremental update's cross-reference section points at every object it adds."""

from __future__ import annotations

import re

import pikepdf
import pytest

from deckbuild.render.pdf_struct import _xref
from tests.test_a11y_pdf_kinds import elements, struct

DECK = """
title: Tags
lang: en
"""

SECTION = """
section: Part one
slides:
  - title: Growth by region
    bullets: [North grew, South held]
    notes: |
      Growth by region

      The notes start with a paragraph that reads as the title does.
  - title: A second slide
    bullets: [One point]
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from tests.conftest import Project

    project = Project(tmp_path_factory.mktemp("struct"))
    project.deck("tags", {"deck.yaml": DECK, "01-part.yaml": SECTION})
    result = project.run("build", "--format", "pdf")
    assert result.exit_code == 0, result.output
    return project.dist / "tags-handout.pdf"


def test_a_slide_s_label_and_title_are_read_before_its_miniature_and_notes_after(built):
    lines = [ln.strip() for ln in struct(built).splitlines()]
    at = lines.index('"Growth by region"')
    assert lines[at - 3:at + 2] == ["P (block)", '"Slide 3"', "H2 (block)", '"Growth by region"', "Figure"]
    # the notes' first paragraph reads as the title does: it is a paragraph, after the miniature
    later = lines[at + 2:].index('"Growth by region"') + at + 2
    assert lines[later - 1] == "P (block)" and "Figure" in lines[at + 1:later]
    # one heading per slide (the title slide's, two slides'), none for the notes; the section's is H1
    assert sum(ln == "H2 (block)" for ln in lines) == 3


def test_the_section_s_title_is_a_first_level_heading_before_its_miniature(built):
    found = elements(built)
    roles, alts = [e["role"] for e in found], [e["alt"] for e in found]
    divider = alts.index("Slide 2: Part one")  # the section's divider (slide 1 is the title slide)
    assert roles[divider - 2:divider + 1] == ["P", "H1", "Figure"]
    assert roles.count("H1") == 3  # the deck's title, the contents, the section


def test_the_update_s_cross_references_point_at_each_object_they_name(built):
    data = built.read_bytes()
    start = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    section = data[start:data.index(b"trailer", start)].decode("latin-1").split("\n")[1:]
    checked = 0
    i = 0
    while i < len(section) and section[i].strip():
        first, count = map(int, section[i].split())
        for k in range(count):
            offset = int(section[i + 1 + k][:10])
            assert data[offset:offset + 20].startswith(f"{first + k} 0 obj".encode())
            checked += 1
        i += 1 + count
    assert checked > 10  # the structure tree's elements, its root, parent tree, metadata and the catalog
    with pikepdf.open(built) as pdf:  # a strict reader finds the tree through the new catalog
        assert len(pdf.Root.StructTreeRoot.K.K) > 5


def test_runs_that_meet_are_one_subsection_and_a_gap_starts_another():
    data = b"%PDF-1.4\nxref\ntrailer\n<< /Size 3 /ID [<ab> <ab>] >>\nstartxref\n9\n%%EOF\n"
    text = _xref(data, [(6, [100, 120]), (2, [50]), (3, [70, 90])], 500, 8, 2).decode()
    assert text.startswith("xref\n2 3\n0000000050 00000 n\r\n0000000070 00000 n\r\n0000000090 00000 n\r\n"
                           "6 2\n0000000100 00000 n\r\n0000000120 00000 n\r\ntrailer\n")
    assert "/Size 8 /Root 2 0 R /Prev 9 /ID [<ab> <ab>]" in text and text.endswith("startxref\n500\n%%EOF\n")
    met = _xref(data, [(3, [70]), (2, [50])], 500, 4, 2).decode()
    assert met.startswith("xref\n2 2\n0000000050 00000 n\r\n0000000070 00000 n\r\ntrailer\n")
