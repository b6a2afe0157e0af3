"""The handout's pages kept between builds: a page painted once is replayed from what it left, by the key of
what it is made from (layout/handout/page_keys.py), so an edit repaints only the pages whose content changed.

A page leaves more than its content stream: the document's state. What a kept page holds, and a replay does:

- its compressed content stream, set as the page's contents;
- for every TrueType font it used (render/pdf_fonts.py), the codes it newly assigned, in order, and the codes
  of the characters it used that were assigned before it. reportlab assigns subset codes in first use order
  across the document (render/pdf_seed.py assigns them all before the first page), so a page is replayed only
  when every used character still has its code and, when it assigned codes, the font's next code is what it
  was; the same assignments are then made (``splitString`` of the new characters);
- the fonts it first named (``/F3``), in order, named again in the same order when the names come out equal;
- the PDF version its drawing asked for;
- the structure elements its tagging made (render/pdf_tags.py), with their MCIDs, put back in the tree;
- its seed (render/pdf_seed.py): the characters it draws, by font, which the next build seeds the document
  with without walking the page's boxes (an unchanged slide's boxes are not read back).

A page that used anything else (pictures, forms, annotations, other graphics states, untracked text such as
shaped strings) is not kept: it is painted on every build. A kept entry that is malformed, or no longer fits
the document, is not used: the page is painted. Replaying leaves the document as painting would have.
"""

from __future__ import annotations

import hashlib
import json
import struct

from deckbuild.render.pdf_struct import Elem

VERSION = 3  # 3: elements without their text, a slide's label and title before its miniature
_LEN = struct.Struct(">I")


class PageCache:
    """Keeps and replays the pages of one handout painted on *canvas* by the tagged *painter*."""

    def __init__(self, canvas, painter, reuse, kept: dict, salt: str):
        self.c, self.painter = canvas, painter
        self.reuse, self.kept = reuse, kept
        self.salt = salt
        self.replayed = self.painted = 0
        self._stream: bytes | None = None  # the contents of the page being replayed
        self._record = None  # what was noted before the page being painted
        self._fonts: list = []  # the fonts whose characters are being noted
        self._fresh: dict[str, tuple] = {}  # font name → how many codes a new state of it holds, and which
        self._registered, self._all = -1, []  # how many fonts reportlab has, and those that are ours
        self._states: dict = {}  # font → its state in this document
        self.seeds: dict[str, dict] = {}  # key → the seed of the page kept under it (written in its entry)
        self._metas: dict[str, tuple] = {}  # key → (meta, stream) of an entry of *reuse* already read
        self._named: dict[tuple[str, str], object] = {}  # (name, file) → font_named's font, while this document is painted

    def key(self, page) -> str | None:
        """Return the key *page* is kept by (None: it is not kept)."""
        if page.key is None:
            return None
        return hashlib.sha256(f"{VERSION}\n{self.salt}\n{page.key}".encode()).hexdigest()

    def font(self, name: str, path: str):
        """Return ``font_named(name, path)``, found once per document (every kept page names its fonts)."""
        got = self._named.get((name, path))
        if got is None:
            got = font_named(name, path)
            if got is not None:
                self._named[name, path] = got
        return got

    # -- replaying ------------------------------------------------------------------------------------------

    def read(self, key: str):
        """Return (meta, stream) of the entry kept under *key* in *reuse*, read once (None: none, or malformed)."""
        if key not in self._metas:
            data = self.reuse.get(key)
            self._metas[key] = _parsed(data) if data is not None else None
        return self._metas[key]

    def replay(self, key: str) -> bool:
        """Return True when the page kept under *key* fits the document now, having done what painting it
        would have done to the document (its contents are set by ``set_contents``); False when it must be painted."""
        data = self.reuse.get(key)
        return data is not None and self.apply(data, key, self.read(key))

    def apply(self, data: bytes, key: str | None, read=None) -> bool:
        """Return True when the page entry *data* (kept, or painted apart: render/pdf_apart.py) fits the document
        now, having done what painting the page would have done; it is kept under *key* (None: not kept)."""
        read = read or _parsed(data)
        plan = self._plan(*read) if read is not None else None
        if plan is None:
            return False
        fonts, names, version, elems, stream = plan
        doc = self.c._doc
        for font, new in fonts:
            font.splitString(new, doc)
        for font in names:
            font.getSubsetInternalName(0, doc)
        if version is not None:
            doc._pdfVersion = max(doc._pdfVersion, version)
        self.painter.root.kids.extend(elems)
        self._stream = stream
        if key is not None:
            self.kept[key] = data
        self.replayed += 1
        return True

    def _plan(self, meta, stream: bytes):
        """Return what replaying the entry *meta*, *stream* does (fonts and the characters to assign, fonts to
        name, PDF version, elements, contents), or None when it is malformed or does not fit the document now."""
        try:
            doc = self.c._doc
            changed, after = meta["version"]
            after = tuple(after)
            if not changed and doc._pdfVersion < after:
                return None
            fonts, by_name = [], {}
            for name, path, fresh, nxt, new, used, internal in meta["fonts"]:
                font = self.font(name, path)
                if font is None:
                    return None
                state = font.state.get(doc)
                if fresh:
                    if state is not None:
                        return None
                else:
                    if state is None or (new and state.nextCode != nxt):  # nothing new: the codes used decide
                        return None
                    codes = state.assignments
                    if any(c in codes for c in new):
                        return None
                    for i in range(0, len(used), 2):
                        if codes.get(used[i], -1) != used[i + 1]:
                            return None
                current = None if state is None else state.internalName
                by_name[name] = (font, internal, current)
                if fresh or new:
                    fonts.append((font, "".join(map(chr, new))))
            names, base = [], len(doc.fontMapping)
            for i, name in enumerate(meta["named"]):
                font, internal, current = by_name[name]
                if current is not None or internal != f"F{base + 1 + i}":
                    return None
                names.append(font)
            for name, (font, internal, current) in by_name.items():
                if font not in names and current != internal:
                    return None
            elems = [_elem(item, self.painter.page) for item in meta["elems"]]
        except (ValueError, TypeError, KeyError, IndexError, AttributeError):
            return None
        return fonts, names, (after if changed else None), elems, stream

    # -- recording ------------------------------------------------------------------------------------------

    def begin(self, key: str) -> None:
        """Note the document's state before the page kept under *key* is painted (its seed: ``seeds[key]``)."""
        from deckbuild.render.pdf_fonts import fast_ttfont
        from reportlab.pdfbase import pdfmetrics

        c, doc = self.c, self.c._doc
        registered = pdfmetrics._fonts
        if self._registered != len(registered):  # fonts are only ever added
            self._registered = len(registered)
            self._all = [f for f in registered.values() if isinstance(f, fast_ttfont())]
        self._fonts = self._all
        before = {}
        states = self._states
        for font in self._fonts:
            font._seen = set()
            state = states.get(font)
            if state is None:  # a font's state in a document, once made, stays the same object
                state = font.state.get(doc)
                if state is not None:
                    states[font] = state
            before[font] = None if state is None else (state.nextCode, len(state.assignments), state.internalName)
        self._record = (key, before, len(self.painter.root.kids), len(self.painter.annots), c._annotationCount,
                        len(doc.idToObject), len(doc.fontMapping), len(doc.delayedFonts), doc._pdfVersion)

    def painted_all(self) -> None:
        """Note that the page's drawing is done: anything it added to the document beyond what a kept page
        holds leaves it unkept."""
        if self._record is None:
            return
        key, _before, _kids, annots, count, objects = self._record[:6]
        c, doc = self.c, self.c._doc
        if (len(self.painter.annots) != annots or c._annotationCount != count or len(doc.idToObject) != objects
                or c._formsinuse or c._shadingUsed or c._colorsUsed
                or c._extgstate.getState() or c._annotationrefs):
            self._record = None

    def set_contents(self) -> bool:
        """Return True when the page just shown was replayed, having set its contents (as compress_page would)."""
        if self._stream is None:
            return False
        set_page_contents(self.c._doc.Pages.pages[-1], self._stream)
        self._stream = None
        return True

    def finish(self) -> None:
        """After the page is shown and its stream compressed: keep what a painted page left."""
        page = self.c._doc.Pages.pages[-1]
        record, self._record = self._record, None
        if record is None:
            return
        self.painted += 1
        try:
            entry = self._entry(record, page)
        finally:
            for font in self._fonts:
                font._seen = None
            self._fonts = []
        if entry is not None:
            self.kept[record[0]] = entry

    def _entry(self, record, page) -> bytes | None:
        """Return the kept entry of the page just shown (None: it left what a kept page cannot hold)."""
        from deckbuild.render.pdf_fonts import _FONT_NAMES, fast_ttfont
        from reportlab.pdfbase import pdfmetrics

        key, before, kids, _annots, _count, _objects, mapped, delayed, version = record
        doc = self.c._doc
        contents = page.Contents
        if (page.stream is not None or contents is None or page.XObjects or page.ExtGState
                or page.Annots or getattr(contents, "content", None) is None):
            return None
        named = doc.delayedFonts[delayed:]
        if len(doc.fontMapping) - mapped != len(named) or not all(isinstance(f, fast_ttfont()) for f in named):
            return None
        paths = {name: path for path, (_face, name) in _FONT_NAMES.items()}
        fonts = []
        ours = self._fonts
        if len(pdfmetrics._fonts) != self._registered:  # a font registered while the page was painted
            ours = [f for f in pdfmetrics._fonts.values() if isinstance(f, fast_ttfont())]
        for font in ours:
            seen = font._seen
            was = before.get(font)
            if was is not None and not seen:
                continue  # not used on this page: a new code or name comes only with text drawn
            state = font.state.get(doc)
            if state is None:
                continue
            name = font.fontName
            codes = state.assignments
            if name not in paths:
                return None
            fresh = self._fresh.get(name)
            if fresh is None:  # what a new state of the font holds: its count, and the codes that are their own
                made = type(state)(font._asciiReadable, font).assignments
                fresh = self._fresh[name] = (len(made), frozenset(c for c, n in made.items() if c == n))
            if was is None:  # its state was made on this page: every code it holds beyond a new state's is new
                new, used, nxt = list(codes)[fresh[0]:], [], 0
            else:
                if seen is None or None in seen:
                    return None  # text drawn that was not noted
                new = list(codes)[was[1]:] if len(codes) > was[1] else []
                drawn = set(map(ord, seen))
                if 0xA0 in drawn:  # reportlab draws a no-break space as a space
                    drawn.add(32)
                if not drawn.issuperset(new):
                    return None  # codes assigned by something that did not note its text
                used = []
                for code in sorted(drawn.difference(new, fresh[1])):  # a new state's codes are in every state
                    used += [code, codes.get(code, -1)]
                nxt = was[0]
            fonts.append([name, paths[name], was is None, nxt, new, used, state.internalName])
        try:
            elems = [_dump(e, self.painter.page) for e in self.painter.root.kids[kids:]]
        except ValueError:
            return None
        meta = {"version": [doc._pdfVersion != version, list(doc._pdfVersion)], "fonts": fonts,
                "named": [f.fontName for f in named], "elems": elems, "seed": self.seeds.get(key, {})}
        body = json.dumps(meta, separators=(",", ":")).encode("utf-8")
        return _LEN.pack(len(body)) + body + contents.content

    def close(self) -> None:
        """Stop noting characters (after the last page, or a failure)."""
        for font in self._fonts:
            font._seen = None
        self._fonts, self._record = [], None


def _parsed(data: bytes) -> tuple[dict, bytes] | None:
    """Return the JSON head and the stream of the entry *data* (None: not an entry)."""
    try:
        size = _LEN.unpack_from(data)[0]
        meta = json.loads(data[4:4 + size].decode("utf-8"))
    except (ValueError, struct.error, UnicodeError):
        return None
    return (meta, data[4 + size:]) if type(meta) is dict else None


def set_page_contents(page, compressed: bytes) -> None:
    """Make *compressed* (a content stream, zlib-compressed) the contents of reportlab's *page*, as reportlab
    writes a compressed page stream (handout_pdf.compress_page, and a replayed page)."""
    from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFZCompress

    stream = PDFStream(PDFDictionary({"Filter": PDFArray([PDFName(PDFZCompress.pdfname)])}), compressed)
    stream.__Comment__ = "page stream"
    page.Contents = stream
    page.stream = None


def font_named(name: str, path: str):
    """Return the registered font *name*, registering the file *path* under it when it is the file the name
    was made from (render/pdf_fonts.register names a font after its file's bytes); None when it is not."""
    from deckbuild.render.pdf_fonts import fast_ttfont, file_digest, register_font, registered

    font = registered(name)
    if font is not None:
        return font if isinstance(font, fast_ttfont()) else None
    try:
        with open(path, "rb") as f:
            digest = file_digest(f.read())
    except OSError:
        return None
    if not (name.startswith("DB-") and name.endswith("-" + digest)):
        return None
    font = fast_ttfont()(name, path)
    register_font(font)
    return font


def _dump(elem: Elem, page: int) -> list:
    """Return *elem* (made on page *page*) as JSON lists; ValueError when it holds what a kept page cannot."""
    if elem.page not in (None, page):
        raise ValueError("an element of another page")
    kids = []
    for kid in elem.kids:
        if kid.__class__ is int:
            kids.append(kid)
        elif isinstance(kid, Elem):
            kids.append(_dump(kid, page))
        else:
            raise ValueError("a kid that is not kept")
    return [elem.role, elem.page is not None, elem.alt, elem.actual, elem.scope, elem.lang, kids]


def _elem(item: list, page: int) -> Elem:
    """Return the element *item* (``_dump``'s) stands for, on page *page*."""
    role, on_page, alt, actual, scope, lang, kids = item
    if not (type(role) is str and type(on_page) is bool and (alt is None or type(alt) is str)
            and (actual is None or type(actual) is str) and (scope is None or type(scope) is str)
            and (lang is None or type(lang) is str) and type(kids) is list):
        raise TypeError("not an element")
    out = []
    for kid in kids:  # a loop, not a comprehension: most elements have a kid or two
        out.append(kid if type(kid) is int else _elem(kid, page))
    return Elem(role, page if on_page else None, out, alt, actual, scope, lang)
