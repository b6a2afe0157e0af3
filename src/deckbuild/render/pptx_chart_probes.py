"""Probe charts: one of every kind deckbuild paints, with the odd values its writers must escape or format alike.

``pptx_chart_book`` makes these with python-pptx and with its own writers before it uses its own; the first
probe's workbook becomes the template of every chart's workbook.
"""

from __future__ import annotations

from deckbuild.layout.boxes import ChartBox

_ODD = ("Ünïcødé & <tags>", "  leading", "trailing ", "_x0041_ escaped", 'a "quote"', "日本語", "🎉 emoji", "x > y")
_CATEGORIES = tuple(f"C{i}" for i in range(12)) + _ODD  # 20 rows: two blocks of 16 in the worksheet
_VALUES = (0.0, -0.0, 1.0, -3.5, 12.0, 27.5, 1e20, 1e-7, -1e16, 123456789.123, 0.1 + 0.2, 7, 100.0, -42.0, 5e-324,
           2.0, 3.25, 1e15, 1e16, 0.5)


def _colors(n: int, first: int) -> tuple[str, ...]:
    """Return *n* colours for a probe (any will do: the probe checks how they are written, in either case)."""
    return tuple((f"{(first + 0x2F3B5B * k) % 0x1000000:06X}" if k % 2 else
                  f"{(first + 0x2F3B5B * k) % 0x1000000:06x}") for k in range(n))


_BASE = dict(x=36.0, y=90.0, w=640.0, h=360.0, font="Fira & Sans", font_size=13.33, text_color=_colors(1, 1)[0],
             grid_color=_colors(2, 2)[1], axis_color=_colors(1, 3)[0], tick_format='#,##0.0" kg"', label_format="0%",
             plot=(48.5, 100.25, 600.0, 300.0))

PROBES = (
    ChartBox(type="column", categories=_CATEGORIES, colors=_colors(3, 4),
             series=(("Exports", _VALUES), ("Imports", tuple(-v for v in _VALUES)), ("C3", tuple(reversed(_VALUES)))),
             axis=(0, 25, 5), data_labels=True, label_positions=("outEnd",), legend="b",
             legend_box=(40.0, 420.0, 300.0, 20.0), bar_gap=102, bar_overlap=-9, category_skip=2,
             category_rotation=-90.0, tick_marks=True, **_BASE),
    ChartBox(type="bar", categories=_ODD, colors=_colors(1, 5), series=(("Score", _VALUES[:len(_ODD)]),),
             axis=(-50.0, 100.0, 12.5), bar_gap=150, bottom_up=True, grid_width=0.0, **_BASE),
    ChartBox(type="line", categories=_ODD[:5], colors=_colors(2, 6), legend="r",
             series=(("Plan", (3.0, 5.0, 6.0, 8.0, 1e-7)), ("Actual", (2.0, 4.5, 7.0, 7.5, -1.0))),
             axis=(0.0, 8.0, 2.0), data_labels=True, label_positions=("t",), legend_box=(500.0, 200.0, 80.0, 40.0),
             marker_size=100.0, line_width=3.5, label_bold=True, **_BASE),
    ChartBox(type="pie", categories=("Written off", "Still owed", "日本語"), colors=_colors(3, 7),
             series=(("Debt", (90.0, 10.0, 0.0)),), data_labels=True, label_positions=("ctr", "bestFit", "outEnd"),
             label_colors=_colors(3, 8), label_shows="percent", label_bold=True, legend="r",
             legend_box=(500.0, 200.0, 80.0, 40.0), slice_line=_colors(1, 9)[0], slice_line_width=1.5, **_BASE),
)
