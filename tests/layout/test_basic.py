"""Basic kinds (layout/basic.py): the title slide, section dividers and bullets, laid out on their pages
without the CLI: levels kept, the body inside the slide, shrinking to sizes.min_body and then splitting,
with a warning that names the floor."""

from __future__ import annotations

from conftest import frame_texts, lay_out, page_titled
from deckbuild.layout.boxes import TextFrame

DECK = {
    "deck.yaml": "title: Basics\nsubtitle: The plain kinds\nauthor: Ada\n",
    "01.yaml": """section: Getting there
slides:
  - title: Nested points
    bullets:
      - First
      - text: Second
        bullets:
          - text: Second, deeper
            bullets: [Deepest]
      - Third
""",
}


def _body(page) -> TextFrame:
    return next(b for b in page.boxes if isinstance(b, TextFrame) and b.role == "body")


def test_the_title_slide_shows_the_deck_title_and_subtitle(tmp_path):
    pages, diags, _ = lay_out(tmp_path, DECK)
    first = pages[0]
    assert first.kind == "title"
    assert "Basics" in frame_texts(first, "title")[0] and "The plain kinds" in frame_texts(first, "subtitle")[0]
    assert not diags.has_errors


def test_a_section_gets_a_divider_before_its_slides(tmp_path):
    pages, _, _ = lay_out(tmp_path, DECK)
    kinds = [p.kind for p in pages]
    assert kinds.index("section") < kinds.index("bullets")
    assert "Getting there" in frame_texts(pages[kinds.index("section")], "title")[0]


def test_bullets_keep_their_levels_and_stay_inside_the_slide(tmp_path):
    pages, _, style = lay_out(tmp_path, DECK)
    page = page_titled(pages, "Nested points")
    body = _body(page)
    assert [p.level for p in body.paragraphs] == [0, 0, 1, 2, 0]
    assert 0 <= body.x and body.x + body.w <= page.width and 0 <= body.y and body.y + body.h <= page.height
    top = [p.size for p in body.paragraphs if p.level == 0]
    assert top == [style.sizes.body] * 3  # room to spare: the style's size
    assert all(p.size <= style.sizes.body for p in body.paragraphs if p.level)  # sub-bullets no larger


def test_too_many_bullets_shrink_to_min_body_then_split_naming_the_floor(tmp_path):
    many = "\n".join(f"      - Point number {i} with a few more words to wrap" for i in range(40))
    pages, diags, style = lay_out(tmp_path, {"deck.yaml": "title: Long\n",
                                             "01.yaml": f"section: S\nslides:\n  - title: Many\n    bullets:\n{many}\n"})
    parts = [p for p in pages if p.title.startswith("Many")]
    assert len(parts) > 1
    sizes = {p.size for page in parts for p in _body(page).paragraphs}
    assert min(sizes) >= style.sizes.min_body
    texts = [p for page in parts for p in _body(page).paragraphs]
    assert len(texts) == 40  # nothing lost between the parts
    warning = next(d for d in diags.items if "do not fit on one slide" in d.message)
    assert f"even at {style.sizes.min_body:g}pt" in warning.message
