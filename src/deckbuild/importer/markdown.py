"""Reading Markdown into blocks: ATX and setext headings, lists, fenced and indented code, figures, pipe tables
and YAML front matter (its title, author, date, publisher and url fill the document's source entry).
"""

from __future__ import annotations

import re

from deckbuild.importer.blocks import CODE, FIGURE, HEADING, ITEM, PARA, TABLE, Block, Document, Dropped
from deckbuild.importer.meta import iso_date
from deckbuild.importer.text import clean_chars


def continues_paragraph(prev: str, text: str) -> bool:
    """Return True when *text* is the next line of a hard-wrapped paragraph that *prev* began."""
    if not text[:1].islower() or re.search(r"[.!?:;\"”’)]$", prev):
        return False
    return len(prev) > 50 or bool(_DANGLING_END.search(prev))


_DANGLING_END = re.compile(r"\b(a|an|the|and|or|but|of|to|at|by|for|from|in|into|on|with|as|that|which|is|are|was|"
                           r"were|be|will|would|can|could|its|their|his|her)$", re.I)


FENCE = re.compile(r"^\s{0,3}(```+|~~~+)")
ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+\s*)?$")
MD_ITEM = re.compile(r"^(\s*)([*+-]|\d{1,3}[.)])\s+(.*)$")
IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>")


def read_markdown(lines: list[str], doc: Document) -> None:
    """Add the headings, paragraphs, list items, code listings, figures and tables of Markdown to *doc*."""
    i = _front_matter(lines, doc)
    para: list[tuple[int, str]] = []
    blocks = doc.blocks

    def flush() -> None:
        if para:
            figure = MD_FIGURE.fullmatch(" ".join(t for _, t in para).strip()) if len(para) <= 3 else None
            if figure and figure.group(1).strip():
                caption = clean_chars(figure.group(3) or figure.group(1))
                blocks.append(Block(FIGURE, "", para[0][0], para[-1][0],
                                    data={"src": figure.group(2), "alt": clean_chars(figure.group(1)),
                                          "caption": caption}))
                para.clear()
                return
            text = clean_chars(IMAGE.sub("", HTML_TAG.sub("", " ".join(t for _, t in para))))
            if text:
                blocks.append(Block(PARA, text, para[0][0], para[-1][0]))
            para.clear()

    fence = None  # (marker, first line, info string, code lines)
    table: list[tuple[int, str]] = []
    item_open = False  # the line before continued or began a list item
    while i < len(lines):
        raw, number = lines[i], i + 1
        i += 1
        if not raw.strip():
            item_open = False
        m = FENCE.match(raw)
        if fence is not None:
            if m and m.group(1)[0] == fence[0][0] and len(m.group(1)) >= len(fence[0]) and \
                    not raw.strip()[len(m.group(1)):].strip():
                _code_block(doc, fence, number)
                fence = None
            elif len(fence[3]) < MAX_CODE_LINES_READ:
                fence[3].append(raw)
            continue
        if table and not raw.strip().startswith("|"):
            _table_block(doc, table)
            table = []
        if m:
            flush()
            fence = (m.group(1), number, raw.strip()[len(m.group(1)):].strip(), [])
            continue
        stripped = raw.strip()
        if not para and not item_open and raw.startswith(("    ", "\t")) and stripped and \
                (not blocks or blocks[-1].kind != ITEM or _blank_before(lines, number)) and \
                _blank_before(lines, number):
            flush()
            code = [raw]
            while i < len(lines) and (lines[i].startswith(("    ", "\t")) or not lines[i].strip()) and \
                    len(code) < MAX_CODE_LINES_READ:
                code.append(lines[i])
                i += 1
            while code and not code[-1].strip():
                code.pop()
            text = "\n".join(line[4:] if line.startswith("    ") else line[1:] for line in code)
            blocks.append(Block(CODE, "", number, number + len(code) - 1, data={"lang": "text", "text": text}))
            continue
        if stripped.startswith("|") and (table or _table_starts(lines, i - 1)):
            flush()
            table.append((number, stripped))
            continue
        if not stripped or stripped.startswith("<!--") or re.fullmatch(r"\|?[\s:|-]+\|[\s:|-]*", stripped):
            flush()
            continue
        if para and re.fullmatch(r"=+|-+", stripped) and len(para) == 1:
            level = 1 if "=" in stripped else 2
            blocks.append(Block(HEADING, clean_chars(para[0][1]), para[0][0], number, level=level))
            para.clear()
            continue
        if re.fullmatch(r"(\*\s*){3,}|(-\s*){3,}|(_\s*){3,}", stripped):
            flush()
            continue
        h = ATX.match(raw)
        item = MD_ITEM.match(raw.expandtabs(4))
        if h:
            flush()
            if clean_chars(h.group(2)).strip("#*` "):
                blocks.append(Block(HEADING, clean_chars(h.group(2)), number, number, level=len(h.group(1))))
        elif item:
            flush()
            text = clean_chars(IMAGE.sub("", item.group(3)))
            if text:
                blocks.append(Block(ITEM, text, number, number, level=min(1 + len(item.group(1)) // 2, 4)))
                item_open = True
                continue
        elif stripped.startswith("|"):
            flush()
            doc.skipped.append((number, number, "table row"))
        elif not para and blocks and blocks[-1].kind == ITEM and (item_open or raw.startswith((" ", "\t"))):
            # a wrapped list item: an indented or lazy continuation line
            blocks[-1].text, blocks[-1].end = f"{blocks[-1].text} {clean_chars(IMAGE.sub('', stripped))}", number
            item_open = True
            continue
        else:
            para.append((number, stripped.lstrip("> ").strip() or stripped))
    if fence is not None:
        _code_block(doc, fence, len(lines))
    if table:
        _table_block(doc, table)
    flush()


MD_FIGURE = re.compile(r'!\[([^\]]*)\]\(\s*<?([^\s)>]+)>?(?:\s+["\'(](.*?)["\')])?\s*\)(?:\{[^}]*\})?')
MAX_CODE_LINES_READ = 5000
"""Lines of one listing read at most (a slide shows far fewer; the rest would only cost time)."""
_TABLE_RULE = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")


def _blank_before(lines: list[str], number: int) -> bool:
    return number < 2 or not lines[number - 2].strip()


def _table_starts(lines: list[str], index: int) -> bool:
    """Return True when the line at *index* is a pipe table's header (the next line is its rule)."""
    return index + 1 < len(lines) and bool(_TABLE_RULE.match(lines[index + 1].strip()))


def _code_block(doc: Document, fence: tuple, end: int) -> None:
    """Add a fenced listing to *doc*, with the language its info string names."""
    from deckbuild.importer.kinds import lexer_alias, lexer_for_filename

    marker, first, info, code = fence
    word = info.split()[0].strip("{}.") if info.split() else ""
    lang = lexer_alias(word)
    if lang is None and doc.blocks and doc.blocks[-1].kind == PARA:
        lang = lexer_for_filename(doc.blocks[-1].text)
    if not "".join(code).strip():
        return
    doc.blocks.append(Block(CODE, "", first, end, data={"lang": lang or "text", "text": "\n".join(code),
                                                      "named": word if lang is None and word else None}))


def _table_block(doc: Document, rows: list[tuple[int, str]]) -> None:
    """Add a pipe table to *doc*: its header, then its rows (the rule line left out)."""
    cells = [[clean_chars(c) for c in re.split(r"(?<!\\)\|", text.strip().strip("|"))] for _n, text in rows
             if not _TABLE_RULE.match(text)]
    if cells:
        doc.blocks.append(Block(TABLE, "", rows[0][0], rows[-1][0], data={"rows": cells, "head": True}))


def _front_matter(lines: list[str], doc: Document) -> int:
    """Return the index of the first line after YAML front matter, taking its title and author."""
    if not lines or lines[0].strip() != "---":
        return 0
    for end in range(1, min(len(lines), 200)):
        if lines[end].strip() in ("---", "..."):
            for line in lines[1:end]:
                key, _, value = line.partition(":")
                value = clean_chars(value).strip("'\"")
                key = key.strip()
                if key in ("title", "author", "date", "publisher", "url") and value:
                    setattr(doc, key, (iso_date(value) or value) if key == "date" else value)
            doc.dropped.append(Dropped(1, end + 1, "---",
                                       "front matter (its title, author, date, publisher and url are used)"))
            return end + 1
    return 0
