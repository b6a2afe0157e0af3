"""The deckbuild benchmark: synthetic decks of N slides built by deckbuild (deck + handout) and, when
pandoc is installed, the equivalent Markdown converted by pandoc's PowerPoint writer.

Prints a table and writes bench/results.json and bench/RESULTS-pandoc.md (make bench-pandoc). Times are
wall-clock medians of whole command runs (start-up included); peak RSS is the largest resident set of the
build's processes. The speed goals against the floor script are bench/goals.py (make bench).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen import generate  # noqa: E402

DECKBUILD = [sys.executable, "-m", "deckbuild"]
TARGETS = {100: 0.5, 1000: 1.5, 3000: 4.5}
NOTES = """How to read it:

- A full build is `deckbuild build DECK --force` with no per-slide layouts kept from before: it reads the
  outlines, lays every slide out once, and paints the deck and the handout in two processes (a fork).
- "After editing one section" changes one slide title in one section file and builds again: the
  layouts of the other sections come from `dist/.deckbuild/layout/`, but both files are written anew,
  and the handout PDF is painted whole (reportlab writes one document), so an edit costs roughly
  85–90% of a full build. Layout is about a fifth of a build; painting the PDF is the largest part.
- The machine is a shared 2-core virtual machine whose speed varies by about ±30% from one run to the
  next (pandoc's 1,000-slide time ranged from 14.2 s to 21.4 s on the day these were made); compare
  deckbuild with pandoc within one run.
- pandoc has no native charts: its Markdown twin carries each chart's data as a table."""


def run(cmd: list[str], cwd: Path) -> tuple[float, int]:
    """Return (seconds, peak RSS in MB) of one run of *cmd*, which must succeed."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{proc.stderr.read().decode()}")
    return seconds, round(usage.ru_maxrss / 1024)


def median_run(cmd: list[str], cwd: Path, repeat: int) -> tuple[float, int]:
    runs = [run(cmd, cwd) for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs)


def bench(sizes: list[int], repeat: int, work: Path, with_pandoc: bool) -> dict:
    rows = []
    for n in sizes:
        deck, markdown = generate(n, work)
        out = work / f"out-{n}"
        cmd = DECKBUILD + ["build", str(deck), "--out", str(out), "--force", "-q"]
        run(cmd, work)  # warm the file cache and the font cache
        runs = []
        for _ in range(repeat):  # a full build: nothing kept from the last one (no per-slide layouts)
            shutil.rmtree(out / ".deckbuild", ignore_errors=True)  # every cache: layouts, handout text, parts
            runs.append(run(cmd, work))
        seconds, rss = statistics.median(r[0] for r in runs), max(r[1] for r in runs)
        row = {"n": n, "deckbuild_s": round(seconds, 3), "peak_rss_mb": rss,
               "pptx_kb": round((out / f"{deck.name}.pptx").stat().st_size / 1024),
               "pdf_kb": round((out / f"{deck.name}-handout.pdf").stat().st_size / 1024)}
        if n >= 100:
            row["incremental_s"] = round(_incremental(deck, out, work, repeat), 3)
        if with_pandoc:
            pandoc_repeat = repeat if n <= 100 else (3 if n <= 1000 else 1)
            p_seconds, _ = median_run(["pandoc", str(markdown), "-o", str(work / f"pandoc-{n}.pptx")], work,
                                      pandoc_repeat)
            row["pandoc_s"] = round(p_seconds, 3)
            row["pandoc_runs"] = pandoc_repeat
            row["ratio"] = round(p_seconds / seconds, 1)
        rows.append(row)
        print(f"  N={n}: {row}", file=sys.stderr)
    for prev, row in zip(rows, rows[1:]):
        row["marginal_ms_per_slide"] = round((row["deckbuild_s"] - prev["deckbuild_s"]) /
                                             (row["n"] - prev["n"]) * 1000, 3)
    help_s = statistics.median(run(DECKBUILD + ["--help"], work)[0] for _ in range(10))
    return {"rows": rows, "help_s": round(help_s, 3), "repeat": repeat, "machine": _machine()}


def _incremental(deck: Path, out: Path, work: Path, repeat: int) -> float:
    """Return the median time to rebuild after editing one section file (one slide's title changed)."""
    cmd = DECKBUILD + ["build", str(deck), "--out", str(out), "-q"]
    section = sorted(deck.glob("0*.yaml"))[len(list(deck.glob("0*.yaml"))) // 2]
    original = section.read_text()
    run(cmd, work)  # the build before the edit: outputs and per-slide layouts up to date
    times = []
    try:
        for i in range(repeat):
            section.write_text(original.replace("Slide ", f"Slide{'!' * (i + 1)} ", 1))
            times.append(run(cmd, work)[0])
    finally:
        section.write_text(original)
    return statistics.median(times)


def _machine() -> dict:
    return {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform(),
            "pandoc": _pandoc_version()}


def _pandoc_version() -> str | None:
    if not shutil.which("pandoc"):
        return None
    return subprocess.run(["pandoc", "--version"], capture_output=True, text=True).stdout.splitlines()[0]


def table(results: dict) -> str:
    """Return the results as a Markdown table."""
    head = ("| N slides | deckbuild deck+handout, full build (s) | target (s) | met | after editing one section (s) | "
            "pandoc pptx (s) | pandoc ÷ deckbuild | peak RSS (MB) | pptx (KB) | pdf (KB) | marginal (ms/slide) |")
    lines = [head, "|" + "---|" * 11]
    for r in results["rows"]:
        target = TARGETS.get(r["n"])
        met = "" if target is None else ("yes" if r["deckbuild_s"] <= target else "no")
        pandoc = f"{r['pandoc_s']} ({r['pandoc_runs']} run{'s' * (r['pandoc_runs'] > 1)})" if "pandoc_s" in r else "—"
        lines.append(f"| {r['n']:,} | {r['deckbuild_s']} | {target or '—'} | {met} | {r.get('incremental_s', '—')} | "
                     f"{pandoc} | {r.get('ratio', '—')} | {r['peak_rss_mb']} | {r['pptx_kb']:,} | {r['pdf_kb']:,} | "
                     f"{r.get('marginal_ms_per_slide', '—')} |")
    lines.append("")
    lines.append(f"`deckbuild --help`: {results['help_s']} s (median of 10; target 0.15 s). "
                 f"deckbuild times are medians of {results['repeat']} runs. Machine: {results['machine']}.")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10,100,1000,3000")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-pandoc", action="store_true")
    parser.add_argument("--json", type=Path, default=HERE / "results.json")
    parser.add_argument("--markdown", type=Path, default=HERE / "RESULTS-pandoc.md")
    args = parser.parse_args()
    with_pandoc = not args.no_pandoc and shutil.which("pandoc") is not None
    if not with_pandoc:
        print("pandoc is not installed: its column is skipped", file=sys.stderr)
    import deckbuild  # the package as installed: compile it once, as `pip install` does for a user

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(deckbuild.__file__).parent)], check=False)
    with tempfile.TemporaryDirectory() as tmp:
        results = bench([int(n) for n in args.sizes.split(",")], args.repeat, Path(tmp), with_pandoc)
    text = table(results)
    print(text)
    args.json.write_text(json.dumps(results, indent=2) + "\n")
    args.markdown.write_text("# Benchmark results\n\nMade by `make bench` (bench/run.py) on "
                             f"{time.strftime('%Y-%m-%d')}.\n\n{text}\n\n{NOTES}\n")


if __name__ == "__main__":
    main()
