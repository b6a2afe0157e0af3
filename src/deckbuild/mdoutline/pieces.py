"""The pieces of a Markdown section file as deckbuild reads them: positions and reporting, heading
attributes, inline text, ``:::`` blocks, HTML comments (notes) and fenced ``yaml slide`` blocks.
``reader.py`` puts the pieces together into sections and slides."""

from __future__ import annotations

import re
import textwrap

import yaml

from deckbuild.diagnostics import Diagnostics, Pos
from deckbuild.mdoutline.attrs import Attr, parse_attrs, split_trailing
from deckbuild.mdoutline.nodes import NodeMaker, shift

LIST_KEYS = ("sources", "only", "skip", "in")
"""Fields whose attribute value may list several ids separated by commas."""
PRESENTATION_ATTRS = re.compile(r"^(data-.*|background.*|transition.*|auto-animate.*|visibility|width|height|style|"
                                r"class|lang|dir|timing|autoslide)$")
"""Heading attributes that steer reveal.js, Beamer or PowerPoint output in pandoc: warned, not refused (but
``lang`` on a slide's heading or a bullet is the slide's or bullet's language, as ``lang:`` is in YAML)."""
OWN_LANG = ("slide", "bullet")
"""Where ``{lang=…}`` sets the language: the records whose YAML has ``lang:``."""
MARP_DIRECTIVE = re.compile(r"^_?(theme|paginate|header|footer|class|backgroundColor|backgroundImage|"
                            r"backgroundPosition|backgroundRepeat|backgroundSize|color|headingDivider|size|style|"
                            r"math|marp|transition|lang)\s*:", re.MULTILINE)


MAX_YAML_DEPTH = 100
"""Brackets nested deeper than this in a block of YAML are refused before parsing (slide fields nest a few levels)."""


def compose_snippet(text: str) -> yaml.Node | None:
    """Return the node tree of a YAML snippet; RecursionError when it nests too deeply to read quickly."""
    depth = deepest = 0
    for ch in text:
        if ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth = max(depth - 1, 0)
    indents = [len(line) - len(line.lstrip(" ")) for line in text.split("\n")]
    if deepest > MAX_YAML_DEPTH or max(indents, default=0) > 4 * MAX_YAML_DEPTH:
        raise RecursionError
    fast = getattr(yaml, "CSafeLoader", None)
    if fast is not None:
        try:
            return yaml.compose(text, Loader=fast)
        except yaml.YAMLError:
            pass  # read again in pure Python, whose messages the YAML files' errors use too
    return yaml.compose(text, Loader=yaml.SafeLoader)


class PieceReader:
    """Reads the pieces of one Markdown file (*text*, shown as *display*), reporting into *diags*."""

    def __init__(self, text: str, display: str, diags: Diagnostics, stem: str = "section"):
        self.text, self.display, self.diags, self.stem = text, display, diags, stem
        self.lines = text.split("\n")
        self.make = NodeMaker(display)

    # -- positions and reporting ------------------------------------------------------------------
    def pos(self, line: int, col: int = 0) -> Pos:
        return Pos(self.display, line + 1, col + 1)

    def warn(self, line: int, message: str, hint: str | None = None, col: int = 0) -> None:
        self.diags.warning(self.pos(line, col), message, hint)

    def error(self, line: int, message: str, hint: str | None = None, col: int = 0) -> None:
        self.diags.error(self.pos(line, col), message, hint)

    def col_of(self, line: int, snippet: str) -> int:
        if 0 <= line < len(self.lines) and snippet:
            first = snippet.split("\n")[0]
            for probe in (first, first[:16], first.split(" ")[0]):  # text joined from several lines starts the line
                at = self.lines[line].find(probe) if probe else -1
                if at >= 0:
                    return at
        return 0

    @staticmethod
    def start(node) -> int:
        return node.map[0] if node.map else 0

    # -- pieces -----------------------------------------------------------------------------------
    def heading_text(self, heading) -> tuple[str, list[Attr], int]:
        inline = heading.children[0] if heading.children else None
        raw = self.inline_text(inline) if inline is not None else ""
        return split_trailing(raw)

    def _heading_attr_col(self, heading) -> int:
        line = self.start(heading)
        text = self.lines[line] if line < len(self.lines) else ""
        return text.rfind("{") + 1 if "{" in text else 0

    def attr_pairs(self, attrs: list[Attr], line: int, off: int, base_col: int, where: str) -> list:
        """Return the fields an attribute list gives, as pairs; classes other than incremental are warned."""
        mk = self.make
        pairs = []
        for a in attrs:
            col = base_col + a.offset
            if a.kind == "key" and PRESENTATION_ATTRS.match(a.name) and not (a.name == "lang" and where in OWN_LANG):
                self.warn(line, f"the attribute '{a.name}' steers pandoc's or Marp's output and is ignored",
                          "deckbuild's look comes from the deck's style", col=col)
            elif a.kind == "key":
                if a.quoted:
                    value = mk.text(a.value, line, col + len(a.name) + 1)
                elif a.name in LIST_KEYS or "," in a.value:
                    value = mk.seq([mk.plain(v.strip(), line, col + len(a.name) + 1)
                                    for v in a.value.split(",") if v.strip()], line, col + len(a.name) + 1)
                else:
                    value = mk.plain(a.value, line, col + len(a.name) + 1)
                key = mk.text(a.name, line, col)
                pairs.append((key, value))
            elif a.kind == "class" and a.name in ("incremental", "nonincremental") and where == "slide":
                pairs.append(mk.pair("reveal", mk.boolean(a.name == "incremental", line, col)))
            else:
                shown = ("." if a.kind == "class" else "#") + a.name
                self.warn(line, f"the attribute '{shown}' means nothing to deckbuild and is ignored",
                          "deckbuild reads key=value attributes such as {only=lecture sources=amigos}", col=col)
        return pairs

    def inline_text(self, inline) -> str:
        """Return the source text of an inline run, its lines joined, warning about what cannot be shown."""
        line = self.start(inline)
        for child in inline.children:
            if child.type == "html_inline":
                self.warn(line, f"raw HTML '{child.content}' is shown as text", "deckbuild draws no HTML; "
                          "use **bold**, *italic* or `code`", col=self.col_of(line, child.content))
            elif child.type == "footnote_ref":
                self.warn(line, "a footnote reference is shown as text (deckbuild has no footnotes)",
                          "cite sources with {sources=…}, or put the text in the notes")
            elif child.type == "image":
                self.warn(line, "an image inside text is not shown", "put the image alone in its own paragraph")
        return " ".join(part.strip() for part in inline.content.split("\n")).strip()

    def folded(self, paragraph) -> str:
        return self.inline_text(paragraph.children[0]) if paragraph.children else ""

    def div_attrs(self, div) -> None:
        """Warn about the attributes of a ``::: {.name key=value}`` block: deckbuild uses only its name."""
        info = div.info.strip()
        if not (info.startswith("{") and info.endswith("}")):
            return
        attrs = parse_attrs(info[1:-1]) or []
        line = self.start(div)
        for a in attrs[1:]:
            shown = a.name if a.kind == "key" else ("." if a.kind == "class" else "#") + a.name
            self.warn(line, f"the attribute '{shown}' steers pandoc's or Marp's output and is ignored",
                      "deckbuild sizes columns itself", col=self.col_of(line, shown))

    @staticmethod
    def div_name(div) -> str:
        name = div.info.strip()
        m = re.fullmatch(r"\{\s*\.([\w-]+)[^}]*\}", name)
        return (m.group(1) if m else name.split()[0] if name else "").lower()

    def div_source(self, div) -> str:
        """Return the text inside a ``:::`` block as written, dedented, ending in a newline."""
        first, last = div.map
        inner = self.lines[first + 1:last]
        if inner and inner[-1].strip().startswith(":::"):
            inner = inner[:-1]
        return textwrap.dedent("\n".join(inner)).strip("\n") + "\n"

    @staticmethod
    def comment(b) -> str | None:
        text = b.content.strip()
        if text.startswith("<!--") and text.endswith("-->"):
            return text[4:-3]
        return None

    def comment_into(self, b, notes: list) -> None:
        """Add the speaker notes of an HTML comment to *notes*; warn about Marp directives."""
        body = self.comment(b) or ""
        line = self.start(b)
        stripped = body.strip()
        if stripped.lower().startswith("notes:"):
            notes.append((textwrap.dedent(stripped[6:]).strip() + "\n", line))
        elif MARP_DIRECTIVE.match(stripped):
            self.warn(line, f"the Marp directive '{stripped.splitlines()[0].strip()}' is not supported and is "
                      "ignored", "styles and page numbers come from the deck's style")
        elif stripped:
            notes.append((textwrap.dedent(stripped).strip() + "\n", line))  # Marp: comments are presenter notes

    @staticmethod
    def is_yaml_block(fence, word: str) -> bool:
        return fence.info.split()[:2] == ["yaml", word]

    def yaml_block(self, fence) -> list:
        """Return the pairs of a fenced ``yaml slide`` (or ``yaml section``) block, positioned in the file."""
        line = self.start(fence) + 1
        try:
            root = compose_snippet(fence.content)
        except RecursionError:
            self.error(line, "the YAML in this block is nested too deeply to read", "slide fields nest a few levels")
            return []
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
            self.error(line + (mark.line if mark else 0), f"invalid YAML in the ```yaml block: "
                       f"{getattr(exc, 'problem', None) or exc}", "quote text that contains ': ' or starts with '#'",
                       col=mark.column if mark else 0)
            return []
        if root is None:
            return []
        shift(root, self.display, line)
        if not isinstance(root, yaml.MappingNode):
            self.error(line, "a ```yaml slide block holds slide fields as a mapping (key: value)")
            return []
        return list(root.value)

    @staticmethod
    def describe(b) -> str:
        return {"bullet_list": "a list", "ordered_list": "a list", "fence": "a code block", "table": "a table",
                "blockquote": "a quote", "math_block": "a formula", "html_block": "raw HTML",
                "container_div": "a ::: block", "heading": "a heading"}.get(b.type, "this " + b.type.replace("_", " "))
