"""What tagging (issue 17, PDF/UA-1) costs the handout: the tagged handout's time ÷ the untagged handout's.

    python bench/a11y_cost.py [--pairs 5] [--slides 1000] [--json] [--markdown bench/RESULTS.md]

For the gallery and generated decks of 100 and --slides slides (bench/gen.py), the slides are laid out
once; then, round after round, the handout is laid out and its pages painted tagged (what deckbuild writes) and
untagged (the same drawing without marked content and structure tree: ``handout_to_pdf(tagged=False)``),
alternating which goes first. Each figure is the median of --pairs rounds, in one process, so that a change
in the shared machine's speed hits both sides alike; the times are the process's CPU seconds
(time.process_time), which other processes on the machine disturb far less than wall-clock time. The
handout's time is its layout plus its painting; tagging adds nothing to the layout, so the painting's ratio
alone (printed beside it) is the stricter figure. Each ratio is the median of the rounds' ratios (the two
sides of a round run one after the other). Wall-clock ratios and the load average are printed beside
the processor-time ratio, which is the goal's figure. --markdown writes the figures as the section "Tagging
cost (issue 17)" of that file (replacing an older one).
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
TARGET = 1.15


def laid_out(deck: Path):
    """Return (compile inputs, slides) of *deck* for its default audience, the slides laid out."""
    from deckbuild.compile import compile, read_inputs
    from deckbuild.diagnostics import Diagnostics
    from deckbuild.loader import load_deck

    diags = Diagnostics()
    loaded = load_deck(deck, diags, ())
    if loaded is None:
        raise SystemExit(f"{deck}: does not load")
    inputs = read_inputs(deck, None, None, loaded.base_dir, loaded.style_pos, (), diags, {})
    if inputs is None:
        raise SystemExit(f"{deck}: its style does not load")
    pages = compile(inputs, None, Diagnostics())
    return inputs, pages.slides


def rounds(deck: Path, pairs: int) -> dict[str, list[float]]:
    """Return the seconds of *pairs* rounds: the handout's layout, then its painting tagged and untagged (the
    same pages, in alternating order), each in processor time ("tagged") and wall-clock time ("tagged wall")."""
    from deckbuild.render import pdf_apart
    from deckbuild.render.handout_pdf import handout_to_pdf

    pdf_apart.FORCE = False  # every page painted in this process: a child's share would not count here
    inputs, slides = laid_out(deck)
    keys = ("layout", "tagged", "plain")
    times: dict[str, list[float]] = {k: [] for key in keys for k in (key, key + " wall")}

    repeat = 1

    def timed(key: str, work):
        """Run *work* ``repeat`` times and record the seconds of one run (so a small deck's 0.05 s is not
        measured alone, where the clock's granularity and one interruption decide the ratio)."""
        gc.collect()  # each sample starts from the same heap; during it the collector is off, as in a build
        start, wall = time.process_time(), time.perf_counter()
        for _ in range(repeat):
            result = work()
        times[key].append((time.process_time() - start) / repeat)
        times[key + " wall"].append((time.perf_counter() - wall) / repeat)
        return result

    enabled = gc.isenabled()
    gc.disable()  # worker.run_task paints with the garbage collector off: measure what a build does
    try:
        for i in range(pairs + 1):  # the first round warms up (fonts parsed, modules imported), not counted
            pages, handout = timed("layout", lambda: layout(inputs, slides))
            for tagged in ((True, False) if i % 2 == 0 else (False, True)):
                timed("tagged" if tagged else "plain", lambda: handout_to_pdf(handout, pages.info, tagged=tagged))
            if i == 0:  # each later sample lasts about REPEAT_TO seconds at least
                repeat = max(1, math.ceil(REPEAT_TO / max(times["tagged"][0] + times["layout"][0], 1e-3)))
    finally:
        if enabled:
            gc.enable()
    return {key: values[1:] for key, values in times.items()}


REPEAT_TO = 0.5
"""Seconds a sample (a handout laid out, then painted) lasts at least: small decks are timed several times over."""


def layout(inputs, slides):
    """Return the compiled pages of the laid-out *slides* and their handout's pages."""
    from deckbuild.compile import compile
    from deckbuild.diagnostics import Diagnostics

    pages = compile(inputs, None, Diagnostics(), laid_out=(slides, []))
    return pages, pages.handout()


def load() -> str:
    """Return the load average (1, 5, 15 minutes) and the CPU count, as printed beside every figure."""
    return " / ".join(f"{x:.2f}" for x in os.getloadavg()) + f" on {os.cpu_count()} CPUs"


def goals(decks: list[tuple[str, Path]], pairs: int) -> list[tuple[str, str, float, str]]:
    """Return the goal rows (goal, measured, ratio, target) for *decks* (name, folder): the handout's time
    (layout and painting) tagged ÷ untagged in processor time, with the painting's ratio alone, the
    wall-clock ratios and the load average beside it."""
    med = statistics.median
    rows = []
    for name, deck in decks:
        t = rounds(deck, pairs)

        def ratio(suffix: str = "", alone: bool = False) -> float:  # the median of the pairs' ratios
            lay = [0.0] * pairs if alone else t["layout" + suffix]
            return med((a + x) / (a + y) for a, x, y in zip(lay, t["tagged" + suffix], t["plain" + suffix]))

        layout, tagged, plain = med(t["layout"]), med(t["tagged"]), med(t["plain"])
        rows.append((f"tagged handout ÷ untagged, {name}",
                     f"{layout + tagged:.2f} s ÷ {layout + plain:.2f} s processor time (painting alone "
                     f"{tagged:.3f} s ÷ {plain:.3f} s: {ratio(alone=True):.3f}); wall clock {ratio(' wall'):.3f} "
                     f"(painting alone {ratio(' wall', True):.3f}); medians of {pairs} pairs' ratios, load {load()}",
                     ratio(), f"≤ {TARGET}"))
    return rows


def section(rows) -> str:
    """Return the Markdown section "Tagging cost (issue 17)" for *rows*, with the date and the load."""
    lines = ["## Tagging cost (issue 17)", "",
             f"`python bench/a11y_cost.py` (also run by `make bench`) on {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} "
             f"UTC, load average {load()} at the end. The handout's time (layout and painting) tagged ÷ untagged, "
             f"in processor time; the goal is ≤ {TARGET} (at most 15% more).", "",
             "| deck | measured | ratio | target | met |", "|---|---|---|---|---|"]
    lines += [f"| {goal.split(', ', 1)[1]} | {measured} | {ratio:.3f} | {target} | {'yes' if ratio <= TARGET else 'no'} |"
              for goal, measured, ratio, target in rows]
    return "\n".join(lines) + "\n"


def write_section(path: Path, text: str) -> None:
    """Write *text* into the Markdown file *path* in place of its section "Tagging cost (issue 17)", or at its end."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    pattern = re.compile(r"^## Tagging cost \(issue 17\)\n.*?(?=^## |\Z)", re.S | re.M)
    new = pattern.sub(lambda _: text + "\n", old, count=1) if pattern.search(old) else old.rstrip("\n") + "\n\n" + text
    path.write_text(new.rstrip("\n") + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--slides", type=int, default=1000)
    parser.add_argument("--json", action="store_true", help="print the rows as JSON (for bench/goals.py)")
    parser.add_argument("--markdown", type=Path, help="write the section 'Tagging cost (issue 17)' into this file")
    args = parser.parse_args()
    from gen import generate

    with tempfile.TemporaryDirectory() as tmp:
        decks = [("gallery", HERE.parent / "outlines" / "gallery")]
        for n in sorted({100, args.slides}):
            deck, _ = generate(n, Path(tmp) / str(n))
            decks.append((f"{n:,} slides", deck))
        rows = goals(decks, max(args.pairs, 5))
    if args.markdown:
        write_section(args.markdown, section(rows))
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
        return
    for goal, measured, ratio, target in rows:
        print(f"{goal}: {ratio:.3f} (target {target}) — {measured}")


if __name__ == "__main__":
    main()
