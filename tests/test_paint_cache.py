"""The painters' caches between builds (PaintOptions.reuse/kept): a painter is given what it kept in the last
successful build of the same output, and nothing when the file is damaged, foreign or not signed."""

from __future__ import annotations

import hashlib

import pytest

from deckbuild import paint_cache, worker
from deckbuild.render import painters

DECK = {"deck.yaml": "title: Toy\n",
        "01.yaml": "section: S\nslides:\n  - title: One\n    bullets: [a]\n  - title: Two\n    bullets: [b]\n"}


@pytest.fixture
def toy(monkeypatch):
    """Replace the handout's painter by one that keeps a piece per slide (its title's bytes, by hash) and
    return what each of its runs was given to reuse and how many pieces it made."""
    seen: list[tuple[dict, int]] = []

    def draw(pages, options):
        made = 0
        pieces = []
        for slide in pages.slides:
            piece = slide.title.encode()
            key = hashlib.sha256(piece).hexdigest()
            if options.reuse.get(key) != piece:  # a painter checks nothing more: its keys cover what it depends on
                made += 1
            if options.kept is not None:
                options.kept[key] = piece
            pieces.append(options.reuse.get(key, piece))
        seen.append((dict(options.reuse), made))
        return b"\n".join(pieces)

    monkeypatch.setitem(painters.PAINTERS, "pdf", painters.Painter("pdf", "-handout.pdf", draw, default=True))
    return seen


def _parts(project):
    return project.dist / ".deckbuild" / paint_cache.FOLDER / "toy.pdf"


def test_a_painter_is_given_what_it_kept_in_the_last_build(project, toy):
    project.deck("toy", DECK)
    assert project.run("build").exit_code == 0
    assert toy[-1] == ({}, 4) and _parts(project).is_file()
    cold = (project.dist / "toy-handout.pdf").read_bytes()
    assert project.run("build", "--force").exit_code == 0
    assert len(toy[-1][0]) == 4 and toy[-1][1] == 0  # every piece reused
    (project.root / "outlines/toy/01.yaml").write_text(DECK["01.yaml"].replace("Two", "Three"))
    assert project.run("build").exit_code == 0
    assert toy[-1][1] == 1  # only the edited slide's piece is made again
    assert paint_cache.decode(_body(project), _salt(project)).keys() == {
        hashlib.sha256(t.encode()).hexdigest() for t in ("Toy", "S", "One", "Three")}  # the old piece is gone
    (project.root / "outlines/toy/01.yaml").write_text(DECK["01.yaml"])
    assert project.run("build").exit_code == 0
    assert (project.dist / "toy-handout.pdf").read_bytes() == cold


def _body(project) -> bytes:
    from deckbuild.cache import unseal

    return unseal(_parts(project), paint_cache.FORMAT, paint_cache.VERSION)


def _salt(project) -> bytes:
    return _body(project)[:16]


@pytest.mark.parametrize("damage", ["truncated", "unsigned", "foreign salt", "other format", "garbage"])
def test_a_damaged_foreign_or_unsigned_parts_file_is_a_cold_cache(project, toy, damage):
    from deckbuild.cache import seal

    project.deck("toy", DECK)
    assert project.run("build").exit_code == 0
    cold = (project.dist / "toy-handout.pdf").read_bytes()
    path = _parts(project)
    body = _body(project)
    poisoned = {"truncated": lambda: seal(body[:-3], paint_cache.FORMAT, paint_cache.VERSION),
                "unsigned": lambda: path.read_bytes().replace(b"\n", b"0\n", 1),
                "foreign salt": lambda: seal(b"0" * 16 + body[16:], paint_cache.FORMAT, paint_cache.VERSION),
                "other format": lambda: seal(body, "deckbuild-layout", paint_cache.VERSION),
                "garbage": lambda: b"\x00\xff" * 50}[damage]()
    # a piece under a right key but with other bytes: a painter that trusted it would show it
    path.write_bytes(poisoned.replace(b"One", b"Bad"))
    assert project.run("build", "--force").exit_code == 0
    assert toy[-1] == ({}, 4)
    assert (project.dist / "toy-handout.pdf").read_bytes() == cold
    assert _body(project) == body  # written again from what this build kept


def test_a_failed_build_keeps_no_painters_entries(project, toy):
    project.deck("toy", DECK)
    assert project.run("build").exit_code == 0
    before = _parts(project).read_bytes()
    long = ", ".join(["A long bullet that takes most of a line on its own"] * 9)
    (project.root / "outlines/toy/01.yaml").write_text(f"section: S\nslides:\n  - title: New\n    bullets: [{long}]\n")
    result = project.run("build", "--strict")  # painted (its entries staged), then refused for a warning
    assert result.exit_code == 1 and toy[-1][1] == 1
    assert _parts(project).read_bytes() == before
    assert list((project.dist / ".deckbuild" / "tmp").iterdir()) == []


def test_a_style_change_empties_the_painters_caches(project, toy):
    project.write("assets/styles/house.yaml", "sizes: {body: 22}\n")
    project.deck("toy", {**DECK, "deck.yaml": "title: Toy\nstyle: house\n"})
    assert project.run("build").exit_code == 0
    assert project.run("build", "--force").exit_code == 0
    assert toy[-1][1] == 0
    project.write("assets/styles/house.yaml", "sizes: {body: 20}\n")
    assert project.run("build").exit_code == 0
    assert toy[-1] == ({}, 4)


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="no fork on this system")
def test_entries_kept_in_the_forked_child_come_back(project, toy, monkeypatch):
    seen = []

    def deck(pages, options):
        seen.append(options.reuse.get("k" * 64))  # the PPTX painter keeps its own slides' entries beside it
        options.kept["k" * 64] = b"deck piece"
        return painters._pptx(pages, options)

    monkeypatch.setitem(painters.PAINTERS, "pptx", painters.Painter("pptx", ".pptx", deck, default=True))
    monkeypatch.setattr(worker, "FORK_FROM_SLIDES", 1)
    monkeypatch.setattr(worker, "idle_core", lambda: True)
    project.deck("toy", DECK)
    assert project.run("build").exit_code == 0
    assert seen == []  # painted in the child
    monkeypatch.setattr(worker, "idle_core", lambda: False)
    assert project.run("build", "--force").exit_code == 0
    assert seen == [b"deck piece"] and (project.dist / ".deckbuild/parts/toy.pptx").is_file()  # the first ran in the child


def test_the_decks_entries_are_written_out_before_the_handout_is_painted(project, monkeypatch):
    staged = []

    def deck(pages, options):
        options.kept["k" * 64] = b"deck piece"
        return painters._pptx(pages, options)

    def handout(pages, options):  # painted in this process after the deck: its entries are not held meanwhile
        staged.extend(p.name for p in (project.dist / ".deckbuild" / "tmp").iterdir())
        return painters._handout(pages, options)

    monkeypatch.setitem(painters.PAINTERS, "pptx", painters.Painter("pptx", ".pptx", deck, default=True))
    monkeypatch.setitem(painters.PAINTERS, "pdf", painters.Painter("pdf", "-handout.pdf", handout, default=True))
    monkeypatch.setattr(worker, "idle_core", lambda: False)
    project.deck("toy", DECK)
    assert project.run("build").exit_code == 0
    assert len(staged) == 1  # the deck's parts file: every other state file is encoded after painting
    from deckbuild.cache import unseal

    body = unseal(project.dist / ".deckbuild/parts/toy.pptx", paint_cache.FORMAT, paint_cache.VERSION)
    assert paint_cache.decode(body, body[:16])["k" * 64] == b"deck piece"


def test_decode_gives_back_what_encode_wrote():
    from deckbuild.cache import unseal

    entries = {"a" * 64: b"", "b" * 64: bytes(range(256)), "é": b"x"}
    salt = paint_cache.parts_salt("salt")
    sealed = paint_cache.encode(entries, salt)
    head, body = sealed.split(b"\n", 1)
    assert paint_cache.decode(body, salt) == entries
    assert paint_cache.decode(body, paint_cache.parts_salt("other")) == {}
    for cut in range(len(body)):
        assert paint_cache.decode(body[:cut], salt) == {}
    assert unseal  # imported: the same seal as the layout cache


@pytest.mark.parametrize("folder", [paint_cache.FOLDER, "handout", "handout/toy"])
def test_a_symlinked_cache_folder_is_neither_written_nor_cleaned(project, request, tmp_path, folder):
    if folder == paint_cache.FOLDER:
        request.getfixturevalue("toy")  # a painter that keeps parts (the real ones keep none yet)
    project.deck("toy", DECK)
    assert project.run("build").exit_code == 0
    victim = tmp_path / "victim"
    victim.mkdir()
    names = ["toy.pdf", "0123456789abcdef0123456789abcdef01234567.json", "readme.txt"]
    for name in names:
        (victim / name).write_text("the user's own file")
    link = project.dist / ".deckbuild" / folder
    import shutil

    shutil.rmtree(link)
    link.symlink_to(victim, target_is_directory=True)
    (project.root / "outlines/toy/01.yaml").write_text(DECK["01.yaml"].replace("Two", "Three"))
    assert project.run("build").exit_code == 0
    assert sorted(p.name for p in victim.iterdir()) == sorted(names)
    assert all((victim / n).read_text() == "the user's own file" for n in names)
