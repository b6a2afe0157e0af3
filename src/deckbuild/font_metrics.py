"""What a font face measures: which characters it draws and how wide text is in it (``FaceMetrics``).

``fonts.Face`` is made of these: it holds the file's character map (``_cmap``), its open font (``_font``,
with the ``hmtx`` advance widths) and the memos of advance widths (``_widths``, by character) and of
whole strings' widths in ems (``_texts``). Widths are advance widths added in order, without kerning.
"""

from __future__ import annotations

from functools import cached_property, reduce
from operator import add


class FaceMetrics:
    """The measuring half of ``fonts.Face``."""

    def covers(self, char: str) -> bool:
        """Return True when this face has a glyph for *char*."""
        return ord(char) in self._cmap

    def advance(self, char: str) -> float:
        """Return the advance width of *char* in ems (0 for characters the face lacks)."""
        width = self._widths.get(char)
        if width is None:
            glyph = self._cmap.get(ord(char))
            width = self._font["hmtx"][glyph][0] / self.units_per_em if glyph is not None else 0.0
            self._widths[char] = width
        return width

    def covers_all(self, text: str) -> bool:
        """Return True when this face has a glyph for every character of *text* (spaces included)."""
        if text.isascii() and text.isprintable() and self._covers_ascii:  # the usual case, without a set
            return True
        return self._cmap.keys() >= set(map(ord, text))

    @cached_property
    def _covers_ascii(self) -> bool:
        """Return True when this face draws every printable ASCII character (space to tilde)."""
        return self._cmap.keys() >= set(range(0x20, 0x7F))

    def ems(self, text: str) -> float:
        """Return the width of *text* in ems: its characters' advance widths added in order (no kerning)."""
        total = self._texts.get(text)
        if total is None:
            try:
                total = reduce(add, map(self._widths.__getitem__, text), 0.0)
            except KeyError:  # a character not measured yet
                for ch in text:
                    self.advance(ch)
                total = reduce(add, map(self._widths.__getitem__, text), 0.0)
            if len(self._texts) < 500_000:
                self._texts[text] = total
        return total

    def advances(self, text: str) -> list[float]:
        """Return the advance width in ems of every character of *text*."""
        widths = self._widths
        try:
            return list(map(widths.__getitem__, text))
        except KeyError:  # a character not measured yet
            return [self.advance(ch) for ch in text]

    def width(self, text: str, size: float) -> float:
        """Return the width of *text* set at *size* points, in points (no kerning)."""
        return self.ems(text) * size
