"""The project file, the new and schema commands, and --watch."""

from __future__ import annotations

import json
import threading
import time

import pytest
import yaml
from pptx import Presentation

from conftest import REPO, SIMPLE_DECK, outputs


def test_project_file_sets_decks_style_output_and_formats(project):
    project.deck("a", SIMPLE_DECK)
    project.deck("b", SIMPLE_DECK)
    project.write("assets/styles/house.yaml", "slide: {size: \"4:3\"}\n")
    project.write("deckbuild.yaml", "decks: [outlines/a]\nstyle: house\nout: site\njobs: 2\nformats: [pptx]\n")
    result = project.run("build")
    assert result.exit_code == 0, result.output
    assert outputs(project.root / "site") == ["a.pptx"]
    assert Presentation(project.root / "site/a.pptx").slide_width.pt == 720
    flags = project.run("build", "--out", "other", "--format", "pdf", "outlines/b")
    assert flags.exit_code == 0
    assert outputs(project.root / "other") == ["b-handout.pdf"]


def test_project_file_errors_are_positioned(project):
    project.deck("a", SIMPLE_DECK)
    project.write("deckbuild.yaml", "deck: [outlines/a]\njobs: 0\ndecks: [outlines/missing]\n")
    result = project.run("build")
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if ": error: " in line]
    assert errors == [
        "deckbuild.yaml:1:1: error: unknown key 'deck' in project — did you mean 'decks'?",
        "deckbuild.yaml:2:7: error: 'jobs' must be at least 1, not 0",
        "deckbuild.yaml:3:8: error: deck not found: outlines/missing — paths in deckbuild.yaml are relative to it",
    ]
    assert not project.dist.exists()


def test_new_scaffolds_a_deck_that_builds(project):
    result = project.run("new", "my-talk")
    assert result.exit_code == 0, result.output
    folder = project.root / "outlines/my-talk"
    assert sorted(p.name for p in folder.iterdir()) == ["01-introduction.yaml", "deck.yaml"]
    built = project.run("build", "outlines/my-talk", "--strict")
    assert built.exit_code == 0, built.output
    assert project.run("new", "my-talk").exit_code == 2  # never overwrites
    assert project.run("new", "../escape").exit_code == 2


@pytest.fixture(scope="module")
def schemas():
    from deckbuild.json_schema import SCHEMAS, json_schema

    return {kind: json_schema(kind) for kind in SCHEMAS}


def _validator(schema):
    import jsonschema

    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_schema_command_prints_json(project):
    result = project.run("schema", "section")
    data = json.loads(result.stdout)
    assert data["$schema"].endswith("2020-12/schema") and "section" in data["$defs"]
    out = project.run("schema", "--out", "schemas")
    assert out.exit_code == 0
    assert sorted(p.name for p in (project.root / "schemas").iterdir()) == [
        "deck.schema.json", "project.schema.json", "section.schema.json", "style.schema.json"]


def test_shipped_outlines_and_styles_validate_against_the_schemas(schemas):
    section, deck, style = (_validator(schemas[k]) for k in ("section", "deck", "style"))
    files = sorted((REPO / "outlines").glob("*/*.yaml"))
    assert len(files) > 10
    for path in files:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        validator = deck if path.name == "deck.yaml" else section
        errors = [e.message for e in validator.iter_errors(json.loads(json.dumps(data, default=str)))]
        assert errors == [], (path.name, errors)
    for path in sorted((REPO / "src/deckbuild/styles").glob("*.yaml")):
        assert list(style.iter_errors(yaml.safe_load(path.read_text()))) == [], path.name


def test_schema_rejects_what_the_loader_rejects(schemas):
    section = _validator(schemas["section"])
    assert not section.is_valid({"section": "S", "slides": [{"title": "T", "bulets": ["x"]}]})
    assert not section.is_valid({"slides": []})
    assert not section.is_valid({"section": "S", "slides": [{"title": "T", "chart": {"type": "donut"}}]})
    assert section.is_valid({"section": "S", "slides": [{"title": "T", "bullets": ["a", {"text": "b",
                                                                                        "bullets": ["c"]}]}]})


def test_watch_rebuilds_on_change_and_survives_errors(project):
    from deckbuild.build import Options
    from deckbuild.watch import watch

    folder = project.deck("w", SIMPLE_DECK)
    results, stop = [], threading.Event()
    opts = Options(targets=[folder], out_dir=project.root / "dist")
    thread = threading.Thread(target=watch, args=(opts, results.append, stop), kwargs={"debounce_ms": 100})
    thread.start()
    try:
        _wait(lambda: len(results) == 1)
        assert results[0].ok and (project.dist / "w.pptx").is_file()
        time.sleep(0.5)
        (folder / "02-second.yaml").write_text("section: Broken\nslides:\n  - titel: x\n")
        _wait(lambda: len(results) == 2)
        assert not results[1].ok  # an error: reported, nothing written, still watching
        (folder / "02-second.yaml").write_text(SIMPLE_DECK["02-second.yaml"].replace("Five", "Six"))
        _wait(lambda: len(results) >= 3)
        assert results[-1].ok and [p.name for p in results[-1].written] == ["w.pptx", "w-handout.pdf"]
    finally:
        stop.set()
        thread.join(timeout=10)
    assert not thread.is_alive()


def _wait(condition, timeout: float = 20.0) -> None:
    end = time.time() + timeout
    while not condition():
        if time.time() > end:
            raise AssertionError("timed out waiting for the watcher")
        time.sleep(0.05)


def _share(root):
    """Return a template share outside the project at *root*: a style that names a template and a logo."""
    import io

    from PIL import Image
    from pptx import Presentation as NewPresentation

    share = root / "share"
    share.mkdir()
    NewPresentation().save(share / "corp.pptx")
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(buf, "PNG")
    (share / "logo.png").write_bytes(buf.getvalue())
    (share / "corp.yaml").write_text("pptx: {template: corp.pptx}\nlogo: logo.png\ncolors: {accent: \"#112233\"}\n")
    return share


def test_allow_in_the_project_file_reads_a_shared_style_template_and_logo(tmp_path):
    from conftest import Project

    _share(tmp_path)
    project = Project(tmp_path / "p")
    project.deck("a", {**SIMPLE_DECK, "deck.yaml": SIMPLE_DECK["deck.yaml"] + "style: ../../../share/corp.yaml\n"})
    refused = project.run("build")
    assert refused.exit_code == 1 and "is outside the project folder" in refused.stderr
    project.write("deckbuild.yaml", "allow: [../share]\n")
    result = project.run("build")
    assert result.exit_code == 0, result.output
    assert Presentation(project.root / "dist/a.pptx").slides


def test_allow_option_works_for_build_and_check(tmp_path):
    from conftest import Project

    share = _share(tmp_path)
    project = Project(tmp_path / "p")
    project.deck("a", {**SIMPLE_DECK, "deck.yaml": SIMPLE_DECK["deck.yaml"] + "style: ../../../share/corp.yaml\n"})
    assert project.run("check").exit_code == 1
    checked = project.run("check", "--allow", str(share))
    assert checked.exit_code == 0, checked.output
    built = project.run("build", "--allow", "../share")
    assert built.exit_code == 0, built.output
    missing = project.run("build", "--allow", "../nowhere")
    assert missing.exit_code == 2 and "no such file or folder: ../nowhere" in missing.output


def test_a_style_named_with_style_on_the_command_line_may_live_outside(tmp_path):
    from conftest import Project

    share = tmp_path / "share"
    share.mkdir()
    (share / "mine.yaml").write_text("slide: {size: \"4:3\"}\n")
    project = Project(tmp_path / "p")
    project.deck("a", SIMPLE_DECK)
    result = project.run("build", "--style", str(share / "mine.yaml"))
    assert result.exit_code == 0, result.output
    assert Presentation(project.root / "dist/a.pptx").slide_width.pt == 720


def test_new_refuses_a_name_with_a_trailing_newline(project):
    result = project.run("new", "talk\n")
    assert result.exit_code == 2
    assert "'talk\\n' cannot name a deck: it holds a line break or control character" in result.output
    assert not (project.root / "outlines").exists()


def test_new_refuses_escape_sequences_and_shows_them_escaped(project):
    result = project.run("new", "\x1b[31mred")
    assert result.exit_code == 2 and "\x1b" not in result.output
    assert "'\\x1b[31mred' cannot name a deck" in result.output


def test_new_refuses_a_name_longer_than_a_folder_name_may_be(project):
    result = project.run("new", "n" * 300)
    assert result.exit_code == 2, result.output
    assert "cannot name a deck: it is 300 characters long (the limit is 100)" in result.output


def test_import_refuses_a_deck_name_with_a_newline(project):
    doc = project.write("notes.md", "# Title\n\nSome text.\n")
    result = project.run("import", str(doc), "--deck", "d\n")
    assert result.exit_code == 2
    assert "'d\\n' cannot name a deck: it holds a line break or control character" in result.output
    assert not (project.root / "outlines").exists()


def test_project_file_formats_name_any_painter(project):
    project.deck("a", SIMPLE_DECK)
    project.write("deckbuild.yaml", "formats: [pptx, slides]\n")
    result = project.run("build")
    assert result.exit_code == 0, result.output
    assert outputs(project.dist) == ["a-slides.pdf", "a.pptx"]
