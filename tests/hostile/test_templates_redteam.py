"""Red-team pass over templates: a package whose parts refer to a missing part, or to each other in a loop, is
refused in a user's words (not python-pptx's KeyError or RecursionError), at the style's template line."""

from __future__ import annotations

import io
import zipfile

from pptx import Presentation

from .test_templates import _edit, _project, _refused, _template

HINT = "save it again from PowerPoint as a .pptx"


def test_a_template_missing_a_part_its_relationships_name_is_refused(tmp_path):
    buf = io.BytesIO()
    Presentation().save(buf)
    src = zipfile.ZipFile(buf)
    with zipfile.ZipFile(tmp_path / "t.pptx", "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            if name != "ppt/slideLayouts/slideLayout2.xml":
                dst.writestr(name, src.read(name))
    _refused(_project(tmp_path), "cannot be read as a PowerPoint template: a part refers to a part that is missing "
             "(relationship rId2)", HINT)


def test_a_template_whose_parts_refer_to_each_other_in_a_loop_is_refused(tmp_path):
    _template(tmp_path / "t.pptx", _edit("ppt/slideLayouts/_rels/slideLayout1.xml.rels",
                                         rb'Target="\.\./slideMasters/slideMaster1\.xml"', b'Target="slideLayout1.xml"'))
    _refused(_project(tmp_path), "cannot be read as a PowerPoint template: its parts refer to each other in a loop",
             HINT)
