"""The floor: the least python-pptx and reportlab must do to write the bench deck's slides.

    python bench/floor.py DECK_FOLDER OUT_FOLDER

It reads the same YAML section files as deckbuild (libyaml), then, as deckbuild does, paints the deck
in a forked child while the parent paints the handout:

- the PPTX (python-pptx): one slide per outline slide on the built-in layouts (title, section header,
  title and content), the bullets at their levels, a table or a chart where the outline has one, and
  the speaker notes;
- the PDF (reportlab): a two-up notes handout, A4, each slide as a miniature (its title and bullets)
  with its notes beside it, in embedded (subset) Liberation Sans, one bookmark per slide.

It does no fitting, measuring, wrapping by width, validation or caching: text is wrapped by character
count. It is made as fast as those two libraries allow: python-pptx's ``next_partname`` walks every
part of the package for each new notes page or chart (quadratic), so it is replaced by a counter; the
cyclic garbage collector is off, as in deckbuild. This is a benchmark helper, not part of deckbuild.
"""

from __future__ import annotations

import gc
import os
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

import yaml

FONTS = Path(__file__).resolve().parents[1] / "src" / "deckbuild" / "fonts"


def read_deck(folder: Path) -> tuple[dict, list[tuple[str, list[dict]]]]:
    """Return the deck's metadata and its sections as (name, slides)."""
    load = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    meta = yaml.load((folder / "deck.yaml").read_text(encoding="utf-8"), Loader=load)
    sections = []
    for path in sorted(folder.glob("*.yaml")):
        if path.name != "deck.yaml":
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=load)
            sections.append((data["section"], data["slides"]))
    return meta, sections


def wrap(text: str, width: int) -> list[str]:
    """Return *text* in lines of at most about *width* characters, broken at spaces (no measuring)."""
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + len(word) >= width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return lines + [line] if line else lines


def _bullets(items: list, level: int = 0):
    for item in items:
        if isinstance(item, dict):
            yield level, item["text"]
            yield from _bullets(item.get("bullets", []), level + 1)
        else:
            yield level, item


P = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
     'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument."
IMAGE_PH, NOTES_PH = '<p:ph type="sldImg"/>', '<p:ph type="body" idx="1"/>'
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _sp(n: int, ph: str, paras: list[tuple[int, str]]) -> str:
    body = "".join(f'<a:p><a:pPr lvl="{lvl}"/><a:r><a:rPr lang="en-US"/><a:t>{escape(t)}</a:t></a:r></a:p>'
                   for lvl, t in paras) or "<a:p/>"
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="{n}" name="Shape {n}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
            f'<p:nvPr>{ph}</p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>{body}</p:txBody></p:sp>')


def _frame(inner: str, uri: str) -> str:
    return ('<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="3" name="Frame 3"/><p:cNvGraphicFramePr/><p:nvPr/>'
            '</p:nvGraphicFramePr><p:xfrm><a:off x="457200" y="1600200"/><a:ext cx="8229600" cy="4525963"/></p:xfrm>'
            f'<a:graphic><a:graphicData uri="{uri}">{inner}</a:graphicData></a:graphic></p:graphicFrame>')


def _table(t: dict) -> str:
    rows = [t["columns"], *t["rows"]]
    grid = "".join('<a:gridCol w="2743200"/>' for _ in t["columns"])
    trs = "".join('<a:tr h="370840">' + "".join(
        f'<a:tc><a:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-US"/><a:t>{escape(c)}</a:t></a:r></a:p>'
        '</a:txBody><a:tcPr/></a:tc>' for c in row) + "</a:tr>" for row in rows)
    return _frame(f'<a:tbl><a:tblPr firstRow="1" bandRow="1"/><a:tblGrid>{grid}</a:tblGrid>{trs}</a:tbl>',
                  "http://schemas.openxmlformats.org/drawingml/2006/table")


def _slide(shapes: str) -> str:
    return (f'{HEAD}<p:sld {P}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/>'
            f'</p:nvGrpSpPr><p:grpSpPr/>{shapes}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>'
            '</p:sld>')


def _rels(items: list[tuple[str, str]]) -> str:
    return (f'{HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="rId{i}" Type="{RT}{t}" Target="{target}"/>'
                      for i, (t, target) in enumerate(items, 1)) + "</Relationships>")


def pptx_bytes(meta: dict, sections: list) -> bytes:
    """Return the deck as PPTX bytes: python-pptx prepares the package (default template, notes master)
    and writes each chart's XML and workbook; slides and notes pages are added as parts, in linear time
    (python-pptx's own add_slide and notes_slide search every relationship each time: quadratic)."""
    import io
    import zipfile

    from pptx import Presentation
    from pptx.chart.data import CategoryChartData
    from pptx.chart.xmlwriter import ChartXmlWriter
    from pptx.enum.chart import XL_CHART_TYPE

    prs = Presentation()
    prs.notes_master  # noqa: B018 - made on first use
    base = io.BytesIO()
    prs.save(base)
    src = zipfile.ZipFile(base)
    parts = {name: src.read(name) for name in src.namelist()}
    slides = [(0, [(0, meta["title"])], [(0, meta.get("subtitle", ""))], None)]
    for name, items in sections:
        slides.append((2, [(0, name)], [], None))
        slides += [(1, [(0, s["title"])], list(_bullets(s.get("bullets", []))), s) for s in items]
    overrides, sld_ids, pres_rels = [], [], []
    charts = 0
    for i, (layout, title, body, src_slide) in enumerate(slides, 1):
        rels = [("slideLayout", f"../slideLayouts/slideLayout{layout + 1}.xml")]
        shapes = _sp(2, '<p:ph type="ctrTitle"/>' if layout == 0 else '<p:ph type="title"/>', title)
        extra = ""
        if src_slide and "table" in src_slide:
            extra = _table(src_slide["table"])
        elif src_slide and "chart" in src_slide:
            c = src_slide["chart"]
            data = CategoryChartData()
            data.categories = c["categories"]
            for series in c["series"]:
                data.add_series(series["name"], series["values"])
            charts += 1
            xml = ChartXmlWriter(XL_CHART_TYPE.COLUMN_CLUSTERED, data).xml
            xml = xml.replace("</c:chartSpace>", '<c:externalData r:id="rId1"><c:autoUpdate val="0"/>'
                              '</c:externalData></c:chartSpace>')
            parts[f"ppt/charts/chart{charts}.xml"] = xml.encode()
            parts[f"ppt/embeddings/Microsoft_Excel_Sheet{charts}.xlsx"] = data.xlsx_blob
            parts[f"ppt/charts/_rels/chart{charts}.xml.rels"] = _rels(
                [("package", f"../embeddings/Microsoft_Excel_Sheet{charts}.xlsx")]).encode()
            overrides.append((f"/ppt/charts/chart{charts}.xml", CT + "drawingml.chart+xml"))
            rels.append(("chart", f"../charts/chart{charts}.xml"))
            extra = _frame(f'<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
                           f'r:id="rId{len(rels)}"/>', "http://schemas.openxmlformats.org/drawingml/2006/chart")
        if not extra:
            shapes += _sp(3, '<p:ph type="subTitle" idx="1"/>' if layout == 0 else '<p:ph idx="1"/>', body)
        notes = (src_slide or {}).get("notes")
        if notes:
            rels.append(("notesSlide", f"../notesSlides/notesSlide{i}.xml"))
            parts[f"ppt/notesSlides/notesSlide{i}.xml"] = (
                f'{HEAD}<p:notes {P}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/>'
                f'</p:nvGrpSpPr><p:grpSpPr/>{_sp(2, IMAGE_PH, [])}{_sp(3, NOTES_PH, [(0, notes)])}</p:spTree></p:cSld>'
                '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>').encode()
            parts[f"ppt/notesSlides/_rels/notesSlide{i}.xml.rels"] = _rels(
                [("notesMaster", "../notesMasters/notesMaster1.xml"), ("slide", f"../slides/slide{i}.xml")]).encode()
            overrides.append((f"/ppt/notesSlides/notesSlide{i}.xml", CT + "presentationml.notesSlide+xml"))
        parts[f"ppt/slides/slide{i}.xml"] = _slide(shapes + extra).encode()
        parts[f"ppt/slides/_rels/slide{i}.xml.rels"] = _rels(rels).encode()
        overrides.append((f"/ppt/slides/slide{i}.xml", CT + "presentationml.slide+xml"))
        sld_ids.append(f'<p:sldId id="{255 + i}" r:id="rId{100 + i}"/>')
        pres_rels.append(f'<Relationship Id="rId{100 + i}" Type="{RT}slide" Target="slides/slide{i}.xml"/>')
    pres = parts["ppt/presentation.xml"].decode()
    pres = re.sub(r'<p:sldSz [^>]*/>', '<p:sldSz cx="9144000" cy="5143500"/>', pres)
    rels = parts["ppt/_rels/presentation.xml.rels"].decode()
    notes_rid = re.search(r'Id="(rId\d+)" Type="[^"]*/notesMaster"', rels).group(1)
    at = pres.index("</p:sldMasterIdLst>") + len("</p:sldMasterIdLst>")
    parts["ppt/presentation.xml"] = (pres[:at] + f'<p:notesMasterIdLst><p:notesMasterId r:id="{notes_rid}"/>'
                                     "</p:notesMasterIdLst><p:sldIdLst>" + "".join(sld_ids) + "</p:sldIdLst>"
                                     + pres[at:]).encode()
    parts["ppt/_rels/presentation.xml.rels"] = rels.replace("</Relationships>", "".join(pres_rels) + "</Relationships>").encode()
    ct = parts["[Content_Types].xml"].decode()
    extra = '<Default Extension="xlsx" ContentType="' + CT + 'spreadsheetml.sheet"/>' if "xlsx" not in ct else ""
    extra += "".join(f'<Override PartName="{n}" ContentType="{t}"/>' for n, t in overrides)
    parts["[Content_Types].xml"] = ct.replace("</Types>", extra + "</Types>").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return out.getvalue()


def pdf_bytes(meta: dict, sections: list) -> bytes:
    """Return the two-up notes handout as PDF bytes, written with reportlab's canvas."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(TTFont("Sans", str(FONTS / "LiberationSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("Sans-Bold", str(FONTS / "LiberationSans-Bold.ttf")))
    out = io.BytesIO()
    c = Canvas(out, pagesize=A4, pageCompression=1, invariant=1)
    c.setTitle(meta["title"])
    width, height = A4
    margin = 51
    mini_w = (width - 2 * margin) * 0.52
    mini_h = mini_w * 9 / 16
    scale = mini_w / 960
    slots = [height - margin, height / 2]
    flat = [{"title": meta["title"], "bullets": [meta.get("subtitle", "")]}]
    for name, slides in sections:
        flat.append({"title": name})
        flat += slides
    for number, slide in enumerate(flat, 1):
        top = slots[(number - 1) % 2]
        key = f"s{number}"
        c.bookmarkPage(key)
        c.addOutlineEntry(f"{number}. {slide['title']}", key, level=0)
        c.setStrokeColorRGB(0.6, 0.6, 0.6)
        c.rect(margin, top - mini_h, mini_w, mini_h)
        t = c.beginText(margin + 40 * scale, top - 60 * scale)
        t.setFont("Sans-Bold", 36 * scale)
        t.setFillColorRGB(0.1, 0.2, 0.4)
        for line in wrap(slide["title"], 48):
            t.textLine(line)
        t.setFont("Sans", 22 * scale, 30 * scale)
        t.setFillColorRGB(0.1, 0.1, 0.1)
        for level, text in _bullets(slide.get("bullets", [])):
            for k, line in enumerate(wrap(text, 70 - 6 * level)):
                t.textLine(("  " * level) + ("• " if k == 0 else "  ") + line)
        if "table" in slide:
            for row in [slide["table"]["columns"], *slide["table"]["rows"]]:
                t.textLine("   ".join(row))
        c.drawText(t)
        t = c.beginText(margin + mini_w + 16, top - 12)
        t.setFont("Sans-Bold", 10)
        t.textLine(f"Slide {number}")
        t.setFont("Sans", 9, 12)
        for line in wrap(slide.get("notes", ""), 38):
            t.textLine(line)
        c.drawText(t)
        if number % 2 == 0:
            c.showPage()
    c.save()
    return out.getvalue()


def build(folder: Path, out_dir: Path) -> None:
    """Write DECK.pptx and DECK-handout.pdf of the deck *folder* into *out_dir*, the deck in a forked child."""
    gc.disable()
    meta, sections = read_deck(folder)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        data = pptx_bytes(meta, sections)
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(data)
        os._exit(0)
    os.close(write_end)
    pdf = pdf_bytes(meta, sections)
    with os.fdopen(read_end, "rb") as pipe:
        pptx = pipe.read()
    _, status = os.waitpid(pid, 0)
    if status != 0 or not pptx:
        raise SystemExit("the PPTX child failed")
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / f"{folder.name}.pptx").write_bytes(pptx)
    (out_dir / f"{folder.name}-handout.pdf").write_bytes(pdf)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__.splitlines()[2].strip())
    build(Path(sys.argv[1]), Path(sys.argv[2]))
    os._exit(0)  # as a build tool would: no teardown of what the process made
