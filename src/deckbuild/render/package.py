"""Writing a PowerPoint package part by part, in linear time.

python-pptx prepares the package once (template, slide size, theme, masters, notes master); then
slides, notes pages, pictures and charts are added here as XML and bytes with their relationships,
and the zip is written with fixed timestamps. python-pptx's own ``add_slide`` and ``notes_slide``
search every part and relationship each time (quadratic in the slide count: ~8 s for 1,000 slides).
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile

from deckbuild.records import record
from deckbuild.render.xml_escape import quoteattr
from deckbuild.render.zip_entries import ZIP_DATE, ZIP_LEVEL, Packed, _info, deflate, normalize_zip, zip_bytes  # noqa: F401

CT = {
    "slide": "application/vnd.openxmlformats-officedocument.presentationml.slide+xml",
    "notes": "application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml",
    "chart": "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
    "app": "application/vnd.openxmlformats-officedocument.extended-properties+xml",
}
PML = "application/vnd.openxmlformats-officedocument.presentationml."
P_NS = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
# parts PowerPoint expects beside presentation.xml (LibreOffice-saved templates lack some): relationship
# type → (part name, content type, minimal content)
REQUIRED_PARTS = {
    "presProps": ("ppt/presProps.xml", PML + "presProps+xml", f"<p:presentationPr {P_NS}/>"),
    "viewProps": ("ppt/viewProps.xml", PML + "viewProps+xml",
                  f'<p:viewPr {P_NS}><p:normalViewPr><p:restoredLeft sz="15620"/><p:restoredTop sz="94660"/>'
                  '</p:normalViewPr><p:slideViewPr><p:cSldViewPr><p:cViewPr varScale="1"><p:scale>'
                  '<a:sx n="100" d="100"/><a:sy n="100" d="100"/></p:scale><p:origin x="0" y="0"/></p:cViewPr>'
                  '<p:guideLst/></p:cSldViewPr></p:slideViewPr><p:gridSpacing cx="76200" cy="76200"/></p:viewPr>'),
    "tableStyles": ("ppt/tableStyles.xml", PML + "tableStyles+xml",
                    '<a:tblStyleLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
                    'def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>'),
}
# slide sizes with a name (EMU) → the sldSz type PowerPoint writes; any other size is "custom"
SIZE_TYPES = {(9144000, 6858000): "screen4x3", (9144000, 5143500): "screen16x9", (9144000, 5715000): "screen16x10",
              (12192000, 6858000): None}
DEFAULTS = {"png": "image/png", "jpeg": "image/jpeg", "jpg": "image/jpeg", "svg": "image/svg+xml",
            "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_LAST_PRINTED = re.compile(rb"<cp:lastPrinted\b[^>]*?(?:/>|>[^<]*</cp:lastPrinted>)")
_REL = re.compile(r"<Relationship\b[^>]*?/>|<Relationship\b[^>]*?>\s*</Relationship>")


class Rels:
    """The relationships of one part, numbered rId1, rId2… in the order they are added."""

    def __init__(self):
        self.items: list[tuple[str, str, str, bool]] = []  # (rId, type, target, external)
        self._external: dict[str, str] = {}

    def add(self, rel_type: str, target: str, external: bool = False) -> str:
        if external and target in self._external:
            return self._external[target]
        rid = f"rId{len(self.items) + 1}"
        self.items.append((rid, RT + rel_type, target, external))
        if external:
            self._external[target] = rid
        return rid

    def xml(self) -> bytes:
        rows = "".join(f'<Relationship Id="{rid}" Type="{t}" Target={quoteattr(target)}'
                       + (' TargetMode="External"' if ext else "") + "/>" for rid, t, target, ext in self.items)
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<Relationships xmlns="{RELS_NS}">{rows}</Relationships>').encode()


@record(frozen=True)
class SlideNames:
    """The part names of one slide: its part and relationships, its notes' (or None), and per chart the chart
    part, its relationships and its workbook."""

    slide: tuple[str, str]
    notes: tuple[str, str] | None
    charts: tuple[tuple[str, str, str], ...]

    def parts(self) -> set[str]:
        """Return the names of every part the slide adds besides pictures."""
        return {*self.slide, *(self.notes or ()), *(name for chart in self.charts for name in chart)}


class PackageWriter:
    """Adds slides, notes, media and charts to a prepared package (zip bytes without slides)."""

    def __init__(self, base: bytes, notes_master: str):
        src = zipfile.ZipFile(io.BytesIO(base))
        self.parts: dict[str, bytes] = {name: src.read(name) for name in src.namelist()}  # the prepared package's
        self.packed: dict[str, Packed] = {}  # the parts added, deflated as they are added
        self.order = list(self.parts)
        self.notes_master = notes_master
        self.slides: list[str] = []
        self.overrides: list[tuple[str, str]] = []
        self.defaults: set[str] = set()
        self.notes = 0
        self._media: dict[str, str] = {}
        self._taken = {name.lower() for name in self.parts}  # part names are case-insensitive (OPC)
        self._next: dict[str, int] = {}
        self._reserved: SlideNames | None = None
        self._charts: list[tuple[str, str, str]] = []  # the reserved names of the current slide's charts to come
        self.record: list | None = None  # when a list: what adding the current slide did (pptx_reuse keeps it)

    def _put(self, name: str, data: bytes, content_type: str | None = None) -> Packed:
        """Add the part *name*, deflated now: a part added is final, and only its deflated bytes are kept."""
        packed = deflate(data)
        self._put_packed(name, packed, content_type)
        return packed

    def _put_packed(self, name: str, packed: Packed, content_type: str | None = None, record: bool = True) -> None:
        self.packed[name] = packed
        self.order.append(name)
        self._taken.add(name.lower())
        if content_type:
            self.overrides.append(("/" + name, content_type))
        if record and self.record is not None:
            self.record.append(("p", name, content_type, packed))

    def _default(self, ext: str) -> None:
        self.defaults.add(ext)
        if self.record is not None:
            self.record.append(("d", ext))

    def _has(self, name: str) -> bool:
        return name in self.parts or name in self.packed

    def _free(self, folder: str, stem: str, ext: str) -> tuple[str, str]:
        """Return a part name ``folder/stemN.ext`` the package does not hold yet (the template's parts keep
        theirs), and the name of its relationships part."""
        n = self._next.get(folder + stem, 1)
        while f"{folder}/{stem}{n}.{ext}".lower() in self._taken:
            n += 1
        self._next[folder + stem] = n + 1
        name = f"{folder}/{stem}{n}.{ext}"
        self._taken.add(name.lower())
        return name, f"{folder}/_rels/{stem}{n}.{ext}.rels"

    def reserve(self, notes: bool, charts: int) -> SlideNames:
        """Return the part names of the next slide, with notes or not, holding *charts* charts, taken now (a
        slide's parts are named as when each is named as it is added: every folder counts on its own)."""
        slide = self._free("ppt/slides", "slide", "xml")
        notes_names = self._free("ppt/notesSlides", "notesSlide", "xml") if notes else None
        chart_names = tuple((*self._free("ppt/charts", "chart", "xml"),
                             self._free("ppt/embeddings", "Microsoft_Excel_Sheet", "xlsx")[0]) for _ in range(charts))
        self._reserved = SlideNames(slide, notes_names, chart_names)
        self._charts = list(chart_names)
        return self._reserved

    def add_media(self, data: bytes, ext: str) -> str:
        """Return the part name of the picture *data* (each distinct picture is stored once)."""
        key = hashlib.sha1(data).hexdigest()
        new = key not in self._media
        if new:
            name, _ = self._free("ppt/media", "image", ext)
            self._put_packed(name, deflate(data), record=False)
            self.defaults.add(ext)
            self._media[key] = name
        if self.record is not None:
            self.record.append(("m", key, ext, self._media[key], self.packed[self._media[key]] if new else None))
        return self._media[key]

    def add_chart(self, chart_xml: bytes, workbook: bytes) -> str:
        """Return the part name of a new chart with its embedded *workbook* (fixed timestamps: ``normalize_zip``)."""
        if self._charts:
            name, name_rels, book = self._charts.pop(0)
        else:
            name, name_rels = self._free("ppt/charts", "chart", "xml")
            book, _ = self._free("ppt/embeddings", "Microsoft_Excel_Sheet", "xlsx")
        self._put(book, workbook)
        self._default("xlsx")
        rels = Rels()
        rels.add("package", "../" + book.removeprefix("ppt/"))
        self._put(name, chart_xml, CT["chart"])
        self._put(name_rels, rels.xml())
        return name

    def add_slide(self, slide_xml: bytes, rels: Rels, notes_xml: bytes | None) -> None:
        """Add a slide (its relationships already hold the layout, pictures, charts and links)."""
        reserved, self._reserved = self._reserved, None
        if reserved is None:
            reserved, self._reserved = self.reserve(notes_xml is not None, 0), None
        (name, name_rels), notes_names = reserved.slide, reserved.notes
        if notes_xml is not None:
            notes, notes_rels_name = notes_names
            rels.add("notesSlide", "../" + notes.removeprefix("ppt/"))
            notes_rels = Rels()
            notes_rels.add("notesMaster", "../" + self.notes_master.removeprefix("ppt/"))
            notes_rels.add("slide", "../" + name.removeprefix("ppt/"))
            self._put(notes, notes_xml, CT["notes"])
            self._put(notes_rels_name, notes_rels.xml())
            self.notes += 1
        self._put(name, slide_xml, CT["slide"])
        self._put(name_rels, rels.xml())
        self.slides.append(name)

    def replay(self, events: list, media) -> bool:
        """Add the reserved slide as *events* (what adding it did in an earlier build) say, and return True;
        return False, adding nothing, when they do not fit: another set of parts, or pictures that would now be
        named otherwise. *media(sha1, ext)* returns a picture's deflated part, or None when it is not kept."""
        names = self._reserved
        puts = [e[1] for e in events if e[0] == "p"]
        if names is None or len(puts) != len(set(puts)) or set(puts) != names.parts():
            return False
        known, taken, n, new = dict(self._media), set(), self._next.get("ppt/mediaimage", 1), {}
        for event in events:
            if event[0] != "m":
                continue
            _, sha1, ext, name = event[:4]
            if sha1 in known:
                if known[sha1] != name:
                    return False
                continue
            while f"ppt/media/image{n}.{ext}".lower() in self._taken or f"ppt/media/image{n}.{ext}".lower() in taken:
                n += 1
            packed = media(sha1, ext)
            if name != f"ppt/media/image{n}.{ext}" or packed is None:
                return False
            taken.add(name.lower())
            known[sha1], new[sha1] = name, packed
            n += 1
        for event in events:
            if event[0] == "p":
                self._put_packed(event[1], event[3], event[2])
            elif event[0] == "d":
                self._default(event[1])
            elif event[1] in new:  # a picture's first use (a slide may show one picture twice)
                name, _ = self._free("ppt/media", "image", event[2])
                self._put_packed(name, new.pop(event[1]), record=False)
                self.defaults.add(event[2])
                self._media[event[1]] = name
        self._reserved, self._charts = None, []
        self.slides.append(names.slide[0])
        self.notes += names.notes is not None
        return True

    def _presentation(self) -> None:
        """List the slides in presentation.xml and relate them from its relationships."""
        rels = self.parts["ppt/_rels/presentation.xml.rels"].decode()
        used = {int(x) for x in re.findall(r'Id="rId(\d+)"', rels)}
        start = max(used, default=0) + 1
        new_rels = "".join(f'<Relationship Id="rId{start + i}" Type="{RT}slide" Target="{name.removeprefix("ppt/")}"/>'
                           for i, name in enumerate(self.slides))
        self.parts["ppt/_rels/presentation.xml.rels"] = rels.replace("</Relationships>",
                                                                     new_rels + "</Relationships>").encode()
        ids = "".join(f'<p:sldId id="{256 + i}" r:id="rId{start + i}"/>' for i in range(len(self.slides)))
        pres = self.parts["ppt/presentation.xml"].decode()
        pres, count = re.subn(r"<p:sldIdLst\s*/>|<p:sldIdLst>\s*</p:sldIdLst>", f"<p:sldIdLst>{ids}</p:sldIdLst>",
                              pres, count=1)
        if not count:  # pragma: no cover - the base package always has an empty list
            raise ValueError("the prepared package has no empty p:sldIdLst")
        self.parts["ppt/presentation.xml"] = pres.encode()

    def _content_types(self) -> None:
        ct = self.parts["[Content_Types].xml"].decode()
        ct = re.sub(r'<Override\b[^>]*?PartName="/([^"]+)"[^>]*?/>',
                    lambda m: m.group() if self._has(m.group(1)) else "", ct)
        have = set(re.findall(r'Extension="([^"]+)"', ct))
        extra = "".join(f'<Default Extension="{e}" ContentType="{DEFAULTS[e]}"/>' for e in sorted(self.defaults - have))
        extra += "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in self.overrides)
        self.parts["[Content_Types].xml"] = ct.replace("</Types>", extra + "</Types>").encode()

    def finish(self) -> bytes:
        """Return the package as zip bytes, identical for identical content."""
        self._presentation()
        self._required_parts()
        self._metadata()
        self._content_types()
        if len({name.lower() for name in self.order}) != len(self.order):  # pragma: no cover - _free prevents it
            raise RuntimeError("the package would hold a part name twice")
        packed, self.packed = self.packed, {}
        return zip_bytes([(name, packed.pop(name) if name in packed else deflate(self.parts[name]))
                          for name in self.order], release=True)


    def _required_parts(self) -> None:
        """Add the presentation properties, view properties and table styles when the template lacks them."""
        rels = self.parts["ppt/_rels/presentation.xml.rels"].decode()
        have = set(re.findall(r'Type="[^"]*/relationships/(\w+)"', rels))
        used = {int(x) for x in re.findall(r'Id="rId(\d+)"', rels)}
        extra = ""
        for rel_type, (name, content_type, xml) in REQUIRED_PARTS.items():
            if rel_type in have:
                continue
            if name.lower() in self._taken:  # a part of that name that nothing relates: make a fresh one
                name, _ = self._free("ppt", rel_type, "xml")
            self._put(name, (XML_HEAD + xml).encode(), content_type)
            rid = max(used, default=0) + 1
            used.add(rid)
            extra += f'<Relationship Id="rId{rid}" Type="{RT}{rel_type}" Target="{name.removeprefix("ppt/")}"/>'
        if extra:
            self.parts["ppt/_rels/presentation.xml.rels"] = rels.replace("</Relationships>",
                                                                         extra + "</Relationships>").encode()

    def _metadata(self) -> None:
        """Make the package's metadata describe this deck, not the template it came from: the application
        and slide counts, the slide size's name; no thumbnail of the template's first slide, no print date."""
        pres = self.parts["ppt/presentation.xml"].decode()
        size = re.search(r"<p:sldSz\b[^>]*?/>", pres)
        fmt = "Custom"
        if size:
            cx, cy = (int(re.search(fr'\b{k}="(\d+)"', size.group()).group(1)) for k in ("cx", "cy"))
            kind = SIZE_TYPES.get((cx, cy), "custom")
            fmt = {"screen4x3": "On-screen Show (4:3)", "screen16x9": "On-screen Show (16:9)",
                   "screen16x10": "On-screen Show (16:10)", None: "Widescreen"}.get(kind, "Custom")
            tag = f'<p:sldSz cx="{cx}" cy="{cy}"' + (f' type="{kind}"' if kind else "") + "/>"
            self.parts["ppt/presentation.xml"] = (pres[:size.start()] + tag + pres[size.end():]).encode()
        root = self.parts["_rels/.rels"].decode()
        for rel in _REL.findall(root):
            target = re.search(r'Target="/?([^"]+)"', rel)
            if "/metadata/thumbnail" in rel and target and target.group(1) in self.parts:
                root = root.replace(rel, "")
                del self.parts[target.group(1)]
                self.order.remove(target.group(1))
        app = next((t.group(1) for rel in _REL.findall(root) if "/extended-properties" in rel
                    for t in [re.search(r'Target="/?([^"]+)"', rel)] if t and t.group(1) in self.parts), None)
        kept = ""
        if app is None:
            app = "docProps/app.xml" if "docprops/app.xml" not in self._taken else self._free("docProps", "app", "xml")[0]
            self.parts[app] = b""
            self.order.append(app)
            self._taken.add(app.lower())
            self.overrides.append(("/" + app, CT["app"]))
            rid = max((int(x) for x in re.findall(r'Id="rId(\d+)"', root)), default=0) + 1
            root = root.replace("</Relationships>", f'<Relationship Id="rId{rid}" Type="{RT}extended-properties" '
                                f'Target="{app}"/></Relationships>')
        else:
            old = self.parts[app].decode("utf-8", "replace")
            kept = "".join(m.group() for tag in ("Template", "Company")
                           for m in [re.search(fr"<{tag}>[^<]*</{tag}>", old)] if m)
        self.parts["_rels/.rels"] = root.encode()
        self.parts[app] = (
            f'{XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            f'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">{kept}'
            f'<TotalTime>0</TotalTime><Application>deckbuild</Application><PresentationFormat>{fmt}'
            f'</PresentationFormat><Slides>{len(self.slides)}</Slides><Notes>{self.notes}</Notes>'
            f'<HiddenSlides>0</HiddenSlides></Properties>').encode()
        for name in list(self.parts):
            if name.startswith("docProps/") and name.endswith(".xml") and b"lastPrinted" in self.parts[name]:
                self.parts[name] = _LAST_PRINTED.sub(b"", self.parts[name])
