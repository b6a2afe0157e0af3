"""Writing the structure tree the TaggedPainter recorded into the finished handout (a pikepdf pass):
StructTreeRoot with its ParentTree, /StructParents and /Tabs /S on pages, link annotations in their Link
elements with /Contents, MarkInfo, DisplayDocTitle and an XMP packet declaring PDF/UA-1.

The reading order of the tree is the order a reader needs: for every slide its label, title, miniature,
then notes and sources (painting puts the miniature first). The pass is deterministic (same input, same bytes).
"""

from __future__ import annotations

import io
import re
from xml.sax.saxutils import escape

from deckbuild.render.pdf_tags import Elem

SLIDE_ALT = re.compile(r"^(Slide \d+|Handout-only slide): (.*)$", re.S)


def arrange(root: Elem) -> None:
    """Put every slide's label and title (read after its miniature's Figure) before it; titles become H2.
    The tables of its charts' data stay right after the Figure."""
    kids, out, i = root.kids, [], 0
    while i < len(kids):
        fig = kids[i]
        m = SLIDE_ALT.match(fig.alt or "") if isinstance(fig, Elem) and fig.role == "Figure" else None
        if not m:
            out.append(fig)
            i += 1
            continue
        label, title = m.group(1), " ".join((fig.text or m.group(2)).split())
        data, j = [], i + 1
        while j < len(kids) and isinstance(kids[j], Elem) and kids[j].role == "Table":  # its charts' data
            data.append(kids[j])
            j += 1
        moved, end = [], j + 3
        while j < min(end, len(kids)):
            k = kids[j]
            if not isinstance(k, Elem) or k.role not in ("P", "H1", "H2"):
                break
            text = " ".join(k.text.split())
            if text == label or (label.startswith("Handout") and text == "Handout only"):
                moved.append(k)
            elif text == title:
                k.role = "H2" if k.role == "P" else k.role  # a section's title stays H1
                moved.append(k)
            else:
                break
            j += 1
        out += moved + [fig] + data
        i = j
    root.kids = out


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


def write_structure(data: bytes, root: Elem, annots: list, title: str, author: str, lang: str) -> bytes:
    """Return the PDF *data* with the structure tree *root* and the accessibility entries written in.

    They are appended as an incremental update (new objects, the changed catalog, pages and link
    annotations, and an xref section pointing back at reportlab's): nothing already written is rewritten,
    so the pass costs little more than reading the page tree.
    """
    import pikepdf
    from pikepdf import Name, String

    arrange(root)
    pdf = pikepdf.open(io.BytesIO(data))
    size = int(pdf.trailer.Size)
    counter = [size]

    def alloc() -> int:
        counter[0] += 1
        return counter[0] - 1

    objects: dict[int, bytes] = {}
    pages = [p.obj for p in pdf.pages]
    page_refs = [f"{p.objgen[0]} 0 R" for p in pages]
    links = [[a for a in page.get("/Annots", []) if a.get("/Subtype") == Name.Link] for page in pages]
    used = [0] * len(pages)
    parents: list[dict[int, int]] = [{} for _ in pages]  # page → MCID → element object number
    annot_keys: list[tuple[int, int]] = []  # (ParentTree key, Link element object number)
    notes = [0]
    tree_num = alloc()
    urls = {id(elem): url for _, elem, url in annots}  # Link element → its address

    def build(elem: Elem, parent: int) -> int:
        num = alloc()
        entries = [f"/Type /StructElem /S /{elem.role} /P {parent} 0 R"]
        page = elem.page if elem.page is not None and 0 <= elem.page < len(pages) else None
        if page is not None:
            entries.append(f"/Pg {page_refs[page]}")
        if elem.alt is not None:
            entries.append(f"/Alt {pdf_string(elem.alt)}")
        if elem.actual is not None:
            entries.append(f"/ActualText {pdf_string(elem.actual)}")
        if elem.lang:
            entries.append(f"/Lang {pdf_string(elem.lang)}")
        if elem.scope:
            entries.append(f"/A << /O /Table /Scope /{elem.scope} >>")
        if elem.role == "Note":
            notes[0] += 1
            entries.append(f"/ID (note-{notes[0]})")
        kids = []
        for kid in elem.kids:
            if isinstance(kid, int):
                kids.append(str(kid))
                if page is not None:
                    parents[page][kid] = num
            else:
                kids.append(f"{build(kid, num)} 0 R")
        if elem.role == "Link" and page is not None and used[page] < len(links[page]):
            annot = links[page][used[page]]
            used[page] += 1
            key = len(pages) + len(annot_keys)
            annot_keys.append((key, num))
            url = urls.get(id(elem), "")
            annot.StructParent = key
            annot.Contents = String(f"Link to {url}" if url else "Link")
            objects[annot.objgen[0]] = annot.unparse(resolved=True)
            kids.append(f"<< /Type /OBJR /Obj {annot.objgen[0]} 0 R /Pg {page_refs[page]} >>")
        k = kids[0] if len(kids) == 1 else "[" + " ".join(kids) + "]"  # one kid stands alone, as checkers expect
        objects[num] = ("<< " + " ".join(entries) + f" /K {k} >>").encode("latin-1")
        return num

    document = build(root, tree_num)
    tree_parent = alloc()
    nums = []
    for index, page in enumerate(pages):
        page.StructParents = index
        page.Tabs = Name.S
        objects[page.objgen[0]] = page.unparse(resolved=True)
        refs = " ".join(f"{parents[index][m]} 0 R" for m in sorted(parents[index]))
        nums.append(f"{index} [{refs}]")
    nums += [f"{key} {num} 0 R" for key, num in annot_keys]
    objects[tree_parent] = ("<< /Nums [" + " ".join(nums) + "] >>").encode("latin-1")
    objects[tree_num] = (f"<< /Type /StructTreeRoot /K {document} 0 R /ParentTree {tree_parent} 0 R "
                         f"/ParentTreeNextKey {len(pages) + len(annot_keys)} >>").encode("latin-1")
    meta_num = alloc()
    packet = xmp(title, author, lang)
    objects[meta_num] = (f"<< /Type /Metadata /Subtype /XML /Length {len(packet)} >>\nstream\n".encode("latin-1")
                         + packet + b"\nendstream")
    catalog = pdf.Root
    catalog.Lang = String(lang)
    body = catalog.unparse(resolved=True).rstrip()
    assert body.endswith(b">>")
    objects[catalog.objgen[0]] = body[:-2] + (
        f" /StructTreeRoot {tree_num} 0 R /MarkInfo << /Marked true >> /ViewerPreferences << /DisplayDocTitle true >>"
        f" /Metadata {meta_num} 0 R >>").encode("latin-1")
    return _append(data, objects, counter[0], pdf)


def _append(data: bytes, objects: dict[int, bytes], size: int, pdf) -> bytes:
    """Return *data* with *objects* (number → body) appended as an incremental update."""
    prev = int(re.findall(rb"startxref\s+(\d+)", data[-1024:])[-1])
    out = bytearray(data if data.endswith(b"\n") else data + b"\n")
    offsets = {}
    for num in sorted(objects):
        offsets[num] = len(out)
        out += f"{num} 0 obj\n".encode("latin-1") + objects[num] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n"
    run: list[int] = []
    for num in sorted(offsets) + [None]:
        if run and (num is None or num != run[-1] + 1):
            out += f"{run[0]} {len(run)}\n".encode("latin-1")
            out += b"".join(f"{offsets[n]:010d} 00000 n\r\n".encode("latin-1") for n in run)
            run = []
        if num is not None:
            run.append(num)
    trailer = f"/Size {size} /Root {pdf.Root.objgen[0]} 0 R /Prev {prev}"
    if "/Info" in pdf.trailer:
        trailer += f" /Info {pdf.trailer.Info.objgen[0]} 0 R"
    if "/ID" in pdf.trailer:
        trailer += " /ID " + pdf.trailer.ID.unparse().decode("latin-1")
    out += f"trailer\n<< {trailer} >>\nstartxref\n{xref}\n%%EOF\n".encode("latin-1")
    return bytes(out)
