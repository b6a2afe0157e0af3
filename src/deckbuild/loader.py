"""Reading a deck (``deck.yaml`` and its section files) into the content model.

Every problem is collected as a Diagnostic with its file, line and column; loading never stops
at the first one, so a user sees every mistake of every file in one run. What the files may hold is
declared in ``outline_schema.py``.
"""

from __future__ import annotations

from pathlib import Path

from deckbuild import model as m
from deckbuild.diagnostics import Diagnostics, Pos, did_you_mean, one_of
from deckbuild.lang import DEFAULT as DEFAULT_LANG
from deckbuild.mdoutline import is_markdown, section_nodes
from deckbuild.outline_ctx import LoadCtx, Refs
from deckbuild.outline_schema import DECK, SECTION
from deckbuild.paths import ReadScope, project_root, real_path
from deckbuild.schema import Values
from deckbuild.schema_core import INVALID
from deckbuild.style_loader import resolve_style_paths
from deckbuild.yamlsrc import display_path, read_yaml

DECK_FILE = "deck.yaml"
RESERVED_AUDIENCES = ("all",)


def load_markdown_sections(file: Path, referenced_at: Pos, deck_ctx: LoadCtx) -> list:
    """Return the checked Sections of the Markdown section file *file* (errors go to the deck's diagnostics)."""
    read = section_nodes(file, deck_ctx.diags, referenced_at)
    if read is None:
        return []
    display, text, roots = read
    deck_ctx.refs.files.append(file.resolve())
    out = []
    ctx = LoadCtx(display, deck_ctx.diags, file.parent, deck_ctx.refs, deck_ctx.scope, _digest(text), text)
    for root in roots:
        section = SECTION.check(root, ctx, "section") if ctx.visit(root) else INVALID
        if section is not INVALID:
            out.append(section)
    return out


def _digest(text: str) -> str:
    import hashlib

    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def deck_file(target: Path) -> Path:
    """Return the manifest file of the deck at *target* (a deck folder or a deck YAML file)."""
    return target / DECK_FILE if target.is_dir() else target


def deck_name(path: Path) -> str:
    """Return the deck's name: its folder's name for ``deck.yaml``, else the file's stem."""
    return path.parent.name if path.name == DECK_FILE else path.stem


def _inside(real: Path, real_folder: Path) -> bool:
    """Return True when the path *real* (links followed) is inside the folder *real_folder* (links followed)."""
    try:
        real.relative_to(real_folder)
        return True
    except ValueError:
        return False


def load_deck(target: Path, diags: Diagnostics, allow: tuple[Path, ...] = (), models=None) -> m.Deck | None:
    """Return the Deck at *target* (folder or YAML file), or None when it has errors (all in *diags*).

    Files the deck names are read only from its project folder, the package and the *allow* ed folders.
    The deck's own problems decide: errors already in *diags* (from another deck) do not hide this one's.
    *models* (model_cache.ModelCache) holds the sections checked by earlier builds.
    """
    own = Diagnostics()
    deck = _load_deck(target, own, allow, models)
    diags.extend(own.items)
    return deck


def _load_deck(target: Path, diags: Diagnostics, allow: tuple[Path, ...], models=None) -> m.Deck | None:
    path = deck_file(target)
    doc = read_yaml(path, diags)
    if doc is None:
        return None
    if doc.root is None:
        diags.error(Pos(doc.display, 1, 1), "the deck file is empty", "start it with 'title: …' and list its sections")
        return None
    refs = Refs(files=[path.resolve()])
    ctx = LoadCtx(doc.display, diags, path.parent, refs, ReadScope(project_root(path), tuple(allow)),
                  _digest(doc.text), doc.text)
    if not ctx.visit(doc.root):
        return None
    values = DECK.check(doc.root, ctx, "deck")
    if values is INVALID:
        return None
    sections = _load_sections(values, path, ctx, models)
    if not sections and not diags.has_errors:
        diags.error(values.pos, "the deck has no sections",
                    "add section files beside deck.yaml or list them under 'sections:'")
    sources = {sid: m.Source(id=sid, pos=src.pos, **{k: src.get(k) for k in ("title", "publisher", "author", "url",
                                                                               "date", "note")})
               for sid, src in values.get("sources", {}).items()}
    audiences = {}
    for name, aud in values.get("audiences", {}).items():
        if name in RESERVED_AUDIENCES:
            diags.error(values["audiences"].key_pos[name], f"'{name}' cannot name an audience",
                        "--audience all means every audience; choose another name")
            continue
        style = aud.get("style")
        if isinstance(style, Values):
            if "extends" in style:
                diags.error(style.key_pos["extends"], "an audience's style cannot use 'extends'",
                            "it overrides values of the deck's style; name the style to extend in the deck's "
                            "'style:' instead")
            resolve_style_paths(style, path.parent)  # logo and template: relative to deck.yaml
        audiences[name] = m.Audience(name=name, description=aud.get("description"), handout=aud.get("handout") or {},
                                     style=aud.get("style") or {}, pos=aud.pos, lang=aud.get("lang"))
    _check_refs(refs, sources, audiences, path, diags)
    if diags.has_errors:
        return None
    return m.Deck(name=deck_name(path), title=values["title"], path=path, subtitle=values.get("subtitle"),
                  author=values.get("author"), date=values.get("date"), style=values.get("style"),
                  style_pos=values.at("style"), sources=sources, audiences=audiences, sections=tuple(sections),
                  pos=values.pos, files=tuple(dict.fromkeys(refs.files)), reveal=values.get("reveal", False),
                  lang=values.get("lang", DEFAULT_LANG))


MAX_SECTIONS = 1000
"""Sections one deck may list (a long book has a few dozen chapters)."""
MAX_DECK_SLIDES = 20_000
"""Slides one deck may have, over all its sections (a semester of lectures has a few hundred; builds stay linear
to 10,000, issue 21); sections after the one that passes it are not read."""


def _over_slide_budget(sections: list[m.Section], pos: Pos, diags) -> bool:
    """Return True after reporting at *pos* (the section that passed it) when *sections* hold more than
    MAX_DECK_SLIDES slides."""
    count = sum(len(s.slides) for s in sections)
    if count > MAX_DECK_SLIDES:
        diags.error(pos, f"the deck has more than {MAX_DECK_SLIDES:,} slides (counted to here: {count:,})",
                    "split it into several decks")
    return count > MAX_DECK_SLIDES


def _load_sections(values: Values, path: Path, deck_ctx: LoadCtx, models=None) -> list[m.Section]:
    diags, folder = deck_ctx.diags, path.parent
    if "sections" in values:
        entries = values["sections"]
    elif path.name == DECK_FILE:
        entries = [(p.name, values.pos) for p in sorted(folder.iterdir())
                   if (p.suffix in (".yaml", ".yml") or is_markdown(p, found=True))
                   and p.name != DECK_FILE and not p.is_dir()]
    else:
        entries = []
    if len(entries) > MAX_SECTIONS:
        diags.error(values.at("sections"), f"the deck has {len(entries):,} sections; the limit is {MAX_SECTIONS:,}",
                    "split it into several decks")
        return []
    sections = []
    listed: dict[Path, Pos] = {}
    repeats: dict[Path, int] = {}
    repeated: list[tuple[Path, str, Pos, Pos]] = []
    real_folder, real_deck = real_path(folder), real_path(path)  # each path's links are followed once
    apart = _checked_apart(entries, folder, deck_ctx, models)  # (the last files checked by a forked process)
    for entry in entries:
        if isinstance(entry, m.Section):
            sections.append(entry)
            continue
        name, pos = entry
        file = folder / name
        real = real_path(file)
        if not _inside(real, real_folder):
            diags.error(pos, f"section file '{name}' is outside the deck folder",
                        "section files live in the deck's own folder")
            continue
        if real == real_deck:
            diags.error(pos, f"'{name}' is the deck file itself")
            continue
        first = listed.get(real)
        if first is not None:
            repeats[real] = repeats.get(real, 0) + 1
            if repeats[real] == 1:
                repeated.append((real, name, pos, first))
            continue
        listed[real] = pos
        if is_markdown(file):  # Markdown section files: deckbuild.mdoutline
            sections.extend(load_markdown_sections(file, pos, deck_ctx))
            if _over_slide_budget(sections, pos, diags):
                break
            continue
        if apart is not None and file in apart[0]:
            apart[1]()  # (waits for the forked process: its files are read as kept ones from here on)
            apart = None
        section = models.get(file, pos, deck_ctx) if models is not None else None
        if section is None:
            section = _check_section(file, pos, deck_ctx, models, real)
        else:
            deck_ctx.refs.files.append(real)  # (file.resolve() of a file that was read)
        if section is not INVALID:
            sections.append(section)
            if _over_slide_budget(sections, pos, diags):
                break
    if apart is not None:  # (a deck over the slide budget stops before the files checked apart)
        apart[1]()
    for file, name, pos, first in repeated:
        more = repeats[file] - 1
        diags.error(pos, f"section file '{name}' is listed more than once (first at line {first.line}"
                    + (f"; {more:,} more repeat{'s' * (more != 1)} follow" if more else "") + ")",
                    "each section file is built once; remove the repeats")
    return sections


def _checked_apart(entries, folder: Path, deck_ctx: LoadCtx, models) -> tuple[set[Path], object] | None:
    """Return (the section files a forked process checks, what gives the model cache *models* them), or None
    (checked_apart.py); *entries* are the deck's, (name, position) pairs or Sections."""
    if models is None or models.folder is None:
        return None
    from deckbuild.checked_apart import checked_apart

    files = [(folder / e[0], e[1]) for e in entries
             if not isinstance(e, m.Section) and Path(e[0]).suffix in (".yaml", ".yml")]
    found = checked_apart(files, deck_ctx, models, _check_section)
    return None if found is None else ({file for file, _ in files[found[0]:]}, found[1])


def _check_section(file: Path, pos: Pos, deck_ctx: LoadCtx, models, real: Path):
    """Return the checked Section of the YAML section file *file* (*real* with its links followed; INVALID after
    reporting why), kept in *models* (model_cache.ModelCache) when it checked without errors and read no other file."""
    diags, refs = deck_ctx.diags, deck_ctx.refs
    doc = read_yaml(file, diags, referenced_at=pos)
    if doc is None:
        return INVALID
    if doc.root is None:
        diags.error(Pos(doc.display, 1, 1), "the section file is empty", "start it with 'section: <title>'")
        return INVALID
    refs.files.append(real)  # (file.resolve() of a file that was read)
    marks = len(diags.items), len(refs.sources), len(refs.audiences), len(refs.files)
    ctx = LoadCtx(doc.display, diags, file.parent, refs, deck_ctx.scope, _digest(doc.text), doc.text)
    section = SECTION.check(doc.root, ctx, "section") if ctx.visit(doc.root) else INVALID
    said = diags.items[marks[0]:]
    if (models is not None and section is not INVALID and len(refs.files) == marks[3]
            and not any(d.severity == "error" for d in said)):
        models.put(ctx, section, said, refs.sources[marks[1]:], refs.audiences[marks[2]:])
    return section


def _check_refs(refs: Refs, sources: dict, audiences: dict, path: Path, diags: Diagnostics) -> None:
    for sid, pos in refs.sources:
        if sid not in sources:
            hint = did_you_mean(sid, sources) or (f"define it under 'sources:' in {display_path(path)}"
                                                  if sources else "add a 'sources:' mapping to deck.yaml")
            diags.error(pos, f"source '{sid}' is not defined in deck.yaml", hint)
    for name, pos in refs.audiences:
        if name not in audiences:
            hint = did_you_mean(name, audiences) or (one_of(audiences) if audiences else
                                                     "define audiences under 'audiences:' in deck.yaml")
            diags.error(pos, f"audience '{name}' is not defined in deck.yaml", hint)
