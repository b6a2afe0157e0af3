"""Incremental builds: a content-hash manifest in the output folder.

An output is rebuilt only when the hash of everything it depends on — its outline files, style files,
images, the font files of its families, the options, deckbuild's own code and the versions of the
libraries that write the files (``compile.input_key`` makes that key) — differs from the one recorded when it was last written, or when
the file on disk is not the one that was written. Timestamps are never consulted.

Everything kept between builds is data, never code: JSON with a format version, checked field by field
when read, and signed with a key kept in the user's cache folder (``seal``/``unseal``), so a manifest or
layout file that someone else wrote into ``dist/`` — or that a crash left half-written — is ignored and
rebuilt, never trusted. Diagnostics replayed from the manifest thereby come from a real earlier run.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os

TYPE_CHECKING = False  # typing, pathlib and the diagnostics are imported where used: an unchanged rebuild
if TYPE_CHECKING:      # (fastcli) imports none of them
    from pathlib import Path

    from deckbuild.diagnostics import Diagnostic

from deckbuild.filehash import digest_of, file_hash, output_hash, wrote_digest  # noqa: F401 - file_hash: where the build and the layout cache look for it

STATE_DIR = ".deckbuild"  # inside the output folder: the manifest and its lock
MANIFEST = "manifest.json"
FORMAT = 2  # 1: unsigned manifests (never trusted now)
KEY_FILE = "cache-key"
_KEY: list[bytes] = []


def kept_in(state: Path, *names: str) -> Path | None:
    """Return the folder ``state/names…`` a cache keeps its files in, or None when the state folder *state* or a
    folder on the way to it is a symbolic link: a cache is never read, written or cleaned through one."""
    folder, on_the_way = state, [state]
    for name in names:
        folder = folder / name
        on_the_way.append(folder)
    return None if any(p.is_symlink() for p in on_the_way) else folder


def cache_key() -> bytes:
    """Return this user's secret key for signing cache files (made once, kept in the cache folder).

    When the cache folder cannot keep one, the key lives as long as the process: nothing written by
    an earlier run is then trusted, which costs a rebuild, never a wrong output.
    """
    if _KEY:
        return _KEY[0]
    path = os.path.join(cache_folder(), KEY_FILE)
    key = _read_key(path)
    if key is None:
        import secrets

        key = secrets.token_bytes(32)
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            tmp = os.path.join(os.path.dirname(path), f".{KEY_FILE}.{os.getpid()}")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(key.hex().encode())
            os.replace(tmp, path)
            key = _read_key(path) or key  # a build at the same time may have won: use what is kept
        except OSError:
            pass
    _KEY.append(key)
    return key


def cache_folder() -> str:
    """Return deckbuild's cache folder (DECKBUILD_CACHE_DIR, else the user's cache folder), without pathlib."""
    if os.environ.get("DECKBUILD_CACHE_DIR"):
        return os.environ["DECKBUILD_CACHE_DIR"]
    return os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"),
                        "deckbuild")


def _read_key(path: Path) -> bytes | None:
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "rb") as fh:
            text = fh.read(129)
        key = bytes.fromhex(text.decode("ascii"))
        return key if len(key) == 32 else None
    except (OSError, ValueError):
        return None


def _mac(kind: str, version: int, parts) -> str:
    mac = hmac.new(cache_key(), f"{kind}\n{version}\n".encode(), hashlib.sha256)
    for part in parts:  # (not joined to the line above, nor to each other: a cache file's body is megabytes)
        mac.update(part)
    return mac.hexdigest()


def seal(body: bytes, kind: str, version: int) -> bytes:
    """Return *body* with a first line naming its *kind* and *version*, signed with the cache key."""
    return seal_parts((body,), kind, version)


def seal_parts(parts, kind: str, version: int) -> bytes:
    """Return ``seal(b"".join(parts), kind, version)``, joined once: a body of megabytes is not held twice."""
    return b"".join([f"{kind} {version} {_mac(kind, version, parts)}\n".encode(), *parts])


def unseal(path: Path, kind: str, version: int, limit: int = 1 << 30) -> bytes | None:
    """Return the body of the sealed file at *path*, or None when it is missing, not a regular file,
    of another kind or version, or not signed with this user's key."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            import stat

            info = os.fstat(fh.fileno())
            if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
                return None
            data = fh.read(info.st_size + 1)  # (not limit + 1: reading allocates what it is asked for, 1 GB)
    except OSError:
        return None
    return unsealed(data, kind, version, limit)


def unsealed(data: bytes, kind: str, version: int, limit: int = 1 << 30) -> bytes | None:
    """Return the body of *data*, a sealed file's bytes (``unseal``), or None when it is not one."""
    head, sep, body = data.partition(b"\n")
    if not sep or len(data) > limit:
        return None
    parts = head.split(b" ")
    if len(parts) != 3 or parts[0] != kind.encode() or parts[1] != str(version).encode():
        return None
    if not hmac.compare_digest(parts[2], _mac(kind, version, (body,)).encode()):
        return None
    return body


_LIBRARIES = ("python-pptx", "reportlab", "rl_accel", "fonttools", "XlsxWriter", "Pillow", "lxml",
              "markdown-it-py", "mdit-py-plugins", "PyYAML",  # these three read the outlines
              "Pygments", "matplotlib", "pikepdf", "svglib", "resvg-py", "pypdfium2", "python-bidi", "uharfbuzz")
"""The libraries whose version can change an output's bytes: code colours, formulas, the tagged PDF, pictures,
bidirectional and shaped text (tests/test_library_versions.py checks every dependency is here or says why not)."""
NOT_SHAPING = ("click", "rich", "watchfiles")  # the command line, its messages, the watcher


def library_versions() -> str:
    """Return the versions of the libraries that shape the output files.

    Looking them up costs tens of milliseconds, so they are remembered in deckbuild's cache folder for
    as long as the environment's site-packages folder is unchanged (installing anything changes it).
    """
    import json
    import sysconfig

    site = sysconfig.get_paths()["purelib"]
    try:
        stamp = f"{site}:{os.stat(site).st_mtime_ns}"
    except OSError:
        stamp = None
    # one memo per environment: several environments of one user (virtualenvs) would overwrite each other's
    memo = os.path.join(cache_folder(), f"library-versions-{hashlib.sha256(site.encode()).hexdigest()[:16]}.json")
    if stamp:
        try:
            with open(memo, encoding="utf-8") as fh:
                data = json.loads(fh.read())
            if (isinstance(data, dict) and data.get("version") == 1 and data.get("stamp") == stamp
                    and isinstance(data.get("versions"), str)
                    and [v.partition("=")[0] for v in data["versions"].split(";")] == list(_LIBRARIES)):
                return data["versions"]
        except (OSError, ValueError, KeyError, TypeError):
            pass
    from importlib.metadata import PackageNotFoundError, version

    out = []
    for name in _LIBRARIES:
        try:
            out.append(f"{name}={version(name)}")
        except PackageNotFoundError:
            out.append(f"{name}=none")
    versions = ";".join(out)
    if stamp:
        from pathlib import Path

        from deckbuild.outputs import write_atomic

        try:
            write_atomic(Path(memo), json.dumps({"version": 1, "stamp": stamp, "versions": versions}).encode(), durable=False)
        except OSError:
            pass
    return versions


PREPARED_KIND, PREPARED_VERSION = "deckbuild-pptx-base", 1


def read_prepared(folder: Path, key: str) -> tuple[bytes, dict] | None:
    """Return a prepared package kept in the user's cache *folder* under *key* and its description
    (``layouts``: name → {name, target, placeholders}; ``notes_master``), or None when it is missing,
    damaged, not signed with this user's key or not what this version writes."""
    import json

    body = unseal(folder / f"{key}.json", PREPARED_KIND, PREPARED_VERSION, limit=16 << 20)
    if body is None:
        return None
    try:
        meta = json.loads(body.decode("utf-8"))
        base = (folder / f"{key}.pptx").read_bytes()
    except (OSError, ValueError):
        return None
    if not (isinstance(meta, dict) and set(meta) == {"sha256", "layouts", "notes_master"}
            and meta["sha256"] == hashlib.sha256(base).hexdigest() and isinstance(meta["notes_master"], str)
            and isinstance(meta["layouts"], dict) and meta["layouts"]):
        return None
    for name, layout in meta["layouts"].items():
        if not (isinstance(layout, dict) and set(layout) == {"name", "target", "placeholders"}
                and layout["name"] == name and isinstance(layout["target"], str)
                and isinstance(layout["placeholders"], dict)):
            return None
        for kind, attrs in layout["placeholders"].items():
            if not (isinstance(attrs, list) and all(isinstance(a, dict) and all(
                    isinstance(k, str) and isinstance(v, str) for k, v in a.items()) for a in attrs)):
                return None
    return base, meta


def write_prepared(folder: Path, key: str, base: bytes, meta: dict) -> None:
    """Keep the prepared package *base* and its description *meta* in the user's cache *folder* (never failing)."""
    import json

    from deckbuild.outputs import write_atomic

    try:
        write_atomic(folder / f"{key}.pptx", base, durable=False)
        body = json.dumps({**meta, "sha256": hashlib.sha256(base).hexdigest()}).encode("utf-8")
        write_atomic(folder / f"{key}.json", seal(body, PREPARED_KIND, PREPARED_VERSION), durable=False)
    except (OSError, TypeError, ValueError):
        pass


@contextlib.contextmanager
def _locked(folder: Path):
    """Hold an exclusive lock on the output folder's manifest (concurrent builds take turns)."""
    state = folder / STATE_DIR
    state.mkdir(parents=True, exist_ok=True)
    lock = state / "lock"
    with open(lock, "a+") as fh:
        try:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        except ImportError:  # pragma: no cover - Windows: no advisory locks; writes stay atomic
            pass
        yield


class Manifest:
    """The record of what each output in a folder was built from."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.path = folder / STATE_DIR / MANIFEST

    def _read(self) -> dict:
        """Return the manifest's valid entries by output name (none when it is missing, damaged or not ours)."""
        return manifest_entries(self.path)

    def fresh(self, names: list[str], key: str) -> list[Diagnostic] | None:
        """Return the diagnostics recorded for outputs *names* when all are up to date for *key*, else None.

        The outputs of one task are recorded together, by one run: their diagnostics are that run's.
        """
        from deckbuild.diagnostics import Diagnostic, Pos

        entries = self._read()
        recorded = None
        for name in names:
            entry = entries.get(name)
            if not entry or entry["inputs"] != key or output_hash(self.folder / name) != entry["sha256"]:
                return None
            if recorded is not None and entry["diagnostics"] != recorded:
                return None
            recorded = entry["diagnostics"]
        return [Diagnostic(Pos(*d["pos"]), d["severity"], d["message"], d["hint"]) for d in recorded or []]

    def record(self, built: dict[str, tuple[str, bytes, list[Diagnostic]]]) -> None:
        """Record outputs just written: name → (input key, bytes, diagnostics)."""
        import json

        from deckbuild.outputs import write_atomic

        with _locked(self.folder):
            entries = self._read()
            for name, (key, data, diags) in built.items():
                digest = digest_of(data)  # (hashed already where a forked painter had the time)
                wrote_digest(self.folder / name, digest)
                entries[name] = {
                    "inputs": key, "sha256": digest,
                    "diagnostics": [{"pos": [d.pos.path, d.pos.line, d.pos.col], "severity": d.severity,
                                     "message": d.message, "hint": d.hint} for d in diags],
                }
            text = json.dumps({"format": FORMAT, "outputs": dict(sorted(entries.items()))}, indent=1)
            write_atomic(self.path, seal(text.encode("utf-8"), "deckbuild-manifest", FORMAT))


def manifest_entries(path) -> dict:
    """Return the valid entries of the manifest at *path* by output name (none when it is missing, damaged or
    not ours)."""
    import json

    body = unseal(path, "deckbuild-manifest", FORMAT, limit=64 << 20)
    if body is None:
        return {}
    try:
        data = json.loads(body.decode("utf-8"))
    except ValueError:
        return {}
    outputs = data.get("outputs") if isinstance(data, dict) else None
    if not isinstance(outputs, dict):
        return {}
    return {name: entry for name, entry in outputs.items() if _valid_entry(entry)}


def _valid_entry(entry) -> bool:
    """Return True when a manifest *entry* has the fields, and field types, that ``record`` writes."""
    if not isinstance(entry, dict) or set(entry) != {"inputs", "sha256", "diagnostics"}:
        return False
    if not (isinstance(entry["inputs"], str) and isinstance(entry["sha256"], str)
            and isinstance(entry["diagnostics"], list)):
        return False
    for d in entry["diagnostics"]:
        if not (isinstance(d, dict) and set(d) == {"pos", "severity", "message", "hint"}):
            return False
        pos = d["pos"]
        if not (isinstance(pos, list) and len(pos) == 3 and isinstance(pos[0], str)
                and all(isinstance(n, int) and not isinstance(n, bool) for n in pos[1:])):
            return False
        if d["severity"] not in ("error", "warning") or not isinstance(d["message"], str):
            return False
        if d["hint"] is not None and not isinstance(d["hint"], str):
            return False
    return True
