"""A font file changed in place (as in a watch session) is read again: the faces, shaped widths and PDF
font names this process remembers are memos of a file as it was, never per-run state that outlives it."""

from __future__ import annotations

import os
import shutil

from deckbuild import shaping
from deckbuild.fonts import BUNDLED_DIR, face_at
from deckbuild.render.pdf import PdfPainter


def test_a_font_file_changed_in_place_is_measured_and_embedded_anew(tmp_path):
    path = tmp_path / "Body.ttf"
    shutil.copy(BUNDLED_DIR / "LiberationSans-Regular.ttf", path)
    before = face_at(str(path))
    assert face_at(str(path)) is before  # unchanged: the same face
    sans = (before.width("iiii", 10), shaping.width(before, "iiii", 10), PdfPainter(None).font(before))
    stat = path.stat()
    shutil.copy(BUNDLED_DIR / "LiberationMono-Regular.ttf", path)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    after = face_at(str(path))
    assert after is not before and after.family == "Liberation Mono"
    mono = (after.width("iiii", 10), shaping.width(after, "iiii", 10), PdfPainter(None).font(after))
    assert [a != b for a, b in zip(sans, mono)] == [True, True, True]  # monospaced i is wider; another font
