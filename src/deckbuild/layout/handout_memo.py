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
codec's (layout/codec.py), signed as the layout cache's are; anything else is a cold memo.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from deckbuild.layout.codec import Encoder, decoder

FORMAT = "deckbuild-handout-text"
VERSION = 1


class HandoutMemo:
    """The handout text of one task's slides, kept in *path* (None: kept in memory for this build only)."""

    def __init__(self, path: Path | None, salt: str):
        self.path = path
        self.salt = salt
        self._old: dict[str, list] | None = None  # key → the items' paragraphs, read when first asked for
        self._new: dict[str, list] = {}
        self.hits = self.misses = 0

    def items(self, composer, slide, notes, items: list) -> list:
        """Return *items* (what *composer*'s text_items made for *slide*) as items that reuse what was kept."""
        if self._old is None:  # the first slide: what of the composer the text depends on joins the salt
            self.salt = hashlib.sha256(repr((self.salt, type(composer).__name__,
                                             sorted(composer.cites.items()))).encode()).hexdigest()[:16]
            self._old = self._load()
        base = hashlib.sha256(repr((slide.kind, slide.number, slide.title, slide.notes, slide.sources,
                                    slide.extra, slide.details, notes)).encode()).hexdigest()
        return [lambda width, k=k, item=item: self._set(f"{base}:{k}:{width!r}", item, width)
                for k, item in enumerate(items)]

    def _set(self, key: str, item, width: float) -> list:
        got = self._new.get(key)
        if got is None:
            got = self._old.get(key)
            if got is None:
                self.misses += 1
                got = item(width)
            else:
                self.hits += 1
            self._new[key] = got
        return list(got)

    def _load(self) -> dict[str, list]:
        from deckbuild.cache import unseal

        body = unseal(self.path, FORMAT, VERSION) if self.path is not None else None
        if body is None:
            return {}
        try:
            data = json.loads(body, parse_constant=_refuse, object_pairs_hook=_refuse)
            if not (type(data) is list and len(data) == 3 and data[0] == self.salt and type(data[2]) is list):
                return {}
            decode = decoder(data[1])
            out = {}
            for item in data[2]:
                if not (type(item) is list and len(item) == 2 and type(item[0]) is str):
                    return {}
                value = decode(item[1])
                if type(value) is not list:
                    return {}
                out[item[0]] = value
            return out
        except (ValueError, TypeError, RecursionError):  # the codec's Invalid is a ValueError
            return {}

    def dump(self, stage=None) -> list[tuple[Path, bytes | Path | None]]:
        """Return the file to write (bytes, or with *stage* the temporary file it wrote) holding the text
        this build set or reused; nothing when the handout was not laid out or reused all it was given."""
        from deckbuild.cache import seal

        if self.path is None or self._old is None or self.path.parent.is_symlink():
            return []
        if self._new.keys() == self._old.keys():
            return []
        encoder = Encoder()
        try:
            entries = [[key, value] for key, value in
                       ((key, encoder.encode_whole((value,))) for key, value in self._new.items()) if value is not None]
            body = json.dumps([self.salt, encoder.head(), [[k, v[0]] for k, v in entries]],
                              separators=(",", ":"), allow_nan=False)
        except (ValueError, TypeError, RecursionError):
            return []
        finally:
            encoder.close()
        data = seal(body.encode("utf-8"), FORMAT, VERSION)
        kept = data if stage is None else stage(self.path, data)
        return [] if kept is None else [(self.path, kept)]


def _refuse(value):
    from deckbuild.layout.codec import Invalid

    raise Invalid(f"{value!r} is not a value the handout memo writes")
