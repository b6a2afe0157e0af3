"""The context outlines are checked in: where a file's references and files read are collected, and the
visibility keys (``only``, ``skip``, ``in``) every node of an outline may have."""

from __future__ import annotations

import re
from pathlib import Path

from deckbuild import model as m
from deckbuild.diagnostics import Diagnostics, Pos
from deckbuild.paths import ReadScope
from deckbuild.records import field, record
from deckbuild.schema import Field, ListOf, Values
from deckbuild.schema_core import Ctx
from deckbuild.schema_scalars import Choice, Text

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"
MAX_FORMULA = 1_000  # mathtext takes seconds per thousand characters (formulas.py sets the same limit)
"""Characters of LaTeX in one formula (reading one takes time that grows faster than its length)."""
_ESCAPED = re.compile(r"[\t\n\r]")  # in double quotes, what \\t, \\n, \\r in a LaTeX command become


class LoadCtx(Ctx):
    """A check context that also collects references to check once the whole deck is read."""

    def __init__(self, display: str, diags: Diagnostics, base_dir: Path, refs: "Refs", scope: ReadScope,
                 digest: str = "", text: str = ""):
        super().__init__(display, diags, text=text)
        self.base_dir = base_dir
        self.refs = refs
        self.scope = scope
        self.root = scope.root
        self.digest = digest  # hash of the file's text

    def check_markup(self, node, value: str) -> bool:
        """Report inline formulas (``$…$``) of *value* that cannot be read, at their column when known."""
        from deckbuild import markup

        if node.style == '"' and any("\x01" in f for f in markup.formulas(_ESCAPED.sub("\x01", value))):
            self.error(node, "a formula in this double-quoted text holds a tab or line break made from a backslash "
                       "(YAML reads \\t in \"\\theta\" as a tab)", "write the text in single quotes or as a block (|)")
            return False
        latexes = markup.formulas(value)
        if not latexes:
            return True
        from deckbuild.formulas import FormulaError, check

        ok = True
        for latex in latexes:
            pos = self.pos(node)
            if len(latex) > MAX_FORMULA:
                self.diags.error(pos, f"a formula in this text is {len(latex):,} characters long (the limit is "
                                 f"{MAX_FORMULA:,})", "split it into several formulas")
                ok = False
                continue
            if node.style in (None, "'") and node.start_mark.line == node.end_mark.line:  # point at the $
                at = value.find("$" + latex)
                if at >= 0:
                    pos = Pos(pos.path, pos.line, pos.col + at + (1 if node.style else 0))
            try:
                check(latex)
            except FormulaError as exc:
                self.diags.error(pos, str(exc), exc.hint)
                ok = False
        return ok


@record
class Refs:
    """The references a deck's files make (checked once all are read) and every file read."""

    sources: list[tuple[str, Pos]] = field(default_factory=list)
    audiences: list[tuple[str, Pos]] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)  # every file read: the build's inputs


def ids(values: Values, key: str, ctx: LoadCtx, kind: str) -> tuple[str, ...]:
    """Return the source or audience ids under *key*, noting each (with its position) to check later."""
    ids = tuple(values.get(key, ()))
    target = ctx.refs.sources if kind == "source" else ctx.refs.audiences
    target.extend((i, values.at(key)) for i in ids)
    return ids


def visibility(values: Values, ctx: LoadCtx) -> m.Visibility:
    """Return who sees a node and where, from its ``only``, ``skip`` and ``in`` keys."""
    if not any(k in values for k in ("only", "skip", "in")):
        return m.EVERYONE
    only = ids(values, "only", ctx, "audience") if "only" in values else None
    skip = ids(values, "skip", ctx, "audience")
    media = tuple(values["in"]) if "in" in values else None
    return m.Visibility(only=only, skip=skip, media=media)


SOURCE_IDS = ListOf(Text(), single_ok=True, item_label="source id", doc="ids of sources in deck.yaml")
AUDIENCE_NAMES = ListOf(Text(), single_ok=True, item_label="audience", doc="audience names from deck.yaml")
VISIBILITY_FIELDS = {
    "only": Field(AUDIENCE_NAMES, doc="show only to these audiences"),
    "skip": Field(AUDIENCE_NAMES, doc="hide from these audiences"),
    "in": Field(ListOf(Choice(m.MEDIA), single_ok=True, item_label="medium"),
                doc="show only in the deck or only in the handout"),
}
