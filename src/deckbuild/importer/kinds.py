"""The technical core of a document as slides of their own kind: ``code:``, ``table:`` and ``image:``.

Code listings keep their text and language; a table that fits on a slide becomes ``table:``, a
larger one a summary with a TODO; a figure with a caption becomes ``image:`` with its picture
copied into the project's assets when it is a local file, and a TODO naming it when it is not.
"""

from __future__ import annotations

import re
from pathlib import Path

from deckbuild.importer.blocks import CODE, FIGURE, TABLE, Block, Document
from deckbuild.importer.text import clean_chars, escape, flat
from deckbuild.records import record

MAX_CODE_LINES = 60
"""A listing longer than this is cut there, with a TODO (a slide shows some 20-30 lines legibly)."""
MAX_TABLE_ROWS, MAX_TABLE_COLUMNS, MAX_CELL = 10, 6, 80
"""A table within these limits (body rows, columns, characters in a cell) fits on one slide."""
MAX_PICTURE_BYTES = 40 * 1024 * 1024
"""A local picture larger than this is not copied (a TODO names it)."""
LANG_ALIASES = {"sh": "bash", "shell": "bash", "zsh": "bash", "console": "console", "shell-session": "console",
                "js": "javascript", "ts": "typescript", "py": "python", "rs": "rust", "yml": "yaml",
                "c++": "cpp", "h": "c", "plaintext": "text", "plain": "text", "txt": "text", "none": "text",
                "nohighlight": "text", "ignore": "text", "no_run": "text", "output": "text"}
_LANG_CLASS = re.compile(r"(?:^|\s)(?:language|lang|highlight|sourceCode|brush:?)-?\s*([A-Za-z0-9_+#.-]+)")
_FILENAME = re.compile(r"(?:file ?name|file|listing \d[\d-]*)\s*:\s*\S*?([\w.-]+\.[A-Za-z0-9]{1,5})\b", re.I)


@record
class Special:
    """A slide of another kind than bullets: the YAML mapping of its kind, TODOs, and a picture to copy."""

    title: str
    content: dict  # {"code": {...}} | {"table": {...}} | {"image": {...}} | {"bullets": [...]}
    todos: list[str]
    line: int
    end: int
    picture: tuple[bytes, str] | None = None  # the picture to copy into assets, and its extension
    caption: str = ""  # a figure's caption (its slide's title)


def lexer_alias(name: str | None) -> str | None:
    """Return the Pygments lexer alias for a language name or class ("language-rust" → "rust"), or None."""
    if not name:
        return None
    m = _LANG_CLASS.search(name)
    lang = (m.group(1) if m else name).strip().lower().split(",")[0]
    lang = LANG_ALIASES.get(lang, lang)
    return lang if lang in _aliases() else None


def lexer_for_filename(text: str) -> str | None:
    """Return the lexer alias that a caption such as "Filename: src/main.rs" implies, or None."""
    m = _FILENAME.search(flat(text))
    if not m:
        return None
    from pygments.lexers import get_lexer_for_filename
    from pygments.util import ClassNotFound

    try:
        lexer = get_lexer_for_filename(m.group(1))
    except ClassNotFound:
        return None
    return lexer.aliases[0] if lexer.aliases else None


_ALIASES: set[str] | None = None


def _aliases() -> set[str]:
    global _ALIASES
    if _ALIASES is None:
        from pygments.lexers import get_all_lexers

        _ALIASES = {alias for _name, aliases, _files, _mimes in get_all_lexers() for alias in aliases}
    return _ALIASES


def special_slide(block: Block, title: str, doc: Document) -> Special:
    """Return the slide that a code listing, table or figure of *doc* becomes."""
    where = doc.where(block.line, block.end)
    data = block.data or {}
    if block.kind == CODE:
        return _code(data, title, where, block)
    if block.kind == TABLE:
        return _table(data, title, where, block)
    assert block.kind == FIGURE
    slide = _figure(data, title, where, block, doc)
    slide.caption = escape(data.get("caption") or "")
    return slide


def _code(data: dict, title: str, where: str, block: Block) -> Special:
    lines = [_keep_indent(line.expandtabs(4)) for line in data.get("text", "").split("\n")]
    while lines and not lines[-1].strip():
        lines.pop()
    while lines and not lines[0].strip():
        lines.pop(0)
    todos = []
    if len(lines) > MAX_CODE_LINES:
        todos.append(f"the listing at {where} has {len(lines)} lines; only the first {MAX_CODE_LINES} are here: "
                     "show the part that matters")
        lines = lines[:MAX_CODE_LINES]
    lang = data.get("lang") or "text"
    if lang == "text" and data.get("named"):
        todos.append(f"the listing at {where} names its language '{data['named']}', which deckbuild does not "
                     "know: set lang: to a Pygments lexer name")
    elif lang == "text" and data.get("unnamed"):
        todos.append(f"the document does not say which language the listing at {where} is in: set lang: to a "
                     "Pygments lexer name (python, rust, c …), or leave text")
    return Special(title, {"code": {"lang": lang, "text": "\n".join(lines)}}, todos, block.line, block.end)


def _keep_indent(line: str) -> str:
    """Return a code line without control characters or trailing space, its indentation kept."""
    body = re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff\ufeff]", "", line)
    return body.replace("\u2028", " ").replace("\u2029", " ").rstrip()  # (YAML reads these as line breaks)


def _table(data: dict, title: str, where: str, block: Block) -> Special:
    rows = [[escape(clean_chars(c)) for c in row] for row in data.get("rows", []) if any(c.strip() for c in row)]
    width = max((len(r) for r in rows), default=0)
    rows = [r + [""] * (width - len(r)) for r in rows]
    caption = data.get("caption")
    name = f"'{caption}'" if caption else f"at {where}"
    if not rows or width == 0:
        return Special(title, {"bullets": [f"TODO: the table {name} is empty in the source; remove this slide"]},
                       [], block.line, block.end)
    head, body = (rows[0], rows[1:]) if data.get("head", True) or len(rows) > 1 else ([""] * width, rows)
    if len(body) <= MAX_TABLE_ROWS and width <= MAX_TABLE_COLUMNS and \
            all(len(flat(c)) <= MAX_CELL for r in rows for c in r) and body:
        return Special(title, {"table": {"columns": [h or f"Column {i}" for i, h in enumerate(head, 1)],
                                         "rows": body}}, [], block.line, block.end)
    columns = ", ".join(flat(h) for h in head if h.strip())[:200]
    points = [f"A table of {len(body)} rows and {width} columns" + (f": {columns}" if columns else "")]
    todo = (f"the table {name} ({len(body)} rows, {width} columns) does not fit on one slide: summarise what "
            f"it shows in two or three bullets, or split it into tables of at most {MAX_TABLE_ROWS} rows")
    return Special(title, {"bullets": points}, [todo], block.line, block.end)


def _figure(data: dict, title: str, where: str, block: Block, doc: Document) -> Special:
    caption = data.get("caption") or ""
    alt = data.get("alt") or caption
    src = (data.get("src") or "").strip()
    shown = caption or alt or "a figure"
    if data.get("blob") is not None:  # a picture inside the document (.docx)
        return Special(title, {"image": {"alt": escape(alt), "caption": escape(caption)}}, [], block.line,
                       block.end, picture=(data["blob"], data.get("ext", "png")))
    if not src or re.match(r"^(https?:|//|data:|ftp:)", src, re.I):
        what = "is embedded in the page" if src.startswith("data:") else f"is on the web ({src})" if src else \
            "has no picture file"
        return Special(title, {"bullets": [escape(shown)]},
                       [f"the figure at {where} {what}: save the picture into assets/images/, then make this an "
                        "image: slide with its path"], block.line, block.end)
    path, problem = local_picture(doc, src)
    if path is None:
        return Special(title, {"bullets": [escape(shown)]},
                       [f"the figure at {where} ({src}) {problem}: add the picture by hand as an image: slide"],
                       block.line, block.end)
    try:
        blob = path.read_bytes()
    except OSError as exc:
        return Special(title, {"bullets": [escape(shown)]},
                       [f"the figure at {where} ({src}) cannot be read ({exc.strerror or exc}): add it by hand"],
                       block.line, block.end)
    ext = {"jpeg": "jpg"}.get(path.suffix.lower().lstrip("."), path.suffix.lower().lstrip(".")) or "png"
    return Special(title, {"image": {"alt": escape(alt), "caption": escape(caption)}}, [], block.line, block.end,
                   picture=(blob, ext))


def local_picture(doc: Document, src: str) -> tuple[Path | None, str]:
    """Return the picture file *src* names beside *doc* (inside its folder), or None and why not."""
    from urllib.parse import unquote

    from deckbuild.images import IMAGE_FORMATS

    rel = unquote(src.split("#", 1)[0].split("?", 1)[0]).removeprefix("file://")
    base = doc.path.resolve().parent
    try:
        path = (base / rel).resolve()
    except (OSError, RuntimeError, ValueError):
        return None, "cannot be found"
    if not path.is_relative_to(base):
        return None, "is outside the document's folder, which deckbuild does not read"
    if not path.is_file():
        return None, "cannot be found"
    if path.suffix.lower() == ".svg":
        return None, "is an SVG drawing, which deckbuild cannot show yet (export it as PNG)"
    if path.stat().st_size > MAX_PICTURE_BYTES:
        return None, f"is larger than {MAX_PICTURE_BYTES // (1024 * 1024)} MB"
    try:
        from PIL import Image

        with Image.open(path) as image:
            fmt = image.format
    except (OSError, ValueError, SyntaxError):
        return None, "is not a picture deckbuild can read"
    if fmt not in IMAGE_FORMATS:
        return None, f"is a {fmt} picture, which deckbuild does not read (use PNG or JPEG)"
    return path, ""
