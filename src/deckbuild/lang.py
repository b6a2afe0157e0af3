"""Languages: BCP 47 tags (``lang:`` in deck.yaml, on an audience, a slide or a bullet) and the language of
a run of text, from its script (Hangul is Korean whatever the deck's language, Cyrillic is Russian unless
the deck's language is written in Cyrillic).

Screen readers pick their voice from these tags; the deck writes one on every run, the handout /Lang.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from deckbuild.diagnostics import did_you_mean
from deckbuild.schema_core import INVALID, Spec, describe

DEFAULT = "en"
TAG = re.compile(r"^(?P<lang>[A-Za-z]{2,3})(-(?P<script>[A-Za-z]{4}))?(-(?P<region>[A-Za-z]{2}|[0-9]{3}))?"
                 r"(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$")
COMMON = ("en", "en-GB", "en-US", "de", "fr", "es", "it", "nl", "pt", "pl", "ru", "uk", "ko", "ja", "zh", "ar")
CYRILLIC_LANGS = {"ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "mn", "tg", "tt", "ba", "cv", "sah"}
CJK_LANGS = {"zh", "ja", "ko"}
# script (the first word of a character's Unicode name) → language when the deck's is not written in it
SCRIPT_LANGS = {"HANGUL": "ko", "HIRAGANA": "ja", "KATAKANA": "ja", "CJK": "zh", "CYRILLIC": "ru", "GREEK": "el",
                "ARABIC": "ar", "HEBREW": "he", "THAI": "th", "DEVANAGARI": "hi", "GEORGIAN": "ka",
                "ARMENIAN": "hy"}


def normalize(tag: str) -> str:
    """Return *tag* in its canonical case: ``en-gb`` → ``en-GB``, ``sr-latn`` → ``sr-Latn``."""
    m = TAG.match(tag.strip())
    if not m:
        return tag.strip()
    parts = tag.strip().split("-")
    out = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            out.append(part.title())
        elif len(part) == 2 and part.isalpha():
            out.append(part.upper())
        else:
            out.append(part.lower())
    return "-".join(out)


def primary(tag: str) -> str:
    return tag.split("-", 1)[0].lower()


class LangTag(Spec):
    """A BCP 47 language tag: ``en``, ``de``, ``en-GB``, ``ko``, ``sr-Latn``."""

    doc = "a BCP 47 language tag such as en, de, en-GB or ko"

    def check(self, node, ctx, label):
        import yaml

        raw = node.value.strip() if isinstance(node, yaml.ScalarNode) else None
        if raw and TAG.match(raw):
            return normalize(raw)
        shown = raw if raw is not None else describe(node)
        ctx.error(node, f"{label} must be a language tag, not '{shown}'",
                  did_you_mean(str(shown), COMMON) or "write a BCP 47 tag such as en, de, en-GB or ko")
        return INVALID

    def json(self, defs):
        return self._json({"type": "string", "pattern": TAG.pattern})


@lru_cache(maxsize=4096)
def _script(ch: str) -> str | None:
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return None
    word = name.split(" ", 1)[0]
    if word in ("HALFWIDTH", "FULLWIDTH"):
        word = name.split(" ")[1]
    return word if word in SCRIPT_LANGS else ("LATIN" if word == "LATIN" else None)


@lru_cache(maxsize=8192)
def run_lang(text: str, lang: str) -> str:
    """Return the language of *text* in a passage in *lang*: *lang*, unless the text is in another script."""
    if text.isascii():  # no letter but Latin ones
        return lang
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            script = _script(ch)
            if script:
                counts[script] = counts.get(script, 0) + 1
    if not counts:
        return lang
    script = max(sorted(counts), key=lambda s: counts[s])
    if script == "LATIN":
        return lang
    base = primary(lang)
    if script == "CYRILLIC":
        return lang if base in CYRILLIC_LANGS else "ru"
    if script in ("CJK", "HIRAGANA", "KATAKANA"):
        if "HIRAGANA" in counts or "KATAKANA" in counts:
            return lang if base == "ja" else "ja"
        return lang if base in CJK_LANGS else "zh"
    found = SCRIPT_LANGS[script]
    return lang if base == found else found
