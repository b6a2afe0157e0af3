"""YAML → Markdown → YAML gives the same content model (a property test over generated sections).

Hypothesis is derandomized and bounded (a fixed number of small sections), so every run checks the same cases.
"""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, assume, given, settings, strategies as st

from deckbuild.diagnostics import Diagnostics
from deckbuild.loader import load_deck
from deckbuild.mdoutline import section_nodes
from deckbuild.mdoutline.nodes import plain_value
from deckbuild.mdoutline.writer import dump_yaml, section_markdown
from deckbuild.model import Code
from deckbuild.yamlsrc import read_yaml

DECK = ("title: Round trip\nsources: {a: {title: A}, b: {title: B}}\n"
        "audiences: {lecture: {description: L}, exec: {description: E}}\n")
ALPHABET = "abcXYZ019 ,.;:!?'\"*_`#-+>|<&=()[]{}/~—é"

words = st.text(alphabet=ALPHABET, min_size=1, max_size=24).filter(lambda t: t.strip() and t == t.strip())
prose = st.lists(words, min_size=1, max_size=3).map(lambda ls: "\n".join(ls) + "\n")
ids = st.lists(st.sampled_from(["a", "b"]), min_size=1, max_size=2, unique=True)
audiences = st.lists(st.sampled_from(["lecture", "exec"]), min_size=1, max_size=2, unique=True)


def _maybe(strategy):
    return st.one_of(st.none(), strategy)


def _drop_none(d: dict) -> dict:
    return {k: v for k, v in d.items() if v is not None}


def bullets(depth: int = 1):
    leaf = words
    if depth >= 3:
        return st.lists(leaf, min_size=1, max_size=3)
    rich = st.fixed_dictionaries({"text": words}, optional={"sources": ids, "only": audiences,
                                                            "bullets": bullets(depth + 1)})
    return st.lists(st.one_of(leaf, rich), min_size=1, max_size=3)


code = st.builds(lambda lang, lines, numbers, hl: _drop_none(
    {"lang": lang, "text": "\n".join(lines) + "\n", "line_numbers": numbers, "highlight": hl}),
    st.sampled_from(["python", "c", "text"]), st.lists(words, min_size=1, max_size=4), _maybe(st.booleans()),
    _maybe(st.just([1])))
table = st.integers(1, 3).flatmap(lambda n: st.fixed_dictionaries({
    "columns": st.lists(words, min_size=n, max_size=n),
    "rows": st.lists(st.lists(st.one_of(words, st.just("")), min_size=n, max_size=n), max_size=3)}))
quote = st.fixed_dictionaries({"text": words}, optional={"by": words})
column = st.fixed_dictionaries({"bullets": bullets(2)}, optional={"title": words})
event = st.fixed_dictionaries({"date": words, "text": words})
KINDS = {
    "bullets": bullets(), "statement": words, "quote": quote, "code": code, "table": table,
    "math": st.lists(st.sampled_from(["x^2", "\\frac{a}{b}", "\\sum_{i=1}^n i"]), min_size=1, max_size=2),
    "columns": st.lists(column, min_size=2, max_size=3), "timeline": st.lists(event, min_size=1, max_size=3),
}
slide = st.sampled_from(sorted(KINDS)).flatmap(lambda kind: st.fixed_dictionaries(
    {"title": words, kind: KINDS[kind]},
    optional={"notes": prose, "details": prose, "sources": ids, "only": audiences, "skip": audiences,
              "in": st.sampled_from([["deck"], ["handout"]]), "reveal": st.booleans(),
              "variants": st.fixed_dictionaries({"lecture": st.fixed_dictionaries({"title": words})})}))
section = st.fixed_dictionaries({"section": words, "slides": st.lists(slide, min_size=1, max_size=4)},
                                optional={"summary": prose, "notes": prose, "sources": ids, "skip": audiences})


def _model(folder: Path, files: dict[str, str]):
    folder.mkdir(parents=True)
    (folder / "deck.yaml").write_text(DECK, encoding="utf-8")
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    diags = Diagnostics()
    deck = load_deck(folder, diags)
    return deck, [d.format() for d in diags.errors]


def _shape(value, name: str = ""):
    """Return *value* without positions; one-line text with its white space as drawn (one space per run)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        verbatim = isinstance(value, Code)
        return tuple((f.name, _shape(getattr(value, f.name), "" if verbatim else f.name))
                     for f in dataclasses.fields(value) if f.name not in ("pos", "digest"))
    if isinstance(value, (tuple, list)):
        return tuple(_shape(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((k, _shape(v, k)) for k, v in value.items()))
    if isinstance(value, str) and name in ("title", "statement", "text", "by", "date"):
        return " ".join(value.split())
    return value


@settings(max_examples=60, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])
@given(section)
def test_yaml_to_markdown_to_yaml_keeps_the_model(data):
    source = dump_yaml(data)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "outlines"
        yaml_deck, errors = _model(root / "y", {"01-s.yaml": source})
        assume(yaml_deck is not None)  # a generated value the schema refuses (e.g. a title that is only '#')
        diags = Diagnostics()
        plain = plain_value(read_yaml(root / "y" / "01-s.yaml", diags).root)
        markdown = section_markdown(plain)
        md_deck, md_errors = _model(root / "m", {"01-s.md": markdown})
        assert md_errors == [], markdown
        assert _shape(md_deck.sections) == _shape(yaml_deck.sections), markdown
        _display, _text, roots = section_nodes(root / "m" / "01-s.md", diags)
        back_deck, back_errors = _model(root / "b", {"01-s.yaml": dump_yaml(plain_value(roots[0]))})
        assert back_errors == []
        assert _shape(back_deck.sections) == _shape(yaml_deck.sections)


def test_the_generated_markdown_is_mostly_markdown():
    """The converter writes Markdown wherever Markdown can hold a field (not one big YAML block)."""
    data = {"section": "S", "summary": "One paragraph.\n", "sources": ["a"], "slides": [
        {"title": "T", "only": ["lecture"], "bullets": ["x", {"text": "y", "sources": ["b"], "bullets": ["z"]}],
         "notes": "Say.\n"},
        {"title": "Q", "quote": {"text": "Words", "by": "Someone"}},
        {"title": "C", "code": {"lang": "python", "text": "a = 1\n", "line_numbers": True, "highlight": [1]}},
        {"title": "D", "timeline": [{"date": "1948", "text": "x"}]},
    ]}
    assert section_markdown(data) == (
        "# S {sources=a}\n\nOne paragraph.\n\n"
        "## T {only=lecture}\n\n- x\n- y {sources=b}\n  - z\n\n::: notes\nSay.\n:::\n\n"
        "## Q\n\n> Words\n>\n> — Someone\n\n"
        '## C\n\n```python {.numberLines hl="1"}\na = 1\n```\n\n'
        "## D\n\n```yaml slide\ntimeline:\n- date: '1948'\n  text: x\n```\n")
    assert yaml.safe_load(dump_yaml(data)) == data


markdownish = st.lists(st.sampled_from([
    "# ", "## ", "### ", "---\n", "- ", "  - ", "1. ", "> ", "— ", "::: notes\n", "::: columns\n", "::: column\n",
    ":::\n", "::::\n", "```python {.numberLines hl=\"1\"}\n", "```yaml slide\n", "```\n", "$$\n", "$x$", "| a | b |\n",
    "|---|---|\n", "![alt](p.png){width=5%}", "<!-- notes: n -->\n", "<b>", "{only=lecture}", "{sources=a,b}",
    "{reveal=true}", "{.incremental}", "[^1]", "[^1]: f\n", "% t\n", "title: x\n", "marp: true\n", "text", "\n", "\n\n",
    "  ", "{", "}", ":", "*", "`", "\\", "é",
]), max_size=40).map("".join)


@settings(max_examples=150, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(markdownish)
def test_any_markdown_gives_diagnostics_never_an_exception(text):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "outlines" / "d"
        folder.mkdir(parents=True)
        (folder / "deck.yaml").write_text(DECK, encoding="utf-8")
        (folder / "01-s.md").write_text(text, encoding="utf-8")
        diags = Diagnostics()
        deck = load_deck(folder, diags)
        assert deck is not None or diags.has_errors
        if deck is not None and text.strip():
            plain = [plain_value(r) for r in section_nodes(folder / "01-s.md", Diagnostics())[2]]
            for data in plain:
                section_markdown(data)  # whatever was read can be written back
