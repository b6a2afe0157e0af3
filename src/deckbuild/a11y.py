"""The accessibility check (``deckbuild check --a11y``, also part of ``--strict``), run on the laid-out pages.

It reports, as warnings positioned at the outline or style line that causes them:

- colour pairs below WCAG AA contrast (4.5:1, or 3:1 for large text), each text colour measured on the
  fill actually painted behind it (slide background, panels, table cells, bars, pie slices);
- images without alt text (``alt: ""`` with ``decorative: true`` marks an ornament);
- slide titles used twice;
- text below the deck's size floor (10 pt);
- reading-order problems: the title not first, sources or footer before the content, content out of
  visual order.

Missing alt text is reported by every build (``missing_alt``); the rest only when asked for.
"""

from __future__ import annotations

from deckbuild import markup
from deckbuild.a11y_colors import color_origin, fill_at, frame_runs
from deckbuild.contrast import is_large, ratio, required
from deckbuild.diagnostics import Diagnostic, Pos, WARNING
from deckbuild.layout.boxes import ChartBox, Formula, Rect, Rule, TableBox, TextFrame

SIZE_FLOOR = 10.0  # points: the smallest text a deck should show
DECORATIVE = (Rect, Rule)
TAIL_ROLES = ("sources", "footer")


def check_deck(deck, pages, style) -> list[Diagnostic]:
    """Return every accessibility finding of *deck* laid out as *pages* with *style*."""
    out = missing_alt(deck)
    out += contrast_findings(pages, style)
    out += duplicate_titles(pages)
    out += small_text(pages, style)
    out += reading_order(pages)
    return out


def _warn(pos: Pos | None, message: str, hint: str | None = None) -> Diagnostic:
    return Diagnostic(pos or Pos("<deck>", 1, 1), WARNING, message, hint)


def _slides(deck):
    for section in deck.sections:
        yield from section.slides


def missing_alt(deck) -> list[Diagnostic]:
    """Return a warning for every image without alt text, and for alt text that contradicts ``decorative``."""
    out = []
    for slide in _slides(deck):
        image = slide.image
        if image is None:
            continue
        name = image.path.name
        if image.decorative:
            if image.alt:
                out.append(_warn(image.pos, f"image '{name}' is marked decorative but has alt text",
                                 "screen readers skip decorative images: remove the alt text or 'decorative: true'"))
        elif image.alt is None:
            out.append(_warn(image.pos, f"image '{name}' has no alt text",
                             "add 'alt:' saying what it shows, or alt: \"\" with decorative: true for an ornament"))
        elif not image.alt.strip():
            out.append(_warn(image.pos, f"image '{name}' has empty alt text but is not marked decorative",
                             "describe it in 'alt:', or add 'decorative: true' if it is an ornament"))
    return out


def code_contrast(style) -> list[Diagnostic]:
    """Return a warning for every code colour the style sets that fails AA on the code panel or highlight band.

    Listings shrink down to ``sizes.min_body`` to fit, so the colours are judged at that size.
    """
    size = min(style.code.size, style.sizes.min_body)
    need = required(size)
    out = []
    fgs = [("code.text", style.code.text, style.pos("code", "text")),
           ("code.line_numbers", style.code.line_numbers, style.pos("code", "line_numbers"))]
    fgs += [(f"code.colors.{k}", v, style.pos("code", "colors", k)) for k, v in style.code.colors]
    for key, fg, pos in fgs:
        for bg_key, bg in (("code.background", style.code.background), ("code.highlight", style.code.highlight)):
            fg, bg = fg.lstrip("#").upper(), bg.lstrip("#").upper()
            if ratio(fg, bg) < need - 1e-9:
                out.append(_warn(pos, f"code colour #{fg} ({key}) on #{bg} ({bg_key}) has contrast "
                                 f"{ratio(fg, bg):.2f}:1, below the {need:g}:1 WCAG AA needs for code at "
                                 f"{size:g} pt (listings shrink to sizes.min_body)",
                                 f"darken or lighten {key} until it reaches {need:g}:1"))
    return out


def contrast_findings(pages, style) -> list[Diagnostic]:
    """Return one warning per (text colour, background, size class) below WCAG AA, at the colour's style line."""
    out = code_contrast(style)
    reported = {(d.message.split("#")[1][:6], d.message.split("#")[2][:6]) for d in out}
    seen: dict[tuple, list] = {}
    for page in pages:
        for fg, bg, size, bold, role, bg_name in _text_on_fills(page):
            need = required(size, bold)
            if ratio(fg, bg) >= need - 1e-9 or (fg, bg) in reported:
                continue
            key = (fg, bg, need)
            if key in seen:
                seen[key][1].add(page.number)
                continue
            seen[key] = [(role, size, bold, bg_name, page), {page.number}]
    for (fg, bg, need), ((role, size, bold, bg_name, page), numbers) in seen.items():
        key, pos = color_origin(style, fg, role)
        where = _where(page, numbers)
        kind = "large text" if is_large(size, bold) else "text below 18 pt (14 pt bold)"
        out.append(_warn(pos, f"{role} colour #{fg} ({key}) on #{bg} ({bg_name}) has contrast "
                         f"{ratio(fg, bg):.2f}:1, below the {need:g}:1 WCAG AA needs for {kind} ({where})",
                         f"darken or lighten {key} until it reaches {need:g}:1"))
    return out


def _where(page, numbers: set) -> str:
    shown = sorted(n for n in numbers if n)
    if not shown:
        return "in the handout"
    more = f" and {len(shown) - 1} more" if len(shown) > 1 else ""
    return f"slide {shown[0]}{more}"


def _text_on_fills(page):
    """Yield (text colour, fill behind it, size, bold, role, fill's name) for every run of *page*."""
    fills: list = []  # filled shapes painted so far, in paint order
    for box in page.boxes:
        yield from _box_text(box, fills, page)


def _box_text(box, fills, page):
    if isinstance(box, Rect) and box.fill:
        fills.append(box)
    elif isinstance(box, TextFrame):
        for fg, size, bold, x, y in frame_runs(box):
            bg, name = fill_at(fills, x, y, page.background, size)
            yield fg, bg, size, bold, box.role, name
    elif isinstance(box, TableBox):
        for row in box.cells:
            for cell in row:
                for fg, size, bold, x, y in frame_runs(cell.frame):
                    bg, name = (cell.fill, "table cell") if cell.fill else fill_at(fills, x, y, page.background, size)
                    yield fg, bg, size, bold, "table", name
    elif isinstance(box, ChartBox):
        inner = list(fills)
        for part in box.drawing:
            if getattr(part, "fill", None) is not None and not isinstance(part, (TextFrame, Rule)):
                inner.append(part)
            elif isinstance(part, TextFrame):
                for fg, size, bold, x, y in frame_runs(part):
                    bg, name = fill_at(inner, x, y, page.background, size)
                    yield fg, bg, size, bold, "chart label", name
    elif isinstance(box, Formula):
        bg, name = fill_at(fills, box.x + box.w / 2, box.y + box.h / 2, page.background)
        yield box.color, bg, box.size, False, "formula", name


def duplicate_titles(pages) -> list[Diagnostic]:
    """Return a warning for every deck slide whose title an earlier slide already has."""
    first: dict[str, int] = {}
    out = []
    for page in pages:
        if not page.in_deck:
            continue
        title = " ".join(markup.plain(page.title).split()).casefold()
        if title in first:
            out.append(_warn(page.pos, f"slide {page.number} has the same title as slide {first[title]} "
                             f"('{markup.plain(page.title)}')",
                             "screen-reader users move between slides by title: give each slide its own"))
        else:
            first[title] = page.number
    return out


def small_text(pages, style) -> list[Diagnostic]:
    """Return a warning per deck slide with text below the size floor; one per style size when it is one."""
    named = {getattr(style.sizes, k): k for k in ("footer", "sources", "notes", "min_body", "body")}
    found: dict = {}  # position → (size, role, key, slide numbers)
    for page in pages:
        if not page.in_deck:
            continue
        sizes = [(size, box) for box in _frames(page.boxes) for _fg, size, _b, _x, _y in frame_runs(box)]
        sizes += [(b.font_size, b) for b in page.boxes if isinstance(b, ChartBox)]
        small = [(s, b) for s, b in sizes if s < SIZE_FLOOR - 1e-6]
        if not small:
            continue
        size, box = min(small, key=lambda sb: sb[0])
        key = named.get(size)
        pos = style.pos("sizes", key) if key else page.pos
        found.setdefault(pos, (size, getattr(box, "role", "chart"), key, []))[3].append(page.number)
    out = []
    for pos, (size, role, key, numbers) in found.items():
        more = f" and {len(numbers) - 1} more" if len(numbers) > 1 else ""
        out.append(_warn(pos, f"slide {numbers[0]}{more} has text at {size:g} pt ({role}), below the "
                         f"{SIZE_FLOOR:g} pt floor",
                         f"set sizes.{key} to {SIZE_FLOOR:g} or more" if key else
                         "shorten the slide's text or split it, so that it need not shrink"))
    return out


def _frames(boxes):
    for box in boxes:
        if isinstance(box, TextFrame):
            yield box
        elif isinstance(box, TableBox):
            yield from (cell.frame for row in box.cells for cell in row)
        elif isinstance(box, ChartBox):
            yield from (part for part in box.drawing if isinstance(part, TextFrame))


def reading_order(pages) -> list[Diagnostic]:
    """Return a warning per deck slide whose shapes, in reading order, are not title, content, sources, footer."""
    out = []
    for page in pages:
        if not page.in_deck:
            continue
        problem = order_problem(page.boxes)
        if problem:
            out.append(_warn(page.pos, f"slide {page.number} reading order: {problem}",
                             "screen readers read shapes in this order"))
    return out


def order_problem(boxes) -> str | None:
    """Return what is wrong with the reading order of *boxes* (decorative shapes skipped), or None."""
    readable = [b for b in boxes if not isinstance(b, DECORATIVE) and not getattr(b, "decorative", False)]
    roles = [b.role if isinstance(b, TextFrame) else "content" for b in readable]
    if "title" in roles and roles[0] != "title":
        return f"the title comes after the {roles[0]}"
    seen_tail = None
    for role in roles:
        if role in TAIL_ROLES:
            seen_tail = seen_tail or role
        elif seen_tail and role != "formula":
            return f"the {role} comes after the {seen_tail}"
    if roles.count("footer") and roles.index("footer") < max(i for i, r in enumerate(roles) if r in TAIL_ROLES):
        return "the footer comes before the sources"
    body = [b for b in readable if isinstance(b, TextFrame) and b.role == "body"]
    for a, b in zip(body, body[1:]):
        if b.y + b.h <= a.y + 0.5 and b.x < a.x + a.w and a.x < b.x + b.w:
            return "a text box above another is read after it"
    return None
