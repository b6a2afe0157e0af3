"""Print how well ``deckbuild import`` keeps article text, and how often it crashes.

    .venv/bin/python bench/import_quality.py

Quality: for each page in tests/importer/pages/ (NAME.html with its hand-written article text in
NAME.txt), the text that ``--dump-text`` shows is scored by word 4-gram precision and recall against
the expected text; precision and recall are averaged over pages, and F1 is taken from the averages.

Crashes: every fixture deckbuild's importer tests use (every importable file under tests/importer/,
the text fixtures of import_fixtures.py and kinds_fixtures.py, and .docx, .pdf and .pptx files made
from them, with LibreOffice when it is installed) is imported in full; an exception is a crash (what
the command line would report as exit 70).

Real documents: with ``--real N`` (default 60; ``--real 0`` skips it, ``--real all`` takes every one)
the READMEs, .txt, .md and .html files under /usr/share/doc are imported too, N of them spread over
the sorted list, and their crashes counted the same way.
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests" / "importer")]

from deckbuild.importer import dump_text, import_documents, read_and_clean  # noqa: E402
from deckbuild.importer.read import FORMATS  # noqa: E402

FORMATS = {**FORMATS, ".pptx": "pptx"}

PAGES = ROOT / "tests" / "importer" / "pages"


def grams(text: str, n: int = 4) -> Counter:
    """Return the word n-grams of *text* (lower case, punctuation ignored) with their counts."""
    words = re.findall(r"\w+", text.lower())
    return Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))


def score(kept: str, expected: str) -> tuple[float, float]:
    """Return (precision, recall) of the 4-grams of *kept* against those of *expected*."""
    got, want = grams(kept), grams(expected)
    common = sum((got & want).values())
    precision = common / sum(got.values()) if got else (1.0 if not want else 0.0)
    recall = common / sum(want.values()) if want else 1.0
    return precision, recall


def quality() -> tuple[float, float, float, list[tuple[str, float, float]]]:
    """Return mean precision, mean recall, F1 and the per-page scores over the committed sample."""
    rows = []
    for page in sorted(PAGES.glob("*.html")):
        docs, _diags = read_and_clean([page])
        kept = dump_text(docs[0]) if docs else ""
        p, r = score(kept, page.with_suffix(".txt").read_text(encoding="utf-8"))
        rows.append((page.stem, p, r))
    mp = sum(p for _, p, _ in rows) / len(rows)
    mr = sum(r for _, _, r in rows) / len(rows)
    return mp, mr, (2 * mp * mr / (mp + mr) if mp + mr else 0.0), rows


def fixtures(tmp: Path) -> list[Path]:
    """Return every fixture file to import: committed ones and ones written from the fixture modules."""
    import import_fixtures
    import kinds_fixtures

    files = [p for p in sorted((ROOT / "tests" / "importer").rglob("*")) if p.suffix.lower() in FORMATS]
    for fx in (import_fixtures, kinds_fixtures):
        for name in dir(fx):
            value = getattr(fx, name)
            if name.isupper() and isinstance(value, str) and len(value) > 200:
                suffix = ".html" if "<html" in value.lower() else ".md" if value.startswith(("---", "#")) else \
                    ".txt"
                path = tmp / f"{name.lower()}{suffix}"
                path.write_text(value, encoding="utf-8")
                files.append(path)
    from pdf_fixtures import libreoffice_convert, minimal_docx, two_column_report

    files += [two_column_report(tmp / "report.pdf"), minimal_docx(tmp / "plan.docx"), _deck(tmp / "old.pptx")]
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice:  # what a user has most often: Word documents and PDFs that an office suite wrote
        for page in [p for p in files if p.suffix in (".html", ".md") and p.parent == tmp]:
            try:
                docx = libreoffice_convert(page, soffice, "docx")
                files += [docx, libreoffice_convert(docx, soffice, "pdf")]
            except AssertionError:
                pass  # LibreOffice made nothing from this page: not a fixture
    return files


def real_documents(count: str) -> list[Path]:
    """Return *count* real documents from /usr/share/doc (READMEs, .txt, .md, .html), spread over the list."""
    root = Path("/usr/share/doc")
    if count == "0" or not root.is_dir():
        return []
    found = sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink() and
                   (p.suffix.lower() in (".txt", ".md", ".html", ".htm") or p.name.upper().startswith("README")) and
                   not p.name.endswith((".gz", ".bz2", ".xz")))
    if count == "all" or int(count) >= len(found):
        return found
    step = len(found) / int(count)
    return [found[int(i * step)] for i in range(int(count))]


def _deck(path: Path) -> Path:
    """Write a .pptx with a title slide, bullets with levels, notes, a table, a chart and a grouped shape."""
    from pptx import Presentation
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE
    from pptx.util import Inches

    prs = Presentation()
    first = prs.slides.add_slide(prs.slide_layouts[0])
    first.shapes.title.text = "An Old Lecture"
    first.placeholders[1].text = "Given in 2019"
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    slide.shapes.title.text = "Points"
    body = slide.placeholders[1].text_frame
    body.text = "First point"
    sub = body.add_paragraph()
    sub.text, sub.level = "A detail", 1
    slide.notes_slide.notes_text_frame.text = "Say this slowly."
    table = prs.slides.add_slide(prs.slide_layouts[5])
    table.shapes.title.text = "Numbers"
    grid = table.shapes.add_table(2, 2, Inches(1), Inches(2), Inches(4), Inches(1)).table
    for r, row in enumerate([("Year", "Count"), ("2019", "12")]):
        for c, text in enumerate(row):
            grid.cell(r, c).text = text
    chart = prs.slides.add_slide(prs.slide_layouts[5])
    chart.shapes.title.text = "A Chart"
    data = CategoryChartData()
    data.categories = ["A", "B"]
    data.add_series("S", (1, 2))
    chart.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(1), Inches(2), Inches(4), Inches(3), data)
    group = chart.shapes.add_group_shape()
    group.shapes.add_textbox(Inches(6), Inches(2), Inches(2), Inches(1)).text_frame.text = "Box"
    prs.save(str(path))
    return path


def crashes(tmp: Path, files: list[Path]) -> tuple[Counter, Counter, list[str]]:
    """Return documents per format, crashes per format and what each crash said."""
    from deckbuild.importer.read import TEXT_NAMES

    seen, crashed, notes = Counter(), Counter(), []
    for n, path in enumerate(files):
        fmt = FORMATS.get(path.suffix.lower()) or ("text" if TEXT_NAMES.match(path.name) else "other")
        seen[fmt] += 1
        try:
            import_documents([path], f"q{n}", tmp / "outlines", force=True)
        except Exception:  # noqa: BLE001 - counting crashes is the point
            crashed[fmt] += 1
            notes.append(f"{path.name}: {traceback.format_exc().strip().splitlines()[-1]}")
    return seen, crashed, notes


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real", default="60", help="real documents from /usr/share/doc: a number, all, or 0")
    args = parser.parse_args()
    mp, mr, f1, rows = quality()
    print(f"{'page':32} {'precision':>9} {'recall':>7}")
    for name, p, r in rows:
        print(f"{name:32} {p:9.3f} {r:7.3f}")
    print(f"web pages: {len(rows)}; precision {mp:.3f}, recall {mr:.3f}, F1 {f1:.3f}")
    with tempfile.TemporaryDirectory() as tmp:
        seen, crashed, notes = crashes(Path(tmp), fixtures(Path(tmp)))
        real = real_documents(args.real)
        rseen, rcrashed, rnotes = crashes(Path(tmp), real) if real else (Counter(), Counter(), [])
    for fmt in sorted(seen):
        print(f"{fmt:9} fixtures: {seen[fmt]:3}, crashes: {crashed[fmt]}")
    for note in notes:
        print(f"  crash: {note}")
    print(f"crashes: {sum(crashed.values())} of {sum(seen.values())} fixtures")
    if real:
        for fmt in sorted(rseen):
            print(f"{fmt:9} real documents (/usr/share/doc): {rseen[fmt]:4}, crashes: {rcrashed[fmt]}")
        for note in rnotes:
            print(f"  crash: {note}")
        print(f"crashes: {sum(rcrashed.values())} of {sum(rseen.values())} real documents")
    return 1 if crashed or rcrashed else 0


if __name__ == "__main__":
    sys.exit(main())
