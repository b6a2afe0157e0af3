"""What a forked child kept comes back through its pipe as it was (kept_files.pack and unpack)."""

from __future__ import annotations

from pathlib import Path

import pytest

from deckbuild.kept_files import pack, unpack


def test_pack_gives_back_what_it_was_given():
    keep = [(Path("/state/layout/a.json"), b"{}"), (Path("/state/layout/b.json"), None), (Path("/c"), b""),
            (Path("/state/handout/d.json"), Path("/state/tmp/x1"))]
    assert unpack(pack(b"PK\x03\x04", keep)) == (b"PK\x03\x04", keep)
    with pytest.raises(ValueError):
        unpack(pack(b"PK", keep)[:-1])
