"""Limits that keep layout finite: sizes a slide or a page cannot hold are errors naming the style key,
and every laid-out coordinate is checked to be a finite number before anything is painted.
"""

from __future__ import annotations

from collections.abc import Callable
import math
from dataclasses import fields, is_dataclass, replace
from operator import attrgetter

from deckbuild.diagnostics import Diagnostics
from deckbuild.layout.boxes import Cell, ChartBox, Fragment, Line, Marker, Paragraph, Rect, Rule, TableBox, TextFrame
from deckbuild.layout.common import BODY_SPACING, Grid
from deckbuild.style import Style

HANDOUT_SPACING = 1.3  # the line spacing of notes in the handout (HandoutComposer.ts)
SKIPPED = frozenset({"model", "slide", "extra", "runs", "run", "face", "shape", "owner", "series"})  # fields that hold no geometry of their own


def room_for_content(style: Style, grid: Grid, diags: Diagnostics) -> bool:
    """Return True when *style* leaves room for content on a slide and text on a handout page.

    Otherwise report an error at the size that takes the room (the title or the footer on slides, the
    notes size in the handout) and return False: nothing could be laid out sensibly at those sizes.
    """
    sz = style.sizes
    need = sz.min_body * BODY_SPACING
    ok = True
    if style.template_info is None and grid.body_h < need:
        title_room, footer_room = grid.body_top, grid.height - grid.body_bottom
        key = "footer" if footer_room > title_room else "title"
        diags.error(style.pos("sizes", key),
                    f"sizes: title {sz.title:g}pt and footer {sz.footer:g}pt leave {max(grid.body_h, 0):.0f}pt for "
                    f"the content of a {grid.width:g}×{grid.height:g}pt slide, which needs at least {need:.0f}pt "
                    f"(one line at min_body {sz.min_body:g}pt)",
                    f"make sizes.{key} smaller" + (" (10–14pt suits footers)" if key == "footer"
                                                   else " (28–44pt suits titles)"))
        ok = False
    if style.handout.notes:
        _, page_h = style.handout.page_size
        room = page_h - 2 * style.handout.margins
        if sz.notes * HANDOUT_SPACING > room:
            diags.error(style.pos("sizes", "notes"),
                        f"sizes: a line of notes at {sz.notes:g}pt ({sz.notes * HANDOUT_SPACING:.0f}pt with its "
                        f"spacing) is taller than the handout page's {max(room, 0):.0f}pt of room", "make sizes.notes smaller (9–12pt suits handouts)")
            ok = False
    return ok


def non_finite(obj, path: str = "", depth: int = 0) -> str | None:
    """Return where (a dotted path) *obj* — a box, a page, or a tuple of them — holds a number that is
    not finite (infinite or NaN), or None when all are finite."""
    if depth > 12:
        return None
    if isinstance(obj, float):
        return None if math.isfinite(obj) else path or "value"
    if isinstance(obj, tuple):
        for i, item in enumerate(obj):
            if isinstance(item, (float, tuple)) or type(item) in _FIELDS or is_dataclass(item):
                found = non_finite(item, f"{path}[{i}]", depth + 1)
                if found:
                    return found
        return None
    names = _FIELDS.get(type(obj))
    if names is None:
        if not is_dataclass(obj) or isinstance(obj, type):
            return None
        names = _FIELDS[type(obj)] = tuple(f.name for f in fields(obj) if f.name not in SKIPPED)
    for name in names:
        value = getattr(obj, name)
        if isinstance(value, float):
            if not math.isfinite(value):
                return f"{path}.{type(obj).__name__}.{name}"
        elif value is not None and not isinstance(value, (str, int, bytes)):
            found = non_finite(value, f"{path}.{type(obj).__name__}.{name}", depth + 1)
            if found:
                return found
    return None


_FIELDS: dict[type, tuple[str, ...]] = {}
_ATOMS = (str, int, bytes, type(None))
_PLAIN = frozenset({str, int, bool, type(None)})  # the atoms met most, told by their exact type
_VALUES: dict[type, Callable | None] = {}  # dataclass → its checked fields' values as a tuple (None: a non-dataclass)


def _values_of(kind: type, item) -> Callable | None:
    """Return a function giving the values of *item*'s fields that may hold geometry (None when it has none)."""
    if kind in _VALUES:
        return _VALUES[kind]
    getter = None
    if is_dataclass(item) and not isinstance(item, type):
        names = _FIELDS.get(kind) or tuple(f.name for f in fields(item) if f.name not in SKIPPED)
        _FIELDS[kind] = names
        if len(names) == 1:
            one = attrgetter(names[0])
            getter = lambda obj: (one(obj),)  # noqa: E731 - attrgetter of one name gives the bare value
        elif names:
            getter = attrgetter(*names)
        else:
            getter = lambda obj: ()  # noqa: E731
    _VALUES[kind] = getter
    return getter


def all_finite(obj) -> bool:
    """Return True when every number in *obj* (boxes, pages, tuples of them) is finite: the quick walk,
    without the names ``non_finite`` builds."""
    isfinite, plain, values_of = math.isfinite, _PLAIN, _VALUES
    stack = [obj]
    pop, push, extend = stack.pop, stack.append, stack.extend
    while stack:
        item = pop()
        kind = type(item)
        if kind is float:
            if not isfinite(item):
                return False
            continue
        if kind is tuple or kind is list:
            extend(item)
            continue
        getter = values_of[kind] if kind in values_of else _values_of(kind, item)
        if getter is None:
            continue
        for value in getter(item):
            vkind = type(value)
            if vkind is float:
                if not isfinite(value):
                    return False
            elif vkind is tuple:
                extend(value)
            elif vkind not in plain and not isinstance(value, _ATOMS):
                push(value)
    return True


def quick_finite(page) -> bool:
    """Return True when adding up every number ``all_finite`` checks on *page* gives a finite sum (then each
    is finite: an infinity or a NaN anywhere makes the sum one). False says nothing: ``all_finite`` then walks
    the page. Text frames, rectangles and rules (also a table's cells and a chart's drawing) are added up field
    by field, each of its own class and with text where text belongs (else: False); the other fields of a
    table or chart, and a box of another kind, are walked. The usual page is answered without the walk's
    stack of every value."""
    try:
        return math.isfinite(page.width + page.height + _boxes_total(page.boxes))
    except (_Walk, TypeError, ValueError, ArithmeticError, AttributeError):  # not numbers where numbers belong
        return False


class _Walk(Exception):
    """A box that ``quick_finite`` cannot answer for: the page is walked."""


_TEXT, _MAYBE = str, (str, type(None))


def _boxes_total(boxes) -> float:
    """Return the sum of the numbers of *boxes* (see quick_finite); raise _Walk for one it cannot add up."""
    if type(boxes) is not tuple:
        raise _Walk
    text, maybe = _TEXT, _MAYBE
    total = 0.0
    for box in boxes:
        kind = type(box)
        if kind is TextFrame:
            total += _frame_total(box)
        elif kind is Rect:
            if not (type(box.fill) in maybe and type(box.line) in maybe and type(box.name) is text
                    and type(box.geom) is text):
                raise _Walk
            total += box.x + box.y + box.w + box.h + box.line_width
        elif kind is Rule:
            if type(box.color) is not text:
                raise _Walk
            total += box.x1 + box.y1 + box.x2 + box.y2 + box.width
        elif kind is ChartBox:  # its drawing added up, its other fields walked
            if not all_finite(replace(box, drawing=())):
                raise _Walk
            total += _boxes_total(box.drawing)
        elif kind is TableBox:  # its cells' frames added up, its other fields walked
            if not (type(box.cells) is tuple and all_finite(replace(box, cells=()))):
                raise _Walk
            for row in box.cells:
                if type(row) is not tuple:
                    raise _Walk
                for cell in row:
                    if not (type(cell) is Cell and type(cell.fill) in maybe):
                        raise _Walk
                    total += cell.margin + _frame_total(cell.frame)
        elif not all_finite(box):
            raise _Walk
    return total


def _frame_total(box) -> float:
    """Return the sum of the numbers of the text frame *box*; raise _Walk where it holds what it should not."""
    text, maybe = _TEXT, _MAYBE
    if not (type(box) is TextFrame and type(box.role) is text and type(box.anchor) is text
            and type(box.placeholder) in maybe):
        raise _Walk
    total = box.x + box.y + box.w + box.h + box.content_height + box.rotation
    for p in box.paragraphs:
        if not (type(p) is Paragraph and type(p.align) is text and type(p.lang) in maybe and type(p.tag) is text):
            raise _Walk
        total += p.level + p.size + p.line_height + p.space_before + p.margin_left + p.indent + p.top + p.rtl
        marker = p.marker
        if marker is not None:
            if not (type(marker) is Marker and type(marker.char) is text and type(marker.color) is text):
                raise _Walk
            total += marker.size + marker.x
        lines = p.lines
        if type(lines) is not tuple and not lines.made:
            continue  # handout text kept by an earlier build, not read back (handout/kept.py): checked when set
        for line in lines:
            if type(line) is not Line:
                raise _Walk
            total += line.baseline + line.width
            for frag in line.frags:
                if not (type(frag) is Fragment and type(frag.text) is text):
                    raise _Walk
                total += frag.x + frag.width + frag.rtl
    return total


def assert_finite(pages, deck_name: str, what: str = "slide") -> None:
    """Raise AssertionError (an internal error: exit 70) naming the deck and page when a page of *pages*
    has a coordinate or size that is not a finite number. Bad input must have been reported before."""
    for index, page in enumerate(pages, 1):
        if quick_finite(page) or all_finite((page.width, page.height, page.boxes)):
            continue
        found = non_finite(page.width, "width") or non_finite(page.height, "height") or non_finite(page.boxes,
                                                                                                   "boxes")
        if found:
            number = getattr(page, "number", 0) or index
            raise AssertionError(f"deck '{deck_name}', {what} {number}: laid out with a number that is not "
                                 f"finite ({found})")
