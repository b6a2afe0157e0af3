"""Writing the draft as YAML text (by hand, so that every bullet can carry a comment with its origin).

Strings are written plain when YAML reads them back unchanged as text, double-quoted otherwise
(``a: b`` would be a mapping, ``yes`` a boolean); prose goes into folded or literal blocks.
"""

from __future__ import annotations

import json
import re
import textwrap
import unicodedata

from deckbuild.importer.blocks import Document
from deckbuild.importer.sections import Section
from deckbuild.importer.summarize import Point, SlideDraft

_PLAIN = re.compile(r"^[A-Za-z\u00c0-\uffff][^\n\t]*$")
_KEYWORDS = frozenset("y n yes no on off true false null".split())
WIDTH = 100


def scalar(text: str) -> str:
    """Return *text* as a YAML scalar that reads back as exactly this string."""
    if (_PLAIN.match(text) and ": " not in text and " #" not in text and not text.endswith((":", " "))
            and text.lower() not in _KEYWORDS and not text.startswith(("- ", "? "))):
        return text
    return json.dumps(text, ensure_ascii=False)


def block(key: str, text: str, indent: int, folded: bool = True) -> list[str]:
    """Return ``key: >-`` (or ``|-``) and *text* wrapped below it at *indent* + 2 spaces."""
    pad = " " * (indent + 2)
    lines = [f"{' ' * indent}{key}: {'>-' if folded else '|-'}"]
    for para in text.split("\n"):
        if folded:
            lines += textwrap.wrap(para, WIDTH - len(pad), initial_indent=pad, subsequent_indent=pad,
                                   break_long_words=False, break_on_hyphens=False) or [""]
        else:
            lines.append(pad + para if para else "")
    return lines


def slug(text: str, limit: int = 40) -> str:
    """Return a file-name-safe form of *text* (ASCII letters, digits and '-')."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    out = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(out) > limit:
        out = out[:limit].rsplit("-", 1)[0]
    return out or "section"


def deck_yaml(title: str, subtitle: str | None, docs: list[Document], notes: dict[str, str],
              header: list[str]) -> str:
    """Return the text of ``deck.yaml``: the title and every document as a source."""
    lines = [f"# {h}" for h in header]
    lines.append(f"title: {scalar(title)}")
    if subtitle:
        lines.append(f"subtitle: {scalar(subtitle)}")
    lines.append("sources:")
    for doc in docs:
        lines.append(f"  {doc.sid}:  # {doc.path.name}")
        lines.append(f"    title: {scalar(doc.title or doc.path.stem)}")
        for key in ("author", "publisher", "date", "url"):
            if getattr(doc, key):
                lines.append(f"    {key}: {scalar(getattr(doc, key))}")
        if doc.sid in notes:
            lines.append(f"    note: {scalar(notes[doc.sid])}")
    return "\n".join(lines) + "\n"


def section_yaml(section: Section, summary: str, slides: list[SlideDraft], comments: list[str]) -> str:
    """Return the text of one section file: title, summary, sources, TODO notes and slides."""
    doc = section.doc
    lines = [f"# {c}" for c in [f"{doc.where(section.line, section.end)} ('{section.title}'), drafted by "
                                "`deckbuild import`: check each bullet against the lines named beside it",
                                *section.comments, *comments]]
    lines.append(f"section: {scalar(section.title)}")
    if summary:
        lines += block("summary", summary, 0)
    lines.append(f"sources: [{', '.join(section.sources)}]")
    if section.todos:
        lines += block("notes", "\n".join(f"TODO: {t}" for t in section.todos), 0, folded=False)
    if slides:
        lines.append("slides:")
    for slide in slides:
        if slide.special is not None:
            x = slide.special
            lines.append(f"  - title: {scalar(slide.title)}  # {doc.where(x.line, x.end)}")
            lines += _special(x.content, 4)
        else:
            lines.append(f"  - title: {scalar(slide.title)}")
            lines.append("    bullets:")
            for point in slide.points:
                lines += _bullet(point, doc, 6)
        notes = [f"TODO: {t}" for t in slide.todos] + slide.notes
        if notes:
            lines += block("notes", "\n".join(notes), 4, folded=False)
    return "\n".join(lines) + "\n"


def _special(content: dict, indent: int) -> list[str]:
    """Return the YAML lines of a slide's ``code:``, ``table:``, ``image:`` or plain ``bullets:`` field."""
    pad = " " * indent
    lines: list[str] = []
    if "code" in content:
        code = content["code"]
        lines += [f"{pad}code:", f"{pad}  lang: {scalar(code['lang'])}"]
        text = code["text"] or " "
        first = next((line for line in text.split("\n") if line.strip()), "")
        lines.append(f"{pad}  text: |{'2' if first[:1].isspace() else ''}-")
        lines += [f"{pad}    {line}" if line else "" for line in text.split("\n")]
    elif "table" in content:
        table = content["table"]
        lines.append(f"{pad}table:")
        lines.append(f"{pad}  columns: [{', '.join(_flow(c) for c in table['columns'])}]")
        lines.append(f"{pad}  rows:")
        lines += [f"{pad}    - [{', '.join(_flow(c) for c in row)}]" for row in table["rows"]]
    elif "image" in content:
        lines.append(f"{pad}image:")
        lines += [f"{pad}  {key}: {scalar(value)}" for key, value in content["image"].items() if value]
    else:
        lines.append(f"{pad}bullets:")
        lines += [f"{pad}  - {scalar(text)}" for text in content["bullets"]]
    return lines


def _flow(text: str) -> str:
    """Return *text* as a YAML scalar that is safe inside a flow sequence ``[…]``."""
    out = scalar(text)
    return out if out == json.dumps(text, ensure_ascii=False) or not re.search(r"[,\[\]{}]", out) else \
        json.dumps(text, ensure_ascii=False)


def _bullet(point: Point, doc: Document, indent: int) -> list[str]:
    pad = " " * indent
    origin = f"  # {doc.where(point.line, point.end)}"
    if not point.children:
        return [f"{pad}- {scalar(point.text)}{origin}"]
    lines = [f"{pad}- text: {scalar(point.text)}{origin}", f"{pad}  bullets:"]
    for child in point.children:
        lines += _bullet(child, doc, indent + 4)
    return lines
