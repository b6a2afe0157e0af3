"""Real documents nobody here wrote (manuals, READMEs, web pages in /usr/share/doc) import without a crash."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

DOC = Path("/usr/share/doc")
KNOWN = ["python3/python-policy.html", "libffi8/html/Simple-Example.html", "python3-yaml/README.md",
         "python3-httplib2/README.md", "zstd/TESTING.md", "procps/bugs.md"]
"""Documents of common Debian and Ubuntu packages; each one that is installed is imported."""


def _real_documents() -> list[Path]:
    if not DOC.is_dir():
        return []
    found = [DOC / k for k in KNOWN if (DOC / k).is_file()]
    for pattern in ("*/README", "*/README.txt", "*/*.txt", "*/*.md", "*/html/*.html"):
        found += sorted(p for p in DOC.glob(pattern) if p.is_file() and not p.is_symlink())[:3]
    return sorted(set(found))


REAL = _real_documents()


@pytest.mark.skipif(len(REAL) < 4, reason="fewer than 4 of the usual documents are in /usr/share/doc on this machine")
def test_real_documents_import_without_a_crash(project):
    results = {}
    for n, path in enumerate(REAL):
        result = project.run("import", str(path), "--deck", f"real{n}")  # an exception here is an exit 70
        assert result.exit_code in (0, 1), (path, result.output)
        results[path] = result
    assert sum(r.exit_code == 0 for r in results.values()) >= len(REAL) * 3 // 4, \
        {str(p): r.output[-300:] for p, r in results.items() if r.exit_code}


@pytest.mark.skipif(not (DOC / "python3/python-policy.html").is_file(), reason="python3's policy manual is not "
                    "installed (/usr/share/doc/python3/python-policy.html)")
def test_a_real_manual_keeps_its_code_listings_and_numbered_subsections(project):
    result = project.run("import", str(DOC / "python3/python-policy.html"), "--deck", "policy")
    assert result.exit_code == 0, result.output
    slides = [s for f in sorted((project.root / "outlines" / "policy").glob("[0-9]*.yaml"))
              for s in yaml.safe_load(f.read_text(encoding="utf-8")).get("slides", [])]
    listings = [s["code"] for s in slides if "code" in s]
    assert len(listings) >= 3 and all(c["text"].strip() for c in listings)
    assert not any(s["title"].endswith("¶") for s in slides)  # the generator's anchor marks are gone
    build = project.run("build", "outlines/policy")
    assert build.exit_code == 0, build.output
