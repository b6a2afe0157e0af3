"""Syntax highlighting with Pygments: code → lines of coloured pieces, colours from the style's ``code:``.

A token's colour is the style's own for its token type (``code.colors``, e.g. ``keyword`` or
``name.function``), else the Pygments theme's (``code.theme``), else the code's text colour; the
nearest ancestor token type that has one wins (``keyword.constant`` falls back to ``keyword``).
Pygments is imported on first use only.
"""

from __future__ import annotations

from functools import lru_cache

from deckbuild.records import record

ALIASES = {"string": "literal.string", "number": "literal.number", "date": "literal.date"}
"""Short names for token types, as themes usually call them."""


@record(frozen=True)
class Piece:
    text: str
    color: str
    bold: bool = False
    italic: bool = False


def token_name(key: str) -> str:
    """Return the Pygments token type name (``Keyword.Constant``) of a style key (``keyword.constant``)."""
    key = key.strip().lower()
    for short, full in ALIASES.items():
        if key == short or key.startswith(short + "."):
            key = full + key[len(short):]
    return ".".join(part.capitalize() for part in key.split("."))


@lru_cache(maxsize=1)
def token_keys() -> tuple[str, ...]:
    """Return every standard token type as a style key (``keyword``, ``name.function``, ``string.doc``…)."""
    from pygments.token import STANDARD_TYPES

    keys = set()
    for ttype in STANDARD_TYPES:
        name = str(ttype).split(".", 1)[1].lower() if "." in str(ttype) else ""
        if not name:
            continue
        keys.add(name)
        for short, full in ALIASES.items():
            if name == full or name.startswith(full + "."):
                keys.add(short + name[len(full):])
    return tuple(sorted(keys))


def theme_names() -> list[str]:
    from pygments.styles import get_all_styles

    return sorted(get_all_styles())


@lru_cache(maxsize=64)
def _colors(theme: str, overrides: tuple[tuple[str, str], ...], text: str):
    """Return a function: token type → (colour, bold, italic), cached per token type."""
    from pygments.styles import get_style_by_name
    from pygments.token import string_to_tokentype

    try:
        pstyle = get_style_by_name(theme)
    except Exception:  # noqa: BLE001 - an unknown theme was reported when the style was read
        pstyle = get_style_by_name("default")
    own = {string_to_tokentype(token_name(k)): v for k, v in overrides}
    cache: dict = {}

    def lookup(ttype):
        found = cache.get(ttype)
        if found is None:
            info = pstyle.style_for_token(ttype)
            color = None
            t = ttype
            while t is not None:
                if t in own:
                    color = own[t]
                    break
                t = t.parent
            found = cache[ttype] = ((color or info.get("color") or text).upper(), bool(info.get("bold")),
                                    bool(info.get("italic")))
        return found

    return lookup


@lru_cache(maxsize=256)
def highlight(code: str, lang: str, theme: str, overrides: tuple[tuple[str, str], ...],
              text: str) -> tuple[tuple[Piece, ...], ...]:
    """Return *code* as lines of coloured pieces (exact spaces kept; white space takes the colour before it)."""
    from pygments.lexers import get_lexer_by_name

    try:
        lexer = get_lexer_by_name(lang, stripnl=False, stripall=False, ensurenl=False, tabsize=4)
    except Exception:  # noqa: BLE001 - an unknown language was reported when the outline was read
        lexer = get_lexer_by_name("text", stripnl=False, ensurenl=False)
    colors = _colors(theme, overrides, text)
    lines: list[list[Piece]] = [[]]
    for ttype, value in lexer.get_tokens(code):
        color, bold, italic = colors(ttype)
        for k, part in enumerate(value.split("\n")):
            if k:
                lines.append([])
            if not part:
                continue
            line = lines[-1]
            if not part.strip() and line:  # white space: no colour of its own, so it never splits a run
                prev = line[-1]
                line[-1] = Piece(prev.text + part, prev.color, prev.bold, prev.italic)
            elif line and (line[-1].color, line[-1].bold, line[-1].italic) == (color, bold, italic):
                prev = line[-1]
                line[-1] = Piece(prev.text + part, color, bold, italic)
            else:
                line.append(Piece(part, color, bold, italic))
    want = code.count("\n") + 1
    while len(lines) < want:
        lines.append([])
    return tuple(tuple(line) for line in lines[:want])
