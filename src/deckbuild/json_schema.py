"""JSON Schemas of deckbuild's files, made from the same declarations that check them."""

from __future__ import annotations

from deckbuild import __version__

SCHEMAS = ("deck", "section", "style", "project")
TITLES = {"deck": "deckbuild deck manifest (deck.yaml)", "section": "deckbuild section outline",
          "style": "deckbuild style", "project": "deckbuild project file (deckbuild.yaml)"}


def json_schema(kind: str) -> dict:
    """Return the JSON Schema (draft 2020-12) of a *kind* file: deck, section, style or project."""
    from deckbuild.outline_schema import DECK, SECTION
    from deckbuild.project import PROJECT
    from deckbuild.style import STYLE

    record = {"deck": DECK, "section": SECTION, "style": STYLE, "project": PROJECT}[kind]
    defs: dict = {}
    root = record.json(defs)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": f"https://deckbuild.invalid/schema/{__version__}/{kind}.schema.json",
            "title": TITLES[kind], **root, "$defs": defs}
