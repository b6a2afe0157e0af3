"""Text that fits: shrinking, continuation slides, measured frames, and every script drawn."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from pptx import Presentation
from pypdf import PdfReader

from conftest import build_deck, need_tool, soffice_to_pdf

LONG = ("Pyongyang and Moscow signed a partnership treaty that pledges immediate military assistance if either "
        "side is attacked, citing Article 51 of the UN Charter")
DENSE = {
    "deck.yaml": "title: Dense deck\n",
    "01.yaml": "section: Dense\nslides:\n"
               "  - title: Thirty long bullets\n    notes: Dense notes.\n    bullets:\n"
               + "".join(f"      - \"{i:02d} {LONG}\"\n" for i in range(1, 31))
               + "  - title: Nested groups stay with their parent\n    bullets:\n"
               + "".join(f"      - text: \"Parent {i} {LONG[:60]}\"\n        bullets: [\"Child {i}a {LONG[:70]}\", "
                         f"\"Child {i}b {LONG[:50]}\"]\n" for i in range(1, 7))
               + "  - title: A title so long that it cannot possibly fit on two lines of the title area of a slide "
                 "even when it has been shrunk to the smallest size the style allows for titles\n"
                 "    bullets: [Short]\n"
               + "  - title: Slightly dense\n    bullets:\n"
               + "".join(f"      - \"Bullet {i}: {LONG[:100]}\"\n" for i in range(1, 7)),
}


@pytest.fixture(scope="module")
def dense(tmp_path_factory):
    return build_deck(tmp_path_factory.mktemp("dense"), "dense", DENSE)


def _titles(pptx):
    return [s.shapes.title.text_frame.text for s in Presentation(pptx).slides]


def test_thirty_long_bullets_become_continuation_slides_in_both_outputs(dense):
    project, result = dense
    titles = _titles(project.dist / "dense.pptx")
    parts = [t for t in titles if t.startswith("Thirty long bullets")]
    assert parts[0] == "Thirty long bullets" and len(parts) >= 3
    assert parts[1:] == [f"Thirty long bullets (cont. {k}/{len(parts)})" for k in range(2, len(parts) + 1)]
    # every bullet is on exactly one slide, in order
    prs = Presentation(project.dist / "dense.pptx")
    texts = []
    for slide in prs.slides:
        if slide.shapes.title.text_frame.text.startswith("Thirty"):
            body = [s for s in slide.placeholders if s.placeholder_format.idx == 1][0]
            texts += [p.text for p in body.text_frame.paragraphs]
    assert [t[:2] for t in texts] == [f"{i:02d}" for i in range(1, 31)]
    handout = "\n".join(p.extract_text() for p in PdfReader(project.dist / "dense-handout.pdf").pages)
    first = titles.index("Thirty long bullets") + 1
    for k in range(len(parts)):
        name = "Thirty long bullets" + (f" (cont. {k + 1}/{len(parts)})" if k else "")
        assert f"Slide {first + k}\n{name}" in handout
    assert re.search(rf"outlines/dense/01.yaml:3:5: warning: slide {first}: 30 bullets do not fit on one slide even "
                     rf"at 16pt \(min_body\); split into slides {first}–{first + len(parts) - 1} at \d+pt", result.stderr)


def test_nested_bullets_stay_with_their_parent(dense):
    project, _ = dense
    prs = Presentation(project.dist / "dense.pptx")
    for slide in prs.slides:
        if slide.shapes.title.text_frame.text.startswith("Nested groups"):
            body = [s for s in slide.placeholders if s.placeholder_format.idx == 1][0]
            paras = body.text_frame.paragraphs
            assert paras[0].level == 0  # a part never starts with an orphaned child
            assert paras[-1].level == 1 and paras[-1].text.startswith("Child") and "b " in paras[-1].text[:9]


def test_shrink_and_title_warnings_are_reported(dense):
    project, _ = dense
    result = project.run("check")
    assert result.exit_code == 0
    lines = result.stderr.splitlines()
    assert any(re.match(r"outlines/dense/01.yaml:\d+:5: warning: slide \d+: bullets shrunk from 28pt to \d+pt", line)
               for line in lines), lines
    assert any("the title does not fit in 2 lines even at 30pt (min_title); it takes room from the slide's content" in line
               for line in lines), lines
    strict = project.run("check", "--strict")
    assert strict.exit_code == 1


def _face_for(fonts, typeface, bold, italic):
    face = fonts.face(typeface, bold, italic)
    assert face is not None, typeface
    return face


def _measured_height(txbody, width, fonts) -> float:
    """Re-measure a PPTX text body independently: greedy word wrap with the fonts the runs name."""
    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    total = 0.0
    for i, p in enumerate(txbody.iter(f"{a}p")):
        ppr = p.find(f"{a}pPr")
        line_h = int(ppr.find(f"{a}lnSpc/{a}spcPts").get("val")) / 100
        before = int(ppr.find(f"{a}spcBef/{a}spcPts").get("val")) / 100
        avail = width - int(ppr.get("marL", "0")) / 12700
        _words, _cur = [], 0.0  # (width of word, width of following space)
        runs = [r for r in p if r.tag in (f"{a}r", f"{a}fld")]
        pieces = []
        for r in runs:
            rpr = r.find(f"{a}rPr")
            size = int(rpr.get("sz")) / 100
            font = rpr.find(f"{a}ea") if rpr.find(f"{a}ea") is not None else rpr.find(f"{a}latin")
            face = _face_for(fonts, font.get("typeface"), rpr.get("b") == "1", rpr.get("i") == "1")
            pieces += [(ch, face, size) for ch in r.find(f"{a}t").text]
        lines, line_w, word_w, space_w = 1, 0.0, 0.0, 0.0
        for ch, face, size in pieces + [(" ", None, 0)]:
            if ch == " ":
                if line_w and line_w + space_w + word_w > avail:
                    lines += 1
                    line_w = word_w
                else:
                    line_w += space_w + word_w
                space_w = face.width(" ", size) if face else 0.0
                word_w = 0.0
            else:
                word_w += face.width(ch, size)
        total += line_h * lines + (before if i else 0.0)
    return total


def test_no_pptx_text_box_holds_more_text_than_its_frame(dense):
    from deckbuild.fonts import FontBook

    project, _ = dense
    fonts = FontBook()
    p_ns = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
    a_ns = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    checked = 0
    for slide in Presentation(project.dist / "dense.pptx").slides:
        for sp in slide.shapes._spTree.iter(f"{p_ns}sp"):
            tx = sp.find(f"{p_ns}txBody")
            ext = sp.find(f"{p_ns}spPr/{a_ns}xfrm/{a_ns}ext")
            if tx is None or ext is None or not "".join(tx.itertext()).strip():
                continue
            width, height = int(ext.get("cx")) / 12700, int(ext.get("cy")) / 12700
            needed = _measured_height(tx, width, fonts)
            checked += 1
            title = slide.shapes.title.text_frame.text
            assert needed <= height + 0.5, (title, needed, height)
    assert checked > 20


MIXED = {
    "deck.yaml": "title: Scripts\n",
    "01.yaml": "section: Scripts\nslides:\n  - title: Mixed scripts\n    bullets:\n"
               "      - Kim Jong Un (김정은) met Putin in Pyongyang (Пхеньян)\n"
               "      - Greek too (αβγ), and **bold 김정은**\n",
}


def _pdffonts(pdf):
    tool = need_tool("pdffonts")
    out = subprocess.run([tool, str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    return [(line.split()[0], line.split()[-5]) for line in out]  # (name, emb)


def test_mixed_scripts_are_drawn_and_embedded(project):
    from deckbuild.fonts import FontBook

    project.deck("mixed", MIXED)
    result = project.run("build")
    assert result.exit_code == 0, result.output
    pdf = project.dist / "mixed-handout.pdf"
    text = "\n".join(p.extract_text() for p in PdfReader(pdf).pages)
    for word in ("Kim Jong Un", "Пхеньян", "αβγ"):
        assert word in text
    fonts = _pdffonts(pdf)
    assert fonts and all(emb == "yes" for _, emb in fonts), fonts
    if FontBook().face("NanumGothic") is None:
        assert "no available font can draw" in result.stderr
        return
    assert "김정은" in text
    assert any("NanumGothic" in name for name, _ in fonts)
    assert "no available font" not in result.stderr
    xml = zipfile.ZipFile(project.dist / "mixed.pptx").read("ppt/slides/slide3.xml").decode()
    run = re.search(r'<a:r><a:rPr[^>]*>(?:(?!</a:rPr>).)*</a:rPr><a:t>김정은</a:t></a:r>', xml)
    assert run and '<a:ea typeface="NanumGothic"' in run.group(0)


def test_character_no_font_covers_is_a_warning_naming_file_line_and_slide(project):
    project.write("assets/styles/nofallback.yaml", "fonts: {fallback: []}\n")
    project.deck("mixed", {**MIXED, "deck.yaml": "title: Scripts\nstyle: nofallback\n"})
    result = project.run("check")
    assert result.exit_code == 0
    assert ("outlines/mixed/01.yaml:3:5: warning: slide 3: no available font can draw '김은정' "
            "(U+AE40, U+C740, U+C815); tried Liberation Sans") in result.stderr
    assert project.run("check", "--strict").exit_code == 1


def test_fonts_in_project_assets_are_found_by_family_name(project):
    from fontTools.ttLib import TTFont

    from deckbuild.fonts import FontBook

    src = Path(__file__).resolve().parents[2] / "src/deckbuild/fonts/LiberationMono-Regular.ttf"
    fonts = project.root / "assets/fonts"
    fonts.mkdir(parents=True)
    font = TTFont(str(src))
    for record in font["name"].names:
        if record.nameID in (1, 4, 16):
            record.string = "Deckbuild Test Mono"
    font.save(str(fonts / "odd-file-name.ttf"))
    shutil.copy(src, fonts / "LiberationMono-Regular.ttf")
    book = FontBook([fonts])
    assert book.face("Deckbuild Test Mono").path == fonts / "odd-file-name.ttf"
    assert book.face("Liberation Mono").path == fonts / "LiberationMono-Regular.ttf"  # the project's file wins
    assert book.face("No Such Family") is None


def test_libreoffice_render_of_dense_deck_keeps_words_on_slides(dense, tmp_path):
    from render.test_soffice import assert_text_on_slides_without_overlap

    project, _ = dense
    pdf = soffice_to_pdf(project.dist / "dense.pptx", tmp_path / "lo")
    pages = assert_text_on_slides_without_overlap(pdf)
    assert len(pages) == len(Presentation(project.dist / "dense.pptx").slides)


# -- the one fit rule (layout/fit.py): floors from the style, and warnings naming the floor used ------------

FLOORS = "sizes: {min_body: 13}\ncode: {min_size: 11}\n"


def _floors_deck(tmp_path, style: str, slides: str):
    from conftest import Project, lay_out_folder

    project = Project(tmp_path)
    project.write("assets/styles/floors.yaml", style)
    folder = project.deck("d", {"deck.yaml": "title: Floors\nstyle: ../../assets/styles/floors.yaml\n",
                                "01.yaml": "section: S\nslides:\n" + slides})
    pages, diags, style = lay_out_folder(folder, project.root)
    return [p for p in pages if p.in_deck], [d.message for d in diags.warnings], style


def _sizes(pages, title: str, role: str) -> set[float]:
    from deckbuild.layout.boxes import TableBox, TextFrame

    frames = [b for p in pages if p.title.startswith(title) for b in p.boxes
              if isinstance(b, TextFrame) and b.role == role]
    frames += [c.frame for p in pages if p.title.startswith(title) for b in p.boxes if isinstance(b, TableBox)
               for row in b.cells for c in row if role == "cell"]
    return {para.size for f in frames for para in f.paragraphs}


def test_table_code_and_timeline_warnings_name_the_floor_the_style_sets(tmp_path):
    rows = "".join(f"        - [Row {i}, {i * 3}]\n" for i in range(70))
    code = "".join(f"        value_{i} = compute({i})\n" for i in range(90))
    events = "".join(f"      - {{date: '{1900 + i}', text: Event {i} of a long history}}\n" for i in range(40))
    pages, warnings, style = _floors_deck(tmp_path, FLOORS,
                                          f"  - title: Rows\n    table:\n      columns: [Name, Value]\n      rows:\n{rows}"
                                          f"  - title: Listing\n    code:\n      lang: python\n      text: |\n{code}"
                                          f"  - title: History\n    timeline:\n{events}")
    assert style.sizes.min_body == 13 and style.code.min_size == 11
    found = {kind: [w for w in warnings if pattern in w] for kind, pattern in
             (("table", "a table of 70 rows"), ("code", "90 lines of code"), ("timeline", "40 timeline events"))}
    assert re.search(r"a table of 70 rows does not fit on one slide even at 13pt \(min_body\); continued on slides "
                     r"\d+–\d+ at \d+pt with the header repeated", found["table"][0])
    assert re.search(r"90 lines of code do not fit on one slide even at 11pt \(code.min_size\); split into slides "
                     r"\d+–\d+ at \d+pt between lines", found["code"][0])
    assert re.search(r"40 timeline events do not fit on one slide even at 13pt \(min_body\); split into slides "
                     r"\d+–\d+ at \d+pt", found["timeline"][0])
    assert all(len(v) == 1 for v in found.values()), found
    assert min(_sizes(pages, "Rows", "cell")) >= 13 and min(_sizes(pages, "History", "timeline-text")) >= 13
    assert min(_sizes(pages, "Listing", "code")) >= 11


def test_a_timeline_event_too_tall_even_at_the_floor_names_it(tmp_path):
    text = " ".join(["a long account of what happened"] * 200)
    _, warnings, _ = _floors_deck(tmp_path, FLOORS, f"  - title: History\n    timeline:\n"
                                                    f"      - {{date: '1900', text: {text}}}\n"
                                                    f"      - {{date: '1901', text: Short}}\n")
    assert any("a timeline event's text does not fit even at 13pt (min_body)" in w for w in warnings), warnings


def test_where_a_kind_starts_is_a_style_key(tmp_path):
    deck = ("  - title: Small table\n    table:\n      columns: [Name, Value]\n      rows: [[a, '1'], [b, '2']]\n"
            "  - title: History\n    timeline:\n      - {date: '1900', text: One}\n      - {date: '1901', text: Two}\n"
            "  - title: Big words\n    statement: Less is more\n")
    pages, _, style = _floors_deck(tmp_path / "default", FLOORS, deck)
    assert (style.scale.table, style.scale.timeline, style.scale.statement) == (0.8, 0.7, 1.6)  # the defaults
    assert _sizes(pages, "Small table", "cell") == {round(28 * 0.8)}
    assert _sizes(pages, "History", "timeline-text") == {round(28 * 0.7)}
    assert _sizes(pages, "Big words", "statement") == {round(28 * 1.6)}
    pages, _, _ = _floors_deck(tmp_path / "set", FLOORS + "scale: {table: 0.5, timeline: 0.3, statement: 2}\n", deck)
    assert _sizes(pages, "Small table", "cell") == {14}
    assert _sizes(pages, "History", "timeline-text") == {13}  # 0.3 × 28 is below the floor: the floor
    assert _sizes(pages, "Big words", "statement") == {56}


def test_the_fit_rule_takes_the_largest_size_that_needs_no_more_slides_than_the_floor():
    from deckbuild.layout.fit import fit, size_steps

    sizes = size_steps(24, 16)
    assert sizes[0] == 24 and sizes[-1] == 16
    one_at_20 = {s: 1 if s <= 20 else 2 for s in sizes}
    assert fit(sizes, one_at_20.get) == (20, 1, True)  # the first size that fits one slide
    never_one = {s: 3 if s > 21 else 2 for s in sizes}
    assert fit(sizes, never_one.get) == (21, 2, True)  # as few slides as the floor needs, as large as that allows
    assert fit(sizes, one_at_20.get, usable=lambda s: s <= 18) == (18, 1, True)  # only usable sizes
    assert fit(sizes, one_at_20.get, usable=lambda s: False) == (16, 1, False)  # none usable: the floor


def test_remembered_size_steps_equal_the_steps_counted_again():
    from deckbuild.layout.fit import size_steps

    def counted(start, floor, step=1.0):
        sizes, s = [], start
        while s > floor + 1e-6:
            sizes.append(round(s, 2))
            s -= step
        sizes.append(round(floor, 2))
        return sizes

    for args in [(40, 28, 2), (40.0, 28, 2), (24, 16), (24, 16.0, 1), (18.5, 12, 1), (12, 12), (30, 8, 0.5)]:
        for _ in range(2):  # counted, then remembered
            got = size_steps(*args)
            assert got == counted(*args) and [type(s) for s in got] == [type(s) for s in counted(*args)]
        got.append(1)  # a caller's list is its own
        assert size_steps(*args) == counted(*args)
