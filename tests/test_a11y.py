"""`deckbuild check --a11y`: contrast on the real background, alt text, titles, size floor, reading order."""

from __future__ import annotations

import re
import shutil

import pytest

from deckbuild.a11y import order_problem
from deckbuild.contrast import is_large, ratio, required
from deckbuild.layout.boxes import Rect
from tests.conftest import REPO, Project

SAMPLES = sorted(p.name for p in (REPO / "outlines").iterdir() if (p / "deck.yaml").is_file())


def test_wcag_ratios_match_the_published_values():
    assert ratio("000000", "FFFFFF") == pytest.approx(21.0)
    assert ratio("FFFFFF", "FFFFFF") == pytest.approx(1.0)
    assert ratio("#9CA3AF", "#F4F6F8") == pytest.approx(2.34, abs=0.01)  # the old line-number colour
    assert ratio("6B7280", "F4F6F8") == pytest.approx(4.46, abs=0.01)  # the old comment colour
    assert required(16) == 4.5 and required(18) == 3.0 and required(14, bold=True) == 3.0
    assert not is_large(13.5, bold=True)


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    root = tmp_path_factory.mktemp("samples")
    shutil.copytree(REPO / "outlines", root / "outlines")
    shutil.copytree(REPO / "assets", root / "assets")
    return Project(root)


@pytest.mark.parametrize("audience", [None, "all"])
def test_sample_decks_have_no_accessibility_findings(samples, audience):
    args = ["check", "--a11y"] + (["--audience", audience] if audience else [])
    result = samples.run(*args)
    assert result.exit_code == 0, result.output
    assert "warning" not in result.output, result.output


def test_check_strict_runs_the_accessibility_check_too(samples):
    result = samples.run("check", "--strict")
    assert result.exit_code == 0, result.output


BAD_STYLE = """
    extends: default
    colors: {text: "#999999", muted: "#BBBBBB", background: "#FFFFFF"}
    code:
      colors: {comment: "#A0A0A0"}
      line_numbers: "#CCCCCC"
    sizes: {footer: 8}
"""

BAD_DECK = {
    "deck.yaml": """
        title: Hard to read
        style: ../../assets/styles/pale.yaml
    """,
    "01-all.yaml": """
        section: Everything wrong
        slides:
          - title: Words
            bullets: [Pale words on white]
          - title: Picture
            image: {path: ../../assets/images/sample-figure.png}
          - title: Picture
            image: {path: ../../assets/images/sample-figure.png, alt: "", caption: A caption}
          - title: Ornament
            image: {path: ../../assets/images/sample-figure.png, alt: "A chart", decorative: true}
          - title: Fine ornament
            image: {path: ../../assets/images/sample-figure.png, alt: "", decorative: true}
          - title: Listing
            code:
              lang: python
              line_numbers: true
              text: |
                # a comment
                x = 1
    """,
}


@pytest.fixture
def bad(tmp_path):
    project = Project(tmp_path)
    shutil.copytree(REPO / "assets" / "images", tmp_path / "assets" / "images")
    project.write("assets/styles/pale.yaml", BAD_STYLE)
    project.deck("bad", BAD_DECK)
    return project


def test_an_inaccessible_deck_gets_positioned_findings(bad):
    result = bad.run("check", "--a11y")
    out = result.output
    assert result.exit_code == 0, out  # findings are warnings
    style = "assets/styles/pale.yaml"
    outline = "outlines/bad/01-all.yaml"
    # contrast, at the style line that sets the colour, with the real background named
    assert re.search(rf"{style}:2:16: warning: body colour #999999 \(colors.text\) on #FFFFFF \(slide background\) "
                     r"has contrast 2.85:1, below the 3:1 WCAG AA needs for large text \(slide 3\)", out), out
    assert re.search(rf"{style}:2:34: warning: footer colour #BBBBBB \(colors.muted\) on #FFFFFF", out), out
    assert re.search(rf"{style}:4:21: warning: code colour #A0A0A0 \(code.colors.comment\) on #F4F6F8 "
                     r"\(code.background\)", out), out
    assert re.search(rf"{style}:5:17: warning: code colour #CCCCCC \(code.line_numbers\) on #FFF1B8 "
                     r"\(code.highlight\)", out), out
    # alt text, at the image
    assert f"{outline}:6:19: warning: image 'sample-figure.png' has no alt text" in out
    assert f"{outline}:8:19: warning: image 'sample-figure.png' has empty alt text but is not marked decorative" in out
    assert f"{outline}:10:19: warning: image 'sample-figure.png' is marked decorative but has alt text" in out
    assert out.count("sample-figure.png") == 3  # the decorative one with alt: "" is fine
    # duplicate titles, at the second slide
    assert f"{outline}:7:5: warning: slide 5 has the same title as slide 4 ('Picture')" in out
    # the size floor, once, at the style size
    assert out.count("below the 10 pt floor") == 1
    assert re.search(rf"{style}:6:17: warning: slide 2 and 6 more has text at 8 pt \(footer\), below the 10 pt "
                     r"floor — set sizes.footer to 10 or more", out), out


def test_strict_refuses_an_image_without_alt_text(bad):
    bad.write("assets/styles/pale.yaml", "extends: default\n")
    result = bad.run("build", "--strict", "outlines/bad")
    assert result.exit_code == 1
    assert "has no alt text" in result.output
    assert not bad.dist.exists() or not any(bad.dist.glob("*.pptx"))


def test_a_strict_build_after_a_plain_one_checks_accessibility(bad):
    """A plain build's record of its outputs does not say the deck passed the full check: --strict builds again."""
    bad.write("outlines/bad/01-all.yaml", "section: Pale\nslides:\n  - title: Words\n    bullets: [Pale words]\n")
    first = bad.run("build", "outlines/bad")
    assert first.exit_code == 0 and "contrast" not in first.output, first.output
    written = {p.name: p.read_bytes() for p in bad.dist.glob("bad*")}
    strict = bad.run("build", "--strict", "outlines/bad")
    assert strict.exit_code == 1 and "contrast" in strict.output and "up to date" not in strict.output, strict.output
    assert {p.name: p.read_bytes() for p in bad.dist.glob("bad*")} == written  # nothing written
    assert "up to date" in bad.run("build", "outlines/bad").output  # and the plain build's record still holds


def test_a_plain_build_warns_about_missing_alt_text_only(bad):
    result = bad.run("check", "outlines/bad")
    assert result.exit_code == 0
    assert "has no alt text" in result.output
    assert "contrast" not in result.output and "same title" not in result.output


def test_reading_order_problems_are_named():
    from deckbuild.layout.boxes import TextFrame

    def frame(role, y=0.0):
        return TextFrame(0, y, 100, 10, (), role)

    assert order_problem([Rect(0, 0, 5, 5, "000000"), frame("title"), frame("body"), frame("sources"),
                          frame("footer")]) is None
    assert order_problem([frame("label"), frame("title")]) == "the title comes after the label"
    assert order_problem([frame("title"), frame("sources"), frame("body")]) == "the body comes after the sources"
    assert order_problem([frame("title"), frame("body", 50), frame("body", 0)]) == \
        "a text box above another is read after it"


def test_formulas_have_a_linear_form_to_read():
    from deckbuild.speech import linear, plainer

    assert linear(r"x = \frac{-b \pm \sqrt{b^2 - 4ac}}{2a}") == "x = (−b ± √(b² − 4ac))/(2a)"
    assert linear(r"\sum_{i=1}^{n} i = \frac{n(n+1)}{2}") == "∑_(i=1)ⁿ i = (n(n+1))/2"
    assert linear(r"T(n) = T\left(\frac{n}{2}\right) + O(1)") == "T(n) = T(n/2) + O(1)"
    assert linear(r"\alpha_1 \leq \mathrm{items}[lo..hi]") == "α₁ ≤ items[lo..hi]"
    assert plainer("⌊ log₂ n ⌋ + 10⁶") == "floor( log_2 n ) + 10^6"


def test_chart_alt_text_is_made_from_the_data():
    from deckbuild.alt_text import chart_alt
    from deckbuild.model import Chart, Series

    chart = Chart("column", ("2019", "2020", "2021", "2022", "2023"),
                  (Series("Exports", (12, 14, 15, 18, 21)), Series("Imports", (10, 11, 13, 12, 14))))
    assert chart_alt(chart) == ("Column chart, Exports and Imports, 2019–2023; Exports 12 to 21, highest in 2023; "
                                "Imports 10 to 14, highest in 2023")
    assert chart_alt(Chart("line", ("a", "b"), (Series("Flat", (3, 3)),))) == "Line chart, Flat, a, b; Flat 3 throughout"
    assert chart_alt(Chart("pie", ("x",), (Series("S", (1,)),), alt="*Own* words")) == "Own words"
