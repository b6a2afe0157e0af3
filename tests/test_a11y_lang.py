"""`lang:` on the deck, an audience, a slide or a bullet: every PPTX run is tagged, and the PDF has /Lang."""

from __future__ import annotations

import zipfile

from pptx import Presentation
from pypdf import PdfReader

from deckbuild.lang import normalize, run_lang
from tests.conftest import Project

DECK = {
    "deck.yaml": """
        title: Sicherheitspakt
        lang: de
        audiences:
          seoul: {description: Korean edition, lang: ko}
    """,
    "01.yaml": """
        section: Überblick
        slides:
          - title: Vertrag
            bullets:
              - Gegenseitiger Beistand
              - 조선민주주의인민공화국
              - Договор о всеобъемлющем стратегическом партнёрстве
              - text: Un traité
                lang: fr
                bullets: [Assistance mutuelle]
            notes: Sprechernotizen.
          - title: Briefing
            lang: en-gb
            bullets: [Colour and favour]
    """,
}


def _langs(slide) -> dict[str, str]:
    out = {}
    for shape in slide.shapes:
        if shape.has_text_frame:
            for p in shape.text_frame.paragraphs:
                for r in p.runs:
                    if r.text.strip():
                        out[r.text.strip()] = r._r.rPr.get("lang")
    return out


def test_runs_carry_the_language_of_deck_slide_bullet_and_script(tmp_path):
    project = Project(tmp_path)
    project.deck("pakt", DECK)
    result = project.run("build")
    assert result.exit_code == 0, result.output
    prs = Presentation(project.dist / "pakt.pptx")
    first = _langs(prs.slides[2])
    assert first["Vertrag"] == "de"
    assert first["Gegenseitiger Beistand"] == "de"
    assert first["조선민주주의인민공화국"] == "ko"
    assert first["Договор о всеобъемлющем стратегическом партнёрстве"] == "ru"
    assert first["Un traité"] == "fr" and first["Assistance mutuelle"] == "fr"  # nested bullets inherit
    assert set(_langs(prs.slides[3]).values()) - {"de"} == {"en-GB"}  # the slide's lang (footer aside)
    assert _langs(prs.slides[3])["Colour and favour"] == "en-GB"
    notes = prs.slides[2].notes_slide.notes_text_frame.paragraphs[0].runs[0]
    assert notes._r.rPr.get("lang") == "de"
    with zipfile.ZipFile(project.dist / "pakt.pptx") as z:
        parts = [n for n in z.namelist() if n.startswith(("ppt/slides/", "ppt/notesSlides/")) and n.endswith(".xml")]
        xml = "".join(z.read(n).decode() for n in parts)
    assert parts and 'lang="de"' in xml and 'lang="en-US"' not in xml
    assert prs.core_properties.language == "de"
    pdf = PdfReader(project.dist / "pakt-handout.pdf")
    assert pdf.trailer["/Root"]["/Lang"] == "de"


def test_an_audience_sets_its_own_language(tmp_path):
    project = Project(tmp_path)
    project.deck("pakt", DECK)
    result = project.run("build", "--audience", "seoul")
    assert result.exit_code == 0, result.output
    prs = Presentation(project.dist / "pakt-seoul.pptx")
    assert _langs(prs.slides[2])["Vertrag"] == "ko"
    assert prs.core_properties.language == "ko"
    assert PdfReader(project.dist / "pakt-seoul-handout.pdf").trailer["/Root"]["/Lang"] == "ko"


def test_a_bad_language_tag_is_a_positioned_error(tmp_path):
    project = Project(tmp_path)
    project.deck("bad", {"deck.yaml": "title: Bad\nlang: english\n", "01.yaml": "section: S\nslides: []\n"})
    result = project.run("build")
    assert result.exit_code == 1
    assert "outlines/bad/deck.yaml:2:7: error: 'lang' must be a language tag, not 'english' — write a BCP 47 tag" in result.output
    assert "Traceback" not in result.output and not project.dist.exists()


def test_script_decides_the_language_of_a_run():
    assert run_lang("Hello", "de") == "de"
    assert run_lang("한국어", "en") == "ko" and run_lang("한국어", "ko-KR") == "ko-KR"
    assert run_lang("Привет", "uk") == "uk" and run_lang("Привет", "en") == "ru"
    assert run_lang("ひらがな漢字", "en") == "ja" and run_lang("中文", "en") == "zh"
    assert run_lang("12 – 34", "fr") == "fr"
    assert normalize("EN-gb") == "en-GB" and normalize("sr-latn-rs") == "sr-Latn-RS"
