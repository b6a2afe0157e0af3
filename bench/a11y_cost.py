"""What tagging (issue 17, PDF/UA-1) costs the handout: the tagged handout's time ÷ the untagged handout's.

    python bench/a11y_cost.py [--pairs 5] [--slides 1000] [--json]

For the gallery and a generated deck of --slides slides (bench/gen.py), the slides are laid out once; then,
round after round, the handout is laid out and its pages painted tagged (what deckbuild writes) and
untagged (the same drawing without marked content and structure tree: ``handout_to_pdf(tagged=False)``),
alternating which goes first. Each figure is the median of --pairs rounds, in one process, so that a change
in the shared machine's speed hits both sides alike; the times are the process's CPU seconds
(time.process_time), which other processes on the machine disturb far less than wall-clock time. The
handout's time is its layout plus its painting; tagging adds nothing to the layout, so the painting's ratio
alone (printed beside it) is the stricter figure.
"""

from __future__ import annotations

import argparse
import json
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
    """Return the CPU seconds of *pairs* rounds: the handout's layout, then its painting tagged and untagged
    (the same pages, in alternating order)."""
    from deckbuild.compile import compile
    from deckbuild.diagnostics import Diagnostics
    from deckbuild.render.handout_pdf import handout_to_pdf

    inputs, slides = laid_out(deck)
    times: dict[str, list[float]] = {"layout": [], "tagged": [], "plain": []}
    for i in range(pairs + 1):  # the first round warms up (fonts parsed, modules imported) and is not counted
        start = time.process_time()
        pages = compile(inputs, None, Diagnostics(), laid_out=(slides, []))
        handout = pages.handout()
        times["layout"].append(time.process_time() - start)
        for tagged in ((True, False) if i % 2 == 0 else (False, True)):
            start = time.process_time()
            handout_to_pdf(handout, pages.info, tagged=tagged)
            times["tagged" if tagged else "plain"].append(time.process_time() - start)
    return {key: values[1:] for key, values in times.items()}


def goals(decks: list[tuple[str, Path]], pairs: int) -> list[tuple[str, str, float, str]]:
    """Return the goal rows (goal, measured, ratio, target) for *decks* (name, folder): the handout's time
    (layout and painting) tagged ÷ untagged, with the painting's ratio alone beside it."""
    med = statistics.median
    rows = []
    for name, deck in decks:
        t = rounds(deck, pairs)
        layout, tagged, plain = med(t["layout"]), med(t["tagged"]), med(t["plain"])
        rows.append((f"tagged handout ÷ untagged, {name}",
                     f"{layout + tagged:.2f} s ÷ {layout + plain:.2f} s (painting alone {tagged:.2f} s ÷ {plain:.2f} s"
                     f" = {tagged / plain:.3f})", (layout + tagged) / (layout + plain), f"≤ {TARGET}"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--slides", type=int, default=1000)
    parser.add_argument("--json", action="store_true", help="print the rows as JSON (for bench/goals.py)")
    args = parser.parse_args()
    from gen import generate

    with tempfile.TemporaryDirectory() as tmp:
        big, _ = generate(args.slides, Path(tmp))
        rows = goals([("gallery", HERE.parent / "outlines" / "gallery"), (f"{args.slides:,} slides", big)],
                     max(args.pairs, 5))
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
        return
    for goal, measured, ratio, target in rows:
        print(f"{goal}: {measured} → {ratio:.3f} (target {target})")


if __name__ == "__main__":
    main()
