"""Problems found in the input, travelling as values (nothing below the CLI prints)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
import re

from deckbuild.records import field, record

ERROR = "error"
WARNING = "warning"


@record(frozen=True, order=True)
class Pos:
    """Where something came from: a file and a 1-based line and column."""

    path: str
    line: int = 1
    col: int = 1

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}"


@record(frozen=True)
class Diagnostic:
    """One error or warning: where in the input (``pos``), how bad, what is wrong and a hint to fix it."""

    pos: Pos
    severity: str
    message: str
    hint: str | None = None

    def format(self) -> str:
        """Return the one-line form ``path:line:col: severity: message — hint``."""
        text = f"{self.pos}: {self.severity}: {self.message}"
        return f"{text} — {self.hint}" if self.hint else text

    def sort_key(self) -> tuple:
        return (self.pos.path, self.pos.line, self.pos.col, self.severity, self.message)


@record
class Diagnostics:
    """An ordered collection of diagnostics; add to it, never raise for bad input."""

    items: list[Diagnostic] = field(default_factory=list)

    def error(self, pos: Pos, message: str, hint: str | None = None) -> None:
        self.items.append(Diagnostic(pos, ERROR, shorten(message), hint and shorten(hint)))

    def warning(self, pos: Pos, message: str, hint: str | None = None) -> None:
        self.items.append(Diagnostic(pos, WARNING, shorten(message), hint and shorten(hint)))

    def extend(self, other: Iterable[Diagnostic]) -> None:
        self.items.extend(other)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity == ERROR]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity == WARNING]

    @property
    def has_errors(self) -> bool:
        return any(d.severity == ERROR for d in self.items)

    def sorted(self) -> list[Diagnostic]:
        """Return the diagnostics without duplicates, ordered by file, line and column."""
        seen: dict[tuple, Diagnostic] = {}
        for d in self.items:
            seen.setdefault((d.pos, d.severity, d.message, d.hint), d)
        return sorted(seen.values(), key=Diagnostic.sort_key)

    def __iter__(self) -> Iterator[Diagnostic]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


MAX_QUOTED = 200
"""Characters of the user's own text a message quotes before cutting it short."""
MAX_MESSAGE = 600
_QUOTED = re.compile(r"(?<![\w'])'([^'\n]{%d,})'(?!\w)" % (MAX_QUOTED + 1))


def clip(text: str, limit: int = MAX_QUOTED) -> str:
    """Return *text* cut to about *limit* characters, saying how long it was when it is cut."""
    text = str(text)
    if len(text) <= limit:
        return text
    return f"{text[: limit - 20].rstrip()}… ({len(text):,} characters)"


def shorten(message: str) -> str:
    """Return *message* with every quoted input longer than MAX_QUOTED characters clipped, and the whole
    at most about MAX_MESSAGE characters: a message names the problem, it does not echo a file."""
    if len(message) <= MAX_QUOTED:
        return message
    message = _QUOTED.sub(lambda m: f"'{clip(m.group(1))}'", message)
    if len(message) > MAX_MESSAGE:
        message = message[: MAX_MESSAGE - 1].rstrip() + "…"
    return message


def did_you_mean(word: str, candidates: Iterable[str]) -> str | None:
    """Return a "did you mean 'x'?" hint when *word* is close to one of *candidates*."""
    import difflib  # only when a name is wrong

    matches = difflib.get_close_matches(str(word), sorted(set(candidates)), n=1, cutoff=0.6)
    return f"did you mean '{matches[0]}'?" if matches else None


def one_of(candidates: Iterable[str]) -> str:
    """Return a hint listing the allowed *candidates*."""
    names = sorted(set(candidates))
    return "expected one of: " + ", ".join(names) if names else "none are defined"
