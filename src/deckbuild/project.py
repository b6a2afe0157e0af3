"""The optional project file ``deckbuild.yaml``: which decks, the default style, the output folder, jobs.

Checked with the same schema machinery as outlines (positions, every error, did-you-mean hints);
command-line flags override what it says.
"""

from __future__ import annotations

from pathlib import Path

from deckbuild.diagnostics import Diagnostics
from deckbuild.paths import ALLOW_HINT, LOOP, ReadScope, broken_link, file_problem, problem_hint
from deckbuild.records import field, record
from deckbuild.render.painters import PAINTERS
from deckbuild.schema import Field, ListOf, Positioned, Record
from deckbuild.schema_core import INVALID, Ctx
from deckbuild.schema_scalars import Choice, Number, Text
from deckbuild.yamlsrc import display_path, read_yaml

PROJECT_FILE = "deckbuild.yaml"

PROJECT = Record("project", {
    "decks": Field(ListOf(Text(), item_label="deck"), doc="deck folders or files, relative to the project"),
    "style": Field(Text(), doc="style for decks that name none: a built-in name or a path"),
    "out": Field(Text(), doc="output folder (default: dist)"),
    "jobs": Field(Number(integer=True, minimum=1, maximum=64), doc="decks built in parallel (default: 1)"),
    "formats": Field(ListOf(Choice(tuple(PAINTERS)), single_ok=True, item_label="format"),
                     doc="outputs to write (default: pptx and pdf): " + ", ".join(PAINTERS)),
    "allow": Field(ListOf(Positioned(Text()), single_ok=True, item_label="folder"),
                   doc="folders outside the project that styles, templates, logos, images and fonts may be "
                       "read from (e.g. an organisation's template share), relative to this file"),
}, ref="project")


@record
class Project:
    """What ``deckbuild.yaml`` says, with paths resolved against the project folder."""

    root: Path
    decks: list[Path] = field(default_factory=list)
    style: str | None = None
    out: Path | None = None
    jobs: int | None = None
    formats: tuple[str, ...] | None = None
    file: Path | None = None
    allow: tuple[Path, ...] = ()  # folders outside the project that reads may come from


def find_project_file(start: Path) -> Path | None:
    """Return the nearest ``deckbuild.yaml`` in *start* or a folder above it (a link to nothing counts: reading
    it says why it cannot be read, rather than the project being passed over in silence)."""
    for folder in [start, *start.parents]:
        candidate = folder / PROJECT_FILE
        if candidate.is_file() or broken_link(candidate):
            return candidate
    return None


def load_project(start: Path, diags: Diagnostics) -> Project:
    """Return the project around *start*; without a project file, *start* is the project folder."""
    path = find_project_file(start.resolve())
    if path is None:
        return Project(root=start)
    project = Project(root=path.parent, file=path)
    doc = read_yaml(path, diags)
    if doc is None or doc.root is None:
        return project
    values = PROJECT.check(doc.root, Ctx(doc.display, diags, text=doc.text), "project")
    if values is INVALID:
        return project
    allowed = []
    for name, pos in values.get("allow", []):
        folder = (project.root / name).resolve()
        if not folder.exists():
            diags.error(pos, f"allowed folder not found: {name}", "paths in deckbuild.yaml are relative to it")
        else:
            allowed.append(folder)
    project.allow = tuple(allowed)
    scope = ReadScope(project.root, project.allow)
    for name, pos in zip(values.get("decks", []), [values.at("decks")] * len(values.get("decks", []))):
        deck = project.root / name
        if file_problem(deck) == LOOP:
            diags.error(pos, f"deck '{name}' {LOOP}", problem_hint(LOOP))
        elif not deck.exists():
            diags.error(pos, f"deck not found: {name}", "paths in deckbuild.yaml are relative to it")
        elif not scope.permits(deck):
            diags.error(pos, f"deck '{name}' is outside the project folder", ALLOW_HINT)
        else:
            project.decks.append(deck)
    project.style = values.get("style")
    project.out = project.root / values["out"] if "out" in values else None
    project.jobs = values.get("jobs")
    project.formats = tuple(values["formats"]) if "formats" in values else None
    return project
