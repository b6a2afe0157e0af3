"""How a handout fills its pages: pages that fill up (PageBuilder), and where a flow of paragraphs may be cut
between pages (headings kept with their text, closing lines kept with what they close, no lone lines)."""

from __future__ import annotations

from deckbuild.layout.boxes import Paragraph
from deckbuild.layout.text import split_paragraph
from deckbuild.records import field, record


@record
class PageBuilder:
    """Accumulates boxes page by page; tracks the free vertical space."""

    width: float
    height: float
    margin: float
    top: float
    bottom: float
    pages: list[list] = field(default_factory=list)
    marks: list[list] = field(default_factory=list)
    y: float = 0.0

    def new_page(self) -> None:
        self.pages.append([])
        self.marks.append([])
        self.y = self.top

    @property
    def number(self) -> int:
        return len(self.pages)

    @property
    def left(self) -> float:
        return self.bottom - self.y

    @property
    def height_avail(self) -> float:
        return self.bottom - self.top

    def add(self, box) -> None:
        self.pages[-1].append(box)

    def bookmark(self, title: str, level: int, y: float) -> None:
        self.marks[-1].append((title, level, y))


@record(frozen=True)
class Heading:
    """A paragraph that heads what follows it ("Slide 3", a title, "Details"): it is never the last
    thing on a page, and at least two lines of its text stay with it."""

    para: Paragraph


@record(frozen=True)
class Trailer:
    """A paragraph that closes what precedes it (a slide's sources): it never starts a page on its own."""

    para: Paragraph


MIN_LINES = 2  # a paragraph is cut only between its second and its second-to-last line
MIN_CONTINUED = 3  # a block carried over to a new page holds at least this many lines


def unwrap(item) -> tuple[Paragraph, bool]:
    """Return the paragraph of *item* (a paragraph, a Heading or a Trailer) and whether it is a heading."""
    if isinstance(item, Trailer):
        return item.para, False
    return (item.para, True) if isinstance(item, Heading) else (item, False)


def breaks(items: list) -> list[tuple[float, int, int, bool]]:
    """Return every place *items* (paragraphs and Headings) could be cut, in order: (height above the cut,
    paragraph index, lines of it above the cut, whether the cut keeps the rules).

    The rules: no paragraph leaves one line on either side of a cut; a heading is followed on its page by
    at least two lines of its text (all of it when shorter); the part after the cut holds at least three
    lines, or nothing.
    """
    paras = [unwrap(item) for item in items]
    total = sum(len(p.lines) for p, _ in paras)
    out = [(0.0, 0, 0, True)]
    used, lines_done = 0.0, 0
    head_at, after_head = None, 0  # lines of text placed since the last heading, and the heading's text length
    for i, (p, heading) in enumerate(paras):
        gap = p.space_before if i else 0.0
        n = len(p.lines)
        if heading:
            head_at, after_head = i, 0
        for k in range(1, n + 1):
            height = used + gap + k * p.line_height
            rest = total - lines_done - k
            ok = (k == n or (k >= MIN_LINES and n - k >= MIN_LINES)) and (rest == 0 or rest >= MIN_CONTINUED)
            if k == n and i + 1 < len(items) and isinstance(items[i + 1], Trailer):
                ok = False  # a trailer stays with what it closes
            if heading:
                ok = ok and rest == 0  # never cut after (or inside) a heading
            elif head_at is not None:
                own = _text_lines(paras, head_at)
                ok = ok and (after_head + k >= min(MIN_LINES, own) or rest == 0)
            out.append((height, i, k, ok))
        used += gap + p.height
        lines_done += n
        if not heading and head_at is not None:
            after_head += n
    return out


def _text_lines(paras: list[tuple[Paragraph, bool]], head: int) -> int:
    """Return how many lines of text follow the heading at *head*, up to the next heading."""
    n = 0
    for p, heading in paras[head + 1:]:
        if heading:
            if n:
                break
            continue
        n += len(p.lines)
    return n


def take(items: list, height: float, at_top: bool = False, keys=None) -> tuple[list[Paragraph], list]:
    """Return the paragraphs of *items* that go in *height* (a paragraph cut at a line when the rules
    allow), and the items left for the next page. On an empty page (*at_top*) something is always placed,
    breaking the rules only when no cut keeps them. *keys* (page_keys.PageKeys) names the parts of a cut."""
    cuts = breaks(items)
    fitting = [c for c in cuts if c[0] <= height + 0.01]
    good = [c for c in fitting if c[3]]
    cut = good[-1] if good else (0.0, 0, 0, True)
    if cut[1:3] == (0, 0) and at_top:
        cut = good[-1] if len(good) > 1 else (fitting[-1] if len(fitting) > 1 else cuts[1])
    _, i, k = cut[:3]
    if (i, k) == (0, 0):
        return [], list(items)
    paras = [unwrap(item)[0] for item in items]
    head = paras[:i]
    if k == len(paras[i].lines):
        return head + [paras[i]], list(items[i + 1:])
    first, tail = split_paragraph(paras[i], k)
    if keys is not None:
        keys.split(paras[i], first, tail, k)
    return head + [first], [tail] + list(items[i + 1:])
