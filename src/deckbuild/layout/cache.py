"""Per-slide layout results kept between builds, keyed by everything a slide's layout depends on.

Editing one section of a long deck then lays out only that section's slides again: the others come
back from the previous build (with the warnings their layout gave), as long as their content, the
section they are in, their number, the sources they cite, the style and the fonts are unchanged.
"""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path


class LayoutCache:
    def __init__(self, path: Path | None, salt: str):
        self.path, self.salt = path, salt
        self.old: dict = {}
        self.new: dict = {}
        self.hits = self.misses = 0
        if path is not None:
            try:
                with open(path, "rb") as fh:
                    data = pickle.load(fh)
                if data.get("salt") == salt:
                    self.old = data["slides"]
            except Exception:  # noqa: BLE001 - a missing, old or damaged cache is just a cold cache
                self.old = {}

    def key(self, *parts) -> str:
        """Return the cache key of a slide from the reprs of what its layout depends on."""
        return hashlib.sha256(repr(parts).encode()).hexdigest()

    def get(self, key: str):
        entry = self.old.get(key)
        if entry is None:
            self.misses += 1
            return None
        self.hits += 1
        self.new[key] = entry
        return entry

    def put(self, key: str, entry) -> None:
        self.new[key] = entry

    def dump(self) -> tuple[Path, bytes] | None:
        """Return (path, bytes) to keep this build's slides for the next one, or None when nothing changed.

        The caller writes it once the build's outputs are written: a failed build leaves no trace.
        """
        if self.path is None or (not self.misses and self.new.keys() == self.old.keys()):
            return None
        try:
            return self.path, pickle.dumps({"salt": self.salt, "slides": self.new}, protocol=pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, TypeError, AttributeError):
            return None
