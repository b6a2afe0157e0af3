"""Per-slide layout results kept between builds.

A slide's layout depends on its section file's text, where the slide is written in it, its number,
its section's title, the sources it cites, its pictures, and the style and fonts (the *salt*). Results
are stored one file per section file (named by the hash of that file's text), so editing one section
of a long deck lays out, and rewrites the cache of, that section only.
"""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path


class LayoutCache:
    def __init__(self, folder: Path | None, salt: str):
        self.folder = folder
        self.salt = hashlib.sha256(salt.encode()).hexdigest()[:16]
        self._old: dict[str, dict] = {}  # section digest → {key: entry} read from disk
        self._new: dict[str, dict] = {}  # section digest → {key: entry} of this build
        self._changed: set[str] = set()
        self.hits = self.misses = 0

    def _section(self, digest: str) -> dict:
        if digest not in self._old:
            self._old[digest] = {}
            if self.folder is not None:
                try:
                    with open(self.folder / f"{digest}-{self.salt}.pickle", "rb") as fh:
                        self._old[digest] = pickle.load(fh)
                except Exception:  # noqa: BLE001 - a missing or damaged file is just a cold cache
                    pass
        return self._old[digest]

    def get(self, digest: str, key: tuple):
        """Return the cached entry for the slide *key* of the section file *digest*, or None."""
        entry = self._section(digest).get(key)
        if entry is None:
            self.misses += 1
            self._changed.add(digest)
            return None
        self.hits += 1
        self._new.setdefault(digest, {})[key] = entry
        return entry

    def put(self, digest: str, key: tuple, entry) -> None:
        self._new.setdefault(digest, {})[key] = entry

    def dump(self) -> list[tuple[Path, bytes | None]]:
        """Return the files to write (bytes) or delete (None) to keep this build's slides for the next one.

        The caller applies them once the build's outputs are written: a failed build leaves no trace.
        """
        if self.folder is None:
            return []
        out: list[tuple[Path, bytes | None]] = []
        for digest in sorted(self._changed | (self._new.keys() - self._old.keys())):
            try:
                data = pickle.dumps(self._new.get(digest, {}), protocol=pickle.HIGHEST_PROTOCOL)
            except (pickle.PicklingError, TypeError, AttributeError):
                continue
            out.append((self.folder / f"{digest}-{self.salt}.pickle", data))
        if self.folder.is_dir():  # sections that are gone, or were kept with another style or font set
            keep = {f"{digest}-{self.salt}.pickle" for digest in self._new}
            out += [(p, None) for p in sorted(self.folder.glob("*.pickle")) if p.name not in keep]
        return out
