"""Writing build outputs: atomically, so a reader never sees a half-written file, and all of a run's
outputs together, so a failure half-way leaves every output as it was before the run."""

from __future__ import annotations

import os
import string
from pathlib import Path

from deckbuild.filehash import wrote
from deckbuild.records import field, record

_DIGITS = string.digits + string.ascii_letters
TMP_MARK = "~"  # temporary names are <pid in base 62>~<random>: never longer than the file they become


def _base62(n: int) -> str:
    out = ""
    while True:
        n, r = divmod(n, 62)
        out = _DIGITS[r] + out
        if not n:
            return out


def _temporary(path: Path, folder: Path, owner: int = 0) -> tuple[int, Path]:
    """Return an open descriptor and the name of a new temporary file in *folder* for *path*, named as a
    temporary of process *owner* (0: this one), which moves it into place or removes it.

    The name is no longer than *path*'s name (and at most 32 characters), so any name the file system
    accepts for the output it also accepts for its temporary file.
    """
    pid = _base62(owner or os.getpid())
    room = max(min(len(path.name), 32) - len(pid) - len(TMP_MARK), 1)
    for _ in range(100):
        name = pid + TMP_MARK + "".join([_DIGITS[b % 62] for b in os.urandom(room)])  # (one read of
        # the system's randomness, not one a character: a cold build names about 300 temporary files)
        try:
            fd = os.open(folder / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        except FileExistsError:
            continue
        return fd, folder / name
    raise FileExistsError(f"no free temporary name in {folder}")


def write_temporary(path: Path, data: bytes, tmp_dir: Path | None = None, durable: bool = True) -> Path:
    """Return the temporary file, in *tmp_dir* (default: beside *path*), that now holds *data* for *path*."""
    path.parent.mkdir(parents=True, exist_ok=True)
    folder = tmp_dir or path.parent
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = _temporary(path, folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if durable:  # caches need not reach the disk before the rename: losing one only costs time
                fh.flush()
                os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
    except BaseException:
        _unlink(tmp)
        raise
    return tmp


def write_atomic(path: Path, data: bytes, tmp_dir: Path | None = None, durable: bool = True) -> None:
    """Write *data* to *path* through a temporary file and an atomic rename.

    The temporary file is made in *tmp_dir* (on the same file system; default: beside *path*), so a
    build killed half-way leaves, at worst, a stray file there — never a half-written *path*. Durable
    writes reach the disk before the rename.
    """
    tmp = write_temporary(path, data, tmp_dir, durable)
    try:
        os.replace(tmp, path)
    except BaseException:
        _unlink(tmp)
        raise


@record
class Written:
    """What ``write_all`` did: every file written, or none of them and why."""

    written: list[Path] = field(default_factory=list)
    error: OSError | None = None
    failed: Path | None = None  # the file whose write failed
    kept: list[Path] = field(default_factory=list)  # outputs left (or put back) as they were before the run
    not_restored: list[Path] = field(default_factory=list)  # outputs replaced that could not be put back


def write_all(files: list[tuple[Path, bytes]], tmp_dir: Path) -> Written:
    """Write every (path, bytes) of *files*, or, when one write fails, none: each file is then as before.

    Every new file is first written in full to a temporary file (a full disk fails here, before any
    output changes); then each is renamed into place, the file it replaces kept as a hard link until
    all are in place, so a rename that fails puts every earlier one back.
    """
    done = Written()
    temps: list[tuple[Path, Path]] = []
    try:
        for path, data in files:
            done.failed = path
            temps.append((path, write_temporary(path, data, tmp_dir)))
    except OSError as exc:
        for _path, tmp in temps:
            _unlink(tmp)
        done.error, done.kept = exc, [p for p, _ in files]
        return done
    backups: list[tuple[Path, Path | None]] = []  # (output, its old file's link or None when there was none)
    try:
        for path, tmp in temps:
            done.failed = path
            path.parent.mkdir(parents=True, exist_ok=True)
            backups.append((path, _backup(path, tmp_dir)))
            os.replace(tmp, path)
            done.written.append(path)
            wrote(path)
    except OSError as exc:
        done.error = exc
        for _path, tmp in temps:
            _unlink(tmp)
        for path, old in reversed(backups):
            try:
                if path not in done.written:  # the rename that failed: the old file is still in place
                    if old is not None:
                        _unlink(old)
                elif old is not None:
                    os.replace(old, path)
                else:
                    path.unlink()
            except OSError:
                done.not_restored.append(path)
        done.kept = [p for p, _ in files if p not in done.not_restored]
        done.written = []
        return done
    done.failed = None
    for _path, old in backups:
        if old is not None:
            _unlink(old)
    return done


def _backup(path: Path, tmp_dir: Path) -> Path | None:
    """Return a hard link to the file at *path* made in *tmp_dir* (None when there is no such file)."""
    if not path.is_file() or path.is_symlink():
        return None
    for _ in range(100):
        fd, name = _temporary(path, tmp_dir)
        os.close(fd)
        os.unlink(name)
        try:
            os.link(path, name)
            return name
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name in {tmp_dir}")


def _unlink(path: Path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def remove_stale_temporaries(folder: Path) -> None:
    """Delete temporary files in *folder* left by builds that were killed (their process is gone).

    A *folder* that is a symbolic link is left alone, and only files named as temporaries are deleted.
    """
    if folder.is_symlink() or not folder.is_dir():
        return
    for tmp in folder.iterdir():
        pid = _owner(tmp.name)
        if pid is None or pid == os.getpid() or _alive(pid) or tmp.is_symlink() or not tmp.is_file():
            continue
        _unlink(tmp)


def _owner(name: str) -> int | None:
    """Return the process id a temporary file's *name* records (None when it is not a temporary's name)."""
    if name.startswith(".") and name.endswith(".tmp"):  # deckbuild's earlier names: .<output>.<pid>.<random>.tmp
        parts = name.rsplit(".", 3)
        return int(parts[1]) if len(parts) == 4 and parts[1].isdigit() else None
    pid, mark, rest = name.partition(TMP_MARK)
    if not mark or not pid or not rest or not all(c in _DIGITS for c in pid + rest) or len(pid) > 6:
        return None
    n = 0
    for c in pid:
        n = n * 62 + _DIGITS.index(c)
    return n


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def folder_files(path: Path, files: dict[str, bytes]) -> list[tuple[Path, bytes]]:
    """Return the (path, bytes) to write for the folder output whose main file is *path*, main file last.

    Files already there with the same bytes (fonts, pictures, the script) are left out.
    """
    folder, main = path.parent, path.name
    out = [(folder / rel, data) for rel, data in files.items() if rel != main and not _same(folder / rel, data)]
    return out + [(path, files[main])]


def prune_folder(path: Path, files: dict[str, bytes]) -> None:
    """Remove the files of an earlier build from the folder of *path* that this build's *files* no longer has."""
    folder = path.parent
    if folder.is_symlink():
        return
    for root, dirs, names in os.walk(folder, followlinks=False):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            rel = Path(root, name).relative_to(folder).as_posix()
            if rel not in files and not name.startswith("."):
                os.unlink(os.path.join(root, name))


def write_folder(path: Path, files: dict[str, bytes], tmp_dir: Path | None = None) -> bytes:
    """Write a folder output (the HTML deck, the PNGs) whose main file is *path*; return that file's bytes.

    *files* maps names relative to the folder of *path* to bytes. The main file is written last, so it only
    names files already there; files of an earlier build that this one no longer has are removed. Files
    already there with the same bytes (fonts, pictures, the script) are left as they are.
    """
    for target, data in folder_files(path, files):  # the main file last
        write_atomic(target, data, tmp_dir)
    prune_folder(path, files)
    return files[path.name]


def _same(path: Path, data: bytes) -> bool:
    """Return whether *path* is a regular file holding exactly *data*."""
    try:
        return not path.is_symlink() and path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False
