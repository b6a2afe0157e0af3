"""The deck through LibreOffice: it opens, converts, and its text stays on the slide without overlaps."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET

from conftest import need_tool, soffice_to_pdf

NS = "{http://www.w3.org/1999/xhtml}"


def word_boxes(pdf):
    """Return, per page, (page width, page height, words, blocks) from ``pdftotext -bbox-layout``."""
    tool = need_tool("pdftotext")
    xml = subprocess.run([tool, "-bbox-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    root = ET.fromstring(xml)
    pages = []
    for page in root.iter(f"{NS}page"):
        words = [(float(w.get("xMin")), float(w.get("yMin")), float(w.get("xMax")), float(w.get("yMax")), w.text)
                 for w in page.iter(f"{NS}word")]
        blocks = [(float(b.get("xMin")), float(b.get("yMin")), float(b.get("xMax")), float(b.get("yMax")))
                  for b in page.iter(f"{NS}block")]
        pages.append((float(page.get("width")), float(page.get("height")), words, blocks))
    return pages


def overlap(a, b) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def assert_text_on_slides_without_overlap(pdf):
    pages = word_boxes(pdf)
    assert pages
    for number, (width, height, words, blocks) in enumerate(pages, 1):
        for x0, y0, x1, y1, text in words:
            assert x0 >= 0 and y0 >= 0 and x1 <= width + 0.5 and y1 <= height + 0.5, (number, text)
        for i, a in enumerate(blocks):
            for b in blocks[i + 1:]:
                assert overlap(a, b) < 1.0, (number, a, b)
    return pages


def test_libreoffice_converts_the_deck(built, tmp_path):
    _, pptx, _ = built
    pdf = soffice_to_pdf(pptx, tmp_path / "lo")
    pages = assert_text_on_slides_without_overlap(pdf)
    assert len(pages) == 6
    text = " ".join(w[4] for w in pages[2][2])
    assert "Alpha slide" in text and "Level four" in text
    assert abs(pages[0][0] - 960) < 1 and abs(pages[0][1] - 540) < 1  # 16:9 in points
