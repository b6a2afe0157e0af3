"""Regular expressions a library compiles when imported, compiled instead when first used.

PyYAML's pure-Python reader compiles, as its class is made, the pattern of the characters YAML may not
hold; its ranges cover all of Unicode and compiling it costs about 10 ms, more than a one-section edit
spends reading YAML (issue 21). deckbuild reads YAML with libyaml, which never uses that pattern, and reads a
file with the pure-Python reader only when libyaml is missing or rejects it (yamlsrc._compose). So
``yaml.reader`` is executed with ``re.compile`` giving a ``LazyPattern``, which compiles the pattern when
anything of it is first read (``search``, ``match``, ``pattern``...) and then answers as the compiled one.
``watch()`` puts the finder that does it first in ``sys.meta_path``; it takes itself out once the module is
imported, and leaves a module imported already as it is.
"""

from __future__ import annotations

import sys

LAZY_MODULES = frozenset({"yaml.reader", "platform", "reportlab.lib.rl_safe_eval"})
"""Also: the standard library's ``platform`` (nine patterns, 1.7 ms; reportlab imports it to ask whether this is
PyPy, which reads one of them) and reportlab's safe evaluator (one pattern of every name it refuses, 1.7 ms; used
only when it evaluates an expression, which a build never asks): together about 3 ms of every build's start."""


class LazyPattern:
    """A pattern compiled when first used: every attribute is the compiled pattern's."""

    __slots__ = ("_source", "_flags", "_compiled")

    def __init__(self, source, flags=0):
        self._source, self._flags, self._compiled = source, flags, None

    def compiled(self):
        """Return the compiled pattern (compiled now, the first time)."""
        if self._compiled is None:
            import re

            self._compiled = re.compile(self._source, self._flags)
        return self._compiled

    def __getattr__(self, name: str):
        return getattr(self.compiled(), name)


class _Loader:
    """Executes a module with ``re.compile`` giving LazyPatterns; otherwise its own loader."""

    def __init__(self, loader):
        self.loader = loader

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module) -> None:
        import re

        real = re.compile
        re.compile = LazyPattern  # (only while the module runs: nothing else compiles in the meantime)
        try:
            self.loader.exec_module(module)
        finally:
            re.compile = real

    def __getattr__(self, name: str):
        return getattr(self.loader, name)


class _Finder:
    """Finds the modules of LAZY_MODULES as the path finder does, with _Loader as their loader."""

    def __init__(self, names):
        self.left = set(names)

    def find_spec(self, fullname: str, path=None, target=None):
        if fullname not in self.left:
            return None
        from importlib.machinery import PathFinder

        self.left.discard(fullname)
        if not self.left and self in sys.meta_path:
            sys.meta_path.remove(self)
        spec = PathFinder.find_spec(fullname, path, target)
        if spec is not None and spec.loader is not None and hasattr(spec.loader, "exec_module"):
            spec.loader = _Loader(spec.loader)
        return spec


def watch() -> None:
    """Have the modules of LAZY_MODULES not imported yet compile their patterns when first used."""
    left = [name for name in LAZY_MODULES if name not in sys.modules]
    if not left or any(type(f) is _Finder for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _Finder(left))
