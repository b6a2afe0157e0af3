"""Per-slide layout results kept between builds, as data that cannot run code.

A slide's layout depends on its section file's text, where the slide is written in it, its number,
its section's title, the sources it cites, its pictures, and the style and fonts (the *salt*). Results
are stored one file per section file (named by the hash of that file's text), so editing one section
of a long deck lays out, and rewrites the cache of, that section only.

The files are JSON arrays of plain values (layout.codec: each box a class of a fixed set and its fields
in order), read back only when the file is signed with this user's cache key (see ``deckbuild.cache.seal``),
has this format's version and salt, and every value is one the codec accepts. Anything else is a cold
cache: the slides are laid out again and the file is rewritten.

Reading a slide back costs a fraction of laying it out (about a tenth of a plain slide of bullets), so
every slide is kept: KEEP_FROM_SECONDS is 0. A higher value keeps only slides whose layout took that much
processor time; which slides are kept would then depend on the machine's speed, what is built never does.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from pathlib import Path

from deckbuild.layout.codec import Encoder, Invalid, decoder, registry  # noqa: F401 - registry: of the codec

FORMAT = "deckbuild-layout"
VERSION = 2  # 2: the codec's arrays (1: JSON objects of named fields)
SUFFIX = ".json"
# the only files this cache writes or deletes (``.pickle``: what deckbuild wrote before; never read)
_NAME = re.compile(r"^[0-9a-f]{40,64}-[0-9a-f]{16}\.(json|pickle)$")
KEEP_FROM_SECONDS = 0.0  # of processor time: a slide laid out faster than this is not kept (0: every slide is)


def _is_plain_dir(folder: Path) -> bool:
    """Return True when *folder* is a real folder (not a symbolic link to one)."""
    try:
        import stat

        return stat.S_ISDIR(folder.lstat().st_mode)
    except OSError:
        return False


class LayoutCache:
    def __init__(self, folder: Path | None, salt: str):
        self.folder = folder
        self.salt = hashlib.sha256(salt.encode()).hexdigest()[:16]
        self._old: dict[str, dict] = {}  # section digest → {key: entry} read from disk
        self._new: dict[str, dict] = {}  # section digest → {key: entry} of this build
        self.hits = self.misses = 0
        self._missed_at = 0.0  # processor time at the last miss: put() measures the layout it waited for

    def _file(self, digest: str) -> Path:
        return self.folder / f"{digest}-{self.salt}{SUFFIX}"

    def _section(self, digest: str) -> dict:
        if digest not in self._old:
            self._old[digest] = {}
            if self.folder is not None and re.fullmatch(r"[0-9a-f]{40,64}", digest):
                self._old[digest] = self._load(self._file(digest))
        return self._old[digest]

    def _load(self, path: Path) -> dict:
        """Return the entries of the cache file *path*; empty when it is missing, damaged or not ours."""
        from deckbuild.cache import unseal
        from deckbuild.diagnostics import Diagnostic
        from deckbuild.layout.common import Draft

        body = unseal(path, FORMAT, VERSION)
        if body is None:
            return {}
        try:
            # NaN and infinities are refused as JSON words; a literal too large for a float is never written
            # (allow_nan=False), and only this code signed the file: no scan of every number on the way in
            data = json.loads(body, parse_constant=_refuse, object_pairs_hook=_refuse)
            if not (type(data) is list and len(data) == 3 and data[0] == self.salt and type(data[2]) is list):
                return {}
            decode = decoder(data[1])
            out = {}
            for item in data[2]:
                if not (type(item) is list and len(item) == 2):
                    return {}
                key, entry = decode(item[0]), decode(item[1])
                if not (type(key) is tuple and type(entry) is tuple and len(entry) == 2
                        and type(entry[0]) is list and type(entry[1]) is list
                        and all(type(d) is Draft for d in entry[0])
                        and all(type(d) is Diagnostic for d in entry[1])):
                    return {}
                out[key] = entry
            return out
        except (ValueError, TypeError, RecursionError):  # Invalid is a ValueError
            return {}

    def get(self, digest: str, key: tuple):
        """Return the cached entry for the slide *key* (its number first) of the section file *digest*, or None.

        A slide's boxes do not depend on its number (its footer is added after the cache), only the warnings
        naming it: a slide laid out without a warning is kept whatever its number, so adding or removing a
        slide lays out only that slide again, not every slide after it.
        """
        section = self._section(digest)
        free = (None, *key[1:])
        entry = section.get(free)
        if entry is None:
            entry = section.get(key)
        if entry is None:
            self.misses += 1
            self._missed_at = time.process_time()
            return None
        self.hits += 1
        self._new.setdefault(digest, {})[free if entry[1] == [] else key] = entry
        return entry

    def put(self, digest: str, key: tuple, entry) -> None:
        """Keep *entry*, the slide *key*'s layout just made after a miss, when it was slow enough to make."""
        if time.process_time() - self._missed_at >= KEEP_FROM_SECONDS:
            self._new.setdefault(digest, {})[(None, *key[1:]) if not entry[1] else key] = entry

    def dump(self, stage=None) -> list[tuple[Path, bytes | Path | None]]:
        """Return the files to write (bytes, or with *stage*, the temporary file ``stage(path, bytes)`` wrote) or
        delete (None) to keep this build's slides for the next one.

        The caller applies them once the build's outputs are written: a failed build leaves no trace.
        With *stage*, each file is written out as soon as it is encoded, so no more than one section's
        encoding is held at a time. A folder that is a symbolic link is neither written nor cleaned, and
        only files named as this cache names its own are ever deleted.
        """
        from deckbuild.cache import seal

        if self.folder is None or self.folder.is_symlink() or self.folder.parent.is_symlink():
            return []
        out: list[tuple[Path, bytes | Path | None]] = []
        # a section's file is written when the slides kept differ from those read (entries of one key are
        # equal by construction); a section with no slide worth keeping has none (an old one is deleted below)
        for digest in sorted(d for d, kept in self._new.items() if kept and kept.keys() != self._old.get(d, {}).keys()):
            if not re.fullmatch(r"[0-9a-f]{40,64}", digest):
                continue
            encoder = Encoder()
            try:  # a slide holding what is not a layout value (a formula's numpy number) is left out
                entries = [e for e in map(encoder.encode_whole, self._new[digest].items()) if e is not None]
                body = json.dumps([self.salt, encoder.head(), entries], separators=(",", ":"), allow_nan=False)
            except (ValueError, TypeError, RecursionError):
                continue
            finally:
                encoder.close()
            data = seal(body.encode("utf-8"), FORMAT, VERSION)
            del body
            kept = data if stage is None else stage(self._file(digest), data)  # None: not staged (only a cache)
            if kept is not None:
                out.append((self._file(digest), kept))
        if _is_plain_dir(self.folder):  # sections that are gone, or were kept with another style or font set
            keep = {self._file(digest).name for digest, entries in self._new.items() if entries}
            for p in sorted(self.folder.iterdir()):
                if p.name not in keep and _NAME.match(p.name) and not p.is_symlink() and p.is_file():
                    out.append((p, None))
        return out


def _refuse(constant):
    raise Invalid(f"{constant!r} is not a value a layout writes (a number that is not finite, or a JSON object)")
