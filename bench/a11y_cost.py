"""What tagging (issue 17, PDF/UA-1) costs the handout: the tagged handout's time ÷ the untagged handout's.

    python bench/a11y_cost.py [--pairs 5] [--slides 1000] [--json]

For the gallery and a generated deck of --slides slides (bench/gen.py), the slides are laid out once; then,
round after round, alternating which goes first, the handout is laid out and painted tagged (what deckbuild
writes) and untagged (the same drawing without marked content and structure tree:
``handout_to_pdf(tagged=False)``). Each figure is the median of --pairs rounds, in one process, so that a
change in the shared machine's speed hits both sides alike. "Paint only" leaves the handout's layout out
(the stricter ratio: tagging adds nothing to the layout).
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
    """Return the seconds of *pairs* alternating rounds: handout (layout + paint) and paint alone, tagged and not."""
    from deckbuild.compile import compile
    from deckbuild.diagnostics import Diagnostics
    from deckbuild.render.handout_pdf import handout_to_pdf

    inputs, slides = laid_out(deck)
    times: dict[str, list[float]] = {"tagged": [], "plain": [], "paint tagged": [], "paint plain": []}

    def one(tagged: bool) -> None:
        start = time.perf_counter()
        pages = compile(inputs, None, Diagnostics(), laid_out=(slides, []))
        handout = pages.handout()
        painted = time.perf_counter()
        handout_to_pdf(handout, pages.info, tagged=tagged)
        end = time.perf_counter()
        name = "tagged" if tagged else "plain"
        times[name].append(end - start)
        times["paint " + name].append(end - painted)

    one(True)  # warm: fonts registered and parsed, modules imported
    one(False)
    for key in times:
        times[key].clear()
    for i in range(pairs):
        for tagged in ((True, False) if i % 2 == 0 else (False, True)):
            one(tagged)
    return times


def goals(decks: list[tuple[str, Path]], pairs: int) -> list[tuple[str, str, float, str]]:
    """Return the goal rows (goal, measured, ratio, target) for *decks* (name, folder)."""
    med = statistics.median
    rows = []
    for name, deck in decks:
        t = rounds(deck, pairs)
        rows.append((f"tagged handout ÷ untagged, {name}",
                     f"{med(t['tagged']):.2f} s ÷ {med(t['plain']):.2f} s (paint only {med(t['paint tagged']):.2f} s"
                     f" ÷ {med(t['paint plain']):.2f} s = {med(t['paint tagged']) / med(t['paint plain']):.3f})",
                     med(t["tagged"]) / med(t["plain"]), f"≤ {TARGET}"))
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
