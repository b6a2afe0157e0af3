"""The structure tree's elements (render/pdf_struct.py): a paragraph's text is joined only when asked for, and
``arrange`` reads the same texts from it as from a joined string."""

from types import SimpleNamespace as NS

from deckbuild.render.pdf_struct import Elem, arrange, drawn_text, first_char


def para(*texts, math=()):
    """Return a stand-in paragraph of one line per text (an index in *math*: that fragment is a formula)."""
    lines = [NS(frags=(NS(text=t, run=NS(math="x" if i in math else None)),)) for i, t in enumerate(texts)]
    return NS(lines=tuple(lines))


def test_a_paragraph_text_is_its_drawn_text_and_its_lead_its_first_character():
    p = para("  ", " $x$", "  Slide 3: ", "Title ", math=(1,))
    elem = Elem("P", text=p)
    assert elem.lead() == first_char(p) == "S"  # blank fragments and formulas are skipped, as in the text
    assert elem.text == drawn_text(p) == "Slide 3: Title"
    assert elem.lead() == "S"
    assert Elem("P", text=para(" ", "")).lead() == "" == Elem("P").lead()


def test_arrange_moves_a_slide_s_label_and_title_given_as_paragraphs_before_its_figure():
    fig = Elem("Figure", alt="Slide 3: Title", text="Title")
    label, title, notes = Elem("P", text=para("Slide 3")), Elem("P", text=para(" Title ")), Elem("P", text=para("Notes"))
    root = Elem("Document", kids=[fig, label, title, notes])
    arrange(root)
    assert root.kids == [label, title, fig, notes]
    assert (label.role, title.role, notes.role) == ("P", "H2", "P")


def test_arrange_keeps_a_paragraph_that_only_starts_like_the_title_after_the_figure():
    fig = Elem("Figure", alt="Slide 3: Title", text="Title")
    other = Elem("P", text=para("Titles"))
    root = Elem("Document", kids=[fig, other])
    arrange(root)
    assert root.kids == [fig, other] and other.role == "P"
