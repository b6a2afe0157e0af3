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


def _twin(source, target, ascii_only: bool):
    """Write *source* under a PostScript name no other test registers, cut down to printable ASCII or whole."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(str(source))
    if ascii_only:
        options = subset.Options()
        options.name_IDs = ["*"]
        options.notdef_outline = True
        cutter = subset.Subsetter(options)
        cutter.populate(unicodes=range(0x20, 0x7F))
        cutter.subset(font)
    for record in font["name"].names:
        if record.nameID == 6:
            record.string = "DeckbuildTwinSans"
    font.save(str(target))


def test_a_font_file_replaced_by_another_of_the_same_postscript_name_is_drawn_from_the_new_file(tmp_path):
    """In one process (a watch session), a project font replaced by a fuller version of itself, with the same
    PostScript name: the next handout draws its letters from the new file, as a fresh process would (reportlab
    gives a new font name the font first registered under the same face name, which drew boxes)."""
    import subprocess
    import sys
    from pathlib import Path

    import pdfplumber

    from deckbuild.build import Options, build

    project = tmp_path / "p"
    (project / "assets" / "fonts").mkdir(parents=True)
    (project / "assets" / "styles").mkdir()
    (project / "d").mkdir()
    font = project / "assets" / "fonts" / "LiberationSans-Regular.ttf"
    _twin(BUNDLED_DIR / "LiberationSans-Regular.ttf", font, ascii_only=True)
    (project / "assets" / "styles" / "mine.yaml").write_text(
        'extends: default\nfonts: {heading: "Liberation Sans", body: "Liberation Sans"}\n')
    (project / "d" / "deck.yaml").write_text("title: Twins\nstyle: mine\n")
    (project / "d" / "01-a.yaml").write_text(
        "section: One\nslides:\n  - title: Greetings\n    bullets: [\"Straße in Köln\"]\n    notes: \"Grüße\"\n")
    cwd = os.getcwd()
    os.chdir(project)
    try:
        assert build(Options(targets=[Path("d")], out_dir=Path("one"), force=True)).ok
        _twin(BUNDLED_DIR / "LiberationSans-Regular.ttf", font, ascii_only=False)  # whole, same PostScript name
        assert build(Options(targets=[Path("d")], out_dir=Path("two"), force=True)).ok
    finally:
        os.chdir(cwd)
    fresh = subprocess.run([sys.executable, "-m", "deckbuild", "build", "d", "--out", "fresh", "-q"], cwd=project,
                           capture_output=True, text=True)
    assert fresh.returncode == 0, fresh.stderr
    with pdfplumber.open(project / "two" / "d-handout.pdf") as pdf:
        text = "".join(page.extract_text() or "" for page in pdf.pages)
    assert "Straße in Köln" in text and "Grüße" in text
    assert (project / "two" / "d-handout.pdf").read_bytes() == (project / "fresh" / "d-handout.pdf").read_bytes()


def test_two_files_of_one_postscript_name_in_one_document_are_each_embedded(tmp_path):
    """Two different files with the same PostScript name drawn on one page: each is embedded with its own
    glyphs and text (reportlab names a subset's objects after the PostScript name alone and refused the
    second: 'redefining named object')."""
    import io

    import pdfplumber
    from reportlab.pdfgen import canvas

    from deckbuild.render.pdf_fonts import register

    small, whole = tmp_path / "Small.ttf", tmp_path / "Whole.ttf"
    _twin(BUNDLED_DIR / "LiberationSans-Regular.ttf", small, ascii_only=True)
    _twin(BUNDLED_DIR / "LiberationSans-Regular.ttf", whole, ascii_only=False)
    page = canvas.Canvas(io.BytesIO(), invariant=1)
    for face, y, text in ((face_at(str(small)), 700, "Plain words"), (face_at(str(whole)), 650, "Straße in Köln")):
        page.setFont(register(face), 14)
        page.drawString(72, y, text)
    page.showPage()
    data = page.getpdfdata()
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        words = pdf.pages[0].extract_words(extra_attrs=["fontname"])
    assert [w["text"] for w in words] == ["Plain", "words", "Straße", "in", "Köln"]
    assert len({w["fontname"] for w in words}) == 2
