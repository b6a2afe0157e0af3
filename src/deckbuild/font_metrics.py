"""What a font face measures: which characters it draws and how wide text is in it (``FaceMetrics``).

``fonts.Face`` is made of these: it holds the advance width in font units of every character the file draws
(``_units``, by code point: its ``cmap`` and ``hmtx`` tables joined), and the memos of advance widths
(``_widths``, by character) and of whole strings' widths in ems (``_texts``). Widths are advance widths added
in order, without kerning.

The joined table is remembered between runs (``advance_units``), as the font index remembers a file's facts:
in deckbuild's cache folder, for the file as it is (its size and time), so that a build measures text without
importing fontTools or reading a font's tables (about a tenth of a cold build's slide layout).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from functools import cached_property, reduce
from itertools import accumulate
from operator import add

METRICS_VERSION = 1

SEQUENTIAL_SUM = sys.version_info < (3, 12)
"""sum() adds floats one after another from its start, as reduce(add) does but faster; since Python 3.12 it
compensates rounding, which is not the sum the layout has always used (then reduce(add) adds)."""


class FaceMetrics:
    """The measuring half of ``fonts.Face``."""

    def covers(self, char: str) -> bool:
        """Return True when this face has a glyph for *char*."""
        return ord(char) in self._units

    def advance(self, char: str) -> float:
        """Return the advance width of *char* in ems (0 for characters the face lacks)."""
        width = self._widths.get(char)
        if width is None:
            units = self._units.get(ord(char))
            width = units / self.units_per_em if units is not None else 0.0
            self._widths[char] = width
        return width

    def covers_all(self, text: str) -> bool:
        """Return True when this face has a glyph for every character of *text* (spaces included)."""
        if text.isascii() and text.isprintable() and self._covers_ascii:  # the usual case, without a set
            return True
        return self._units.keys() >= set(map(ord, text))

    @cached_property
    def _covers_ascii(self) -> bool:
        """Return True when this face draws every printable ASCII character (space to tilde)."""
        return self._units.keys() >= set(range(0x20, 0x7F))

    def ems(self, text: str) -> float:
        """Return the width of *text* in ems: its characters' advance widths added in order (no kerning)."""
        total = self._texts.get(text)
        if total is None:
            try:
                widths = map(self._widths.__getitem__, text)
                total = sum(widths, 0.0) if SEQUENTIAL_SUM else reduce(add, widths, 0.0)
            except KeyError:  # a character not measured yet
                for ch in text:
                    self.advance(ch)
                widths = map(self._widths.__getitem__, text)
                total = sum(widths, 0.0) if SEQUENTIAL_SUM else reduce(add, widths, 0.0)
            if len(self._texts) < 500_000:
                self._texts[text] = total
        return total

    def ems_each(self, texts: list[str]) -> list[float]:
        """Return ``ems`` of each of *texts* (those remembered looked up without a call each)."""
        try:
            return list(map(self._texts.__getitem__, texts))
        except KeyError:  # one not measured yet
            known, ems = self._texts.get, self.ems
            return [known(text) or ems(text) for text in texts]  # (0.0 or ems(text): 0.0 again)

    def advances(self, text: str) -> list[float]:
        """Return the advance width in ems of every character of *text*."""
        widths = self._widths
        try:
            return list(map(widths.__getitem__, text))
        except KeyError:  # a character not measured yet
            return [self.advance(ch) for ch in text]

    def running_ems(self, text: str) -> list[float]:
        """Return the width in ems of ``text[:k]`` for every k from 0 to ``len(text)``: its advances added in order."""
        try:
            return list(accumulate(map(self._widths.__getitem__, text), initial=0.0))
        except KeyError:  # a character not measured yet
            return list(accumulate(self.advances(text), initial=0.0))

    @cached_property
    def exact_sums(self) -> bool:
        """Return True when every sum of this face's advance widths is exact, so that adding them in any order
        gives the same float: its em is a power of two units, so each advance (a 16-bit count of units) is a
        multiple of a power of two and so is every sum short of 2**53 units (a text of 10**11 characters)."""
        em = self.units_per_em
        return type(em) is int and em > 0 and em & (em - 1) == 0

    def width(self, text: str, size: float) -> float:
        """Return the width of *text* set at *size* points, in points (no kerning)."""
        return self.ems(text) * size


def advance_units(face) -> dict[int, int]:
    """Return the advance width, in font units, of every character *face* (a ``fonts.Face``) draws, by code point:
    remembered for its file as it is now, else read from its ``cmap`` and ``hmtx`` tables and remembered."""
    path = _kept_at(face)
    units = _read_units(path, face) if path is not None else None
    if units is None:
        hmtx = face._font["hmtx"]
        units = {code: hmtx[glyph][0] for code, glyph in face._cmap.items()}
        if path is not None:
            _keep_units(path, face, units)
    return units


def _kept_at(face) -> str | None:
    """Return the file remembering *face*'s advance widths (None when its file's size and time are unknown)."""
    if face.stamp is None:
        return None
    from deckbuild.cache import cache_folder

    name = hashlib.sha1(str(face.path).encode("utf-8", "surrogatepass")).hexdigest()
    return os.path.join(cache_folder(), "font-metrics", f"{name}.json")


def _read_units(path: str, face) -> dict[int, int] | None:
    """Return the advance widths kept at *path* when they are for *face*'s file as it is and well formed, else None."""
    try:
        with open(path, "rb") as fh:
            data = json.loads(fh.read())
    except (OSError, ValueError):
        return None
    if not (type(data) is dict and data.get("version") == METRICS_VERSION and data.get("path") == str(face.path)
            and data.get("stamp") == list(face.stamp) and data.get("units_per_em") == face.units_per_em):
        return None
    codes, widths = data.get("codes"), data.get("advances")
    if not (type(codes) is list and type(widths) is list and len(codes) == len(widths) and codes
            and all(type(c) is int and 0 <= c <= 0x10FFFF for c in codes)
            and all(type(w) is int and 0 <= w <= 0xFFFF for w in widths)):
        return None
    units = dict(zip(codes, widths))
    return units if len(units) == len(codes) else None


def _keep_units(path: str, face, units: dict[int, int]) -> None:
    """Write *face*'s advance widths to *path* (never failing the build)."""
    from pathlib import Path

    from deckbuild.outputs import write_atomic

    codes = sorted(units)
    data = {"version": METRICS_VERSION, "path": str(face.path), "stamp": list(face.stamp),
            "units_per_em": face.units_per_em, "codes": codes, "advances": [units[c] for c in codes]}
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        write_atomic(Path(path), json.dumps(data, separators=(",", ":")).encode(), durable=False)
    except OSError:
        pass
