"""The rules of deckbuild's shape, read from its source with ast (docs/architecture.md explains them):

- layout/ imports neither python-pptx, reportlab, nor the template reader (deckbuild.template);
- render/ (the painters) imports neither the content model (deckbuild.model) nor the style;
- no module imports xml.sax (it imports urllib.request, http, email and ssl: render/xml_escape.py escapes);
- nothing below cli.py (with cli_options.py and cli_report.py) prints;
- the modules import each other without cycles (imports inside functions count too);
- painters spell no colour (every colour is on the boxes), "Layout" names only the template's slide layouts,
  and the points-per-EMU constant is written once.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "deckbuild"


def _module_name(path: Path) -> str:
    parts = ["deckbuild", *path.relative_to(SRC).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(SRC.rglob("*.py"))}


def imports(name: str) -> list[tuple[str, int]]:
    """Return (imported module, line) for every import in module *name*, at any depth of its code."""
    path = MODULES[name]
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[:len(anchor) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            submodules = [f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in MODULES]
            if len(submodules) < len(node.names):  # names defined by the module (or package) itself
                out.append((base, node.lineno))
            out += [(sub, node.lineno) for sub in submodules]  # from deckbuild.layout import boxes
    return out


def _under(module: str, top: str) -> bool:
    return module == top or module.startswith(top + ".")


def _breaking(prefix: str, forbidden: tuple[str, ...]) -> list[str]:
    return [f"{MODULES[m].relative_to(SRC)}:{line}: imports {imported}"
            for m in MODULES if _under(m, prefix)
            for imported, line in imports(m) if any(_under(imported, f) for f in forbidden)]


def test_layout_imports_no_painter_library_and_not_the_template_reader():
    assert _breaking("deckbuild.layout", ("pptx", "reportlab", "deckbuild.template")) == []


def test_painters_import_neither_the_model_nor_the_style():
    assert _breaking("deckbuild.render", ("deckbuild.model", "deckbuild.style")) == []


def test_nothing_imports_xml_sax():
    assert _breaking("deckbuild", ("xml.sax",)) == []


def _prints(path: Path, root: Path = SRC) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        dotted = []
        while isinstance(f, ast.Attribute):
            dotted.insert(0, f.attr)
            f = f.value
        if isinstance(f, ast.Name):
            dotted.insert(0, f.id)
        name = ".".join(dotted)
        if name in ("print", "click.echo", "click.secho", "sys.stdout.write", "sys.stderr.write",
                    "pprint", "pprint.pprint") or name.endswith("console.print"):
            found.append(f"{path.relative_to(root)}:{node.lineno}: {name}(")
    return found


COMMAND_LINE = ("deckbuild.cli", "deckbuild.cli_options", "deckbuild.cli_report", "deckbuild.__main__")
"""The command line: cli.py, the options it shares among commands and what it prints."""


def test_nothing_below_the_cli_prints():
    found = [hit for name, path in MODULES.items() if name not in COMMAND_LINE for hit in _prints(path)]
    assert found == []


def test_the_print_check_sees_a_print(tmp_path):
    copy = tmp_path / "copy.py"
    copy.write_text("import sys\nprint('hello')\nsys.stdout.write('x')\nconsole.print('y')\n", encoding="utf-8")
    assert [h.split(": ")[1] for h in _prints(copy, tmp_path)] == ["print(", "sys.stdout.write(", "console.print("]


def _cycle() -> list[str]:
    graph = {m: sorted({i for i, _ in imports(m) if i in MODULES and i != m}) for m in MODULES}
    done: set[str] = set()
    path: list[str] = []
    on_path: set[str] = set()

    def visit(m: str) -> list[str]:
        path.append(m)
        on_path.add(m)
        for n in graph[m]:
            if n in on_path:
                return path[path.index(n):] + [n]
            if n not in done:
                found = visit(n)
                if found:
                    return found
        path.pop()
        on_path.discard(m)
        done.add(m)
        return []

    for m in graph:
        if m not in done:
            found = visit(m)
            if found:
                return found
    return []


def test_no_import_cycles():
    assert " → ".join(_cycle()) == ""


@pytest.mark.parametrize("rule", ["layout", "render"])
def test_the_import_rules_see_a_broken_rule(rule):
    """Each rule reports an import that breaks it (the checks above can fail)."""
    fake = "deckbuild.layout.basic" if rule == "layout" else "deckbuild.render.pptx"
    real = imports

    def with_extra(name):
        extra = [("pptx.util", 1)] if rule == "layout" else [("deckbuild.model", 1)]
        return real(name) + (extra if name == fake else [])

    globals()["imports"] = with_extra
    try:
        forbidden = ("pptx",) if rule == "layout" else ("deckbuild.model",)
        assert _breaking(f"deckbuild.{rule}", forbidden) != []
    finally:
        globals()["imports"] = real


def test_the_cycle_check_sees_a_cycle():
    real = imports

    def with_cycle(name):
        extra = [("deckbuild.build", 1)] if name == "deckbuild.worker" else []
        extra += [("deckbuild.worker", 1)] if name == "deckbuild.build" else []
        return real(name) + extra

    globals()["imports"] = with_cycle
    try:
        assert _cycle() != []
    finally:
        globals()["imports"] = real


def _selection_leaks(path: Path, root: Path = SRC) -> list[str]:
    """Return where the module at *path* splits media itself (calls ``in_medium``/``handout_only``, imports
    deckbuild.audience) or reaches back into the content model behind a page (reads ``.model``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        where = f"{path.relative_to(root)}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Attribute) and node.attr == "model":
            found.append(f"{where}: reads .model")
        elif isinstance(node, ast.Name) and node.id in ("in_medium", "handout_only"):
            found.append(f"{where}: uses {node.id}")
        elif isinstance(node, ast.ImportFrom) and node.module == "deckbuild.audience" or \
                isinstance(node, ast.Import) and any(a.name == "deckbuild.audience" for a in node.names):
            found.append(f"{where}: imports deckbuild.audience")
    return found


def test_handout_layouts_consume_pages_and_selected_content_only():
    """Audience selection splits deck and handout before layout: no handout layout does it again."""
    handouts = [p for name, p in MODULES.items() if _under(name, "deckbuild.layout.handout")]
    assert len(handouts) >= 5
    assert [hit for p in handouts for hit in _selection_leaks(p)] == []


def test_the_layout_stage_leaves_the_media_split_to_selection():
    assert [hit for name, p in MODULES.items() if _under(name, "deckbuild.layout") for hit in _selection_leaks(p)
            if "reads .model" not in hit] == []


def test_the_selection_check_sees_a_leak(tmp_path):
    copy = tmp_path / "copy.py"
    copy.write_text("from deckbuild.audience import in_medium\n\ndef f(page):\n"
                    "    return in_medium(page.model.bullets, 'handout')\n", encoding="utf-8")
    assert [h.split(": ", 1)[1] for h in _selection_leaks(copy, tmp_path)] == [
        "imports deckbuild.audience", "uses in_medium", "reads .model"]


# -- painters only paint; one name, one thing ------------------------------------------------------------

def _colour_literals(path: Path, root: Path = SRC) -> list[str]:
    """Return every string constant of *path* that is a hex colour: a painter choosing a colour itself."""
    return [f"{path.relative_to(root)}:{node.lineno}: {node.value}"
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and re.fullmatch(r"#?[0-9A-Fa-f]{6}", node.value)]


def test_painters_choose_no_colour():
    """Every colour a painter draws is on the boxes (layout/ decided it); render/ spells none itself."""
    painters = [p for name, p in MODULES.items() if _under(name, "deckbuild.render")]
    assert len(painters) >= 10
    assert [hit for p in painters for hit in _colour_literals(p)] == []


def test_the_colour_check_sees_a_colour(tmp_path):
    copy = tmp_path / "copy.py"
    copy.write_text('def f(point):\n    point.line = "FFFFFF"\n    return f"<a:srgbClr val=\\"{point}\\"/>"\n',
                    encoding="utf-8")
    assert _colour_literals(copy, tmp_path) == ["copy.py:2: FFFFFF"]


# the template's slide layouts (template_info) and a slide layout of the package being written (render.pptx)
LAYOUT_NAMES = {"deckbuild.template_info.TemplateLayout", "deckbuild.render.pptx.Layout"}


def test_layout_names_the_stage_only():
    """No class or module-level name says "Layout" but the template's own slide layouts (the issue's
    SlideLayout, HandoutLayout and the handouts' *Layout classes are composers and handouts now)."""
    named = []
    for name, path in MODULES.items():
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = ([node.name] if isinstance(node, ast.ClassDef) else
                       [t.id for t in node.targets if isinstance(t, ast.Name)] if isinstance(node, ast.Assign) else [])
            named += [f"{name}.{t}" for t in targets if t.endswith("Layout")]
    assert set(named) - LAYOUT_NAMES == set()


def test_points_per_emu_is_written_once():
    hits = [f"{name}:{node.lineno}" for name, path in MODULES.items()
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Constant) and node.value == 12700]
    assert hits == ["deckbuild.units:7"]


def test_no_two_modules_differ_by_a_plural():
    """``schema`` and ``schemas`` said two things with one word: the JSON Schemas are ``json_schema`` now."""
    assert sorted(name for name in MODULES if name + "s" in MODULES) == []  # within one package
