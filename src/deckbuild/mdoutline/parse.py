"""The markdown-it parser deckbuild reads Markdown section files with, and the syntax tree it gives."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt
    from mdit_py_plugins.attrs import attrs_plugin
    from mdit_py_plugins.container import container_plugin
    from mdit_py_plugins.dollarmath import dollarmath_plugin
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin

    md = MarkdownIt("commonmark", {"maxNesting": 40}).enable("table")
    md.use(front_matter_plugin).use(footnote_plugin).use(dollarmath_plugin, allow_space=True, double_inline=True)
    md.use(attrs_plugin).use(container_plugin, name="div", validate=lambda params, markup: bool(params.strip()))
    return md


def syntax_tree(text: str):
    """Return the markdown-it syntax tree of *text*."""
    from markdown_it.tree import SyntaxTreeNode

    return SyntaxTreeNode(_parser().parse(text))


def untie(tree) -> None:
    """Drop each node's link to its parent, so that the tree is freed when the last reference goes without
    waiting for the cyclic garbage collector (which a build pauses: scanning the trees of 21,000 slides took
    half the time of reading them)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        node.parent = None
        stack.extend(node.children)
