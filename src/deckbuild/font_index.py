"""The font index: facts about font files, remembered between runs in deckbuild's cache folder."""

from __future__ import annotations

import json
from pathlib import Path

from deckbuild.font_files import read_facts
from deckbuild.paths import cache_dir


_FACT_TYPES = {"family": str, "style": str, "units_per_em": int, "panose": str, "ascent": float, "descent": float}


def _known(entry, stamp: list) -> bool:
    """Return True when a font index *entry* is for a file with *stamp* and holds facts as read_facts makes them."""
    if not isinstance(entry, dict) or entry.get("stamp") != stamp or "facts" not in entry:
        return False
    facts = entry["facts"]
    if facts is None:
        return True
    if not isinstance(facts, dict) or set(facts) != set(_FACT_TYPES):
        return False
    for key, kind in _FACT_TYPES.items():
        value = facts[key]
        if kind is float:
            if not (isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value < 100):
                return False
        elif type(value) is not kind:
            return False
    return 16 <= facts["units_per_em"] <= 16384


class FontIndex:
    """Facts about font files, remembered between runs and keyed by path, size and modification time,
    so that finding a family does not mean opening dozens of font files on every build."""

    VERSION = 2  # 2: unusable files keep their family and why

    def __init__(self, path: Path | None = None):
        self.path = path or cache_dir() / "font-index.json"
        self.dirty = False
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            self.entries: dict = data["fonts"] if data.get("version") == self.VERSION else {}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            self.entries = {}
        if not isinstance(self.entries, dict):  # a damaged index is rebuilt, never trusted
            self.entries = {}

    def facts(self, path: Path) -> dict | None:
        try:
            st = path.stat()
        except OSError:
            return None
        stamp = [st.st_size, st.st_mtime_ns]
        entry = self.entries.get(str(path))
        if not _known(entry, stamp):
            entry = {"stamp": stamp, "facts": read_facts(path)}
            self.entries[str(path)] = entry
            self.dirty = True
        return entry["facts"]

    def damage(self, face) -> str | None:
        """Return ``face.damage()`` (a ``fonts.Face``), remembered with the file's facts so that each file is checked once."""
        entry = self.entries.get(str(face.path))
        known = entry.get("damage") if isinstance(entry, dict) else None
        if isinstance(known, str):
            face._damage_ = known
            return known or None
        why = face.damage()
        if isinstance(entry, dict):
            entry["damage"] = why or ""
            self.dirty = True
        return why

    def save(self) -> None:
        """Write the index if it learnt something (never failing the build)."""
        if not self.dirty:
            return
        from deckbuild.outputs import write_atomic

        try:
            write_atomic(self.path, json.dumps({"version": self.VERSION, "fonts": self.entries}).encode(),
                         durable=False)
            self.dirty = False
        except OSError:
            pass
