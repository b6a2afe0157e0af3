"""A file's identity stands for its bytes only once it is trusted (deckbuild.filehash): a file changed just
before it was read is read again next time, any change of size, inode or times is seen, and the code hash
kept by identities is the hash of the files' bytes."""

from __future__ import annotations

import hashlib
import os
import shutil

import pytest

from deckbuild import codehash, filehash


def _digest(path) -> str:
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def test_file_hash_is_the_sha256_of_the_bytes_or_missing(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes(b"abc")
    assert filehash.file_hash(f) == filehash.file_hash(str(f)) == hashlib.sha256(b"abc").hexdigest()
    assert filehash.file_hash(tmp_path / "none") == "missing"
    assert filehash.file_hash(tmp_path) == "missing"  # a folder


def test_a_file_changed_just_before_it_was_read_is_not_trusted(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes(b"abc")
    digest = filehash.file_hash(f)
    assert filehash.settled_key(f, digest) is None  # written a moment ago: its times may not change again
    assert filehash.same_file(str(f), digest, None) == (True, None)


def test_a_settled_file_is_known_by_its_identity_without_reading_it(tmp_path, monkeypatch):
    f = tmp_path / "a.txt"
    f.write_bytes(b"abc")
    monkeypatch.setattr(filehash, "SETTLED_NS", -10 ** 12)  # as if it had been written long before
    digest = filehash.file_hash(f)
    key = filehash.settled_key(f, digest)
    assert key is not None and filehash.settled_key(f, "another digest") is None
    monkeypatch.setattr(filehash, "file_hash", lambda path: pytest.fail("the file was read"))
    assert filehash.same_file(str(f), digest, key) == (True, key)


@pytest.mark.parametrize("change", ["bytes of another size", "replaced (another inode)", "times set back"])
def test_any_change_of_a_trusted_file_is_seen(tmp_path, monkeypatch, change):
    f = tmp_path / "a.txt"
    f.write_bytes(b"abc")
    monkeypatch.setattr(filehash, "SETTLED_NS", -10 ** 12)
    digest = filehash.file_hash(f)
    key = filehash.settled_key(f, digest)
    st = os.stat(f)
    if change == "bytes of another size":
        f.write_bytes(b"abcd")
    elif change == "replaced (another inode)":
        other = tmp_path / "b.txt"
        other.write_bytes(b"xyz")
        os.utime(other, ns=(st.st_atime_ns, st.st_mtime_ns))
        keep = tmp_path / "keep.txt"
        os.link(f, keep)  # the old inode stays in use: the new file cannot reuse its number
        os.replace(other, f)
    else:
        os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns - 10 ** 9))
    assert filehash.same_file(str(f), digest, key)[0] is (change == "times set back")  # read again: same bytes?
    assert filehash.stat_key(os.stat(f)) != key


def test_the_identity_covers_the_change_time():
    st = os.stat(__file__)
    fields = list(st)
    fields[9] += 1  # st_ctime (the integer field); the _ns fields follow the float ones
    changed = os.stat_result(fields, {"st_ctime_ns": st.st_ctime_ns + 1})
    assert filehash.stat_key(changed) != filehash.stat_key(st)


def _reference_hash(top) -> str:
    """The code hash as main computed it: every file's path and bytes, read each time."""
    from pathlib import Path

    top = Path(top)
    h = hashlib.sha256()
    for path in sorted(p for p in top.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                       and p.suffix != ".pyc"):
        h.update(f"{path.relative_to(top).as_posix()}\n".encode())
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def test_the_code_hash_is_the_hash_of_deckbuilds_files():
    top = os.path.dirname(codehash.__file__)
    assert codehash.code_hash() == _reference_hash(top)


def test_the_kept_folder_hash_follows_every_edit(tmp_path, monkeypatch):
    top = tmp_path / "pkg"
    shutil.copytree(os.path.dirname(codehash.__file__), top, ignore=shutil.ignore_patterns("__pycache__"))
    (top / "sub").mkdir(exist_ok=True)
    (top / "sub" / "a-b.py").write_text("x = 1\n")
    (top / "sub-c.py").write_text("y = 2\n")  # "sub/…" sorts before "sub-c.py", as pathlib sorts
    (top / "__pycache__").mkdir()
    (top / "__pycache__" / "x.pyc").write_bytes(b"byte code")
    monkeypatch.setattr(filehash, "SETTLED_NS", -10 ** 12)
    first = codehash.folder_hash(str(top))
    assert first == _reference_hash(top)
    monkeypatch.setattr(codehash, "file_hash", lambda path: pytest.fail("a file was read"))
    assert codehash.folder_hash(str(top)) == first  # kept: nothing was read
    monkeypatch.undo()
    monkeypatch.setattr(filehash, "SETTLED_NS", -10 ** 12)
    for edit in (lambda: (top / "sub" / "a-b.py").write_text("x = 22\n"), lambda: (top / "new.txt").write_text(""),
                 lambda: (top / "sub-c.py").unlink()):
        edit()
        assert codehash.folder_hash(str(top)) == _reference_hash(top) != first
        first = _reference_hash(top)


def test_the_manifest_is_checked_without_reading_back_the_outputs_this_process_just_wrote(project, monkeypatch):
    from pathlib import Path

    from conftest import SIMPLE_DECK
    from deckbuild.cache import Manifest

    project.deck("d", SIMPLE_DECK)
    assert project.run("build").exit_code == 0
    read = []
    real = filehash.read_hashed
    monkeypatch.setattr(filehash, "read_hashed", lambda p: read.append(Path(p).name) or real(p))
    names = ["d.pptx", "d-handout.pdf"]
    key = Manifest(project.dist)._read()["d.pptx"]["inputs"]
    assert Manifest(project.dist).fresh(names, key) is not None and read == []
    with open(project.dist / "d.pptx", "ab") as fh:  # changed in place: its identity is not the one written
        fh.write(b"x")
    assert Manifest(project.dist).fresh(names, key) is None and read == ["d.pptx"]
    (project.dist / "d.pptx").unlink()
    assert project.run("build").exit_code == 0  # written again: up to date, read back by nobody
    read.clear()
    assert Manifest(project.dist).fresh(names, key) is not None and read == []
