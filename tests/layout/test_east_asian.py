"""layout.east_asian answers as the whole pattern does, for every character of the planes it covers and for
texts that mix them with Latin text, punctuation and emoji; Latin text never compiles the whole pattern."""

from __future__ import annotations

import re
import subprocess
import sys

from deckbuild.layout import east_asian

WHOLE = re.compile(east_asian.RANGES)
SAMPLES = ["plain", "café · naïve", "a — b “c” → d ✓", "Привет", "한국어", "ᄀᄁ jamo", "漢字 and text", "かな",
           "ｶﾀｶﾅ full-width", "𠀀 rare", "emoji 😀 only", "שלום", "مرحبا", "\u11ff", "\u1200\u2e7f", "\u2e80"]


def test_every_character_up_to_the_last_range_is_classed_as_the_whole_pattern_classes_it():
    for code in range(0x80, 0x30000):
        ch = chr(code)
        assert east_asian.is_east_asian(ch) is (WHOLE.match(ch) is not None), hex(code)


def test_texts_are_classed_as_the_whole_pattern_classes_them():
    for text in SAMPLES + [a + " " + b for a in SAMPLES for b in SAMPLES]:
        assert east_asian.has_east_asian(text) is (WHOLE.search(text) is not None), text


def test_latin_text_with_punctuation_never_compiles_the_whole_pattern():
    code = ("from deckbuild.layout import east_asian as e\n"
            "assert not e.has_east_asian('Slide 4 · a — b “c” → d ✓ café Привет')\n"
            "assert not e.is_east_asian('—') and e.is_east_asian('ᄀ')\n"
            "print(len(e._compiled))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"
