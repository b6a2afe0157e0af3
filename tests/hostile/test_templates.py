"""Hostile PowerPoint templates: zip bombs, entity declarations, broken placeholder numbers and slide sizes.

Each is a positioned error at the style's ``pptx.template`` line (exit 1, no traceback, dist/ untouched),
within seconds and without inflating what the zip declares; ``check`` and ``check --template`` say the
same as ``build``.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from pptx import Presentation

from conftest import SIMPLE_DECK, Project

WHERE = "assets/styles/b.yaml:1:18: error: template 't.pptx' "


def _template(path: Path, edit=None, extra: dict[str, bytes] | None = None) -> Path:
    """Write python-pptx's default template to *path*, with *edit*(name, bytes) → bytes applied to every
    part and the *extra* parts added (as stored, uncompressed parts unless they are large)."""
    buf = io.BytesIO()
    Presentation().save(buf)
    src = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            data = src.read(name)
            dst.writestr(name, edit(name, data) if edit else data)
        for name, data in (extra or {}).items():
            dst.writestr(name, data)
    return path


def _project(tmp_path: Path) -> Project:
    project = Project(tmp_path)
    project.write("assets/styles/b.yaml", "pptx: {template: ../../t.pptx}\n")
    deck = dict(SIMPLE_DECK)
    deck["deck.yaml"] += "style: b\n"
    project.deck("t", deck)
    return project


def _refused(project: Project, message: str, hint: str) -> None:
    """Assert that build, check and check --template all refuse the template with *message* and *hint*."""
    before = project.dist_snapshot()
    for args in (("build",), ("check",)):
        result = project.run(*args)
        assert result.exit_code == 1, (args, result.output)
        assert WHERE + message in result.stderr, (args, result.stderr)
        assert hint in result.stderr and "Traceback" not in result.output
    assert project.dist_snapshot() == before
    result = project.run("check", "--template", "t.pptx")
    assert result.exit_code == 1, result.output
    assert f"t.pptx: error: template 't.pptx' {message}" in result.output and hint in result.output


def _edit(part: str, old: bytes, new: bytes):
    def edit(name: str, data: bytes) -> bytes:
        if name != part:
            return data
        assert re.search(old, data), (part, old)
        return re.sub(old, new, data, count=1)
    return edit


def test_a_theme_with_a_doctype_and_entities_is_refused(tmp_path):
    doctype = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE a:theme [<!ENTITY e "x">'
               b'<!ENTITY xxe SYSTEM "file:///etc/hostname">]>\n')
    _template(tmp_path / "t.pptx", _edit("ppt/theme/theme1.xml", rb"<\?xml[^>]*\?>\s*", doctype))
    _refused(_project(tmp_path), "has a DOCTYPE or entity declaration in 'ppt/theme/theme1.xml', which is refused",
             "PowerPoint never writes one")


def test_an_unused_part_that_declares_a_gigabyte_is_refused_without_inflating_it(tmp_path):
    _template(tmp_path / "t.pptx")
    with zipfile.ZipFile(tmp_path / "t.pptx", "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("ppt/unused.bin", b"\0" * (2**20))
    data = bytearray((tmp_path / "t.pptx").read_bytes())
    size = (2**20).to_bytes(4, "little")
    gib = (2**30).to_bytes(4, "little")
    # the central directory entry's uncompressed size (the one zipfile believes): now 1 GiB
    cd = data.rindex(b"PK\x01\x02")  # the last entry is the part just added
    assert data[cd + 24:cd + 28] == size
    data[cd + 24:cd + 28] = gib
    (tmp_path / "t.pptx").write_bytes(bytes(data))
    _refused(_project(tmp_path), "has a part 'ppt/unused.bin' of 1,024 MiB uncompressed, more than the 64 MiB",
             "remove the part from the template")


def test_a_part_that_inflates_a_thousand_times_is_refused(tmp_path):
    _template(tmp_path / "t.pptx", extra={"ppt/media/bomb.png": b"\0" * (4 * 2**20)})
    _refused(_project(tmp_path), "has a part 'ppt/media/bomb.png' that inflates", "(a zip bomb?); at most 200 times")


def test_an_unused_part_longer_than_it_declares_is_refused(tmp_path):
    _template(tmp_path / "t.pptx", extra={"ppt/unused.xml": b"<a>" + b"x" * 5000 + b"</a>"})
    data = bytearray((tmp_path / "t.pptx").read_bytes())
    for header, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):  # local and central sizes: 10 bytes
        at = data.rindex(header)
        data[at + offset:at + offset + 4] = (10).to_bytes(4, "little")
    (tmp_path / "t.pptx").write_bytes(bytes(data))
    _refused(_project(tmp_path), "is not a PowerPoint file (part 'ppt/unused.xml' cannot be read: BadZipFile)",
             "save it again from PowerPoint")


def test_a_placeholder_numbered_abc_is_refused(tmp_path):
    _template(tmp_path / "t.pptx", _edit("ppt/slideLayouts/slideLayout2.xml", rb'idx="1"', b'idx="abc"'))
    _refused(_project(tmp_path), "has a placeholder with idx=\"abc\" in layout 'Title and Content', which is not "
             "a whole number", "PowerPoint numbers placeholders 0, 1, 2")


def test_a_template_without_a_slide_size_is_refused(tmp_path):
    _template(tmp_path / "t.pptx", _edit("ppt/presentation.xml", rb"<p:sldSz [^>]*/>", b""))
    _refused(_project(tmp_path), "has no slide size (ppt/presentation.xml lacks p:sldSz)", "Design > Slide Size")


@pytest.mark.parametrize("size", [b'cx="0" cy="0"', b'cx="9144000" cy="-5"', b'cx="99999999999" cy="6858000"'])
def test_a_zero_negative_or_huge_slide_size_is_refused(tmp_path, size):
    _template(tmp_path / "t.pptx", _edit("ppt/presentation.xml", rb'cx="9144000" cy="6858000"', size))
    _refused(_project(tmp_path), "has a slide size of", "each side must be 72–4032pt (1–56 inches)")
