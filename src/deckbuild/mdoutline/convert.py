"""``deckbuild convert DECK --to md|yaml``: a deck's section files rewritten in the other format, in a new folder.

The source deck is never changed. deck.yaml is copied with its ``sections:`` names (if it lists them)
pointing at the new files; image paths are rewritten when the new folder sits elsewhere.
"""

from __future__ import annotations

import os
from pathlib import Path

import yaml

from deckbuild.diagnostics import Diagnostics, Pos
from deckbuild.mdoutline import is_markdown, section_nodes
from deckbuild.mdoutline.nodes import plain_value
from deckbuild.mdoutline.writer import dump_yaml, section_markdown
from deckbuild.records import field, record

FORMATS = ("md", "yaml")


@record
class Converted:
    """What a conversion wrote (nothing when *diags* has errors)."""

    folder: Path
    files: list[Path] = field(default_factory=list)
    diags: Diagnostics = field(default_factory=Diagnostics)

    @property
    def ok(self) -> bool:
        return not self.diags.has_errors


def _rebase_images(data, src: Path, dst: Path):
    """Return *data* with relative image paths made relative to *dst* instead of *src*."""
    if src.resolve() == dst.resolve():
        return data

    def fix(path: str) -> str:
        if "://" in path or os.path.isabs(path):
            return path
        return Path(os.path.relpath(src.resolve() / path, dst.resolve())).as_posix()

    def walk(node):
        if isinstance(node, dict):
            out = {}
            for k, v in node.items():
                if k == "image" and isinstance(v, str):
                    v = fix(v)
                elif k == "image" and isinstance(v, dict) and isinstance(v.get("path"), str):
                    v = dict(v, path=fix(v["path"]))
                out[k] = walk(v)
            return out
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    return walk(data)


def _sections(folder: Path, listed: list[tuple[str, yaml.Node]] | None) -> list[tuple[str, yaml.Node | None]]:
    if listed is not None:
        return listed
    return [(p.name, None) for p in sorted(folder.iterdir())
            if p.is_file() and p.name != "deck.yaml" and (p.suffix in (".yaml", ".yml") or is_markdown(p, found=True))]


def convert_deck(deck: Path, to: str, out: Path) -> Converted:
    """Write the deck at *deck* (a folder with deck.yaml) into *out* with its sections in format *to*."""
    from deckbuild.outputs import write_atomic
    from deckbuild.yamlsrc import display_path, read_yaml

    from deckbuild.loader import load_deck

    result = Converted(out)
    diags = result.diags
    checked = Diagnostics()  # a deck that does not build is not converted; its warnings are the build's
    if load_deck(deck, checked) is None or checked.has_errors:
        diags.extend(checked.errors)
        return result
    manifest = deck / "deck.yaml"
    doc = read_yaml(manifest, diags)
    if doc is None:
        return result
    listed = None
    root = doc.root
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if isinstance(key, yaml.ScalarNode) and key.value == "sections" and isinstance(value, yaml.SequenceNode):
                listed = []
                for item in value.value:
                    if isinstance(item, yaml.ScalarNode):
                        listed.append((item.value, item))
                    else:
                        diags.warning(Pos(doc.display, item.start_mark.line + 1, item.start_mark.column + 1),
                                      "a section written inside deck.yaml is copied as it is",
                                      "move it into its own file to convert it")
    writes: dict[Path, bytes] = {}
    renames: list[tuple[yaml.Node, list[str]]] = []
    for name, node in _sections(deck, listed):
        src = deck / name
        if not src.resolve().is_relative_to(deck.resolve()) or not src.is_file():
            diags.error(Pos(doc.display, node.start_mark.line + 1, node.start_mark.column + 1) if node else
                        Pos(display_path(src), 1, 1), f"section file '{name}' cannot be read here",
                        "section files live in the deck's own folder")
            continue
        stem = Path(name).stem
        if is_markdown(src):
            read = section_nodes(src, diags)
            if read is None:
                continue
            _display, _text, roots = read
            datas = [plain_value(r) for r in roots]
        else:
            ydoc = read_yaml(src, diags)
            if ydoc is None or ydoc.root is None:
                if ydoc is not None:
                    diags.error(Pos(ydoc.display, 1, 1), "the section file is empty")
                continue
            datas = [plain_value(ydoc.root)]
        datas = [_rebase_images(d, deck, out) for d in datas]
        new_names = []
        for i, data in enumerate(datas, 1):
            new_stem = stem if len(datas) == 1 else f"{stem}-{i}"
            if to == "md":
                new_name, text = f"{new_stem}.md", section_markdown(data) if isinstance(data, dict) else None
            else:
                new_name, text = f"{new_stem}.yaml", dump_yaml(data)
            if text is None:
                diags.error(Pos(display_path(src), 1, 1), "the section file does not hold a section mapping")
                continue
            writes[out / new_name] = text.encode("utf-8")
            new_names.append(new_name)
        if node is not None:
            renames.append((node, new_names))
    if diags.has_errors:
        return result
    writes[out / "deck.yaml"] = _manifest(doc.text, renames, deck, out).encode("utf-8")
    for path, data in writes.items():
        write_atomic(path, data)
        result.files.append(path)
    return result


def _manifest(text: str, renames: list[tuple[yaml.Node, list[str]]], deck: Path, out: Path) -> str:
    """Return deck.yaml's text with the listed section names replaced (comments and layout kept)."""
    lines = text.split("\n")
    for node, names in sorted(renames, key=lambda r: (r[0].start_mark.line, r[0].start_mark.column), reverse=True):
        start, end = node.start_mark, node.end_mark
        if start.line != end.line:
            continue
        line = lines[start.line]
        flow = line[:start.column].rstrip().endswith(("[", ","))
        replacement = ", ".join(names) if flow else ("\n" + " " * (start.column - 2) + "- ").join(names)
        lines[start.line] = line[:start.column] + replacement + line[end.column:]
    result = "\n".join(lines)
    if deck.resolve() != out.resolve():
        result = _rebase_style(result, deck, out)
    return result


def _rebase_style(text: str, deck: Path, out: Path) -> str:
    import re

    def fix(m):
        value = m.group(2).strip().strip("'\"")
        if not value.endswith((".yaml", ".yml")) or os.path.isabs(value):
            return m.group(0)
        return m.group(1) + Path(os.path.relpath(deck.resolve() / value, out.resolve())).as_posix()

    return re.sub(r"(?m)^(style:\s*)(\S.*)$", fix, text)
