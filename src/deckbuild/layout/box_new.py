"""Making the boxes the layout makes most (runs, fragments, lines, markers, paragraphs, text frames, rules,
slide pages) fast.

A frozen dataclass sets each field in ``__init__`` through ``object.__setattr__``, about half a microsecond a
field: a paragraph of 13 fields costs more to make than to wrap. ``maker(cls)`` returns a function taking
the same arguments as ``cls(...)`` that fills an unfrozen twin class with the same slots by plain attribute
stores and then gives the object *cls* as its class: the object is a ``cls`` equal, field for field, to the
one ``cls(...)`` makes (tests/layout/test_box_new.py), made several times faster. Only for frozen dataclasses
whose fields all have plain defaults (no factories, no ``__post_init__``); one without slots (``SlidePage``)
gets its fields as its dictionary, in the order ``__init__`` sets them.
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
