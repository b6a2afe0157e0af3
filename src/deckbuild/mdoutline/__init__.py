"""Markdown section files (``NN-name.md``): read into the same raw tree as YAML, checked by the same schema.

The loader reads a section file ending in ``.md`` with :func:`section_nodes` and checks the nodes like
YAML's; everything after that (audiences, styles, layout, painters, check, watch) sees ordinary sections.
"""

from __future__ import annotations

from pathlib import Path

from deckbuild.diagnostics import Diagnostics, Pos

SUFFIXES = (".md", ".markdown")


NOT_SECTIONS = ("readme", "changelog", "license", "contributing")
"""Markdown files a deck folder may hold that are not sections (unless deck.yaml lists them)."""


def is_markdown(path: Path, found: bool = False) -> bool:
    """Return True when *path* names a Markdown section file (*found*: in a folder, not listed by name)."""
    return path.suffix.lower() in SUFFIXES and not (found and path.stem.lower() in NOT_SECTIONS)


def read_text(path: Path, diags: Diagnostics, referenced_at: Pos | None = None) -> tuple[str, str] | None:
    """Return the display path and text of *path*, or None after reporting why it cannot be read."""
    from deckbuild.yamlsrc import read_text_file

    read = read_text_file(path, diags, referenced_at)
    if read is None:
        return None
    display, text = read
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        diags.error(Pos(display, line, 1), "invalid character U+0000 in the Markdown file",
                    "remove control characters from the text")
        return None
    return display, text.replace("\r\n", "\n").replace("\r", "\n")


def section_nodes(path: Path, diags: Diagnostics, referenced_at: Pos | None = None):
    """Return (display, text, section mapping nodes) of the Markdown file *path*, or None when unreadable."""
    from deckbuild.mdoutline.reader import read_markdown_sections

    read = read_text(path, diags, referenced_at)
    if read is None:
        return None
    display, text = read
    if not text.strip():
        diags.error(Pos(display, 1, 1), "the section file is empty", "start it with '# Section title'")
        return None
    return display, text, read_markdown_sections(text, display, diags, path.stem)
