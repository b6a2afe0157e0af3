"""A PowerPoint template as plain data (what template.py reads): slide size, layouts with their
placeholder geometry, the pictures and fill behind them, theme colours and fonts; and the table of which
style colour fills which theme slot.

The layout stage works from these values only; it never imports the template reader or python-pptx.
"""

from __future__ import annotations

from pathlib import Path

from deckbuild.records import field, record

THEME_SLOTS = ("dk1", "lt1", "dk2", "lt2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6",
               "hlink", "folHlink")

# THE theme-slot table: theme slot → the style colour it holds. render.pptx writes the deck's theme from it
# (the handout follows), and style.from_template reads a template's colours through it (TEMPLATE_COLORS), so
# a template's accent1 becomes the style's accent and is written back into accent1.
STYLE_COLOR_OF_SLOT = {"dk1": "text", "lt1": "background", "dk2": "primary", "lt2": "surface", "accent1": "accent",
                       "accent2": "primary", "accent3": "muted", "hlink": "primary", "folHlink": "muted"}
# the style colours a template gives (muted stays the style's: a template's accent3 is a hue, not a grey)
TEMPLATE_COLORS = ("primary", "accent", "text", "background", "surface")


def slot_of_color(name: str) -> str:
    """Return the theme slot a template's style colour *name* is read from: its first slot in the table."""
    return next(slot for slot, color in STYLE_COLOR_OF_SLOT.items() if color == name)


@record(frozen=True)
class Box:
    """A rectangle in points, from a template's placeholder."""

    x: float
    y: float
    w: float
    h: float

    @property
    def area(self) -> float:
        return self.w * self.h


@record(frozen=True)
class TemplatePlaceholder:
    """A placeholder of a template's layout: its type, index and box."""

    type: str  # title, ctrTitle, subTitle, body, obj, pic, ftr, dt, sldNum, …
    idx: int
    box: Box


@record(frozen=True)
class TemplatePicture:
    """A picture a layout shows (its own, or its master's): *part* is its part name in the template package;
    *box* is None for a background picture, which fills the slide."""

    part: str
    box: Box | None = None


@record(frozen=True)
class TemplateArt:
    """What a layout shows behind the slide's own shapes: its background fill (RRGGBB, or a theme slot such
    as ``lt1``) and its pictures, in drawing order (background picture, master's, then the layout's)."""

    fill: str | None = None
    pictures: tuple[TemplatePicture, ...] = ()


@record(frozen=True)
class TemplateLayout:
    """A slide layout of a template: its name, its placeholders, and what it shows behind the slide's shapes."""

    name: str
    placeholders: tuple[TemplatePlaceholder, ...]
    art: TemplateArt = TemplateArt()

    def of(self, *types: str) -> list[TemplatePlaceholder]:
        """Return the placeholders of the given types, left to right, then top to bottom."""
        return sorted((p for p in self.placeholders if p.type in types), key=lambda p: (p.box.x, p.box.y))

    @property
    def title(self) -> TemplatePlaceholder | None:
        found = self.of("title", "ctrTitle")
        return found[0] if found else None

    @property
    def bodies(self) -> list[TemplatePlaceholder]:
        """Return the content placeholders: object placeholders when there are any, else body ones."""
        return self.of("obj") or self.of("body")

    def columns(self) -> list[TemplatePlaceholder]:
        """Return content placeholders that stand side by side as columns of similar size (maybe none)."""
        for types in (("obj",), ("body",), ("body", "obj")):
            found = self.of(*types)
            if len(found) < 2:
                continue
            big = max(p.box.area for p in found)
            similar = [p for p in found if p.box.area >= 0.6 * big]
            lane = similar[:1]
            for p in similar[1:]:
                if p.box.x >= lane[-1].box.x + lane[-1].box.w - 1:
                    lane.append(p)
            if len(lane) >= 2:
                return lane
        return []


@record(frozen=True)
class TemplateInfo:
    """What deckbuild reads from a template: its size, layouts, theme colours and fonts, and its slides."""

    path: Path
    width: float
    height: float
    layouts: tuple[TemplateLayout, ...]  # at least one: read_template refuses a template without
    colors: dict = field(default_factory=dict)  # theme slot → RRGGBB
    major_font: str | None = None
    minor_font: str | None = None
    slides: int = 0  # slides the template itself holds (removed when building)

    def layout(self, name: str) -> TemplateLayout | None:
        return next((lay for lay in self.layouts if lay.name == name), None)
