"""Table layout: widths from the content (preferred and minimum widths), numeric columns, words kept whole,
and the min_body floor for long tables."""

from __future__ import annotations

from pathlib import Path

from conftest import lay_out
from deckbuild.layout.boxes import TableBox
from deckbuild.layout.table import column_widths, numeric_column


def _layout(tmp_path: Path, section: str):
    return lay_out(tmp_path, {"deck.yaml": "title: Tables\n", "01.yaml": section})


def _tables(pages):
    return [b for p in pages for b in p.boxes if isinstance(b, TableBox)]


def _cell_lines(table: TableBox) -> list[list[str]]:
    return [["".join(f.text for f in line.frags) for p in cell.frame.paragraphs for line in p.lines]
            for row in table.cells for cell in row]


WIDE = """section: Wide
slides:
  - title: Wrappers
    table:
      columns: [Crate, Wrapper, Notes, Q1, Q2, Change]
      rows:
        - [serde, "`RefCell<T>`", "shared mutable state checked at run time, panics on a second borrow of the cell", "1,204", "1,310", "+27%"]
        - [tokio, "`Arc<Mutex<T>>`", "shared across threads behind a lock that every task must take before it writes", "980", "1,020", "+20%"]
        - [rayon, "`Rc<T>`", "reference counted, single threaded, cheap to clone and to drop again", "455", "—", "−14%"]
"""


def test_cells_never_break_inside_a_word_set_in_code(tmp_path):
    pages, _, _ = _layout(tmp_path, WIDE)
    table = _tables(pages)[0]
    for lines in _cell_lines(table):
        words = " ".join(lines).split()
        for token in ("RefCell<T>", "Arc<Mutex<T>>", "Rc<T>"):
            if any(token[:3] in w for w in words):
                assert token in words, lines


def test_numeric_columns_and_their_header_are_right_aligned(tmp_path):
    pages, _, _ = _layout(tmp_path, WIDE)
    table = _tables(pages)[0]
    aligns = [[cell.frame.paragraphs[0].align for cell in row] for row in table.cells]
    assert all(row == ["l", "l", "l", "r", "r", "r"] for row in aligns), aligns  # the header row too


def test_a_dash_does_not_make_a_column_text():
    assert numeric_column(["1,204", "—", "455"]) and numeric_column(["12%", "n/a", "-3%"])
    assert not numeric_column(["—", ""]) and not numeric_column(["1,204", "many"])


def test_widths_follow_the_content_and_a_small_table_does_not_fill_the_slide():
    widths = column_widths([100, 50, 50], [60, 30, 30], 1000)
    assert widths[0] > widths[1] == widths[2] and sum(widths) < 1000 * 0.7  # spread a little, not to the edges
    tight = column_widths([600, 600], [100, 300], 700)
    assert tight[0] >= 100 and tight[1] >= 300 and round(sum(tight), 6) == 700
    assert column_widths([900, 100], [100, 100], 500)[1] >= 100  # every minimum kept


def test_long_tables_continue_at_min_body_or_more(tmp_path):
    rows = "".join(f'        - ["Week {i}", "{i * 7 % 53 + 10}", "{i * 5 % 31 + 3}", "{i * 3 % 97}.5%"]\n'
                   for i in range(1, 35))
    pages, diags, style = _layout(tmp_path, "section: Long\nslides:\n  - title: Rows\n    table:\n"
                                            "      columns: [Week, Reviews, Merged, Share]\n      rows:\n" + rows)
    tables = _tables(pages)
    assert len(tables) >= 2
    sizes = {r.size for t in tables for row in t.cells for c in row for p in c.frame.paragraphs for r in p.runs}
    assert min(sizes) >= style.sizes.min_body
