"""The unchanged-rebuild fast path: decide "everything is up to date" by hashing files, before loading,
validating or laying out anything.

After a build whose every task is recorded in the manifest, ``remember`` keeps, for that exact set of
options, the list of every file the run read with its hash, the listing of every folder whose contents
decide what is read (the deck folders, the style folders, the font folders), each task's outputs and
manifest key, and the run's diagnostics. The next ``replay`` with the same options (and the same code
of deckbuild and versions of its libraries) hashes those files and folders again; when all are the same
and the manifest still holds each output as written, the run's answer is replayed. Anything else — a
missing or foreign record, any difference — returns None and the build takes its usual path, which is
always right. The record is signed data (``cache.seal``), never code.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

KIND, VERSION = "deckbuild-fastpath", 1


def code_hash() -> str:
    """Return the hash of deckbuild's own files (an edited deckbuild never replays an old answer)."""
    from deckbuild.compile import code_hash as own_code

    return own_code()


def _options_key(opts) -> str:
    from deckbuild import __version__
    from deckbuild.cache import library_versions

    fields = {"cwd": os.getcwd(), "targets": [str(Path(t).resolve()) for t in opts.targets],
              "out": str(Path(opts.out_dir).resolve()), "formats": list(opts.formats), "audience": opts.audience,
              "style": opts.style, "style_base": str(Path(opts.style_base).resolve()) if opts.style_base else None,
              "strict": opts.strict, "allow": [str(Path(a).resolve()) for a in opts.allow], "a11y": opts.a11y,
              "dpi": opts.dpi, "version": __version__, "libraries": library_versions(), "code": code_hash()}
    return hashlib.sha256(json.dumps(fields, sort_keys=True).encode()).hexdigest()


def _record_path(opts) -> Path:
    from deckbuild.cache import STATE_DIR

    return Path(opts.out_dir) / STATE_DIR / f"fast-{_options_key(opts)[:32]}.json"


def listing(folder: str) -> str:
    """Return the hash of what *folder* holds: every name below it, with each font file's size and time
    (what the font index trusts), or "missing"."""
    if not os.path.isdir(folder):
        return "missing"
    h = hashlib.sha256()
    for root, dirs, names in os.walk(folder):
        dirs.sort()
        for name in sorted(names):
            h.update(f"{root}/{name}\n".encode())
            if name.lower().endswith((".ttf", ".otf")):
                try:
                    st = os.stat(os.path.join(root, name))
                    h.update(f"{st.st_size} {st.st_mtime_ns}\n".encode())
                except OSError:
                    h.update(b"gone\n")
        for name in dirs:
            h.update(f"{root}/{name}/\n".encode())
    return h.hexdigest()


def replay(opts, result):
    """Return *result* (an empty build.Result) filled with the answer of a build with *opts* when nothing
    it depends on changed since it was remembered, else None."""
    from deckbuild.cache import Manifest, file_hash, unseal

    body = unseal(_record_path(opts), KIND, VERSION, limit=64 << 20)
    if body is None:
        return None
    try:
        record = json.loads(body.decode("utf-8"))
        inputs, folders, tasks, diags = record["inputs"], record["folders"], record["tasks"], record["diagnostics"]
    except (ValueError, KeyError, TypeError):
        return None
    if any(file_hash(Path(p)) != digest for p, digest in inputs.items()):
        return None
    if any(listing(folder) != digest for folder, digest in folders.items()):
        return None
    from deckbuild.diagnostics import Diagnostic, Pos
    from deckbuild.worker import Outcome, Task

    manifest = Manifest(Path(opts.out_dir))
    for t in tasks:
        recorded = manifest.fresh(t["names"], t["key"])
        if recorded is None:
            return None
        task = Task(Path(t["target"]), t["audience"], t["style"], Path(opts.style_base or "."), Pos("", 1, 1),
                    tuple(opts.formats), t["deck_name"], t["key"])
        result.outcomes.append(Outcome(task, recorded, cached=True))
        result.up_to_date += [Path(opts.out_dir) / n for n in t["names"]]
    for d in diags:
        result.diags.items.append(Diagnostic(Pos(*d["pos"]), d["severity"], d["message"], d["hint"]))
    if opts.strict and result.diags.warnings:
        return None  # the usual path turns them into the error --strict reports
    return result


def remember(opts, result) -> None:
    """Keep what ``replay`` needs to answer the next identical build, when every task of *result* is
    recorded in the manifest as up to date (never failing: it is only a cache)."""
    from deckbuild.cache import Manifest, seal
    from deckbuild.font_files import system_font_dirs
    from deckbuild.fonts import BUNDLED_DIR
    from deckbuild.paths import project_root
    from deckbuild.outputs import write_atomic

    if not result.ok or not result.outcomes or len(result.outcomes) != len({id(o.task) for o in result.outcomes}):
        return
    manifest = Manifest(Path(opts.out_dir))
    inputs: dict[str, str] = {}
    folders: set[str] = {str(BUNDLED_DIR), *map(str, system_font_dirs())}
    tasks = []
    for outcome in result.outcomes:
        task = outcome.task
        if not task.inputs or manifest.fresh(list(task.names.values()), task.key) is None:
            return
        inputs.update(dict(task.inputs))
        deck = Path(task.target)
        deck_dir = (deck if deck.is_dir() else deck.parent).resolve()
        root = project_root(deck_dir / "deck.yaml" if deck.is_dir() else deck)
        folders |= {str(deck_dir), str(root / "outlines"), str(root / "assets" / "styles"),
                    str(root / "assets" / "fonts")}
        for folder in [deck_dir, *deck_dir.parents]:  # where a project file may appear
            inputs.setdefault(str(folder / "deckbuild.yaml"), "missing" if not (folder / "deckbuild.yaml").exists()
                              else _hash(folder / "deckbuild.yaml"))
        tasks.append({"target": str(task.target), "audience": task.audience, "style": task.style,
                      "deck_name": task.deck_name, "key": task.key, "names": list(task.names.values())})
    folders |= {str(Path(p).parent) for p in inputs if not p.endswith("deckbuild.yaml")}
    record = {"inputs": inputs, "folders": {f: listing(f) for f in sorted(folders)}, "tasks": tasks,
              "diagnostics": [{"pos": [d.pos.path, d.pos.line, d.pos.col], "severity": d.severity,
                               "message": d.message, "hint": d.hint} for d in result.diags.items]}
    path = _record_path(opts)
    if any(q.is_symlink() for q in (path.parent, path)):
        return  # never write through a symbolic link
    try:
        write_atomic(path, seal(json.dumps(record).encode("utf-8"), KIND, VERSION), durable=False)
    except (OSError, TypeError, ValueError):
        pass


def _hash(path: Path) -> str:
    from deckbuild.cache import file_hash

    return file_hash(path)
