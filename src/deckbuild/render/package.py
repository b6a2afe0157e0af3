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
from xml.sax.saxutils import quoteattr

ZIP_DATE = (2000, 1, 1, 0, 0, 0)
CT = {
    "slide": "application/vnd.openxmlformats-officedocument.presentationml.slide+xml",
    "notes": "application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml",
    "chart": "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
}
DEFAULTS = {"png": "image/png", "jpeg": "image/jpeg", "jpg": "image/jpeg", "svg": "image/svg+xml",
            "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_CORE_DATES = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


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


class PackageWriter:
    """Adds slides, notes, media and charts to a prepared package (zip bytes without slides)."""

    def __init__(self, base: bytes, notes_master: str):
        src = zipfile.ZipFile(io.BytesIO(base))
        self.parts: dict[str, bytes] = {name: src.read(name) for name in src.namelist()}
        self.order = list(self.parts)
        self.notes_master = notes_master
        self.slides: list[str] = []
        self.overrides: list[tuple[str, str]] = []
        self.defaults: set[str] = set()
        self._media: dict[str, str] = {}
        self.charts = 0

    def _put(self, name: str, data: bytes, content_type: str | None = None) -> None:
        self.parts[name] = data
        self.order.append(name)
        if content_type:
            self.overrides.append(("/" + name, content_type))

    def add_media(self, data: bytes, ext: str) -> str:
        """Return the part name of the picture *data* (each distinct picture is stored once)."""
        key = hashlib.sha1(data).hexdigest()
        if key not in self._media:
            name = f"ppt/media/image{len(self._media) + 1}.{ext}"
            self._put(name, data)
            self.defaults.add(ext)
            self._media[key] = name
        return self._media[key]

    def add_chart(self, chart_xml: bytes, workbook: bytes) -> str:
        """Return the part name of a new chart with its embedded workbook."""
        self.charts += 1
        name = f"ppt/charts/chart{self.charts}.xml"
        book = f"ppt/embeddings/Microsoft_Excel_Sheet{self.charts}.xlsx"
        self._put(book, normalize_zip(workbook, embedded=True))
        self.defaults.add("xlsx")
        rels = Rels()
        rels.add("package", f"../embeddings/Microsoft_Excel_Sheet{self.charts}.xlsx")
        self._put(name, chart_xml, CT["chart"])
        self._put(f"ppt/charts/_rels/chart{self.charts}.xml.rels", rels.xml())
        return name

    def add_slide(self, slide_xml: bytes, rels: Rels, notes_xml: bytes | None) -> None:
        """Add a slide (its relationships already hold the layout, pictures, charts and links)."""
        n = len(self.slides) + 1
        name = f"ppt/slides/slide{n}.xml"
        if notes_xml is not None:
            rels.add("notesSlide", f"../notesSlides/notesSlide{n}.xml")
            notes_rels = Rels()
            notes_rels.add("notesMaster", "../" + self.notes_master.removeprefix("ppt/"))
            notes_rels.add("slide", f"../slides/slide{n}.xml")
            self._put(f"ppt/notesSlides/notesSlide{n}.xml", notes_xml, CT["notes"])
            self._put(f"ppt/notesSlides/_rels/notesSlide{n}.xml.rels", notes_rels.xml())
        self._put(name, slide_xml, CT["slide"])
        self._put(f"ppt/slides/_rels/slide{n}.xml.rels", rels.xml())
        self.slides.append(name)

    def _presentation(self) -> None:
        """List the slides in presentation.xml and relate them from its relationships."""
        rels = self.parts["ppt/_rels/presentation.xml.rels"].decode()
        used = {int(x) for x in re.findall(r'Id="rId(\d+)"', rels)}
        start = max(used, default=0) + 1
        new_rels = "".join(f'<Relationship Id="rId{start + i}" Type="{RT}slide" Target="slides/slide{i + 1}.xml"/>'
                           for i in range(len(self.slides)))
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
        have = set(re.findall(r'Extension="([^"]+)"', ct))
        extra = "".join(f'<Default Extension="{e}" ContentType="{DEFAULTS[e]}"/>' for e in sorted(self.defaults - have))
        extra += "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in self.overrides)
        self.parts["[Content_Types].xml"] = ct.replace("</Types>", extra + "</Types>").encode()

    def finish(self) -> bytes:
        """Return the package as zip bytes, identical for identical content."""
        self._presentation()
        self._content_types()
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst:
            for name in self.order:
                dst.writestr(_info(name), self.parts[name])
        return out.getvalue()


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    info.create_system = 0
    return info


def normalize_zip(data: bytes, embedded: bool = False) -> bytes:
    """Return the zip *data* rewritten with fixed timestamps and attributes (reproducible builds).

    Embedded workbooks (chart data) are normalized too, including the creation date they carry.
    """
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename.endswith(".xlsx"):
                body = normalize_zip(body, embedded=True)
            elif embedded and item.filename == "docProps/core.xml":
                body = _CORE_DATES.sub(rb"\g<1>2000-01-01T00:00:00Z\g<2>", body)
            dst.writestr(_info(item.filename), body)
    return out.getvalue()
