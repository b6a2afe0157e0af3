"""Hostile input: each case gets a clear path:line:col diagnostic or a documented safe behaviour,
never a traceback, a hang, or a file written outside dist/ (and nothing in dist/ on error)."""

from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path

import pytest
from pptx import Presentation
from pypdf import PdfReader

from conftest import Project, outputs

DECK = "title: Hostile\n"
SLIDE = "section: S\nslides:\n  - title: T\n    bullets: [fine]\n"


def _png_header(width: int, height: int) -> bytes:
    """Return a tiny PNG whose header claims *width*×*height* pixels (a decompression bomb's calling card)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 16)) + chunk(b"IEND", b"")


def billion_laughs() -> str:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, 9):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    return "section: S\n" + "\n".join("# " + l for l in []) + "\n".join(lines).replace("a0:", "summary:", 0) + \
        "\nslides:\n  - title: T\n    bullets: *a8\n"


def deep_flow(depth: int) -> str:
    return "section: S\nslides: " + "[" * depth + "]" * depth + "\n"


# name → (files relative to the deck folder (bytes or str), expected line in stderr or None, exit code)
CASES = {
    "billion-laughs": ({"01.yaml": "section: S\n" + "\n".join(
        [f"x{i}: &a{i} [" + ", ".join([f"*a{i - 1}" if i else "lol"] * 10) + "]" for i in range(9)]).replace(
        "x0:", "summary: ok\n_x0:", 1) + "\n"}, None, 1),
    "alias-fanout-bullets": ({"01.yaml": "section: S\nslides:\n  - title: Seed\n    bullets:\n"
                              "      - &b0 {text: lol}\n"
                              + "".join(f"      - &b{i} {{text: lol, bullets: [" + ", ".join([f"*b{i - 1}"] * 10)
                                        + "]}\n" for i in range(1, 4))
                              + "".join(f"  - title: Copy {k}\n    bullets: [*b3, *b3, *b3, *b3, *b3]\n"
                                        for k in range(40))},
                             "outlines/d/01.yaml:", 1),
    "50-megabytes": ({"01.yaml": "section: S\nsummary: " + "x" * (50 * 1024 * 1024) + "\n"},
                     "outlines/d/01.yaml:1:1: error: file is too large", 1),
    "nested-flow-10000": ({"01.yaml": deep_flow(10000)},
                          "outlines/d/01.yaml:1:1: error: the YAML is nested too deeply to read", 1),
    "bullets-5-deep": ({"01.yaml": "section: S\nslides:\n  - title: T\n    bullets:\n      - text: a\n        bullets:\n"
                        "          - text: b\n            bullets:\n              - text: c\n                bullets:\n"
                        "                  - text: d\n                    bullets: [e]\n"},
                       "error: bullets nest at most 4 levels deep", 1),
    "escaped-control-char": ({"01.yaml": 'section: S\nslides:\n  - title: "bell \\a here"\n'},
                             "outlines/d/01.yaml:3:12: error: 'title' contains the control character U+0007", 1),
    "raw-control-char": ({"01.yaml": b"section: S\x01\n"},
                         "outlines/d/01.yaml:1:11: error: invalid character U+0001 in YAML file", 1),
    "nul-byte": ({"01.yaml": b"section: S\x00\n"}, "outlines/d/01.yaml:1:11: error: invalid character U+0000", 1),
    "absolute-image-path": ({"01.yaml": "section: S\nslides:\n  - title: T\n    image: /etc/hostname\n"},
                            "outlines/d/01.yaml:4:12: error: image '/etc/hostname' is outside the project folder", 1),
    "dotdot-image-path": ({"01.yaml": "section: S\nslides:\n  - title: T\n    image: ../../../../../etc/passwd\n"},
                          "error: image '../../../../../etc/passwd' is outside the project folder", 1),
    "symlink-image-out": ({"01.yaml": "section: S\nslides:\n  - title: T\n    image: link.png\n",
                           "link.png": ("symlink", "/etc/hostname")},
                          "outlines/d/01.yaml:4:12: error: image 'link.png' is outside the project folder", 1),
    "dotdot-section": ({"deck.yaml": DECK + "sections: [../../../etc/passwd]\n"},
                       "outlines/d/deck.yaml:2:12: error: section file '../../../etc/passwd' is outside the deck "
                       "folder", 1),
    "absolute-section": ({"deck.yaml": DECK + "sections: [/etc/hostname]\n"},
                         "outlines/d/deck.yaml:2:12: error: section file '/etc/hostname' is outside the deck folder",
                         1),
    "symlink-section-out": ({"deck.yaml": DECK + "sections: [s.yaml]\n", "s.yaml": ("symlink", "/etc/hostname")},
                            "outlines/d/deck.yaml:2:12: error: section file 's.yaml' is outside the deck folder", 1),
    "huge-pixel-image": ({"01.yaml": "section: S\nslides:\n  - title: T\n    image: big.png\n",
                          "big.png": _png_header(100_000, 100_000)},
                         "outlines/d/01.yaml:4:12: error: image 'big.png' declares an enormous pixel size", 1),
    "pixel-limit": ({"01.yaml": "section: S\nslides:\n  - title: T\n    image: wide.png\n",
                     "wide.png": _png_header(9000, 5000)},
                    "outlines/d/01.yaml:4:12: error: image 'wide.png' is 9000×5000 pixels (45 million)", 1),
    "latin-1": ({"01.yaml": "section: Café\n".encode("latin-1")},
                "outlines/d/01.yaml:1:13: error: file is not UTF-8 (byte 0xe9)", 1),
    "utf-16": ({"01.yaml": "section: S\n".encode("utf-16")},
               "outlines/d/01.yaml:1:1: error: file is not UTF-8 (byte 0xff)", 1),
    "empty-deck": ({"deck.yaml": ""}, "outlines/d/deck.yaml:1:1: error: the deck file is empty", 1),
    "empty-section": ({"01.yaml": ""}, "outlines/d/01.yaml:1:1: error: the section file is empty", 1),
    "comments-only": ({"01.yaml": "# nothing here\n\n"}, "outlines/d/01.yaml:1:1: error: the section file is empty", 1),
    "duplicate-keys": ({"01.yaml": "section: S\nsection: T\n"},
                       "outlines/d/01.yaml:2:1: error: duplicate key 'section' in section (first at line 1)", 1),
    "python-tag": ({"01.yaml": "section: S\nslides:\n  - title: !!python/object/apply:os.system [echo hacked]\n"},
                   "outlines/d/01.yaml:3:12: error: the YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' "
                   "is not allowed", 1),
    "custom-tag": ({"01.yaml": "section: !include secrets.yaml\n"},
                   "outlines/d/01.yaml:1:10: error: the YAML tag '!include' is not allowed", 1),
    "merge-key": ({"01.yaml": "section: S\nslides:\n  - &base {title: T}\n  - <<: *base\n    bullets: [x]\n"},
                  "outlines/d/01.yaml:4:5: error: YAML merge keys ('<<') are not supported", 1),
    "root-is-a-list": ({"deck.yaml": "- title: x\n"}, "outlines/d/deck.yaml:1:1: error: deck must be a mapping", 1),
    "two-documents": ({"01.yaml": "section: S\n---\nsection: T\n"},
                      "outlines/d/01.yaml:2:1: error: invalid YAML: the file holds more than one document — a "
                      "file holds one YAML document; remove the extra '---'", 1),
    "nan-in-chart": ({"01.yaml": "section: S\nslides:\n  - title: T\n    chart: {type: bar, categories: [a], "
                      "series: [{name: s, values: [.nan]}]}\n"},
                     "outlines/d/01.yaml:4:69: error: value 1 of 'values' must be a finite number, not '.nan'", 1),
    "100k-character-bullet": ({"01.yaml": "section: S\nslides:\n  - title: T\n    bullets: [" + "x" * 100_000 + "]\n"},
                              "outlines/d/01.yaml:4:15: error: bullet 1 of 'bullets' is 100,000 characters long", 1),
    "section-is-a-folder": ({"deck.yaml": DECK + "sections: [sub.yaml]\n", "sub.yaml/x": "x"},
                            "outlines/d/deck.yaml:2:12: error: not a file: outlines/d/sub.yaml", 1),
    "binary-garbage": ({"01.yaml": bytes(range(256)) * 4},
                       "outlines/d/01.yaml:2:118: error: file is not UTF-8 (byte 0x80)", 1),
    "title-is-a-mapping": ({"deck.yaml": "title: {a: b}\n"},
                           "outlines/d/deck.yaml:1:8: error: 'title' must be text, not a mapping", 1),
    # documented safe behaviours: these build
    "markup-characters": ({"01.yaml": "section: \"<S> & <T>\"\nslides:\n  - title: \"a < b && c > d\"\n"
                           "    bullets: [\"<script>alert('x')</script> & ]]>\"]\n"}, None, 0),
    "5000-character-word": ({"01.yaml": "section: S\nslides:\n  - title: T\n    bullets: [" + "y" * 5000 + "]\n"},
                            None, 0),
}


def _make(project: Project, files: dict) -> None:
    folder = project.root / "outlines" / "d"
    folder.mkdir(parents=True, exist_ok=True)
    files = {"deck.yaml": DECK, "01.yaml": SLIDE, **files}
    for rel, content in files.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, tuple):
            os.symlink(content[1], path)
        elif isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


def test_the_corpus_is_large_enough():
    assert len(CASES) >= 25


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_input(tmp_path, name):
    files, expected, code = CASES[name]
    project = Project(tmp_path)
    _make(project, files)
    before = set(Path(tmp_path).rglob("*"))
    result = project.run("build")
    assert "Traceback" not in result.output
    assert result.exit_code == code, result.output
    if expected:
        assert expected in result.stderr, result.stderr[:2000]
        if code:  # one clear diagnostic, not a cascade
            assert result.stderr.count(": error: ") == 1, result.stderr[:2000]
    created = {p for p in Path(tmp_path).rglob("*") if p not in before}
    assert all(project.dist in p.parents or p == project.dist for p in created)
    if code:
        assert not project.dist.exists()
        return
    prs = Presentation(project.dist / "d.pptx")
    text = "\n".join(p.extract_text() for p in PdfReader(project.dist / "d-handout.pdf").pages)
    if name == "markup-characters":
        bullet = [s for s in prs.slides[2].placeholders if s.placeholder_format.idx == 1][0].text_frame.text
        assert bullet == "<script>alert('x')</script> & ]]>"
        assert "a < b && c > d" in text
    else:
        assert "y" * 40 in text.replace("\n", "")
    assert outputs(project.dist) == ["d-handout.pdf", "d.pptx"]
