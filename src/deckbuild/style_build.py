"""Making the typed Style from a style's merged values: the template's size, colours and fonts where the style
keeps the built-in defaults, and the checks of values that contradict each other or name unknown things."""

from __future__ import annotations

import string

from deckbuild import picture_schema
from deckbuild.diagnostics import Diagnostics, Pos, did_you_mean, one_of
from deckbuild.schema import Values
from deckbuild.schema_core import INVALID
from deckbuild.style import BUILTIN_DIR, FOOTER_FIELDS, Style, is_builtin
from deckbuild.style_keys import typed
from deckbuild.yamlsrc import display_path

SOURCES_FLOOR = 12.0  # points: the smallest sources line a projected slide can show


def merge(base: Values, over: Values) -> Values:
    """Return *base* with *over* laid on top, key by key, keeping positions of the winning values."""
    out = Values(over.pos)
    out.update(base)
    out.key_pos.update(base.key_pos)
    out.value_pos.update(base.value_pos)
    for key, value in over.items():
        if isinstance(value, Values) and isinstance(base.get(key), Values):
            out[key] = merge(base[key], value)
        else:
            out[key] = value
        if key in over.key_pos:
            out.key_pos[key] = over.key_pos[key]
            out.value_pos[key] = over.value_pos[key]
    return out


def check_footer(template: str, pos: Pos, diags: Diagnostics) -> bool:
    """Return True when the footer *template* only uses known fields, reporting the others."""
    ok = True
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        diags.error(pos, f"footer: {exc}", "write a literal brace as {{ or }}")
        return False
    for _literal, name, _spec, _conv in parsed:
        if name is not None and name not in FOOTER_FIELDS:
            diags.error(pos, f"footer uses unknown field '{{{name}}}'",
                        did_you_mean(name, FOOTER_FIELDS) or one_of(FOOTER_FIELDS))
            ok = False
    return ok


def _theme_to_style() -> dict[str, str]:
    """Return style colour → the template theme slot it is read from (template.STYLE_COLOR_OF_SLOT, the one
    table the deck's theme is also written from)."""
    from deckbuild.template_info import TEMPLATE_COLORS, slot_of_color

    return {name: slot_of_color(name) for name in TEMPLATE_COLORS}


THEME_TO_STYLE = _theme_to_style()


def from_template(values: Values, info, diags: Diagnostics) -> Values:
    """Return *values* with the template's slide size, and its theme colours and fonts wherever the
    style only has the built-in defaults (a value the user set always wins)."""
    over = Values(values.pos)
    slide = values["slide"]
    size = (round(info.width, 2), round(info.height, 2))
    if slide.get("size") != size:
        if not is_builtin(slide.at("size")):
            diags.warning(slide.at("size"), f"slide size {slide['size'][0]:g}×{slide['size'][1]:g}pt differs from "
                          f"the template's {size[0]:g}×{size[1]:g}pt; the template's is used",
                          "remove slide.size from the style")
        over["slide"] = Values(slide.pos)
        over["slide"]["size"] = size
    colors = Values(values["colors"].pos)
    for name, slot in THEME_TO_STYLE.items():
        if slot in info.colors and is_builtin(values["colors"].at(name)):
            colors[name] = info.colors[slot]
    if colors:
        over["colors"] = colors
    fonts = Values(values["fonts"].pos)
    for name, family in (("heading", info.major_font), ("body", info.minor_font)):
        if family and is_builtin(values["fonts"].at(name)):
            fonts[name] = family
    if fonts:
        over["fonts"] = fonts
    return merge(values, over)


def _users_pos(values: Values, *keys: str) -> Pos:
    """Return the position of the first of *keys* set outside the built-in styles (the user's own value)."""
    for key in keys:
        if not is_builtin(values.at(key)):
            return values.at(key)
    return values.at(keys[0])


def build_style(values: Values, name: str, diags: Diagnostics) -> Style | None:
    """Return the Style for fully merged *values*, reporting values that contradict each other."""
    sizes = values["sizes"]
    ok = True
    for small, big in (("min_body", "body"), ("min_title", "title")):
        if sizes[small] > sizes[big]:
            diags.error(_users_pos(sizes, small, big),
                        f"sizes: {small} ({sizes[small]:g}) is larger than {big} ({sizes[big]:g})",
                        f"make {small} at most {big}")
            ok = False
    if sizes["sources"] < SOURCES_FLOOR:
        diags.warning(values["sizes"].at("sources"), f"sizes: sources ({sizes['sources']:g}) is below "
                      f"{SOURCES_FLOOR:g} pt: a slide's sources line cannot be read when projected",
                      f"set sizes.sources to {SOURCES_FLOOR:g} or more (14 is the default)")
    ok = check_footer(values["footer"], values.at("footer"), diags) and ok
    ok = check_code(values.get("code") or Values(values.pos), diags) and ok
    background = picture_schema.style_background(values.get("background"), diags)  # pictures (issue 19)
    ok = ok and background is not INVALID
    if not ok:
        return None
    return typed(Style, values, name=name, positions=values, background=background)


def check_code(code: Values, diags: Diagnostics) -> bool:
    """Return True when the code theme and token types a style file sets are known to Pygments.

    The built-in styles' values are known good: Pygments is loaded only for a style that sets its own.
    """
    from deckbuild import highlight

    ok = True
    if "theme" in code and _set_by_user(code.at("theme")):
        names = highlight.theme_names()
        if code["theme"] not in names:
            diags.error(code.at("theme"), f"unknown code theme '{code['theme']}'",
                        did_you_mean(code["theme"], names) or one_of(names))
            ok = False
    colors = code.get("colors")
    if isinstance(colors, Values):
        for key in colors:
            if _set_by_user(colors.key_pos.get(key, colors.pos)) and key.lower() not in highlight.token_keys():
                diags.error(colors.key_pos.get(key, colors.pos), f"unknown token type '{key}' in code.colors",
                            did_you_mean(key.lower(), highlight.token_keys())
                            or "use Pygments token types such as keyword, string, comment, number, name.function")
                ok = False
    return ok


def _set_by_user(pos: Pos) -> bool:
    return not pos.path.startswith(display_path(BUILTIN_DIR)) and not pos.path.startswith(str(BUILTIN_DIR))
