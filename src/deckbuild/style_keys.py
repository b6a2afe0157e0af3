"""Declaring a style key once, on the field of the typed style that holds it.

A field made with :func:`key` carries how the key is checked (its Spec), its documentation and how the
checked value becomes the typed value. :func:`record_of` makes the schema Record of a typed group from its
fields (that Record checks style files and writes the JSON Schema), and :func:`typed` makes the typed group
from checked values. The values themselves come from ``styles/default.yaml``, which sets every key.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import MISSING, field, fields
from functools import partial

from deckbuild.schema import Field, Record, Values
from deckbuild.schema_core import Spec

TYPE_CHECKING = False  # (typing.TYPE_CHECKING, without importing typing at start-up)
if TYPE_CHECKING:
    from typing import Any


def key(spec: Spec, doc: str = "", default: Any = MISSING, default_factory: Any = MISSING,
        convert: Callable[[Any], Any] | None = None):
    """Return a dataclass field declaring the style key of the field's name: checked by *spec*, documented by
    *doc*, its checked value passed through *convert*; *default* only for a key a style may leave unset."""
    meta = {"spec": spec, "doc": doc, "convert": convert}
    return field(default=default, default_factory=default_factory, metadata=meta)


def keys_of(cls) -> list:
    """Return the fields of the typed group *cls* that declare style keys, in declaration order."""
    return [f for f in fields(cls) if "spec" in f.metadata]


def record_of(cls, name: str, ref: str | None = None) -> Record:
    """Return the schema Record of the typed group *cls*: one key for each of its declared fields."""
    record = Record(name, {f.name: Field(f.metadata["spec"], doc=f.metadata["doc"]) for f in keys_of(cls)}, ref=ref)
    record.typed = cls
    return record


def typed(cls, values: Values | dict, **given):
    """Return the *cls* made from checked, merged style *values* (a key left out takes its field's default);
    *given* are values of fields made elsewhere (they are taken as they are)."""
    out = dict(given)
    for f in keys_of(cls):
        if f.name in given or f.name not in values:
            continue
        convert = f.metadata["convert"]
        out[f.name] = convert(values[f.name]) if convert else values[f.name]
    return cls(**out)


def group(cls, name: str, doc: str = "", ref: str | None = None, default_factory: Any = MISSING):
    """Return the field declaring a style key that holds the typed group *cls* (a mapping of its keys, checked
    by the Record *name*); *default_factory* only for a group a style may leave out."""
    return key(record_of(cls, name, ref), doc, default_factory=default_factory, convert=partial(typed, cls))
