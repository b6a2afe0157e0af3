"""The draft files: YAML that reads back exactly, origins that point at the source lines, safe writing."""

from __future__ import annotations

import os

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from import_fixtures import MESSY_TEXT

from deckbuild.diagnostics import Diagnostics
from deckbuild.importer import import_documents, source_ids
from deckbuild.importer.draft import block, scalar, slug
from deckbuild.importer.text import clean_chars
from deckbuild.importer.write import write_folder


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=80))
def test_scalars_read_back_as_the_same_string(text):
    text = clean_chars(text)
    if text:
        assert yaml.safe_load(f"key: {scalar(text)}  # origin\n") == {"key": text}
        assert yaml.safe_load(f"- {scalar(text)}  # origin\n") == [text]


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=1, max_size=400))
def test_folded_blocks_read_back_as_the_same_prose(text):
    text = clean_chars(text)
    if text:
        assert yaml.safe_load("\n".join(block("summary", text, 0)) + "\n") == {"summary": text}


def test_tricky_scalars_are_quoted():
    for text in ["Key point: it matters", "yes", "No", "2024", "- dash", "#hash", "ends with:", "a # b", "[x]",
                 "“Quoted” words", "@handle", "`code` first", "*italic* first", "null"]:
        assert yaml.safe_load(f"k: {scalar(text)}") == {"k": text}, text
    assert scalar("Plain words, with commas [and brackets]") == "Plain words, with commas [and brackets]"


def test_ids_and_slugs():
    from pathlib import Path

    assert source_ids([Path("000_7da8.txt"), Path("001_edc8.txt"), Path("My Article.md"), Path("my-article.html"),
                       Path("2024 report.txt")]) == ["s000", "s001", "my-article", "my-article-2", "s2024"]
    assert slug("Russia – North Korean Ties: what’s next?") == "russia-north-korean-ties-whats-next"
    assert slug("TODO: ¿?") == "todo"


def test_every_bullet_names_the_source_line_it_came_from(tmp_path):
    doc = tmp_path / "messy.txt"
    doc.write_text(MESSY_TEXT, encoding="utf-8")
    source = MESSY_TEXT.splitlines()
    result = import_documents([doc], "tidal", tmp_path / "outlines")
    assert result.ok
    checked = 0
    for name, text in result.files.items():
        if name == "deck.yaml":
            continue
        for line in text.splitlines():
            if line.lstrip().startswith("- ") and "  # messy line" in line:
                bullet, origin = line.rsplit("  # messy line ", 1)
                words = yaml.safe_load(bullet.strip())[0].rstrip("…").split()[:4]
                assert " ".join(words) in source[int(origin) - 1], (line, source[int(origin) - 1])
                checked += 1
    assert checked >= 6


def test_section_files_hold_what_the_loader_expects(tmp_path):
    doc = tmp_path / "messy.txt"
    doc.write_text(MESSY_TEXT, encoding="utf-8")
    result = import_documents([doc], "tidal", tmp_path / "outlines")
    names = sorted(result.files)
    assert names == ["01-why-is-it-in-the-news.yaml", "02-how-the-turbines-work.yaml", "03-untitled.yaml", "deck.yaml"]
    first = yaml.safe_load(result.files[names[0]])
    assert set(first) == {"section", "summary", "sources", "notes", "slides"}
    assert first["sources"] == ["messy"] and 2 <= len(first["slides"][0]["bullets"]) <= 5
    lost = yaml.safe_load(result.files[names[2]])
    assert lost["section"].startswith("TODO: title (heading lost before line 25")
    assert "TODO" in lost["notes"]
    deck = yaml.safe_load(result.files["deck.yaml"])
    assert deck == {"title": "Tidal Power Comes to Port Ellery", "sources": {
        "messy": {"title": "Tidal Power Comes to Port Ellery"}}}


def test_write_folder_replaces_only_with_force_and_leaves_no_temporaries(tmp_path):
    folder = tmp_path / "outlines" / "deck"
    diags = Diagnostics()
    assert write_folder(folder, {"deck.yaml": "title: One\n"}, False, diags)
    assert not write_folder(folder, {"deck.yaml": "title: Two\n"}, False, diags)
    assert (folder / "deck.yaml").read_text() == "title: One\n"
    assert [d.message for d in diags] == [f"{folder} already exists"]
    (folder / "extra.yaml").write_text("section: Old\n")
    assert write_folder(folder, {"deck.yaml": "title: Two\n"}, True, Diagnostics())
    assert sorted(os.listdir(folder)) == ["deck.yaml"] and (folder / "deck.yaml").read_text() == "title: Two\n"
    assert os.listdir(tmp_path / "outlines") == ["deck"]
