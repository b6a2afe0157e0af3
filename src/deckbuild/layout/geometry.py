"""Where things go on each kind of slide: the built-in grid, or a template's own layouts.

With a PowerPoint template, every slide kind is given the template layout whose placeholders suit it
(by placeholder types, or by name from the style's ``pptx.layouts``), and its title, body, subtitle
and footer frames come from that layout's placeholder geometry — so the text is fitted to the frames
PowerPoint will show, and the handout's miniatures follow the template.
"""

from __future__ import annotations

from deckbuild.records import record
from deckbuild.template_info import Box, TemplateInfo, TemplateLayout

BUILTIN_LAYOUTS = {"title": "Title Slide", "section": "Section Header", "bullets": "Title and Content",
                   "columns": "Two Content", "beside": "Two Content"}
TITLE_ONLY = "Title Only"
KINDS = ("title", "section", "bullets", "columns", "beside", "other")
KIND_WORDS = {"title": "the title slide", "section": "section header slides", "bullets": "bullets slides",
              "columns": "columns slides", "beside": "slides with a picture (or code) beside bullets",
              "other": "tables, charts, timelines, quotes, statements and pictures"}


@record(frozen=True)
class Frames:
    """The frames of one kind of slide, in points."""

    template_layout: str  # the name of the PowerPoint slide layout the painter builds the slide on
    title: Box
    content: Box  # the area for what the slide shows, under the title
    bodies: tuple[Box, ...] = ()  # the layout's content placeholders, left to right (columns use them)
    subtitle: Box | None = None
    footer: Box | None = None
    decorate: bool = True  # draw the style's own bands and rules (never over a template's design)


@record(frozen=True)
class Choice:
    """The layout a slide's frames come from, whether it is the one asked for, and a note when it is not."""

    layout: TemplateLayout
    exact: bool  # the layout has every placeholder this kind wants
    note: str  # what is missing and what is done instead, for reports and warnings


def slide_kind(kind: str, columns: int = 0, beside: bool = False) -> str:
    """Return the geometry kind of a slide kind: title, section, bullets, columns, beside or other."""
    if kind in ("title", "section", "bullets", "columns"):
        return kind
    return "beside" if beside else "other"


def choose(info: TemplateInfo, kind: str, names: dict[str, str] | None = None) -> Choice:
    """Return the template layout for geometry *kind*, by the style's name map or by placeholder types."""
    named = (names or {}).get(kind) or (names or {}).get("bullets" if kind == "beside" else kind)
    if named:
        layout = info.layout(named)
        if layout is not None:
            ok, note = _fits(layout, kind)
            return Choice(layout, ok, "" if ok else f"layout '{named}' {note}")
    scored = []
    for order, layout in enumerate(info.layouts):
        ok, _ = _fits(layout, kind)
        scored.append((ok, _score(layout, kind), -order, layout))
    ok, _score_, _order, best = max(scored, key=lambda item: item[:3])
    if ok:
        return Choice(best, True, "")
    _, why = _fits(best, kind)
    return Choice(best, False, f"no layout has what {KIND_WORDS[kind]} want; using '{best.name}', which {why}")


def _fits(layout: TemplateLayout, kind: str) -> tuple[bool, str]:
    bodies = layout.bodies
    if layout.title is None:
        return False, "has no title placeholder (the title becomes a text box)"
    if kind == "bullets" and not bodies:
        return False, "has no body placeholder (the bullets become a text box)"
    if kind in ("columns", "beside") and len(layout.columns()) < 2:
        return False, "has no two content placeholders side by side (the columns are drawn as text boxes)"
    if kind == "title" and not layout.of("subTitle", "body"):
        return False, "has no subtitle placeholder (the subtitle becomes a text box)"
    return True, ""


def _score(layout: TemplateLayout, kind: str) -> float:
    name, bodies = layout.name.lower(), layout.bodies
    score = 0.0
    if layout.title is not None:
        score += 10
    if kind == "title":
        score += 4 * bool(layout.of("ctrTitle")) + 2 * bool(layout.of("subTitle")) + 2 * ("title slide" in name)
    elif kind == "section":
        score += 4 * ("section" in name) + (len(bodies) == 1)
    elif kind == "bullets":
        score += 3 * (len(bodies) == 1) + ("content" in name) + max((b.box.area for b in bodies), default=0) / 1e6
    elif kind in ("columns", "beside"):
        score += 3 * (len(layout.columns()) == 2) + ("two" in name or "comparison" in name) + 1.5 * bool(bodies)
    else:
        score += 4 * (not bodies) + 2 * ("title only" in name)
    if kind != "title" and layout.of("ctrTitle"):
        score -= 2  # a title slide's layout suits only the title slide
    return score


def template_frames(info: TemplateInfo, choice: Choice, fallback: Frames) -> Frames:
    """Return the frames of *choice*'s layout, taking what the layout lacks from *fallback*."""
    layout = choice.layout
    title = layout.title.box if layout.title else fallback.title
    columns = layout.columns()
    bodies = tuple(p.box for p in (columns if columns else layout.bodies[:1]))
    footer = next((p.box for p in layout.of("ftr")), None) or fallback.footer
    subtitle = next((p.box for p in layout.of("subTitle")), None) or (bodies[0] if bodies else None)
    if bodies:
        left = min(b.x for b in bodies)
        content = Box(left, min(b.y for b in bodies), max(b.x + b.w for b in bodies) - left,
                      max(b.y + b.h for b in bodies) - min(b.y for b in bodies))
    else:  # under the title, down to the footer (or the slide's bottom margin)
        top = title.y + title.h + 12
        bottom = (footer.y - 8) if footer else info.height * 0.93
        content = Box(title.x, top, title.w, max(bottom - top, 36.0))
    return Frames(layout.name, title, content, bodies, subtitle, footer, decorate=False)


def describe(info: TemplateInfo, names: dict[str, str] | None = None) -> list[str]:
    """Return what the template offers for each slide kind and which fallback is used, one line each."""
    shape = "16:9" if abs(info.width / info.height - 16 / 9) < 0.02 else (
        "4:3" if abs(info.width / info.height - 4 / 3) < 0.02 else f"{info.width:g}×{info.height:g}pt")
    lines = [f"template {info.path.name}: {shape} ({info.width:g}×{info.height:g}pt), {len(info.layouts)} layouts, "
             f"{info.slides} slide(s) of its own (removed when building)"]
    if info.major_font or info.minor_font:
        lines.append(f"  theme fonts: headings {info.major_font or '—'}, body {info.minor_font or '—'}; "
                     f"colours: " + ", ".join(f"{k} #{v}" for k, v in info.colors.items() if k.startswith(("dk", "ac"))))
    for layout in info.layouts:
        kinds = ", ".join(p.type for p in layout.placeholders) or "no placeholders"
        lines.append(f"  layout '{layout.name}': {kinds}")
    for kind in KINDS:
        choice = choose(info, kind, names)
        status = "ok" if choice.exact else f"fallback — {choice.note}"
        lines.append(f"  {KIND_WORDS[kind]}: '{choice.layout.name}' ({status})")
    return lines


def template_layout(info: TemplateInfo, name: str | None) -> TemplateLayout:
    """Return the template layout a page named *name* is built on (as the PPTX painter picks it)."""
    return (info.layout(name or "") or info.layout(TITLE_ONLY) or info.layouts[0])


def template_underlay(style, layout_name: str | None, own_background: bool) -> tuple:
    """Return what the page's template layout shows behind the slide's shapes, for the handout to draw:
    its background (when the slide keeps it) and its master's and its own pictures, in drawing order."""
    from deckbuild.layout.boxes import Artwork, Rect
    from deckbuild.template_info import STYLE_COLOR_OF_SLOT, THEME_SLOTS

    info = style.template_info
    art = template_layout(info, layout_name).art
    out: list = []
    fill = art.fill
    if fill in THEME_SLOTS:  # the deck's theme gives these slots the style's colours
        slot = STYLE_COLOR_OF_SLOT.get(fill)
        fill = getattr(style.colors, slot) if slot else info.colors.get(fill)
    if own_background and fill:
        out.append(Rect(0.0, 0.0, info.width, info.height, fill, name="Background"))
    for picture in art.pictures:
        if picture.box is None:
            if own_background:
                out.append(Artwork(0.0, 0.0, info.width, info.height, info.path, picture.part))
        else:
            b = picture.box
            out.append(Artwork(b.x, b.y, b.w, b.h, info.path, picture.part))
    return tuple(out)


LOGO_SHARE = 0.2  # at most this share of the slide's width


def logo_box(style, footer_y: float, margin: float):
    """Return the style's logo as a Picture at the slide's bottom left, in the band under the content and
    beside the (right-aligned) footer, its aspect ratio kept; None without a logo or when it cannot be read."""
    from deckbuild.layout.boxes import Picture

    if style.logo is None:
        return None
    try:
        from PIL import Image

        with Image.open(style.logo) as image:
            px_w, px_h = image.size
    except Exception:  # noqa: BLE001 - the style stage reports a logo it cannot read
        return None
    if px_w <= 0 or px_h <= 0:
        return None
    h = max(style.height * 0.97 - footer_y, 8.0)
    w = h * px_w / px_h
    if w > style.width * LOGO_SHARE:
        w = style.width * LOGO_SHARE
        h = w * px_h / px_w
    y = style.height * 0.97 - h
    return Picture(round(margin, 2), round(y, 2), round(w, 2), round(h, 2), style.logo, alt="Logo", name="Logo")
