"""The chart parts without python-pptx: the chart XML (render.pptx_chart) and its embedded workbook, filled into
a template workbook, byte for byte what python-pptx and XlsxWriter make (render.pptx_chart_ref).

The template is a workbook XlsxWriter wrote for a small chart, with fixed timestamps; only its worksheet and
shared strings depend on the data. It is made once per version of the libraries, after checking that this
module writes exactly what python-pptx and XlsxWriter write for a few probe charts of every kind, and kept
signed in deckbuild's cache folder. When the check fails (another library version writes otherwise), the
cache remembers that, and every chart is made by python-pptx.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile

from deckbuild.layout.boxes import ChartBox
from deckbuild.render.zip_entries import deflate, zip_bytes
from deckbuild.render.pptx_chart import chart_xml, column_letter, writable

KIND, VERSION = "deckbuild-chart-book", 1
SHEET, STRINGS = "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"
MAX_STRING = 16383  # XlsxWriter cuts strings longer than 32,767 UTF-16 units (this many characters never are)
MAX_ROWS, MAX_COLUMNS = 100_000, 1_000
# what XlsxWriter's Worksheet.write does not write as a shared string (formulas, links), and its escapes
_FORMULA = re.compile(r"=|\{=.*\}\Z", re.S)
_URL = re.compile("(ftp|http)s?://|mailto:|(in|ex)ternal:|file://")
_ESCAPED = re.compile("(_x[0-9a-fA-F]{4}_)")
_LEADING, _TRAILING = re.compile(r"^\s"), re.compile(r"\s$")
_SHEET_DATA = re.compile(r'<dimension ref="[^"]*"/>|<sheetData>.*</sheetData>', re.S)
_memo: list = []  # [template] once read: ((name, packed or None for the filled parts), sheet head, middle, tail)


def fast_chart_part(box: ChartBox) -> tuple[bytes, bytes] | None:
    """Return (chart XML, workbook) of *box* as ``pptx_chart_ref.reference_chart_part`` makes them, or None when
    python-pptx must make them (see ``pptx_chart.writable``; the template is unusable)."""
    if not (writable(box) and fillable(box)):
        return None
    template = _template()
    if template is None:
        return None
    return chart_xml(box), _fill(template, box)


def fillable(box: ChartBox) -> bool:
    """Return True when XlsxWriter writes every string of *box* as a shared string this module writes too."""
    for s in (*box.categories, *(name for name, _ in box.series)):
        if (len(s) > MAX_STRING or _FORMULA.match(s) or (":" in s and _URL.match(s))
                or (s.startswith("<r>") and s.endswith("</r>"))):
            return False
    return len(box.categories) < MAX_ROWS and len(box.series) < MAX_COLUMNS


def _shared(s: str) -> str:
    """Return the ``si`` XlsxWriter writes for *s* (no control characters: ``pptx_chart.writable``)."""
    s = _ESCAPED.sub(r"_x005F\1", s)
    space = ' xml:space="preserve"' if _LEADING.search(s) or _TRAILING.search(s) else ""
    return f'<si><t{space}>{s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")}</t></si>'


def sheet_parts(box: ChartBox) -> tuple[str, str, str]:
    """Return the worksheet's dimension and data, and the shared strings' XML, as XlsxWriter writes them for the
    chart data python-pptx gives it (categories in column A, one column per series, every cell "General")."""
    categories = list(reversed(box.categories)) if box.bottom_up else list(box.categories)
    series = [(name, list(reversed(values)) if box.bottom_up else list(values)) for name, values in box.series]
    index: dict[str, int] = {}
    for s in categories:  # written first: categories, then each series' name (and values)
        index.setdefault(s, len(index))
    for name, _ in series:
        index.setdefault(name, len(index))
    n, last = len(categories), len(series) + 1
    spans = f"1:{last}"  # every block of 16 rows holds column A (categories) to the last series
    cols = [column_letter(c) for c in range(2, last + 1)]
    rows = [f'<row r="1" spans="{spans}">'
            + "".join(f'<c r="{col}1" t="s"><v>{index[name]}</v></c>' for col, (name, _) in zip(cols, series))
            + "</row>"]
    for i, category in enumerate(categories):
        r = i + 2
        rows.append(f'<row r="{r}" spans="{spans}"><c r="A{r}" s="1" t="s"><v>{index[category]}</v></c>'
                    + "".join(f'<c r="{col}{r}" s="1"><v>{values[i]:.16G}</v></c>'
                              for col, (_, values) in zip(cols, series)) + "</row>")
    dimension = f'<dimension ref="A1:{column_letter(last)}{n + 1}"/>'
    strings = (f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{n + len(series)}" '
               f'uniqueCount="{len(index)}">{"".join(_shared(s) for s in index)}</sst>')
    return dimension, f'<sheetData>{"".join(rows)}</sheetData>', strings


def _fill(template, box: ChartBox) -> bytes:
    entries, head, middle, tail, strings_head = template
    dimension, data, strings = sheet_parts(box)
    sheet = deflate(f"{head}{dimension}{middle}{data}{tail}".encode())
    shared = deflate(f"{strings_head}{strings}".encode())
    return zip_bytes([(name, packed if packed is not None else sheet if name == SHEET else shared)
                      for name, packed in entries])


def _split(members: dict[str, bytes]):
    """Return the template as ``_fill`` uses it, or None when its worksheet is not laid out as expected."""
    sheet = members[SHEET].decode()
    pieces = _SHEET_DATA.split(sheet)
    strings = members[STRINGS].decode()
    at = strings.find("<sst ")
    if len(pieces) != 3 or at < 0:
        return None
    entries = [(name, None if name in (SHEET, STRINGS) else deflate(body)) for name, body in members.items()]
    return entries, pieces[0], pieces[1], pieces[2], strings[:at]


def _template():
    """Return the template (read from the cache, else made and checked now), or None: python-pptx makes charts."""
    if _memo:
        return _memo[0]
    from deckbuild.cache import library_versions, seal, unseal
    from deckbuild.outputs import write_atomic
    from deckbuild.paths import cache_dir

    key = hashlib.sha256(f"{KIND}:{VERSION}:{library_versions()}:{_code()}".encode()).hexdigest()[:32]
    path = cache_dir() / "pptx-base" / f"chart-book-{key}.bin"
    body = unseal(path, KIND, VERSION, limit=1 << 20)
    template = _read(body) if body is not None else None
    if body is None or (template is None and body != b"none"):
        made = _make()
        body = made if made is not None else b"none"
        template = _read(made) if made is not None else None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, seal(body, KIND, VERSION), durable=False)
        except OSError:
            pass
    _memo.append(template)
    return template


def _code() -> str:
    """Return the hash of the modules that write and check chart parts (an edit of any checks them again)."""
    from pathlib import Path

    here = Path(__file__).parent
    return hashlib.sha256(b"".join((here / f"{name}.py").read_bytes() for name in (
        "pptx_chart", "pptx_chart_book", "pptx_chart_probes", "pptx_chart_ref"))).hexdigest()


def _read(data: bytes | None):
    if not data:
        return None
    try:
        src = zipfile.ZipFile(io.BytesIO(data))
        members = {name: src.read(name) for name in src.namelist()}
    except (zipfile.BadZipFile, OSError, ValueError, KeyError):
        return None
    if SHEET not in members or STRINGS not in members:
        return None
    return _split(members)


def _make() -> bytes | None:
    """Return the template workbook, or None when this module does not write what python-pptx writes."""
    from deckbuild.render.pptx_chart_probes import PROBES
    from deckbuild.render.pptx_chart_ref import reference_chart_part

    made = [reference_chart_part(box) for box in PROBES]
    template = _read(made[0][1])
    if template is None:
        return None
    for box, (xml, book) in zip(PROBES, made):
        if not (writable(box) and fillable(box)) or chart_xml(box) != xml or _fill(template, box) != book:
            return None
    return made[0][1]
