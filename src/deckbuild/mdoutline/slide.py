"""The fields of one slide, from the Markdown blocks between its heading and the next slide.

Lists become bullets, a lone paragraph a statement, and quotes, listings, tables, ``$$`` formulas,
images and ``:::`` blocks their fields; whatever has no place on a slide is warned about at its line.
"""

from __future__ import annotations

import re

import yaml

from deckbuild.mdoutline.attrs import split_trailing
from deckbuild.mdoutline.slide_blocks import SlideBlocks

PAUSE = re.compile(r"^\.\s*\.\s*\.$")
KIND_KEYS = ("columns", "quote", "image", "table", "chart", "timeline", "statement", "code", "math")
BULLETS_BESIDE = ("image", "code", "math")


class SlideBody(SlideBlocks):
    """Collects the fields of one slide from its blocks, in the order they are written."""

    def __init__(self, reader):
        self.r = reader
        self.mk = reader.make
        self.items: list[tuple[str, object]] = []  # ("bullet", node) or ("para", (text, line))
        self.fields: dict[str, tuple] = {}  # kind → pair
        self.math: list = []
        self.notes: list[tuple[str, int]] = []
        self.details: list[tuple[str, int]] = []
        self.extra: list = []  # pairs from attributes and ```yaml slide blocks
        self.overflow: list = []  # (kind, node) of a second listing, table, … on the same slide
        self.reveal = None
        self.warned_ordered = False

    def add(self, b) -> None:
        r, mk = self.r, self.mk
        line = r.start(b)
        kind = b.type
        if kind in ("bullet_list", "ordered_list"):
            if kind == "ordered_list" and not self.warned_ordered:
                self.warned_ordered = True
                r.warn(line, "a numbered list is shown as bullets", "deckbuild has no numbered lists; write the "
                       "numbers into the text if they matter")
            self.items += [("bullet", n) for n in self.bullets(b)]
        elif kind == "paragraph":
            self.paragraph(b)
        elif kind == "blockquote":
            self.blockquote(b)
        elif kind == "fence":
            if r.is_yaml_block(b, "slide"):
                self.extra += r.yaml_block(b)
            else:
                self.code(b)
        elif kind == "code_block":
            self.set("code", mk.mapping([mk.pair("text", mk.text(b.content, line + 1))], line), line)
        elif kind in ("math_block", "math_block_label"):
            self.math.append(mk.text(b.content.strip(), line + 1))
        elif kind == "table":
            self.table(b)
        elif kind == "container_div":
            self.div(b)
        elif kind == "html_block":
            if r.comment(b) is not None:
                r.comment_into(b, self.notes)
            else:
                r.warn(line, "raw HTML is not shown", "deckbuild draws no HTML; write the content in Markdown")
        elif kind == "heading":
            text, _attrs, _ = r.heading_text(b)
            r.warn(line, f"a level-{b.tag[1]} heading inside a slide has no meaning in deckbuild; it is shown as a "
                   "bullet", "start a new slide with the slide-level heading, or use a column title in ::: column")
            self.items.append(("bullet", mk.text(text, line, r.col_of(line, text))))
        elif kind == "front_matter":
            r.warn(line, "front matter is read only at the top of the file")
        else:
            r.warn(line, f"{r.describe(b)} is not shown (deckbuild has nothing like it)")

    def set(self, key: str, value, line: int) -> None:
        if key in self.fields:
            self.overflow.append((key, value))
            return
        self.fields[key] = self.mk.pair(key, value)

    # -- blocks -----------------------------------------------------------------------------------
    def bullets(self, lst, depth: int = 1) -> list:
        r, mk = self.r, self.mk
        out = []
        for item in lst.children:
            line = r.start(item)
            text_node, attrs, nested, off = None, [], [], -1
            for child in item.children:
                if child.type == "paragraph" and text_node is None:
                    cline = r.start(child)
                    text, attrs, off = split_trailing(r.folded(child))
                    text_node = mk.text(text, cline, r.col_of(cline, text) if text else 0, child.map[1] - 1)
                    attr_line = cline
                elif child.type in ("bullet_list", "ordered_list"):
                    nested += self.bullets(child, depth + 1)
                else:
                    r.warn(r.start(child), f"{r.describe(child)} inside a bullet is not shown",
                           "a bullet holds one line of text and nested bullets")
            if text_node is None or not text_node.value.strip():
                if not nested:
                    r.warn(line, "an empty bullet is left out", "write some text after the '-' or remove the line")
                    continue
                text_node = text_node or mk.text("", line, r.col_of(line, "-"))
            if not attrs and not nested:
                out.append(text_node)
                continue
            pairs = [mk.pair("text", text_node)]
            if nested:
                pairs.append(mk.pair("bullets", mk.seq(nested, r.start(item.children[1]) if len(item.children) > 1
                                                      else line)))
            if attrs:
                base = r.lines[attr_line].rfind("{") + 1 if attr_line < len(r.lines) else 0
                pairs += r.attr_pairs(attrs, attr_line, off, base, where="bullet")
            out.append(mk.mapping(pairs, line))
        return out

    def paragraph(self, b) -> None:
        r = self.r
        line = r.start(b)
        kids = _image_only(b)
        if kids:
            self.image(kids[0], kids[1].content.strip() if len(kids) == 2 else "", line)
            return
        text = r.folded(b)
        if PAUSE.match(text):
            r.warn(line, "pauses ('. . .') are not supported", "add {reveal=true} to the slide heading to show its "
                   "bullets one click at a time")
            return
        self.items.append(("para", (text, line, b.map[1] - 1)))

    def div(self, b) -> None:
        r, mk = self.r, self.mk
        line = r.start(b)
        name = r.div_name(b)
        r.div_attrs(b)
        if name == "notes":
            self.notes.append((r.div_source(b), line + 1))
        elif name == "details":
            self.details.append((r.div_source(b), line + 1))
        elif name == "columns":
            cols = []
            for c in b.children:
                if c.type == "container_div" and r.div_name(c) == "column":
                    cols.append(self.column(c))
                else:
                    r.warn(r.start(c), f"{r.describe(c)} in ::: columns but outside any ::: column is not shown",
                           "put it inside a ::: column block")
            self.set("columns", mk.seq(cols, line), line)
        elif name in ("incremental", "nonincremental"):
            self.reveal = mk.boolean(name == "incremental", line)
            for c in b.children:
                self.add(c)
        else:
            r.warn(line, f"'::: {name}' is not a block deckbuild knows; its content is read as if the fence "
                   "were not there", "deckbuild knows ::: notes, details, columns, column and incremental")
            for c in b.children:
                self.add(c)

    def column(self, c):
        r, mk = self.r, self.mk
        line = r.start(c)
        r.div_attrs(c)
        pairs, bullets = [], []
        for k in c.children:
            if k.type == "heading" and not pairs and not bullets:
                text, _a, _o = r.heading_text(k)
                kl = r.start(k)
                pairs.append(mk.pair("title", mk.text(text, kl, r.col_of(kl, text))))
            elif k.type in ("bullet_list", "ordered_list"):
                bullets += self.bullets(k)
            elif k.type == "paragraph" and _image_only(k):
                r.warn(r.start(k), "an image in a column is not shown", "give the image a slide of its own, with "
                       "bullets beside it if you like")
            elif k.type == "paragraph":
                text = r.folded(k)
                r.warn(r.start(k), "a paragraph in a column is shown as a bullet", "write it as '- text'")
                bullets.append(mk.text(text, r.start(k), r.col_of(r.start(k), text)))
            else:
                r.warn(r.start(k), f"{r.describe(k)} in a column is not shown", "a column holds a title "
                       "(a heading) and bullets")
        if bullets:
            pairs.append(mk.pair("bullets", mk.seq(bullets, line + 1)))
        return mk.mapping(pairs, line)

    # -- the result -------------------------------------------------------------------------------
    def pairs(self) -> list:
        r, mk = self.r, self.mk
        if self.math:
            self.fields["math"] = mk.pair("math", mk.seq(self.math, self.math[0].start_mark.line))
        extra_keys = {k.value for k, _ in self.extra if isinstance(k, yaml.ScalarNode)}
        kinds = [k for k in KIND_KEYS if k in self.fields or k in extra_keys]
        paras = [v for t, v in self.items if t == "para"]
        bullets: list = []
        if paras and not kinds and len(paras) == 1 and len(self.items) == 1 and "bullets" not in extra_keys:
            text, line, last = paras[0]
            self.fields["statement"] = mk.pair("statement", mk.text(text, line, r.col_of(line, text), last))
        else:
            beside = not kinds or all(k in BULLETS_BESIDE for k in kinds)
            for t, v in self.items:
                if t == "bullet":
                    bullets.append(v)
                elif beside:
                    text, line, last = v
                    r.warn(line, "a paragraph on a slide is shown as a bullet", "write it as '- text', or make it "
                           "the slide's only paragraph to show it as a statement")
                    bullets.append(mk.text(text, line, r.col_of(line, text), last))
                else:
                    text, line, _last = v
                    r.warn(line, f"a paragraph beside a {kinds[0]} is printed in the handout only (as details)",
                           "move it to its own slide to show it in the deck")
                    self.details.append((text + "\n", line))
        out = []
        if bullets:
            out.append(mk.pair("bullets", mk.seq(bullets, bullets[0].start_mark.line)))
        out += [self.fields[k] for k in KIND_KEYS if k in self.fields]
        if self.reveal is not None:
            out.append(mk.pair("reveal", self.reveal))
        for key, parts in (("notes", self.notes), ("details", self.details)):
            if parts:
                out.append(mk.pair(key, mk.text("\n".join(t for t, _ in parts), parts[0][1])))
        return out + self.extra


def _image_only(paragraph) -> list:
    """Return the inline nodes of a paragraph that holds one image (and maybe its ``{…}``), else []."""
    inline = paragraph.children[0] if paragraph.children else None
    kids = [c for c in (inline.children if inline else []) if not (c.type == "softbreak" or
                                                                  (c.type == "text" and not c.content.strip()))]
    if kids and kids[0].type == "image" and (len(kids) == 1 or (len(kids) == 2 and kids[1].type == "text"
                                                                and kids[1].content.strip().startswith("{"))):
        return kids
    return []
