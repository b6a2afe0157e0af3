"""Where a build may read from: the project folder, deckbuild's own package, and folders the user allows.

Every file a project names (styles and what they extend, templates, logos, images, fonts, section
files) goes through :class:`ReadScope` before it is opened. A path that leads outside (``/proc/…``,
``../../secrets``, a symlink out of the project) is refused unless the user allowed its folder with
``allow:`` in ``deckbuild.yaml`` or ``--allow PATH``. Special files (FIFOs, devices, sockets) are
refused everywhere, by their ``stat`` alone: opening a FIFO would block the build forever.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from deckbuild.records import record

PACKAGE_DIR = Path(__file__).resolve().parent
ALLOW_HINT = "copy it into the project, or allow its folder with 'allow: [FOLDER]' in deckbuild.yaml or --allow FOLDER"
LOOP = "is a symbolic link that leads back to itself"


class UnreadableFile(Exception):
    """A file cannot be read as a regular file; the message says why in a user's words."""


def special_kind(mode: int) -> str | None:
    """Return what a file of stat *mode* is, in words, when it is not a regular file (else None)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"  # pragma: no cover - doors, whiteouts


def real_path(path: Path | str) -> Path:
    """Return *path* absolute with every symlink followed; a symlink loop is left as written.

    ``Path.resolve`` raises RuntimeError on a loop (Python 3.11); the loop is then reported by
    :func:`file_problem` when the file is read, as bad input, not as a crash.
    """
    return Path(os.path.realpath(path))


def display_path(path: Path) -> str:
    """Return *path* as users should see it: relative to the working directory when inside it."""
    cwd = os.getcwd()
    try:  # as written first (a link is shown by its own name)
        return str(Path(os.path.abspath(path)).relative_to(cwd))
    except ValueError:
        pass
    try:  # then with links followed (looked up only now: each is a system call per folder of the path)
        return str(real_path(path).relative_to(_real_cwd(cwd)))
    except ValueError:
        return str(path)


_REAL_CWD: dict[str, Path] = {}  # the working folder with its links followed, looked up once per folder


def _real_cwd(cwd: str) -> Path:
    if cwd not in _REAL_CWD:
        _REAL_CWD.clear()
        _REAL_CWD[cwd] = real_path(cwd)
    return _REAL_CWD[cwd]


def file_problem(path: Path) -> str | None:
    """Return why *path* is not a readable regular file ("not found", "a FIFO (named pipe)", …), or None.

    Only ``stat`` is used: a special file is never opened.
    """
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return "not found"
    except NotADirectoryError:
        return "not found"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return LOOP
        return f"cannot be read ({exc.strerror or exc})"
    kind = special_kind(mode)
    return None if kind is None else f"is {kind}, not a regular file"


def problem_hint(problem: str) -> str:
    """Return the hint for a file that *problem* (from :func:`file_problem`, not "not found") says cannot be read."""
    if problem == LOOP:
        return "point the link at a real file (it leads to itself, directly or through other links), or replace it"
    return "name a regular file; pipes, devices and sockets are never read"


def broken_link(path: Path) -> bool:
    """Return True when *path* is a symbolic link that leads to no readable file (a loop, or nothing)."""
    return path.is_symlink() and not path.exists()


def read_regular(path: Path, limit: int) -> bytes:
    """Return the bytes of the regular file *path*, reading at most *limit* + 1 bytes.

    The file is checked with ``stat`` first and opened without blocking, then checked again on the open
    descriptor, so a file swapped for a FIFO in between cannot block the build either.
    """
    problem = file_problem(path)
    if problem:
        raise UnreadableFile(problem)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise UnreadableFile(f"cannot be read ({exc.strerror or exc})") from None
    try:
        info = os.fstat(fd)
        kind = special_kind(info.st_mode)
        if kind is not None:
            raise UnreadableFile(f"is {kind}, not a regular file")
        chunks, left = [], limit + 1
        step = max(info.st_size + 1, 1 << 12)  # a read allocates what it asks for: 1 MB for a file of a few KB
        while left > 0:
            chunk = os.read(fd, min(left, step, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


@record(frozen=True)
class ReadScope:
    """The folders a build may read from: the project *root*, the package, and the *allow* ed folders."""

    root: Path
    allow: tuple[Path, ...] = ()

    def folders(self) -> tuple[Path, ...]:
        """Return every folder reads may come from, resolved (symlinks followed)."""
        return (real_path(self.root), PACKAGE_DIR, *(real_path(p) for p in self.allow))

    def permits(self, path: Path) -> bool:
        """Return True when *path*, with every symlink followed, is inside one of the folders."""
        real = real_path(path)
        return any(_inside(real, folder) for folder in self.folders())

    def refuse(self, path: Path, what: str, shown: str) -> tuple[str, str | None] | None:
        """Return (message, hint) saying why the *what* named *shown* at *path* cannot be read, or None.

        Checked in order: inside the scope, then a regular file (never opening it to find out).
        """
        if not self.permits(path):
            return f"{what} '{shown}' is outside the project folder", ALLOW_HINT
        problem = file_problem(path)
        if problem == "not found":
            return f"{what} not found: {shown}", "the path is relative to the file that names it"
        if problem:
            return f"{what} '{shown}' {problem}", problem_hint(problem)
        return None

    def with_allowed(self, *folders: Path) -> "ReadScope":
        """Return this scope with *folders* allowed as well."""
        return ReadScope(self.root, tuple(dict.fromkeys((*self.allow, *(Path(f) for f in folders)))))


def project_root(deck_path: Path) -> Path:
    """Return the project folder of the deck file *deck_path*: the folder holding ``deckbuild.yaml`` above
    it; else the folder holding its ``outlines/``; else the working folder when the deck is inside it;
    else the deck's own folder."""
    folder = deck_path.resolve().parent
    for candidate in [folder, *folder.parents]:
        if (candidate / "deckbuild.yaml").is_file() or broken_link(candidate / "deckbuild.yaml"):
            return candidate
    for candidate in [folder, *folder.parents]:
        if candidate.name == "outlines":
            return candidate.parent
    cwd = Path.cwd().resolve()
    if cwd == folder or cwd in folder.parents:
        return cwd
    return folder


def cache_dir() -> Path:
    """Return deckbuild's cache folder (DECKBUILD_CACHE_DIR, else the user's cache folder)."""
    from deckbuild.cache import cache_folder

    return Path(cache_folder())
