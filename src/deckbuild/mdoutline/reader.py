"""Markdown section files → the raw node tree a YAML section file gives, positioned in the ``.md`` file.

The Markdown is parsed by markdown-it-py (CommonMark with source line maps) and mdit-py-plugins; this
module only maps its syntax tree onto deckbuild's fields, following pandoc's slide conventions:
``# Section``, ``## Slide`` (or ``---``), lists as bullets, ``::: notes``, ``::: details``, ``::: columns``,
``> quote`` with a ``— by`` line, pipe tables, fenced code, ``$$`` math and ``![alt](path)`` images.
Fields Markdown has no syntax for are heading attributes (``## Title {only=lecture}``) or a fenced
``yaml slide`` block. Whatever deckbuild cannot show is a warning naming its line; nothing is dropped
in silence.
"""

from __future__ import annotations

import re

import yaml

from deckbuild.diagnostics import Diagnostics, Pos, did_you_mean
from deckbuild.mdoutline.nodes import shift
from deckbuild.mdoutline.parse import syntax_tree, untie
from deckbuild.mdoutline.pieces import PieceReader, compose_snippet
from deckbuild.mdoutline.slide import SlideBody
from deckbuild.records import field, record

SECTION_KEYS = ("section", "summary", "notes", "sources", "slides", "only", "skip", "in")
FOREIGN_FRONT_MATTER = ("marp", "theme", "paginate", "title", "author", "date", "subtitle", "size", "header",
                        "footer", "class", "backgroundColor", "backgroundImage", "color", "style", "math",
                        "headingDivider", "lang", "institute", "aspectratio", "transition", "description",
                        "keywords", "url", "image", "output", "format", "revealjs", "beamer", "slide-level",
                        "incremental", "toc", "colortheme", "fonttheme", "header-includes", "classoption",
                        "bibliography", "csl", "logo", "titlegraphic", "abstract", "navigation", "slideNumber")
@record
class _Slide:
    line: int  # 0-based line where it starts (heading or ---)
    heading: object | None = None
    blocks: list = field(default_factory=list)


@record
class _Section:
    line: int
    heading: object | None = None
    pre: list = field(default_factory=list)  # blocks between the heading and the first slide
    slides: list[_Slide] = field(default_factory=list)


class MarkdownReader(PieceReader):
    """Reads one Markdown section file into section mapping nodes, reporting into *diags*."""

    # -- the file ---------------------------------------------------------------------------------
    def read(self) -> list[yaml.MappingNode]:
        """Return one mapping node per section of the file (most files hold one)."""
        try:
            tree = syntax_tree(self.text)
        except RecursionError:
            self.error(0, "the Markdown is nested too deeply to read", "outlines nest a few levels deep")
            return []
        try:
            return self._read(list(tree.children))
        finally:
            untie(tree)

    def _read(self, blocks: list) -> list[yaml.MappingNode]:
        front: list = []
        slide_level = None
        fm_title = None
        self.marp = False
        if blocks and blocks[0].type == "front_matter":
            front, slide_level, fm_title = self._front_matter(blocks.pop(0))
        blocks = self._title_block(blocks)
        if self.marp and slide_level is None:
            sections = self._split_marp(blocks)
        elif slide_level is None:
            levels = {int(b.tag[1]) for b in blocks if b.type == "heading"}
            slide_level = 2 if 2 in levels else (1 if 1 in levels else 2)
        if not (self.marp and slide_level is None):
            sections = self._split(blocks, slide_level)
        out = []
        for i, sec in enumerate(sections):
            node = self._section(sec, front if i == 0 else [], fm_title if i == 0 else None)
            if node is not None:
                out.append(node)
        return out

    def _front_matter(self, block):
        """Return the section fields of the front matter, the slide level it sets, and its title."""
        try:
            root = compose_snippet(block.content) if block.content.strip() else None
        except RecursionError:
            self.error(1, "the front matter is nested too deeply to read", "section fields nest a few levels")
            return [], None, None
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = 1 + (mark.line if mark else 0)
            self.error(line, f"invalid YAML in the front matter: {getattr(exc, 'problem', None) or exc}",
                       "quote text that contains ': ' or starts with '#'", col=mark.column if mark else 0)
            return [], None, None
        if root is None:
            return [], None, None
        shift(root, self.display, 1)
        if not isinstance(root, yaml.MappingNode):
            self.error(1, "the front matter must be a mapping of section fields (section:, summary:, sources:)")
            return [], None, None
        pairs, level, title = [], None, None
        for key, value in root.value:
            name = key.value if isinstance(key, yaml.ScalarNode) else ""
            if name in ("slide-level", "slideLevel") and isinstance(value, yaml.ScalarNode) and value.value in (
                    "1", "2", "3"):
                level = int(value.value)
            elif name in ("slide-level", "slideLevel"):
                mark = value.start_mark
                self.error(mark.line, f"'{name}' is {_shown(value)}; it must be 1, 2 or 3",
                           "the heading level that starts a slide: 2 for '## Slide' (the default)", col=mark.column)
            elif name == "headingDivider" and isinstance(value, yaml.ScalarNode) and value.value in ("1", "2", "3"):
                level = int(value.value)  # Marp: headings of this level and above start slides
            elif name == "marp":
                self.marp = True  # Marp's rules: only --- starts a slide
            elif name == "title" and isinstance(value, yaml.ScalarNode):
                title = value
            elif name in FOREIGN_FRONT_MATTER or name.startswith("_") or (
                    name not in SECTION_KEYS and not did_you_mean(name, SECTION_KEYS)):
                self.warn(key.start_mark.line, f"the front matter key '{name}' is a pandoc or Marp setting that "
                          "deckbuild does not use", "deck-wide settings (title, author, style) go in deck.yaml",
                          col=key.start_mark.column)
            else:
                pairs.append((key, value))
        return pairs, level, title

    def _title_block(self, blocks):
        """Return *blocks* without a pandoc title block (``% Title`` lines at the top), warning about it."""
        if blocks and blocks[0].type == "paragraph" and self.start(blocks[0]) <= 3 and \
                blocks[0].children and blocks[0].children[0].content.startswith("%"):
            self.warn(self.start(blocks[0]), "the pandoc title block ('% Title') is not used",
                      "the deck's title, author and date go in deck.yaml")
            return blocks[1:]
        return blocks

    def _split_marp(self, blocks) -> list[_Section]:
        """Return the one section of a Marp file: slides cut at ``---`` only, each titled by its first heading."""
        section = _Section(self.start(blocks[0]) if blocks else 0)
        slide: _Slide | None = None
        for b in blocks:
            if b.type == "footnote_block":
                self._split([b], 2)
                continue
            if b.type == "hr" or slide is None:
                slide = _Slide(self.start(b))
                section.slides.append(slide)
                if b.type == "hr":
                    continue
            if b.type == "heading" and slide.heading is None:
                slide.heading = b
            else:
                slide.blocks.append(b)
        section.slides = [s for s in section.slides if s.heading is not None or s.blocks]
        return [section]

    def _split(self, blocks, slide_level: int) -> list[_Section]:
        """Return the file's sections and slides, cut at headings and ``---``."""
        sections: list[_Section] = []
        current: _Section | None = None
        slide: _Slide | None = None
        pending_rule = False  # a --- opened a slide that a heading may still title
        for b in blocks:
            if b.type == "heading":
                level = int(b.tag[1])
                if level < slide_level:
                    current, slide, pending_rule = _Section(self.start(b), b), None, False
                    sections.append(current)
                    continue
                if level == slide_level:
                    if current is None:
                        current = _Section(self.start(b))
                        sections.append(current)
                    if pending_rule and slide is not None and slide.heading is None and not slide.blocks:
                        slide.heading = b
                    else:
                        slide = _Slide(self.start(b), b)
                        current.slides.append(slide)
                    pending_rule = False
                    continue
            if b.type == "hr":
                if current is None:
                    current = _Section(self.start(b))
                    sections.append(current)
                if slide is not None and slide.heading is None and not slide.blocks:
                    current.slides.remove(slide)  # two rules in a row: an empty slide
                slide = _Slide(self.start(b))
                current.slides.append(slide)
                pending_rule = True
                continue
            if b.type == "footnote_block":
                for note in b.children:
                    self.warn(self.start(note.children[0]) if note.children else 0,
                              "footnotes are not shown by deckbuild; this footnote is left out",
                              "cite sources with {sources=…} on the slide or bullet, or move the text to the notes")
                continue
            pending_rule = False
            if slide is not None:
                slide.blocks.append(b)
            else:
                if current is None:
                    current = _Section(self.start(b))
                    sections.append(current)
                current.pre.append(b)
        for sec in sections:
            if sec.slides and sec.slides[-1].heading is None and not sec.slides[-1].blocks:
                sec.slides.pop()  # a trailing ---
        if len(sections) > 1 and sections[0].heading is None and not sections[0].slides:
            first = sections.pop(0)  # text before the first heading
            for b in first.pre:
                self.warn(self.start(b), "this text comes before the first heading and belongs to no slide; "
                          "it is left out", "start a slide with '## Title' above it")
        return sections

    def _heading_pairs(self, heading, key: str) -> list:
        """Return the pairs a section's (*key* "section") or slide's ("title") heading gives: its text, then the
        fields of its ``{…}`` attributes."""
        title, attrs, off = self.heading_text(heading)
        line = self.start(heading)
        pairs = [self.make.pair(key, self.make.text(title, line, self.col_of(line, title) if title else 0))]
        return pairs + self.attr_pairs(attrs, line, off, self._heading_attr_col(heading),
                                       where="section" if key == "section" else "slide")

    # -- sections ---------------------------------------------------------------------------------
    def _section(self, sec: _Section, front: list, fm_title) -> yaml.MappingNode | None:
        mk = self.make
        pairs: list = []
        if sec.heading is not None:
            pairs += self._heading_pairs(sec.heading, "section")
            if fm_title is not None:
                self.warn(fm_title.start_mark.line, "the front matter title is not used: the '# heading' names the "
                          "section", "the deck's title goes in deck.yaml", col=fm_title.start_mark.column)
        elif not any(isinstance(k, yaml.ScalarNode) and k.value == "section" for k, _ in front):
            if fm_title is not None:
                pairs.append(mk.pair("section", mk.text(fm_title.value, fm_title.start_mark.line,
                                                        fm_title.start_mark.column)))
            else:
                name = re.sub(r"^\d+[-_ ]*", "", self.stem).replace("-", " ").replace("_", " ").strip()
                name = (name or self.stem).capitalize()
                pairs.append(mk.pair("section", mk.text(name, sec.line)))
                self.warn(sec.line, f"this file has no '# Section' heading; the section is named '{name}' after "
                          "the file", "start the file with '# Section title', or give 'section:' in front matter")
        pairs += front
        summary: list[tuple[str, int]] = []
        notes: list[tuple[str, int]] = []
        for b in sec.pre:
            line = self.start(b)
            if b.type == "paragraph":
                summary.append((self.folded(b), line))
            elif b.type == "container_div" and self.div_name(b) == "notes":
                notes.append((self.div_source(b), line))
            elif b.type == "html_block" and self.comment(b) is not None:
                self.comment_into(b, notes)
            elif b.type == "fence" and self.is_yaml_block(b, "section"):
                pairs += self.yaml_block(b)
            else:
                self.warn(line, f"{self.describe(b)} between the section heading and its first slide is not shown",
                          "section header slides show only the title; the paragraphs there are the summary; "
                          "start a slide with '## Title' above it")
        if summary:
            pairs.append(mk.pair("summary", mk.text("\n".join(t for t, _ in summary) + "\n", summary[0][1])))
        if notes:
            pairs.append(mk.pair("notes", mk.text("\n".join(t for t, _ in notes), notes[0][1])))
        self.last_title = next((v.value for k, v in pairs if isinstance(k, yaml.ScalarNode) and k.value == "section"
                                and isinstance(v, yaml.ScalarNode)), None)
        slides = [node for s in sec.slides for node in self._slide(s)]
        if sec.slides:
            pairs.append(mk.pair("slides", mk.seq(slides, sec.slides[0].line)))
        return mk.mapping(pairs, sec.line)

    # -- slides -----------------------------------------------------------------------------------
    def _slide(self, s: _Slide) -> list[yaml.MappingNode]:
        mk = self.make
        pairs: list = []
        if s.heading is not None:
            pairs += self._heading_pairs(s.heading, "title")
        body = SlideBody(self)
        for b in s.blocks:
            body.add(b)
        pairs += body.pairs()
        titles = [v for k, v in pairs if isinstance(k, yaml.ScalarNode) and k.value == "title"]
        if not titles:
            borrowed = self.last_title or "Untitled"
            self.warn(s.line, f"this slide has no title; it takes the title of the slide before it, '{borrowed}'",
                      "start it with '## Title' (or give 'title:' in a ```yaml slide block)")
            titles = [mk.text(borrowed, s.line)]
            pairs.insert(0, mk.pair("title", titles[0]))
        if isinstance(titles[0], yaml.ScalarNode):
            self.last_title = titles[0].value
        out = [mk.mapping(pairs, s.line)]
        for key, value in body.overflow:  # a second listing, table, … goes on a slide of its own
            line = value.start_mark.line
            title = titles[0].value if isinstance(titles[0], yaml.ScalarNode) else "…"
            self.warn(line, f"a slide shows one {key}; this one goes on a slide of its own, also titled "
                      f"'{title}'", "split the slide yourself to give it a title of its own")
            out.append(mk.mapping([mk.pair("title", mk.text(title, line)), mk.pair(key, value)], line))
        return out

MAX_LINES = 50_000
"""Lines holding text a Markdown section file may have: more are refused before parsing, which takes a few
seconds per 10,000 lines (a long section has a few hundred)."""


def _over_budget(text: str) -> int | None:
    """Return the 1-based line where *text* passes MAX_LINES lines holding text, or None when it does not."""
    count = 0
    for number, line in enumerate(text.split("\n"), 1):
        if line.strip():
            count += 1
            if count > MAX_LINES:
                return number
    return None


def read_markdown_sections(text: str, display: str, diags: Diagnostics, stem: str = "section"):
    """Return the section mapping nodes of the Markdown *text* (the file shown as *display*)."""
    line = _over_budget(text)
    if line is not None:
        diags.error(Pos(display, line, 1), f"the file has more than {MAX_LINES:,} lines of text (the limit per "
                    "Markdown file)", "split it into several section files")
        return []
    return MarkdownReader(text, display, diags, stem).read()


def _shown(node: yaml.Node) -> str:
    """Return the YAML *node* as a user wrote it, shortened: a scalar quoted, else its kind."""
    if isinstance(node, yaml.ScalarNode):
        return repr(node.value[:40])
    return "a list" if isinstance(node, yaml.SequenceNode) else "a mapping"
