"""Hostile input to ``deckbuild import``: bounded work, positioned errors, never exit 70 (issue 14)."""

from __future__ import annotations

import io
import struct
import subprocess
import sys
import time
import zipfile
from pathlib import Path

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCUMENT = (f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body>'
            '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Harbour Works</w:t></w:r></w:p>'
            '<w:p><w:r><w:t>The harbour wall will be repaired over the summer months.</w:t></w:r></w:p>'
            '<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/></w:numPr></w:pPr><w:r><w:t>Stone comes from the old '
            'quarry.</w:t></w:r></w:p></w:body></w:document>')


def _import(tmp: Path, *docs: str) -> tuple[subprocess.CompletedProcess, float]:
    """Run ``deckbuild import`` in a child process (so a runaway cannot take the test run with it)."""
    start = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "deckbuild", "import", *docs, "--deck", "d",
                             "--outlines", "outlines"], cwd=tmp, capture_output=True, text=True, timeout=60,
                            env={"PATH": "/usr/bin:/bin", "DECKBUILD_CACHE_DIR": str(tmp / "cache")})
    return result, time.monotonic() - start


def _docx(tmp: Path, name: str, ilvl: str = "0", core: bytes | None = None) -> Path:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", DOCUMENT.replace("{ilvl}", ilvl))
        if core is not None:
            z.writestr("docProps/core.xml", core)
    path = tmp / name
    path.write_bytes(buf.getvalue())
    return path


def test_deeply_nested_html_is_a_positioned_error_not_a_recursion_error(tmp_path):
    (tmp_path / "deep.html").write_text("<html><body>\n<p>Intro text.</p>\n" + "<div>" * 1500 + "<p>deep</p>" +
                                        "</div>" * 1500 + "\n</body></html>\n", encoding="utf-8")
    result, seconds = _import(tmp_path, "deep.html")
    assert result.returncode == 1, result.stderr
    assert "deep.html:3:1241: error: the page nests elements more than 250 deep — no real page nests this deep" \
        in result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "outlines").exists() and seconds <= 10


def test_docx_part_that_inflates_past_the_budget_is_refused_quickly(tmp_path):
    core = b'<?xml version="1.0"?><cp:coreProperties xmlns:cp="x">' + b" " * (64 * 1024 * 1024) + b"</cp:coreProperties>"
    path = _docx(tmp_path, "bomb.docx", core=core)
    assert path.stat().st_size < 200_000
    result, seconds = _import(tmp_path, "bomb.docx")
    assert result.returncode == 1, result.stderr
    assert ("bomb.docx:1:1: error: the Word document is too large to read safely: part 'docProps/core.xml' unpacks "
            "to 67,108,937 bytes (the limit is 52,428,800)") in result.stderr
    assert not (tmp_path / "outlines").exists() and seconds <= 10


def test_docx_part_that_lies_about_its_size_stops_at_the_declared_size(tmp_path):
    core = b'<?xml version="1.0"?><cp:coreProperties xmlns:cp="x">' + b" " * (8 * 1024 * 1024) + b"</cp:coreProperties>"
    path = _docx(tmp_path, "liar.docx", core=core)
    data = bytearray(path.read_bytes())
    central = data.rfind(b"PK\x01\x02")  # the central directory entry of the last part written
    assert data[central + 46:central + 46 + 17] == b"docProps/core.xml"
    data[central + 24:central + 28] = struct.pack("<I", 1000)  # declared uncompressed size
    path.write_bytes(bytes(data))
    result, seconds = _import(tmp_path, "liar.docx")
    assert result.returncode == 1, result.stderr
    assert ("liar.docx:1:1: error: the Word document is damaged: part 'docProps/core.xml' does not match its "
            "declared size and checksum") in result.stderr
    assert seconds <= 10


def test_docx_with_a_high_compression_ratio_is_refused(tmp_path):
    core = b'<?xml version="1.0"?><cp:coreProperties xmlns:cp="x">' + b" " * (20 * 1024 * 1024) + b"</cp:coreProperties>"
    _docx(tmp_path, "ratio.docx", core=core)
    result, seconds = _import(tmp_path, "ratio.docx")
    assert result.returncode == 1, result.stderr
    assert "ratio.docx:1:1: error: the Word document is too large to read safely: part 'docProps/core.xml' is " \
           "compressed" in result.stderr and "(the limit is 200 to 1)" in result.stderr
    assert seconds <= 10


def test_docx_list_level_that_is_not_a_number_warns_and_imports(tmp_path):
    _docx(tmp_path, "ilvl.docx", ilvl="x")
    result, seconds = _import(tmp_path, "ilvl.docx")
    assert result.returncode == 0, result.stderr
    assert ("ilvl.docx:3:1: warning: paragraph 3 has list level 'x', which is not a number; it is read as level 1"
            in result.stderr)
    assert "Stone comes from the old quarry" in "".join(p.read_text() for p in (tmp_path / "outlines/d").iterdir())
    assert seconds <= 10
