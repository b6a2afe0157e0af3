"""Red-team pass over folder outputs: a symbolic link inside dist/ (dist/<deck>/ or a folder below it)
pointing elsewhere is refused; nothing is written through it, outside the output folder."""

from __future__ import annotations

import os

import pytest

from .input_kit import make, refused


@pytest.mark.parametrize("fmt,link", [("html", "d"), ("html", "d/fonts"), ("png", "d-png")])
def test_a_symlinked_folder_in_dist_is_never_written_through(tmp_path, fmt, link):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "mine.txt").write_text("keep")
    project = make(tmp_path / "p")
    (project.dist / link).parent.mkdir(parents=True, exist_ok=True)
    os.symlink(elsewhere, project.dist / link)
    before = project.dist_snapshot()
    refused(project, project.run("build", "--format", fmt), "error: cannot write the output: a symbolic link to a "
            "folder; deckbuild writes only inside the output folder", before=before)
    assert sorted(p.name for p in elsewhere.iterdir()) == ["mine.txt"]
