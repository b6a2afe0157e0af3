"""deckbuild — compile YAML outlines into a PowerPoint deck and a matching PDF handout."""

__version__ = "0.1.0"
