"""Painting in two processes (the deck in a forked child, which also encodes the layout cache) gives the
same files, byte for byte, as painting in one, and keeps the same per-slide layouts."""

from __future__ import annotations


import pytest
from pptx import Presentation

from deckbuild import worker

SLIDES = worker.FORK_FROM_SLIDES + 5


def _deck(project, twins: bool = False) -> None:
    """Make the deck "forked" of SLIDES slides or more in sections of ten; with *twins*, its first and last
    section files have the same text."""
    sections = {"deck.yaml": "title: Forked\n"}
    for s in range(SLIDES // 10 + 1):
        slides = "".join(f"  - title: Slide {s}-{i}\n    bullets: [first {s} {i}, second {i}]\n"
                         f"    notes: Said on slide {s}-{i}.\n" for i in range(10))
        sections[f"{s:02d}.yaml"] = f"section: Part {s}\nslides:\n{slides}"
    if twins:
        sections[f"{SLIDES // 10 + 1:02d}.yaml"] = sections["00.yaml"]
    project.deck("forked", sections)


def _built(project, monkeypatch, fork: bool, out: str) -> dict[str, bytes]:
    calls, started = [], []
    real, real_started = worker.both, worker.started

    def counting(*args):
        calls.append(1)
        return real(*args)

    def counting_started(*args):
        started.append(1)
        return real_started(*args)

    monkeypatch.setattr(worker, "idle_core", lambda: fork)
    monkeypatch.setattr(worker, "both", counting)
    monkeypatch.setattr(worker, "started", counting_started)
    result = project.run("build", "--out", out, "--force")
    assert result.exit_code == 0, result.output
    assert bool(calls) == fork  # the path asked for was the one taken
    # with a fork, two more children: one encoded the first sections' layouts and the checked sections while
    # the rest were laid out, one the handout's text while it was painted
    assert len(started) == 2 * fork
    root = project.root / out
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and "tmp" not in p.relative_to(root).parts and not p.name.startswith(("manifest", "fast-", "lock"))}


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="no fork on this system")
def test_painting_in_two_processes_gives_the_bytes_and_layouts_of_one(project, monkeypatch):
    _deck(project)
    one = _built(project, monkeypatch, fork=False, out="one")
    two = _built(project, monkeypatch, fork=True, out="two")
    assert any(name.startswith(".deckbuild/layout/") for name in two)  # the child's layout files were written
    assert "forked.pptx" in one and len(one) > 3
    assert one == two
    deck = Presentation(str(project.root / "two" / "forked.pptx"))
    assert len(deck.slides) > SLIDES


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="no fork on this system")
def test_handout_text_a_failing_child_did_not_encode_is_encoded_here(project, monkeypatch):
    import os

    from deckbuild.layout.handout_memo import HandoutMemo

    _deck(project)
    one = _built(project, monkeypatch, fork=False, out="one")
    here, real = os.getpid(), HandoutMemo.dump

    def dump(memo, stage=None):
        if os.getpid() != here:
            raise RuntimeError("the child fails")
        return real(memo, stage)

    monkeypatch.setattr(HandoutMemo, "dump", dump)
    two = _built(project, monkeypatch, fork=True, out="two")
    assert any(name.startswith(".deckbuild/handout/") for name in two)
    assert one == two


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="no fork on this system")
def test_an_edit_dumps_its_handout_text_here_and_equals_a_clean_build(project, monkeypatch):
    """An edit sets the text of one section again: its memo file is encoded in this process (a second fork
    costs more than writing one file), and the outputs and kept text equal a clean build's."""
    _deck(project)
    _built(project, monkeypatch, fork=True, out="two")
    section = project.root / "outlines" / "forked" / "01.yaml"
    section.write_text(section.read_text().replace("Slide 1-3", "Slide 1-3, renamed"))
    started = []
    real_started = worker.started
    monkeypatch.setattr(worker, "started", lambda *args: started.append(1) or real_started(*args))
    result = project.run("build", "--out", "two")
    assert result.exit_code == 0, result.output
    assert started == []
    root = project.root / "two"
    edited = {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
              if p.is_file() and "tmp" not in p.relative_to(root).parts and not p.name.startswith(("manifest", "fast-", "lock"))}
    assert edited == _built(project, monkeypatch, fork=True, out="clean")


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="no fork on this system")
def test_the_first_sections_are_kept_by_a_child_while_the_rest_are_laid_out(project, monkeypatch):
    """A cold build of a large deck: a forked child encodes the layouts of the sections laid out first (and the
    checked sections) while this process lays out the rest; every file kept equals a build in one process."""
    import os

    from deckbuild.layout.cache import LayoutCache
    from deckbuild.model_cache import ModelCache

    _deck(project)
    one = _built(project, monkeypatch, fork=False, out="one")
    log = project.root / "calls.log"  # what the children did (a child's lists are its own)
    real_apart, real_models = LayoutCache.dump_apart, ModelCache.dump

    def logged(real, what):
        def call(cache, stage=None):
            files = real(cache, stage)
            with open(log, "a") as fh:
                fh.write(f"{what} {os.getpid()} {sum(data is not None for _, data in files)}\n")
            return files
        return call

    monkeypatch.setattr(LayoutCache, "dump_apart", logged(real_apart, "layouts"))
    monkeypatch.setattr(ModelCache, "dump", logged(real_models, "sections"))
    two = _built(project, monkeypatch, fork=True, out="two")
    assert one == two
    calls = [line.split() for line in log.read_text().splitlines()]
    sections = SLIDES // 10 + 1
    apart = [(pid, int(n)) for what, pid, n in calls if what == "layouts"]
    assert len(apart) == 1 and apart[0][0] != str(os.getpid())
    assert 0 < apart[0][1] < sections  # the first sections' layout files, not all of them
    assert [(pid, int(n)) for what, pid, n in calls if what == "sections" and n != "0"] == [(apart[0][0], sections)]
    assert sum(name.startswith(".deckbuild/layout/") for name in two) == sections


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="no fork on this system")
def test_what_a_failing_child_did_not_keep_of_the_first_sections_is_kept_here(project, monkeypatch):
    import os

    from deckbuild.layout.cache import LayoutCache

    _deck(project)
    one = _built(project, monkeypatch, fork=False, out="one")
    here, real, calls = os.getpid(), LayoutCache.dump_apart, []

    def dump_apart(cache, stage=None):
        if os.getpid() != here:
            raise RuntimeError("the child fails")
        calls.append(1)
        return real(cache, stage)

    monkeypatch.setattr(LayoutCache, "dump_apart", dump_apart)
    two = _built(project, monkeypatch, fork=True, out="two")
    assert calls == [1]  # encoded here, once the child had failed
    assert one == two


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="no fork on this system")
def test_a_section_file_of_the_same_text_laid_out_later_is_kept_as_in_one_process(project, monkeypatch):
    """The first and the last section files have the same text (one layout file): the child encoded it when the
    first was laid out, the last gave it its entries again, so it is encoded again, as one process encodes it."""
    _deck(project, twins=True)
    one = _built(project, monkeypatch, fork=False, out="one")
    two = _built(project, monkeypatch, fork=True, out="two")
    assert one == two
    assert sum(name.startswith(".deckbuild/layout/") for name in two) == SLIDES // 10 + 1  # the twins share one


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="no fork on this system")
def test_the_forked_painter_hashes_the_deck_for_the_manifest(project, monkeypatch):
    import hashlib
    import json

    from deckbuild import filehash
    from deckbuild.cache import MANIFEST, STATE_DIR, unseal

    _deck(project)
    hashed: list[bytes] = []
    real = filehash.digest_of

    def digest_of(data):
        if not any(known is data for known, _ in filehash._KNOWN):
            hashed.append(data)  # hashed here, in this process
        return real(data)

    monkeypatch.setattr("deckbuild.cache.digest_of", digest_of)
    _built(project, monkeypatch, fork=True, out="two")
    deck = (project.root / "two" / "forked.pptx").read_bytes()
    handout = (project.root / "two" / "forked-handout.pdf").read_bytes()
    assert [len(h) for h in hashed] == [len(handout)]  # the deck's digest came from the child
    body = unseal(project.root / "two" / STATE_DIR / MANIFEST, "deckbuild-manifest", json.loads(
        (project.root / "two" / STATE_DIR / MANIFEST).read_bytes().split(b"\n", 1)[1])["format"])
    outputs = json.loads(body)["outputs"]
    assert outputs["forked.pptx"]["sha256"] == hashlib.sha256(deck).hexdigest()
    assert outputs["forked-handout.pdf"]["sha256"] == hashlib.sha256(handout).hexdigest()
    assert not filehash._KNOWN  # nothing held once recorded
    again = project.run("build", "--out", "two")
    assert again.exit_code == 0 and "up to date" in again.output, again.output


def test_digest_of_gives_a_known_digest_for_the_same_object_only():
    from deckbuild import filehash

    data = b"x" * 1000
    twin = bytes(bytearray(data))
    assert twin == data and twin is not data
    filehash.known_digest(data, "not the real one")
    assert filehash.digest_of(twin) == filehash.hashlib.sha256(twin).hexdigest()  # an equal object: computed
    assert filehash.digest_of(data) == "not the real one"  # that very object: given (and forgotten)
    assert filehash.digest_of(data) == filehash.hashlib.sha256(data).hexdigest()
    for i in range(10):
        filehash.known_digest(bytes([i]), str(i))
    assert len(filehash._KNOWN) == filehash._KNOWN_MOST
    filehash._KNOWN.clear()
