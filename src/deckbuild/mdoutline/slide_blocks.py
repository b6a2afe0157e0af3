"""The blocks of a slide that become one field each: an image, a quote, a listing and a table (``SlideBody``
in ``slide.py`` collects them with the bullets, statements, formulas and ``:::`` blocks)."""

from __future__ import annotations

import re

from deckbuild.mdoutline.attrs import parse_attrs, split_trailing

BY_LINE = re.compile(r"^(?:—|―|–|--+)\s*(?P<by>\S.*)$")
NUMBER_LINES = ("numberLines", "number-lines", "numberlines", "line-numbers")


class SlideBlocks:
    """Turns a slide's image, quote, listing and table blocks into its fields (``self.r`` is the reader,
    ``self.mk`` its node maker, ``self.set`` stores a field)."""

    def image(self, img, trailing: str, line: int) -> None:
        r, mk = self.r, self.mk
        src = img.attrs.get("src", "")
        pairs = [mk.pair("path", mk.text(src, line, r.col_of(line, "(" + src) + 1))]
        alt = img.content.strip() if img.content else ""
        if re.match(r"^bg\b", alt):
            r.warn(line, "Marp background images ('![bg]') are not supported yet; the image is left out",
                   "show it as an ordinary image: write its alternative text in the brackets")
            return
        if re.match(r"^(w:|h:|width:|height:)", alt):
            r.warn(line, f"Marp image keywords ('{alt}') are not supported; the image is shown as an ordinary "
                   "image", "write the alternative text in the brackets")
        elif alt:
            pairs.append(mk.pair("alt", mk.text(alt, line, r.col_of(line, alt))))
        title = img.attrs.get("title")
        if title:
            pairs.append(mk.pair("caption", mk.text(str(title), line, r.col_of(line, str(title)))))
        attrs = {k: v for k, v in img.attrs.items() if k not in ("src", "alt", "title")}
        if trailing:
            parsed = parse_attrs(trailing.strip()[1:-1]) if trailing.strip().endswith("}") else None
            for a in parsed or []:
                attrs[a.name if a.kind == "key" else "." + a.name] = a.value
        for name, value in attrs.items():
            if name in ("width", "height", "fit", "focus"):  # the picture's size, as in YAML: 50%, 8cm, cover…
                pairs.append(mk.pair(name, mk.plain(str(value), line, r.col_of(line, name) + len(name) + 1)))
                continue
            r.warn(line, f"the image attribute '{name}={value}' is not supported and is ignored",
                   "deckbuild sizes an image with width, height, fit and focus", col=r.col_of(line, name))
        self.set("image", mk.mapping(pairs, line), line)

    def blockquote(self, b) -> None:
        r, mk = self.r, self.mk
        line = r.start(b)
        kids = list(b.children)
        if kids and all(k.type in ("bullet_list", "ordered_list") for k in kids):
            for k in kids:  # pandoc: a list in a quote is shown one item at a time
                self.items += [("bullet", n) for n in self.bullets(k)]
            self.reveal = mk.boolean(True, line)
            return
        paras: list[list[str]] = []
        for k in kids:
            if k.type == "paragraph":
                paras.append([part.strip() for part in (k.children[0].content if k.children else "").split("\n")])
                r.inline_text(k.children[0]) if k.children else None
            else:
                r.warn(r.start(k), f"{r.describe(k)} inside a quote is not shown", "a quote holds text and a "
                       "final '— author' line")
        by = None
        if paras:
            m = BY_LINE.match(paras[-1][-1])
            if m:
                by = m.group("by").strip()
                paras[-1].pop()
                if not paras[-1]:
                    paras.pop()
        text = "\n".join(" ".join(p) for p in paras)
        pairs = [mk.pair("text", mk.text(text, line, r.col_of(line, ">") + 2))]
        if by:
            by_line = r.start(b) + max(0, len(self.r.lines[r.start(b):b.map[1]]) - 1)
            for i in range(b.map[0], b.map[1]):
                if by in r.lines[i]:
                    by_line = i
            pairs.append(mk.pair("by", mk.text(by, by_line, r.col_of(by_line, by))))
        self.set("quote", mk.mapping(pairs, line), line)

    def code(self, b) -> None:
        r, mk = self.r, self.mk
        line = r.start(b)
        info = b.info.strip()
        lang, attrs, off = None, [], -1
        rest, attrs, off = split_trailing(info)
        if rest.strip():
            lang = rest.split()[0]
        pairs = []
        base = r.lines[line].find("{") + 1 if "{" in r.lines[line] else 0
        line_numbers = None
        for a in attrs:
            col = base + a.offset
            if a.kind == "class" and a.name in NUMBER_LINES:
                line_numbers = mk.boolean(True, line, col)
            elif a.kind == "class" and lang is None:
                lang = a.name
            elif a.kind == "key" and a.name in ("hl", "highlight", "code-line-numbers"):
                vcol = col + len(a.name) + 1 + (1 if a.quoted else 0)
                pairs.append(mk.pair("highlight", mk.seq([mk.text(v.strip(), line, vcol) for v in a.value.split(",")
                                                          if v.strip()], line, vcol)))
            else:
                shown = f"{a.name}={a.value}" if a.kind == "key" else ("." if a.kind == "class" else "#") + a.name
                r.warn(line, f"the code attribute '{shown}' is not supported and is ignored",
                       "deckbuild reads the language, .numberLines and hl=\"3,5-7\"", col=col)
        if lang:
            pairs.insert(0, mk.pair("lang", mk.text(lang, line, r.col_of(line, lang))))
        pairs.insert(1 if lang else 0, mk.pair("text", mk.text(b.content, line + 1)))
        if line_numbers is not None:
            pairs.append(mk.pair("line_numbers", line_numbers))
        self.set("code", mk.mapping(pairs, line), line)

    def table(self, b) -> None:
        r, mk = self.r, self.mk
        line = r.start(b)
        columns, rows, aligned = [], [], False
        for part in b.children:
            for tr in part.children:
                cells = []
                for cell in tr.children:
                    aligned = aligned or bool(cell.attrs.get("style"))
                    inline = cell.children[0] if cell.children else None
                    text = r.inline_text(inline) if inline is not None else ""
                    cline = r.start(tr)
                    cells.append(mk.text(text, cline, r.col_of(cline, text) if text else 0))
                if part.type == "thead":
                    columns = cells
                else:
                    rows.append(mk.seq(cells, r.start(tr)))
        if aligned:
            r.warn(line + 1, "column alignment (':' in the rule line) is ignored",
                   "deckbuild aligns table cells itself")
        pairs = [mk.pair("columns", mk.seq(columns, line))]
        if rows:
            pairs.append(mk.pair("rows", mk.seq(rows, line + 2)))
        self.set("table", mk.mapping(pairs, line), line)
