"""The compiler, as one readable function: a deck file, an audience and a style become laid-out Pages.

    load (loader.load_deck, style_loader.StyleLoader)  →  select (audience.select)  →  layout (layout.deck_to_pages)

``build``, ``check``, ``watch``/``serve`` (through ``build``) and the worker processes all call
``compile``; the painters (render.painters) then draw the Pages it returns. Nothing here keeps state
between calls: what planning read is passed along explicitly as ``Inputs``.

The keys that decide what is up to date come from one place, ``input_key``: the output manifest's key
and the per-slide layout cache's salt are both the hash of deckbuild's own code, the libraries' versions,
options, and the hashes of the files actually read.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path


from deckbuild.records import record

TYPE_CHECKING = False  # (typing.TYPE_CHECKING, without importing typing at start-up)

if TYPE_CHECKING:  # imported where used: ``code_hash`` and ``input_key`` (an unchanged rebuild) need none of them
    from deckbuild.diagnostics import Diagnostics, Pos
    from deckbuild.fonts import FontBook
    from deckbuild.layout.cache import LayoutCache
    from deckbuild.layout.pages import Pages
    from deckbuild.model import Deck
    from deckbuild.style import Style


@record(frozen=True)
class Inputs:
    """What one deck × audience is compiled from, as read: the deck, its style and the project's fonts."""

    deck: Deck
    style: Style
    fonts: FontBook
    models: object = None  # the checked sections the deck was read with (model_cache.ModelCache), kept by the worker


def compile(inputs: Inputs, audience: str | None, diags: Diagnostics, cache: LayoutCache | None = None,
            a11y: bool = False, laid_out: tuple[list, list] | None = None, memo=None) -> Pages:
    """Return the Pages of *inputs*' deck as *audience* sees it: select, then lay out (with *cache*).

    Every problem goes to *diags*; with *a11y* the full accessibility check runs on the laid-out pages
    (otherwise only the missing-alt-text warnings). *laid_out* is (slides, their diagnostics) of another
    audience whose view selects the same content: its slides are used as they are. *memo*
    (layout.handout_memo.HandoutMemo) holds the handout text of each slide set by earlier builds.
    """
    from deckbuild import a11y as accessibility
    from deckbuild.audience import select
    from deckbuild.layout.pages import Pages, deck_info
    from deckbuild.layout.text import Typesetter

    if cache is not None or memo is not None:  # the classes their files name, imported here before painting
        from deckbuild.layout.codec import registry  # forks: a forked child would import them again (10 ms)

        registry()
    deck, style, fonts = inputs.deck, inputs.style, inputs.fonts
    view, report = select(deck, audience)
    setter = Typesetter(fonts, style.fonts.mono, style.fonts.fallback, math_font=style.math.font)
    if laid_out is not None:
        slides = laid_out[0]
        diags.extend(laid_out[1])
    else:
        slides = deck_to_pages(view, style, setter, diags, cache)
        diags.extend(accessibility.check_deck(view, slides, style) if a11y else accessibility.missing_alt(view))

    def handout():
        from deckbuild.layout.handout import deck_to_handout

        return deck_to_handout(slides, view, style, setter, audience, memo)

    return Pages(slides, deck_info(view, style), report, handout)


def deck_to_pages(view: Deck, style: Style, setter, diags: Diagnostics, cache: LayoutCache | None = None) -> list:
    """Return the laid-out slides of *view* (``layout.deck_to_pages``, imported when a deck is laid out)."""
    from deckbuild.layout import deck_to_pages as lay_out

    return lay_out(view, style, setter, diags, cache)


def read_inputs(target: Path, audience: str | None, style_ref: str | None, style_base: Path, style_pos: Pos,
                allow: tuple[Path, ...], diags: Diagnostics, fonts: dict[Path, FontBook], models=None) -> Inputs | None:
    """Return the deck at *target* and its style for *audience* (None when either has errors).

    *fonts* holds one FontBook per project folder, shared by the caller's decks; *models* the deck's checked
    sections kept by earlier builds (model_cache.ModelCache).
    """
    from deckbuild.loader import load_deck
    from deckbuild.paths import project_root
    from deckbuild.style_loader import StyleLoader

    deck = load_deck(target, diags, allow, models)
    if deck is None:
        return None
    book = project_fonts(project_root(deck.path), allow, fonts)
    style = StyleLoader(project_root(deck.path), diags, allow).load(
        style_ref or deck.style, style_base, style_pos, audience_overrides(deck, audience))
    return None if style is None else Inputs(deck, style, book, models)


def project_fonts(root: Path, allow: tuple[Path, ...], fonts: dict[Path, FontBook]) -> FontBook:
    """Return the FontBook of the project at *root* (its assets/fonts and the system's), made once per *fonts*."""
    from deckbuild.fonts import FontBook
    from deckbuild.paths import ReadScope

    if root not in fonts:
        fonts[root] = FontBook([root / "assets" / "fonts"], scope=ReadScope(root, allow))
    return fonts[root]


def audience_overrides(deck: Deck, audience: str | None) -> tuple:
    """Return the style values *audience* overrides (its ``style:`` and ``handout:`` in deck.yaml)."""
    from deckbuild.schema import Values

    if audience is None:
        return ()
    aud = deck.audiences[audience]
    overrides: list[Values] = []
    if aud.style:
        overrides.append(aud.style)
    if aud.handout:
        wrapper = Values(aud.pos)
        wrapper["handout"] = aud.handout
        overrides.append(wrapper)
    return tuple(overrides)


def font_files(fonts: FontBook, style: Style) -> list[Path]:
    """Return the files of every face of the families *style* names (and the bundled fallback and script faces).

    Every font folder is looked through first, so the answer does not depend on which families earlier
    decks of the run asked for (the font index makes this cheap).
    """
    from deckbuild.fonts import SCRIPT_FAMILIES

    fonts.families()
    names = [style.fonts.heading, style.fonts.body, style.fonts.mono, *style.fonts.fallback, "Liberation Sans",
             *SCRIPT_FAMILIES]  # the faces Arabic and Hebrew are set in, whatever the style names
    return sorted({face.path for name in names for face in fonts.family(name).values()})


def input_files(inputs: Inputs) -> list[str]:
    """Return every file compiling *inputs* reads (deck, sections, style, template, logo, images, fonts), resolved."""
    deck, style = inputs.deck, inputs.style
    return sorted({*map(str, deck.files),  # the loader's are resolved (Deck.files)
                   *(str(Path(p).resolve()) for p in list(style.files) + font_files(inputs.fonts, style))})


def input_hashes(inputs: Inputs, known: dict[str, tuple[str, str]] | None = None) -> tuple[tuple[str, str], ...]:
    """Return (file, hash of its bytes) for every file of *inputs*, each read once; a section file whose
    text is no longer what the loader read is marked as changed (an edit between reading and hashing is
    caught). A file that is not a section and has the identity *known* gives it (digest, identity) for, as
    trusted by an earlier run (``filehash.trusted``), or that file_digests.py remembers it had, is not read;
    one read whose identity is settled is remembered there."""
    from deckbuild import file_digests
    from deckbuild.filehash import read_hashed, settled_key, trusted

    loaded = _loaded_digests(inputs.deck)
    remembered = file_digests.kept()
    hashes, found = [], {}
    for path in input_files(inputs):
        kept = None if path in loaded else (known or {}).get(path) or remembered.get(path)
        if kept is not None and trusted(path, *kept):
            hashes.append((path, kept[0]))
            continue
        read = read_hashed(path)
        digest = "missing" if read is None else read[1]
        if path in loaded and not (read is not None and _text_digest(read[0]) == loaded[path]):
            digest = "changed while it was read"
        elif path not in loaded and read is not None and (settled := settled_key(path, digest)) is not None:
            found[path] = (digest, settled)
        hashes.append((path, digest))
    if found:
        file_digests.keep(found)
    return tuple(hashes)


def input_key(hashes, options: dict) -> str:
    """Return the key of what is built from the files of *hashes* ((file, hash) pairs) with *options*.

    The key also covers deckbuild's own code and the versions of the libraries that shape the outputs,
    so a new deckbuild (or an edit of its code) builds again. The manifest's key and the layout cache's
    salt are both made here.
    """
    from deckbuild.cache import library_versions

    h = hashlib.sha256()
    h.update(f"deckbuild {code_hash()}\n{library_versions()}\n".encode())
    h.update(json.dumps(options, sort_keys=True, default=str).encode())
    for path, digest in sorted(hashes):
        h.update(f"\n{path}\n{digest}".encode())
    return h.hexdigest()


def layout_salt(inputs: Inputs, hashes) -> str:
    """Return the salt of the per-slide layout cache: the key of every input but the deck's own files
    (each slide's key covers its section), the style's values and the template's geometry."""
    from deckbuild.layout.boxes import FORMAT

    deck_files = set(map(str, inputs.deck.files))  # resolved (Deck.files)
    style = inputs.style
    return input_key([(p, d) for p, d in hashes if p not in deck_files],
                     {"style": repr(style), "template": repr(style.template_info), "boxes": FORMAT})


def code_hash() -> str:
    """Return the hash of deckbuild's own files (its code and bundled data): an edit of any builds again
    (``codehash.code_hash``, which keeps it between runs)."""
    from deckbuild.codehash import code_hash as own_code

    return own_code()


def _loaded_digests(deck: Deck) -> dict[str, str]:
    """Return the digest of the text the loader read (``Section.digest``) of each section file, by resolved path."""
    return {str(Path(s.pos.path).resolve()): s.digest for s in deck.sections if s.digest}


def _text_digest(data: bytes) -> str | None:
    """Return the digest ``Section.digest`` has for a file of bytes *data* (None when they are not UTF-8)."""
    try:
        return hashlib.sha1(data.decode("utf-8-sig").encode("utf-8")).hexdigest()
    except UnicodeDecodeError:
        return None
