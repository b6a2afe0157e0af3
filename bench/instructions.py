"""Where a cold build's work goes across its processes, in instructions (valgrind's cachegrind), against the floor.

    python bench/instructions.py [--slides 1000] [--deck DIR] [--edit]

Wall time on the shared 2-core VM drifts 2× within minutes; instruction counts do not. This counts the
instructions of a cold build of a --slides deck (bench/gen.py) with every fork it would make on an idle
machine (the PPTX painter, the kept layouts, the handout text, the handout's last pages), and of the floor
(bench/floor.py), each process on its own:

- a child's count in cachegrind includes what its parent did before the fork, so each build runs twice: as it
  is, and with every child leaving at once (its count is then the parent's at the fork). The parent does the
  same work up to each fork either way (a failed child's work is redone later), so a child's own work is the
  difference;
- the two-core estimate of a build is the largest of: the parent's count, where each child ends (its fork
  and its own work), and (all the work + the work before the first fork) / 2, which is where two processors end
  when the children's work does not fit beside the parent's on the second (deckbuild's case; the floor's is
  its parent's count).

With --edit it also counts a one-section edit (goal 3): the deck built once without valgrind, one slide title of
its middle section file changed as make bench changes it, then built again (not forced), its processes counted
as a cold build's are; its two-core estimate is divided by the cold build's.

Every run keeps bytecode (PYTHONPYCACHEPREFIX in the temporary folder, as make bench does): without it every
module is compiled again on every run. The driver builds as the command line does: the collector paused for the whole run and no teardown at the end
(before session 18 it ran the collector and the interpreter's teardown after the build, 1.2 G of a cold build's
first process, and forced the handout's last pages apart even in an edit). The handout's last pages are painted
apart by the module's own rule (pdf_apart.wanted), on an idle machine.

Needs valgrind (not installed by make: a tool for finding where to work, not a goal's figure). Processor
time per instruction differs between the two (memory, page faults of forked children): make bench's ratios
read higher than this one (2.63–2.80 in processor time against 2.35 here, session 13).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

DRIVER = """
import os, sys
from pathlib import Path
if sys.argv[3] == "exit":  # every forked child leaves at once: its count is its parent's at the fork
    fork = os.fork
    def leaving():
        pid = fork()
        if pid == 0:
            os._exit(1)
        return pid
    os.fork = leaving
if sys.argv[4] == "floor":
    sys.argv[1:] = sys.argv[1:3]
    sys.path.insert(0, {bench!r})
    import floor
    try:
        floor.build(Path(sys.argv[1]), Path(sys.argv[2]))
    except SystemExit:
        pass  # (the floor's parent refuses a failed child, after painting its part)
    os._exit(0)
import gc
import deckbuild.fork, deckbuild.worker
deckbuild.fork.idle_core = deckbuild.worker.idle_core = lambda: True  # as on an idle machine
from deckbuild.build import Options, build
gc.disable()  # as the command line runs a build, and leaves (cli_options.build_decks, cli_report.leave)
build(Options(targets=[Path(sys.argv[1])], out_dir=Path(sys.argv[2]), force=sys.argv[5] == "cold"))
os._exit(0)
"""
COUNT = re.compile(r"^==(\d+)== I\s+refs:\s+([\d,]+)", re.M)


def counts(driver: Path, deck: Path, out: Path, mode: str, who: str, build: str = "cold") -> tuple[int, list[int]]:
    """Return (the parent's instructions, each child's in the order they were forked) of one run: a cold build,
    or (*build* "edit") an edit of one section file of *deck* after a build of it as it was."""
    shutil.rmtree(out, ignore_errors=True)
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONPYCACHEPREFIX=str(out.parent / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode kept, as an installed deckbuild has it (and make bench)
    section = sorted(deck.glob("0*.yaml"))[len(list(deck.glob("0*.yaml"))) // 2] if build == "edit" else None
    original = section.read_text() if section else None
    if section:  # built as it is by the driver itself (the same options: the same kept state), without valgrind
        subprocess.run([sys.executable, str(driver), str(deck), str(out), "as-is", who, "cold"], check=True,
                       capture_output=True, env=env)
        section.write_text(original.replace("Slide ", "Slide! ", 1))
    try:
        proc = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--trace-children=yes",
                               "--cachegrind-out-file=/dev/null", sys.executable, str(driver), str(deck), str(out),
                               mode, who, build], capture_output=True, text=True, env=env)
    finally:
        if section:
            section.write_text(original)
    found = sorted((int(pid), int(n.replace(",", ""))) for pid, n in COUNT.findall(proc.stderr))
    if not found:
        raise SystemExit(f"valgrind counted nothing:\n{proc.stderr[-2000:]}")
    return found[0][1], [n for _, n in found[1:]]  # (process ids rise in the order of the forks)


def measure(deck: Path, work: Path, who: str, build: str = "cold") -> dict:
    """Return the parent's count, each child's own count, and where each was forked, of *who* building *deck*
    (*build*: "cold", or "edit": ``counts``)."""
    driver = work / "driver.py"
    driver.write_text(DRIVER.format(bench=str(HERE)))
    parent, children = counts(driver, deck, work / f"out-{who}-{build}", "as-is", who, build)
    _, forks = counts(driver, deck, work / f"out-{who}-{build}-exit", "exit", who, build)
    if len(forks) != len(children):
        raise SystemExit(f"{who}: {len(children)} children, but {len(forks)} when they leave at once")
    own = [c - f for c, f in zip(children, forks)]
    return {"parent": parent, "own": own, "forks": forks}


def estimate(m: dict) -> int:
    """Return the two-core estimate of the run *m*: the largest of the parent's count, where each child ends,
    and (all the work + what came before the first fork) / 2 (the children's work not fitting beside the parent's)."""
    total = m["parent"] + sum(m["own"])
    before = min(m["forks"]) if m["forks"] else m["parent"]
    return max(m["parent"], (total + before) // 2, *[f + o for f, o in zip(m["forks"], m["own"])])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--slides", type=int, default=1000)
    ap.add_argument("--deck", type=Path, help="a deck folder instead of a generated one")
    ap.add_argument("--edit", action="store_true", help="also count a one-section edit (goal 3)")
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("bench/instructions.py needs valgrind (apt-get install valgrind)")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        deck = args.deck
        if deck is None:
            from gen import generate

            deck = generate(args.slides, work)[0]
        warm_out = str(work / "warm")
        env = dict(os.environ, PYTHONPYCACHEPREFIX=str(work / "pycache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for warm in ([sys.executable, "-m", "deckbuild", "build", str(deck), "--out", warm_out, "--force", "-q"],
                     [sys.executable, str(HERE / "floor.py"), str(deck), warm_out]):
            subprocess.run(warm, check=True, capture_output=True, env=env)  # bytecode, font index, widths, digests
        ours, floor = measure(deck, work, "deckbuild"), measure(deck, work, "floor")
        edit = measure(deck, work, "deckbuild", "edit") if args.edit else None
    g = 1e9
    for name, m in (("deckbuild", ours), ("floor", floor), *((("one-section edit", edit),) if edit else ())):
        own = ", ".join(f"{o / g:.2f} G (forked at {f / g:.2f} G)" for o, f in zip(m["own"], m["forks"]))
        print(f"{name}: parent {m['parent'] / g:.2f} G; children {own or 'none'}; "
              f"all {(m['parent'] + sum(m['own'])) / g:.2f} G; two-core estimate {estimate(m) / g:.2f} G")
    print(f"cold build ÷ floor, two-core estimate in instructions: {estimate(ours) / estimate(floor):.2f} "
          f"(all the work: {(ours['parent'] + sum(ours['own'])) / (floor['parent'] + sum(floor['own'])):.2f})")
    if edit:
        print(f"one-section edit ÷ cold build, two-core estimate in instructions: {estimate(edit) / estimate(ours):.3f} "
              f"(the first process alone: {edit['parent'] / ours['parent']:.3f})")


if __name__ == "__main__":
    main()
