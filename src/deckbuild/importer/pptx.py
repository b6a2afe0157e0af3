"""Reading an existing deck (.pptx) into outlines: slides stay slides, nothing is summarized.

Section-header slides open sections; every other slide keeps its title, its bullets with their
levels, its notes, its tables (``table:``), its native charts (``chart:`` with their data) and its
pictures (copied to ``assets/images/<deck>/`` with their alt text). What cannot be represented
(grouped shapes, SmartArt, media, a second picture) becomes a TODO in the slide's notes, naming it.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import yaml

from deckbuild.diagnostics import Diagnostics, Pos
from deckbuild.importer import draft
from deckbuild.importer.text import clean_chars, escape
from deckbuild.records import field, record

SKIP_NAMES = re.compile(r"^(Sources|Label|Footer|Slide Number|Date|Accent|Band|Column rule|Quote bar)\b", re.I)
"""Shapes deckbuild itself draws around the content (citations, labels, rules): not content."""
MONO = re.compile(r"mono|courier|consol|menlo|code", re.I)
CHART_TYPES = (("PIE", "pie"), ("DOUGHNUT", "pie"), ("BAR_", "bar"), ("COLUMN", "column"), ("LINE", "line"))
CITATION = re.compile(r"(\s\[\d{1,3}\])+$")
"""Citation markers deckbuild adds after a bullet that cites a source."""
SOURCES_LINE = re.compile(r"^Sources?: \[\d+\].*$", re.M)


@record
class DeckDraft:
    """What an imported deck becomes: YAML files by name, pictures by path, and lines for the report."""

    files: dict[str, str] = field(default_factory=dict)
    pictures: dict[str, bytes] = field(default_factory=dict)  # path under the project root → bytes
    report: list[str] = field(default_factory=list)
    title: str | None = None


def read_pptx(path: Path, display: str, sid: str, deck: str, diags: Diagnostics) -> DeckDraft | None:
    """Return the outlines drafted from the deck at *path*, or None after reporting why it cannot be read."""
    from pptx import Presentation
    from pptx.exc import PackageNotFoundError

    from deckbuild.importer.docx import _Budget, _check_parts

    where = Pos(display, 1, 1)
    try:
        data = path.read_bytes()
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_parts(archive)
        prs = Presentation(io.BytesIO(data))
    except _Budget as exc:
        diags.error(where, f"the deck is too large to read safely: {exc.message}",
                    "open it in PowerPoint or LibreOffice and save it again")
        return None
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, OSError, AttributeError) as exc:
        diags.error(where, f"the file is not a readable PowerPoint deck ({type(exc).__name__})",
                    "open it in PowerPoint or LibreOffice and save it as .pptx")
        return None
    out = DeckDraft()
    sections: list[dict] = []
    deck_info: dict = {}
    for number, slide in enumerate(prs.slides, 1):
        kind = _kind(slide, number)
        title = _title(slide)
        if kind == "title" and not deck_info:
            deck_info = {"title": title, "subtitle": _subtitle(slide)}
            continue
        if kind == "section":
            section = {"section": title or f"TODO: section title (slide {number} has none)"}
            summary = _other_text(slide)
            if summary:
                section["summary"] = summary
            section["slides"] = []
            sections.append(section)
            continue
        if not sections:
            sections.append({"section": deck_info.get("title") or "Slides", "slides": []})
        sections[-1]["slides"].append(_slide(slide, number, title, deck, out))
    out.title = deck_info.get("title")
    width = max(2, len(str(len(sections))))
    for n, section in enumerate(sections, 1):
        section["sources"] = [sid]
        if not section["slides"]:
            del section["slides"]
        name = f"{n:0{width}d}-{draft.slug(section['section'])}.yaml"
        out.files[name] = (f"# drafted by `deckbuild import` from {display}: one slide per slide of the deck\n"
                           + _dump(section))
    info = {"title": deck_info.get("title") or "TODO: deck title"}
    if deck_info.get("subtitle"):
        info["subtitle"] = deck_info["subtitle"]
    props = prs.core_properties
    if props.author:
        info["author"] = clean_chars(props.author)
    source = {"title": clean_chars(props.title or "") or info["title"]}
    if props.author:
        source["author"] = clean_chars(props.author)
    info["sources"] = {sid: source}
    out.files["deck.yaml"] = f"# drafted by `deckbuild import` from {display}\n" + _dump(info)
    out.report.append(f"{sum(len(s.get('slides', [])) for s in sections)} slides in {len(sections)} sections "
                      f"from {display}; {len(out.pictures)} pictures copied")
    return out


def _dump(value: dict) -> str:
    return yaml.safe_dump(value, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)


def _kind(slide, number: int) -> str:
    name = slide.slide_layout.name.lower()
    types = {_ph_type(s) for s in slide.placeholders}
    if "section" in name:
        return "section"
    if "title slide" in name or "CENTER_TITLE" in types and number == 1:
        return "title"
    return "content"


def _ph_type(shape) -> str:
    try:
        return shape.placeholder_format.type.name if shape.is_placeholder else ""
    except (ValueError, AttributeError):
        return ""


def _title(slide) -> str | None:
    shape = slide.shapes.title
    if shape is None or not shape.has_text_frame:
        return None
    return clean_chars(" ".join(_inline(p, styled=True) for p in shape.text_frame.paragraphs)) or None


def _subtitle(slide) -> str | None:
    for shape in slide.placeholders:
        if _ph_type(shape) == "SUBTITLE" and shape.has_text_frame:
            return clean_chars(shape.text_frame.text) or None
    return None


def _other_text(slide) -> str | None:
    parts = []
    for shape in slide.shapes:
        if shape == slide.shapes.title or not shape.has_text_frame or _skipped(shape):
            continue
        text = clean_chars(shape.text_frame.text)
        if text:
            parts.append(text)
    return " ".join(parts) or None


def _skipped(shape) -> bool:
    return bool(SKIP_NAMES.match(shape.name or "")) or _ph_type(shape) in ("FOOTER", "SLIDE_NUMBER", "DATE")


def _slide(slide, number: int, title: str | None, deck: str, out: DeckDraft) -> dict:
    """Return one slide of the outline, with TODOs for whatever it holds that an outline cannot."""
    entry: dict = {"title": title or f"TODO: title (slide {number} has none)"}
    todos: list[str] = []
    columns: list[dict] = []
    column_title: str | None = None
    bullets: list = []
    for shape in slide.shapes:
        if shape == slide.shapes.title or _skipped(shape):
            continue
        name = shape.name or ""
        if getattr(shape, "has_table", False) and shape.has_table:
            _table(shape.table, entry, number, todos)
        elif getattr(shape, "has_chart", False) and shape.has_chart:
            _chart(shape.chart, entry, number, todos)
        elif shape.shape_type is not None and shape.shape_type.name == "PICTURE":
            _picture(shape, entry, number, deck, out, todos)
        elif shape.has_text_frame:
            text = clean_chars(shape.text_frame.text)
            if not text:
                continue
            if name.startswith("Column-Title"):
                column_title = text
            elif name.startswith("Caption") and "image" in entry:
                entry["image"]["caption"] = text
            elif name.startswith("Quote"):
                lines = [clean_chars(p.text) for p in shape.text_frame.paragraphs if clean_chars(p.text)]
                by = lines[-1].lstrip("—– ").strip() if len(lines) > 1 and lines[-1].startswith(("—", "–")) else None
                entry["quote"] = {"text": " ".join(lines[:-1] if by else lines).strip("“”\"")}
                if by:
                    entry["quote"]["by"] = by
            elif name.startswith("Statement"):
                entry["statement"] = text
            elif _monospace(shape.text_frame):
                lines = [p.text.rstrip() for p in shape.text_frame.paragraphs]
                if all(re.fullmatch(r"\d{1,5}", ln) for ln in lines if ln):
                    entry.setdefault("code", {})["line_numbers"] = True  # a listing's line-number column
                else:
                    entry.setdefault("code", {}).update({"lang": "text", "text": "\n".join(lines).strip("\n")})
                    todos.append(f"slide {number}: the listing's language is not known; set code.lang")
            else:
                found = _bullets(shape.text_frame)
                if column_title is not None or name.startswith("Content") and columns:
                    columns.append({"title": column_title, "bullets": found} if column_title else {"bullets": found})
                    column_title = None
                elif _ph_type(shape) in ("OBJECT", "BODY", "") :
                    if bullets and found and _ph_type(shape) == "OBJECT":
                        columns += [{"bullets": bullets}, {"bullets": found}]
                        bullets = []
                    else:
                        bullets += found
        else:
            kind = shape.shape_type.name.lower().replace("_", " ") if shape.shape_type is not None else "shape"
            if kind not in ("auto shape", "line", "connector", "freeform"):
                todos.append(f"slide {number}: a {kind} ('{name}') could not be imported; redraw it or leave it out")
    if "code" in entry and "text" not in entry["code"]:
        del entry["code"]
    elif "code" in entry:
        entry["code"] = {"lang": entry["code"]["lang"], "text": entry["code"]["text"],
                         **({"line_numbers": True} if entry["code"].get("line_numbers") else {})}
    if len(columns) >= 2:
        entry["columns"] = columns[:3]
        if len(columns) > 3:
            todos.append(f"slide {number} has {len(columns)} columns; only the first three were kept")
    elif columns:
        bullets = columns[0]["bullets"] + bullets
    if bullets:
        entry["bullets"] = bullets
    notes = _notes(slide)
    if todos:
        notes = "\n".join([*(f"TODO: {t}" for t in todos), *([notes] if notes else [])])
    if notes:
        entry["notes"] = notes
    return entry


def _monospace(frame) -> bool:
    """Return True when every run of a text frame is set in a monospaced font (a code listing)."""
    runs = [r for p in frame.paragraphs for r in p.runs if r.text.strip()]
    return bool(runs) and all(r.font.name and MONO.search(r.font.name) for r in runs)


def _bullets(frame) -> list:
    """Return the paragraphs of a text frame as nested bullets (a plain string when it has no children)."""
    root: list = []
    stack: list[tuple[int, list]] = [(-1, root)]
    for para in frame.paragraphs:
        text = _inline(para)
        if not text:
            continue
        level = min(para.level, 3)
        while stack[-1][0] >= level:
            stack.pop()
        parent = stack[-1][1]
        node = {"text": text, "bullets": []}
        parent.append(node)
        stack.append((level, node["bullets"]))
    return [_simplify(n) for n in root]


def _simplify(node: dict):
    if not node["bullets"]:
        return node["text"]
    return {"text": node["text"], "bullets": [_simplify(n) for n in node["bullets"]]}


def _inline(para, styled: bool = False) -> str:
    """Return a paragraph as deckbuild inline markup: bold, italic, code and links from its runs.

    With *styled* (titles, table cells), a weight or slant that every run shares is the style's, not markup.
    """
    parts = []
    runs = [r for r in para.runs if r.text.strip()]
    all_bold = styled and bool(runs) and all(r.font.bold for r in runs)
    all_italic = styled and bool(runs) and all(r.font.italic for r in runs)
    for run in para.runs:
        text = run.text
        if not text:
            continue
        body = escape(text.strip())
        if body:
            font = run.font
            if font.name and MONO.search(font.name):
                body = f"`{text.strip()}`" if "`" not in text else body
            elif font.bold and not all_bold:
                body = f"**{body}**"
            elif font.italic and not all_italic:
                body = f"*{body}*"
            address = run.hyperlink.address if run.hyperlink is not None else None
            if address and address.startswith(("http://", "https://")):
                body = f"[{body}]({address})"
        lead = " " if text[:1].isspace() else ""
        tail = " " if text[-1:].isspace() else ""
        parts.append(f"{lead}{body}{tail}")
    return CITATION.sub("", clean_chars("".join(parts)))


def _table(table, entry: dict, number: int, todos: list[str]) -> None:
    rows = [[clean_chars(" ".join(_inline(p, styled=True) for p in cell.text_frame.paragraphs)) for cell in row.cells]
            for row in table.rows]
    if "table" in entry or len(rows) < 1:
        todos.append(f"slide {number}: a second table could not be imported")
        return
    entry["table"] = {"columns": rows[0], "rows": rows[1:]}


def _chart(chart, entry: dict, number: int, todos: list[str]) -> None:
    name = chart.chart_type.name if chart.chart_type is not None else ""
    kind = next((k for prefix, k in CHART_TYPES if name.startswith(prefix)), None)
    if kind is None or "chart" in entry:
        todos.append(f"slide {number}: a {name.lower().replace('_', ' ') or 'chart'} chart could not be imported")
        return
    plot = chart.plots[0]
    categories = [str(c) for c in plot.categories]
    series = [{"name": str(s.name) if s.name else f"Series {i}",
               "values": [0 if v is None else (int(v) if float(v).is_integer() else float(v)) for v in s.values]}
              for i, s in enumerate(plot.series, 1)]
    if kind == "bar":  # PowerPoint draws the first category at the bottom; outlines list it at the top
        categories = categories[::-1]
        for one in series:
            one["values"] = one["values"][::-1]
    entry["chart"] = {"type": kind, "categories": categories, "series": series}


def _picture(shape, entry: dict, number: int, deck: str, out: DeckDraft, todos: list[str]) -> None:
    try:
        image = shape.image
    except (ValueError, KeyError, AttributeError):
        todos.append(f"slide {number}: a picture ('{shape.name}') is linked, not embedded; add it by hand")
        return
    if "image" in entry:
        todos.append(f"slide {number}: a second picture ('{shape.name}') could not be placed; an outline slide "
                     "holds one")
        return
    ext = {"jpeg": "jpg"}.get(image.ext, image.ext)
    if ext not in ("png", "jpg", "gif"):
        todos.append(f"slide {number}: a picture in .{ext} format could not be used; convert it to PNG")
        return
    rel = f"assets/images/{deck}/slide-{number:03d}.{ext}"
    out.pictures[rel] = image.blob
    alt = shape._element.xpath("./p:nvPicPr/p:cNvPr/@descr")
    entry["image"] = {"path": f"../../{rel}", "alt": clean_chars(alt[0]) if alt and alt[0].strip() else
                      f"TODO: describe the picture on slide {number}"}


def _notes(slide) -> str | None:
    if not slide.has_notes_slide:
        return None
    frame = slide.notes_slide.notes_text_frame
    text = "\n".join(_inline(p) if p.runs else "" for p in frame.paragraphs) if frame is not None else ""
    text = SOURCES_LINE.sub("", text).strip()
    return text or None
