"""Zip entries of a package: parts deflated once, as they are made, and the zip assembled from them.

Every entry has fixed timestamps and attributes (reproducible builds) and is deflated at ZIP_LEVEL; the zip
holds exactly the bytes ``zipfile`` writes for the same entries (``_info``'s attributes).
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib

ZIP_DATE = (2000, 1, 1, 0, 0, 0)
ZIP_LEVEL = 3  # deflate level of every part: as fast as level 1 here and 2% smaller; level 6 costs 30% more time
_CORE_DATES = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


Packed = tuple  # (CRC-32, size, deflated bytes) of one part


def deflate(data: bytes) -> Packed:
    """Return *data* as a zip entry's CRC-32, size and raw deflate stream at ZIP_LEVEL (as zipfile makes it)."""
    squeeze = zlib.compressobj(ZIP_LEVEL, zlib.DEFLATED, -15)
    return zlib.crc32(data), len(data), squeeze.compress(data) + squeeze.flush()


_DOS_TIME = ZIP_DATE[3] << 11 | ZIP_DATE[4] << 5 | ZIP_DATE[5] // 2
_DOS_DATE = (ZIP_DATE[0] - 1980) << 9 | ZIP_DATE[1] << 5 | ZIP_DATE[2]
_SMALL = 0x7FFFFFFF  # zipfile's ZIP64_LIMIT: beyond it (or 65,535 entries) a package needs the zip64 records


def zip_bytes(entries: list[tuple[str, Packed]], release: bool = False) -> bytes:
    """Return the zip of already deflated *entries* (name, packed), the bytes zipfile writes for them with
    ``_info``'s attributes: fixed times, mode 644, made on MS-DOS, version 2.0, no extra fields.

    With *release*, each entry is dropped from *entries* once written, so the deck is not held twice."""
    total = sum(len(p[2]) + 2 * len(name) + 76 for name, p in entries)
    if len(entries) > 0xFFFF or total > _SMALL or any(p[1] > _SMALL for _, p in entries):
        return _zip_by_zipfile(entries)  # pragma: no cover - a deck of more than ~16,000 slides or 2 GB
    out, central, at = io.BytesIO(), [], 0
    for i, (name, (crc, size, data)) in enumerate(entries):
        if release:
            entries[i] = None
        try:
            raw, flags = name.encode("ascii"), 0
        except UnicodeEncodeError:
            raw, flags = name.encode("utf-8"), 0x800
        head = struct.pack("<4s2B4HL2L2H", b"PK\x03\x04", 20, 0, flags, zipfile.ZIP_DEFLATED, _DOS_TIME, _DOS_DATE,
                           crc, len(data), size, len(raw), 0)
        out.write(head)
        out.write(raw)
        out.write(data)
        central += [struct.pack("<4s4B4HL2L5H2L", b"PK\x01\x02", 20, 0, 20, 0, flags, zipfile.ZIP_DEFLATED,
                                _DOS_TIME, _DOS_DATE, crc, len(data), size, len(raw), 0, 0, 0, 0, 0o644 << 16, at), raw]
        at += len(head) + len(raw) + len(data)
        del data  # with *release*, the last reference to this part's bytes
    directory = b"".join(central)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(directory), at, 0)
    out.write(directory)
    out.write(end)
    return out.getvalue()


def _zip_by_zipfile(entries: list[tuple[str, Packed]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, (_, _, data) in entries:  # a ZipInfo carries no level of its own: zipfile would use zlib's default
            dst.writestr(_info(name), zlib.decompress(data, -15), compresslevel=ZIP_LEVEL)
    return out.getvalue()


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    info.create_system = 0
    return info


def normalize_zip(data: bytes, embedded: bool = False) -> bytes:
    """Return the zip *data* rewritten with fixed timestamps and attributes (reproducible builds).

    Embedded workbooks (chart data) are normalized too, including the creation date they carry.
    """
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename.endswith(".xlsx"):
                body = normalize_zip(body, embedded=True)
            elif embedded and item.filename == "docProps/core.xml":
                body = _CORE_DATES.sub(rb"\g<1>2000-01-01T00:00:00Z\g<2>", body)
            dst.writestr(_info(item.filename), body, compresslevel=ZIP_LEVEL)
    return out.getvalue()
