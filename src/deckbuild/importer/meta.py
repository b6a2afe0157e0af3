"""What a document says about itself: its date and publisher, from datelines and source credits.

The readers take title, author, date, publisher and URL from the document's own metadata (HTML
``<meta>``, PDF info, .docx core properties, Markdown front matter); plain text has none, so the
lines that cleaning drops as datelines and source credits are read for them here.
"""

from __future__ import annotations

import re

from deckbuild.importer.text import clean_chars

MONTHS = {m: n for n, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")
_NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?"
                        r"\s+((?:19|20)\d\d)\b", re.I)
_MONTH_DAY = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?"
                        r"\s+((?:19|20)\d\d)\b", re.I)
_SOURCE = re.compile(r"(?:^|\|\s*)(?:source|sources|via|courtesy|publisher|published by)\s*:\s*([^|]{2,80}?)\s*"
                     r"(?:\(\w{1,4}\))?\s*(?:\||$)", re.I)
DATED = frozenset({"dateline", "dateline and source credit", "timestamp"})
"""Reasons for dropping a line that say it holds the document's date."""
SOURCED = frozenset({"dateline and source credit", "source credit", "masthead credit"})
"""Reasons for dropping a line that may name the document's publisher."""


def iso_date(text: str) -> str | None:
    """Return the first date in *text* as ``YYYY-MM-DD`` (None when it holds no whole date).

    ``20/06/2024`` is read day first, ``06/20/2024`` month first; when both readings are possible
    (``05/06/2024``) the date is left out rather than guessed.
    """
    found: list[tuple[int, str]] = []
    for m in _ISO.finditer(text):
        found.append((m.start(), _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))))
    for m in _NUMERIC.finditer(text):
        a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        day, month = (a, b) if a > 12 >= b else (b, a) if b > 12 >= a else (a, b) if a == b else (0, 0)
        found.append((m.start(), _valid(year, month, day)))
    for m in _DAY_MONTH.finditer(text):
        found.append((m.start(), _valid(int(m.group(3)), MONTHS[m.group(2)[:3].lower()], int(m.group(1)))))
    for m in _MONTH_DAY.finditer(text):
        found.append((m.start(), _valid(int(m.group(3)), MONTHS[m.group(1)[:3].lower()], int(m.group(2)))))
    dates = [d for _, d in sorted(found) if d]
    return dates[0] if dates else None


def _valid(year: int, month: int, day: int) -> str:
    if 1 <= month <= 12 and 1 <= day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31):
        return f"{year:04d}-{month:02d}-{day:02d}"
    return ""


def publisher_in(text: str) -> str | None:
    """Return the publisher a source credit names ("Source: KCNA.kp (En)" → "KCNA.kp"), or None."""
    m = _SOURCE.search(clean_chars(text))
    if not m:
        return None
    name = m.group(1).strip(" .,;")
    return name if name and not re.match(r"https?://", name) and len(name.split()) <= 8 else None


def from_dropped_line(doc, text: str, reason: str) -> None:
    """Fill *doc*'s date and publisher, when not yet known, from a dateline or credit line cleaning drops."""
    if reason in DATED and doc.date is None:
        doc.date = iso_date(text)
    if reason in SOURCED and doc.publisher is None:
        doc.publisher = publisher_in(text)
