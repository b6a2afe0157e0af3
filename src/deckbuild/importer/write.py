"""Writing the draft folder atomically: files go into a temporary folder beside it, then one rename.

With ``force`` an existing folder is first renamed aside and removed only once the new one is in
place, so an interrupted import leaves either the old folder or the new one, never a mixture.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from deckbuild.diagnostics import Diagnostics, Pos
from deckbuild.yamlsrc import display_path


def write_folder(folder: Path, files: dict[str, str], force: bool, diags: Diagnostics) -> bool:
    """Write *files* as the folder *folder*; return False after reporting why it could not be written."""
    shown = display_path(folder)
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.import.{os.getpid()}.", dir=folder.parent))
    except OSError as exc:
        diags.error(Pos(shown, 1, 1), f"cannot write {shown}: {exc.strerror or exc}",
                    "check that the outlines folder is writable")
        return False
    old: Path | None = None
    try:
        for name, text in files.items():  # the folder appears by one rename: its files need no rename each
            with open(tmp / name, "xb") as out:
                out.write(text.encode("utf-8"))
        _sync_folder(tmp)
        os.chmod(tmp, 0o777 & ~_umask())
        if folder.exists() or folder.is_symlink():
            if not force:
                diags.error(Pos(shown, 1, 1), f"{shown} already exists", "add --force to replace it")
                return False
            old = Path(tempfile.mkdtemp(prefix=f".{folder.name}.old.{os.getpid()}.", dir=folder.parent))
            os.replace(folder, old / folder.name)
        os.rename(tmp, folder)
    except OSError as exc:
        if old is not None and not folder.exists():
            os.replace(old / folder.name, folder)
        diags.error(Pos(shown, 1, 1), f"cannot write {shown}: {exc.strerror or exc}",
                    "check that the outlines folder is writable")
        return False
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        if old is not None and folder.exists():  # otherwise the old folder could not be put back: keep it
            shutil.rmtree(old, ignore_errors=True)
    return True


def _sync_folder(folder: Path) -> None:
    """Flush the new folder's files to disk with one call before it is renamed into place."""
    if hasattr(os, "sync"):
        os.sync()
    else:
        for path in folder.iterdir():
            with open(path, "rb+") as fh:
                os.fsync(fh.fileno())


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
