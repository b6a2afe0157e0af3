"""The PowerPoint painter's cache of finished slides (PaintOptions.reuse and kept): an edit paints again only the
slides it changed, and copies the others' parts, already deflated, into the new package.

Each slide's entry holds what adding it to the package did: its parts (slide, relationships, notes, charts and
their workbooks) as deflated zip entries with their CRC-32 and size, the content types and defaults they added,
and the pictures it used (their SHA-1, extension and part name). It is kept under the slide's key
(pptx_keys: its content, the names its parts get, the package and the painter's code); a picture's part is
kept under a key of its own, so a slide reused can add a picture an earlier slide no longer adds. A slide is
reused only when its entry fits exactly (PackageWriter.replay): the package is then byte for byte the one
painting every slide gives. Entries are data (a header of text lines and the deflated bytes), checked when read.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping

from deckbuild.render.pptx_keys import SlideKeys, digest

VERSION = 1


def identity(base: bytes) -> str:
    """Return the identity of the package slides are painted into and of the painter: the prepared package's
    bytes, deckbuild's code, the versions of the libraries that write parts, and the state of the environment's
    site-packages folder (installing anything changes it: resvg and matplotlib draw pictures too)."""
    import sysconfig

    from deckbuild.cache import library_versions
    from deckbuild.compile import code_hash

    site = sysconfig.get_paths()["purelib"]
    try:
        stamp = os.stat(site).st_mtime_ns
    except OSError:
        stamp = None
    return digest(["pptx-slide", VERSION, hashlib.sha256(base).hexdigest(), code_hash(), library_versions(), site,
                   stamp])


class SlideParts:
    """Reuses and keeps the slides of one deck being painted."""

    def __init__(self, base: bytes, reuse: Mapping[str, bytes], kept: dict[str, bytes] | None):
        self.reuse, self.kept = reuse, kept
        self.id = identity(base)
        self.keys = SlideKeys(self.id)
        self._key: str | None = None
        self.reused = self.painted = 0

    def replay(self, page, layout, names, writer) -> bool:
        """Return True when the slide *page*, its part *names* reserved in *writer*, was added from its kept
        entry; else get ready to keep it once painted (``keep``)."""
        key = self._key = self.keys.key(page, layout, (names.slide, names.notes, names.charts))
        data = self.reuse.get(key) if key is not None else None
        events = decode(data) if data is not None else None
        used: dict[str, bytes] = {}

        def media(sha1: str, ext: str):
            name = self._media_key(sha1, ext)
            packed = decode_packed(self.reuse.get(name))
            if packed is not None:
                used[name] = self.reuse[name]
            return packed

        if events is not None and writer.replay(events, media):
            self.reused += 1
            if self.kept is not None:
                self.kept[key] = data
                self.kept.update(used)
            return True
        self.painted += 1
        writer.record = [] if key is not None and self.kept is not None else None
        return False

    def keep(self, writer) -> None:
        """Keep what adding the slide just painted did (see ``replay``)."""
        record, writer.record = writer.record, None
        if record is None or self._key is None or self.kept is None:
            return
        self.kept[self._key] = encode(record)
        for event in record:
            if event[0] == "m" and event[4] is not None:
                self.kept[self._media_key(event[1], event[2])] = encode_packed(event[4])

    def _media_key(self, sha1: str, ext: str) -> str:
        return digest(["pptx-media", self.id, sha1, ext])


def encode(record: list) -> bytes:
    """Return the entry of a slide: a header line per event of *record* (fields split by tabs: part names and
    content types hold none), an empty line, then the parts' deflated bytes one after another."""
    head, blobs = [f"deckbuild-slide {VERSION}"], []
    for event in record:
        if event[0] == "p":
            _, name, content_type, (crc, size, data) = event
            head.append(f"p\t{name}\t{content_type or ''}\t{crc}\t{size}\t{len(data)}")
            blobs.append(data)
        elif event[0] == "d":
            head.append(f"d\t{event[1]}")
        else:
            head.append(f"m\t{event[1]}\t{event[2]}\t{event[3]}")
    return ("\n".join(head) + "\n\n").encode() + b"".join(blobs)


def decode(data: bytes) -> list | None:
    """Return the events of a slide's entry, or None when *data* is not an entry ``encode`` wrote."""
    head, sep, blobs = data.partition(b"\n\n")
    try:
        lines = head.decode("utf-8").split("\n")
    except UnicodeDecodeError:
        return None
    if not sep or lines[0] != f"deckbuild-slide {VERSION}":
        return None
    events, at = [], 0
    for line in lines[1:]:
        item = line.split("\t")
        kind = item[0]
        if kind == "p" and len(item) == 6 and item[1] and all(v.isdigit() for v in item[3:]):
            crc, size, length = int(item[3]), int(item[4]), int(item[5])
            events.append(("p", item[1], item[2] or None, (crc, size, blobs[at:at + length])))
            at += length
        elif kind == "d" and len(item) == 2:
            events.append(("d", item[1]))
        elif kind == "m" and len(item) == 4:
            events.append(("m", item[1], item[2], item[3]))
        else:
            return None
    return events if at == len(blobs) else None


def encode_packed(packed) -> bytes:
    """Return a picture's entry: its CRC-32 and size, then its deflated bytes."""
    crc, size, data = packed
    return f"{VERSION} {crc} {size}\n".encode() + data


def decode_packed(data: bytes | None):
    """Return the (CRC-32, size, deflated bytes) of a picture's entry, or None."""
    if data is None:
        return None
    line, sep, body = data.partition(b"\n")
    parts = line.split(b" ")
    if not sep or len(parts) != 3 or parts[0] != str(VERSION).encode() or not all(p.isdigit() for p in parts[1:]):
        return None
    return int(parts[1]), int(parts[2]), body
