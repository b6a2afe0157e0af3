"""Making the boxes the layout makes most (runs, fragments, lines, markers, paragraphs, text frames, rules,
slide pages) fast.

A frozen dataclass sets each field in ``__init__`` through ``object.__setattr__``, about half a microsecond a
field: a paragraph of 13 fields costs more to make than to wrap. ``maker(cls)`` returns a function taking
the same arguments as ``cls(...)`` that fills an unfrozen twin class with the same slots by plain attribute
stores and then gives the object *cls* as its class: the object is a ``cls`` equal, field for field, to the
one ``cls(...)`` makes (tests/layout/test_box_new.py), made several times faster. Only for frozen dataclasses
whose fields all have plain defaults (no factories, no ``__post_init__``); one without slots (``SlidePage``)
gets its fields as its dictionary, in the order ``__init__`` sets them.

``decode_maker(cls, written)`` is the same for what the codec reads back (layout/codec.py): any dataclass whose
``__init__`` only sets its fields, frozen or not, default factories included, from the fields a cache file
holds; with its ``reader``, which takes the value as the file holds it (``[tag, field, …]``). Reading an edit's
checked sections and layouts back made 1,000 slides through their frozen ``__init__`` (23 fields each) and 1,000
drafts through keyword arguments; the edit's first process now runs 1.2% fewer instructions (2.141 → 2.116 G).
"""

from __future__ import annotations

from dataclasses import MISSING, fields

from deckbuild.layout.boxes import Fragment, Line, Marker, Paragraph, Rect, Run, SlidePage, TextFrame


def maker(cls: type):
    """Return a function making a *cls* from its fields (positionally or by name), as ``cls(...)`` does."""
    names = tuple(f.name for f in fields(cls))
    slotted = "__slots__" in cls.__dict__
    if slotted and cls.__slots__ != names or hasattr(cls, "__post_init__") or not cls.__dataclass_params__.frozen:
        raise TypeError(f"{cls.__name__} is not a frozen box made by its fields alone")
    defaults = {}
    params = []
    for f in fields(cls):
        if f.default_factory is not MISSING:
            raise TypeError(f"{cls.__name__}.{f.name} has a default factory")
        if f.default is MISSING:
            params.append(f.name)
        else:
            defaults[f"_d_{f.name}"] = f.default
            params.append(f"{f.name}=_d_{f.name}")
    if slotted:
        twin = type(f"_{cls.__name__}Twin", (), {"__slots__": names})
        body = "".join(f"    self.{n} = {n}\n" for n in names)
        source = (f"def make({', '.join(params)}):\n    self = _twin()\n{body}    self.__class__ = _cls\n"
                  "    return self\n")
    else:  # its fields are the instance's dictionary, in the order __init__ sets them
        values = ", ".join(f"{n!r}: {n}" for n in names)
        source = (f"def make({', '.join(params)}):\n    self = _new(_cls)\n    self.__dict__.update({{{values}}})\n"
                  "    return self\n")
    scope = {"_twin": twin if slotted else None, "_new": object.__new__, "_cls": cls, **defaults}
    exec(compile(source, f"<{cls.__name__} maker>", "exec"), scope)  # noqa: S102 - our own source, as dataclasses does
    make = scope["make"]
    make.__doc__ = f"Return {cls.__name__}(...) of these fields (made without the frozen attribute calls)."
    return make


def decode_maker(cls: type, written: tuple[str, ...]):
    """Return a function making a *cls* from the values of its fields named *written*, in that order (trailing
    ones that have a plain default may be left out), its other fields their defaults: what
    ``cls(**dict(zip(written, values)))`` makes, without calling ``__init__``. For the codec, which writes every
    field but those ``_SKIP`` names (a draft's model, set again after a cache hit) and rebuilds values it wrote
    from a made object: a default factory is called only for a field not given (as ``__init__`` calls it), and
    a frozen class is filled as ``maker`` fills one. Raise TypeError for a class whose ``__init__`` does more
    than set its fields (``__post_init__``, a field not in ``__init__``) or whose slots are not its fields."""
    every = fields(cls)
    names = tuple(f.name for f in every)
    slotted = "__slots__" in cls.__dict__
    if (slotted and cls.__slots__ != names or hasattr(cls, "__post_init__") or not cls.__dataclass_params__.init
            or any(not f.init for f in every) or not set(written) <= set(names) or len(set(written)) != len(written)):
        raise TypeError(f"{cls.__name__} is not made by its fields alone")
    scope: dict = {"_new": object.__new__, "_cls": cls, "_no": _NOT_GIVEN}
    params: dict[str, str] = {}  # written name → its parameter
    lines, values = [], []
    for f in every:  # each field's parameter is v_<name>: a field may be named as the code's own names are
        given, v = f.name in written, f"v_{f.name}"
        if f.default_factory is not MISSING:
            scope[f"_f_{f.name}"] = f.default_factory
            if given:
                params[f.name] = f"{v}=_no"
                lines.append(f"    if {v} is _no:\n        {v} = _f_{f.name}()\n")
            values.append(v if given else f"_f_{f.name}()")
        elif f.default is not MISSING:
            scope[f"_d_{f.name}"] = f.default
            if given:
                params[f.name] = f"{v}=_d_{f.name}"
            values.append(v if given else f"_d_{f.name}")
        elif given:  # (a default of its own: a field after it in *written* may have one)
            params[f.name] = f"{v}=_no"
            lines.append(f"    if {v} is _no:\n        raise TypeError('{cls.__name__}: {f.name} not given')\n")
            values.append(v)
        else:
            raise TypeError(f"{cls.__name__}.{f.name} has no default and is not written")
    args = [params[n].partition("=")[0] for n in written]
    signature = ", ".join(params[n] for n in written)
    body = "".join(lines)
    if slotted:
        scope["_twin"] = type(f"_{cls.__name__}Filled", (), {"__slots__": names})
        stores = "".join(f"    _self.{n} = {v}\n" for n, v in zip(names, values))
        source = f"def make({signature}):\n{body}    _self = _twin()\n{stores}    _self.__class__ = _cls\n    return _self\n"
    else:  # its fields are the instance's dictionary, in the order __init__ sets them
        items = ", ".join(f"{n!r}: {v}" for n, v in zip(names, values))
        source = (f"def make({signature}):\n{body}    _self = _new(_cls)\n"
                  f"    _self.__dict__.update({{{items}}})\n    return _self\n")
    # the reader: each field that is a list decoded first; trailing fields left out padded with what make()
    # takes for them (a field's default, else "not given": make calls its factory, or raises TypeError)
    fetch = "".join(f"    {a} = _data[{i + 1}]\n    if {a}.__class__ is _list:\n        {a} = _dec({a})\n"
                    for i, a in enumerate(args))
    source += (f"def reader(_data, _dec):\n    if len(_data) != {len(args) + 1}:\n        _pad = _pads.get(len(_data))\n"
               f"        if _pad is None:\n"
               f"            return make(*[_dec(v) if v.__class__ is _list else v for v in _data[1:]])\n"
               f"        _data = _data + _pad\n{fetch}    return make({', '.join(args)})\n")
    taken = [scope.get(f"_d_{n}", _NOT_GIVEN) for n in written]
    scope["_pads"] = {n: taken[n - 1:] for n in range(1, len(written) + 1)}
    scope["_list"] = list
    exec(compile(source, f"<{cls.__name__} decoder>", "exec"), scope)  # noqa: S102 - our own source
    make = scope["make"]
    make.reader = scope["reader"]
    return make


class _NotGiven:
    __slots__ = ()

    def __repr__(self) -> str:
        return "<not given>"


_NOT_GIVEN = _NotGiven()
_MADE: dict[type, object] = {}  # fast_maker's answers


def fast_maker(cls: type):
    """Return ``maker(cls)``, made once, or *cls* itself when it is not a frozen dataclass made by its fields
    alone (what reads boxes back makes them as fast as the layout does)."""
    make = _MADE.get(cls)
    if make is None:
        try:
            make = maker(cls) if cls.__dataclass_params__.init else cls
        except (TypeError, AttributeError):
            make = cls
        _MADE[cls] = make
    return make


_DECODING: dict[tuple[type, tuple], object] = {}  # decoding_maker's answers


def decoding_maker(cls: type, written: tuple[str, ...]):
    """Return ``decode_maker(cls, written)``, made once, or None when *cls* is not made by its fields alone (the
    codec then calls ``fast_maker(cls)`` with the fields by name)."""
    key = (cls, written)
    make = _DECODING.get(key, _NOT_GIVEN)
    if make is _NOT_GIVEN:
        try:
            make = decode_maker(cls, written)
        except (TypeError, AttributeError):
            make = None
        _DECODING[key] = make
    return make


new_run = maker(Run)
new_fragment = maker(Fragment)
new_line = maker(Line)
new_marker = maker(Marker)
new_paragraph = maker(Paragraph)
new_text_frame = maker(TextFrame)
new_rect = maker(Rect)
new_slide_page = maker(SlidePage)
def tagged(para: Paragraph, tag: str) -> Paragraph:
    """Return *para* with the structure tag *tag* (``replace(para, tag=tag)``, built directly)."""
    return new_paragraph(para.runs, para.lines, para.level, para.size, para.line_height, para.space_before,
                         para.margin_left, para.indent, para.align, para.marker, para.top, para.lang, para.rtl, tag)


_MADE.update({Run: new_run, Fragment: new_fragment, Line: new_line, Marker: new_marker, Paragraph: new_paragraph,
              TextFrame: new_text_frame, Rect: new_rect, SlidePage: new_slide_page})  # the codec reads with these
