"""deckbuild — compile YAML outlines into a PowerPoint deck and a matching PDF handout.

A tour (docs/architecture.md has the long one). deckbuild is a compiler in four stages:

    load    loader.py, mdoutline/        deck.yaml + sections → model.Deck (every node knows its line:col)
    select  audience.py                  the Deck as one audience sees it
    layout  layout/ (kinds in KINDS)     → layout.pages.Pages: SlidePages of positioned boxes, DeckInfo
    paint   render/painters.py           PAINTERS[format].paint(pages) → .pptx, -handout.pdf, -slides.pdf, html, png

``compile.compile`` runs select → layout for one deck and audience; ``worker.run_task`` compiles one
task and paints it; ``build.build`` plans the tasks, skips what is up to date (keys from
``compile.input_key``: the input files' hashes and deckbuild's own code), and writes all or nothing.
``cli.py`` is the only module that prints. Layout never imports python-pptx, reportlab or the template
reader; painters never import the model or the style (tests/test_architecture.py checks both).

One slide's path: a YAML bullet slide → ``model.Slide`` (loader) → ``layout.basic.bullets_slide``
fits it with real font metrics → a ``SlidePage`` → ``render/pptx.py`` writes it into the template's
placeholders, and the handout (``layout/handout/``) shows the same SlidePage as a miniature that
``render/handout_pdf.py`` draws.
"""

__version__ = "0.1.0"

from deckbuild.deferred import defer_all  # noqa: E402 - libraries other libraries import, loaded when used

defer_all()
