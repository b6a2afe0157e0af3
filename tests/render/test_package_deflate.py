"""The PPTX package is deflated at the level deckbuild chooses (package.ZIP_LEVEL), not zlib's default,
and its bytes stay the same from one build to the next."""

from __future__ import annotations

import zipfile
import zlib

from conftest import SIMPLE_DECK, build_deck
from deckbuild.render.package import ZIP_LEVEL

CHART_SLIDE = """
    section: Figures
    slides:
      - title: Exports
        chart:
          type: column
          categories: ["2021", "2022", "2023"]
          series: [{name: Exports, values: [3, 5, 8]}]
"""


def _raw_deflate(data: bytes, level: int) -> bytes:
    c = zlib.compressobj(level, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def test_every_part_is_deflated_at_the_chosen_level(tmp_path):
    project, _ = build_deck(tmp_path, "d", {**SIMPLE_DECK, "03-chart.yaml": CHART_SLIDE})
    with zipfile.ZipFile(project.dist / "d.pptx") as z:
        infos = [i for i in z.infolist() if i.file_size > 4096]
        assert any(i.filename.endswith(".xlsx") for i in z.infolist())
        assert infos
        for info in infos:
            assert info.compress_type == zipfile.ZIP_DEFLATED
            body = z.read(info.filename)
            assert info.compress_size == len(_raw_deflate(body, ZIP_LEVEL)), info.filename
        # the level matters: the theme part, deflated at zlib's default, has another size
        theme = next(i for i in infos if i.filename.startswith("ppt/theme/"))
        assert len(_raw_deflate(z.read(theme.filename), 6)) != theme.compress_size


def test_outputs_are_byte_identical_from_build_to_build(tmp_path):
    first, _ = build_deck(tmp_path / "a", "d", {**SIMPLE_DECK, "03-chart.yaml": CHART_SLIDE})
    second, _ = build_deck(tmp_path / "b", "d", {**SIMPLE_DECK, "03-chart.yaml": CHART_SLIDE})
    again = first.run("build", "--force")
    assert again.exit_code == 0, again.output
    for name in ("d.pptx", "d-handout.pdf"):
        assert (first.dist / name).read_bytes() == (second.dist / name).read_bytes(), name
    with zipfile.ZipFile(first.dist / "d.pptx") as a, zipfile.ZipFile(second.dist / "d.pptx") as b:
        assert [(i.filename, i.CRC, i.compress_size) for i in a.infolist()] == \
               [(i.filename, i.CRC, i.compress_size) for i in b.infolist()]


def test_the_zip_assembled_from_deflated_parts_is_the_one_zipfile_writes():
    import io

    from deckbuild.render.package import _info, deflate, zip_bytes

    parts = {"[Content_Types].xml": b"<Types/>", "ppt/slides/slide1.xml": b"<p:sld>" + b"x" * 5000 + b"</p:sld>",
             "ppt/media/\u00e9t\u00e9.png": bytes(range(256)) * 40, "docProps/empty.xml": b""}
    expected = io.BytesIO()
    with zipfile.ZipFile(expected, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(_info(name), data, compresslevel=ZIP_LEVEL)
    entries = [(name, deflate(data)) for name, data in parts.items()]
    assert zip_bytes(list(entries)) == expected.getvalue()
    assert zip_bytes(entries, release=True) == expected.getvalue() and entries == [None] * len(parts)
    with zipfile.ZipFile(io.BytesIO(expected.getvalue())) as z:
        assert z.testzip() is None and {n: z.read(n) for n in z.namelist()} == parts
