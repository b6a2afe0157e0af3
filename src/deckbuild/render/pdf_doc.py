"""Quicker formatting of reportlab's document objects (what ``getpdfdata`` spends its time on): two of
reportlab.pdfbase.pdfdoc's helpers, called for every name and string of every object, get a fast path that
returns what they return.

- ``pdfdocEnc`` encodes text through a codec written in Python; an ASCII string without the control characters
  PDFDocEncoding lacks (0x18–0x1F) encodes to its ASCII bytes, which is what that codec gives it;
- ``PDFName`` escapes a name character by character; the same few dozen names are written thousands of times
  (every dictionary's keys), so each name's result is remembered;
- ``format`` tests an element against reportlab's object class before its text, bytes and numbers; those three
  are tested first here (none is a reportlab object), and each number's formatting is remembered.

Anything else goes to reportlab's own function. ``quicken`` installs them once per process.
"""

from __future__ import annotations

import re

_CONTROLS = re.compile("[\x18-\x1f]")  # ASCII characters PDFDocEncoding has no code for
_DONE = False
ORIGINALS: dict[str, object] = {}  # reportlab's own functions, by name, once replaced


def quicken() -> None:
    """Give pdfdoc's ``pdfdocEnc``, ``PDFName`` and ``format`` their fast paths (once; the bytes are the same)."""
    global _DONE
    if _DONE:
        return
    _DONE = True
    from reportlab.pdfbase import pdfdoc

    encode, name, form, fp_str = pdfdoc.pdfdocEnc, pdfdoc.PDFName, pdfdoc.format, pdfdoc.fp_str
    ORIGINALS.update(pdfdocEnc=encode, PDFName=name, format=form)
    names: dict[str, str] = {}
    numbers: dict[float, bytes] = {}
    controls = _CONTROLS.search

    def pdfdoc_enc(x):
        if x.__class__ is str and x.isascii() and controls(x) is None:
            return x.encode("ascii")
        return encode(x)

    def pdf_name(data, lo=chr(0x21), hi=chr(0x7E)):
        if data.__class__ is not str or lo != "!" or hi != "~":
            return name(data, lo, hi)
        made = names.get(data)
        if made is None:
            if len(names) >= 4096:  # names are few; a document of many distinct ones only loses the memo
                names.clear()
            made = names[data] = name(data)
        return made

    def format_element(element, document, toplevel=0):
        kind = element.__class__
        if kind is str:
            return pdfdoc_enc(element)
        if kind is float or kind is int:
            made = numbers.get(element)
            if made is None:
                if len(numbers) >= 65536:
                    numbers.clear()
                made = numbers[element] = encode(fp_str(element))
            return made
        if kind is bytes:
            return element
        return form(element, document, toplevel)

    pdfdoc.pdfdocEnc = pdfdoc_enc
    pdfdoc.format = format_element
    pdfdoc.PDFName = pdf_name
