"""Handout flow, read back from the PDFs: headings kept with their text, no short blocks at the top of a
page, rules only where they belong, the notes layout using its page, light dividers, a plain cover."""

from __future__ import annotations

import io
import re

import pytest

from .handouts import DECKS, HEADING, LAYOUTS, PAPERS, Page, handout_pdf, read

SLIDE_LABEL = re.compile(r"^Slide \d+ · ")
CASES = [(d, lay, paper) for d in DECKS for lay in LAYOUTS for paper in PAPERS]


def _below(page: Page, line):
    """Return the lines under *line* in its column, nearest first."""
    return [ln for ln in page.lines if ln.top > line.top + 1 and line.x0 - 3 <= ln.x0 <= line.x0 + 40]


def stranded_headings(pages: list[Page]) -> list[str]:
    """Return each heading not followed, on its page and in its column, by two lines of text."""
    out = []
    for page in pages:
        for line in page.lines:
            if not HEADING.match(line.text):
                continue
            nxt = _below(page, line)
            need = 1 if line.text.lower().startswith("slide") and "continued" not in line.text else 2  # a title
            ok = len(nxt) >= need and nxt[0].top - line.bottom < 3 * line.size + 14 and \
                (need == 1 or nxt[1].top - nxt[0].bottom < 30)
            if not ok:
                out.append(f"page {page.number}: {line.text!r}")
    return out


def short_top_blocks(pages: list[Page]) -> list[str]:
    """Return each page that starts with a carried-over block of one or two lines."""
    out = []
    for page in pages[1:]:
        lines = page.lines
        if not lines:
            continue
        start = 1 if lines[0].text.endswith("— continued") else 0
        if min(page.figures, default=page.height) < lines[0].top - 2:
            continue  # the page starts with a figure, and the text after it closes the figure's slide
        first_mini = min((m[1] for m in page.minis), default=page.height)
        block = []
        for ln in lines[start:]:
            heading = HEADING.match(ln.text) and not ln.text.startswith(("Summary", "Details")) or \
                SLIDE_LABEL.match(ln.text)  # a miniature's label ("Slide 4 · a long title", wrapped)
            if ln.bottom >= first_mini - 6 or heading or (ln.size >= 15 and ln.bold):
                break
            block.append(ln)
        if 0 < len(block) < 3:
            out.append(f"page {page.number}: {[b.text for b in block]}")
    return out


@pytest.mark.parametrize("deck,layout,paper", CASES)
def test_headings_stay_with_their_text(deck, layout, paper):
    assert stranded_headings(read(handout_pdf(deck, layout, paper))) == []


@pytest.mark.parametrize("deck,layout,paper", CASES)
def test_no_page_starts_with_one_or_two_carried_lines(deck, layout, paper):
    assert short_top_blocks(read(handout_pdf(deck, layout, paper))) == []


def stray_rules(pages: list[Page]) -> list[str]:
    """Return rules drawn across the text width with nothing under them on the page (below the header)."""
    out = []
    for page in pages[1:]:
        content = [ln.top for ln in page.lines] + [m[1] for m in page.minis]
        for x0, x1, y in page.rules:
            if y < 60 or x1 - x0 < 300:
                continue  # the running header's rule; the ruled writing lines of the lines layout
            if not any(t > y for t in content):
                out.append(f"page {page.number}: rule at {y:.0f} over empty space")
    return out


@pytest.mark.parametrize("deck,layout,paper", CASES)
def test_no_rule_over_empty_space(deck, layout, paper):
    assert stray_rules(read(handout_pdf(deck, layout, paper))) == []


@pytest.mark.parametrize("paper", PAPERS)
def test_gallery_notes_handout_uses_its_pages(paper):
    pages = read(handout_pdf("gallery", "notes", paper))
    slides = sum(len(p.minis) for p in pages)
    assert slides >= 18
    assert len(pages) - 1 <= -(-slides // 2.5), [len(p.minis) for p in pages]  # before: a slide per half page
    sizes = [m[2] - m[0] for p in pages for m in p.minis]
    assert min(sizes) >= 280  # points wide: larger than before (256)


def misaligned_rules(pages: list[Page], notes: bool) -> list[str]:
    """Return each miniature whose ruled block does not span exactly its height."""
    out = []
    for page in pages[1:]:
        for x0, top, x1, bottom in page.minis:
            ys = sorted(y for rx0, rx1, y in page.rules if rx0 > x1 and top - 30 < y < bottom + 30)
            if not ys:
                continue
            if abs(ys[-1] - bottom) > 1.0 or (not notes and abs(ys[0] - top) > 1.0) or ys[0] < top - 1:
                out.append(f"page {page.number}: rules {ys[0]:.1f}–{ys[-1]:.1f}, miniature {top:.1f}–{bottom:.1f}")
    return out


@pytest.mark.parametrize("deck", DECKS)
@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("notes", [False, True])
def test_lines_layout_ruled_block_spans_the_miniature(deck, paper, notes):
    pages = read(handout_pdf(deck, "lines", paper, notes=notes))
    assert any(p.minis for p in pages)
    assert misaligned_rules(pages, notes) == []


def dark_miniatures(pages: list[Page]) -> list[str]:
    """Return miniatures painted on a solid dark fill."""
    out = []
    for page in pages:
        for x0, top, x1, bottom in page.minis:
            for fx0, ftop, fx1, fbottom, color in page.fills:
                big = fx1 - fx0 > 0.8 * (x1 - x0) and fbottom - ftop > 0.8 * (bottom - top)
                inside = fx0 >= x0 - 1 and fx1 <= x1 + 1 and ftop >= top - 1 and fbottom <= bottom + 1
                if big and inside and len(color) == 3 and sum(color) / 3 < 0.35:
                    out.append(f"page {page.number}")
    return out


@pytest.mark.parametrize("deck", DECKS)
@pytest.mark.parametrize("layout", ["notes", "lines", "grid"])
def test_divider_miniatures_are_printed_light(deck, layout):
    pages = read(handout_pdf(deck, layout, "A4"))
    assert dark_miniatures(pages) == []


def test_cover_counts_in_words_without_jargon(tmp_path):
    from conftest import Project

    project = Project(tmp_path)
    project.deck("one", {"deck.yaml": "title: One\n", "01-a.yaml": "section: Only\nslides:\n  - title: A\n"
                         "    bullets: [x]\n"})
    result = project.run("build", "-q")
    assert result.exit_code == 0, result.output
    cover = read((tmp_path / "dist" / "one-handout.pdf").read_bytes())[0].all_text
    assert "1 section" in cover and "1 sections" not in cover
    assert "layout" not in cover
    for deck in DECKS:
        assert "layout" not in read(handout_pdf(deck, "notes", "A4"))[0].all_text


ARTICLE_LABEL = re.compile(r"^SLIDE \d+$")


def stranded_slide_titles(pages: list[Page]) -> list[str]:
    """Return each article slide label and title with nothing of its slide under it on the page: its chart,
    picture or text went to the next page and left the heading alone at the foot of this one."""
    out = []
    for page in pages[1:]:
        for k, line in enumerate(page.lines):
            if not ARTICLE_LABEL.match(line.text):
                continue
            below = page.lines[k + 1:]
            title_end = line.bottom
            while below and below[0].bold and below[0].top - title_end < 12:  # the title, maybe wrapped
                title_end = below[0].bottom
                below = below[1:]
            if not below and not any(t > title_end for t in page.figures):
                out.append(f"page {page.number}: {line.text} heading alone at the foot of the page")
    return out


@pytest.mark.parametrize("deck", DECKS)
@pytest.mark.parametrize("paper", PAPERS)
def test_article_slide_headings_stay_with_their_figure(deck, paper):
    assert stranded_slide_titles(read(handout_pdf(deck, "article", paper))) == []


def caption_sizes(deck: str, paper: str) -> list[tuple[str, float]]:
    """Return each picture caption of *deck*'s article handout with the largest size it is printed at."""
    import pdfplumber

    from .handouts import laid_out

    view = laid_out(deck)[0]
    captions = {im.caption for sec in view.sections for s in sec.slides
                for im in ((s.image,) if s.image else ()) + tuple(s.images or ()) if im.caption}
    out = []
    with pdfplumber.open(io.BytesIO(handout_pdf(deck, "article", paper))) as doc:
        for caption in sorted(captions):
            first = r"\s*".join(re.escape(w) for w in caption.split()[:2])
            sizes = [c["size"] for page in doc.pages for m in page.search(first) for c in m["chars"]]
            if sizes:
                out.append((caption, max(sizes)))
    return out


@pytest.mark.parametrize("deck", DECKS)
def test_article_captions_are_no_larger_than_body_text(deck):
    found = caption_sizes(deck, "A4")
    assert [(c, round(s, 1)) for c, s in found if s > 10.5 + 0.01] == []  # the article's body text is 10.5 pt
    if deck == "gallery":
        assert len(found) >= 8


def grid_picture_heights(deck: str, paper: str) -> list[tuple[str, float]]:
    """Return (caption, height as a share of the page) of each raster picture of a grid of pictures (a slide
    with two or more) in *deck*'s article handout, found as the picture just above its caption."""
    import pdfplumber

    from .handouts import laid_out

    view = laid_out(deck)[0]
    captions = {im.caption for sec in view.sections for s in sec.slides if len(s.images or ()) >= 2
                for im in s.images if im.caption}
    out = []
    with pdfplumber.open(io.BytesIO(handout_pdf(deck, "article", paper))) as doc:
        for page in doc.pages:
            for caption in captions:
                for m in page.search(r"\s*".join(re.escape(w) for w in caption.split())):
                    above = [im for im in page.images if 0 <= m["top"] - im["bottom"] < 30]
                    out += [(caption, im["height"] / page.height) for im in above]
    return out


@pytest.mark.parametrize("paper", PAPERS)
def test_article_prints_a_grid_of_pictures_small(paper):
    found = grid_picture_heights("gallery", paper)
    assert len(found) >= 3  # the gallery's GIF, WebP and JPEG (its SVG is drawn as vectors)
    assert [(c, round(h, 2)) for c, h in found if h > 0.16] == []  # before: 0.24 of the page each


@pytest.mark.parametrize("audience", ["lecture", "executive", "analyst"])
@pytest.mark.parametrize("layout", LAYOUTS)
def test_cover_names_the_audience_without_a_doubled_colon(audience, layout):
    """The lecture's description is "Undergraduate class: more history and context"; a "Handout for:" label
    in front of it printed two colons on one line."""
    cover = read(handout_pdf("pact-briefing", layout, "A4", audience))[0].all_text
    line = next((t for t in cover.splitlines() if t.startswith("Handout for")), None)
    assert line is not None, cover
    assert line.count(":") <= 1, line
    assert "Handout for:" not in cover
