"""Measure deckbuild serve's save-to-reload time: the median over ten one-slide edits of the sample briefing.

Each edit rewrites one bullet of outlines/pact-briefing (in a copy); the time runs from the file's write to
the moment the open page (headless Chromium) shows the new text. Run: .venv/bin/python bench/reload.py
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from browser import chromium  # noqa: E402
from test_serve import SECTION, SLIDE, Server  # noqa: E402


def main(edits: int = 10) -> None:
    root = Path(tempfile.mkdtemp(prefix="deckbuild-reload-"))
    shutil.copytree(REPO / "outlines" / "pact-briefing", root / "outlines" / "pact-briefing")
    server, driver = Server(root), chromium()
    try:
        driver.get(f"{server.url}#{SLIDE}")
        path = root / SECTION
        text = path.read_text()
        times = []
        for i in range(edits + 1):
            marker = f"Signed (edit {i}) in the middle"
            path.write_text(text.replace("Signed in the middle", marker, 1))
            start = time.perf_counter()
            while marker not in (driver.execute_script(
                    "var s = document.querySelector('.slide.current svg'); return s ? s.textContent : ''") or ""):
                if time.perf_counter() - start > 30:
                    raise SystemExit(f"edit {i} did not reach the page in 30 s")
                time.sleep(0.005)
            if i:  # the first edit warms the layout cache of the other sections
                times.append(time.perf_counter() - start)
        print(f"save to reload, {edits} one-slide edits: median {statistics.median(times) * 1000:.0f} ms, "
              f"min {min(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms")
    finally:
        driver.quit()
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
