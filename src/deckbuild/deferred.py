"""Libraries imported when first used rather than when another library imports them.

reportlab imports uharfbuzz with its TrueType fonts, to shape text when a font asks it to; deckbuild's fonts
never do (deckbuild shapes the text that needs it itself, in shaping.py). Loading HarfBuzz costs about 18 ms,
a twentieth of an edit's start-up (issue 21), and a build of text that needs no shaping never uses it.
``defer(name)`` puts a stand-in for the module in ``sys.modules``: ``import`` gives the stand-in, and the first
attribute read from it imports the module, makes the stand-in a copy of it, and leaves the module itself in
``sys.modules`` for any later ``import``.
"""

from __future__ import annotations

import sys

ModuleType = type(sys)  # (types.ModuleType, without importing types at every start)

DEFERRED = ("uharfbuzz",)  # imported by deckbuild/__init__.py's call of defer_all()


def defer_all() -> None:
    """Defer every module named in ``DEFERRED``."""
    for name in DEFERRED:
        defer(name)


def defer(name: str) -> None:
    """Put a stand-in for module *name* in ``sys.modules``, unless it is imported already."""
    if name in sys.modules:
        return
    stand_in = ModuleType(name, f"{name}, imported when first used (deckbuild.deferred)")

    def __getattr__(attr: str):
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]
        try:
            __import__(name)
            module = sys.modules[name]
        except ImportError:
            raise AttributeError(f"module {name!r} has no attribute {attr!r} (it cannot be imported)") from None
        vars(stand_in).pop("__getattr__", None)
        vars(stand_in).update(vars(module))
        return getattr(module, attr)

    stand_in.__getattr__ = __getattr__
    sys.modules[name] = stand_in
