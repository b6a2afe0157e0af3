"""Which characters are Chinese, Japanese or Korean: the typesetter breaks such text between any two characters
and sets it in a face that draws it (layout/text.py, layout/widths.py).

The pattern's ranges cover a third of the Basic Multilingual Plane, and compiling it costs about 7 ms, a
hundredth of a one-section edit's start-up (issue 21). It is compiled when first needed: text that is ASCII, or
whose characters all come before U+2E80 (Latin, Greek, Cyrillic, punctuation such as the dashes, quotes and
arrows, but for Hangul Jamo, U+1100–U+11FF, looked for by a pattern of that one range), never needs it.
"""

from __future__ import annotations

import re

RANGES = ("[\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\uff00-\uffef"
          "\U00020000-\U0002fa1f]")
JAMO = re.compile("[\u1100-\u11ff]")  # the ranges' only one before U+2E80
_compiled: list[re.Pattern] = []


def _pattern() -> re.Pattern:
    if not _compiled:
        _compiled.append(re.compile(RANGES))
    return _compiled[0]


def has_east_asian(text: str) -> bool:
    """Return True when *text* holds a Chinese, Japanese or Korean character."""
    if text.isascii():
        return False
    last = max(text)
    if last < "\u2e80":
        return last >= "\u1100" and JAMO.search(text) is not None
    return _pattern().search(text) is not None


def is_east_asian(ch: str) -> bool:
    """Return True when the character *ch* is Chinese, Japanese or Korean."""
    if ch < "\u2e80":
        return "\u1100" <= ch <= "\u11ff"
    return _pattern().match(ch) is not None
