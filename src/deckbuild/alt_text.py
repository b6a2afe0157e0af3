"""Text alternatives made from content: a chart described from its data.

"Column chart, Exports and Imports, 2019–2023; Exports 12 to 21, highest in 2023; Imports …".
"""

from __future__ import annotations

from deckbuild import markup

KIND_NAMES = {"bar": "Bar chart", "column": "Column chart", "line": "Line chart", "pie": "Pie chart"}
MAX_CATEGORIES_LISTED = 4


def number(value: float) -> str:
    """Return *value* as a reader says it: no trailing ``.0``, at most two decimals."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _names(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _categories(categories: list[str]) -> str:
    if len(categories) <= MAX_CATEGORIES_LISTED:
        return ", ".join(categories)
    return f"{categories[0]}–{categories[-1]}"


def chart_alt(chart) -> str:
    """Return the alt text of *chart* (a model.Chart): its own ``alt:``, else a summary of its data."""
    if chart.alt:
        return markup.plain(chart.alt)
    cats = [markup.plain(c) for c in chart.categories]
    names = [markup.plain(s.name) for s in chart.series]
    kind = KIND_NAMES.get(chart.type, "Chart")
    if chart.type == "pie":
        values = chart.series[0].values
        total = sum(v for v in values if v > 0) or 1.0
        shares = sorted(zip(values, cats), key=lambda vc: -vc[0])
        parts = [f"{c} {max(v, 0) / total:.0%}" for v, c in shares[:6]]
        more = f" and {len(shares) - 6} more" if len(shares) > 6 else ""
        return f"{kind}, {names[0]}: " + ", ".join(parts) + more
    text = [f"{kind}, {_names(names)}, {_categories(cats)}"]
    for name, series in zip(names, chart.series):
        values = series.values
        lo, hi = min(values), max(values)
        top = cats[values.index(hi)]
        span = number(lo) if lo == hi else f"{number(lo)} to {number(hi)}"
        text.append(f"{name} {span}, highest in {top}" if lo != hi else f"{name} {span} throughout")
    return "; ".join(text)
