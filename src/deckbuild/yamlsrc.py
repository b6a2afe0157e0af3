"""Reading YAML files as node trees that remember line and column of everything.

Outlines are composed (not constructed) with PyYAML's safe loader, so every value keeps its
position and nothing is interpreted before the schema decides what a value means.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from deckbuild.diagnostics import Diagnostics, Pos
from deckbuild.paths import display_path  # noqa: F401 - where most modules look for it
from deckbuild.paths import UnreadableFile, file_problem, problem_hint, read_regular
from deckbuild.records import record

MAX_FILE_BYTES = 2 * 1024 * 1024
"""Outline, deck and style files larger than this are refused (a real outline is a few KB)."""


@record(frozen=True)
class YamlDoc:
    """A parsed YAML file: its root node (None when the file holds no document)."""

    path: Path
    display: str
    root: yaml.Node | None
    text: str


def node_pos(node: yaml.Node, display: str) -> Pos:
    """Return the 1-based position of *node* in the file shown as *display*."""
    mark = node.start_mark
    return Pos(display, mark.line + 1, mark.column + 1)


def _line_col(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    col = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, col


def read_text_file(path: Path, diags: Diagnostics, referenced_at: Pos | None = None) -> tuple[str, str] | None:
    """Return the display path and UTF-8 text of the outline or style file *path*, or None after adding why it
    cannot be read to *diags*: not found, not a regular file, larger than MAX_FILE_BYTES, or not UTF-8 (at the
    line and column of the first bad byte)."""
    display = display_path(path)
    where = referenced_at or Pos(display, 1, 1)
    problem = file_problem(path)
    if problem == "not found":
        diags.error(where, f"file not found: {display}", "check the name and that it is relative to the file that names it")
        return None
    if problem == "is a folder, not a regular file":
        diags.error(where, f"not a file: {display}")
        return None
    if problem:
        diags.error(where, f"'{display}' {problem}", problem_hint(problem))
        return None
    try:
        data = read_regular(path, MAX_FILE_BYTES)
    except UnreadableFile as exc:
        diags.error(where, f"'{display}' {exc}")
        return None
    if len(data) > MAX_FILE_BYTES:
        size = max(len(data), path.stat().st_size)
        diags.error(Pos(display, 1, 1), f"file is too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,})",
                    "split it into several section files")
        return None
    try:
        return display, data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[: exc.start].decode("utf-8", "replace")
        line, col = _line_col(before, len(before))
        diags.error(Pos(display, line, col), f"file is not UTF-8 (byte 0x{data[exc.start]:02x})",
                    "save the file as UTF-8")
        return None


def read_yaml(path: Path, diags: Diagnostics, referenced_at: Pos | None = None) -> YamlDoc | None:
    """Return the YAML document in *path*, or None after adding why it cannot be read to *diags*."""
    read = read_text_file(path, diags, referenced_at)
    if read is None:
        return None
    display, text = read
    try:
        root = _compose(text)
    except RecursionError:
        diags.error(Pos(display, 1, 1), "the YAML is nested too deeply to read",
                    "outlines nest a few levels deep; is this file generated or damaged?")
        return None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or "invalid YAML"
        if "<stream end>" in problem and exc.context_mark:  # point at what was left open, not at the end
            mark = exc.context_mark
            problem = problem.replace("but got '<stream end>'", "but the file ended")
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        opened = exc.context_mark.line + 1 if exc.context_mark else None
        if "found another document" in problem:
            problem, exc.context = "the file holds more than one document", None
        if "could not find expected ':'" in problem and exc.context_mark is not None:
            mark = exc.context_mark  # the line without its colon, not the one after it
            line, col = mark.line + 1, mark.column + 1
        context = f" ({exc.context})" if exc.context else ""
        diags.error(Pos(display, line, col), f"invalid YAML: {problem}{context}",
                    indentation_hint(problem, text, line, opened) or _yaml_hint(problem))
        return None
    except yaml.reader.ReaderError as exc:
        line, col = _line_col(text, exc.position)
        diags.error(Pos(display, line, col), f"invalid character U+{exc.character:04X} in YAML file"
                    if isinstance(exc.character, int) else "invalid character in YAML file",
                    "remove control characters from the text")
        return None
    except yaml.YAMLError as exc:  # pragma: no cover - PyYAML raises the marked kinds above
        diags.error(Pos(display, 1, 1), f"invalid YAML: {exc}")
        return None
    return YamlDoc(path, display, root, text)


FAST_LOADER = getattr(yaml, "CSafeLoader", None)
MAX_FLOW_DEPTH = 1000
_BRACKETS = re.compile(r"[\[\]{}]")


def _flow_depth(text: str) -> int:
    """Return an upper bound of how deeply flow collections ([...], {...}) nest in *text*."""
    depth = deepest = 0
    for m in _BRACKETS.finditer(text):
        depth = depth + 1 if m.group() in "[{" else max(depth - 1, 0)
        deepest = max(deepest, depth)
    return deepest


def _compose(text: str) -> yaml.Node | None:
    """Return the node tree of *text*: with libyaml when it is safe and installed, else in pure Python.

    libyaml is about 17 times faster; a file it rejects is read again in pure Python so that every error
    message reads the same, and a file nested so deeply that libyaml's recursion could crash the process
    is read in pure Python (which stops with RecursionError instead).
    """
    if FAST_LOADER is not None and _flow_depth(text) <= MAX_FLOW_DEPTH:
        try:
            return yaml.compose(text, Loader=FAST_LOADER)
        except yaml.YAMLError:
            pass
    return yaml.compose(text, Loader=yaml.SafeLoader)


_KEY_LINE = re.compile(r"^(?P<indent> *)(?P<dash>- +)?(?P<key>[^\s#:\-][^:#]*?):(?:\s+(?P<value>\S.*))?$")


def _lines_above(lines: list[str], index: int):
    """Yield (line number, text) of the lines above *index* that hold more than a comment, nearest first."""
    for i in range(index - 1, -1, -1):
        stripped = lines[i].strip()
        if stripped and not stripped.startswith("#"):
            yield i + 1, lines[i]


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def _key_col(m: re.Match) -> int:
    return len(m.group("indent")) + len(m.group("dash") or "") + 1


def indentation_hint(problem: str, text: str, line: int, opened: int | None = None) -> str | None:
    """Return a hint naming the indentation mistake behind a YAML *problem* at 1-based *line*, or None.

    The common mistakes: a key indented under a key that already has a value (YAML reads it as more of that
    text), a key or item that lines up with nothing above it, and a key at the column of the list's '-'.
    """
    lines = text.split("\n")
    if not 1 <= line <= len(lines):
        return None
    cur = lines[line - 1]
    cur_m = _KEY_LINE.match(cur)
    above = list(_lines_above(lines, line - 1))[:50]
    if "mapping values are not allowed" in problem and cur_m and not cur_m.group("dash") and above:
        prev_no, prev = above[0]
        prev_m = _KEY_LINE.match(prev)
        if prev_m and prev_m.group("value") and _indent(cur) > _key_col(prev_m) - 1:
            key, prev_key = cur_m.group("key").strip(), prev_m.group("key").strip()
            return (f"'{key}' is indented more than '{prev_key}' on line {prev_no}, which already has a value, so "
                    f"YAML reads it as more of that text; indent '{key}' like '{prev_key}' (column {_key_col(prev_m)})")
        return None
    if "expected <block end>" in problem or "expected <block mapping end>" in problem:
        is_item = cur.lstrip(" ").startswith("-")
        col = _indent(cur) + 1
        what = f"'{cur_m.group('key').strip()}'" if cur_m and not is_item else "this list item"
        for no, prev in above:
            prev_item = prev.lstrip(" ").startswith("-")
            if _indent(prev) == _indent(cur) and prev_item and not is_item:
                prev_m = _KEY_LINE.match(prev)
                under = f" (column {_key_col(prev_m)})" if prev_m else ""
                return (f"{what} lines up with the '-' of the list item on line {no}; indent it like the keys of "
                        f"that item{under}, or start it with '- ' to begin a new item")
            if prev_item == is_item and _indent(prev) != _indent(cur):
                kind = "list items" if is_item else "keys"
                return (f"{what} starts at column {col}, but the {kind} above it start at column "
                        f"{_indent(prev) + 1} (line {no}); the {kind} of one list or mapping must line up")
        return f"{what} starts at column {col}, which lines up with nothing above it; check its indentation"
    for close, name in (("]", "list"), ("}", "mapping")):
        if f"expected ',' or '{close}'" in problem and opened:
            where = "on this line" if opened == line else f"on line {opened}"
            return (f"the {name} opened with '{'[' if close == ']' else '{'}' {where} is not closed where YAML "
                    f"expected; close it with '{close}', and quote items that hold ', ', ': ' or '#'")
    if "could not find expected ':'" in problem:
        return (f"line {line} is neither 'key: value' nor '- item': add ':' after the key, or start a list item "
                "with '- '")
    if "sequence entries are not allowed here" in problem:
        return "start the list on the next line, one '- item' per line indented under the key, or write [a, b]"
    if "expected the node content, but found '-'" in problem:
        return "inside [ ] items are separated by commas, without '- '"
    return None


def _yaml_hint(problem: str) -> str | None:
    """Return a hint for the YAML error *problem* that indentation_hint has none for (an unclosed bracket is
    indentation_hint's)."""
    if "\\t" in problem or "tab" in problem:
        return "indent with spaces, not tabs"
    if "mapping values are not allowed" in problem:
        return "quote text that contains ': ' or start it on its own line"
    if "could not find expected ':'" in problem:
        return "is an indentation or a ':' missing?"
    if "found character '`'" in problem or "found character '@'" in problem:
        return "quote text that starts with ` or @"
    if "more than one document" in problem:
        return "a file holds one YAML document; remove the extra '---'"
    return None
