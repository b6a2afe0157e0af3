"""The painters' own caches between builds: finished pieces of one output (a slide's parts, a page's stream).

A painter is given, through ``PaintOptions.reuse``, the entries it kept in the last build of the same
output, and puts into ``PaintOptions.kept`` every entry this build used or made (render/painters.py).
This module stores them: one file per output in the state folder (``parts/<deck>[-audience].<format>``),
holding only what the last successful build kept (a file never grows beyond one build's entries).

A file is a list of (key, bytes) pairs, each a length and its bytes (nothing that is unpickled), after
the salt of the build that wrote it, and signed with this user's cache key (``deckbuild.cache.seal``). The
salt is the layout cache's (compile.layout_salt): an edit of the style, a template, a font or deckbuild's
code empties every painter's cache. A file that is missing, damaged, not signed with this user's key, of
another format or salt is an empty cache: the painter paints everything again.
"""

from __future__ import annotations

from collections.abc import Mapping
import hashlib
import struct
from pathlib import Path

FORMAT = "deckbuild-parts"
VERSION = 1
FOLDER = "parts"  # in the output folder's state folder
_HEAD = struct.Struct(">HI")  # a key's length, its entry's length


def parts_salt(layout_salt: str) -> bytes:
    """Return the salt a parts file of a build with *layout_salt* starts with (16 ASCII hex digits)."""
    return hashlib.sha256(b"parts\n" + layout_salt.encode()).hexdigest()[:16].encode("ascii")


def encode(entries: Mapping[str, bytes], salt: bytes) -> bytes:
    """Return the sealed file holding *entries* (key → bytes) after *salt*, in the order of their keys."""
    from deckbuild.cache import seal_parts

    parts = [salt, struct.pack(">I", len(entries))]
    for key in sorted(entries):
        name, data = key.encode("utf-8"), entries[key]
        parts += [_HEAD.pack(len(name), len(data)), name, data]
    return seal_parts(parts, FORMAT, VERSION)


def decode(body: bytes, salt: bytes) -> dict[str, bytes]:
    """Return the entries of the unsealed *body*; empty when it is not what ``encode`` wrote with *salt*."""
    if body[:len(salt)] != salt or len(body) < len(salt) + 4:
        return {}
    at = len(salt)
    (count,), at = struct.unpack_from(">I", body, at), at + 4
    out: dict[str, bytes] = {}
    try:
        for _ in range(count):
            (size, length), at = _HEAD.unpack_from(body, at), at + _HEAD.size
            key, at = body[at:at + size].decode("utf-8"), at + size
            data, at = body[at:at + length], at + length
            if len(data) != length:
                return {}
            out[key] = data
    except (struct.error, UnicodeDecodeError):
        return {}
    return out if at == len(body) and len(out) == count else {}


class PaintCache:
    """The painters' caches of one task: what each output's painter may reuse, and what it kept this build."""

    def __init__(self, folder: Path | None, stem: str, layout_salt: str):
        self.folder = folder  # the state folder's parts folder (None: keep nothing)
        self.stem = stem  # the deck's name (and audience's)
        self.salt = parts_salt(layout_salt)
        self.reused: dict[str, dict[str, bytes]] = {}  # format → the entries read
        self.kept: dict[str, dict[str, bytes]] = {}  # format → the entries the painter kept this build

    def file(self, fmt: str) -> Path | None:
        """Return the file the painter of *fmt* keeps its entries in (None when nothing is kept)."""
        return None if self.folder is None else self.folder / f"{self.stem}.{fmt}"

    def options(self, fmt: str, dpi: int):
        """Return the PaintOptions of painting *fmt*: the entries its painter kept last build, and a new *kept*."""
        from deckbuild.render.painters import PaintOptions

        if self.folder is None:
            return PaintOptions(dpi=dpi)
        self.reused[fmt] = self._load(fmt)
        self.kept[fmt] = {}
        return PaintOptions(dpi=dpi, reuse=self.reused[fmt], kept=self.kept[fmt])

    def _load(self, fmt: str) -> dict[str, bytes]:
        from deckbuild.cache import unseal

        body = unseal(self.file(fmt), FORMAT, VERSION)
        return {} if body is None else decode(body, self.salt)

    def dump(self, formats, stage=None) -> list[tuple[Path, bytes | Path | None]]:
        """Return the files to write (bytes, or with *stage*, the temporary file ``stage(path, bytes)`` wrote)
        or delete (None) to keep what the painters of *formats* kept this build, as LayoutCache.dump does.

        A painter that kept what it was given leaves its file as it is; one that kept nothing has its file
        deleted. A folder that is a symbolic link is neither written nor cleaned. The entries of *formats* are
        let go (a later dump of a format skips it): the worker dumps each output's once it is painted, so they
        are not held while the next is painted (at 10,000 slides the deck's are 31 MB).
        """
        if self.folder is None or self.folder.is_symlink() or self.folder.parent.is_symlink():
            return []
        out: list[tuple[Path, bytes | Path | None]] = []
        for fmt in formats:
            if fmt not in self.kept:
                continue  # not painted by this task (another audience's deck was the same), or dumped already
            kept, path = self.kept.pop(fmt), self.file(fmt)
            if kept.keys() == self.reused.pop(fmt).keys():
                continue  # entries of one key are equal by construction: the file holds them already
            if not kept:
                out.append((path, None))
                continue
            data = encode(kept, self.salt)
            staged = data if stage is None else stage(path, data)
            if staged is not None:
                out.append((path, staged))
        return out
