"""``deckbuild import``: source documents → a draft deck folder that a person edits, then builds.

    result = import_documents([Path("a.txt"), Path("b.html")], "pact", Path("outlines"))

reads each document (``read``), removes boilerplate (``clean``), finds its title and sections
(``sections``), merges near-duplicate documents and sections (``dedupe``), picks 2–5 summary
bullets per slide (``summarize``) and writes ``outlines/NAME/`` atomically (``draft``, ``write``).
Problems are Diagnostics; everything else a user should see is in ``result.report`` and
``result.dropped``. With much text and a second core, a forked child cleans and sections the later
documents and later summarizes half the sections; the draft is the one a single process writes.
"""

from __future__ import annotations

import os
import re
from array import array
from pathlib import Path

from deckbuild.diagnostics import Diagnostics, Pos
from deckbuild.importer import dedupe, draft
from deckbuild.importer.blocks import Document, Dropped
from deckbuild.importer.clean import clean
from deckbuild.importer.read import read_document
from deckbuild.importer.sections import Section, find_sections
from deckbuild.importer.summarize import summarize
from deckbuild.importer.write import write_folder
from deckbuild.records import field, record
from deckbuild.yamlsrc import display_path

NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


@record
class ImportResult:
    diags: Diagnostics
    folder: Path | None = None  # the deck folder written (None when nothing was written)
    files: dict[str, str] = field(default_factory=dict)  # file name → YAML text
    documents: list[Document] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    duplicates: list[dedupe.Duplicate] = field(default_factory=list)
    report: list[str] = field(default_factory=list)  # what a user should read: duplicates, topics, TODOs
    pictures: dict[str, bytes] = field(default_factory=dict)  # figures to copy: path under the project → bytes

    @property
    def ok(self) -> bool:
        return not self.diags.has_errors

    @property
    def dropped(self) -> list[tuple[Document, Dropped]]:
        """Return every line left out of the draft, by document and line."""
        return [(d, x) for d in self.documents for x in sorted(d.dropped, key=lambda x: (x.line, x.end))]

    @property
    def todos(self) -> int:
        """Return how many lines of the draft (not counting comments) hold a TODO."""
        return sum(1 for text in self.files.values() for line in text.splitlines()
                   if "TODO" in line and not line.lstrip().startswith("#"))


def import_documents(paths: list[Path], deck: str, outlines: Path, force: bool = False,
                     pages: tuple[int, int | None] | None = None) -> ImportResult:
    """Draft ``outlines/DECK/`` from the documents at *paths*; never replace a folder unless *force*."""
    diags = Diagnostics()
    result = ImportResult(diags)
    folder = outlines / deck
    if not NAME.match(deck):
        diags.error(Pos("--deck", 1, 1), f"'{deck}' cannot name a deck", "use letters, digits, '-', '_' and '.'")
    elif folder.exists() and not force:
        diags.error(Pos(display_path(folder), 1, 1), f"{display_path(folder)} already exists",
                    "choose another --deck name, or add --force to replace it")
    if any(p.suffix.lower() == ".pptx" for p in paths):
        return _import_deck(paths, deck, folder, force, result)
    docs = [read_document(p, display_path(p), sid, diags, pages) for p, sid in zip(paths, source_ids(paths))]
    if diags.has_errors:
        return result
    prepared = _prepared([d for d in docs if d is not None])
    del docs
    result.documents = [doc for doc, _sections, _shingles in prepared]
    by_doc = {doc.sid: sections for doc, sections, _shingles in prepared}
    known = {doc.sid: shingles for doc, _sections, shingles in prepared}
    del prepared
    result.duplicates = dedupe.merge_documents(by_doc, result.report, known)
    _copy_titles(result)
    ordered = dedupe.merge_sections([s for d in result.documents for s in by_doc[d.sid]], result.report)
    for doc in result.documents:
        if not any(s.doc is doc for s in ordered) and not any(x.dup == doc.sid for x in result.duplicates):
            diags.warning(Pos(doc.display, 1, 1), "no text is left in this document after removing boilerplate",
                          "run with --verbose to see what was removed")
    if not ordered:
        diags.error(Pos(result.documents[0].display if result.documents else "--deck", 1, 1),
                    "nothing to draft: the documents hold no text", "import documents with paragraphs or lists")
        return result
    result.sections = ordered
    result.files = _render(result, ordered, deck)
    result.report.append(f"{len(ordered)} sections from {len(result.documents)} documents; "
                         f"{sum(len(d.dropped) for d in result.documents)} lines dropped as boilerplate")
    if result.pictures and not _write_pictures(result.pictures, folder.parent.parent, diags):
        return result
    if write_folder(folder, result.files, force, diags):
        result.folder = folder
    return result


def _write_pictures(pictures: dict[str, bytes], root: Path, diags: Diagnostics) -> bool:
    """Write the pictures of the draft under the project *root*; return False after reporting why not."""
    from deckbuild.outputs import write_atomic

    try:
        for rel, data in sorted(pictures.items()):
            write_atomic(root / rel, data)
    except OSError as exc:
        diags.error(Pos(display_path(root / "assets"), 1, 1), f"cannot write the pictures: {exc.strerror or exc}",
                    "check that assets/images is writable")
        return False
    return True


def _import_deck(paths: list[Path], deck: str, folder: Path, force: bool, result: ImportResult) -> ImportResult:
    """Draft ``outlines/DECK/`` from one existing .pptx deck, slide by slide, its pictures into assets."""
    from deckbuild.importer.pptx import read_pptx

    diags = result.diags
    if len(paths) != 1:
        diags.error(Pos(display_path(paths[0]), 1, 1), "a .pptx deck is imported on its own",
                    "import the deck alone, and the other documents into another --deck")
        return result
    path = paths[0]
    if diags.has_errors:
        return result
    if not path.is_file():
        diags.error(Pos(display_path(path), 1, 1), f"cannot read {display_path(path)}: no such file",
                    "name a .pptx file")
        return result
    drafted = read_pptx(path, display_path(path), source_ids(paths)[0], deck, diags)
    if drafted is None:
        return result
    result.files = drafted.files
    result.report += drafted.report
    result.pictures = drafted.pictures
    if not _write_pictures(drafted.pictures, folder.parent.parent, diags):
        return result
    if write_folder(folder, result.files, force, diags):
        result.folder = folder
    return result


def read_and_clean(paths: list[Path], pages: tuple[int, int | None] | None = None
                   ) -> tuple[list[Document], Diagnostics]:
    """Return the documents at *paths* read and cleaned of boilerplate (what ``--dump-text`` shows)."""
    diags = Diagnostics()
    docs = [read_document(p, display_path(p), sid, diags, pages) for p, sid in zip(paths, source_ids(paths))]
    kept = [d for d in docs if d is not None]
    for doc in kept:
        clean(doc)
    return kept, diags


def dump_text(doc: Document) -> str:
    """Return the text kept from *doc*: one block a paragraph, blocks separated by blank lines."""
    from deckbuild.importer.text import flat

    return "\n\n".join(flat(b.text) for b in doc.blocks if flat(b.text)) + "\n"


def source_ids(paths: list[Path]) -> list[str]:
    """Return a short, unique source id for each path: ``s000`` for ``000_7da8….txt``, else the stem."""
    ids: list[str] = []
    for path in paths:
        m = re.match(r"^(\d+)[_\-. ]", path.stem + " ")
        base = f"s{m.group(1)}" if m else draft.slug(path.stem, 24)
        base = base if base[0].isalpha() else f"s{base}"
        sid, n = base, 2
        while sid in ids:
            sid, n = f"{base}-{n}", n + 1
        ids.append(sid)
    return ids


FORK_FROM_BYTES = 4_000_000  # below this much text, cleaning and sectioning in one process is quicker


def _prepare(docs: list[Document]) -> list[tuple[Document, list[Section], array]]:
    """Return each of *docs* cleaned, with its sections and its shingles (its sections' set too)."""
    out = []
    for doc in docs:
        clean(doc)
        sections = find_sections(doc)
        out.append((doc, sections, dedupe.document_shingles(sections)))
    return out


def _prepared(docs: list[Document]) -> list[tuple[Document, list[Section], array]]:
    """Return ``_prepare(docs)``; with much text and a second core, a forked child prepares the later documents.

    The child sends its documents back pickled (sections point at their document, so each is sent
    with its own); the result is the same as one process's, in the same order.
    """
    sizes = [sum(len(b.text) for b in d.blocks) for d in docs]
    if len(docs) < 2 or sum(sizes) < FORK_FROM_BYTES or not _second_core():
        return _prepare(docs)
    import pickle

    from deckbuild.fork import both

    half, total, before = 0, sum(sizes), 0
    while half < len(docs) - 1 and before + sizes[half] <= total / 2:
        before += sizes[half]
        half += 1
    half = max(half, 1)
    child, here = both(lambda: pickle.dumps(_prepare(docs[half:]), pickle.HIGHEST_PROTOCOL),
                       lambda: _prepare(docs[:half]))
    return here + pickle.loads(child)


def _second_core() -> bool:
    """Return True when forking may help: ``os.fork`` exists and this process may run on two processors."""
    return hasattr(os, "fork") and len(getattr(os, "sched_getaffinity", lambda _: ())(0)) >= 2


FORK_FROM_SECTIONS = 400  # below this, summarizing in one process is quicker than forking


def _section_texts(ordered: list[Section], related: dict[int, list[str]], deck: str,
                   pictures: dict[str, bytes]) -> list[str]:
    """Return the YAML text of each section of *ordered*, summarized (figures' pictures go to *pictures*).

    With many sections and a second core, a forked child summarizes the second half while this process
    does the first; the child sends back only text (JSON through a pipe). Sections with a figure are
    summarized here afterwards, in order, so the pictures are named exactly as one process names them.
    """
    pending: dict[int, tuple] = {}  # sections with a figure summarized here: named afterwards, in order

    def texts_of(indices: range, with_figures: bool) -> dict[int, str | None]:
        out: dict[int, str | None] = {}
        for i in indices:
            summary, slides = pending.pop(i, None) or summarize(ordered[i])
            if not with_figures and any(x.special is not None and x.special.picture is not None for x in slides):
                pending[i] = summary, slides
                out[i] = None
                continue
            _place_pictures(slides, ordered[i], deck, pictures)
            out[i] = draft.section_yaml(ordered[i], summary, slides, related.get(id(ordered[i]), []))
        return out

    n = len(ordered)
    if n < FORK_FROM_SECTIONS or not _second_core():
        done = texts_of(range(n), True)
        return [done[i] for i in range(n)]
    import json

    from deckbuild.fork import both

    half = n // 2
    child, here = both(lambda: json.dumps(texts_of(range(half, n), False)).encode("utf-8"),
                       lambda: texts_of(range(half), False))
    done = {**here, **{int(k): v for k, v in json.loads(child.decode("utf-8")).items()}}
    for i in range(n):
        if done[i] is None:
            done.update(texts_of(range(i, i + 1), True))
    return [done[i] for i in range(n)]


def _place_pictures(slides, section: Section, deck: str, pictures: dict[str, bytes]) -> None:
    """Name each figure's picture ``assets/images/DECK/SID-CAPTION.EXT`` and point its image slide at it."""
    for slide in slides:
        x = slide.special
        if x is None or x.picture is None:
            continue
        data, ext = x.picture
        base = f"{section.doc.sid}-{draft.slug(x.content['image'].get('caption') or 'figure', 30)}"
        name, n = f"{base}.{ext}", 2
        while f"assets/images/{deck}/{name}" in pictures and pictures[f"assets/images/{deck}/{name}"] != data:
            name, n = f"{base}-{n}.{ext}", n + 1
        pictures[f"assets/images/{deck}/{name}"] = data
        x.content["image"] = {"path": f"../../assets/images/{deck}/{name}", **x.content["image"]}


def _copy_titles(result: ImportResult) -> None:
    """Give a duplicate, or the document it repeats, without a title line the other's title."""
    by_sid = {d.sid: d for d in result.documents}
    for dup in result.duplicates:
        doc, kept = by_sid[dup.dup], by_sid[dup.kept]
        if kept.title is None and doc.title:
            kept.title = doc.title
        elif doc.title is None and kept.title:
            doc.title = f"{kept.title} (copy)"


TOPIC_NAMES = 5  # sections named in a "same topic" note; a larger group is summarized by its size


def _render(result: ImportResult, ordered: list[Section], deck: str) -> dict[str, str]:
    docs = result.documents
    names: dict[int, str] = {}
    width = max(2, len(str(len(ordered))))
    for n, section in enumerate(ordered, 1):
        names[id(section)] = f"{n:0{width}d}-{draft.slug(section.title if not section.lost else 'untitled')}.yaml"
    related: dict[int, list[str]] = {}
    for group in dedupe.topic_groups(ordered, [d.title or "" for d in docs]):
        names_in = ", ".join(f"{s.doc.sid} '{s.title}'" for s in group[:TOPIC_NAMES])
        more = f" and {len(group) - TOPIC_NAMES:,} more" if len(group) > TOPIC_NAMES else ""
        result.report.append(f"same topic ({len(group):,} sections): {names_in}{more}")
        for s in group:  # a few names, not every member of a large group (that is quadratic in its size)
            others = [o for o in group if o is not s][:TOPIC_NAMES]
            related[id(s)] = [f"same topic: {o.doc.sid} '{o.title}' in {names[id(o)]}" for o in others]
            if len(group) - 1 > TOPIC_NAMES:
                related[id(s)].append(f"same topic: {len(group) - 1 - TOPIC_NAMES:,} more sections (see the import report)")
    for doc in docs:
        for line, end, what in doc.skipped:
            target = next((s for s in reversed(ordered) if s.doc is doc and s.line <= line), None)
            if target is not None:
                target.todos.append(f"a {what} at {doc.where(line, end)} was not summarized; add it by hand if "
                                    "it matters")
    texts = _section_texts(ordered, related, deck, result.pictures)
    files: dict[str, str] = {names[id(s)]: texts[i] for i, s in enumerate(ordered)}
    kept = [d for d in docs if not any(x.dup == d.sid for x in result.duplicates)]
    notes = {x.dup: f"{x.line()}; its sections are merged into {x.kept}'s" for x in result.duplicates}
    title = kept[0].title if kept and kept[0].title else "TODO: deck title"
    subtitle = f"TODO: drafted from {len(docs)} documents; write the title and subtitle" if len(docs) > 1 else None
    header = [f"Drafted by `deckbuild import` from {len(docs)} document{'s' * (len(docs) != 1)}; every slide names "
              "its source and lines.", "Resolve each TODO, then build with: deckbuild build <this folder>",
              *(x.line() for x in result.duplicates)]
    files["deck.yaml"] = draft.deck_yaml(title, subtitle, docs, notes, header)
    return files
