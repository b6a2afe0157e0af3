"""Markdown decks written the way pandoc's manual ("Slide shows") and Marp's documentation write them.

The decks are our own text, in those projects' style: a pandoc title block, ``# Section``/``## Slide``,
a ``---`` slide without a title, ``{.incremental}``, ``::::: {.columns}`` with widths, two listings on a
slide, reveal.js attributes; Marp's front matter, ``---`` slides titled by ``#``, directives in comments,
comments as presenter notes and ``![bg]`` images. They build, with warnings only for what deckbuild lacks.
"""

from __future__ import annotations

import re

from PIL import Image
from pptx import Presentation

PANDOC_STYLE = """\
% Evening routines
% A. Lecturer
% 1 March 2026

# Before dinner

## Shopping

- Write a list
- Buy vegetables

::: notes
Keep this part short.
:::

## Cooking {.incremental}

- Boil water
- Add the rice

------------------

![a pot of rice](rice.png)

# After dinner

## Two sides

:::::::::::::: {.columns}
::: {.column width="40%"}
- Wash
- Dry
:::
::: {.column width="60%"}
- Put away
:::
::::::::::::::

## Scripts

Python first:

```python
print("done")
```

```bash
echo done
```

## Groceries

| Item | Price |
|------|------:|
| Rice | 2.10 |

## Ordered steps

1. Clear the table
2. Load the dishwasher

## Last words {data-background-color="black"}

> Clean as you go.
>
> — A kitchen saying

# Thank you
"""

MARP_STYLE = """\
---
marp: true
theme: gaia
paginate: true
backgroundColor: "#fdfdfd"
---

<!-- _class: lead -->

# Kitchen basics

A first session for new cooks

---

# Knives

- Chef's knife
- Paring knife

<!--
Mention safety first.
-->

---

## Weighing

![bg right:40%](scales.png)

- Cups and spoons
- A kitchen scale

---

# Timing

```python
def boil(minutes):
    return minutes * 60
```
"""


def _build(project, name: str, md: str):
    folder = project.deck(name, {"deck.yaml": "title: Real decks\n", "01-deck.md": md})
    for picture in ("rice.png", "scales.png"):
        Image.new("RGB", (64, 48), "orange").save(folder / picture)
    result = project.run("build", f"outlines/{name}")
    assert result.exit_code == 0, result.output
    warnings = re.findall(r"^(outlines/\S+): warning: (.*?)(?: — .*)?$", result.output, re.M)
    prs = Presentation(str(project.dist / f"{name}.pptx"))
    titles = [s.shapes.title.text if s.shapes.title is not None else "" for s in prs.slides]
    return warnings, titles, prs


def test_a_pandoc_style_deck_builds_with_warnings_only_for_what_deckbuild_lacks(project):
    warnings, titles, prs = _build(project, "pandoc", PANDOC_STYLE)
    assert titles[1:] == ["Before dinner", "Shopping", "Cooking", "Cooking", "After dinner", "Two sides", "Scripts",
                          "Scripts", "Groceries", "Ordered steps", "Last words", "Thank you"]
    assert [w for _, w in warnings] == [
        "the pandoc title block ('% Title') is not used",
        "this slide has no title; it takes the title of the slide before it, 'Cooking'",
        "the attribute 'width' steers pandoc's or Marp's output and is ignored",
        "the attribute 'width' steers pandoc's or Marp's output and is ignored",
        "a paragraph on a slide is shown as a bullet",
        "a slide shows one code; this one goes on a slide of its own, also titled 'Scripts'",
        "column alignment (':' in the rule line) is ignored",
        "a numbered list is shown as bullets",
        "the attribute 'data-background-color' steers pandoc's or Marp's output and is ignored",
    ]
    shopping = [s for s in prs.slides if s.shapes.title is not None and s.shapes.title.text == "Shopping"][0]
    assert shopping.notes_slide.notes_text_frame.text.strip() == "Keep this part short."
    assert any(sh.shape_type == 13 for sh in prs.slides[4].shapes)  # the untitled --- slide shows its picture


def test_column_widths_are_warned_at_their_line(project):
    warnings, _titles, _prs = _build(project, "pandoc", PANDOC_STYLE)
    where = [w for w, text in warnings if "'width'" in text]
    assert [w.split(":")[1] for w in where] == ["30", "34"]


def test_a_marp_style_deck_builds_with_warnings_only_for_what_deckbuild_lacks(project):
    warnings, titles, prs = _build(project, "marp", MARP_STYLE)
    assert titles[1:] == ["Deck", "Kitchen basics", "Knives", "Weighing", "Timing"]
    assert [w for _, w in warnings] == [
        "the front matter key 'theme' is a pandoc or Marp setting that deckbuild does not use",
        "the front matter key 'paginate' is a pandoc or Marp setting that deckbuild does not use",
        "the front matter key 'backgroundColor' is a pandoc or Marp setting that deckbuild does not use",
        "the Marp directive '_class: lead' is not supported and is ignored",
        "this file has no '# Section' heading; the section is named 'Deck' after the file",
        "Marp background images ('![bg]') are not supported yet; the image is left out",
    ]
    knives = [s for s in prs.slides if s.shapes.title is not None and s.shapes.title.text == "Knives"][0]
    assert knives.notes_slide.notes_text_frame.text.strip() == "Mention safety first."
    lead = [s for s in prs.slides if s.shapes.title is not None and s.shapes.title.text == "Kitchen basics"][0]
    assert "A first session for new cooks" in [sh.text_frame.text for sh in lead.shapes if sh.has_text_frame]
