"""The layout stage: a Deck and a Style become SlidePages of positioned boxes.

Nothing here imports python-pptx or reportlab; both painters draw these pages.
"""

from __future__ import annotations

from collections.abc import Callable

from deckbuild import markup
from deckbuild.diagnostics import Diagnostics, Pos
from deckbuild.layout import basic, chart, code, columns, figures, math, pictures, table, timeline
from deckbuild.layout.basic import section_slide, title_slide
from deckbuild.layout.bounds import assert_finite, room_for_content
from deckbuild.layout.box_new import new_slide_page
from deckbuild.layout.boxes import ChartBox, SlidePage
from deckbuild.layout.cache import LayoutCache
from deckbuild.layout.order import in_reading_order, with_formulas
from deckbuild.layout.math import inline_formulas
from deckbuild.layout.pictures import backdrop
from deckbuild.layout.common import Draft, SlideComposer
from deckbuild.layout.sources import slide_sources, sources_line
from deckbuild.layout.geometry import logo_box, template_underlay
from deckbuild.layout.text import Typesetter
from deckbuild.model import MEDIA, Deck, Slide
from deckbuild.style import Style, is_builtin


KINDS: dict[str, Callable] = {
    "bullets": basic.bullets_slide, "columns": columns.columns_slide, "quote": figures.quote_slide,
    "statement": figures.statement_slide, "image": figures.image_slide, "table": table.table_slide,
    "chart": chart.chart_slide, "timeline": timeline.timeline_slide, "code": code.code_slide,
    "math": math.math_slide, "images": pictures.images_slide,
}
"""The function laying out slides of each kind: (SlideComposer, Slide, Section) → list of Drafts."""


def kind_layout(kind: str) -> Callable:
    """Return the function laying out slides of *kind*."""
    return KINDS[kind]


def deck_to_pages(deck: Deck, style: Style, setter: Typesetter, diags: Diagnostics,
                  cache: LayoutCache | None = None) -> list[SlidePage]:
    """Return every slide of *deck* laid out with *style*, in deck order.

    Slides shown in the deck are numbered 1…N; a slide marked ``in: [handout]`` is laid out too (the
    handout shows it) but has no number and is not painted into the deck. Bullets marked ``in: [handout]``
    are left off the slide and travel as the page's ``extra`` text for the handout. With a *cache*, slides
    whose layout inputs are unchanged since the last build are taken from it.
    """
    L = SlideComposer(deck, style, setter, diags)
    if not room_for_content(style, L.grid, diags):
        return []
    drafts: list[Draft] = []
    made_from: list[str | None] = []  # each draft's identity (LayoutCache.identity and its place), None: uncached

    def add(new: list[Draft], media: tuple[str, ...], model=None, extra: tuple = (), ident: str | None = None) -> None:
        for d in new:
            d.media, d.model, d.extra = media, model, extra
        drafts.extend(new)
        made_from.extend(f"{ident}:{i}" if ident else None for i in range(len(new)))
        if "deck" in media:
            L.number += len(new)

    def laid_out(make, where, digest: str = "", key: tuple = ()) -> tuple[list[Draft], str | None]:
        """Return make()'s drafts, from the cache when the slide's *key* is unchanged (with its warnings), and
        their identity (None without a cache)."""
        key = (L.number, *key) if cache is not None and digest else None
        ident = cache.identity(digest, key) if key else None
        entry = cache.get(digest, key, again(make)) if key else None
        if entry is not None:
            diags.extend(entry[1])
            return entry[0], ident
        start = len(diags.items)
        new = make()
        _report_missing(setter, where, L.number, diags)
        if key:
            cache.put(digest, key, (new, diags.items[start:]))
        return new, ident

    def again(make):
        """Return a function laying the slide out again later, as *make* does now: numbered as now, its warnings
        (kept with its entry, and reported already) let go."""
        number = L.number

        def made() -> list[Draft]:
            kept = L.number, L.diags
            L.number, L.diags = number, Diagnostics()
            try:
                return make()
            finally:
                L.number, L.diags = kept

        return made

    add(*laid_out(lambda: [title_slide(L)], deck.pos)[:1], MEDIA)
    for index, section in enumerate(deck.sections, 1):
        if has_divider(style.divider, section):
            total = len(deck.sections)
            made, ident = laid_out(lambda section=section, index=index: [section_slide(L, section, index, total)],
                                   section.pos, section.digest,
                                   (section.pos.line, section.pos.col, "divider", index, total))
            add(made, section.media, section, ident=ident)
        for slide in section.slides:
            if slide.shown is None:  # a bug: layout is given the deck as audience.select made it
                raise ValueError(f"{slide.pos}: slide laid out before audience selection split its media")
            media, shown = slide.shown.media, slide.shown.deck
            if not media:
                diags.warning(slide.pos, f"slide '{markup.plain(slide.title)}' is in neither the deck nor the "
                              "handout", "its 'in:' excludes what its section's 'in:' allows")
                continue
            key = (slide.pos.line, slide.pos.col, section.title, repr([(s, L.cites.get(s), deck.sources[s])
                                                                         for s in slide_sources(shown)]),
                   repr(slide.image) if slide.image else "", repr((slide.images, slide.background)))
            made, ident = laid_out(lambda slide=slide, shown=shown, section=section:  # bound: may be called later
                                   kind_layout(slide.kind)(L, shown, section), slide.pos, section.digest, key)
            add(made, media, slide, slide.shown.extra, ident)
        if cache is not None:
            cache.section_laid_out(index, len(deck.sections))
    count = sum(1 for d in drafts if "deck" in d.media)
    logo = logo_box(style, L.grid.footer_y, L.grid.margin)
    facts = (count, deck.title, deck.subtitle, deck.author, deck.date)  # what footers print of the deck
    check = not diags.has_errors  # bad input is reported above; a number that is not finite now is a bug
    pages, number = [], 0
    for d, ident in zip(drafts, made_from):
        in_deck = "deck" in d.media
        number += in_deck
        footer = (L.footer_maker(number, count, d.section, d.title, d.footer_color, d.frames)
                  if d.kind != "title" and in_deck else None)
        painted, behind = backdrop(d.model, style.width, style.height,  # pictures: the slide's `background:`
                                   style.background if d.background is None else None)
        background = painted or d.background or style.colors.background
        boxes = page_boxes(d, footer, logo, behind, (deck.name, number, style) if check else None,
                           ident and keyed(ident, d, number, facts, cache))
        template_layout = d.frames.template_layout if d.frames else None
        underlay = (template_underlay(style, template_layout, background == style.colors.background)
                    if style.template_info is not None else ())
        pages.append(new_slide_page(number=number if in_deck else 0, kind=d.kind, title=d.title, width=style.width,
                                    height=style.height, background=background, underlay=underlay,
                                    own_background=background != style.colors.background,
                                    boxes=boxes, notes=notes_with_sources(d, deck, L.cites), details=d.details,
                                    section=d.section, pos=d.pos, continued=d.continued, sources=d.sources,
                                    media=d.media, extra=d.extra, printed=printed(d.model),
                                    template_layout=template_layout,
                                    reveal=in_deck and reveals(d.model, deck),
                                    lang=getattr(d.model, "lang", None) or deck.lang))
    _report_missing(setter, deck.pos, 0, diags)
    for family in dict.fromkeys((style.fonts.heading, style.fonts.body, style.fonts.mono)):
        setter.face(family)  # every family the style names, used or not: a slide read back asks for none
    _report_broken_fonts(style, setter, diags)
    for family, measured in sorted(setter.substituted.items()):
        which = next((k for k in ("body", "heading", "mono") if getattr(style.fonts, k) == family), "body")
        where = style.pos("fonts", which)
        if style.template is not None and is_builtin(where):  # the family's name came from the template
            where = style.pos("pptx", "template")
        diags.warning(where, f"font '{family}' is not installed; text is measured with "
                      f"{measured} and the deck still names '{family}'",
                      "add its TTF files to assets/fonts/ for exact fitting")
    return pages


def page_boxes(d: Draft, footer, logo, behind: list, check: tuple | None, key: str | None):
    """Return the boxes of the page of draft *d* with its footer (what the function *footer* returns, when given),
    *logo* and background pictures *behind*, in reading order, each checked for numbers that are not finite with
    *check* (the deck's name, the slide's number, the style); with *key*, as a ``lazy.Boxes``, made when first used
    if *d* was read back."""
    from deckbuild.layout.lazy import Boxes

    def make() -> tuple:
        boxes = list(d.boxes)
        frame = footer() if footer is not None else None
        if frame is not None:
            boxes.append(frame)
        boxes = in_reading_order(boxes)
        boxes = with_formulas(boxes, inline_formulas(boxes))
        if logo is not None:
            boxes.append(logo)
        boxes = (*behind, *boxes)
        if check is not None:
            name, number, style = check
            assert_finite([SlidePage(number, d.kind, d.title, style.width, style.height, "", boxes)], name)
        return boxes

    if key is None:
        return make()
    if not isinstance(d.boxes, Boxes) or d.boxes.made:  # laid out now: made now, before painters (and a fork)
        boxes = make()
        return Boxes(key, sum(isinstance(b, ChartBox) for b in boxes), boxes=boxes)
    return Boxes(key, d.boxes.charts + sum(isinstance(b, ChartBox) for b in behind), make)


def keyed(ident: str, d: Draft, number: int, facts: tuple, cache: LayoutCache) -> str | None:
    """Return the key of the boxes of the page of draft *d* (made from what *ident* names, see LayoutCache.identity):
    the draft, where it appears, its *number* and the deck's *facts* footers print, the bytes of the pictures of its
    slide; None when a picture's bytes are not known."""
    import hashlib

    model = d.model
    pictures = [getattr(model, "image", None), *(getattr(model, "images", None) or ())]
    background = getattr(model, "background", None)
    pictures.append(background.image if background is not None else None)
    files = []
    for image in pictures:
        if image is not None:
            digest = cache.file_digest(image.path)
            if digest is None:
                return None
            files.append((str(image.path), digest))
    return hashlib.sha256(repr((ident, d.media, number, facts, files)).encode()).hexdigest()


def _report_broken_fonts(style: Style, setter: Typesetter, diags: Diagnostics) -> None:
    """Warn, at the style's font key, about each font file of a family it names that cannot be used (the
    heading, body and mono families are looked up first, by deck_to_pages, even when every slide came from
    the layout cache)."""
    from deckbuild.yamlsrc import display_path

    seen: set = set()
    for key in ("heading", "body", "mono", "fallback"):
        names = getattr(style.fonts, key)
        for name in ([names] if isinstance(names, str) else names):
            for path, why in setter.fonts.broken_faces(name):
                if path in seen:
                    continue
                seen.add(path)
                where = style.pos("fonts", key)
                if is_builtin(where):  # the style did not choose the family: point at the file itself
                    where = Pos(display_path(path), 1, 1)
                diags.warning(where, f"font file '{display_path(path)}' ({name}) cannot be used: {why}",
                              "replace the file with an undamaged copy of the font, or remove it")


def has_divider(rule: str, section) -> bool:
    """Return True when *section* opens with a divider slide under ``sections.divider`` *rule*
    (always; never; auto: unless the section has at most one slide)."""
    return rule == "always" or (rule == "auto" and len(section.slides) > 1)


def reveals(model, deck: Deck) -> bool:
    """Return True when the slide *model* shows its top-level bullets one click at a time in the deck."""
    if not isinstance(model, Slide) or not (model.bullets or model.columns):
        return False
    return deck.reveal if model.reveal is None else model.reveal


def printed(model) -> Slide | None:
    """Return the content slide *model* as the handout prints it (None for the title and section slides)."""
    return model.shown.handout if isinstance(model, Slide) and model.shown is not None else None


def _report_missing(setter: Typesetter, where, number: int, diags: Diagnostics) -> None:
    """Warn about characters no font could draw since the last call, naming the slide."""
    if not setter.missing:
        return
    chars = "".join(sorted(setter.missing))
    codes = ", ".join(f"U+{ord(ch):04X}" for ch in sorted(setter.missing))
    tried = ", ".join(sorted({f for fams in setter.missing.values() for f in fams}))
    slide = f"slide {number}: " if number else ""
    diags.warning(where, f"{slide}no available font can draw {chars!r} ({codes}); tried {tried}",
                  "install a font that covers these characters and add it to fonts.fallback in the style")
    setter.missing.clear()


def notes_with_sources(d: Draft, deck: Deck, cites: dict[str, int]) -> str | None:
    """Return the draft's notes followed by the full list of the sources it cites."""
    if not d.sources or d.continued:
        return d.notes
    line = sources_line(d.sources, deck.sources, cites)
    return f"{d.notes.rstrip()}\n\n{line}" if d.notes else line
