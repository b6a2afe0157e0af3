"""Finding font files and measuring text with their real metrics.

Fonts are looked for, in order, in the project's ``assets/fonts/``, the fonts bundled with
deckbuild, and the system font folders. Only TrueType-outline files are used: they are what the
PDF handout can embed, so the handout and the layout always measure the same glyphs.
"""

from __future__ import annotations

import json
import logging
import os
import re
import struct
import sys
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

logging.getLogger("fontTools").addHandler(logging.NullHandler())  # its messages become diagnostics or nothing:
logging.getLogger("fontTools").propagate = False  # a bare log line never reaches the terminal

BUNDLED_DIR = Path(__file__).parent / "fonts"
BUNDLED_FAMILY = "Liberation Sans"
BUNDLED_MONO = "Liberation Mono"

STYLES = ("regular", "bold", "italic", "bolditalic")


def system_font_dirs() -> list[Path]:
    """Return the font folders of this operating system that exist."""
    home = Path.home()
    if sys.platform == "darwin":
        dirs = [Path("/System/Library/Fonts"), Path("/Library/Fonts"), home / "Library/Fonts"]
    elif os.name == "nt":
        windir = Path(os.environ.get("WINDIR", "C:/Windows"))
        dirs = [windir / "Fonts", Path(os.environ.get("LOCALAPPDATA", home)) / "Microsoft/Windows/Fonts"]
    else:
        dirs = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), home / ".local/share/fonts",
                home / ".fonts"]
    return [d for d in dirs if d.is_dir()]


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def style_key(bold: bool, italic: bool) -> str:
    """Return the face style name for the *bold* and *italic* flags."""
    return ("bold" if bold else "") + ("italic" if italic else "") or "regular"


@dataclass(eq=False)
class Face:
    """One font file: its family, style, metrics and the characters it can draw."""

    path: Path
    family: str
    style: str
    units_per_em: int
    ascent: float  # fractions of the em
    descent: float  # positive, fraction of the em
    panose: str = ""  # the OS/2 PANOSE bytes as hex: lets PowerPoint pick a look-alike font
    _font_: object = field(repr=False, default=None)  # the open fontTools font; tables are read on first use
    _cmap_: dict[int, str] | None = field(repr=False, default=None)
    _widths: dict[str, float] = field(repr=False, default_factory=dict)
    _texts: dict[str, float] = field(repr=False, default_factory=dict)  # widths of whole strings, in ems
    _damage_: str | None = field(repr=False, default=None)  # "" once checked and sound

    @property
    def _font(self):
        if self._font_ is None:  # a face known from the index: open its file only when measuring
            from fontTools.ttLib import TTFont

            self._font_ = TTFont(str(self.path), lazy=True)
        return self._font_

    @property
    def _cmap(self) -> dict[int, str]:
        if self._cmap_ is None:  # read lazily: finding a family must not cost reading every glyph table
            self._cmap_ = self._font.getBestCmap() or {}
        return self._cmap_

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
            self._damage_ = _damaged_table(self._font) or _unembeddable(self.path) or ""
        return self._damage_ or None

    def covers(self, char: str) -> bool:
        """Return True when this face has a glyph for *char*."""
        return ord(char) in self._cmap

    def advance(self, char: str) -> float:
        """Return the advance width of *char* in ems (0 for characters the face lacks)."""
        width = self._widths.get(char)
        if width is None:
            glyph = self._cmap.get(ord(char))
            width = self._font["hmtx"][glyph][0] / self.units_per_em if glyph is not None else 0.0
            self._widths[char] = width
        return width

    def covers_all(self, text: str) -> bool:
        """Return True when this face has a glyph for every character of *text* (spaces included)."""
        return self._cmap.keys() >= set(map(ord, text))

    def width(self, text: str, size: float) -> float:
        """Return the width of *text* set at *size* points, in points (no kerning)."""
        total = self._texts.get(text)
        if total is None:
            widths = self._widths
            total = 0.0
            for ch in text:
                w = widths.get(ch)
                if w is None:
                    w = self.advance(ch)
                total += w
            if len(self._texts) < 500_000:
                self._texts[text] = total
        return total * size


def _read_facts(path: Path) -> dict | None:
    """Return what deckbuild needs to know of the font file *path*, or None when it is not usable
    (only TrueType-outline fonts: they are what the PDF handout can embed).

    A TrueType file whose name can be read but whose header cannot be used gives its family and a
    ``problem`` (why) instead, so that a style naming that family can say so. Its character map and
    metrics are checked when a build first uses the face (``Face.damage``): they are large to read.
    """
    from fontTools.ttLib import TTFont, TTLibError

    family = None
    try:
        font = TTFont(str(path), lazy=True)
        if "glyf" not in font:  # CFF-outline OpenType cannot be embedded by the PDF painter
            return None
        names = font["name"]
        family = str(names.getDebugName(16) or names.getDebugName(1) or path.stem)
        sub = str(names.getDebugName(17) or names.getDebugName(2) or "Regular").lower()
        head = font["head"]
        bold = "bold" in sub or bool(head.macStyle & 1)
        italic = "italic" in sub or "oblique" in sub or bool(head.macStyle & 2)
        if any(w in sub for w in ("light", "thin", "black", "medium", "semibold", "extra", "condensed", "narrow")):
            style = "other:" + sub
        else:
            style = style_key(bold, italic)
        hhea = font["hhea"]
        upem = head.unitsPerEm
        if not 16 <= upem <= 16384:  # the range the TrueType specification allows
            return {"family": family, "problem": f"its 'head' table gives {upem} units per em"}
        panose = ""
        if "OS/2" in font:
            p = font["OS/2"].panose
            panose = "".join(f"{getattr(p, k):02X}" for k in (
                "bFamilyType", "bSerifStyle", "bWeight", "bProportion", "bContrast", "bStrokeVariation",
                "bArmStyle", "bLetterForm", "bMidline", "bXHeight"))
        return {"family": family, "style": style, "units_per_em": upem, "panose": panose,
                "ascent": hhea.ascent / upem, "descent": abs(hhea.descent) / upem}
    except (TTLibError, OSError, KeyError, AttributeError, ValueError, AssertionError, struct.error, IndexError,
            TypeError, EOFError, ZeroDivisionError, OverflowError):
        return {"family": family, "problem": "its tables cannot be read"} if family else None


def _damaged_table(font) -> str | None:
    """Return why *font*'s character map or glyph metrics cannot be used, or None when both read whole."""
    from fontTools.ttLib import TTLibError

    for tag in ("cmap", "hmtx"):
        try:
            if tag not in font:
                return f"it has no '{tag}' table"
            table = font[tag]
            if tag == "cmap":
                if not font.getBestCmap():
                    return "its 'cmap' table maps no characters"
            elif len(table.metrics) < len(font.getGlyphOrder()):
                return "its 'hmtx' table is shorter than its glyph count"
        except (TTLibError, KeyError, AttributeError, ValueError, AssertionError, struct.error, IndexError,
                TypeError, EOFError, OverflowError) as exc:
            detail = str(exc).split("\n")[0][:80]
            return f"its '{tag}' table is damaged ({detail})" if detail else f"its '{tag}' table is damaged"
    return None


def _unembeddable(path: Path) -> str | None:
    """Return why the PDF embedder (reportlab) cannot parse and subset the font at *path*, or None."""
    try:
        from reportlab.pdfbase.ttfonts import TTFontFile
    except ImportError:  # pragma: no cover - reportlab is a dependency
        return None
    try:
        font = TTFontFile(str(path), validate=0)
        glyphs = sorted({font.charToGlyph[c] for c in range(32, 127) if c in font.charToGlyph} | {0})
        font.makeSubset(glyphs)
    except Exception as exc:  # noqa: BLE001 - its parser raises many kinds for a damaged file
        detail = str(exc).split("\n")[0][:80]
        return f"the PDF embedder cannot read it ({detail})" if detail else "the PDF embedder cannot read it"
    return None


def usable(facts: dict | None) -> bool:
    """Return True when *facts* (from the font index) describe a face that can be measured and embedded."""
    return bool(facts) and "problem" not in facts


_FACT_TYPES = {"family": str, "style": str, "units_per_em": int, "panose": str, "ascent": float, "descent": float}


def _known(entry, stamp: list) -> bool:
    """Return True when a font index *entry* is for a file with *stamp* and holds facts as _read_facts makes them."""
    if not isinstance(entry, dict) or entry.get("stamp") != stamp or "facts" not in entry:
        return False
    facts = entry["facts"]
    if facts is None:
        return True
    if not isinstance(facts, dict) or set(facts) != set(_FACT_TYPES):
        return False
    for key, kind in _FACT_TYPES.items():
        value = facts[key]
        if kind is float:
            if not (isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value < 100):
                return False
        elif type(value) is not kind:
            return False
    return 16 <= facts["units_per_em"] <= 16384


_FACES: dict[str, Face] = {}  # every face made in this process, by path


def face_at(path: str) -> Face | None:
    """Return the face of the font file at *path* (the same object for the same file)."""
    face = _FACES.get(path)
    if face is None:
        facts = FontIndex().facts(Path(path))
        if not usable(facts):
            raise ValueError(f"not a usable font file: {path}")
        face = _FACES[path] = Face(path=Path(path), **facts)
    return face


def cache_dir() -> Path:
    """Return deckbuild's cache folder (DECKBUILD_CACHE_DIR, else the user's cache folder)."""
    if os.environ.get("DECKBUILD_CACHE_DIR"):
        return Path(os.environ["DECKBUILD_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or (Path.home() / ".cache")
    return Path(base) / "deckbuild"


class FontIndex:
    """Facts about font files, remembered between runs and keyed by path, size and modification time,
    so that finding a family does not mean opening dozens of font files on every build."""

    VERSION = 2  # 2: unusable files keep their family and why

    def __init__(self, path: Path | None = None):
        self.path = path or cache_dir() / "font-index.json"
        self.dirty = False
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            self.entries: dict = data["fonts"] if data.get("version") == self.VERSION else {}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            self.entries = {}
        if not isinstance(self.entries, dict):  # a damaged index is rebuilt, never trusted
            self.entries = {}

    def facts(self, path: Path) -> dict | None:
        try:
            st = path.stat()
        except OSError:
            return None
        stamp = [st.st_size, st.st_mtime_ns]
        entry = self.entries.get(str(path))
        if not _known(entry, stamp):
            entry = {"stamp": stamp, "facts": _read_facts(path)}
            self.entries[str(path)] = entry
            self.dirty = True
        return entry["facts"]

    def damage(self, face: Face) -> str | None:
        """Return ``face.damage()``, remembered with the file's facts so that each file is checked once."""
        entry = self.entries.get(str(face.path))
        known = entry.get("damage") if isinstance(entry, dict) else None
        if isinstance(known, str):
            face._damage_ = known
            return known or None
        why = face.damage()
        if isinstance(entry, dict):
            entry["damage"] = why or ""
            self.dirty = True
        return why

    def save(self) -> None:
        """Write the index if it learnt something (never failing the build)."""
        if not self.dirty:
            return
        from deckbuild.outputs import write_atomic

        try:
            write_atomic(self.path, json.dumps({"version": self.VERSION, "fonts": self.entries}).encode(),
                         durable=False)
            self.dirty = False
        except OSError:
            pass


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
            face = _FACES.get(str(path))
            if face is None:
                facts = self.index.facts(path)
                face = Face(path=path, **facts) if usable(facts) else None
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
