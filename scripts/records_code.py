#!/usr/bin/env python3
"""Write src/deckbuild/records_code.py: the source of the ``__init__`` that ``dataclasses`` writes for each of
deckbuild's dataclasses (deckbuild.records explains why). Run it after changing a dataclass's fields, with the
project's Python 3.11 (``.venv/bin/python scripts/records_code.py``); ``--check`` exits 1 when the file is not
what it would write."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "deckbuild" / "records_code.py"
HEAD = '''"""The ``__init__`` of each of deckbuild's dataclasses as ``dataclasses`` writes it (on Python 3.11), compiled
with the package instead of at every start (deckbuild.records). Written by scripts/records_code.py, not by
hand: tests/test_records.py checks that it is current."""
# flake8: noqa
# fmt: off

PYTHON = (3, 11)
CODE = {}  # source → the code of its __create_fn__
'''


def written() -> str:
    """Return the text of records_code.py for deckbuild's dataclasses as this checkout declares them."""
    from deckbuild import records

    assert sys.version_info[:2] == (3, 11), "write it with Python 3.11 (the sources differ on other versions)"
    records.SOURCES = []
    records._COMPILED = {}  # every source is written down, none looked up
    import deckbuild

    for info in pkgutil.walk_packages(deckbuild.__path__, "deckbuild."):
        if info.name not in ("deckbuild.__main__", "deckbuild.records_code"):
            importlib.import_module(info.name)
    parts = [HEAD]
    for source in sorted(set(records.SOURCES)):
        parts.append(f"\n{source}\n\n\nCODE[{source!r}] = __create_fn__.__code__\n")
    parts.append("\ndel __create_fn__\n")
    return "".join(parts)


if __name__ == "__main__":
    text = written()
    if sys.argv[1:] == ["--check"]:
        sys.exit(0 if OUT.read_text(encoding="utf-8") == text else 1)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count('CODE[')} sources)")
