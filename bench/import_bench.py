"""Benchmark ``deckbuild import``: 100 synthetic documents of about 5,000 words each.

    python bench/import_bench.py [--docs 100] [--words 5000]

Documents are generated deterministically (headings, paragraphs, bullet lists, web junk, and a few
near-duplicates), imported into a temporary project, and the wall time is printed. The target is
under 10 seconds on a 2-core machine. This is a benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from deckbuild.importer import import_documents

JUNK = ["Subscribe now to keep reading and get access to the full archive.", "Continue reading",
        "Get free updates straight to your inbox!", "You must be logged in to post a comment.",
        "Photo: Jane Doe / Reuters", "Share this article"]


def vocabulary(rng: random.Random, size: int = 3000) -> list[str]:
    """Return *size* made-up words (a Zipf-like draw from them reads like prose to the scorer)."""
    letters = "etaoinshrdlucmfwypvbgkjqxz"
    return ["".join(rng.choice(letters[:12 + (i % 14)]) for _ in range(rng.randint(2, 10))) for i in range(size)]


def sentence(rng: random.Random, vocab: list[str]) -> str:
    words = [vocab[min(int(rng.paretovariate(1.1)) - 1, len(vocab) - 1)] for _ in range(rng.randint(8, 28))]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def document(rng: random.Random, vocab: list[str], target: int) -> str:
    """Return one plain-text article of about *target* words."""
    lines = [" ".join(rng.choice(vocab).capitalize() for _ in range(5)), ""]
    count = 0
    while count < target:
        lines += [" ".join(rng.choice(vocab).capitalize() for _ in range(rng.randint(2, 6))), ""]
        for _ in range(rng.randint(3, 6)):
            if rng.random() < 0.2:
                items = [f"• {sentence(rng, vocab)}" for _ in range(rng.randint(3, 6))]
                lines += items + [""]
                count += sum(len(i.split()) for i in items)
            else:
                para = " ".join(sentence(rng, vocab) for _ in range(rng.randint(3, 7)))
                lines += [para, ""]
                count += len(para.split())
            if rng.random() < 0.05:
                lines += [rng.choice(JUNK), ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--words", type=int, default=5000)
    args = parser.parse_args()
    rng = random.Random(7)
    vocab = vocabulary(rng)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        paths = []
        for i in range(args.docs):
            text = document(rng, vocab, args.words)
            if i % 25 == 24:  # a near-duplicate of the previous document
                text = (root / f"doc{i - 1:03d}.txt").read_text().replace(".", "!", 3)
            path = root / f"doc{i:03d}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        words = sum(len(p.read_text().split()) for p in paths)
        start = time.perf_counter()
        result = import_documents(paths, "bench", root / "outlines")
        elapsed = time.perf_counter() - start
    print(f"{len(paths)} documents, {words:,} words: {elapsed:.2f} s "
          f"({len(result.sections)} sections, {len(result.duplicates)} duplicates, "
          f"{sum(len(d.dropped) for d in result.documents)} lines dropped, ok={result.ok})")


if __name__ == "__main__":
    main()
