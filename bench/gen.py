"""Generate synthetic decks for the benchmark: N slides of bullets, notes, some tables and charts,
as a deckbuild deck folder and as the equivalent Markdown for pandoc.

The text does not repeat: every title, bullet and note is drawn afresh from a seeded generator over a
vocabulary of a few thousand made-up words (the same seed gives the same deck, byte for byte). A
generator that repeats its text flatters every cache keyed by content.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import yaml

PER_SECTION = 10
SEED = 21
_LETTERS = "etaoinshrdlucmfwypvbgkjqxz"


def _vocabulary(rng: random.Random, size: int = 4000) -> list[str]:
    """Return *size* distinct made-up words of 2–11 letters, commoner letters more often."""
    words: dict[str, None] = {}
    while len(words) < size:
        n = rng.randint(2, 11)
        words["".join(rng.choice(_LETTERS[:8 + len(words) % 18]) for _ in range(n))] = None
    return list(words)


class Text:
    """A deterministic source of never-repeating phrases (Zipf-like word draws, seeded)."""

    def __init__(self, seed: int = SEED):
        self.rng = random.Random(seed)
        self.vocab = _vocabulary(self.rng)
        self.seen: set[str] = set()

    def words(self, n: int) -> str:
        """Return *n* words, capitalized, never a phrase returned before."""
        while True:
            top = len(self.vocab) - 1
            phrase = " ".join(self.vocab[min(int(self.rng.paretovariate(0.9)) - 1, top)] if self.rng.random() < 0.3
                              else self.vocab[self.rng.randint(0, top)] for _ in range(n)).capitalize()
            if phrase not in self.seen:
                self.seen.add(phrase)
                return phrase


_TEXT: list[Text] = []


def _words(seed: int, n: int) -> str:  # *seed* is kept for the shape of slide(); the text never repeats
    return _TEXT[-1].words(n)


def slide(i: int) -> dict:
    """Return slide *i*: mostly bullets (some nested), every 20th a table, every 25th a chart."""
    title = f"Slide {i}: {_words(i, 4)}"
    notes = f"{_words(i + 1, 18)}. {_words(i + 2, 14)}."
    if i % 25 == 0:
        return {"title": title, "chart": {"type": "column", "categories": ["2019", "2020", "2021", "2022", "2023"],
                                          "series": [{"name": "Exports", "values": [i % 7 + 3, 5, 8, 6, 9]},
                                                     {"name": "Imports", "values": [4, i % 5 + 2, 6, 7, 5]}]},
                "notes": notes}
    if i % 20 == 0:
        return {"title": title, "table": {"columns": ["Year", "Event", "Value"],
                                          "rows": [[str(1990 + k), _words(i + k, 3), str(k * i % 97)]
                                                   for k in range(5)]},
                "notes": notes}
    bullets: list = [_words(i + k, 6 + k % 4) for k in range(4)]
    if i % 3 == 0:
        bullets[1] = {"text": _words(i + 9, 5), "bullets": [_words(i + 11, 5), _words(i + 12, 4)]}
    return {"title": title, "bullets": bullets, "notes": notes}


def generate(n: int, folder: Path) -> tuple[Path, Path]:
    """Write a deck of *n* slides (section header slides included) and its Markdown twin; return both paths."""
    _TEXT.append(Text())  # the same seed for every call: the same N gives the same deck
    deck = folder / f"bench-{n}"
    deck.mkdir(parents=True, exist_ok=True)
    (deck / "deck.yaml").write_text(yaml.safe_dump({"title": f"Benchmark deck of {n} slides",
                                                   "subtitle": "Synthetic content", "author": "deckbuild bench"}))
    md = [f"---\ntitle: Benchmark deck of {n} slides\nsubtitle: Synthetic content\nauthor: deckbuild bench\n---\n"]
    count, section = 1, 0  # the title slide
    while count < n:
        section += 1
        slides = []
        count += 1  # the section header slide
        md.append(f"# Section {section}\n")
        while count < n and len(slides) < PER_SECTION:
            count += 1
            s = slide(count)
            slides.append(s)
            md.append(_markdown(s))
        (deck / f"{section:04d}.yaml").write_text(yaml.safe_dump({"section": f"Section {section}", "slides": slides},
                                                                 allow_unicode=True, sort_keys=False))
    markdown = folder / f"bench-{n}.md"
    markdown.write_text("\n".join(md))
    return deck, markdown


def _markdown(s: dict) -> str:
    out = [f"## {s['title']}\n"]
    if "bullets" in s:
        for b in s["bullets"]:
            if isinstance(b, dict):
                out.append(f"- {b['text']}")
                out += [f"    - {c}" for c in b["bullets"]]
            else:
                out.append(f"- {b}")
    elif "table" in s:
        t = s["table"]
        out.append("| " + " | ".join(t["columns"]) + " |")
        out.append("|" + "---|" * len(t["columns"]))
        out += ["| " + " | ".join(r) + " |" for r in t["rows"]]
    else:  # pandoc has no native charts: the same data as a table
        c = s["chart"]
        out.append("| Series | " + " | ".join(c["categories"]) + " |")
        out.append("|" + "---|" * (len(c["categories"]) + 1))
        out += ["| " + ser["name"] + " | " + " | ".join(str(v) for v in ser["values"]) + " |" for ser in c["series"]]
    out.append(f"\n::: notes\n{s['notes']}\n:::\n")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("n", type=int)
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    print(*generate(args.n, args.folder))
