"""A build tool people can trust: nothing rebuilt when nothing changed, parallel builds, progress,
builds killed half-way, and two builds at once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import zipfile

import pytest
from pypdf import PdfReader

from conftest import SIMPLE_DECK, outputs


def _built(project):
    from deckbuild import worker

    calls = []
    real = worker.run_task

    def counting(task, paint=True, prepared=None, **kw):
        calls.append((task.deck_name, task.audience))
        return real(task, paint, prepared, **kw)

    return calls, counting


def test_second_build_of_an_unchanged_project_rebuilds_nothing(project, monkeypatch):
    from deckbuild import worker

    project.deck("alpha", SIMPLE_DECK)
    project.deck("beta", SIMPLE_DECK)
    assert project.run("build").exit_code == 0
    before = {p: p.stat().st_mtime_ns for p in project.dist.iterdir() if p.is_file()}
    calls, counting = _built(project)
    monkeypatch.setattr(worker, "run_task", counting)
    result = project.run("build")
    assert result.exit_code == 0
    assert calls == []
    assert "everything is up to date (dist/alpha.pptx, dist/alpha-handout.pdf, dist/beta.pptx" in result.stdout
    assert {p: p.stat().st_mtime_ns for p in project.dist.iterdir() if p.is_file()} == before


def test_changing_one_deck_rebuilds_only_that_deck(project, monkeypatch):
    from deckbuild import worker

    project.deck("alpha", SIMPLE_DECK)
    project.deck("beta", SIMPLE_DECK)
    assert project.run("build").exit_code == 0
    section = project.root / "outlines/beta/02-second.yaml"
    section.write_text(section.read_text().replace("Five", "Five and a half"))
    calls, counting = _built(project)
    monkeypatch.setattr(worker, "run_task", counting)
    result = project.run("build")
    assert calls == [("beta", None)]
    assert "wrote dist/beta.pptx" in result.stdout and "up to date: dist/alpha.pptx" in result.stdout


@pytest.mark.parametrize("change", ["style", "image", "output edited", "output deleted", "force"])
def test_what_makes_an_output_stale(project, monkeypatch, change):
    from PIL import Image

    from deckbuild import worker

    (project.root / "assets").mkdir()
    Image.new("RGB", (40, 20), (1, 2, 3)).save(project.root / "assets/p.png")
    project.write("assets/styles/house.yaml", "sizes: {body: 22}\n")
    deck = dict(SIMPLE_DECK)
    deck["deck.yaml"] += "style: house\n"
    deck["03-pic.yaml"] = "section: Pic\nslides:\n  - title: P\n    image: ../../assets/p.png\n"
    project.deck("alpha", deck)
    assert project.run("build").exit_code == 0
    args = ["build"]
    if change == "style":
        project.write("assets/styles/house.yaml", "sizes: {body: 20}\n")
    elif change == "image":
        Image.new("RGB", (40, 20), (9, 9, 9)).save(project.root / "assets/p.png")
    elif change == "output edited":
        (project.dist / "alpha.pptx").write_bytes(b"edited by hand")
    elif change == "output deleted":
        (project.dist / "alpha-handout.pdf").unlink()
    else:
        args.append("--force")
    calls, counting = _built(project)
    monkeypatch.setattr(worker, "run_task", counting)
    assert project.run(*args).exit_code == 0
    assert calls == [("alpha", None)]
    assert zipfile.ZipFile(project.dist / "alpha.pptx").testzip() is None


def test_warnings_are_repeated_when_nothing_is_rebuilt(project):
    project.deck("w", {"deck.yaml": "title: W\n", "01.yaml": "section: S\nslides:\n  - title: T\n"
                       "    bullets: [" + ", ".join(["A long bullet that takes most of a line on its own"] * 9)
                       + "]\n"})
    first = project.run("build")
    second = project.run("build")
    assert "everything is up to date" in second.stdout
    assert "bullets shrunk from 28pt" in first.stderr and "bullets shrunk from 28pt" in second.stderr
    assert project.run("build", "--strict").exit_code == 1


def test_a_damaged_font_file_is_reported_by_every_build_clean_or_incremental(project):
    """A font file of the mono family that cannot be used is reported when the only slide using it is read back
    from the layout cache (another section edited), as the clean build reported it."""
    import struct

    from deckbuild.fonts import BUNDLED_DIR

    data = bytearray((BUNDLED_DIR / "LiberationMono-Regular.ttf").read_bytes())
    for i in range(struct.unpack_from(">H", data, 4)[0]):  # the table directory: tag, checksum, offset, length
        if data[12 + 16 * i:16 + 16 * i] == b"hmtx":
            struct.pack_into(">I", data, 12 + 16 * i + 12, 10)  # its metrics said to be 10 bytes long
    (project.root / "assets/fonts").mkdir(parents=True)
    (project.root / "assets/fonts/LiberationMono-Regular.ttf").write_bytes(bytes(data))
    project.deck("w", {"deck.yaml": "title: W\n",
                       "01.yaml": "section: S\nslides:\n  - title: Code\n    code: |\n      print(1)\n",
                       "02.yaml": "section: R\nslides:\n  - title: T\n    bullets: [one, two]\n"})
    said = "font file 'assets/fonts/LiberationMono-Regular.ttf' (Liberation Mono) cannot be used"
    clean = project.run("build")
    assert clean.exit_code == 0 and said in clean.stderr
    other = project.root / "outlines/w/02.yaml"
    other.write_text(other.read_text().replace("one, two", "one, two, three"))
    assert said in project.run("build").stderr


def test_a_font_not_installed_is_reported_by_every_build_clean_or_incremental(project):
    """The warning comes from the style, not from the slides laid out this time: a build that reads the code
    slide back from the layout cache (another section edited; state kept, --force) warns as the clean one did,
    and so does a deck that uses no code at all."""
    project.write("assets/styles/m.yaml", "extends: default\nfonts:\n  mono: Nonexistent Mono\n")
    project.deck("w", {"deck.yaml": "title: W\nstyle: m\n",
                       "01.yaml": "section: S\nslides:\n  - title: Code\n    code: |\n      print(1)\n",
                       "02.yaml": "section: R\nslides:\n  - title: T\n    bullets: [one, two]\n"})
    said = "font 'Nonexistent Mono' is not installed; text is measured with Liberation Sans"
    clean = project.run("build")
    assert clean.exit_code == 0 and said in clean.stderr and "assets/styles/m.yaml:3:" in clean.stderr
    other = project.root / "outlines/w/02.yaml"
    other.write_text(other.read_text().replace("one, two", "one, two, three"))
    assert said in project.run("build").stderr
    assert said in project.run("build", "--force").stderr
    assert project.run("build", "--force", "--strict").exit_code == 1
    (project.root / "outlines/w/01.yaml").write_text("section: S\nslides:\n  - title: U\n    bullets: [none]\n")
    assert said in project.run("build").stderr


def test_parallel_jobs_give_identical_files(project, tmp_path):
    for name in ("a", "b", "c"):
        project.deck(name, SIMPLE_DECK)
    assert project.run("build", "--out", str(tmp_path / "serial")).exit_code == 0
    result = project.run("build", "--jobs", "3", "--out", str(tmp_path / "parallel"))
    assert result.exit_code == 0, result.output
    serial, parallel = tmp_path / "serial", tmp_path / "parallel"
    assert outputs(serial) == outputs(parallel) and len(outputs(serial)) == 6
    for name in outputs(serial):
        assert (serial / name).read_bytes() == (parallel / name).read_bytes(), name


def test_progress_lines_when_not_a_terminal_and_quiet(project):
    project.deck("a", SIMPLE_DECK)
    project.deck("b", SIMPLE_DECK)
    result = project.run("build")
    assert "[1/2] a" in result.stdout and "[2/2] b" in result.stdout
    quiet = project.run("build", "--force", "--quiet")
    assert quiet.stdout == ""


BIG = {"deck.yaml": "title: Big\n",
       **{f"{i:02d}.yaml": f"section: S{i}\nslides:\n" + "".join(
           f"  - title: Slide {i}.{j}\n    bullets: [One point, Another point, A third point]\n    notes: N{j}\n"
           for j in range(40)) for i in range(8)}}


def _check_outputs_whole(folder):
    for name in outputs(folder):
        path = folder / name
        if name.endswith(".pptx"):
            assert zipfile.ZipFile(path).testzip() is None
        else:
            assert len(PdfReader(path).pages) > 1
    leftovers = [p for p in folder.iterdir() if p.name.endswith(".tmp") or "~" in p.name]
    assert leftovers == []


def test_a_build_killed_mid_write_leaves_no_half_written_file(project):
    project.deck("big", BIG)
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    for delay in (0.4, 0.8, 1.2, 1.6, 2.0, 2.6):
        proc = subprocess.Popen([sys.executable, "-m", "deckbuild", "build", "--force", "-q"], cwd=project.root,
                                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if project.dist.exists():
            _check_outputs_whole(project.dist)
    done = subprocess.run([sys.executable, "-m", "deckbuild", "build", "-q"], cwd=project.root, timeout=300)
    assert done.returncode == 0
    _check_outputs_whole(project.dist)
    assert list((project.dist / ".deckbuild" / "tmp").iterdir()) == []  # stale temporaries cleaned up


def test_two_builds_at_once_into_one_folder(project, tmp_path):
    project.deck("big", BIG)
    project.deck("small", SIMPLE_DECK)
    cmd = [sys.executable, "-m", "deckbuild", "build", "--force", "-q"]
    procs = [subprocess.Popen(cmd, cwd=project.root, stderr=subprocess.PIPE) for _ in range(2)]
    codes = [p.wait(timeout=300) for p in procs]
    assert codes == [0, 0]
    _check_outputs_whole(project.dist)
    reference = subprocess.run(cmd[:-2] + ["--out", str(tmp_path / "ref"), "-q"], cwd=project.root, timeout=300)
    assert reference.returncode == 0
    for name in outputs(project.dist):
        assert (project.dist / name).read_bytes() == (tmp_path / "ref" / name).read_bytes()
    result = subprocess.run(cmd[:-2], cwd=project.root, capture_output=True, text=True, timeout=300)
    assert "everything is up to date" in result.stdout  # the manifest survived both writers


def test_building_one_deck_and_then_all_rebuilds_nothing(project):
    """Which decks a run builds must not change what any one of them depends on (fonts looked up by
    earlier decks used to change the later decks' keys, so the two commands rebuilt each other's work)."""
    import shutil

    from conftest import REPO

    for folder in ("outlines", "assets"):
        shutil.copytree(REPO / folder, project.root / folder)
    assert project.run("build", "-q").exit_code == 0
    one = project.run("build", "outlines/gallery")
    assert one.exit_code == 0 and "everything is up to date" in one.stdout, one.stdout
    assert project.run("build", "-q", "--force", "outlines/gallery").exit_code == 0
    every = project.run("build")
    assert every.exit_code == 0 and "everything is up to date" in every.stdout, every.stdout


def _kept_layout(project):
    """Return (file, its first line as JSON, the rest: each entry's boxes) of the one section cached by building
    a one-section deck (with the accessibility check, which walks every slide's boxes: they are kept)."""
    from deckbuild.cache import unseal
    from deckbuild.layout.cache import FORMAT, VERSION

    project.deck("one", {"deck.yaml": "title: One\n", "01.yaml": "section: S\nslides:\n  - title: T\n"
                         "    bullets: [a, b]\n"})
    assert project.run("build", "--strict").exit_code == 0
    [path] = (project.dist / ".deckbuild/layout/one").iterdir()
    head, rest = unseal(path, FORMAT, VERSION).split(b"\n", 1)
    return path, json.loads(head), rest


def _reseal(path, data, rest: bytes) -> None:
    from deckbuild.cache import seal
    from deckbuild.layout.cache import FORMAT, VERSION

    path.write_bytes(seal(json.dumps(data).encode() + b"\n" + rest, FORMAT, VERSION))


def _layout_hits(project, monkeypatch) -> list[int]:
    from deckbuild.layout import cache as layout_cache

    hits = []
    real = layout_cache.LayoutCache.dump

    def counting(self, *stage):
        hits.append(self.hits)
        return real(self, *stage)

    monkeypatch.setattr(layout_cache.LayoutCache, "dump", counting)
    assert project.run("build", "--force", "--strict").exit_code == 0
    return hits


def test_kept_layouts_are_used_when_they_are_what_this_build_wrote(project, monkeypatch):
    _kept_layout(project)
    assert _layout_hits(project, monkeypatch) == [2]  # the slide and its section's divider


def _table_index(data, name: str) -> int:
    return next(i for i, (cls, _fields) in enumerate(data[1]) if cls == name)


@pytest.mark.parametrize("damage", ["fields of another version", "a class that is not a layout value",
                                    "a field too many", "a JSON object", "not a number", "a dangling reference"])
def test_kept_layouts_that_are_not_what_this_version_writes_are_laid_out_again(project, monkeypatch, damage):
    from deckbuild.layout.codec import FIRST_CLASS, REF

    path, data, rest = _kept_layout(project)
    clean = (project.dist / "one.pptx").read_bytes(), (project.dist / "one-handout.pdf").read_bytes()
    rect = _table_index(data, "Rect")
    [_key, _drafts, _diagnostics, at, size, _charts] = data[2][0]  # the section's divider: it has a Rect
    segment = json.loads(rest[at:at + size])
    boxes = segment[1]  # the entry's boxes: a list (its tag first) of the first draft's (a list too, tag first)
    where = next(i for i, box in enumerate(boxes[1:], 1) if box[0] == FIRST_CLASS + rect)
    if damage == "fields of another version":
        data[1][rect][1] = ["left", *data[1][rect][1][1:]]
    elif damage == "a class that is not a layout value":
        data[1][rect][0] = "Popen"
    elif damage == "a field too many":
        boxes[where] = [*boxes[where], *[0.0] * 12]
    elif damage == "a JSON object":
        boxes[where] = {"x": 1}
    elif damage == "not a number":
        boxes[where][1] = float("nan")
    else:
        boxes[where] = [REF, 10 ** 6]
    body = json.dumps(segment).encode()
    for entry in data[2][1:]:
        entry[3] += len(body) - size  # the other entries' boxes follow
    data[2][0][4] = len(body)
    _reseal(path, data, rest[:at] + body + rest[at + size:])  # signed with the right key, not what this version writes
    poisoned = path.read_bytes()
    # a damaged table is a cold cache; damaged boxes are found when they are first used: the slide is laid out again
    assert _layout_hits(project, monkeypatch) == [0 if damage in ("fields of another version", "a class that is "
                                                                 "not a layout value") else 2]
    assert path.read_bytes() != poisoned  # the file was rewritten from the new layout
    assert ((project.dist / "one.pptx").read_bytes(), (project.dist / "one-handout.pdf").read_bytes()) == clean


def test_kept_layouts_are_rebuilt_as_they_were(project):
    """Every box, run and face read back is equal to the one laid out (a round trip of the codec)."""
    from deckbuild.cache import unseal
    from deckbuild.layout.cache import FORMAT, VERSION, LayoutCache

    path, data, _rest = _kept_layout(project)
    cache = LayoutCache(path.parent, "")
    cache.salt = data[0]
    entries = cache._load(path)
    [(key, (drafts, diagnostics))] = [(k, e) for k, e in entries.items() if e[0][0].title == "T"]
    assert diagnostics == [] and len(entries) == 2  # the slide and its section's divider
    assert cache.decoded == 0  # the boxes are read when first used
    assert any(type(b).__name__ == "TextFrame" for b in drafts[0].boxes) and cache.decoded == 1
    for other in entries.values():
        list(other[0][0].boxes)
    cache._new["0" * 40] = entries
    [again] = [data for _, data in cache.dump() if data is not None]  # (the file read is deleted: not this build's)
    assert again.split(b"\n", 1)[1] == unseal(path, FORMAT, VERSION)  # written again, the same bytes


def test_kept_layouts_signed_by_someone_else_are_laid_out_again(project, monkeypatch):
    path, _data, _rest = _kept_layout(project)
    head, body = path.read_bytes().split(b"\n", 1)
    path.write_bytes(head[:-8] + b"00000000\n" + body)
    assert _layout_hits(project, monkeypatch) == [0]


def test_slides_laid_out_faster_than_reading_them_back_are_not_kept(project, monkeypatch):
    from deckbuild.layout import cache as layout_cache

    project.deck("one", {"deck.yaml": "title: One\n", "01.yaml": "section: S\nslides:\n  - title: T\n"
                         "    bullets: [a, b]\n  - title: U\n    bullets: [c]\n"})
    assert project.run("build").exit_code == 0
    kept = project.dist / ".deckbuild/layout/one"
    assert len(list(kept.iterdir())) == 1  # every slide kept (the tests' threshold is 0)
    monkeypatch.setattr(layout_cache, "KEEP_FROM_SECONDS", 3600.0)  # no layout takes an hour
    assert project.run("build", "--force").exit_code == 0  # slides read back stay kept
    assert len(list(kept.iterdir())) == 1
    (project.root / "outlines/one/01.yaml").write_text("section: S\nslides:\n  - title: T\n    bullets: [a, b]\n"
                                                       "  - title: U\n    bullets: [c, d]\n")
    assert project.run("build").exit_code == 0  # the section laid out again: nothing worth keeping
    assert list(kept.iterdir()) == []  # the section's old file is gone, no new one was written
    before = {p.name: p.read_bytes() for p in project.dist.glob("one*")}
    monkeypatch.setattr(layout_cache, "KEEP_FROM_SECONDS", 0.0)
    assert project.run("build", "--force").exit_code == 0  # a clean build, every slide kept again
    assert {p.name: p.read_bytes() for p in project.dist.glob("one*")} == before and len(before) == 2
    assert len(list(kept.iterdir())) == 1


def test_a_failed_build_moves_no_staged_layout_into_place_and_leaves_none_behind(project):
    project.deck("one", {"deck.yaml": "title: One\n", "01.yaml": "section: S\nslides:\n  - title: T\n"
                         "    bullets: [a, b]\n"})
    assert project.run("build").exit_code == 0
    state = project.dist / ".deckbuild"
    layouts = {p: p.read_bytes() for p in (state / "layout").rglob("*") if p.is_file()}
    assert layouts
    long = ", ".join(["A long bullet that takes most of a line on its own"] * 9)
    (project.root / "outlines/one/01.yaml").write_text(f"section: S\nslides:\n  - title: T\n    bullets: [{long}]\n")
    result = project.run("build", "--strict")  # laid out (and its layouts staged), then refused for a warning
    assert result.exit_code == 1 and "error: 1 warning(s) are errors with --strict" in result.stderr
    assert {p: p.read_bytes() for p in (state / "layout").rglob("*") if p.is_file()} == layouts
    assert [p for p in (state / "tmp").iterdir()] == []
