"""What the handout prints about each slide, set at a width, kept between builds: an edit of one section
wraps that section's notes again, not the whole deck's.

The handout layouts ask for a slide's text as items (its label, title, each chunk of notes, handout-only
bullets, details), each set at one or two widths (beside the miniature, under it); wrapping them is most of
the handout's layout. ``HandoutMemo.items`` gives the composer items that return what an earlier build set
for the same slide text at the same width, else set it (and keep it). Pages are still filled, and every
box placed, on every build: only the wrapped paragraphs are reused.

A kept set depends on what the item reads of the slide (its kind, number, title, notes, sources, handout
bullets and details), its place in the item list, the width, and the *salt*: the layout cache's (style,
fonts, template, code), the handout layout's name and the deck's citation numbers. The file is the layout
codec's (layout/codec.py), signed as the layout cache's are, one file per section file (named by the hash
of its path); anything else is a cold memo. Its first line holds each item's key and what placing its
paragraphs needs (handout/kept.py's ``shape``: line counts, heights, spaces), the rest the paragraphs' runs
and lines, read back only when a page holding them is painted or cut (an edit decodes the text of the pages it
repaints, not the whole deck's). A build that keeps no boxes (worker.wants_boxes: the PPTX and the handout only)
leaves the runs and lines out (``keep_text``): a paragraph wanted later is set again, which costs about what
reading it back did, and a cold build encodes half as much.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from deckbuild.layout.codec import Encoder, read_entries, stale_files
from deckbuild.layout.handout.kept import KeptEntry, KeptFile, checked_shape, real_items, shape, texts
from deckbuild.layout.handout.segments import FILE as SEGMENTS_FILE, Segments, read_segments

FORMAT = "deckbuild-handout-text"
VERSION = 3  # 3: the runs and lines may be left out (2: after the first line, read when used; 1: one JSON array)
SUFFIX = ".json"
_NAME = re.compile(r"^[0-9a-f]{40}\.json$")  # the only files the memo writes or deletes


class HandoutMemo:
    """The handout text of one task's slides, kept in *folder* (None: in memory for this build only), one
    file per section file (the slides written in it), so an edit rewrites the file of its section only."""

    def __init__(self, folder: Path | None, salt: str, keep_text: bool = True):
        self.folder = folder
        self.keep_text = keep_text  # False: the files keep what placing the text needs (shapes), not the text
        self.salt = salt
        self._salted = False
        self._old: dict[str, dict[str, tuple]] = {}  # file name → key → (its file, its place there, its shape)
        self._files: dict[str, KeptFile] = {}  # file name → what it holds of the paragraphs, read when used
        self._new: dict[str, dict[str, list]] = {}
        self.hits = self.misses = 0
        self._names: dict[str, str] = {}  # a section file's path → the name of its memo file
        self.earlier: HandoutMemo | None = None  # another audience's memo of the same view, from this run
        self.placed = None  # while the handout is laid out: its page_keys.PageKeys, told each item's key
        self.segments: Segments | None = None  # the handout's kept pages (handout/segments.py), once asked for
        self._carried: dict[str, list] = {}  # file name → (composer, slide, notes) of each slide carried in it

    def salted(self, composer) -> str:
        """Return the salt, once what of *composer* the text depends on (its class, the citation numbers) has
        joined it (on the first slide)."""
        if not self._salted:
            self._salted = True
            self.salt = hashlib.sha256(repr((self.salt, type(composer).__name__,
                                             sorted(composer.cites.items()))).encode()).hexdigest()[:16]
        return self.salt

    def items(self, composer, slide, notes, items: list) -> list:
        """Return *items* (what *composer*'s text_items made for *slide*) as items that reuse what was kept."""
        name, old, new, base = self._slide(composer, slide, notes)
        earlier = self.earlier._new.get(name, {}) if self.earlier and self.earlier.salt == self.salt else {}
        return [lambda width, k=k, item=item: self._set(old, new, f"{base}:{k}:{width!r}", item, width, earlier)
                for k, item in enumerate(items)]

    def _slide(self, composer, slide, notes) -> tuple[str, dict, dict, str]:
        """Return the name of *slide*'s memo file, what it kept, what this build keeps in it, and the slide's
        part of its entries' keys."""
        self.salted(composer)
        path = str(slide.pos.path if slide.pos else "")
        name = self._names.get(path)
        if name is None:
            name = self._names[path] = hashlib.sha1(path.encode()).hexdigest() + SUFFIX
        old = self._old.get(name)
        if old is None:
            old = self._old[name] = self._load(name)
        base = hashlib.sha256(repr((slide.kind, slide.number, slide.title, slide.notes, slide.sources, slide.extra,
                                    slide.details, notes)).encode()).hexdigest()[:32]  # 128 bits: keys fill half a head
        return name, old, self._new.setdefault(name, {}), base

    def carry(self, composer, slide, notes=None) -> None:
        """Keep what an earlier build set of *slide*'s text, for a slide whose handout pages were taken whole
        (handout/segments.py): its memo file stays as it is, or, when this build sets text in it too, its
        entries stay in it (read back only then)."""
        path = str(slide.pos.path if slide.pos else "")
        name = self._names.get(path)
        if name is None:
            name = self._names[path] = hashlib.sha1(path.encode()).hexdigest() + SUFFIX
        self._carried.setdefault(name, []).append((composer, slide, notes))
        self.hits += 1

    def _carry_into(self, name: str) -> None:
        """Add the entries of the slides carried in memo file *name* to what this build keeps in it."""
        new = self._new[name]
        bases: dict[str, list[str]] = {}
        for composer, slide, notes in self._carried.pop(name):
            _, old, _, base = self._slide(composer, slide, notes)
            if not bases:
                for key in old:
                    bases.setdefault(key.partition(":")[0], []).append(key)
            for key in bases.get(base, ()):
                if key not in new:
                    _, k, width = key.split(":")
                    new[key] = Carried(old[key], lambda c=composer, s=slide, n=notes, k=int(k), w=float(width):
                                       c.text_items(s, n, kept=False)[k](w))

    def segments_for(self, composer, take: bool = True) -> Segments:
        """Return the segments of pages *composer*'s handout kept (handout/segments.py; none unless *take*), which
        keep this build's once laid out."""
        salt = hashlib.sha256(repr((self.salted(composer), composer.name, type(composer).__name__,
                                    composer.front.title, composer.page_w, composer.page_h,
                                    composer.margin)).encode()).hexdigest()[:16]
        folder = self.folder if take else None
        self.segments = read_segments(folder / SEGMENTS_FILE if folder is not None else None, salt)
        return self.segments

    def _set(self, old: dict, new: dict, key: str, item, width: float, earlier: dict) -> list:
        got = new.get(key)
        if type(got) is Carried:
            got = new[key] = got.paragraphs()
        if got is None:
            kept = old.get(key)
            got = earlier.get(key) if kept is None else KeptEntry(*kept, lambda: item(width)).paragraphs()
            if type(got) is Carried:
                got = got.paragraphs()
            if got is None:
                self.misses += 1
                got = item(width)
            else:
                self.hits += 1
            new[key] = got
        if self.placed is not None:
            for i, para in enumerate(got):
                self.placed.note(f"{key}#{i}", para)
        return list(got)

    def _load(self, name: str) -> dict[str, tuple]:
        fresh = []  # the file's decoder of what follows its first line

        def entry(item, decode):
            if not fresh:
                fresh.append(decode.fresh)
            return _entry(item, decode)

        read = read_entries(self.folder / name if self.folder is not None else None, FORMAT, VERSION, self.salt,
                            entry)
        if read is None:
            return {}
        entries, rest = read
        file = self._files[name] = KeptFile(rest, fresh[0] if fresh else None, len(entries))
        file.damaged = file.left_out and self.keep_text and bool(entries)  # its text is wanted: written again with it
        return {key: (file, index, kept) for index, (key, kept) in enumerate(entries)}

    def dump(self, stage=None) -> list[tuple[Path, bytes | Path | None]]:
        """Return the files to write (bytes, or with *stage* the temporary file it wrote) or delete (None)
        to keep the text this build set or reused: a section's file when its text changed, nothing when
        the handout was not laid out. Only files named as this memo names its own are deleted."""
        segments = self.segments.encoded() if self.segments is not None else None
        if (self.folder is None or not (self._new or segments) or self.folder.is_symlink()
                or self.folder.parent.is_symlink()):
            return []
        for name in [n for n in self._carried if n in self._new]:  # a file some of whose text was set again
            self._carry_into(name)
        out: list[tuple[Path, bytes | Path | None]] = []
        staged = segments if segments is None or stage is None else stage(self.folder / SEGMENTS_FILE, segments)
        if staged is not None:
            out.append((self.folder / SEGMENTS_FILE, staged))
        for name, kept in sorted(self._new.items()):
            if kept.keys() == self._old.get(name, {}).keys() and not getattr(self._files.get(name), "damaged", False):
                continue  # entries of one key are equal by construction: the file holds them already
            data = _encoded(self.salt, [(k, v.paragraphs() if type(v) is Carried else v) for k, v in kept.items()],
                            self.keep_text)
            staged = None if data is None else data if stage is None else stage(self.folder / name, data)
            if staged is not None:
                out.append((self.folder / name, staged))
        gone = stale_files(self.folder, _NAME, self._new.keys() | self._carried.keys())
        return out + [(p, None) for p in gone]


def _encoded(salt: str, entries, text: bool = True) -> bytes | None:
    """Return the sealed memo file holding *entries* ((key, items) pairs): the JSON array [*salt*, table of
    classes, [[key, shape], …]] (a shape's markers encoded), a newline, then the JSON array of each entry's
    paragraphs' runs and lines (one space of references); an entry holding what the codec refuses is left out.
    Without *text*, nothing follows the newline: the paragraphs are set again when a page that shows them is
    painted (the handout's painter keeps each page it painted: an edit repaints only the pages it changed)."""
    from deckbuild.cache import seal

    encoder = Encoder()
    body = Encoder(beside=encoder)
    heads, values = [], []
    try:
        for key, items in entries:
            items = real_items(items) if text else items  # (a shape is made without reading a kept paragraph)
            value = body.encode_whole((texts(items),)) if text else [None]
            if value is None:
                continue  # an entry holding what is not a layout value is left out (its text is set again)
            made = shape(items)
            if any(item[11] is not None for item in made):
                markers = encoder.encode_whole(tuple(item[11] for item in made))
                if markers is None:
                    continue
                for item, marker in zip(made, markers):
                    item[11] = marker
            heads.append([key, made])
            values.append(value[0])
        head = json.dumps([salt, encoder.head(), heads], separators=(",", ":"), allow_nan=False, check_circular=False)
        rest = json.dumps(values, separators=(",", ":"), allow_nan=False, check_circular=False) if text else ""
    except (ValueError, TypeError, RecursionError):  # Invalid is a ValueError
        return None
    finally:
        encoder.close()
        body.close()
    return seal(f"{head}\n{rest}".encode("utf-8"), FORMAT, VERSION)


def _entry(item, decode):
    """Return a kept (key, shape) pair of a memo file's first line, or None when *item* is not one."""
    if not (type(item) is list and len(item) == 2 and type(item[0]) is str):
        return None
    made = checked_shape(item[1], decode)
    return None if made is None else (item[0], made)


class Carried:
    """A kept entry of a slide whose pages were taken whole: *kept* (its file, place and shape) and *again*,
    which sets its text afresh (when the file does not hold it)."""

    __slots__ = ("kept", "again")

    def __init__(self, kept: tuple, again):
        self.kept, self.again = kept, again

    def paragraphs(self) -> list:
        return KeptEntry(*self.kept, self.again).paragraphs()

