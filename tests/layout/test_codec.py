"""The codec's one reader of cache files (``codec.read_entries``), which the layout cache, the handout memo and
the model cache share: it gives the entries of a file this user signed for this salt, and nothing otherwise."""

from __future__ import annotations

import json

import pytest

from deckbuild.cache import seal
from deckbuild.layout.codec import Encoder, read_entries


def _file(tmp_path, head, rest: bytes = b"", fmt: str = "test-format"):
    path = tmp_path / "entries.json"
    path.write_bytes(seal(json.dumps(head).encode() + (b"\n" + rest if rest else b""), fmt, 1))
    return path


def _entry(item, decode):
    value = decode(item)
    return value if type(value) is tuple else None


def _written():
    from deckbuild.diagnostics import Pos

    encoder = Encoder()
    where = Pos("a.yaml", 3, 5)
    values = [(where, "x"), (where, 2.5)]  # alive while encoded: the encoder knows values by their ids
    entries = [encoder.encode_whole((value,))[0] for value in values]
    head = encoder.head()
    encoder.close()
    return head, entries, where


def test_the_entries_of_a_file_signed_for_this_salt_are_read_with_what_follows(tmp_path):
    head, entries, where = _written()
    read = read_entries(_file(tmp_path, ["salt", head, entries], b"rest"), "test-format", 1, "salt", _entry)
    assert read == ([(where, "x"), (where, 2.5)], b"rest")
    assert read[0][0][0] is read[0][1][0]  # the entries share one space of references


@pytest.mark.parametrize("damage", ["another salt", "another format", "a JSON object", "not a number",
                                    "an entry the cache refuses", "not signed", "missing"])
def test_anything_else_is_no_entries(tmp_path, damage):
    head, entries, _ = _written()
    data = ["other" if damage == "another salt" else "salt", head, entries]
    if damage == "a JSON object":
        data[2] = [{"x": 1}]
    elif damage == "not a number":
        data[2] = [float("nan")]
    path = _file(tmp_path, data, fmt="other-format" if damage == "another format" else "test-format")
    check = (lambda item, decode: None) if damage == "an entry the cache refuses" else _entry
    if damage == "not signed":
        first, body = path.read_bytes().split(b"\n", 1)
        path.write_bytes(first[:-8] + b"00000000\n" + body)
    elif damage == "missing":
        path.unlink()
    assert read_entries(path, "test-format", 1, "salt", check) is None
    assert read_entries(None, "test-format", 1, "salt", _entry) is None


def test_a_value_freed_while_a_file_is_encoded_is_never_taken_for_a_later_one():
    """The encoder knows values by their ids: it holds the ones it numbered, so that a temporary freed in the
    middle of a file cannot lend its id to a new value (which would then be written as a reference to it)."""
    from deckbuild.diagnostics import Pos

    encoder = Encoder()
    written = [encoder.encode_whole(((Pos("a.yaml", i, 1), f"text {i}"),))[0] for i in range(200)]
    encoder.close()
    from deckbuild.layout.codec import REF

    def refers(item) -> bool:
        return type(item) is list and bool(item) and (item[0] == REF or any(map(refers, item[1:])))

    assert not any(map(refers, written))


def test_what_write_entries_seals_read_entries_gives_back_and_what_the_codec_refuses_is_no_file(tmp_path):
    from deckbuild.diagnostics import Pos
    from deckbuild.layout.codec import write_entries

    values = [(Pos("a.yaml", 3, 5), "x"), (Pos("b.yaml", 1, 1), 2.5)]
    data = write_entries("salt", "test-format", 1, lambda encoder: [encoder.encode_whole((v,))[0] for v in values])
    path = tmp_path / "entries.json"
    path.write_bytes(data)
    assert read_entries(path, "test-format", 1, "salt", _entry) == (values, b"")
    assert read_entries(path, "test-format", 1, "another salt", _entry) is None
    assert write_entries("salt", "test-format", 1, lambda encoder: [float("nan")]) is None
    assert write_entries("salt", "test-format", 1, lambda encoder: None) is None


def test_stale_files_are_the_cache_s_own_files_not_kept_never_a_link_or_a_folder(tmp_path):
    import re

    from deckbuild.layout.codec import stale_files

    for name in ("aa.json", "bb.json", "notes.txt"):
        (tmp_path / name).write_text("x")
    (tmp_path / "cc.json").mkdir()
    (tmp_path / "dd.json").symlink_to(tmp_path / "notes.txt")
    own = re.compile(r"^[a-z]{2}\.json$")
    assert stale_files(tmp_path, own, {"bb.json"}) == [tmp_path / "aa.json"]
    assert stale_files(tmp_path / "missing", own, set()) == []


def test_a_box_s_trailing_fields_are_left_out_only_when_they_hold_their_default_of_its_type():
    """Each class of box is encoded by a function made for it (layout/box_encoders.py): a trailing field is left
    out when it holds its default of the default's type (the class fills it in again), and written otherwise,
    so what is read back is equal field for field, of the same types (0 is not False, 1 is not 1.0)."""
    from deckbuild.fonts import BUNDLED_DIR, face_at
    from deckbuild.layout.boxes import Rect, Run
    from deckbuild.layout.codec import decoder

    face = face_at(str(BUNDLED_DIR / "LiberationSans-Regular.ttf"))
    runs = [Run("a", face, 12.0, "000000"), Run("b", face, 12.0, "000000", family="Serif"),
            Run("c", face, 12.0, "000000", bold=1), Run("d", face, 12, "000000", italic=True, underline=0),
            Rect(1.0, 2.0, 3.0, 4.0, "FFFFFF", line_width=0), Rect(1.0, 2.0, 3.0, 4.0, "FFFFFF")]
    encoder = Encoder()
    written = encoder.encode_whole((runs,))[0]
    head = encoder.head()
    encoder.close()
    assert [len(item) for item in written[1:]] == [5, 13, 6, 12, 8, 6]  # the tag, then the fields written
    read = decoder(head)(written)
    assert read == runs
    assert [[type(getattr(r, f)) for f in r.__slots__] for r in read] == [
        [type(getattr(r, f)) for f in r.__slots__] for r in runs]
    assert read[0].face is read[3].face  # one face, written once


def test_boxes_read_back_are_their_class_equal_hashing_alike_and_still_frozen():
    """The decoder makes boxes with box_new's makers (not the frozen dataclasses' __init__): what it gives is
    the box written, of its class, and cannot be changed."""
    import dataclasses

    from deckbuild.fonts import BUNDLED_DIR, face_at
    from deckbuild.layout.boxes import Fragment, Line, Paragraph, Run
    from deckbuild.layout.codec import decoder
    from deckbuild.model import Bullet

    face = face_at(str(BUNDLED_DIR / "LiberationSans-Regular.ttf"))
    run = Run("Said", face, 12.0, "000000", italic=True)
    line = Line((Fragment("Said", run, 0.0, 24.5),), 10.0, 24.5)
    boxes = [Paragraph((run,), (line,), 0, 12.0, 14.0, 0.0, 0.0, 0.0, lang="fr"), Bullet("a point")]
    encoder = Encoder()
    written = encoder.encode_whole((boxes,))[0]
    head = encoder.head()
    encoder.close()
    read = decoder(head)(written)
    assert read == boxes and [type(b) for b in read] == [Paragraph, Bullet]
    assert hash(read[0]) == hash(boxes[0]) and read[0].lines[0].frags[0].run is read[0].runs[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        read[0].lines[0].baseline = 0.0
