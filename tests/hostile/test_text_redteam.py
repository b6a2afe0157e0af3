"""Red-team pass over text: a title of nothing but invisible characters (zero-width spaces, direction marks) is
an error like an empty one, and a direction override that is never closed (it would turn the text after it,
the footer's deck title too) is warned at the text."""

from __future__ import annotations

import pytest

from .input_kit import make, refused

SECTION = 'section: S\nslides:\n  - title: "{title}"\n    bullets: [fine]\n'


@pytest.mark.parametrize("title,shown", [("\\u200b\\u200d", "U+200B"), ("\\u202e\\u202e", "U+202E"),
                                         ("\\ufeff \\u2060", "U+FEFF")])
def test_a_title_of_only_invisible_characters_is_an_error_like_an_empty_one(tmp_path, title, shown):
    project = make(tmp_path, deck={"01.yaml": SECTION.format(title=title)})
    refused(project, project.run("build"), f"outlines/d/01.yaml:3:12: error: 'title' has no visible characters "
            f"(only invisible ones such as {shown}) — write some text or remove the key")


@pytest.mark.parametrize("source", ["yaml", "md"])
def test_a_direction_override_never_closed_is_warned_at_the_text(tmp_path, source):
    files = {"deck.yaml": 'title: "Report \\u202edrow"\n'}
    if source == "md":
        files.update({"01.yaml": "", "01.md": "# S\n\n## Bad \u2067isolate\n\n- fine\n"})
    project = make(tmp_path, deck=files)
    if source == "md":
        (tmp_path / "outlines/d/01.yaml").unlink()
    result = project.run("build")
    assert result.exit_code == 0, result.output
    assert ("outlines/d/deck.yaml:1:8: warning: 'title' opens the direction control U+202E and never closes it, so "
            "the text after it is shown turned or reordered — close it with U+202C, or remove it") in result.stderr
    if source == "md":
        assert "outlines/d/01.md:3:4: warning: 'title' opens the direction control U+2067" in result.stderr
    assert project.run("build", "--strict").exit_code == 1


def test_closed_direction_controls_and_joiners_in_real_text_are_accepted(tmp_path):
    title = "\\u202bשלום\\u202c and \\u2067עולם\\u2069, 👩\\u200d💻"
    project = make(tmp_path, deck={"01.yaml": SECTION.format(title=title)})
    result = project.run("build")
    assert result.exit_code == 0 and "warning" not in result.stderr, result.output
