"""file_digests.py: a forced or first build trusts the fonts and styles it read before by their identity (the
SHA-256 each file had, kept in deckbuild's cache folder), and reads any file whose identity changed."""

from __future__ import annotations

import json
import os

from deckbuild import file_digests, filehash
from deckbuild.cache import MANIFEST, STATE_DIR


def _reads(monkeypatch) -> list[str]:
    read: list[str] = []
    real = filehash.read_hashed

    def counting(path):
        read.append(os.fspath(path))
        return real(path)

    monkeypatch.setattr(filehash, "read_hashed", counting)
    return read


def _key(project, out: str) -> str:
    text = (project.root / out / STATE_DIR / MANIFEST).read_bytes().split(b"\n", 1)[1]
    return json.loads(text)["outputs"]["one.pptx"]["inputs"]


def _forced(project, out: str = "dist"):
    file_digests._KEPT.clear()  # as a new process: the store is read from the cache folder
    result = project.run("build", "--out", out, "--force")
    assert result.exit_code == 0, result.output
    return result


def test_a_forced_build_trusts_the_fonts_read_before_and_records_the_same_key(project, monkeypatch, tmp_path):
    monkeypatch.setenv("DECKBUILD_CACHE_DIR", str(tmp_path / "cache"))
    project.deck("one", {"deck.yaml": "title: One\n", "01.yaml": "section: A\nslides:\n  - title: Hello\n"})
    read = _reads(monkeypatch)
    _forced(project, "first")
    fonts = [p for p in read if p.endswith(".ttf")]
    assert fonts and (tmp_path / "cache" / file_digests.FILE).is_file()
    read.clear()
    _forced(project, "second")
    assert not [p for p in read if p.endswith(".ttf")]  # trusted by their identity
    assert [p for p in read if p.endswith("01.yaml")]  # outlines are always read
    assert _key(project, "second") == _key(project, "first")
    (tmp_path / "cache" / file_digests.FILE).write_bytes(b"deckbuild-file-digests 1 " + b"0" * 64 + b"\n{}")
    read.clear()
    _forced(project, "third")  # a store not signed with this user's key is not read
    assert {p for p in read if p.endswith(".ttf")} == set(fonts)
    assert _key(project, "third") == _key(project, "first")


def test_a_file_whose_identity_changed_is_read_again(project, monkeypatch, tmp_path):
    monkeypatch.setenv("DECKBUILD_CACHE_DIR", str(tmp_path / "cache"))
    project.deck("one", {"deck.yaml": "title: One\n", "01.yaml": "section: A\nslides:\n  - title: Hello\n"})
    _forced(project)
    store = file_digests._read()
    font = next(p for p in store if p.endswith(".ttf"))
    digest, identity = store[font]
    file_digests.keep({font: ("0" * 64, identity.replace(":", ";", 1))})  # an identity the file does not have
    file_digests.keep({"/no/such/file.ttf": (digest, identity)})
    read = _reads(monkeypatch)
    before = _key(project, "dist")
    _forced(project)
    assert font in read and _key(project, "dist") == before
    assert file_digests._read()[font] == (digest, identity)  # remembered again, as read
