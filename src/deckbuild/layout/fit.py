"""Fitting content to slides: the one rule by which every kind shrinks its text and splits it over slides.

A kind offers the sizes it may use (from where it starts down to its floor, both from the style) and how many
slides its content needs at a size; :func:`fit` chooses the size and :func:`report_fit` says what was done,
naming the floor that was used. Text set in one frame that never splits (a title, a quote) is fitted by
:func:`fit_frame`; stacks of paragraphs (bullets) are packed into parts by :func:`pack`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from deckbuild.layout.boxes import Paragraph, TextFrame
from deckbuild.layout.text import split_paragraph, stack
from deckbuild.records import record


def size_steps(start: float, floor: float, step: float = 1.0) -> list[float]:
    """Return font sizes from *start* down to *floor* (both included) in *step* point steps."""
    key = (start, type(start), floor, type(floor), step, type(step))  # 24 and 24.0 round differently
    known = _STEPS.get(key)
    if known is None:
        sizes, s = [], start
        while s > floor + 1e-6:
            sizes.append(round(s, 2))
            s -= step
        sizes.append(round(floor, 2))
        if len(_STEPS) < 256:
            _STEPS[key] = known = tuple(sizes)
        return sizes
    return list(known)


_STEPS: dict[tuple, tuple[float, ...]] = {}  # size_steps' answers, by its arguments (every slide asks the same)


def choose_size(sizes: list[float], parts_at: Callable[[float], int]) -> float:
    """Return the first size needing one part, else the largest size needing no more parts than the smallest."""
    for size in sizes:
        if parts_at(size) == 1:
            return size
    fewest = parts_at(sizes[-1])
    return next(size for size in sizes if parts_at(size) <= fewest)


def parts_needed(count: Callable[[float, float], int], pages) -> Callable[[float], int]:
    """Return size → how many slides the content needs, from *count* (size, height of a part) → parts.

    A first count uses the first slide's room; content that needs more slides is counted again with the room
    every part can rely on (a continued title may be longer).
    """
    def parts_at(size: float) -> int:
        n = count(size, pages.height(1))
        return n if n == 1 else count(size, pages.height(n))

    return parts_at


def fit(sizes: list[float], parts_at: Callable[[float], int],
        usable: Callable[[float], bool] | None = None) -> tuple[float, int, bool]:
    """Return the size chosen from *sizes* (largest first, the floor last), the parts needed at it, and whether
    any size was *usable* (when none is, the floor is used).

    The shared fit rule of every kind: among the usable sizes, the first needing one slide, else the largest
    needing no more slides than the smallest does; never a size below the floor.
    """
    whole = [s for s in sizes if usable is None or usable(s)]
    chosen = choose_size(whole or sizes[-1:], parts_at)
    return chosen, parts_at(chosen), bool(whole)


def fit_parts(groups, pages, sizes: list[float]) -> tuple[float, list[list[Paragraph]], bool]:
    """Return the size chosen from *sizes* for the paragraph *groups* (size → groups), the parts packed at it,
    and whether a group had to break between parts."""
    parts_at = parts_needed(lambda size, height: len(pack(groups(size), height)[0]), pages)
    chosen, count, _ = fit(sizes, parts_at)
    parts, broken = pack(groups(chosen), pages.height(count))
    return chosen, parts, broken


def floor_note(floor: float, key: str) -> str:
    """Return how a warning names the floor used: "16pt (min_body)"."""
    return f"{floor:g}pt ({key})"


def report_fit(L, pos, what: str, noun: str, chosen: float, start: float, floor: float, parts: int, *,
               key: str = "min_body", split: str = "split into", tail: str = "", keep: float | None = None,
               hints: tuple[str, str] = ("shorten them or split the slide yourself",
                                         "shorten them to keep the style's size")) -> None:
    """Warn that *what* (e.g. "30 bullets") needed *parts* slides even at the *floor* (style key *key*), or that
    *noun* (e.g. "bullets") shrank from *start* to *chosen* (when below *keep*, by default *start*)."""
    first = L.number
    if parts > 1:
        verb = "does" if what.startswith(("a ", "an ")) else "do"
        L.diags.warning(pos, f"slide {first}: {what} {verb} not fit on one slide even at {floor_note(floor, key)}; "
                        f"{split} slides {first}–{first + parts - 1} at {chosen:g}pt{tail}", hints[0])
    elif chosen < (start if keep is None else keep):
        L.diags.warning(pos, f"slide {first}: {noun} shrunk from {start:g}pt to {chosen:g}pt to fit", hints[1])


@record
class Fit:
    """The outcome of fitting text into a frame: the frame, the size chosen, and whether it fits."""

    frame: TextFrame
    size: float
    shrunk: bool
    paragraphs: list[Paragraph]
    fits: bool = True


def fit_frame(make: Callable[[float], list[Paragraph]], sizes: Iterable[float], x: float, y: float, w: float,
              h: float, *, role: str, anchor: str = "t", placeholder: str | None = None,
              max_lines: int | None = None) -> Fit:
    """Return the first of *sizes* at which ``make(size)`` fits the box (in at most *max_lines* lines).

    When even the last size (the floor) does not fit, the frame grows to hold its text (upwards when anchored
    at the bottom) and ``Fit.fits`` is False, so the caller can warn; text never spills out of its frame.
    """
    sizes = list(sizes)
    for size in sizes:
        paras = make(size)
        frame = stack(paras, x, y, w, h, role=role, anchor=anchor, placeholder=placeholder)
        if frame.fits and (max_lines is None or sum(len(p.lines) for p in paras) <= max_lines):
            return Fit(frame, size, size != sizes[0], paras)
    grown = frame.content_height
    top = y + h - grown if anchor == "b" else y
    frame = stack(paras, x, top, w, grown, role=role, anchor=anchor, placeholder=placeholder)
    return Fit(frame, size, size != sizes[0], paras, fits=False)


def grouped(make):
    """Return a cached function: size → paragraphs grouped as a top-level bullet with its sub-bullets."""
    cache: dict[float, list[list[Paragraph]]] = {}

    def groups(size: float) -> list[list[Paragraph]]:
        if size not in cache:
            out: list[list[Paragraph]] = []
            for p in make(size):
                if p.level == 0 or not out:
                    out.append([])
                out[-1].append(p)
            cache[size] = out
        return cache[size]

    return groups


def used_height(part: list[Paragraph]) -> float:
    """Return the height *part* takes stacked (its first paragraph's space before dropped)."""
    return sum(p.space_before + p.height for p in part) - (part[0].space_before if part else 0.0)


def pack(groups: list[list[Paragraph]], height: float) -> tuple[list[list[Paragraph]], bool]:
    """Return *groups* packed greedily into parts no taller than *height*, and whether a group had to break.

    A group (a bullet with its sub-bullets) stays on one part when it fits on an empty one; otherwise it
    is broken between its paragraphs, and a paragraph taller than a part is broken between its lines.
    Every part holds at least one line, so this ends for any *height* (even one that holds no line):
    each step places a block, moves to an empty part, splits a group, or shortens a paragraph.
    """
    parts: list[list[Paragraph]] = [[]]
    used, broken = 0.0, False
    queue = list(groups)
    while queue:
        block = queue.pop(0)
        fresh = not parts[-1]
        need = sum(p.space_before + p.height for p in block) - (block[0].space_before if fresh else 0.0)
        if used + need <= height + 0.5:
            parts[-1].extend(block)
            used += need
        elif not fresh:
            parts.append([])
            used = 0.0
            queue.insert(0, block)
        elif len(block) > 1:
            broken = True
            queue[0:0] = [[p] for p in block]
        else:
            broken = True
            p = block[0]
            k = max(1, int((height + 0.5) // p.line_height)) if p.line_height > 0 else len(p.lines)
            if k >= len(p.lines):  # one line taller than a part: it stands alone on its part
                parts[-1].append(p)
                parts.append([])
                used = 0.0
                continue
            head, tail = split_paragraph(p, k)
            parts[-1].append(head)
            parts.append([])
            used = 0.0
            queue.insert(0, [tail])
    return [part for part in parts if part] or [[]], broken
