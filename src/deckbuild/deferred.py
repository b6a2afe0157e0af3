"""Libraries imported when first used rather than when another library imports them.

reportlab imports uharfbuzz with its TrueType fonts, to shape text when a font asks it to; deckbuild's fonts
never do (deckbuild shapes the text that needs it itself, in shaping.py). Loading HarfBuzz costs about 18 ms,
a twentieth of an edit's start-up (issue 21), and a build of text that needs no shaping never uses it.
reportlab.lib.utils imports PIL.Image, to read pictures and to tell a PIL image from a file name; Pillow's
Image module (with its EXIF and TIFF tag tables) is 1.3% of an edit's instructions, and a deck without
pictures never uses it. reportlab's temporary-folder helper imports tempfile (with shutil, random, bz2 and lzma),
urllib.parse imports ipaddress for IPv6 hosts and reportlab's safe evaluator textwrap, all at import and used
only when called: about 10 M instructions of an edit. A module used often through a name bound to its stand-in
is not deferred: every read of it would go through the stand-in (pickle, in the PPTX keys, cost more than it saved).

``defer(name)`` puts a stand-in for the module in ``sys.modules`` (and, for a submodule, in its package):
``import`` gives the stand-in, and the first attribute read from it or set on it imports the module, which
the stand-in then passes every read and write on to, and leaves the module itself in ``sys.modules`` (and in
its package) for any later ``import``.
"""

from __future__ import annotations

import sys

ModuleType = type(sys)  # (types.ModuleType, without importing types at every start)

DEFERRED = ("uharfbuzz", "PIL.Image", "tempfile", "ipaddress", "textwrap")  # imported by deckbuild/__init__.py's call of defer_all()


def defer_all() -> None:
    """Defer every module named in ``DEFERRED``, and the patterns of ``lazy_patterns.LAZY_MODULES``."""
    for name in DEFERRED:
        defer(name)
    from deckbuild.lazy_patterns import watch

    watch()  # (and PyYAML's pure-Python reader compiles its pattern when first used)


class StandIn(ModuleType):
    """A module not imported yet: reading or setting an attribute imports it and reads or sets it there."""

    def __getattr__(self, attr: str):
        return getattr(_imported(self, attr), attr)

    def __setattr__(self, attr: str, value) -> None:
        setattr(_imported(self, attr), attr, value)


def defer(name: str) -> None:
    """Put a stand-in for module *name* in ``sys.modules`` (and in its package, which is imported), unless it
    is imported already or its package cannot be."""
    if name in sys.modules:
        return
    package, _, child = name.rpartition(".")
    if package:
        try:
            __import__(package)
        except ImportError:
            return
        if name in sys.modules:  # the package imports it itself
            return
    stand_in = StandIn(name, f"{name}, imported when first used (deckbuild.deferred)")
    sys.modules[name] = stand_in
    if package:
        ModuleType.__setattr__(sys.modules[package], child, stand_in)  # for `import PIL.Image; PIL.Image.open`


def _imported(stand_in: StandIn, attr: str) -> ModuleType:
    """Return the module *stand_in* stands for, importing it if it is not imported yet."""
    name = stand_in.__name__
    module = sys.modules.get(name)
    if module is None or module is stand_in:
        sys.modules.pop(name, None)
        package, _, child = name.rpartition(".")
        owner = sys.modules.get(package) if package else None
        if owner is not None and vars(owner).get(child) is stand_in:
            delattr(owner, child)
        try:
            __import__(name)
            module = sys.modules[name]
        except ImportError:
            raise AttributeError(f"module {name!r} has no attribute {attr!r} (it cannot be imported)") from None
    return module
