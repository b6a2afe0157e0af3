"""Encoding the boxes of the layout codec (layout/codec.py) fast, one function per class: each reads the
fields by name and writes them as the codec's array, without reading them as a tuple and walking it (as
``box_new`` makes boxes without the frozen dataclasses' ``__init__``)."""

from __future__ import annotations

_MAKERS: dict[type, object] = {}  # class → what makes its encoding functions


def class_encoder(cls: type, names: tuple[str, ...], defaults: tuple, none: object, tag: int, enc, plain, seen,
                  alive):
    """Return a function encoding one *cls* as [*tag*, its fields *names*…] (trailing fields that have their
    *defaults*, of its type, left out; *none*: a field without one) and then numbering it in *seen* (and holding
    it in *alive*): each field is read by name and written as itself when its type is *plain*, else by *enc*.
    What makes it is compiled once per class from our own source, as dataclasses makes its methods."""
    make = _MAKERS.get(cls)
    if make is None:
        k = len(defaults)
        while k and defaults[k - 1] is not none:
            k -= 1  # defaults[k:]: the trailing fields that all have a default
        got = [f"v{i} = value.{name}" for i, name in enumerate(names)]
        first = ", ".join(f"v{i} if type(v{i}) in plain else enc(v{i})" for i in range(k))
        body = [*got, f"out = [tag, {first}]"]
        if k < len(names):  # one test for the usual case: every trailing field has its default, of its type
            usual = " and ".join(f"v{i} is _d[{i}]" if defaults[i] is None or type(defaults[i]) is bool
                                 else f"v{i} == _d[{i}] and type(v{i}) is _t[{i}]" for i in range(k, len(names)))
            body += [f"if not ({usual}):",
                     f"    rest, n = [{', '.join(f'v{i}' for i in range(len(names)))}], {len(names)}",
                     f"    while n > {k} and rest[n - 1] == _d[n - 1] and type(rest[n - 1]) is _t[n - 1]:",
                     "        n -= 1",
                     f"    out += [v if type(v) in plain else enc(v) for v in rest[{k}:n]]"]
        body += ["alive(value)", "seen[id(value)] = len(seen)  # values are numbered as they are finished",
                 "return out"]
        source = "def make(tag, enc, plain, seen, alive):\n    def encode(value):\n"
        source += "".join(f"        {line}\n" for line in body) + "    return encode\n"
        scope = {"_d": defaults, "_t": tuple(map(type, defaults))}
        exec(compile(source, f"<{cls.__name__} encoder>", "exec"), scope)  # noqa: S102 - our own source
        make = _MAKERS[cls] = scope["make"]
    return make(tag, enc, plain, seen, alive)
