"""Each style key is declared once: on the typed Style's field, which drives validation (the schema Record),
the JSON Schema and the typed value; the values come from styles/default.yaml, which sets every key."""

from __future__ import annotations

from dataclasses import MISSING, fields, is_dataclass
from pathlib import Path

from deckbuild.diagnostics import Diagnostics
from deckbuild.schema import Record
from deckbuild.json_schema import json_schema
from deckbuild.style import BUILTIN_DIR, STYLE, Style
from deckbuild.style_keys import keys_of
from deckbuild.style_loader import StyleLoader

UNTYPED = {"background"}
"""Style keys whose value is a picture (model.Image), checked by the picture schema shared with slides."""
BOOKKEEPING = {"name", "positions", "files", "template_info"}
"""Fields of Style that are not style keys: the style's name, where its values were set, the files read and
the template read (all filled in by the loader)."""


def _pairs(record: Record, cls, path=()):
    """Yield (key path, schema Record, typed class) for *record* and every group record below it."""
    yield path, record, cls
    for f in keys_of(cls):
        spec = record.fields[f.name].spec
        if isinstance(spec, Record) and f.name not in UNTYPED:
            yield from _pairs(spec, spec.typed, path + (f.name,))


def test_every_style_key_is_a_field_of_the_typed_style_and_back():
    seen = 0
    for path, record, cls in _pairs(STYLE, Style):
        declared = {f.name for f in keys_of(cls)}
        assert set(record.fields) == declared, path
        others = {f.name for f in fields(cls)} - declared
        assert others == (BOOKKEEPING if cls is Style else set()), path
        seen += len(declared)
    assert seen >= 40  # slide, fonts, colors, sizes, handout, code, body, sections, math, pptx and the rest


def test_typed_groups_are_the_records_of_the_schema():
    for f in keys_of(Style):
        spec = STYLE.fields[f.name].spec
        if isinstance(spec, Record) and f.name not in UNTYPED:
            assert is_dataclass(spec.typed) and spec.typed.__name__ in str(f.type), f.name


def test_the_json_schema_lists_exactly_the_declared_keys():
    schema = json_schema("style")
    props = schema["$defs"]["style"]["properties"]
    assert set(props) == {f.name for f in keys_of(Style)}
    assert set(props["sizes"]["properties"]) == {f.name for f in keys_of(type(_default().sizes))}
    assert set(schema["$defs"]["handout"]["properties"]) == {f.name for f in keys_of(type(_default().handout))}


def _default() -> Style:
    diags = Diagnostics()
    style = StyleLoader(Path("."), diags).load(None, Path("."), None)
    assert not diags.has_errors, diags.items
    return style


def test_default_yaml_sets_every_key_that_has_no_default():
    style = _default()
    values = style.positions
    for path, _record, cls in _pairs(STYLE, Style):
        node = values
        for name in path:
            node = node.get(name) if node is not None else None
        if node is None:  # a group a style may leave out (pptx): its keys all have defaults
            assert all(f.default is not MISSING or f.default_factory is not MISSING for f in keys_of(cls)), path
            continue
        for f in keys_of(cls):
            if f.default is MISSING and f.default_factory is MISSING:
                assert f.name in node, ".".join(path + (f.name,))
                assert node.at(f.name).path.startswith(str(BUILTIN_DIR)) or "default.yaml" in node.at(f.name).path


def test_each_value_of_default_yaml_reaches_the_typed_style():
    style = _default()
    assert style.sizes.min_body == 16.0 and isinstance(style.sizes.min_body, float)
    assert style.code.min_size == 16 and style.code.colors[0] == ("comment", "56606E")
    assert style.fonts.fallback[0] == "DejaVu Sans" and isinstance(style.fonts.fallback, tuple)
    assert (style.width, style.height) == (960.0, 540.0)
    assert style.balance == "center" and style.divider == "always" and style.math.color is None
    assert style.template is None and style.layouts == {}


def test_no_key_name_lists_beside_the_declaration():
    import deckbuild.style as module

    assert not [name for name in vars(module) if name.endswith("_NAMES") and isinstance(getattr(module, name), tuple)]
