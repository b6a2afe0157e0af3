"""The Markdown section that ``deckbuild new NAME --markdown`` starts a deck with."""

SECTION_FILE = "01-introduction.md"

SECTION = """# Introduction {sources=example}

What this section says, in one paragraph. The handout prints it; the deck shows only the title.

## The first slide

- A first point
- A second point {sources=example}
  - with a detail

::: notes
What you will say while this slide is shown.
:::

## Fields Markdown has no syntax for {only=lecture}

- Heading attributes set `only`, `skip`, `in`, `sources`, `layout` and `reveal`
- A fenced yaml slide block holds the rest (timelines, charts, variants)

```yaml slide
variants:
  executive: {title: "The same slide, for executives"}
```

## Said in one sentence

A slide that holds one paragraph shows it as a statement.
"""

DECK_AUDIENCES = """audiences:
  lecture: {description: "The full lecture"}
  executive: {description: "The short version"}
"""
