"""Writing what a build made: its outputs atomically into the output folder, never through a symbolic link,
then its record in the manifest and the state files it keeps (every one or none of the outputs written)."""

from __future__ import annotations

import os
from pathlib import Path

from deckbuild.cache import STATE_DIR
from deckbuild.diagnostics import Diagnostic, Pos

TYPE_CHECKING = False  # (typing.TYPE_CHECKING, without importing typing at start-up)

if TYPE_CHECKING:
    from deckbuild.cache import Manifest
    from deckbuild.worker import Task


def write_outputs(opts, result, manifest: Manifest):
    """Write the outputs of *result*'s outcomes (a ``build.Result``) into the output folder of *opts* (the
    build's ``Options``), record them in *manifest* and keep their state files; return *result* with what
    was written (a failure is an error in its diagnostics)."""
    from deckbuild.outputs import folder_files, prune_folder, remove_stale_temporaries, write_all, write_atomic

    diags = result.diags
    tmp_dir = opts.out_dir / STATE_DIR / "tmp"
    files: list[tuple[Path, bytes]] = []
    mains: list[Path] = []  # what the run reports as written: one path per output (a folder's main file)
    folders: list[tuple[Path, dict[str, bytes]]] = []
    for outcome in result.outcomes:
        for fmt, name in outcome.task.names.items():
            if fmt in outcome.files:
                data = outcome.files[fmt]
                if isinstance(data, dict):  # a folder of files (html, png)
                    files += folder_files(opts.out_dir / name, data)
                    folders.append((opts.out_dir / name, data))
                else:
                    files.append((opts.out_dir / name, data))
                mains.append(opts.out_dir / name)
    if not files:
        return result
    result.writing = True
    try:
        unlink_state_links(opts.out_dir)
        tmp_dir.mkdir(parents=True, exist_ok=True)
        if not _plain_folders(opts.out_dir, tmp_dir):
            raise NotADirectoryError(0, "a symbolic link where deckbuild keeps its state", str(tmp_dir))
        linked = next((path.parent for path, _ in files if not _plain_folders(opts.out_dir, path.parent)), None)
        if linked is not None:  # writing through it would put files outside the output folder
            raise NotADirectoryError(0, "a symbolic link to a folder; deckbuild writes only inside the output "
                                     "folder", str(linked))
        remove_stale_temporaries(tmp_dir)
        done = write_all(files, tmp_dir)
    except OSError as exc:
        diags.error(Pos(str(exc.filename or opts.out_dir), 1, 1), f"cannot write the output: {exc.strerror or exc}",
                    "check that the output folder is a writable folder")
        return result
    if done.error is not None:
        diags.error(*_write_failure(done, opts.out_dir))
        return result
    result.written += [p for p in mains if p in done.written]
    for main, data in folders:
        prune_folder(main, data)
    built: dict[str, tuple[str, bytes, list[Diagnostic]]] = {}
    for outcome in result.outcomes:
        if not outcome.files:
            continue
        changed = changed_inputs(outcome.task)
        if changed:
            names = ", ".join(_shown(opts.out_dir / n) for n in outcome.task.names.values())
            diags.warning(Pos(_shown(Path(changed[0])), 1, 1),
                          f"this file changed while it was being built; {names} may show it as it was before",
                          "build again: these outputs are not recorded as up to date")
            continue
        for fmt, name in outcome.task.names.items():
            if fmt in outcome.files:
                data = outcome.files[fmt]
                main = data[Path(name).name] if isinstance(data, dict) else data
                built[name] = (outcome.task.key, main, outcome.diagnostics)
    if built:
        manifest.record(built)
    plain: dict[Path, bool] = {}  # folder → no folder from the output folder down to it is a symbolic link
    made: set[Path] = set()  # folders made (or found) to move staged files into
    for outcome in result.outcomes:
        for path, data in outcome.keep:
            try:
                folder = path.parent
                if folder not in plain:
                    plain[folder] = _plain_folders(opts.out_dir, folder)
                if not plain[folder]:
                    continue  # never write or delete through a symbolic link
                if data is None:
                    path.unlink()
                elif isinstance(data, Path):  # staged by the worker: moved into place
                    if folder not in made:
                        folder.mkdir(parents=True, exist_ok=True)
                        made.add(folder)
                    os.replace(data, path)
                else:
                    write_atomic(path, data, tmp_dir, durable=False)
            except OSError:
                pass  # only a cache: the next build lays those slides out again
    return result


def _shown(path: Path) -> str:
    from deckbuild.yamlsrc import display_path

    return display_path(path)


def _write_failure(done, out_dir: Path) -> tuple[Pos, str, str]:
    """Return the position, message and hint saying exactly what a failed write left behind."""
    reason = done.error.strerror or str(done.error)
    message = f"cannot write {_shown(done.failed)}: {reason}; "
    if done.not_restored:
        message += ("could not put back " + ", ".join(_shown(p) for p in done.not_restored)
                    + " (now from this build); every other output is as it was before")
    else:
        message += "no output was changed: " + ", ".join(_shown(p) for p in done.kept) + " are as they were before"
    return Pos(_shown(done.failed), 1, 1), message, "free some space or make the output folder writable, then build again"


def unlink_state_links(out_dir: Path) -> None:
    """Remove symbolic links where deckbuild keeps its state in *out_dir* (the links, never their targets),
    so that the state is kept in real folders of the output folder again."""
    state = out_dir / STATE_DIR
    candidates = [state, state / "tmp", state / "layout", state / "manifest.json", state / "lock"]
    if (state / "layout").is_dir() and not (state / "layout").is_symlink() and not state.is_symlink():
        candidates += sorted((state / "layout").iterdir())
    for path in candidates:
        if path.is_symlink():
            path.unlink()


def _plain_folders(top: Path, folder: Path) -> bool:
    """Return True when no folder from *top* (exclusive) down to *folder* is a symbolic link."""
    try:
        rel = folder.relative_to(top)
    except ValueError:
        return False
    here = top
    for part in rel.parts:
        here = here / part
        if here.is_symlink():
            return False
    return True


def changed_inputs(task: Task) -> list[str]:
    """Return the files *task* read whose contents are not what they were when it was planned (a file that
    kept the identity it had, trusted, when it was read then is not read again: ``filehash.same_file``)."""
    from deckbuild.filehash import same_file, settled_key

    return [path for path, digest in task.inputs if not same_file(path, digest, settled_key(path, digest))[0]]
