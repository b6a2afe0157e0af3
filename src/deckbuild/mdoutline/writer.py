"""Section data (as a YAML section file holds it) → a Markdown section file that reads back the same.

Each field is written in Markdown when Markdown can hold it, and every slide is read back to prove it:
a field that would not come back unchanged moves into the slide's ```yaml slide block instead, so the
conversion is lossless whatever the text holds.
"""

from __future__ import annotations

import re
import textwrap

import yaml

from deckbuild.diagnostics import Diagnostics
from deckbuild.mdoutline.attrs import format_value
from deckbuild.mdoutline.nodes import Numeral, plain_value

ATTR_KEYS = ("only", "skip", "in", "sources", "layout", "reveal")
SLIDE_NATIVE = ("title", "bullets", "quote", "image", "table", "code", "math", "statement", "columns", "notes",
                "details", *ATTR_KEYS)
SECTION_NATIVE = ("section", "summary", "notes", "sources", "only", "skip", "in")
_ID = re.compile(r"^[^\s\"'{}\\,=]+$")
WIDTH = 100


# -- canonical form: what the schema would read the same ------------------------------------------
PROSE = ("title", "statement", "text", "by", "alt", "caption", "date", "section")
"""One-line text fields: deckbuild draws each run of white space in them as one space."""


def canon(value, key: str | None = None):
    """Return *value* with the shorthands the schema accepts written out, for comparing two sections.

    White space in one-line text is compared as deckbuild draws it (a run of it is one space), so a
    statement written as a folded YAML block (ending in a line break) equals the same Markdown paragraph.
    """
    if key == "code":
        code = {"text": value} if isinstance(value, str) else dict(value) if isinstance(value, dict) else value
        if isinstance(code, dict):
            code = {k: canon(v, k) if k != "text" else _code_text(v) for k, v in code.items() if v is not None}
            code.setdefault("lang", "text")
        return code
    if isinstance(value, dict):
        return {k: canon(v, k) for k, v in value.items() if v is not None}
    if key in PROSE and isinstance(value, str):
        return " ".join(value.split())
    if key in ("sources", "only", "skip", "in", "highlight", "math") and not isinstance(value, list):
        value = [value]
    if key == "bullets" and isinstance(value, list):
        return [canon({"text": b} if not isinstance(b, dict) else b) for b in value]
    if key == "quote" and isinstance(value, str):
        return canon({"text": value})
    if key == "image" and isinstance(value, str):
        return {"path": value}
    if key == "highlight":
        return [str(v).strip() for v in value]
    if key == "math":
        return [str(v).strip() for v in value]
    if key == "rows":
        return [[("" if c is None else str(c)) for c in row] if isinstance(row, list) else row for row in value]
    if key == "columns" and isinstance(value, list):
        return [canon(c) if isinstance(c, dict) else (str(c) if c is not None else "") for c in value]
    if isinstance(value, list):
        return [canon(v) for v in value]
    return value


def _code_text(text: str) -> str:
    lines = [line.rstrip() for line in str(text).expandtabs(4).split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def _same(a, b, key: str) -> bool:
    return canon({key: a}).get(key) == canon({key: b}).get(key)


# -- pieces ---------------------------------------------------------------------------------------
def _attr_text(fields: dict) -> str:
    """Return ``{key=value …}`` for the fields that attributes can hold, or '' when there are none."""
    parts = []
    for key in ATTR_KEYS:
        if key not in fields:
            continue
        value = fields[key]
        if isinstance(value, bool):
            parts.append(f"{key}={'true' if value else 'false'}")
        elif isinstance(value, list):
            parts.append(f"{key}={','.join(str(v) for v in value)}")
        else:
            parts.append(f"{key}={format_value(str(value))}")
    return " {" + " ".join(parts) + "}" if parts else ""


def _attr_ok(key: str, value) -> bool:
    if key == "reveal":
        return isinstance(value, bool)
    if key == "layout":
        return isinstance(value, str) and bool(_ID.match(value))
    values = value if isinstance(value, list) else [value]
    return bool(values) and all(isinstance(v, str) and _ID.match(v) for v in values)


def _bullets(items: list, depth: int = 0) -> list[str]:
    out = []
    for b in items:
        b = {"text": b} if not isinstance(b, dict) else b
        attrs = {k: b[k] for k in ("sources", "only", "skip", "in") if k in b}
        out.append("  " * depth + "- " + str(b.get("text", "")) + _attr_text(attrs))
        out += _bullets(b.get("bullets") or [], depth + 1)
    return out


def _div(name: str, text: str) -> list[str]:
    return [f"::: {name}", str(text).rstrip("\n"), ":::"]


def _fence(info: str, text: str) -> list[str]:
    ticks = "```"
    while ticks in str(text):
        ticks += "`"
    return [ticks + info, str(text).rstrip("\n"), ticks]


def _yaml_block(word: str, fields: dict) -> list[str]:
    return _fence(f"yaml {word}", dump_yaml(fields))


def _paragraphs(text: str) -> list[str]:
    out = []
    for para in str(text).rstrip("\n").split("\n"):
        out += textwrap.wrap(para, WIDTH, break_long_words=False, break_on_hyphens=False) or [""]
        out.append("")
    return out[:-1]


def _content(key: str, value) -> list[str]:
    """Return the Markdown lines of one content field of a slide."""
    if key == "bullets":
        return _bullets(value)
    if key == "quote":
        q = {"text": value} if isinstance(value, str) else value
        lines = ["> " + line if line else ">" for line in str(q.get("text", "")).split("\n")]
        if q.get("by"):
            lines += [">", "> — " + str(q["by"])]
        return lines
    if key == "image":
        img = {"path": value} if isinstance(value, str) else value
        caption = f' "{img["caption"]}"' if img.get("caption") else ""
        return [f"![{img.get('alt') or ''}]({img.get('path', '')}{caption})"]
    if key == "table":
        cols = [str(c) for c in value.get("columns") or []]
        lines = ["| " + " | ".join(c.replace("|", "\\|") for c in cols) + " |", "|" + "---|" * len(cols)]
        for row in value.get("rows") or []:
            lines.append("| " + " | ".join(("" if c is None else str(c)).replace("|", "\\|") for c in row) + " |")
        return lines
    if key == "code":
        code = {"text": value} if isinstance(value, str) else value
        attrs = []
        if code.get("line_numbers"):
            attrs.append(".numberLines")
        hl = code.get("highlight")
        if hl is not None:
            hl = hl if isinstance(hl, list) else [hl]
            attrs.append(f'hl="{",".join(str(h).replace(" ", "") for h in hl)}"')
        info = str(code.get("lang") or "text") + (" {" + " ".join(attrs) + "}" if attrs else "")
        return _fence(info, code.get("text", ""))
    if key == "math":
        out = []
        for f in value if isinstance(value, list) else [value]:
            out += ["$$", str(f).strip(), "$$", ""]
        return out[:-1]
    if key == "statement":
        return _paragraphs(value)
    if key == "columns":
        out = [":::: columns"]
        for col in value:
            out.append("::: column")
            if col.get("title"):
                out.append("### " + str(col["title"]))
            out += _bullets(col.get("bullets") or [])
            out.append(":::")
        return out + ["::::"]
    if key in ("notes", "details"):
        return _div(key, value)
    raise KeyError(key)


def _slide_text(slide: dict, natural: set[str]) -> str:
    """Return one slide in Markdown: *natural* fields in Markdown, the rest in a ```yaml slide block."""
    lines: list[str] = []
    attrs = {k: slide[k] for k in ATTR_KEYS if k in slide and k in natural}
    if "title" in natural:
        lines.append("## " + str(slide["title"]) + _attr_text(attrs))
    else:
        lines.append("---")
        natural = natural - set(ATTR_KEYS)
    for key in SLIDE_NATIVE:
        if key in slide and key in natural and key not in ATTR_KEYS and key != "title":
            lines += [""] + _content(key, slide[key])
    rest = {k: v for k, v in slide.items() if k not in natural}
    if rest:
        lines += [""] + _yaml_block("slide", rest)
    return "\n".join(lines) + "\n"


def _read_back(text: str) -> list[dict]:
    """Return the sections *text* reads as, as plain data (diagnostics are ignored)."""
    from deckbuild.mdoutline.reader import read_markdown_sections

    return [plain_value(n) for n in read_markdown_sections(text, "<convert>", Diagnostics())]


def _slide_back(text: str) -> dict | None:
    sections = _read_back("# S\n\n## _\n\n" + text)
    slides = sections[0].get("slides", []) if len(sections) == 1 else []
    return slides[1] if len(slides) == 2 else None


def slide_markdown(slide: dict) -> str:
    """Return *slide* in Markdown, proved to read back the same."""
    natural = {k for k in slide if k in SLIDE_NATIVE and slide[k] is not None
               and (k not in ATTR_KEYS or _attr_ok(k, slide[k]))}
    for _ in range(4):
        text = _slide_text(slide, natural)
        back = _slide_back(text)
        if back is not None:
            wrong = {k for k in set(slide) | set(back) if not _same(slide.get(k), back.get(k), k)}
            if not wrong:
                return text
            if "title" in wrong:
                natural = set()
            natural -= wrong
        else:
            natural = set()
    return _slide_text(slide, set())


def section_markdown(section: dict) -> str:
    """Return the Markdown of a section (plain data as a YAML section file holds it)."""
    head_keys = {k for k in section if k in SECTION_NATIVE and section[k] is not None
                 and (k not in ("sources", "only", "skip", "in") or _attr_ok(k, section[k]))}
    text = None
    for _ in range(3):
        head = _head_text(section, head_keys)
        back = _read_back(head + "\n## _\n")
        if len(back) == 1:
            back[0].pop("slides", None)
            want = {k: v for k, v in section.items() if k != "slides"}
            wrong = {k for k in set(want) | set(back[0]) if not _same(want.get(k), back[0].get(k), k)}
            if not wrong:
                text = head
                break
            head_keys -= wrong | ({"section"} if "section" in wrong else set())
        else:
            head_keys = set()
    slides = section.get("slides") or []
    if text is not None:
        body = [text] + [slide_markdown(s) if isinstance(s, dict) else None for s in slides]
        if None not in body:
            if not any(b.startswith("## ") for b in body[1:]) and slides:
                body.insert(0, "---\nslide-level: 2\n---\n\n")
            doc = "\n".join(body)
            back = _read_back(doc)
            if len(back) == 1 and canon(back[0]) == canon(section):
                return doc
    return "---\n" + dump_yaml(section) + "---\n"  # the whole section as front matter: always reads back


def _head_text(section: dict, keys: set[str]) -> str:
    lines: list[str] = []
    attrs = {k: section[k] for k in ("sources", "only", "skip", "in") if k in section and k in keys}
    rest = {k: v for k, v in section.items() if k not in keys and k != "slides"}
    if "section" in keys:
        lines.append("# " + str(section["section"]) + _attr_text(attrs))
    else:
        rest.update(attrs)
    if "summary" in keys:
        lines += [""] + _paragraphs(section["summary"])
    if "notes" in keys:
        lines += [""] + _div("notes", section["notes"])
    if rest:
        if "section" not in keys:  # no heading: the section's fields lead the file as front matter
            return "---\n" + dump_yaml(rest) + "---\n" + ("\n" + "\n".join(lines[1:]) + "\n" if lines else "")
        lines += [""] + _yaml_block("section", rest)
    return "\n".join(lines) + "\n"


# -- YAML out ---------------------------------------------------------------------------------------
class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper, value: str):
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


def _numeral(dumper, value):
    return dumper.represent_scalar(value.tag, str(value))


_Dumper.add_representer(str, _str)
_Dumper.add_representer(Numeral, _numeral)


def dump_yaml(data) -> str:
    """Return *data* as block YAML that keeps key order and writes multi-line text as ``|`` blocks."""
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=WIDTH, default_flow_style=False)
