"""Sample handouts in every layout and paper size, painted once per test session, and read back with
pdfplumber as a reader sees them: text lines (outside the slide miniatures), miniatures and rules."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SAMPLES = sorted(p.name for p in (REPO / "outlines").iterdir() if (p / "deck.yaml").exists())
STRESS = ("stress-kinds", "charts-stress")  # committed stress decks under tests/visual/
DECKS = SAMPLES + list(STRESS) + [f"{name}@compact" for name in STRESS]  # "@compact": 4:3 slides, letter paper


def folder(deck_name: str) -> Path:
    """Return the folder of a sample deck (outlines/) or of a stress deck (tests/visual/)."""
    sample = REPO / "outlines" / deck_name
    return sample if sample.is_dir() else REPO / "tests" / "visual" / deck_name


def split_name(deck_name: str, audience: str | None = None) -> tuple[str, str | None]:
    """Return (deck, audience) from a name such as "stress-kinds@compact"."""
    name, _, named = deck_name.partition("@")
    return name, named or audience
LAYOUTS = ("notes", "lines", "grid", "article")
PAPERS = ("A4", "letter")


@lru_cache(maxsize=None)
def laid_out(deck_name: str, audience: str | None = None):
    """Return (deck view, style, setter, slide pages) for a sample or stress deck ("name@audience" too)."""
    from deckbuild.audience import select
    from deckbuild.compile import audience_overrides
    from deckbuild.diagnostics import Diagnostics
    from deckbuild.fonts import FontBook
    from deckbuild.layout import deck_to_pages
    from deckbuild.layout.text import Typesetter
    from deckbuild.loader import load_deck
    from deckbuild.style_loader import StyleLoader

    deck_name, audience = split_name(deck_name, audience)
    diags = Diagnostics()
    deck = load_deck(folder(deck_name), diags)
    style = StyleLoader(REPO, diags).load(deck.style, deck.base_dir, deck.style_pos,
                                          audience_overrides(deck, audience))
    view, _ = select(deck, audience)
    setter = Typesetter(FontBook([REPO / "assets" / "fonts"]), style.fonts.mono, style.fonts.fallback,
                        math_font=style.math.font)
    pages = deck_to_pages(view, style, setter, diags)
    assert not diags.has_errors, [str(d) for d in diags]
    return view, style, setter, pages


@lru_cache(maxsize=None)
def handout_pdf(deck_name: str, layout: str, paper: str, audience: str | None = None, notes: bool | None = None
                ) -> bytes:
    """Return the PDF handout of a sample deck in *layout* on *paper*."""
    from deckbuild.layout.handout import deck_to_handout
    from deckbuild.layout.pages import deck_info
    from deckbuild.render.handout_pdf import handout_to_pdf

    deck_name, audience = split_name(deck_name, audience)
    view, style, setter, pages = laid_out(deck_name, audience)
    handout = replace(style.handout, layout=layout, page=paper,
                      notes=style.handout.notes if notes is None else notes)
    style = replace(style, handout=handout)
    return handout_to_pdf(deck_to_handout(pages, view, style, setter, audience), deck_info(view, style))


@dataclass
class TextLine:
    text: str
    x0: float
    top: float
    bottom: float
    size: float
    bold: bool


@dataclass
class Page:
    number: int
    height: float
    lines: list[TextLine]  # outside miniatures, header and footer excluded
    all_text: str  # everything, miniatures included
    minis: list[tuple[float, float, float, float]]  # x0, top, x1, bottom
    rules: list[tuple[float, float, float]]  # x0, x1, y of horizontal rules
    fills: list[tuple[float, float, float, float, tuple]]
    figures: list[float]  # tops of pictures, filled shapes and drawn curves (charts, tables)


@lru_cache(maxsize=None)
def read(pdf: bytes) -> list[Page]:
    """Return the pages of *pdf* as text lines, miniature frames and rules."""
    import pdfplumber

    out = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            minis = [(r["x0"], r["top"], r["x1"], r["bottom"]) for r in page.rects
                     if r["width"] > 80 and r["stroke"] and _slide_shaped(r["width"], r["height"])]
            words = page.extract_words(extra_attrs=["size", "fontname"], keep_blank_chars=False, use_text_flow=True)
            inside = lambda w: any(x0 - 1 <= w["x0"] <= x1 + 1 and t - 1 <= w["top"] <= b + 1  # noqa: E731
                                   for x0, t, x1, b in minis)
            body = [w for w in words if not inside(w)]
            lines = _lines(body)
            if lines and lines[-1].text.startswith("Page "):
                lines = lines[:-1]
            if out and lines:
                lines = lines[1:]  # the running header
            rules = [(ln["x0"], ln["x1"], ln["top"]) for ln in page.lines if abs(ln["top"] - ln["bottom"]) < 0.5]
            fills = [(r["x0"], r["top"], r["x1"], r["bottom"], tuple(r.get("non_stroking_color") or ()))
                     for r in page.rects if r.get("fill")]
            figures = [i["top"] for i in page.images] + [f[1] for f in fills] + [c["top"] for c in page.curves]
            out.append(Page(page.page_number, page.height, lines, page.extract_text() or "", minis, rules, fills,
                            [t for t in figures if t > 60]))
    return out


def _slide_shaped(w: float, h: float) -> bool:
    return any(abs(w / h - ratio) < 0.02 for ratio in (16 / 9, 4 / 3, 16 / 10))


def _lines(words) -> list[TextLine]:
    rows: dict = {}
    for w in words:
        key = (round(w["top"] / 2), round(w["x0"] // 1000))
        rows.setdefault(round(w["top"], 0), []).append(w)
    out = []
    for top in sorted(rows):
        ws = sorted(rows[top], key=lambda w: w["x0"])
        # split a row into columns where a wide gap separates words
        group = [ws[0]]
        for w in ws[1:]:
            if w["x0"] - group[-1]["x1"] > 14:
                out.append(_line(group))
                group = [w]
            else:
                group.append(w)
        out.append(_line(group))
    return sorted(out, key=lambda ln: (ln.top, ln.x0))


def _line(words) -> TextLine:
    return TextLine(" ".join(w["text"] for w in words), words[0]["x0"], min(w["top"] for w in words),
                    max(w["bottom"] for w in words), max(w["size"] for w in words),
                    all("Bold" in w["fontname"] for w in words))


HEADING = re.compile(r"^(Summary|Details|In the handout only|Slide \d+|SLIDE \d+|Slide \d+ — continued)$")
