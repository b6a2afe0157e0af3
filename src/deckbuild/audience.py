"""Selecting what one audience sees: ``only``/``skip`` filtering, per-audience ``variants``, and the
media split (``in: [deck]`` / ``in: [handout]``).

Modelled on Sphinx's ``process_only_nodes``: the tree is pruned once, before layout, so every later
stage (and both outputs) sees the same deck.
"""

from __future__ import annotations

import operator
from dataclasses import fields, replace

from deckbuild.model import BESIDE_BULLETS, KIND_FIELDS, MEDIA, Bullet, Deck, Section, Shown, Slide
from deckbuild.records import field, record


@record
class Report:
    """What one audience's build includes and drops."""

    audience: str | None
    slides: int = 0
    slides_dropped: int = 0
    bullets: int = 0
    bullets_dropped: int = 0
    variants: int = 0
    dropped_titles: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """Return the report as one line, e.g. "executive: 14 slides (6 dropped), 40 bullets (12 dropped)"."""
        name = self.audience or "everyone"
        text = (f"{name}: {self.slides} slides ({self.slides_dropped} dropped), "
                f"{self.bullets} bullets ({self.bullets_dropped} dropped)")
        return text + (f", {self.variants} variant{'s' * (self.variants != 1)} applied" if self.variants else "")


def count_bullets(bullets: tuple[Bullet, ...]) -> int:
    return sum(1 + count_bullets(b.bullets) for b in bullets)


def _bullets(bullets: tuple[Bullet, ...], audience: str | None, report: Report) -> tuple[Bullet, ...]:
    """Return *bullets* without those *audience* does not see (at any depth): the same tuple when it sees all."""
    def dropped(b: Bullet) -> None:
        report.bullets_dropped += 1 + count_bullets(b.bullets)

    return _kept(bullets, lambda b: b.vis.for_audience(audience), dropped)


def _kept(bullets: tuple[Bullet, ...], keep, dropped=None) -> tuple[Bullet, ...]:
    """Return the bullets of *bullets* that *keep* is true of, their sub-bullets kept alike: the same tuple
    (and the same bullets) where it keeps all; *dropped* is given each bullet left out."""
    kept, same = [], type(bullets) is tuple
    for b in bullets:
        if keep(b):
            inner = _kept(b.bullets, keep, dropped) if b.bullets else ()
            if inner is not b.bullets:
                b, same = replaced(b, bullets=inner), False
            kept.append(b)
        else:
            if dropped is not None:
                dropped(b)
            same = False
    return bullets if same else tuple(kept)


_FIELDS: dict[type, tuple[str, ...]] = {}


def replaced(obj, **changes):
    """Return ``dataclasses.replace(obj, **changes)`` for a model dataclass (no ``__post_init__``, every field
    set by ``__init__``), built directly: replace is slow, and a slide has 23 fields."""
    cls = type(obj)
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in fields(cls))
    new = object.__new__(cls)
    old, values = obj.__dict__, new.__dict__
    for name in names:
        values[name] = old[name]
    values.update(changes)
    return new


def with_variant(slide: Slide, overrides: dict) -> Slide:
    """Return *slide* with a variant's *overrides*, its kind derived again from what the variant supplies.

    A variant that supplies another kind's field (``table:`` on a bullets slide) makes the slide that kind
    and drops the fields of its old kind; one that supplies only bullets makes a slide that cannot show
    bullets a bullets slide.
    """
    changes = dict(overrides)
    kinds = [k for k in KIND_FIELDS if changes.get(k)]
    kind = kinds[0] if kinds else slide.kind
    if not kinds and changes.get("bullets") and slide.kind not in ("bullets", *BESIDE_BULLETS):
        kind = "bullets"
    if kind != slide.kind:
        for old in KIND_FIELDS:
            if old != kind and old not in changes:
                changes[old] = _EMPTY[old]
        if kind not in ("bullets", *BESIDE_BULLETS) and "bullets" not in changes:
            changes["bullets"] = ()
        changes["kind"] = kind
    return replace(slide, **changes)


_EMPTY = {f: (() if f in ("columns", "timeline", "math") else None) for f in KIND_FIELDS}


def select_slide(slide: Slide, audience: str | None, report: Report | None = None) -> Slide | None:
    """Return *slide* as *audience* sees it (variants applied, hidden bullets dropped), or None."""
    report = report if report is not None else Report(audience)
    if not slide.vis.for_audience(audience):
        report.slides_dropped += 1
        report.bullets_dropped += count_bullets(slide.bullets) + sum(count_bullets(c.bullets) for c in slide.columns)
        report.dropped_titles.append(slide.title)
        return None
    if audience is not None and audience in slide.variants:
        slide = with_variant(slide, slide.variants[audience])
        report.variants += 1
    columns = tuple(_with_bullets(c, _bullets(c.bullets, audience, report)) for c in slide.columns)
    slide = _holding(slide, _bullets(slide.bullets, audience, report), columns)
    report.slides += 1
    report.bullets += count_bullets(slide.bullets) + sum(count_bullets(c.bullets) for c in slide.columns)
    return slide


def select(deck: Deck, audience: str | None) -> tuple[Deck, Report]:
    """Return *deck* as *audience* sees it, and what was kept and dropped.

    None is the unrestricted build: it drops only elements marked ``only:``. Each slide carries its media
    split (``Slide.shown``): what the deck projects and what the handout prints.
    """
    report = Report(audience)
    sections: list[Section] = []
    for section in deck.sections:
        if not section.vis.for_audience(audience):
            report.slides_dropped += 1 + len(section.slides)
            report.bullets_dropped += sum(count_bullets(s.bullets) for s in section.slides)
            report.dropped_titles.append(section.title)
            continue
        report.slides += 1  # the section's header slide
        media = media_of(section.vis, MEDIA)
        slides = []
        for slide in section.slides:
            count = _seen_whole(slide, audience)
            if count >= 0:  # what select_slide and split_media give such a slide, without walking it again
                report.slides += 1
                report.bullets += count
                slides.append(replaced(slide, shown=Shown(media_of(slide.vis, media), slide, slide, ())))
                continue
            slide = select_slide(slide, audience, report)
            if slide is not None:
                slides.append(split_media(slide, media))
        sections.append(replace(section, slides=tuple(slides), media=media))
    report.slides += 1  # the title slide
    lang = deck.audiences[audience].lang if audience in deck.audiences else None
    return replace(deck, sections=tuple(sections), audience=audience, lang=lang or deck.lang), report


def _seen_whole(slide: Slide, audience: str | None) -> int:
    """Return how many bullets *slide* holds (its columns' too) when *audience* sees it whole, as it is, in each
    medium it appears in: it is shown to *audience*, has no variant for it, and no bullet of it (at any depth) is
    marked ``only``, ``skip`` or ``in``; else -1."""
    if not slide.vis.for_audience(audience) or (audience is not None and audience in slide.variants):
        return -1
    if type(slide.columns) is not tuple:
        return -1
    count = _everyones(slide.bullets)
    for column in slide.columns:
        if count < 0:
            break
        more = _everyones(column.bullets)
        count = more if more < 0 else count + more
    return count


def _everyones(bullets: tuple[Bullet, ...]) -> int:
    """Return how many bullets *bullets* hold at any depth when each is shown to everyone in both media (and
    each holds its sub-bullets as a tuple: ``_kept`` keeps such bullets as they are); else -1."""
    if type(bullets) is not tuple:
        return -1
    count = 0
    for b in bullets:
        vis = b.vis
        if vis.only is not None or vis.skip or vis.media is not None:
            return -1
        count += 1
        if b.bullets:
            more = _everyones(b.bullets)
            if more < 0:
                return -1
            count += more
        elif type(b.bullets) is not tuple:
            return -1
    return count


def in_medium(bullets: tuple[Bullet, ...], medium: str) -> tuple[Bullet, ...]:
    """Return *bullets* without those marked for the other medium (``in: [deck]`` or ``in: [handout]``): the
    same tuple when none is."""
    return _kept(bullets, lambda b: b.vis.media is None or medium in b.vis.media)  # b.vis.in_medium(medium)


def _with_bullets(holder, bullets: tuple[Bullet, ...]):
    """Return *holder* (a column) holding *bullets*: itself when they are its own."""
    return holder if bullets is holder.bullets else replaced(holder, bullets=bullets)


def _holding(slide: Slide, bullets: tuple[Bullet, ...], columns: tuple) -> Slide:
    """Return *slide* holding *bullets* and *columns* (made from its own): itself when they are its own."""
    if bullets is slide.bullets and type(slide.columns) is tuple and all(map(operator.is_, columns, slide.columns)):
        return slide
    return replaced(slide, bullets=bullets, columns=columns)


def handout_only(bullets: tuple[Bullet, ...]) -> list[Bullet]:
    """Return the bullets (at any depth) marked ``in: [handout]``: they are printed, never projected."""
    out: list[Bullet] = []
    for b in bullets:
        if not b.vis.in_medium("deck"):
            out.append(b)
        else:
            out += handout_only(b.bullets)
    return out


def media_of(vis, within: tuple[str, ...]) -> tuple[str, ...]:
    """Return the media (deck, handout) an element with visibility *vis* appears in, inside *within*."""
    return tuple(m for m in within if vis.in_medium(m))


def in_media(slide: Slide, medium: str) -> Slide:
    """Return *slide* with the bullets (its own and its columns') of the other medium left out (itself when
    none is marked for the other medium)."""
    columns = tuple(_with_bullets(c, in_medium(c.bullets, medium)) for c in slide.columns)
    return _holding(slide, in_medium(slide.bullets, medium), columns)


def split_media(slide: Slide, within: tuple[str, ...]) -> Slide:
    """Return *slide* with its media split (``Slide.shown``): where it appears inside its section's media
    *within*, the slide as the deck and as the handout show it, and the bullets the handout alone prints."""
    extra = handout_only(slide.bullets) + [b for c in slide.columns for b in handout_only(c.bullets)]
    return replaced(slide, shown=Shown(media_of(slide.vis, within), in_media(slide, "deck"),
                                       in_media(slide, "handout"), tuple(extra)))
