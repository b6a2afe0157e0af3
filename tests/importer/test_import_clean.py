"""Boilerplate removal: the web junk goes (each line with a reason), the article stays."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_fixtures import CONTENT_LINES, JUNK_LINES, MESSY_TEXT

from deckbuild.importer.blocks import Document
from deckbuild.importer.clean import clean, rule_for
from deckbuild.importer.read import read_text


def _cleaned(text: str) -> Document:
    doc = Document(path=Path("doc.txt"), display="doc.txt", sid="doc", fmt="text")
    read_text(text.splitlines(), doc)
    clean(doc)
    return doc


def test_every_junk_line_is_dropped_with_a_reason():
    doc = _cleaned(MESSY_TEXT)
    kept = " ".join(b.text for b in doc.blocks)
    dropped = {d.text: d.reason for d in doc.dropped}
    for junk in JUNK_LINES:
        assert junk not in kept, junk
        assert any(junk in text for text in dropped), junk
    assert all(reason for reason in dropped.values())


def test_reasons_name_the_kind_of_junk():
    reasons = {d.line: d.reason for d in _cleaned(MESSY_TEXT).dropped}
    assert reasons[1] == reasons[4] == "breadcrumb navigation"
    assert reasons[18] == "newsletter prompt"
    assert reasons[22] == "photo caption or credit"
    assert reasons[32] == "image licence"
    assert reasons[34] == reasons[35] == "author bio"
    assert reasons[37] == "comment widget"
    assert reasons[39] == reasons[45] == "widget menu at the end of the page"


def test_content_is_kept_including_text_after_a_mid_article_plug():
    kept = " ".join(b.text for b in _cleaned(MESSY_TEXT).blocks)
    for line in CONTENT_LINES:
        assert line.replace("'", "'") in kept, line
    # the text after the newsletter plug at line 18 (and after the plug at line 28) is still there
    assert "Electricity prices for households are expected to fall" in kept


@pytest.mark.parametrize("line", [
    "Get free UPSC Updates straight to your inbox!",
    "Subscribe now to keep reading and get access to the full archive.",
    "Continue reading",
    "Discover more from Harbour Weekly",
    "You must be logged in to post a comment.",
    "We use cookies to improve your experience.",
    "Share this article",
    "Facebook Twitter LinkedIn Email",
    "Advertisement",
    "If you want to submit your articles, research papers, and book reviews, please check the Submissions page.",
    "The views and opinions expressed in this article are the author's own and do not necessarily reflect ours.",
    "\"Harbour at night\" by J. Smith is licensed under CC BY-SA 2.0.",
    "Photo: Harbour Press",
    "Sign up for our newsletter to get updates!",
])
def test_junk_lines_match_a_rule(line):
    assert rule_for(line) is not None


@pytest.mark.parametrize("line", [
    "Analysts who subscribe to this view argue that the pact is mostly symbolic.",
    "The ministry shared the report with the press on Monday, according to Reuters.",
    "Comments from the harbour master were brief: the pier will stay open.",
    "The council will publish updates on the cable every month until the work is finished.",
    "Home owners near the harbour will get a discount on their electricity bills.",
    "Why is it in the news?",
])
def test_content_lines_match_no_rule(line):
    assert rule_for(line) is None


def test_a_long_paragraph_mentioning_subscribe_is_never_dropped():
    para = ("Readers who subscribe to the newsletter of the harbour trust have followed the project since 2019, "
            "when the first survey of the seabed showed that the tidal current was strong enough for turbines "
            "and the council began to look for partners to pay for the cable.")
    assert rule_for(para) is None


def test_widget_words_in_the_middle_of_an_article_are_kept():
    text = "Title Line Here\n\nPoll\n\nThe poll of residents found that most support the plant.\n\nVideo\n\n" \
           "The video of the test turbine was shown at the town meeting last week.\n"
    kept = [b.text for b in _cleaned(text).blocks]
    assert "The poll of residents found that most support the plant." in kept
    assert kept[-1].startswith("The video of the test turbine")


def test_repeated_paragraph_is_dropped_once():
    para = "The harbour will stay open to fishing boats during the whole construction period."
    doc = _cleaned(f"Title Here\n\n{para}\n\nOther text that is in between the two copies here.\n\n{para}\n")
    assert [b.text for b in doc.blocks].count(para) == 1
    assert any(d.reason == "repeats line 3" for d in doc.dropped)


def test_byline_becomes_the_author():
    doc = _cleaned("A Title For The Story\n\nBy Maria Jensen\n\nThe story begins here with a full sentence.\n")
    assert doc.author == "Maria Jensen"
    assert all("Maria" not in b.text for b in doc.blocks)
