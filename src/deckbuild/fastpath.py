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

A file is checked by its identity (``filehash``: device, inode, size and times, one ``os.stat``) when the
record holds one for it, else by its bytes; a file read again and found the same has its identity added to
the record once it is trusted, so later rebuilds read nothing but the record and the manifest.
"""

from __future__ import annotations

import hashlib
import json
import os

KIND, VERSION = "deckbuild-fastpath", 2  # 1: no files' identities


def code_hash() -> str:
    """Return the hash of deckbuild's own files (an edited deckbuild never replays an old answer)."""
    from deckbuild.codehash import code_hash as own_code

    return own_code()


def _resolved(path) -> str:
    return os.path.realpath(path)  # what str(Path(path).resolve()) is in Python 3.11, without pathlib


def _options_key(opts) -> str:
    from deckbuild import __version__
    from deckbuild.cache import library_versions

    fields = {"cwd": os.getcwd(), "targets": [_resolved(t) for t in opts.targets],
              "out": _resolved(opts.out_dir), "formats": list(opts.formats), "audience": opts.audience,
              "style": opts.style, "style_base": _resolved(opts.style_base) if opts.style_base else None,
              "strict": opts.strict, "allow": [_resolved(a) for a in opts.allow], "a11y": opts.a11y,
              "dpi": opts.dpi, "version": __version__, "libraries": library_versions(), "code": code_hash()}
    return hashlib.sha256(json.dumps(fields, sort_keys=True).encode()).hexdigest()


def _record_file(opts) -> str:
    from deckbuild.cache import STATE_DIR

    return os.path.join(os.fspath(opts.out_dir), STATE_DIR, f"fast-{_options_key(opts)[:32]}.json")


def _record_path(opts):
    from pathlib import Path

    return Path(_record_file(opts))


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


def answer(opts) -> dict | None:
    """Return what a build with *opts* answered when it was remembered — ``tasks`` (each with its outputs'
    ``names`` and the ``recorded`` diagnostics of the manifest) and ``diagnostics`` — when nothing it depends
    on changed since, else None. Reads no outline, style or font, and imports no part of the build."""
    from deckbuild.cache import MANIFEST, STATE_DIR, manifest_entries, unseal

    path = _record_file(opts)
    body = unseal(path, KIND, VERSION, limit=64 << 20)
    if body is None:
        return None
    out = os.fspath(opts.out_dir)
    try:
        record = json.loads(body.decode("utf-8"))
        inputs, folders, tasks, diags = record["inputs"], record["folders"], record["tasks"], record["diagnostics"]
        if opts.strict and any(d["severity"] == "warning" for d in diags):
            return None  # the usual path turns them into the error --strict reports
        entries = manifest_entries(os.path.join(out, STATE_DIR, MANIFEST))
        files = [(p, kept) for p, kept in inputs.items()]
        for t in tasks:
            recorded = None
            for name in t["names"]:
                entry, kept = entries.get(name), t["outputs"][name]
                if not entry or entry["inputs"] != t["key"] or entry["sha256"] != kept[0]:
                    return None
                if recorded is not None and entry["diagnostics"] != recorded:
                    return None
                recorded = entry["diagnostics"]
                files.append((os.path.join(out, name), kept))
            t["recorded"] = recorded or []
        if not all(isinstance(p, str) and isinstance(kept, list) and len(kept) == 2 and isinstance(kept[0], str)
                   and isinstance(kept[1], (str, type(None))) for p, kept in files):
            return None  # signed, so ours; but never a crash for a record of another shape
        if any(listing(folder) != digest for folder, digest in folders.items()):
            return None
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    from deckbuild.filehash import same_file

    changed = False
    for file, kept in files:
        same, key = same_file(file, kept[0], kept[1])
        if not same:
            return None
        changed |= key != kept[1]
        kept[1] = key
    if changed:  # files read again and now trusted by their identity: the next rebuild need not read them
        _write(path, record)
    return record


def known_files(opts) -> dict[str, tuple[str, str]]:
    """Return the files the remembered build with *opts* read whose identity it trusted: path → (digest,
    identity) (``compile.input_hashes`` need not read them again while they keep it)."""
    from deckbuild.cache import unseal

    body = unseal(_record_file(opts), KIND, VERSION, limit=64 << 20)
    try:
        inputs = json.loads(body.decode("utf-8"))["inputs"] if body is not None else {}
        return {p: (d, k) for p, (d, k) in inputs.items() if isinstance(d, str) and isinstance(k, str)}
    except (ValueError, KeyError, TypeError, AttributeError):
        return {}


def replay(opts, result):
    """Return *result* (an empty build.Result) filled with the answer of a build with *opts* when nothing
    it depends on changed since it was remembered, else None."""
    record = answer(opts)
    if record is None:
        return None
    from pathlib import Path

    from deckbuild.diagnostics import Diagnostic, Pos
    from deckbuild.worker import Outcome, Task

    for t in record["tasks"]:
        recorded = [Diagnostic(Pos(*d["pos"]), d["severity"], d["message"], d["hint"]) for d in t["recorded"]]
        task = Task(Path(t["target"]), t["audience"], t["style"], Path(opts.style_base or "."), Pos("", 1, 1),
                    tuple(opts.formats), t["deck_name"], t["key"])
        result.outcomes.append(Outcome(task, recorded, cached=True))
        result.up_to_date += [Path(opts.out_dir) / n for n in t["names"]]
    for d in record["diagnostics"]:
        result.diags.items.append(Diagnostic(Pos(*d["pos"]), d["severity"], d["message"], d["hint"]))
    return result


def remember(opts, result) -> None:
    """Keep what ``replay`` needs to answer the next identical build, when every task of *result* is
    recorded in the manifest as up to date (never failing: it is only a cache)."""
    from pathlib import Path

    from deckbuild.cache import Manifest
    from deckbuild.filehash import settled_key
    from deckbuild.font_files import system_font_dirs
    from deckbuild.fonts import BUNDLED_DIR
    from deckbuild.paths import project_root

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
        entries = manifest._read()
        tasks.append({"target": str(task.target), "audience": task.audience, "style": task.style,
                      "deck_name": task.deck_name, "key": task.key, "names": list(task.names.values()),
                      "outputs": {n: [entries[n]["sha256"], None] for n in task.names.values()}})
    folders |= {str(Path(p).parent) for p in inputs if not p.endswith("deckbuild.yaml")}
    record = {"inputs": {p: [d, settled_key(p, d)] for p, d in inputs.items()},
              "folders": {f: listing(f) for f in sorted(folders)}, "tasks": tasks,
              "diagnostics": [{"pos": [d.pos.path, d.pos.line, d.pos.col], "severity": d.severity,
                               "message": d.message, "hint": d.hint} for d in result.diags.items]}
    _write(_record_file(opts), record)


def _write(path: str, record: dict) -> None:
    """Write *record* sealed at *path*, never through a symbolic link (never failing: it is only a cache)."""
    from pathlib import Path

    from deckbuild.cache import seal
    from deckbuild.outputs import write_atomic

    if any(os.path.islink(q) for q in (os.path.dirname(path), path)):
        return
    try:
        write_atomic(Path(path), seal(json.dumps(record).encode("utf-8"), KIND, VERSION), durable=False)
    except (OSError, TypeError, ValueError):
        pass


def _hash(path) -> str:
    from deckbuild.filehash import file_hash

    return file_hash(path)
