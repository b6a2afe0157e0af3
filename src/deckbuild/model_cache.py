"""Checked sections kept between builds: a YAML section file whose text is what an earlier build checked is not
parsed and checked again (an edit of one section of a long deck reads that section only).

A section file's entry holds the Section it became, the warnings checking it gave and the sources and
audiences it refers to (checked against deck.yaml on every build, as read ones are). Only a file that checked
without errors and read no other file (a picture's size is read from the picture) is kept. Its name is the hash
of its text, where it is shown from (positions name it), its folder and what reads may come from; the salt is
deckbuild's code, the libraries' versions and the state of site-packages. The file is the layout codec's
(layout/codec.py), signed as the other caches are (``deckbuild.cache.seal``), one per section file in
``model/<deck>/`` of the output folder's state folder, written only when the build succeeds; anything else is
a cold cache: the file is read and checked.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

FORMAT = "deckbuild-model"
VERSION = 1
FOLDER = "model"
_NAME = re.compile(r"^[0-9a-f]{40}\.json$")  # the only files this cache writes or deletes


def for_deck(state: Path, target: Path) -> ModelCache:
    """Return the model cache of the deck at *target*, kept in the state folder *state*."""
    from deckbuild.cache import kept_in, library_versions
    from deckbuild.compile import code_hash
    from deckbuild.loader import deck_file, deck_name

    folder = kept_in(state, FOLDER, deck_name(deck_file(target)))
    salt = hashlib.sha256(f"{code_hash()}\n{library_versions()}\n{_site_stamp()}".encode()).hexdigest()[:16]
    return ModelCache(folder, salt)


def _site_stamp() -> str:
    """Return the state of the environment's site-packages folder: installing or upgrading anything changes it
    (the versions of PyYAML, which reads the sections, and of the other libraries are in library_versions)."""
    import os
    import sysconfig

    try:
        return str(os.stat(sysconfig.get_paths()["purelib"]).st_mtime_ns)
    except OSError:
        return "None"


class ModelCache:
    """The checked sections of one deck's files, read from *folder* (None: kept for this run only)."""

    def __init__(self, folder: Path | None, salt: str):
        self.folder, self.salt = folder, salt
        self._used: set[str] = set()  # names of the files this build read or kept
        self._new: dict[str, list] = {}  # name → entry checked this build
        self.hits = self.misses = 0
        self.dumped = False  # its files are kept already (by this process or a forked child): dump gives none
        self._given: dict[str, bytes] = {}  # name → the file a forked process checked its section into (``give``)

    def give(self, files: dict[str, bytes]) -> None:
        """Take *files* (name → the bytes ``dump`` writes) as kept: what a forked process checked this build
        (checked_apart.py). ``get`` reads them as it reads the folder's; ``dump`` writes those it read."""
        self._given.update(files)

    def _name(self, digest: str, display: str, ctx) -> str:
        scope = ctx.scope
        return hashlib.sha1(repr((digest, display, str(ctx.base_dir), str(scope.root),
                                  tuple(map(str, scope.allow)))).encode()).hexdigest() + ".json"

    def get(self, file: Path, referenced_at, deck_ctx):
        """Return the Section kept for the section file *file* as it is now, its warnings and references added to
        *deck_ctx* as checking it adds them; None when none is kept (the caller reads and checks the file)."""
        from deckbuild.diagnostics import Diagnostics
        from deckbuild.layout.codec import read_entries
        from deckbuild.loader import _digest
        from deckbuild.yamlsrc import read_text_file

        if self.folder is None:
            return None
        read = read_text_file(file, Diagnostics(), referenced_at)  # a file that cannot be read: reported by the caller
        if read is None:
            return None
        display, text = read
        name = self._name(_digest(text), display, _Where(file.parent, deck_ctx.scope))
        kept = read_entries(self.folder / name, FORMAT, VERSION, self.salt, _entry, self._given.get(name))
        if kept is None or len(kept[0]) != 1:
            self.misses += 1
            return None
        section, diagnostics, sources, audiences = kept[0][0]
        self.hits += 1
        self._used.add(name)
        deck_ctx.diags.extend(diagnostics)
        deck_ctx.refs.sources.extend(sources)
        deck_ctx.refs.audiences.extend(audiences)
        return section

    def put(self, ctx, section, diagnostics: list, sources: list, audiences: list) -> None:
        """Keep *section*, checked in *ctx* (a section file's LoadCtx) with *diagnostics* (warnings) and the
        references *sources* and *audiences* it made."""
        if self.folder is None:
            return
        name = self._name(ctx.digest, ctx.display, ctx)
        self._used.add(name)
        self._new[name] = [section, list(diagnostics), [tuple(r) for r in sources], [tuple(r) for r in audiences]]

    def dump(self, stage=None) -> list[tuple[Path, bytes | Path | None]]:
        """Return the files to write (bytes, or with *stage* the temporary file it wrote) or delete (None) to keep
        this build's sections, once (later calls return nothing: audiences of a deck share its sections)."""
        from deckbuild.layout.codec import stale_files, write_entries

        if self.dumped or self.folder is None or self.folder.is_symlink() or self.folder.parent.is_symlink():
            return []
        self.dumped = True
        out: list[tuple[Path, bytes | Path | None]] = []
        given = {name: data for name, data in self._given.items() if name in self._used and name not in self._new}
        for name, entry in sorted({**self._new, **given}.items()):
            data = given.get(name) or write_entries(self.salt, FORMAT, VERSION,
                                                    lambda encoder, entry=entry: encoder.encode_whole((entry,)))
            staged = None if data is None else data if stage is None else stage(self.folder / name, data)
            if staged is not None:
                out.append((self.folder / name, staged))
        gone = stale_files(self.folder, _NAME, self._used)
        return out + [(p, None) for p in gone]


class _Where:
    """Where a section file is checked from, as ``ModelCache._name`` reads a LoadCtx."""

    def __init__(self, base_dir: Path, scope):
        self.base_dir, self.scope = base_dir, scope


def _entry(item, decode):
    """Return (Section, warnings, sources and audiences referred to) of a kept file, or None."""
    from deckbuild.diagnostics import Diagnostic, Pos
    from deckbuild.model import Section

    value = decode(item)
    if not (type(value) is list and len(value) == 4 and type(value[0]) is Section
            and type(value[1]) is list and all(type(d) is Diagnostic for d in value[1])):
        return None
    for refs in value[2:]:
        if not (type(refs) is list and all(type(r) is tuple and len(r) == 2 and type(r[0]) is str
                                           and type(r[1]) is Pos for r in refs)):
            return None
    return tuple(value)
