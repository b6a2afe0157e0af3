"""The HTML deck (--format html) in a real browser: each sample deck loads cleanly, shows the PPTX's text
with the layout's line breaks in the layout's own fonts, and its keys, reveal steps, address, presenter
view and overview work. One Chromium serves the whole module."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from browser import chromium, console_errors, fonts_loaded
from click.testing import CliRunner

from deckbuild.audience import select
from deckbuild.cli import cli
from deckbuild.diagnostics import Diagnostics
from deckbuild.fonts import FontBook
from deckbuild.layout import deck_to_pages
from deckbuild.layout.boxes import TableBox, TextFrame
from deckbuild.layout.text import Typesetter
from deckbuild.loader import load_deck
from deckbuild.paths import project_root
from deckbuild.style_loader import StyleLoader

REPO = Path(__file__).resolve().parents[2]
DECKS = sorted(p.parent.name for p in (REPO / "outlines").glob("*/deck.yaml"))

FRAMES_JS = """
return [...document.querySelectorAll('#deck > .slide')].map(s =>
    [...s.querySelectorAll('svg.page .frame')].filter(f => !f.closest('.chart')).map(f =>
        [...f.querySelectorAll('.para')].map(p => [...p.querySelectorAll('text.ln')].map(t => t.textContent))));
"""
WIDTHS_JS = """
document.body.classList.add('overview');  // every slide displayed: text of hidden slides has no length
return [...document.querySelectorAll('#deck > .slide')].map(s =>
    [...s.querySelectorAll('svg.page .frame')].filter(f => !f.closest('.chart')).map(f =>
        [...f.querySelectorAll('text.ln')].map(t =>
            [...t.querySelectorAll('tspan')].reduce((w, span) => w + span.getComputedTextLength(), 0))));
"""


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    """The sample decks built as PPTX and HTML."""
    out = tmp_path_factory.mktemp("html-dist")
    result = CliRunner().invoke(cli, ["build", *(str(REPO / "outlines" / d) for d in DECKS), "--format",
                                      "pptx,html", "--out", str(out), "-q"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def browser():
    with chromium() as driver:
        yield driver


def open_deck(browser, dist: Path, deck: str, fragment: str = "") -> None:
    browser.get((dist / deck / "index.html").as_uri() + fragment)
    assert fonts_loaded(browser) == []


def deck_pages(deck: str):
    """Return the deck's slides as the layout stage lays them out (the pages every painter draws)."""
    diags = Diagnostics()
    model = load_deck(REPO / "outlines" / deck, diags)
    root = project_root(model.path)
    fonts = FontBook([root / "assets" / "fonts"])
    style = StyleLoader(root, diags).load(model.style, model.base_dir, model.style_pos)
    view, _ = select(model, None)
    setter = Typesetter(fonts, style.fonts.mono, style.fonts.fallback, math_font=style.math.font)
    pages = deck_to_pages(view, style, setter, diags)
    assert not diags.has_errors
    return [p for p in pages if p.in_deck]


def frames(page) -> list[TextFrame]:
    """Return the slide's text frames in painting order, table cells included, chart labels not."""
    out = []
    for box in page.boxes:
        if isinstance(box, TextFrame):
            out.append(box)
        elif isinstance(box, TableBox):
            out += [cell.frame for row in box.cells for cell in row]
    return out


def line_text(line) -> str:
    """Return the text an SVG line shows: the layout's, without the space the line was broken at (its last
    fragment's)."""
    return "".join(f.text if f is not line.frags[-1] else f.text.rstrip(" ") for f in line.frags if f.run.math is None)


def squeeze(text: str) -> str:
    return "".join(text.replace("\u00a0", " ").split())


def pptx_paragraphs(path: Path) -> list[list[str]]:
    """Return each slide's paragraphs as PowerPoint holds them: text shapes, then table cells, in order."""
    from pptx import Presentation

    from pptx.oxml.ns import qn

    def shown(p) -> str:  # an inline formula's invisible linear form (a:noFill) is drawn as a picture, not text
        out = []
        for el in p._p:
            if el.tag in (qn("a:r"), qn("a:fld")) and el.find(f"{qn('a:rPr')}/{qn('a:noFill')}") is None:
                out.append("".join(t.text or "" for t in el.iter(qn("a:t"))))
            elif el.tag == qn("a:br"):
                out.append("\v")
        return "".join(out)

    slides = []
    for slide in Presentation(str(path)).slides:
        paras = []
        for shape in slide.shapes:
            if shape.has_text_frame:
                paras += [shown(p) for p in shape.text_frame.paragraphs]
            elif getattr(shape, "has_table", False) and shape.has_table:
                paras += [shown(p) for row in shape.table.rows for cell in row.cells for p in cell.text_frame.paragraphs]
        slides.append([squeeze(p) for p in paras if squeeze(p)])
    return slides


@pytest.mark.parametrize("deck", DECKS)
def test_sample_deck_loads_without_console_errors(browser, dist, deck):
    from selenium.webdriver.common.keys import Keys

    open_deck(browser, dist, deck)
    press(browser, Keys.END)
    press(browser, "p")
    press(browser, "o")
    press(browser, Keys.ESCAPE)
    assert console_errors(browser) == []
    assert browser.execute_script("return document.querySelectorAll('#deck > .slide').length") > 1


@pytest.mark.parametrize("deck", DECKS)
def test_every_slide_shows_the_pptx_text_with_the_layouts_line_breaks(browser, dist, deck):
    open_deck(browser, dist, deck)
    shown = browser.execute_script(FRAMES_JS)
    widths = browser.execute_script(WIDTHS_JS)
    pages = deck_pages(deck)
    pptx = pptx_paragraphs(dist / f"{deck}.pptx")
    assert len(shown) == len(pages) == len(pptx)
    for n, (page, html_frames, html_widths, pptx_paras) in enumerate(zip(pages, shown, widths, pptx), 1):
        laid = frames(page)
        # the same lines as the layout, frame by frame and paragraph by paragraph
        assert html_frames == [[[line_text(ln) for ln in p.lines] for p in f.paragraphs] for f in laid], n
        # the same paragraphs as the PowerPoint slide
        html_paras = [squeeze("".join(lines)) for f in html_frames for lines in f if squeeze("".join(lines))]
        assert html_paras == pptx_paras, n
        # drawn in the layout's fonts: every line is as wide in the browser as the layout measured it
        for frame, measured in zip(laid, html_widths):
            lines = [ln for p in frame.paragraphs for ln in p.lines]
            for line, width in zip(lines, measured):
                expected = sum(f.width for f in line.frags if f.run.math is None)
                assert width == pytest.approx(expected, rel=0.01, abs=0.5), (n, line_text(line))


def current(browser) -> int:
    return browser.execute_script("return +document.querySelector('.slide.current').dataset.n")


def pending(browser) -> int:
    return browser.execute_script("return document.querySelectorAll('.slide.current .pending').length")


def press(browser, key: str, times: int = 1) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    for _ in range(times):
        ActionChains(browser).send_keys(key).perform()


def test_arrow_keys_home_end_and_the_address(browser, dist):
    from selenium.webdriver.common.keys import Keys

    open_deck(browser, dist, "getting-started", "#3")
    assert current(browser) == 3
    press(browser, Keys.ARROW_RIGHT)
    assert current(browser) == 4 and browser.current_url.endswith("#4")
    press(browser, Keys.ARROW_LEFT, 2)
    assert current(browser) == 2
    press(browser, Keys.END)
    count = browser.execute_script("return document.querySelectorAll('#deck > .slide').length")
    assert current(browser) == count
    press(browser, Keys.HOME)
    assert current(browser) == 1
    visible = browser.execute_script(
        "return [...document.querySelectorAll('.slide')].filter(s => getComputedStyle(s).display !== 'none').length")
    assert visible == 1


def test_reveal_steps_show_one_bullet_per_key(browser, dist):
    from selenium.webdriver.common.keys import Keys

    open_deck(browser, dist, "binary-search-lecture")
    steps = browser.execute_script("""
        return [...document.querySelectorAll('#deck > .slide')].map(s =>
            Math.max(0, ...[...s.querySelectorAll('[data-step]')].map(e => +e.dataset.step)));""")
    n = next(i for i, k in enumerate(steps, 1) if k >= 2)
    open_deck(browser, dist, "binary-search-lecture", f"#{n}")
    hidden = [pending(browser)]
    for _ in range(steps[n - 1]):
        press(browser, Keys.ARROW_RIGHT)
        assert current(browser) == n
        hidden.append(pending(browser))
    assert hidden[0] > 0 and hidden[-1] == 0 and hidden == sorted(hidden, reverse=True) and len(set(hidden)) == len(hidden)
    press(browser, Keys.ARROW_LEFT)
    assert current(browser) == n and pending(browser) == hidden[-2]
    press(browser, Keys.ARROW_RIGHT, 2)
    assert current(browser) == n + 1


def test_presenter_view_shows_the_notes_the_next_slide_and_a_timer(browser, dist):
    from selenium.webdriver.support.ui import WebDriverWait

    pages = deck_pages("binary-search-lecture")
    n = next(i for i, p in enumerate(pages, 1) if p.notes)
    open_deck(browser, dist, "binary-search-lecture", f"#{n}")
    press(browser, "p")
    notes = browser.find_element("id", "notes-pane")
    assert notes.is_displayed()
    assert squeeze(notes.text) == squeeze(pages[n - 1].notes)
    nxt = browser.find_element("css selector", ".slide.next")
    assert nxt.is_displayed() and int(nxt.get_attribute("data-n")) == n + 1
    timer = browser.find_element("id", "timer")
    WebDriverWait(browser, 5).until(lambda d: timer.text not in ("", "00:00"))
    press(browser, "p")
    assert not notes.is_displayed()


def test_overview_grid_goes_to_the_slide_clicked(browser, dist):
    open_deck(browser, dist, "gallery")
    press(browser, "o")
    slides = browser.find_elements("css selector", "#deck > .slide")
    assert all(s.is_displayed() for s in slides[:4])
    slides[2].click()
    assert current(browser) == 3
    assert not browser.execute_script("return document.body.classList.contains('overview')")


def test_links_are_links(browser, dist):
    open_deck(browser, dist, "gallery")
    hrefs = browser.execute_script("return [...document.querySelectorAll('svg.page a')].map(a => a.getAttribute('href'))")
    assert "https://example.org/deckbuild/spec" in hrefs


def test_the_html_deck_is_self_contained_and_reproducible(browser, dist, tmp_path):
    folder = dist / "gallery"
    open_deck(browser, dist, "gallery")  # every @font-face loads
    page = (folder / "index.html").read_text()
    used = re.findall(r'<(?:link|script|image)[^>]*?(?:href|src)="([^"]+)"', page) + re.findall(r"url\('([^']+)'\)", page)
    assert len(used) > 3
    for name in used:  # everything the page loads is a file beside it (data: aside): no network
        assert name.startswith("data:") or (folder / name).is_file(), name
    assert {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()} == {
        "index.html", *(n for n in used if not n.startswith("data:"))}
    again = tmp_path / "again"
    result = CliRunner().invoke(cli, ["build", str(REPO / "outlines" / "gallery"), "--format", "html", "--out",
                                      str(again), "-q"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    first = {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    second = {p.relative_to(again / "gallery"): p.read_bytes() for p in (again / "gallery").rglob("*") if p.is_file()}
    assert first == second


def test_continuations_and_audiences_are_the_decks_slides(browser, tmp_path):
    from conftest import build_deck
    from pptx import Presentation

    bullets = "\n".join(f"      - Point number {i} of a list far too long for one slide" for i in range(1, 31))
    project, _ = build_deck(tmp_path, "long", {
        "deck.yaml": "title: Long\naudiences:\n  short: {description: fewer slides}\n",
        "01-a.yaml": "section: A\nslides:\n  - title: Many points\n    bullets:\n" + bullets + "\n"
                     "  - title: Only for everyone else\n    skip: [short]\n    bullets: [Hidden from short]\n",
    }, "--format", "pptx,html")
    project.run("build", "--audience", "short", "--format", "pptx,html")
    for stem in ("long", "long-short"):
        browser.get((project.dist / stem / "index.html").as_uri())
        titles = browser.execute_script(
            "return [...document.querySelectorAll('#deck > .slide')].map(s => [s.dataset.title, +s.dataset.continued])")
        pptx = Presentation(str(project.dist / f"{stem}.pptx"))
        assert len(titles) == len(pptx.slides)
        shown_titles = browser.execute_script(
            "return [...document.querySelectorAll('#deck > .slide')].map(s => "
            "[...s.querySelectorAll('.frame[data-role=title] text')].map(t => t.textContent).join(' '))")
        assert shown_titles == [s.shapes.title.text if s.shapes.title else "" for s in pptx.slides]
        assert sum(1 for _, c in titles if c) >= 1  # the long list continues on another slide
        shown = " ".join(browser.execute_script("return [...document.querySelectorAll('.slide')].map(s => s.textContent)"))
        assert ("Hidden from short" in shown) == (stem == "long")
        assert "Point number 30 of" in shown


def test_f_toggles_full_screen(browser, dist):
    from selenium.webdriver.support.ui import WebDriverWait

    open_deck(browser, dist, "gallery")
    press(browser, "f")
    WebDriverWait(browser, 5).until(lambda d: d.execute_script("return !!document.fullscreenElement"))
    press(browser, "f")
    WebDriverWait(browser, 5).until(lambda d: d.execute_script("return !document.fullscreenElement"))
