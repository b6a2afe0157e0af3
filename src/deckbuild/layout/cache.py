"""Per-slide layout results kept between builds, as data that cannot run code.

A slide's layout depends on its section file's text, where the slide is written in it, its number,
its section's title, the sources it cites, its pictures, and the style and fonts (the *salt*). Results
are stored one file per section file (named by the hash of that file's text), so editing one section
of a long deck lays out, and rewrites the cache of, that section only.

The files are JSON arrays of plain values (layout.codec: each box a class of a fixed set and its fields
in order), read back only when the file is signed with this user's cache key (see ``deckbuild.cache.seal``),
has this format's version and salt, and every value is one the codec accepts. Anything else is a cold
cache: the slides are laid out again and the file is rewritten. Each slide's boxes are kept apart from its
drafts and read back only when a painter first uses them (``layout.lazy.Boxes``; docs/caches.md).

A build that paints only the PPTX and the handout (its painters keep their own output by each slide's key,
and no accessibility check walks the boxes) keeps each slide's drafts and warnings but not its boxes
(``keep_boxes``): an edit paints the slides it did not change from the painters' caches, and a slide whose
boxes are wanted after all (a handout page that changed shows it) is laid out again. Encoding the boxes was a
tenth of a cold build's processor time at 1,000 slides, and 2.3 of the 2.8 MB kept. A build that wants every
slide's boxes (HTML, PNG, the slides PDF, ``--a11y`` and ``--strict``) keeps them, and writes a section's file
again when its boxes were left out.

Reading a slide back costs a fraction of laying it out (about a tenth of a plain slide of bullets), so
every slide is kept: KEEP_FROM_SECONDS is 0. A higher value keeps only slides whose layout took that much
processor time; which slides are kept would then depend on the machine's speed, what is built never does.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import time
from pathlib import Path

from deckbuild.layout.codec import Encoder, Invalid, loads, read_entries, registry  # noqa: F401 - registry: of the codec
from deckbuild.layout.lazy import Boxes

FORMAT = "deckbuild-layout"
VERSION = 4  # 4: boxes may be left out (3: each entry's boxes apart, read when used; 2: the codec's arrays; 1: JSON objects)
SUFFIX = ".json"
# the only files this cache writes or deletes (``.pickle``: what deckbuild wrote before; never read)
_NAME = re.compile(r"^[0-9a-f]{40,64}-[0-9a-f]{16}\.(json|pickle)$")
KEEP_FROM_SECONDS = 0.0  # of processor time: a slide laid out faster than this is not kept (0: every slide is)


def _is_plain_dir(folder: Path) -> bool:
    """Return True when *folder* is a real folder (not a symbolic link to one)."""
    try:
        import stat

        return stat.S_ISDIR(folder.lstat().st_mode)
    except OSError:
        return False


class LayoutCache:
    def __init__(self, folder: Path | None, salt: str, files: dict[str, str] | None = None, keep_boxes: bool = True):
        self.folder = folder
        self.keep_boxes = keep_boxes  # False: the files keep each slide's drafts and warnings, not its boxes
        self.salt = hashlib.sha256(salt.encode()).hexdigest()[:16]
        self.files = files or {}  # resolved path → the hash of its bytes, of the files planning read
        self._old: dict[str, dict] = {}  # section digest → {key: entry} read from disk
        self._new: dict[str, dict] = {}  # section digest → {key: entry} of this build
        self.hits = self.misses = 0
        self.decoded = 0  # entries whose boxes were read back (a painter or the handout used them)
        self.laid_again = 0  # entries kept without their boxes whose slides were laid out again to make them
        self.damaged: set[str] = set()  # section files holding boxes that could not be read back
        self._missed_at = 0.0  # processor time at the last miss: put() measures the layout it waited for
        self._when: tuple[float, object] | None = None  # (share of the sections, what to call once they are laid out)
        self._apart: set[str] = set()  # the sections whose files are encoded apart (set_apart), unchanged since

    def _file(self, digest: str) -> Path:
        return self.folder / f"{digest}-{self.salt}{SUFFIX}"

    def _section(self, digest: str) -> dict:
        if digest not in self._old:
            self._old[digest] = {}
            if self.folder is not None and re.fullmatch(r"[0-9a-f]{40,64}", digest):
                self._old[digest] = self._load(self._file(digest), digest)
        return self._old[digest]

    def _load(self, path: Path, digest: str = "") -> dict:
        """Return the entries of the cache file *path*; empty when it is missing, damaged or not ours. Each
        entry's drafts are read now, their boxes when first used (``lazy.Boxes``)."""
        read = read_entries(path, FORMAT, VERSION, self.salt, self._entry)
        if read is None:
            return {}
        entries, rest = read
        out = {}
        for key, drafts, diagnostics, (at, size, charts, decode) in entries:
            if not 0 <= at <= at + size <= len(rest):
                return {}
            segment = _Segment(self, digest, rest, at, size, decode, len(drafts))
            if size == 0 and self.keep_boxes:  # its boxes were left out and are wanted: written again with them
                self.damaged.add(digest)
            for index, (draft, count) in enumerate(zip(drafts, charts)):
                draft.boxes = Boxes(None, count, segment.maker(index))
            out[key] = (drafts, diagnostics)
        return out

    def _entry(self, item, decode):
        """Return (key, drafts without their boxes, diagnostics, where its boxes are) of one entry, or None."""
        from deckbuild.diagnostics import Diagnostic
        from deckbuild.layout.common import Draft

        if not (type(item) is list and len(item) == 6 and all(type(v) is int for v in item[3:5])
                and type(item[5]) is list and all(type(v) is int for v in item[5])):
            return None
        key, drafts, diagnostics = decode(item[0]), decode(item[1]), decode(item[2])
        if not (type(key) is tuple and type(drafts) is list and type(diagnostics) is list and drafts
                and len(item[5]) == len(drafts) and all(type(d) is Draft for d in drafts)
                and all(type(d) is Diagnostic for d in diagnostics)):
            return None
        return key, drafts, diagnostics, (item[3], item[4], item[5], decode.fresh)

    def kept_sections(self, digests: list[str]) -> int:
        """Return how many of the section files *digests* have their layouts kept by an earlier build (a file exists)."""
        if self.folder is None:
            return 0
        return sum(1 for d in set(digests) if re.fullmatch(r"[0-9a-f]{40,64}", d or "") and self._file(d).is_file())

    def identity(self, digest: str, key: tuple) -> str:
        """Return the digest of what the drafts of the slide *key* of the section file *digest* are made from
        (with the cache's salt): the same whether they are laid out or read back, whatever the slide's number."""
        return hashlib.sha256(repr((self.salt, digest, (None, *key[1:]))).encode()).hexdigest()

    def file_digest(self, path) -> str | None:
        """Return the hash of the bytes of the file *path* as planning read it (None when it did not)."""
        digest = self.files.get(str(Path(path).resolve()))
        return digest if digest is not None and re.fullmatch(r"[0-9a-f]{40,128}", digest) else None

    def get(self, digest: str, key: tuple, make=None):
        """Return the cached entry for the slide *key* (its number first) of the section file *digest*, or None.

        A slide's boxes do not depend on its number (its footer is added after the cache), only the warnings
        naming it: a slide laid out without a warning is kept whatever its number, so adding or removing a
        slide lays out only that slide again, not every slide after it.
        """
        section = self._section(digest)
        free = (None, *key[1:])
        entry = section.get(free)
        if entry is None:
            entry = section.get(key)
        if entry is None:
            self.misses += 1
            self._missed_at = time.process_time()
            return None
        self.hits += 1
        for draft in entry[0]:
            if type(draft.boxes) is Boxes and draft.boxes._make is not None:
                draft.boxes._make.again = make  # what lays the slide out again if its boxes cannot be read back
        self._new.setdefault(digest, {})[free if entry[1] == [] else key] = entry
        self._apart.discard(digest)
        return entry

    def put(self, digest: str, key: tuple, entry) -> None:
        """Keep *entry*, the slide *key*'s layout just made after a miss, when it was slow enough to make."""
        if time.process_time() - self._missed_at >= KEEP_FROM_SECONDS:
            self._new.setdefault(digest, {})[(None, *key[1:]) if not entry[1] else key] = entry
            self._apart.discard(digest)

    def when_laid_out(self, share: float, then) -> None:
        """Have *then()* called once, as soon as *share* of the deck's sections are laid out (``section_laid_out``)."""
        self._when = (share, then)

    def section_laid_out(self, done: int, total: int) -> None:
        """Note that the first *done* of the deck's *total* sections are laid out (called by the layout loop)."""
        if self._when is not None and done >= self._when[0] * total:
            then, self._when = self._when[1], None
            then()

    def set_apart(self) -> None:
        """Set the files of the sections laid out so far apart from ``dump``: ``dump_apart`` encodes them (in a
        forked process while this one lays out the rest). A section given an entry afterwards (by a second
        section file of the same text) is encoded by ``dump`` after all."""
        self._apart = {d for d in self._new if self._changed(d)}

    def dump_apart(self, stage=None) -> list[tuple[Path, bytes | Path]]:
        """Return the files of the sections ``set_apart`` set apart, as ``dump`` returns them."""
        if not self._writable():
            return []
        return [kept for digest in sorted(self._apart) if (kept := self._kept_file(digest, stage)) is not None]

    def dump(self, stage=None) -> list[tuple[Path, bytes | Path | None]]:
        """Return the files to write (bytes, or with *stage*, the temporary file ``stage(path, bytes)`` wrote) or
        delete (None) to keep this build's slides for the next one (but those ``dump_apart`` gives).

        The caller applies them once the build's outputs are written: a failed build leaves no trace.
        With *stage*, each file is written out as soon as it is encoded, so no more than one section's
        encoding is held at a time. A folder that is a symbolic link is neither written nor cleaned, and
        only files named as this cache names its own are ever deleted.
        """
        if not self._writable():
            return []
        out: list[tuple[Path, bytes | Path | None]] = []
        # a section's file is written when the slides kept differ from those read (entries of one key are
        # equal by construction); a section with no slide worth keeping has none (an old one is deleted below)
        for digest in sorted(d for d in self._new if self._changed(d) and d not in self._apart):
            kept = self._kept_file(digest, stage)
            if kept is not None:
                out.append(kept)
        if _is_plain_dir(self.folder):  # sections that are gone, or were kept with another style or font set
            keep = {self._file(digest).name for digest, entries in self._new.items() if entries}
            for p in sorted(self.folder.iterdir()):
                if p.name not in keep and _NAME.match(p.name) and not p.is_symlink() and p.is_file():
                    out.append((p, None))
        return out

    def _writable(self) -> bool:
        """Return True when this cache keeps files: it has a folder, and neither it nor its parent is a symbolic link."""
        return self.folder is not None and not self.folder.is_symlink() and not self.folder.parent.is_symlink()

    def _changed(self, digest: str) -> bool:
        """Return True when the file of the section *digest* is to be written: its slides kept differ from those read."""
        kept = self._new.get(digest)
        return bool(kept) and (kept.keys() != self._old.get(digest, {}).keys() or digest in self.damaged)

    def _kept_file(self, digest: str, stage) -> tuple[Path, bytes | Path] | None:
        """Return (path, its bytes or the file *stage* wrote them to) of the section *digest*'s file, or None."""
        from deckbuild.cache import seal

        if not re.fullmatch(r"[0-9a-f]{40,64}", digest):
            return None
        try:  # a slide holding what is not a layout value (a formula's numpy number) is left out
            body = _encoded(self.salt, self._new[digest].items(), self.keep_boxes)
        except (ValueError, TypeError, RecursionError):
            return None
        data = seal(body, FORMAT, VERSION)
        del body
        kept = data if stage is None else stage(self._file(digest), data)  # None: not staged (only a cache)
        return None if kept is None else (self._file(digest), kept)


def _encoded(salt: str, entries, boxes: bool = True) -> bytes:
    """Return the body of a cache file holding *entries* ((key, (drafts, diagnostics)) pairs): the JSON array
    [salt, table of classes, [[key, drafts without boxes, diagnostics, where their boxes start, how many bytes
    they take, how many charts each has], …]], a newline, then each entry's boxes one after another (a JSON
    array of one array per draft). Each entry's boxes are their own space of references, so that they can be
    read alone (the entries, read together, share one); an entry holding what is not a layout value is left out.
    Without *boxes*, every entry's boxes take no bytes: they are laid out again when wanted."""
    from deckbuild.layout.boxes import ChartBox

    # the encoders make a new list of each value: there are no cycles to look for
    dumps = json.JSONEncoder(separators=(",", ":"), allow_nan=False, check_circular=False).encode
    encoder = Encoder()
    boxed = Encoder(beside=encoder)
    heads, segments, at = [], [], 0
    alive = []  # the drafts without boxes: alive until the encoder is closed (it knows values by their ids)
    try:
        for key, (drafts, diagnostics) in entries:
            if boxes:
                made = [list(d.boxes) for d in drafts]
                boxed.fresh()
                segment = boxed.encode_whole((made,))
                charts = [sum(isinstance(b, ChartBox) for b in drafted) for drafted in made]
            else:  # (a kept slide's Boxes knows its charts without being made)
                segment = [None]
                charts = [d.boxes.charts if type(d.boxes) is Boxes else sum(isinstance(b, ChartBox) for b in d.boxes)
                          for d in drafts]
            bare = [dataclasses.replace(d, boxes=[]) for d in drafts]
            alive.append(bare)
            # (an entry left out numbers nothing: the entries after it refer to those before as if it had not been tried)
            head = None if segment is None else encoder.encode_whole((key, bare, diagnostics))
            if head is None:
                continue
            segment = dumps(segment[0]).encode("utf-8") if boxes else b""
            heads.append([*head, at, len(segment), charts])
            segments.append(segment)
            at += len(segment)
        head = dumps([salt, encoder.head(), heads]).encode("utf-8")
    finally:
        encoder.close()
        boxed.close()
    return b"\n".join([head, b"".join(segments)])


class _Segment:
    """The boxes of one entry's drafts, left as the bytes of its file until one draft's boxes are first used."""

    def __init__(self, cache: LayoutCache, digest: str, data: bytes, at: int, size: int, decode, count: int):
        self.cache, self.digest, self.data, self.at, self.size = cache, digest, data, at, size
        self.decode, self.count = decode, count
        self.boxes: list | None = None

    def maker(self, index: int):
        """Return a function giving the boxes of the entry's *index*-th draft (its ``again``, set by ``get``,
        lays the slide out again when they cannot be read back)."""
        def boxes() -> list:
            return self.read(boxes.again)[index]

        boxes.again = None
        return boxes

    def read(self, again) -> list:
        """Return the boxes of every draft of the entry, decoded once (the cache counts it: ``decoded``), or,
        when they are not what this version writes (a file signed with this user's key that holds what the
        codec refuses), those of the drafts *again()* lays out (the drafts read back say what they are)."""
        if self.boxes is None and self.size == 0:  # left out (LayoutCache.keep_boxes): laid out again
            if again is None:
                raise Invalid("a layout cache entry without its boxes, and nothing to lay it out again")
            self.boxes, self.data = [list(d.boxes) for d in again()], None
            self.cache.laid_again += 1
        if self.boxes is None:
            try:
                value = self.decode()(loads(self.data[self.at:self.at + self.size]))
                if not (type(value) is list and len(value) == self.count and all(type(v) is list for v in value)):
                    raise Invalid("a layout cache entry whose boxes are not its drafts'")
            except (ValueError, TypeError, RecursionError):  # Invalid is a ValueError
                if again is None:
                    raise
                value = [list(d.boxes) for d in again()]
                self.cache.damaged.add(self.digest)  # its file is written again (when dump comes after)
            self.boxes, self.data = value, None
            self.cache.decoded += 1
        return self.boxes
