"""The outline keys of pictures: an image's size (``width``, ``height``, ``fit``, ``focus``), ``images:`` (a grid
of 2–6 pictures) and ``background:`` (a colour or a picture behind a slide).

``build_image`` turns a checked ``image:`` mapping into an Image: a web address is refused before any path is
made of it, an SVG is checked for safety (never fetched) and gives its ``<title>`` as alt text, GIF and WebP are
accepted (animated ones with a warning: slides show the first frame), and a JPEG's EXIF orientation is applied
to its pixel size.
"""

from __future__ import annotations

import re

import yaml

from deckbuild import images
from deckbuild.svg import check_svg, is_svg, render_problem
from deckbuild import model as m
from deckbuild.schema import Field, Record
from deckbuild.schema_core import INVALID, Spec, scalar
from deckbuild.schema_scalars import Choice, length_input
from deckbuild.units import parse_length

_PERCENT = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*%\s*$")
FITS = ("contain", "cover")
FOCUS_WORDS = {"center": (0.5, 0.5), "centre": (0.5, 0.5), "top": (0.5, 0.0), "bottom": (0.5, 1.0),
               "left": (0.0, 0.5), "right": (1.0, 0.5), "top left": (0.0, 0.0), "top right": (1.0, 0.0),
               "bottom left": (0.0, 1.0), "bottom right": (1.0, 1.0)}


def _percent(text: str) -> float | None:
    """Return the number of a percentage written like ``60%``, or None when *text* is not one."""
    match = _PERCENT.match(text)
    return float(match.group(1)) if match else None


def sizing(values, fit: str) -> dict:
    """Return how a picture of the checked *values* fills its box: ``fit`` (*fit* when not given) and ``focus``."""
    return dict(fit=values.get("fit", fit), focus=values.get("focus", (0.5, 0.5)))


class Extent(Spec):
    """A picture's width or height: a percentage of the content area (``60%``) or a length (``8cm``, ``3in``)."""

    doc = "a percentage of the content area (60%) or a length (8cm, 3in, 200pt)"

    def check(self, node, ctx, label):
        raw = scalar(node, ctx, label, "a percentage or a length")
        if raw is None:
            return INVALID
        value = _percent(raw)
        if value is not None:
            if not 1 <= value <= 100:
                ctx.error(node, f"{label} {raw.strip()} is not between 1% and 100%", "a percentage of the content area")
                return INVALID
            return (value, "%")
        try:
            value = parse_length(length_input(node, raw))
        except ValueError as exc:
            ctx.error(node, f"{label}: {exc}", "or give a percentage of the content area, like 60%")
            return INVALID
        if not 4 <= value <= 14400:  # NaN and infinity too
            ctx.error(node, f"{label} {raw.strip()} is not a usable picture size", "give between 4pt and 200in")
            return INVALID
        return (value, "pt")

    def json(self, defs):
        return self._json({"type": ["number", "string"],
                           "pattern": r"^\s*\d+(\.\d+)?\s*(%|pt|in|mm|cm|px)?\s*$"})


class Focus(Spec):
    """The point of a picture kept in view when ``fit: cover`` crops it: a word or two percentages."""

    doc = "center, top, bottom, left, right, 'top left'…, or 'X% Y%' from the top left corner"

    def check(self, node, ctx, label):
        raw = scalar(node, ctx, label, "a focus point")
        if raw is None:
            return INVALID
        word = " ".join(raw.lower().split())
        if word in FOCUS_WORDS:
            return FOCUS_WORDS[word]
        shares = [_percent(p) for p in word.split()]
        if len(shares) == 2 and None not in shares and max(shares) <= 100:
            return (shares[0] / 100, shares[1] / 100)
        ctx.error(node, f"{label} '{raw}' is not a focus point", "write center, top, 'top left', or '30% 70%'")
        return INVALID

    def json(self, defs):
        return self._json({"type": "string"})


IMAGE_SIZING = {
    "width": Field(Extent(), doc="60% of the content area, or a length such as 8cm"),
    "height": Field(Extent(), doc="a percentage of the content area, or a length"),
    "fit": Field(Choice(FITS), doc="contain (default): the whole picture; cover: fill the box, cropping"),
    "focus": Field(Focus(), doc="with fit: cover, the part kept in view (center, top, 'top left', '30% 70%')"),
}


def build_image(values, ctx, build_raster):
    """Return the Image of a checked ``image:`` mapping, or INVALID after reporting why it cannot be used.

    *build_raster* is the loader's own builder of PNG/JPEG/GIF/WebP images (containment, decoding, budgets).
    """
    from dataclasses import replace

    written = values["path"]
    pos = values.at("path")
    remote = images.remote_error(written)
    if remote is not None:
        ctx.diags.error(pos, remote.message, remote.hint)
        return INVALID
    path = ctx.base_dir / written
    fills = dict(box_w=values.get("width"), box_h=values.get("height"), **sizing(values, "contain"))
    if is_svg(path):
        size = _check_svg(path, written, pos, ctx)
        if size is None:
            return INVALID
        width, height, title = size
        ctx.refs.files.append(path.resolve())
        return m.Image(path=path.resolve(), alt=values.get("alt") or title, caption=values.get("caption"),
                       width=width, height=height, pos=pos, **fills)
    image = build_raster(values, ctx)
    if image is INVALID:
        return INVALID
    note, shown = images.raster_notes(path)
    if note:
        ctx.diags.warning(pos, f"image '{written}' {note}", "export the frame you want as PNG")
    width, height = shown or (image.width, image.height)
    return replace(image, width=width, height=height, **fills)


def _check_svg(path, written, pos, ctx):
    """Return (width, height, title) of a safe SVG inside the project, or None after reporting."""
    from deckbuild.images import check_image

    # containment and existence are the raster checks' own; an SVG is then read as text, never rendered here
    if not path.is_file() or not _inside(path, ctx.root):
        check_image(path, written, pos, ctx.root, ctx.diags)
        return None
    try:
        info = check_svg(path, written)
    except images.PictureError as exc:
        ctx.diags.error(pos, exc.message, exc.hint)
        return None
    except OSError:
        ctx.diags.error(pos, f"SVG '{written}' cannot be read", "is it a complete SVG file?")
        return None
    problem = render_problem(path)
    if problem is not None:
        ctx.diags.error(pos, f"SVG '{written}' cannot be drawn ({problem[:120]})", "open it in an editor and "
                        "re-save it as plain SVG")
        return None
    return max(1, round(info.width)), max(1, round(info.height)), info.alt


def _inside(path, root) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
    except ValueError:
        return False
    return True


class BackgroundSpec(Spec):
    """A slide background: ``"#RRGGBB"``, a picture's path, or ``{color, image, fit, focus}``."""

    doc = 'a colour ("#RRGGBB"), a picture (path), or {color, image, fit, focus}'

    def __init__(self, image_record: Record):
        self.image_record = image_record

    def check(self, node, ctx, label):
        from deckbuild.schema import Values
        from deckbuild.schema_scalars import Color

        if isinstance(node, yaml.ScalarNode):
            raw = node.value.strip()
            if raw.startswith("#") or re.fullmatch(r"[0-9a-fA-F]{6}", raw):
                color = Color().check(node, ctx, label)
                return INVALID if color is INVALID else m.Background(color=color, pos=ctx.pos(node))
            values = Values(ctx.pos(node))
            values["path"] = raw
            values.value_pos["path"] = ctx.pos(node)
            image = self.image_record.build(values, ctx)
            return INVALID if image is INVALID else m.Background(image=_covering(image), pos=ctx.pos(node))
        record = Record("background", {"color": Field(Color()), "image": Field(Text_()), **{
            k: IMAGE_SIZING[k] for k in ("fit", "focus")}})
        values = record.check(node, ctx, label)
        if values is INVALID:
            return INVALID
        image = None
        if "image" in values:
            sub = Values(values.pos)
            sub["path"] = values["image"]
            sub.value_pos["path"] = values.at("image")
            sub["fit"] = values.get("fit", "cover")
            if "focus" in values:
                sub["focus"] = values["focus"]
            image = self.image_record.build(sub, ctx)
            if image is INVALID:
                return INVALID
        return m.Background(color=values.get("color"), image=image, pos=values.pos)

    def json(self, defs):
        return self._json({"anyOf": [{"type": "string"}, {"type": "object", "properties": {
            "color": {"type": "string"}, "image": {"type": "string"}, "fit": {"enum": list(FITS)},
            "focus": {"type": "string"}}, "additionalProperties": False}]})


def _covering(image):
    """Return *image* filling its box unless told otherwise (a background picture covers the slide)."""
    from dataclasses import replace

    return image if image.fit != "contain" else replace(image, fit="cover")


def Text_():
    from deckbuild.schema_scalars import Text

    return Text()


STYLE_BACKGROUND = Record("style background", {
    "image": Field(Text_(), required=True, doc="a picture behind every slide, relative to the style file"),
    "fit": IMAGE_SIZING["fit"], "focus": IMAGE_SIZING["focus"]},
    doc="a picture behind every slide (the colour is colors.background)")


def style_background(values, diags):
    """Return the Image a style puts behind its slides, None when it has none, or INVALID after reporting."""
    from pathlib import Path

    from deckbuild.images import check_image
    from deckbuild.paths import project_root

    if not values or "image" not in values:
        return None
    path, pos = Path(values["image"]), values.at("image")
    shown = path.name
    remote = images.remote_error(str(values["image"]))
    if remote is not None:
        diags.error(pos, remote.message, remote.hint)
        return INVALID
    root = project_root(path)
    fills = dict(sizing(values, "cover"), pos=pos)
    if is_svg(path) and path.is_file():
        try:
            info = check_svg(path, shown)
        except images.PictureError as exc:
            diags.error(pos, exc.message, exc.hint)
            return INVALID
        return m.Image(path=path.resolve(), width=max(1, round(info.width)), height=max(1, round(info.height)),
                       **fills)
    size = check_image(path, shown, pos, root, diags)
    if size is None:
        return INVALID
    _note, shown_size = images.raster_notes(path)
    width, height = shown_size or size
    return m.Image(path=path.resolve(), width=width, height=height, **fills)
