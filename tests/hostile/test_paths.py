"""Reads stay inside the project: what a project names outside it, or a special file, is a positioned
error with a hint; nothing is opened to find out, and dist/ is untouched."""

from __future__ import annotations

import os
from pathlib import Path

from pptx import Presentation

from .input_kit import DECK, bounded, make, refused

OUTSIDE_HINT = "copy it into the project, or allow its folder with 'allow: [FOLDER]' in deckbuild.yaml or --allow FOLDER"
FIFO_HINT = "name a regular file; pipes, devices and sockets are never read"
STYLE = "colors: {primary: \"#123456\"}\n"


def _shared(tmp_path: Path) -> Path:
    """Return a folder beside the project holding a style, a template and a logo (an organisation's share)."""
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "corp.yaml").write_text(STYLE)
    Presentation().save(shared / "corp.pptx")
    return shared


def test_style_in_proc_is_refused_and_its_keys_are_not_echoed(tmp_path):
    project = make(tmp_path, deck={"deck.yaml": DECK + "style: /proc/self/status\n"})
    err = refused(project, project.run("build"), "outlines/d/deck.yaml:2:8: error: style file '/proc/self/status' "
                  f"is outside the project folder — {OUTSIDE_HINT}")
    assert "VmRSS" not in err and "Name" not in err


def test_style_reached_with_dot_dots_is_refused(tmp_path):
    _shared(tmp_path)
    project = make(tmp_path / "p", deck={"deck.yaml": DECK + "style: ../../../shared/corp.yaml\n"})
    refused(project, project.run("build"),
            "outlines/d/deck.yaml:2:8: error: style file '../../../shared/corp.yaml' is outside the project folder")


def test_style_that_is_a_device_is_refused(tmp_path):
    project = make(tmp_path, deck={"deck.yaml": DECK + "style: /dev/zero\n"})
    refused(project, project.run("check"), "outlines/d/deck.yaml:2:8: error: style file '/dev/zero' is outside")


def test_project_style_linked_to_proc_is_refused(tmp_path):
    project = make(tmp_path, deck={"deck.yaml": DECK + "style: evil\n"})
    (tmp_path / "assets" / "styles").mkdir(parents=True)
    os.symlink("/proc/self/environ", tmp_path / "assets" / "styles" / "evil.yaml")
    err = refused(project, project.run("build"), "outlines/d/deck.yaml:2:8: error: style file "
                  "'assets/styles/evil.yaml' is outside the project folder")
    assert "PATH" not in err


def test_extends_outside_is_refused_at_its_line(tmp_path):
    _shared(tmp_path)
    project = make(tmp_path / "p", {"assets/styles/mine.yaml": "# ours\nextends: ../../../shared/corp.yaml\n"},
                   deck={"deck.yaml": DECK + "style: mine\n"})
    refused(project, project.run("build"), "assets/styles/mine.yaml:2:10: error: style file "
            "'../../../shared/corp.yaml' is outside the project folder")


def test_extends_of_a_style_named_on_the_command_line_stays_checked(tmp_path):
    shared = _shared(tmp_path)
    (shared / "team.yaml").write_text("extends: /etc/passwd\n")
    project = make(tmp_path / "p")
    refused(project, project.run("build", "--style", str(shared / "team.yaml")),
            f"{shared / 'team.yaml'}:1:10: error: style file '/etc/passwd' is outside the project folder")


def test_template_outside_is_refused(tmp_path):
    shared = _shared(tmp_path)
    project = make(tmp_path / "p", {"assets/styles/t.yaml": f"pptx:\n  template: {shared / 'corp.pptx'}\n"},
                   deck={"deck.yaml": DECK + "style: t\n"})
    refused(project, project.run("build"), f"assets/styles/t.yaml:2:13: error: template '{shared / 'corp.pptx'}' "
            f"is outside the project folder — {OUTSIDE_HINT}")


def test_template_that_is_a_fifo_is_refused_unopened(tmp_path):
    project = make(tmp_path, {"assets/styles/t.yaml": "pptx: {template: t.pptx}\n", "assets/styles/t.pptx": None},
                   deck={"deck.yaml": DECK + "style: t\n"})
    refused(project, project.run("build"), "assets/styles/t.yaml:1:18: error: template 'assets/styles/t.pptx' is a "
            f"FIFO (named pipe), not a regular file — {FIFO_HINT}")


def test_logo_etc_shadow_is_refused(tmp_path):
    project = make(tmp_path, {"assets/styles/s.yaml": "logo: /etc/shadow\n"}, deck={"deck.yaml": DECK + "style: s\n"})
    refused(project, project.run("build"), "assets/styles/s.yaml:1:7: error: logo '/etc/shadow' is outside the "
            f"project folder — {OUTSIDE_HINT}")


def test_logo_that_is_text_is_refused(tmp_path):
    project = make(tmp_path, {"assets/styles/s.yaml": "logo: ../notes.txt\n", "assets/notes.txt": "not a picture\n"},
                   deck={"deck.yaml": DECK + "style: s\n"})
    refused(project, project.run("build"), "assets/styles/s.yaml:1:7: error: logo 'assets/notes.txt' is not an "
            "image deckbuild can read — use a PNG, JPEG, GIF, WebP or SVG file")


def test_logo_that_is_a_fifo_is_refused_unopened(tmp_path):
    project = make(tmp_path, {"assets/styles/s.yaml": "logo: logo.png\n", "assets/styles/logo.png": None},
                   deck={"deck.yaml": DECK + "style: s\n"})
    refused(project, project.run("build"), "assets/styles/s.yaml:1:7: error: logo 'assets/styles/logo.png' is a "
            "FIFO (named pipe), not a regular file")


def test_logo_linked_outside_is_refused(tmp_path):
    project = make(tmp_path / "p", {"assets/styles/s.yaml": "logo: logo.png\n"}, deck={"deck.yaml": DECK + "style: s\n"})
    (tmp_path / "secret.png").write_bytes(b"\x89PNG not really")
    os.symlink(tmp_path / "secret.png", tmp_path / "p" / "assets" / "styles" / "logo.png")
    refused(project, project.run("build"), "assets/styles/s.yaml:1:7: error: logo 'assets/styles/logo.png' is "
            "outside the project folder")


def test_image_that_is_a_fifo_is_refused_unopened(tmp_path):
    project = make(tmp_path, deck={"01.yaml": "section: S\nslides:\n  - title: T\n    image: pic.png\n", "pic.png": None})
    refused(project, project.run("build"), "outlines/d/01.yaml:4:12: error: image 'pic.png' is a FIFO (named pipe), "
            f"not a regular file — {FIFO_HINT}")


def test_image_that_is_a_socket_is_refused_unopened(tmp_path):
    import socket

    project = make(tmp_path, deck={"01.yaml": "section: S\nslides:\n  - title: T\n    image: pic.png\n"})
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(tmp_path / "outlines" / "d" / "pic.png"))
        refused(project, project.run("build"), "outlines/d/01.yaml:4:12: error: image 'pic.png' is a socket, not a "
                f"regular file — {FIFO_HINT}")


def test_listed_section_that_is_a_fifo_is_refused(tmp_path):
    project = make(tmp_path, deck={"deck.yaml": DECK + "sections: [01.yaml, 02.yaml]\n", "02.yaml": None})
    refused(project, project.run("build"), "outlines/d/deck.yaml:2:21: error: 'outlines/d/02.yaml' is a FIFO "
            f"(named pipe), not a regular file — {FIFO_HINT}")


def test_section_fifo_found_beside_deck_yaml_is_refused_not_skipped(tmp_path):
    project = make(tmp_path, deck={"02.yaml": None})
    refused(project, project.run("build"), "outlines/d/deck.yaml:1:1: error: 'outlines/d/02.yaml' is a FIFO")


def test_style_that_is_a_fifo_is_refused_unopened(tmp_path):
    project = make(tmp_path, {"assets/styles/fifo.yaml": None}, deck={"deck.yaml": DECK + "style: fifo\n"})
    refused(project, project.run("build"), "outlines/d/deck.yaml:2:8: error: style file 'assets/styles/fifo.yaml' is "
            "a FIFO (named pipe), not a regular file")


def test_font_fifo_in_assets_fonts_does_not_block_the_build(tmp_path):
    project = make(tmp_path, {"assets/fonts/x.ttf": None})
    refused(project, bounded(project, "build"), "assets/fonts/x.ttf:1:1: error: font file is a FIFO (named pipe), "
            "not a regular file — font files must be regular .ttf files; remove it")


def test_font_linked_to_a_device_is_refused(tmp_path):
    project = make(tmp_path)
    (tmp_path / "assets" / "fonts").mkdir(parents=True)
    os.symlink("/dev/zero", tmp_path / "assets" / "fonts" / "zero.ttf")
    refused(project, project.run("build"), "assets/fonts/zero.ttf:1:1: error: font file is a device, not a regular file")


def test_font_linked_outside_the_project_is_refused(tmp_path):
    project = make(tmp_path / "p")
    (tmp_path / "p" / "assets" / "fonts").mkdir(parents=True)
    (tmp_path / "elsewhere.ttf").write_bytes(b"\0\1\0\0" + b"\0" * 60)
    os.symlink(tmp_path / "elsewhere.ttf", tmp_path / "p" / "assets" / "fonts" / "elsewhere.ttf")
    refused(project, project.run("build"), "assets/fonts/elsewhere.ttf:1:1: error: font file leads outside the "
            f"project folder — {OUTSIDE_HINT}")


def test_project_file_deck_outside_is_refused(tmp_path):
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "deck.yaml").write_text(DECK)
    (tmp_path / "elsewhere" / "01.yaml").write_text("section: S\nslides:\n  - title: T\n")
    project = make(tmp_path / "p", {"deckbuild.yaml": "decks: [../elsewhere]\n"})
    refused(project, project.run("build"), "deckbuild.yaml:1:8: error: deck '../elsewhere' is outside the project "
            "folder")


def test_allowed_folder_that_does_not_exist_is_an_error(tmp_path):
    project = make(tmp_path, {"deckbuild.yaml": "allow: [../no-such-share]\n"})
    refused(project, project.run("build"), "deckbuild.yaml:1:9: error: allowed folder not found: ../no-such-share")


def test_allow_names_one_folder_not_everything(tmp_path):
    shared = _shared(tmp_path)
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "x.yaml").write_text(STYLE)
    (shared / "corp.yaml").write_text("extends: ../other/x.yaml\n")
    project = make(tmp_path / "p", {"deckbuild.yaml": "allow: [../shared]\n"},
                   deck={"deck.yaml": DECK + "style: ../../../shared/corp.yaml\n"})
    refused(project, project.run("build"), f"{shared / 'corp.yaml'}:1:10: error: style file '../other/x.yaml' is "
            "outside the project folder")


def test_logo_in_an_audience_style_is_checked_too(tmp_path):
    deck = DECK + "audiences:\n  exec:\n    style: {logo: /etc/shadow}\n"
    project = make(tmp_path, deck={"deck.yaml": deck})
    refused(project, project.run("build", "--audience", "exec"), "outlines/d/deck.yaml:4:19: error: logo "
            f"'/etc/shadow' is outside the project folder — {OUTSIDE_HINT}")
