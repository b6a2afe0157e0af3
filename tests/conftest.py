"""Shared fixtures: write decks into a temporary project, run the CLI, read outputs back."""

from __future__ import annotations

import os
import shutil
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, Phase, settings

from deckbuild.cli import cli

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    """Give the test session its own deckbuild cache folder (font index, prepared packages)."""
    os.environ["DECKBUILD_CACHE_DIR"] = str(tmp_path_factory.mktemp("deckbuild-cache"))


@pytest.fixture(autouse=True)
def _keep_every_layout(monkeypatch):
    """Keep every slide's layout between builds, however quickly it was made: the tests of incremental
    builds then do not depend on the machine's speed (tests/test_incremental.py tests the threshold)."""
    from deckbuild.layout import cache

    monkeypatch.setattr(cache, "KEEP_FROM_SECONDS", 0.0)
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

# Property tests give the same answer every time in CI: a fixed seed and no example database carried
# between runs. CI does not shrink (a derandomized failure is reproduced, and shrunk, locally with the
# dev profile), so a failure is reported in the time of its examples, never minutes of shrinking.
settings.register_profile("ci", derandomize=True, database=None, deadline=None, print_blob=True,
                          phases=(Phase.explicit, Phase.generate),
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("dev", deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile("ci" if IN_CI else os.environ.get("HYPOTHESIS_PROFILE", "dev"))


def need_tool(name: str) -> str:
    """Return the path of system tool *name*; skip the test without it, but never in CI."""
    path = shutil.which(name)
    if path is None:
        if IN_CI:
            pytest.fail(f"{name} is required in CI (make test installs it)")
        pytest.skip(f"{name} is not installed (make test installs it via apt when it can)")
    return path


class Project:
    """A throw-away deckbuild project in a temporary folder."""

    def __init__(self, root: Path):
        self.root = root
        self.dist = root / "dist"

    def write(self, rel: str, text: str) -> Path:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return path

    def deck(self, name: str, files: dict[str, str]) -> Path:
        for rel, text in files.items():
            self.write(f"outlines/{name}/{rel}", text)
        return self.root / "outlines" / name

    def run(self, *args: str):
        runner = CliRunner()
        old = os.getcwd()
        os.chdir(self.root)
        try:
            return runner.invoke(cli, list(args), catch_exceptions=False)
        finally:
            os.chdir(old)

    def dist_snapshot(self) -> dict[str, bytes]:
        """Return every file under dist/ (the build's state folder included) with its bytes."""
        if not self.dist.exists():
            return {}
        return {str(p.relative_to(self.dist)): p.read_bytes() for p in sorted(self.dist.rglob("*")) if p.is_file()}


def outputs(folder: Path) -> list[str]:
    """Return the names of the build outputs in *folder* (not the build's hidden state folder)."""
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


@pytest.fixture
def project(tmp_path) -> Project:
    return Project(tmp_path)


def build_deck(folder: Path, name: str, files: dict[str, str], *args: str):
    """Return (project, result) of building deck *name* made of *files* in a new project at *folder*."""
    project = Project(folder)
    project.deck(name, files)
    result = project.run("build", *args)
    assert result.exit_code == 0, result.output
    return project, result


SIMPLE_DECK_RAW = {
    "deck.yaml": """
        title: Sample Deck
        subtitle: A subtitle
        author: Tester
        date: 2024-06-25
        sources:
          a: {title: Source A, publisher: Pub}
    """,
    "01-first.yaml": """
        section: First Section
        summary: The first section in one sentence.
        slides:
          - title: Alpha slide
            bullets:
              - One
              - text: Two
                bullets:
                  - Two point one
                  - text: Two point two
                    bullets:
                      - text: Level three
                        bullets: [Level four]
            notes: Notes for alpha.
          - title: Beta slide
            bullets: [Three, Four]
            notes: |
              Notes for beta, first paragraph.

              Second paragraph of beta notes.
    """,
    "02-second.yaml": """
        section: Second Section
        sources: [a]
        slides:
          - title: Gamma slide
            bullets: [Five]
            notes: Notes for gamma.
    """,
}


def numbered_section(n: int, notes: str, bullets: str = "Point {}", first: str = "Title", slides: int = 4) -> str:
    """Return the YAML of section *n*: *slides* slides titled "Title n.k" (the first "*first* n.0"), each with
    the bullets *bullets* and the notes *notes*, in which "{}" is the slide's "n.k"."""
    out = "".join(f"  - title: {first if k == 0 else 'Title'} {n}.{k}\n    bullets: [{bullets.format(f'{n}.{k}')}]\n"
                  f"    notes: {notes.format(f'{n}.{k}')}\n" for k in range(slides))
    return f"section: Section {n}\nslides:\n{out}"


def lay_out_folder(folder: Path, project_root: Path | None = None):
    """Return (pages, diagnostics, style) of the deck in *folder* laid out with its style, without the CLI:
    every page, those the handout alone shows too (``page.in_deck`` tells them apart)."""
    from deckbuild.audience import select
    from deckbuild.diagnostics import Diagnostics
    from deckbuild.fonts import FontBook
    from deckbuild.layout import deck_to_pages
    from deckbuild.layout.text import Typesetter
    from deckbuild.loader import load_deck
    from deckbuild.style_loader import StyleLoader

    diags = Diagnostics()
    deck = load_deck(folder, diags)
    assert deck is not None, [d.format() for d in diags]
    style = StyleLoader(project_root or folder.parent.parent, diags).load(deck.style, folder, deck.pos)
    assert style is not None, [d.format() for d in diags]
    setter = Typesetter(FontBook(), style.fonts.mono, style.fonts.fallback, math_font=style.math.font)
    view, _ = select(deck, None)  # layout lays out the deck as selection made it (media split)
    return deck_to_pages(view, style, setter, diags), diags, style


def lay_out(tmp_path: Path, files: dict[str, str], name: str = "d"):
    """Return (pages shown in the deck, diagnostics, style) of a deck made of *files* in a new project at
    *tmp_path*, laid out with the default style and without the CLI."""
    project = Project(tmp_path)
    folder = project.deck(name, files)
    pages, diags, style = lay_out_folder(folder, project.root)
    return [p for p in pages if p.in_deck], diags, style


def compile_deck(tmp_path: Path, files: dict[str, str], name: str = "d", audience: str | None = None):
    """Return (Pages, diagnostics) of a deck made of *files* in a new project, as ``compile()`` makes them for
    the painters (select, then layout), without the CLI."""
    from deckbuild.compile import compile as compile_pages, read_inputs
    from deckbuild.diagnostics import Diagnostics, Pos

    project = Project(tmp_path)
    folder = project.deck(name, files)
    diags = Diagnostics()
    inputs = read_inputs(folder, audience, None, folder, Pos(str(folder), 1, 1), (), diags, {})
    assert inputs is not None, [d.format() for d in diags]
    return compile_pages(inputs, audience, diags), diags


def page_titled(pages, title: str):
    """Return the first laid-out page whose title is *title*."""
    found = [p for p in pages if p.title == title]
    assert found, f"no page titled {title!r} among {[p.title for p in pages]}"
    return found[0]


def frame_texts(page, role: str | None = None) -> list[str]:
    """Return the text of each TextFrame on *page* (with *role*: only those), paragraphs joined by newlines."""
    from deckbuild.layout.boxes import TextFrame

    return ["\n".join("".join(f.text for line in para.lines for f in line.frags) for para in box.paragraphs)
            for box in page.boxes if isinstance(box, TextFrame) and (role is None or box.role == role)]


class Outputs:
    """A built deck's outputs opened as a user opens them: the deck with python-pptx (its slides by title),
    the PDFs with pdfplumber (words with their positions)."""

    def __init__(self, project: "Project", name: str, result=None):
        self.project, self.name, self.result = project, name, result

    @property
    def pptx_path(self) -> Path:
        return self.project.dist / f"{self.name}.pptx"

    @property
    def prs(self):
        from pptx import Presentation

        if not hasattr(self, "_prs"):
            self._prs = Presentation(str(self.pptx_path))
        return self._prs

    @property
    def slides(self) -> dict:
        """Return the deck's slides by title (of slides sharing a title, the last; untitled ones left out)."""
        return {s.shapes.title.text_frame.text: s for s in self.prs.slides if s.shapes.title is not None}

    def slide(self, title: str):
        """Return (index, slide) of the first slide titled *title*."""
        for index, slide in enumerate(self.prs.slides):
            if slide.shapes.title is not None and slide.shapes.title.text_frame.text == title:
                return index, slide
        raise AssertionError(f"no slide titled {title!r}")

    def pdf_words(self, which: str = "handout", **options) -> list[list[dict]]:
        """Return the words of each page of the ``-handout`` (or ``-slides``) PDF, with their positions (x0,
        top, x1, bottom, in points from the page's top left)."""
        import pdfplumber

        with pdfplumber.open(self.project.dist / f"{self.name}-{which}.pdf") as pdf:
            return [page.extract_words(**options) for page in pdf.pages]


def build_and_open(folder: Path, name: str, files: dict[str, str], *args: str) -> Outputs:
    """Return the Outputs of building deck *name* made of *files* in a new project at *folder* (the build
    must succeed)."""
    project, result = build_deck(folder, name, files, *args)
    return Outputs(project, name, result)


def soffice_to_pdf(src: Path, outdir: Path) -> Path:
    """Return the PDF LibreOffice makes of *src* (its own profile; fails the test when none is made)."""
    import subprocess

    soffice = need_tool("soffice")
    outdir.mkdir(parents=True, exist_ok=True)
    profile = outdir / ".lo-profile"
    proc = subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                           "--outdir", str(outdir), str(src)], capture_output=True, text=True, timeout=180)
    pdf = outdir / (src.stem + ".pdf")
    if not pdf.is_file() or pdf.stat().st_size == 0:  # soffice exits 0 even when it failed
        pytest.fail(f"LibreOffice did not convert {src.name}: {proc.stdout} {proc.stderr}")
    return pdf


@pytest.fixture
def built(project):
    """The SIMPLE_DECK built into dist/: returns (project, pptx path, pdf path)."""
    project.deck("sample", SIMPLE_DECK)
    result = project.run("build")
    assert result.exit_code == 0, result.output
    return project, project.dist / "sample.pptx", project.dist / "sample-handout.pdf"

SIMPLE_DECK = {name: textwrap.dedent(text).lstrip("\n") for name, text in SIMPLE_DECK_RAW.items()}



# -- running in parallel -------------------------------------------------------------------------------------
# ``make test`` runs the suite on two pytest-xdist workers (``-n 2 --dist loadfile``), with the scheduler of
# tests/work_units.py: each test file runs whole on one worker, so its module fixtures (decks built once,
# LibreOffice renders) are made once; the files that share the handouts painted once per process run together;
# the longest work comes first, so that no long file starts last.


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """Return the scheduler that hands out whole work units, the longest first (for ``--dist loadfile``)."""
    if config.getoption("dist") != "loadfile":
        return None
    from work_units import WorkUnitScheduling

    return WorkUnitScheduling(config, log)


def pytest_collection_modifyitems(config, items):
    """On a pytest-xdist worker, put the longest work units first (every worker collects the same order)."""
    if hasattr(config, "workerinput"):
        from work_units import longest_first

        items.sort(key=lambda item: longest_first(item.nodeid))
