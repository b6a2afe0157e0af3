"""Finding font families and measuring text with their real metrics (``Face``, ``FontBook``).

Fonts are looked for, in order, in the project's ``assets/fonts/``, the fonts bundled with
deckbuild, and the system font folders. Reading one font file is ``font_files.py``; what is known of
every file, remembered between runs, is ``font_index.py``. Only TrueType-outline files are used: they are what the
PDF handout can embed, so the handout and the layout always measure the same glyphs.
"""

from __future__ import annotations

import os
import re
from functools import cached_property
from pathlib import Path

from deckbuild.font_files import damaged_table, style_key, system_font_dirs, unembeddable, usable
from deckbuild.font_index import FontIndex
from deckbuild.font_metrics import FaceMetrics, advance_units
from deckbuild.records import field, record

BUNDLED_DIR = Path(__file__).parent / "fonts"
BUNDLED_FAMILY = "Liberation Sans"
BUNDLED_MONO = "Liberation Mono"
SCRIPT_FAMILIES = ("Noto Sans Arabic", "Noto Sans Hebrew")  # bundled: draw Arabic and Hebrew when the style's chain does not

STYLES = ("regular", "bold", "italic", "bolditalic")


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


@record(eq=False)
class Face(FaceMetrics):
    """One font file: its family, style, metrics and the characters it can draw."""

    path: Path
    family: str
    style: str
    units_per_em: int
    ascent: float  # fractions of the em
    descent: float  # positive, fraction of the em
    panose: str = ""  # the OS/2 PANOSE bytes as hex: lets PowerPoint pick a look-alike font
    stamp: tuple[int, int] | None = field(repr=False, default=None)  # (size, mtime_ns) of the file as read
    _font_: object = field(repr=False, default=None)  # the open fontTools font; tables are read on first use
    _cmap_: dict[int, str] | None = field(repr=False, default=None)
    _units_: dict[int, int] | None = field(repr=False, default=None)  # advance widths by code point (font units)
    _widths: dict[str, float] = field(repr=False, default_factory=dict)
    _texts: dict[str, float] = field(repr=False, default_factory=dict)  # widths of whole strings, in ems
    _damage_: str | None = field(repr=False, default=None)  # "" once checked and sound

    @property
    def _font(self):
        if self._font_ is None:  # a face known from the index: open its file only when measuring
            from deckbuild.font_files import tt_lib

            self._font_ = tt_lib().TTFont(str(self.path), lazy=True)
        return self._font_

    @property
    def _cmap(self) -> dict[int, str]:
        if self._cmap_ is None:  # read lazily: finding a family must not cost reading every glyph table
            self._cmap_ = self._font.getBestCmap() or {}
        return self._cmap_

    @property
    def _units(self) -> dict[int, int]:
        if self._units_ is None:  # remembered between runs (font_metrics.advance_units), else read from the file
            self._units_ = advance_units(self)
        return self._units_

    def __reduce__(self):
        return (face_at, (str(self.path),))  # a face pickles as its file: the font itself is not copied

    @property
    def id(self) -> str:
        """Return a stable name for this face, usable as a PDF font name."""
        return re.sub(r"[^A-Za-z0-9-]", "", self.path.stem) or "Font"

    @property
    def bold(self) -> bool:
        return "bold" in self.style

    @property
    def italic(self) -> bool:
        return "italic" in self.style

    def damage(self) -> str | None:
        """Return why this face cannot be measured or embedded, or None: its character map and metrics
        must read whole (with fontTools, as the layout measures), and the PDF embedder must parse the file
        and set its printable ASCII glyphs. Checked once per file and remembered in the font index."""
        if self._damage_ is None:
            self._damage_ = damaged_table(self._font) or unembeddable(self.path) or ""
        return self._damage_ or None


_FACES: dict[str, Face] = {}  # every face made in this process, by path: a memo of the file as it was read


def file_stamp(path: str | Path) -> tuple[int, int] | None:
    """Return (size, mtime_ns) of the file at *path* (None when it cannot be read): a changed file differs."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def _remembered(path: str) -> Face | None:
    """Return the face made earlier in this process from the file at *path* as it is now, else None (a
    file changed since, as in a watch session, is read again: what was measured from it is forgotten)."""
    face = _FACES.get(path)
    if face is not None and face.stamp != file_stamp(path):
        from deckbuild import shaping

        del _FACES[path]
        shaping.forget(path)
        return None
    return face


def face_at(path: str) -> Face | None:
    """Return the face of the font file at *path* (the same object for the same file, as long as it is unchanged)."""
    face = _remembered(path)
    if face is None:
        stamp = file_stamp(path)
        facts = FontIndex().facts(Path(path))
        if not usable(facts):
            raise ValueError(f"not a usable font file: {path}")
        face = _FACES[path] = Face(path=Path(path), stamp=stamp, **facts)
    return face


class FontBook:
    """The fonts one build can use, found by family name and cached for the whole run."""

    def __init__(self, project_dirs: list[Path] | tuple[Path, ...] = (), index: FontIndex | None = None,
                 scope=None):
        self.project_dirs = [Path(d) for d in project_dirs if Path(d).is_dir()]
        self.dirs = self.project_dirs + [BUNDLED_DIR] + system_font_dirs()
        self.index = index or FontIndex()
        self.scope = scope  # paths.ReadScope: where the project's own font files may lead (None: anywhere)
        self.refused: list[tuple[Path, str]] = []  # project font files never opened, and why
        self._files: list[Path] | None = None
        self._faces: dict[Path, Face | None] = {}
        self._families: dict[str, dict[str, Face]] = {}
        self._scanned = False
        self.broken: dict[Path, tuple[str, str]] = {}  # font files found but not usable: (family, why)
        self._candidates: dict[tuple[str, str], list[Face]] = {}  # every file of a family and style, in order
        self._checked: set[str] = set()  # families whose faces' tables were checked

    def _all_files(self) -> list[Path]:
        if self._files is None:
            from deckbuild.paths import file_problem

            files: list[Path] = []
            for d in self.dirs:
                own = d in self.project_dirs
                for root, _dirs, names in os.walk(d):
                    for name in sorted(names):
                        if name.lower().endswith((".ttf", ".otf")):
                            path = Path(root) / name
                            problem = file_problem(path)  # stat only: a FIFO must never be opened
                            if problem is None and own and self.scope is not None and not self.scope.permits(path):
                                problem = "leads outside the project folder"
                            if problem is None:
                                files.append(path)
                            elif own:
                                self.refused.append((path, problem))
            self._files = files
        return self._files

    def problems(self) -> list:
        """Return an error for each file in the project's font folders that is not read, and why
        (a FIFO, device or socket; a link leading outside the project)."""
        from deckbuild.diagnostics import Diagnostic, Pos
        from deckbuild.paths import ALLOW_HINT
        from deckbuild.yamlsrc import display_path

        self._all_files()
        out = []
        for path, problem in self.refused:
            hint = ALLOW_HINT if "outside" in problem else "font files must be regular .ttf files; remove it"
            out.append(Diagnostic(Pos(display_path(path), 1, 1), "error", f"font file {problem}", hint))
        return out

    def _face(self, path: Path) -> Face | None:
        if path not in self._faces:
            face = _remembered(str(path))
            if face is None:
                stamp = file_stamp(path)
                facts = self.index.facts(path)
                face = Face(path=path, stamp=stamp, **facts) if usable(facts) else None
                if face is not None:
                    _FACES[str(path)] = face
                elif facts:
                    self.broken[path] = (facts["family"], facts["problem"])
            self._faces[path] = face
        return self._faces[path]

    def _add(self, face: Face) -> None:
        styles = self._families.setdefault(_norm(face.family), {})
        styles.setdefault(face.style, face)
        self._candidates.setdefault((_norm(face.family), face.style), []).append(face)

    def _sound(self, key: str) -> None:
        """Replace each face of family *key* whose tables are damaged by the next sound file of its style."""
        styles = self._families.get(key, {})
        for style in list(styles):
            for face in self._candidates.get((key, style), [styles[style]]):
                why = self.index.damage(face)
                if why is None:
                    styles[style] = face
                    break
                self.broken[face.path] = (face.family, why)
            else:
                del styles[style]

    def family(self, name: str) -> dict[str, Face]:
        """Return the faces of family *name* by style ("regular", "bold", …); empty when not found."""
        key = _norm(name)
        if key not in self._families:
            # cheap passes: files named like the family ("Family-Bold.ttf"), then names starting with it
            for matches in (lambda stem: _norm(stem.split("-")[0]) == key, lambda stem: _norm(stem).startswith(key)):
                for path in self._all_files():
                    if matches(path.stem):
                        face = self._face(path)
                        if face:
                            self._add(face)
                if self._families.get(key):
                    break
            if key not in self._families:
                self._scan_all()
            self.index.save()
        if key not in self._checked:
            self._checked.add(key)
            self._sound(key)
            self.index.save()
        return self._families.setdefault(key, {})

    def _scan_all(self) -> None:
        """Read every font's name table once (the expensive pass, only when a name is not found)."""
        if not self._scanned:
            self._scanned = True
            for path in self._all_files():
                face = self._face(path)
                if face:
                    self._add(face)

    def face(self, name: str, bold: bool = False, italic: bool = False) -> Face | None:
        """Return the face of family *name* closest to the wanted style, or None."""
        faces = self.family(name)
        if not faces:
            return None
        for style in (style_key(bold, italic), style_key(bold, False), style_key(False, italic), "regular"):
            if style in faces:
                return faces[style]
        return next(iter(faces.values()))

    @cached_property
    def default_face(self) -> Face:
        face = self.face(BUNDLED_FAMILY)
        if face is None:  # pragma: no cover - the package ships this family
            raise RuntimeError(f"bundled font {BUNDLED_FAMILY} is missing from {BUNDLED_DIR}")
        return face

    def broken_faces(self, name: str) -> list[tuple[Path, str]]:
        """Return the font files of family *name* looked at so far that cannot be used, with why."""
        key = _norm(name)
        return sorted((path, why) for path, (family, why) in self.broken.items() if _norm(family) == key)

    def families(self) -> list[str]:
        """Return every family name found (reads every font file once)."""
        self._scan_all()
        return sorted({f.family for styles in self._families.values() for f in styles.values()})
