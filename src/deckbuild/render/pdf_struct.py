"""Writing the structure tree the TaggedPainter recorded into the handout, without reading the file back: the
entries reportlab can write are set before it saves (``mark_document``), the tree is appended after
(``write_structure``): StructTreeRoot with its ParentTree, /StructParents and /Tabs /S on pages, link annotations in their Link
elements with /Contents, MarkInfo, DisplayDocTitle and an XMP packet declaring PDF/UA-1.

The tree is in the order a reader needs (the painter puts every slide's label and title before its miniature,
which is drawn first). The pass is deterministic (same input, same bytes).
"""

from __future__ import annotations

import re
from itertools import accumulate, count
from operator import itemgetter

from deckbuild.render.xml_escape import escape


class Elem:
    """A structure element: its type, its kids (MCIDs, elements, or ("annot", n)), and its attributes."""

    __slots__ = ("role", "page", "kids", "alt", "actual", "scope", "lang")

    def __init__(self, role: str, page: int | None = None, kids: list | None = None, alt: str | None = None,
                 actual: str | None = None, scope: str | None = None, lang: str | None = None):
        self.role = role
        self.page = page
        self.kids = [] if kids is None else kids
        self.alt = alt
        self.actual = actual
        self.scope = scope
        self.lang = lang

    def add(self, kid):
        self.kids.append(kid)
        return kid


def drawn_text(p) -> str:
    """Return the text paragraph *p*'s lines draw (its fragments', inline formulas left out), stripped."""
    return "".join([f.text for line in p.lines for f in line.frags if f.run.math is None]).strip()


def paragraph_text(p, rtl: bool | None = None) -> str:
    """Return the text of *p* in logical order (a line's fragments are in visual order when it has
    right-to-left parts: the whole paragraph's runs are used then, unless it was split across pages).
    *rtl* says whether any fragment is right to left, when the caller knows."""
    drawn = drawn_text(p)
    if rtl is None:
        rtl = has_rtl_frag(p)
    if rtl:
        whole = "".join(r.text for r in p.runs if r.math is None).strip()
        if sorted(whole.replace(" ", "")) == sorted(drawn.replace(" ", "")):
            return whole
    return drawn


def has_rtl_frag(p) -> bool:
    """Return whether a fragment of paragraph *p* is drawn right to left (never when every run's text is ASCII:
    the layout turns a fragment only for a paragraph with a right-to-left character, and ``isascii`` does not
    look at the text)."""
    for run in p.runs:
        if not run.text.isascii():
            break
    else:
        return False
    for line in p.lines:
        for f in line.frags:
            if f.rtl:
                return True
    return False


def xmp(title: str, author: str, lang: str) -> bytes:
    """Return an XMP packet: title, creator, language, and the PDF/UA-1 identification."""
    creator = f"<dc:creator><rdf:Seq><rdf:li>{escape(author)}</rdf:li></rdf:Seq></dc:creator>" if author else ""
    return ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
            '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
            '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">'
            f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt></dc:title>'
            f'{creator}<dc:language><rdf:Bag><rdf:li>{escape(lang)}</rdf:li></rdf:Bag></dc:language>'
            '<dc:format>application/pdf</dc:format><pdf:Producer>deckbuild (reportlab)</pdf:Producer>'
            '<pdfuaid:part>1</pdfuaid:part></rdf:Description></rdf:RDF></x:xmpmeta>'
            '<?xpacket end="w"?>').encode("utf-8")


def pdf_string(text: str) -> str:
    """Return *text* as a PDF text string: literal when it is plain ASCII, else UTF-16 with a byte-order mark."""
    if text.isascii() and text.isprintable():
        return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def mark_document(canvas, annots: list, lang: str) -> None:
    """Set, before *canvas* saves its document, what reportlab then writes in its one pass: /StructParents and
    /Tabs /S on every page, /StructParent and /Contents on every link annotation (*annots*: the painter's
    (page, Link element, address, annotation name), in creation order), MarkInfo, DisplayDocTitle and Lang."""
    from reportlab.pdfbase.pdfdoc import PDFPage, PDFString

    doc = canvas._doc
    pages = doc.Pages.pages
    keys = PDFPage.__NoDefault__ + ["StructParents", "Tabs"]
    for index, page in enumerate(pages):
        page.__NoDefault__ = keys
        page.StructParents = index
        page.Tabs = "/S"  # reportlab writes a str as it stands
    for i, (_page, _elem, url, name) in enumerate(annots):
        annot = doc.idToObject[name]
        annot["StructParent"] = len(pages) + i
        annot["Contents"] = PDFString(f"Link to {url}" if url else "Link")
    catalog = doc.Catalog
    catalog.Lang = PDFString(lang)
    catalog.MarkInfo = "<< /Marked true >>"
    catalog.ViewerPreferences = "<< /DisplayDocTitle true >>"


def write_structure(canvas, data: bytes, root: Elem, annots: list, title: str, author: str, lang: str) -> bytes:
    """Return the PDF *data*, just saved by *canvas* after ``mark_document``, with the structure tree *root*
    and the XMP packet appended as an incremental update (new objects, the catalog pointing at them, and an
    xref section pointing back at reportlab's).

    The object numbers of the pages and annotations are read from reportlab's document, not from the file:
    nothing is parsed back or rewritten. The elements are numbered in reading order (a parent before its
    kids) and written as each is finished, as ASCII text (``pdf_string`` escapes the rest).
    """
    doc = canvas._doc
    numbers = doc.idToObjectNumberAndVersion
    pages = doc.Pages.pages
    npages = len(pages)
    page_refs = [f"{numbers[p.__InternalName__][0]} 0 R" for p in pages]
    base = len(doc.numberToId) + 1  # the first number after reportlab's objects: the StructTreeRoot
    head = [data] if data.endswith(b"\n") else [data, b"\n"]  # the file is copied once, into the result
    chunks: list[str] = []  # the elements' objects, in the order written (ASCII: encoded once, joined)
    written: list[int] = []  # their object numbers, in the same order
    pos = sum(map(len, head))
    parents: list[dict[int, int]] = [{} for _ in pages]  # page → MCID → element object number
    on_pages = [f" /Pg {ref}" for ref in page_refs]
    links = {id(elem): (npages + i, numbers[name][0]) for i, (_, elem, _, name) in enumerate(annots)}
    annot_keys: list[tuple[int, int]] = []  # (ParentTree key, Link element object number)
    notes = 0
    number = count(base + 1).__next__  # the elements' object numbers, in reading order

    def build(elem: Elem, parent: str) -> int:
        nonlocal notes
        num = number()
        page, role = elem.page, elem.role
        if page is not None and 0 <= page < npages:
            pg, on_page = on_pages[page], parents[page]
        else:
            pg, page, on_page = "", None, None
        extra = "" if elem.alt is None else f" /Alt {pdf_string(elem.alt)}"
        if elem.actual is not None:
            extra += f" /ActualText {pdf_string(elem.actual)}"
        if elem.lang:
            extra += f" /Lang {pdf_string(elem.lang)}"
        if elem.scope:
            extra += f" /A << /O /Table /Scope /{elem.scope} >>"
        if role == "Note":
            notes += 1
            extra += f" /ID (note-{notes})"
        kids = elem.kids
        if len(kids) == 1 and kids[0].__class__ is int and role != "Link":  # the usual element: one MCID
            k = kids[0]
            if on_page is not None:
                on_page[k] = num
        else:
            refs, me, marked = [], f" /P {num} 0 R", False  # refs: MCIDs and the kid elements' numbers
            for kid in kids:
                if kid.__class__ is int:
                    refs.append(kid)
                    marked = True
                    if on_page is not None:
                        on_page[kid] = num
                else:
                    refs.append(build(kid, me))
            if not marked and role != "Link":  # elements only: their references formatted at once
                refs = [" ".join(["%d 0 R"] * len(refs)) % tuple(refs)]
                k = refs[0] if len(kids) == 1 else "[" + refs[0] + "]"
            else:
                refs = [str(r) if kid.__class__ is int else f"{r} 0 R" for kid, r in zip(kids, refs)]
            if role == "Link" and page is not None:
                link = links.get(id(elem))
                if link is not None:
                    annot_keys.append((link[0], num))
                    refs.append(f"<< /Type /OBJR /Obj {link[1]} 0 R{pg} >>")
            if marked or role == "Link":
                k = refs[0] if len(refs) == 1 else "[" + " ".join(refs) + "]"  # one kid stands alone, as checkers expect
        chunks.append(f"{num} 0 obj\n<< /Type /StructElem /S /{role}{parent}{pg}{extra} /K {k} >>\nendobj\n")
        written.append(num)
        return num

    document = build(root, f" /P {base} 0 R")
    del build  # it refers to itself: a cycle that would keep the tree alive while the collector is paused
    counter = number()
    starts = list(accumulate(map(len, chunks), initial=pos))  # each element's offset in the file, then the end
    pos = starts.pop()
    # the elements' offsets in number order (they are numbered base + 1 … counter - 1, and written kids first)
    starts = list(map(itemgetter(1), sorted(zip(written, starts))))
    nums = []
    for on_page in parents:
        refs = [on_page[mcid] for mcid in sorted(on_page)]
        nums.append(f"{len(nums)} [{' '.join(['%d 0 R'] * len(refs)) % tuple(refs)}]")
    nums += [f"{key} {num} 0 R" for key, num in sorted(annot_keys)]
    tree_parent, meta_num = counter, counter + 1
    tail = [(tree_parent, ("<< /Nums [" + " ".join(nums) + "] >>").encode("latin-1")),
            (base, (f"<< /Type /StructTreeRoot /K {document} 0 R /ParentTree {tree_parent} 0 R "
                    f"/ParentTreeNextKey {npages + len(annots)} >>").encode("latin-1"))]
    packet = xmp(title, author, lang)
    tail.append((meta_num, f"<< /Type /Metadata /Subtype /XML /Length {len(packet)} >>\nstream\n".encode("latin-1")
                 + packet + b"\nendstream"))
    catalog = doc.Catalog
    catalog.StructTreeRoot = f"{base} 0 R"
    catalog.Metadata = f"{meta_num} 0 R"
    root_num = numbers[catalog.__InternalName__][0]
    tail.append((root_num, catalog.format(doc)))
    parts = head + ["".join(chunks).encode("ascii")]
    at = {}  # the tail's objects' offsets
    for num, body in tail:
        chunk = b"%d 0 obj\n%s\nendobj\n" % (num, body)
        at[num] = pos
        pos += len(chunk)
        parts.append(chunk)
    # the new objects are numbered base (the StructTreeRoot), the elements, the ParentTree, the metadata
    runs = [(root_num, [at[root_num]]), (base, [at[base]] + starts + [at[tree_parent], at[meta_num]])]
    parts.append(_xref(data, runs, pos, meta_num + 1, root_num))
    return b"".join(parts)


def _xref(data: bytes, runs: list[tuple[int, list[int]]], xref: int, size: int, root: int) -> bytes:
    """Return the xref section at offset *xref* for *runs* ((first object number, the offsets of it and the
    objects numbered after it), no two overlapping) and the trailer of an incremental update of *data*: *size*
    objects, *root* the catalog (the first trailer's /Info and /ID kept). Runs that meet are one subsection."""
    prev = int(re.findall(rb"startxref\s+(\d+)", data[-1024:])[-1])
    merged: list[tuple[int, list[int]]] = []
    for first, offs in sorted(runs):
        if merged and merged[-1][0] + len(merged[-1][1]) == first:
            merged[-1][1].extend(offs)
        else:
            merged.append((first, list(offs)))
    lines = ["xref\n"]
    for first, offs in merged:
        lines.append(f"{first} {len(offs)}\n")
        lines.append(("%010d 00000 n\r\n" * len(offs)) % tuple(offs))
    first = data[data.rindex(b"trailer"):]
    trailer = f"/Size {size} /Root {root} 0 R /Prev {prev}"
    for key in (rb"/Info \d+ 0 R", rb"/ID\s*\[[^\]]*\]"):
        found = re.search(key, first)
        if found:
            trailer += " " + found.group(0).decode("latin-1")
    lines.append(f"trailer\n<< {trailer} >>\nstartxref\n{xref}\n%%EOF\n")
    return "".join(lines).encode("latin-1")
