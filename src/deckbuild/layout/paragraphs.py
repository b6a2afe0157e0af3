"""Making paragraphs from content, the same way on slides and in handouts: text styles, inline markup,
citation markers and bullet lists.

:class:`TextComposer` is what the slide composer (layout/common.py) and the handout composer
(layout/handout/base.py) share; each sets its own :class:`BulletLook` (slides: sizes by level; handouts: one
size) and the size of its citation markers.
"""

from __future__ import annotations

from dataclasses import replace

from deckbuild import markup
from deckbuild.layout.boxes import Paragraph
from deckbuild.layout.memo import rounded
from deckbuild.layout.text import TextStyle
from deckbuild.markup import Span
from deckbuild.records import record

LEVEL_SCALE = (1.0, 0.875, 0.8, 0.75)
BULLET_CHARS = ("•", "–", "▪", "·")
BODY_SPACING = 1.15
MIN_BULLET = 8.0  # points: the smallest a sub-bullet gets on a slide


@record(frozen=True)
class BulletLook:
    """How bullets are set: each level's size (× the list's size), the hanging indent (× the list's size), how
    far each level moves in (in hangs), the marker's hang (in hangs), the space before a top-level and a
    sub-bullet (× its size) and the line spacing. *rounded* sets sizes to half points (at least MIN_BULLET)
    and indents to hundredths of a point, as slides do."""

    level_scale: tuple[float, ...] = LEVEL_SCALE
    hang: float = 0.95
    step: float = 1.05
    marker: float = 0.85
    gaps: tuple[float, float] = (0.55, 0.25)
    spacing: float = BODY_SPACING
    rounded: bool = True


SLIDE_BULLETS = BulletLook()
HANDOUT_BULLETS = BulletLook(level_scale=(1.0,), hang=1.1, step=1.0, marker=0.8, gaps=(0.3, 0.3), spacing=1.3,
                             rounded=False)


class TextComposer:
    """The text helpers of a composer with ``style``, ``setter``, ``colors`` and ``cites`` (source id → number)."""

    CITE_SCALE = 0.7  # a citation marker's size, × the text's
    BULLETS = SLIDE_BULLETS

    def text_style(self, size: float, *, heading: bool = False, color: str | None = None, bold: bool = False,
                   spacing: float = BODY_SPACING, align: str = "l", italic: bool = False) -> TextStyle:
        """Return the style's text at *size*: the heading or body family, the text colour unless *color*.

        The same arguments give the same TextStyle object (made once per composer): it is a key of the
        typesetter's memos, so its hash is worked out once too."""
        key = (size, type(size), heading, color, bold, type(bold), spacing, type(spacing), align, italic, type(italic))
        made = self._text_styles.get(key)
        if made is None:
            fonts = self.style.fonts
            made = self._text_styles[key] = TextStyle(
                family=fonts.heading if heading else fonts.body, size=size, color=color or self.colors.text,
                bold=bold, italic=italic, line_spacing=spacing, align=align, link_color=self.colors.primary)
        return made

    @property
    def _text_styles(self) -> dict:
        """Return the TextStyles made so far, by text_style's arguments."""
        made = self.__dict__.get("_made_styles")
        if made is None:
            made = self.__dict__["_made_styles"] = {}
        return made

    def para(self, text: str | tuple[Span, ...], ts: TextStyle, width: float, **kw) -> Paragraph:
        """Return *text* (inline markup, or spans) set *width* wide in *ts*."""
        spans = markup.parse(text) if isinstance(text, str) else text
        return self.setter.paragraph(spans, ts, width, **kw)

    def cited(self, text: str, sources: tuple[str, ...]) -> tuple[Span, ...]:
        """Return *text* as spans followed by a small citation marker such as "[2]" for *sources*."""
        return cited(text, sources, self.cites, self.colors.muted, self.CITE_SCALE)

    def bullets(self, bullets, size: float, width: float, look: BulletLook | None = None) -> list[Paragraph]:
        """Return the paragraphs of *bullets* (depth-first, with markers) at top-level size *size*, as *look*
        (by default the composer's own) sets them; a bullet's language holds for its sub-bullets too."""
        look = look or self.BULLETS
        out: list[Paragraph] = []
        hang = rounded(size * look.hang) if look.rounded else size * look.hang
        levels: dict[int, tuple] = {}  # level → (size, gap, margin, indent, text style, marker colour)

        def geometry(level: int) -> tuple:
            scale = look.level_scale[min(level, len(look.level_scale) - 1)]
            s = max(round(size * scale * 2) / 2, MIN_BULLET) if look.rounded else size * scale
            gap = look.gaps[level > 0] * s
            margin, indent = hang * (1 + level * look.step), -hang * look.marker
            if look.rounded:
                gap, margin, indent = rounded(gap), rounded(margin), -rounded(hang * look.marker)
            color = self.colors.accent if level == 0 else self.colors.muted
            return s, gap, margin, indent, self.text_style(s, spacing=look.spacing), color

        paragraph, numbers, muted, scale = self.setter.paragraph, self.cites, self.colors.muted, self.CITE_SCALE

        def walk(items, level: int, lang: str | None = None) -> None:  # self.para of self.cited, called directly
            if level not in levels:
                levels[level] = geometry(level)
            s, gap, margin, indent, ts, color = levels[level]
            marker = (BULLET_CHARS[min(level, len(BULLET_CHARS) - 1)], color)
            for b in items:
                para = paragraph(cited(b.text, b.sources, numbers, muted, scale), ts, width, level=level,
                                 space_before=gap, margin_left=margin, indent=indent, bullet=marker)
                own = b.lang or lang
                out.append(replace(para, lang=own) if own else para)
                if b.bullets:
                    walk(b.bullets, level + 1, own)

        walk(bullets, 0)
        return out


def cited(text: str, sources: tuple[str, ...], numbers: dict[str, int], color: str,
          scale: float) -> tuple[Span, ...]:
    """Return *text* as spans followed by a citation marker such as "[1, 2, 4]" (in *color*, at *scale*).

    One citation-marker helper for slides and handouts: the numbers are sorted and each is given once. The
    marker is joined to the last word and within itself by no-break spaces, so a line never ends on "[1,"
    or holds a lone "[3]".
    """
    spans = markup.parse(text)
    known = sorted({numbers[s] for s in sources if s in numbers})
    if not known:
        return spans
    marker = "[" + ",\u00a0".join(str(n) for n in known) + "]"
    return spans + (Span("\u00a0"), Span(marker, color=color, scale=scale))
