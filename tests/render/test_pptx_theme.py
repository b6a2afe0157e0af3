"""One theme-slot table: the deck's theme holds each style colour in the slot a template's colour is read from."""

from __future__ import annotations

import zipfile

from lxml import etree

from deckbuild.style_build import THEME_TO_STYLE
from deckbuild.template import STYLE_COLOR_OF_SLOT

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
DEFAULT = {"primary": "1F3B5B", "accent": "C0392B", "text": "1A1A1A", "background": "FFFFFF", "surface": "EEF2F6"}


def _theme(pptx) -> dict[str, str]:
    with zipfile.ZipFile(pptx) as package:
        name = next(n for n in package.namelist() if n.startswith("ppt/theme/theme") and n.endswith(".xml"))
        root = etree.fromstring(package.read(name))
    scheme = next(root.iter(f"{A}clrScheme"))
    return {child.tag[len(A):]: child[0].get("val") for child in scheme if len(child) and child[0].get("val")}


def test_the_theme_is_written_through_the_table_templates_are_read_through(built):
    _, pptx, _ = built
    theme = _theme(pptx)
    for name, slot in THEME_TO_STYLE.items():  # what a template's slot gives the style, the deck writes back
        assert theme[slot] == DEFAULT[name], (name, slot)
    assert theme["accent1"] == DEFAULT["accent"]  # a template's accent lands in accent1 again, not accent2
    for slot, name in STYLE_COLOR_OF_SLOT.items():
        if name in DEFAULT:
            assert theme[slot] == DEFAULT[name], slot
