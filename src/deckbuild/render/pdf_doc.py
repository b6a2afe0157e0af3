"""Quicker formatting of reportlab's document objects (what ``getpdfdata`` spends its time on): some of
reportlab.pdfbase.pdfdoc's helpers and ``format`` methods get a fast path that returns what they return.

- ``pdfdocEnc`` encodes text through a codec written in Python; an ASCII string without the control characters
  PDFDocEncoding lacks (0x18–0x1F) encodes to its ASCII bytes, which is what that codec gives it;
- ``PDFName`` escapes a name character by character; the same few dozen names are written thousands of times
  (every dictionary's keys), so each name's result is remembered (and, for dictionaries, its bytes);
- ``format`` tests an element against reportlab's object class before its text, bytes and numbers; those three
  are tested first here (none is a reportlab object), each number's formatting is remembered, and the few
  object classes written most (references, strings, dictionaries, arrays, destinations) go straight to their
  own ``format``;
- ``PDFDictionary.format`` writes each key's remembered bytes; ``OutlineEntryObject.format`` (every bookmark),
  ``PDFCatalog.format`` (the catalog, and every page: PDFPage is one) and ``PDFDestinationXYZ.format`` (every
  bookmark's destination) write their entries without building a dictionary or array object first;
- ``PDFObjectReference.format`` and ``PDFIndirectObject.format`` write their object numbers as bytes (when
  they are ints, as reportlab numbers objects), the latter its object's own ``format``; ``PDFString.format`` of
  printable ASCII text, escaped the default way and not encrypted, escapes ``\\``, ``(`` and ``)`` itself.

Anything else goes to reportlab's own function. ``quicken`` installs them once per process.
"""

from __future__ import annotations

import re

_CONTROLS = re.compile("[\x18-\x1f]")  # ASCII characters PDFDocEncoding has no code for
_UNPRINTABLE = re.compile("[^\x20-\x7e]")  # what escapePDF writes as an octal escape
_DONE = False
ORIGINALS: dict[str, object] = {}  # reportlab's own functions, by (dotted) name in pdfdoc, once replaced
_METHODS = ("PDFDictionary", "OutlineEntryObject", "PDFCatalog", "PDFDestinationXYZ", "PDFObjectReference",
            "PDFString", "PDFIndirectObject")  # the classes whose ``format`` is replaced


def quicken() -> None:
    """Give pdfdoc's helpers and formatting methods their fast paths (once; the bytes are the same)."""
    global _DONE
    if _DONE:
        return
    _DONE = True
    from reportlab import rl_config
    from reportlab.pdfbase import pdfdoc

    encode, name, form, fp_str = pdfdoc.pdfdocEnc, pdfdoc.PDFName, pdfdoc.format, pdfdoc.fp_str
    ORIGINALS.update(pdfdocEnc=encode, PDFName=name, format=form)
    original = {c: getattr(pdfdoc, c).format for c in _METHODS}
    ORIGINALS.update({f"{c}.format": method for c, method in original.items()})
    Dictionary, Array, String = pdfdoc.PDFDictionary, pdfdoc.PDFArray, pdfdoc.PDFString
    Reference = pdfdoc.PDFObjectReference
    NoEncryption, PDFObject = pdfdoc.NoEncryption, pdfdoc.PDFObject
    names: dict[str, str] = {}
    keys: dict[str, bytes] = {}
    numbers: dict[float, bytes] = {}
    controls, unprintable = _CONTROLS.search, _UNPRINTABLE.search
    direct = {Reference, String, Dictionary, Array, pdfdoc.Destination, pdfdoc.PDFDestinationXYZ}
    direct = {kind for kind in direct if not hasattr(kind, "__RefOnly__") and not hasattr(kind, "__Comment__")}

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

    def key(k):
        """Return the bytes of the name *k* as a dictionary writes it (format(PDFName(k)))."""
        made = keys.get(k)
        if made is None:
            if len(keys) >= 4096:
                keys.clear()
            made = keys[k] = pdfdoc_enc(name(k))
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
        if kind in direct and (toplevel or "__RefOnly__" not in element.__dict__) and not rl_config.pdfComments:
            return element.format(document)  # what form does for these: no reference, no comment
        return form(element, document, toplevel)

    def entries(items, multiline, IND=b"\n "):
        """Return a dictionary's bytes from its formatted entries *items* (PDFDictionary.format's layout)."""
        if (multiline and rl_config.pdfMultiLine) or multiline == "forced":
            return b"<<\n" + IND.join(items) + b"\n>>"
        for i in reversed(range(6, len(items), 6)):  # break up every 6 elements anyway
            items.insert(i, b"\n ")
        return b"<<\n" + b" ".join(items) + b"\n>>"

    def mapping(d, document, multiline, IND=b"\n "):
        """Return the bytes of a PDFDictionary of the plain dict *d*, or None when its keys are not all text."""
        ks = list(d)
        for k in ks:
            if k.__class__ is not str:
                return None
        ks.sort()
        return entries([key(k) + b" " + format_element(d[k], document) for k in ks], multiline, IND)

    def dictionary_format(self, document, IND=b"\n "):
        d = self.dict
        made = mapping(d, document, self.multiline, IND) if d.__class__ is dict else None
        return original["PDFDictionary"](self, document, IND) if made is None else made

    def outline_format(self, document):
        items = []  # the keys in sorted order, as PDFDictionary writes them
        if self.Count is not None:
            items.append(b"/Count " + format_element(self.Count, document))
        items.append(b"/Dest " + format_element(self.Dest, document))
        for k, v in ((b"/First ", self.First), (b"/Last ", self.Last), (b"/Next ", self.Next)):
            if v is not None:
                items.append(k + format_element(v, document))
        items.append(b"/Parent " + format_element(self.Parent, document))
        if self.Prev is not None:
            items.append(b"/Prev " + format_element(self.Prev, document))
        items.append(b"/Title " + format_element(String(self.Title), document))
        return entries(items, Dictionary.multiline)

    def catalog_format(self, document):
        self.check_format(document)
        D = {}
        for k, v in self.__Defaults__.items():
            v = getattr(self, k, v)
            if v is not None:
                D[k] = v
        for k in self.__NoDefault__:
            v = getattr(self, k, None)
            if v is not None:
                D[k] = v
        for k in self.__Refs__:
            if k in D:
                D[k] = document.Reference(D[k])
        made = mapping(D, document, Dictionary.multiline) if not rl_config.pdfComments else None
        return form(Dictionary(D), document) if made is None else made

    def xyz_format(self, document):
        if (Array.multiline and rl_config.pdfMultiLine) or Array.multiline == "forced":
            return original["PDFDestinationXYZ"](self, document)
        ref = document.Reference(self.page)
        items = [format_element(v, document) for v in (ref, self.left, self.top, self.zoom)]
        items.insert(1, key(self.typename))  # format(PDFName(typename))
        return b"[ " + b" ".join(items) + b" ]"

    def reference_format(self, document):
        try:
            n, v = document.idToObjectNumberAndVersion[self.name]
        except Exception:
            return original["PDFObjectReference"](self, document)  # its own error
        if n.__class__ is int and v.__class__ is int:
            return b"%d %d R" % (n, v)
        return pdfdoc_enc("%s %s R" % (n, v))

    def indirect_format(self, document):
        try:
            n, v = document.idToObjectNumberAndVersion[self.name]
        except Exception:
            n = v = None
        content = self.content
        if (n.__class__ is not int or v.__class__ is not int or not isinstance(content, PDFObject)
                or rl_config.pdfComments):
            return original["PDFIndirectObject"](self, document)
        document.encrypt.register(n, v)
        made = content.format(document)  # format(content, toplevel=1): no reference, and no comment
        return b"%d %d obj\n" % (n, v) + made + (b"" if made.endswith(b"\n") else b"\n") + b"endobj\n"

    def string_format(self, document):
        s, escape = self.s, getattr(self, "escape", 1)
        if (s.__class__ is str and s.isascii() and unprintable(s) is None and getattr(self, "enc", "auto") == "auto"
                and (escape.__class__ is int or escape.__class__ is bool) and escape == 1
                and document.encrypt.__class__ is NoEncryption):
            return b"(" + s.encode("ascii").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"
        return original["PDFString"](self, document)

    pdfdoc.pdfdocEnc = pdfdoc_enc
    pdfdoc.format = format_element
    pdfdoc.PDFName = pdf_name
    fast = dict(PDFDictionary=dictionary_format, OutlineEntryObject=outline_format, PDFCatalog=catalog_format,
                PDFDestinationXYZ=xyz_format, PDFObjectReference=reference_format, PDFString=string_format,
                PDFIndirectObject=indirect_format)
    for c in _METHODS:
        getattr(pdfdoc, c).format = fast[c]
