"""Benchmark ``deckbuild import``: 100 synthetic documents, then 50 MB of text, then a 200-page PDF.

    python bench/import_bench.py [--docs 100] [--words 5000] [--text-mb 50] [--pdf-pages 200] [--one-file]
    make bench-import

Documents are generated deterministically (headings, paragraphs, bullet lists, web junk, and a few
near-duplicates), imported into a temporary project, and the wall time is printed. The target is
under 10 seconds on a 2-core machine; 50 MB of text (in 1 MB documents) and 200 pages of PDF (a
dense report page of about 3,000 characters, set in two columns with a running header) should each
take under 30 s (``--one-file``: the 50 MB as a single document). Each figure is the wall time and
the CPU time of the import alone; on a shared machine the CPU time is the steadier of the two. This
is a benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import os
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


def report_pdf(path: Path, pages: int, rng: random.Random, vocab: list[str]) -> Path:
    """Write a *pages*-page report: a heading and two dense columns a page, a running header, page numbers."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    width, height = A4
    for n in range(1, pages + 1):
        c.setFont("Helvetica", 8)
        c.drawString(50, height - 30, "Benchmark Report · deckbuild")
        c.drawCentredString(width / 2, 20, f"{n}")
        c.setFont("Helvetica-Bold", 14)
        c.drawString(50, height - 60, " ".join(rng.choice(vocab).capitalize() for _ in range(4)))
        c.setFont("Times-Roman", 9)
        for column in (50, width / 2 + 10):
            y = height - 85
            while y > 40:
                line = ""
                while len(line) < 48:
                    line += rng.choice(vocab) + " "
                c.drawString(column, y, line.strip())
                y -= 11
        c.showPage()
    c.save()
    return path


def big_text(root: Path, megabytes: int, rng: random.Random, vocab: list[str]) -> list[Path]:
    """Write *megabytes* of plain text as 1 MB documents (the kind of bulk a whole manual set makes)."""
    paths = []
    for i in range(megabytes):
        text = document(rng, vocab, 180_000)
        path = root / f"big{i:03d}.txt"
        path.write_text(text[:1_000_000], encoding="utf-8")
        paths.append(path)
    return paths


def timed(paths: list[Path], root: Path, name: str) -> tuple[str, object]:
    """Return the wall and CPU time of importing *paths* (on a shared machine CPU time is the steadier one).

    CPU time counts forked children too (they are waited for before the import returns), and the load
    average is printed beside it: on a busy 2-core machine the wall time is the CPU time stretched.
    """
    start, before = time.perf_counter(), os.times()
    result = import_documents(paths, name, root / "outlines")
    after = os.times()
    own = after.user + after.system - before.user - before.system
    kids = after.children_user + after.children_system - before.children_user - before.children_system
    return (f"{time.perf_counter() - start:.2f} s ({own + kids:.2f} s of CPU, {kids:.2f} s of it in forked "
            f"children; load {os.getloadavg()[0]:.1f})"), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--words", type=int, default=5000)
    parser.add_argument("--text-mb", type=int, default=50)
    parser.add_argument("--pdf-pages", type=int, default=200)
    parser.add_argument("--one-file", action="store_true", help="the text as one document, not 1 MB ones")
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
        if paths:  # (--docs 0 skips this part)
            words = sum(len(p.read_text().split()) for p in paths)
            elapsed, result = timed(paths, root, "bench")
            print(f"{len(paths)} documents, {words:,} words: {elapsed} "
                  f"({len(result.sections)} sections, {len(result.duplicates)} duplicates, "
                  f"{sum(len(d.dropped) for d in result.documents)} lines dropped, ok={result.ok})")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        if args.one_file and args.text_mb:
            paths = big_text(root, args.text_mb, rng, vocab)
            one = root / "one.txt"
            with one.open("w", encoding="utf-8") as out:
                for p in paths:
                    out.write(p.read_text(encoding="utf-8") + "\n\n")
            elapsed, result = timed([one], root, "one")
            print(f"{one.stat().st_size / 1e6:.1f} MB of text in one document: {elapsed} "
                  f"({len(result.sections)} sections, ok={result.ok}; target under 30 s)")
        elif args.text_mb:
            paths = big_text(root, args.text_mb, rng, vocab)
            size = sum(p.stat().st_size for p in paths)
            elapsed, result = timed(paths, root, "text")
            print(f"{size / 1e6:.1f} MB of text in {len(paths)} documents: {elapsed} "
                  f"({len(result.sections)} sections, ok={result.ok}; target under 30 s)")
        if args.pdf_pages:
            pdf = report_pdf(root / "report.pdf", args.pdf_pages, rng, vocab)
            elapsed, result = timed([pdf], root, "pdf")
            chars = sum(len(b.text) for d in result.documents for b in d.blocks)
            print(f"{args.pdf_pages} PDF pages ({chars:,} characters kept): {elapsed} "
                  f"({len(result.sections)} sections, ok={result.ok}; target under 30 s)")


if __name__ == "__main__":
    main()
