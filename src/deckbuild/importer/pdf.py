"""Reading PDF documents (the ``import`` extra): headings, paragraphs and list items.

The characters, with their size and weight, come from PDFium through pypdfium2 (which pdfplumber
itself depends on): pdfplumber's own character objects cost about 0.3 s a page here, PDFium's
about 0.04 s, and 200 pages must import in seconds.

A PDF holds positioned words, not paragraphs. Words are grouped into lines, lines into blocks:
a line set larger than the body text (or bold and alone) is a heading, its level from its size;
lines that repeat at the top or bottom of most pages are running headers and footers; a page
whose lines fall into two columns is read column by column; a word hyphenated at a line end is
joined. Pictures and ruled tables are noted with their page. Positions count pages.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from deckbuild.diagnostics import Diagnostics, Pos
from deckbuild.importer.blocks import Document
from deckbuild.importer.pdf_blocks import Line, drop_running, lines_to_blocks
from deckbuild.importer.text import clean_chars

MAX_CHARS = 200_000
"""Characters read from one page at most (a page of dense text holds about 5,000)."""
MAX_PAGES = 2000
"""Documents with more pages are refused (use --pages to import a part)."""
EXTRA_HINT = "install the import extra: pip install 'deckbuild[import]'"
MARGIN = 0.09
"""Lines within this share of the page height from its top or bottom may be running headers/footers."""
BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.I)


def parse_pages(spec: str | None) -> tuple[int, int | None] | None:
    """Return (first, last) pages from ``3-12``, ``5`` or ``7-`` (None when *spec* is None); raise ValueError."""
    if spec is None:
        return None
    m = re.fullmatch(r"\s*(\d{1,5})\s*(?:(-)\s*(\d{1,5})?)?\s*", spec)
    if not m:
        raise ValueError(f"'{spec}' is not a page range")
    first = int(m.group(1))
    last = int(m.group(3)) if m.group(3) else (None if m.group(2) else first)
    if first < 1 or (last is not None and last < first):
        raise ValueError(f"'{spec}' is not a page range")
    return first, last


def read_pdf(path: Path, doc: Document, diags: Diagnostics, pages: tuple[int, int | None] | None = None) -> bool:
    """Add the text of the PDF at *path* to *doc*; return False after reporting why it cannot be read."""
    where = Pos(doc.display, 1, 1)
    doc.unit = "page"
    try:
        import pypdfium2 as pdfium
    except ImportError:
        diags.error(where, "reading PDF documents needs pypdfium2, which is not installed", EXTRA_HINT)
        return False
    try:
        pdf = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, OSError, ValueError) as exc:
        diags.error(where, f"the file is not a readable PDF ({exc})",
                    "open it in a PDF viewer and save or print it to a new PDF")
        return False
    try:
        count = len(pdf)
        first, last = pages or (1, None)
        last = count if last is None else last
        if first > count or last > count:
            diags.error(where, f"--pages {first}-{last} is past the end: the document has {count} pages",
                        f"choose pages between 1 and {count}")
            return False
        if last - first + 1 > MAX_PAGES:
            diags.error(where, f"the document has {count:,} pages (the limit is {MAX_PAGES:,} at once)",
                        "import a part of it with --pages, for example --pages 1-200")
            return False
        try:
            _metadata(pdf.get_metadata_dict(), doc)
        except (pdfium.PdfiumError, ValueError, UnicodeDecodeError):
            pass
        lines = []
        for number in range(first, last + 1):
            try:
                page = pdf[number - 1]
            except (pdfium.PdfiumError, ValueError) as exc:
                diags.warning(Pos(doc.display, number, 1), f"page {number} cannot be read ({exc}); it is left out",
                              "open the PDF in a viewer and print it to a new PDF")
                lines.append([])
                continue
            lines.append(_page_lines(page, number, doc))
            page.close()
    finally:
        pdf.close()
    lines = drop_running(lines, doc)
    lines_to_blocks([line for page in lines for line in page], doc)
    return True


def _metadata(info: dict, doc: Document) -> None:
    def text(key: str) -> str | None:
        value = clean_chars(str(info.get(key) or ""))
        return value or None

    doc.title = text("Title")
    doc.author = text("Author")
    m = re.match(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?", text("CreationDate") or "")
    if m and m.group(1) not in ("1970", "2000", "0000"):  # tools that hide the date write a fixed one
        doc.date = "-".join(g for g in m.groups() if g)
    doc.publisher = text("Publisher") or text("Company")
    url = text("URL") or text("URI")
    doc.url = url if url and url.startswith(("http://", "https://")) else None


def _words(page) -> list[dict]:
    """Return the words of a page: text, box (top-down coordinates), size as set and boldness."""
    import ctypes

    import pypdfium2.raw as raw

    height = page.get_height()
    textpage = page.get_textpage()
    tp = textpage.raw
    words: list[dict] = []
    current: dict | None = None
    matrix = raw.FS_MATRIX()
    rect = raw.FS_RECTF()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    name = ctypes.create_string_buffer(96)
    flags = ctypes.c_int()
    count = min(raw.FPDFText_CountChars(tp), MAX_CHARS)
    text = textpage.get_text_range(0, count) if count else ""  # one call for every character's code
    if len(text) != count:  # the text range folds some characters: fall back to one code at a time
        text = "".join(chr(raw.FPDFText_GetUnicode(tp, i) or 32) for i in range(count))
    for i, char in enumerate(text):
        code = ord(char)
        if code == 2:
            char = "-"
        elif 0xE000 <= code <= 0xF8FF:
            char = "•"
        if char.isspace() or not char.isprintable() and char not in "-•":
            current = None
            continue
        raw.FPDFText_GetLooseCharBox(tp, i, rect)
        x0, x1, y0, y1 = rect.left, rect.right, height - rect.top, height - rect.bottom
        if current is not None and (x0 - current["x1"] > 0.2 * current["size"] or x1 < current["x0"] or
                                    abs(y1 - current["edge"]) > 0.3 * current["size"]):
            current = None
        if current is None:
            raw.FPDFText_GetCharOrigin(tp, i, ox, oy)
            base = height - oy.value
            size = raw.FPDFText_GetFontSize(tp, i)
            if raw.FPDFText_GetMatrix(tp, i, matrix):
                size *= abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5 or 1.0
            weight = raw.FPDFText_GetFontWeight(tp, i)
            bold = weight >= 600
            if weight <= 0:
                raw.FPDFText_GetFontInfo(tp, i, name, len(name), ctypes.byref(flags))
                bold = bool(BOLD.search(name.value.decode("latin-1")))
            current = {"text": "", "x0": x0, "x1": x1, "top": y0, "bottom": y1, "size": round(size, 1), "bold": bold,
                       "base": base, "edge": y1}
            words.append(current)
        current["text"] += char
        current["x1"] = max(current["x1"], x1)
        current["top"], current["bottom"] = min(current["top"], y0), max(current["bottom"], y1)
    textpage.close()
    return words


def _page_lines(page, number: int, doc: Document) -> list[Line]:
    """Return the lines of one page in reading order (two columns read one after the other)."""
    import pypdfium2.raw as raw

    figures = 0
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=3):
        left, bottom, right, top = obj.get_bounds()
        if (right - left) * (top - bottom) >= 2500:
            figures += 1
    if figures:
        doc.skipped.append((number, number, "figure" if figures == 1 else f"{figures} figures"))
    lines: list[Line] = []
    for w in sorted(_words(page), key=lambda w: (round(w["base"]), w["x0"])):
        last = lines[-1] if lines else None
        if last is not None and abs(w["base"] - last.base) <= max(1.5, 0.2 * w["size"]) and \
                0 <= w["x0"] - last.x1 < max(2.5 * w["size"], 10):
            last.text = f"{last.text} {w['text']}"
            last.x1, last.top = max(last.x1, w["x1"]), min(last.top, w["top"])
            last.chars.append((w["size"], w["bold"], len(w["text"])))
            continue
        lines.append(Line(number, w["text"], w["x0"], w["x1"], w["top"], w["bottom"], w["size"], w["bold"],
                          base=w["base"], chars=[(w["size"], w["bold"], len(w["text"]))]))
    for line in lines:
        sizes, bolds = Counter(), 0
        for size, bold, n in line.chars:
            sizes[size] += n
            bolds += n if bold else 0
        line.size = sizes.most_common(1)[0][0]
        line.bold = bolds * 2 > sum(n for _, _, n in line.chars)
        line.text = clean_chars(line.text)
    lines = _tables(lines, number, doc)
    lines.sort(key=lambda ln: (round(ln.base, 1), ln.x0))
    return _columns(lines, float(page.get_width()), float(page.get_height()))


def _tables(lines: list[Line], number: int, doc: Document) -> list[Line]:
    """Return *lines* without the rows of tables: runs of two or more rows of three or more cells."""
    rows: dict[float, list[Line]] = {}
    for ln in lines:
        rows.setdefault(round(ln.base), []).append(ln)
    keys = sorted(rows)
    table_rows = [k for k in keys if len(rows[k]) >= 3]
    runs, run = [], []
    for k in table_rows:
        if run and k - run[-1] > 3 * max(ln.size for ln in rows[k]):
            runs.append(run)
            run = []
        run.append(k)
    runs.append(run)
    drop = set()
    for run in runs:
        if len(run) >= 2:
            doc.skipped.append((number, number, "table"))
            drop.update(id(ln) for k in run for ln in rows[k])
    return [ln for ln in lines if id(ln) not in drop]


def _inside(word: dict, box: tuple) -> bool:
    return box[0] - 1 <= word["x0"] and word["x1"] <= box[2] + 1 and box[1] - 1 <= word["top"] and \
        word["bottom"] <= box[3] + 1


def _columns(lines: list[Line], width: float, height: float) -> list[Line]:
    """Return *lines* in reading order: when the page is set in two columns, the left one first."""
    middle = width / 2
    body = [ln for ln in lines if height * MARGIN < ln.top < height * (1 - MARGIN)]
    left = [ln for ln in body if ln.x1 < middle + 2]
    right = [ln for ln in body if ln.x0 > middle - 2]
    across = [ln for ln in body if ln.x0 < middle - 2 and ln.x1 > middle + 2]
    if len(left) < 3 or len(right) < 3 or len(across) > 0.2 * len(body):
        return lines
    start = min(ln.top for ln in left + right)
    end = max(ln.top for ln in left + right)
    for ln in lines:
        if start <= ln.top <= end and (ln.x1 < middle + 2 or ln.x0 > middle - 2):
            ln.column = 1 if ln.x1 < middle + 2 else 2
    head = [ln for ln in lines if ln.column == 0 and ln.top < start]
    tail = [ln for ln in lines if ln.column == 0 and ln.top >= start]
    return head + [ln for ln in lines if ln.column == 1] + [ln for ln in lines if ln.column == 2] + tail
