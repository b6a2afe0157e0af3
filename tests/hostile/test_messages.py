"""Nothing dropped silently, every error of a file in one run, hints that name the real cause, and
messages that never echo a whole hostile input."""

from __future__ import annotations

from .input_kit import DECK, make, refused


def _slide(body: str) -> dict:
    return {"01.yaml": "section: S\nslides:\n  - title: T\n" + body}


# --- style keys that were dropped without a word ---

def test_unknown_kind_in_pptx_layouts_gets_did_you_mean(tmp_path):
    project = make(tmp_path, {"assets/styles/s.yaml": "pptx:\n  layouts:\n    bulets: Content\n"},
                   deck={"deck.yaml": DECK + "style: s\n"})
    refused(project, project.run("build"), "assets/styles/s.yaml:3:5: error: unknown slide kind 'bulets' in "
            "pptx.layouts — did you mean 'bullets'?")


def test_a_slide_kind_in_pptx_layouts_says_which_layout_it_uses(tmp_path):
    project = make(tmp_path, {"assets/styles/s.yaml": "pptx: {layouts: {table: Blank}}\n"},
                   deck={"deck.yaml": DECK + "style: s\n"})
    refused(project, project.run("check"), "assets/styles/s.yaml:1:18: error: unknown slide kind 'table' in "
            "pptx.layouts — table slides use the 'other' layout: write other: …")


def test_unquoted_hash_colour_says_yaml_read_a_comment(tmp_path):
    project = make(tmp_path, {"assets/styles/s.yaml": "colors:\n  primary: #7A1F2B\n"},
                   deck={"deck.yaml": DECK + "style: s\n"})
    refused(project, project.run("build"), "assets/styles/s.yaml:2:12: error: 'primary' is empty: YAML reads "
            "'#7A1F2B' after the colon as a comment, not as a colour — quote the colour: primary: \"#7A1F2B\"")


def test_unquoted_hash_token_colour_in_code_colors(tmp_path):
    project = make(tmp_path, {"assets/styles/s.yaml": "code:\n  colors:\n    keyword: #1F3B5B   # blue\n"},
                   deck={"deck.yaml": DECK + "style: s\n"})
    refused(project, project.run("build"), "assets/styles/s.yaml:3:14: error: 'keyword' is empty: YAML reads "
            "'#1F3B5B' after the colon as a comment")


def test_unquoted_hash_colour_in_an_audience_style(tmp_path):
    deck = DECK + "audiences:\n  exec:\n    style:\n      colors: {accent: \"#000000\"}\n      math:\n" \
                  "        color: #C0392B\n"
    project = make(tmp_path, deck={"deck.yaml": deck})
    refused(project, project.run("build"), "outlines/d/deck.yaml:7:16: error: 'color' is empty: YAML reads "
            "'#C0392B' after the colon as a comment")


# --- every error of a file in one run ---

def test_chart_with_a_bad_value_and_a_wrong_count_gives_both_errors(tmp_path):
    project = make(tmp_path, deck=_slide("    chart:\n      type: bar\n      categories: [a, b, c]\n"
                                         "      series:\n        - {name: s, values: [1, lots]}\n"))
    err = refused(project, project.run("build"), "outlines/d/01.yaml:8:29: error: series 's' has 2 values but there "
                  "are 3 categories — give one value per category", errors=2)
    assert "outlines/d/01.yaml:8:33: error: value 2 of 'values' must be a number, not 'lots'" in err


def test_two_series_with_wrong_counts_give_two_errors(tmp_path):
    project = make(tmp_path, deck=_slide("    chart:\n      type: line\n      categories: [a, b]\n      series:\n"
                                         "        - {name: x, values: [1]}\n        - {name: y, values: [1, 2, 3]}\n"))
    err = refused(project, project.run("build"), "outlines/d/01.yaml:8:29: error: series 'x' has 1 value but there "
                  "are 2 categories", errors=2)
    assert "outlines/d/01.yaml:9:29: error: series 'y' has 3 values but there are 2 categories" in err


def test_two_bad_table_rows_give_two_errors_each_at_its_row(tmp_path):
    project = make(tmp_path, deck=_slide("    table:\n      columns: [a, b]\n      rows:\n        - [1, 2]\n"
                                         "        - [1]\n        - [1, 2, 3]\n"))
    err = refused(project, project.run("build"), "outlines/d/01.yaml:8:11: error: table row 2 has 1 cell but there "
                  "are 2 columns — give every row one cell per column (use \"\" for an empty cell)", errors=2)
    assert "outlines/d/01.yaml:9:11: error: table row 3 has 3 cells but there are 2 columns" in err


def test_a_bad_cell_and_a_short_row_give_both_errors(tmp_path):
    project = make(tmp_path, deck=_slide("    table:\n      columns: [a, b]\n      rows:\n        - [{x: 1}, 2]\n"
                                         "        - [1]\n"))
    err = refused(project, project.run("build"), "outlines/d/01.yaml:7:12: error: cell 1 of row 1 of 'rows' must be "
                  "text or a number, not a mapping", errors=2)
    assert "outlines/d/01.yaml:8:11: error: table row 2 has 1 cell but" in err


# --- YAML indentation mistakes: hints that name the real cause ---

def test_key_indented_under_a_text_value(tmp_path):
    project = make(tmp_path, deck={"deck.yaml": "title: Hostile\n  subtitle: Why\n"})
    refused(project, project.run("build"), "outlines/d/deck.yaml:2:11: error: invalid YAML: mapping values are not "
            "allowed here — 'subtitle' is indented more than 'title' on line 1, which already has a value, so YAML "
            "reads it as more of that text; indent 'subtitle' like 'title' (column 1)")


def test_slide_key_indented_under_the_title(tmp_path):
    project = make(tmp_path, deck={"01.yaml": "section: S\nslides:\n  - title: T\n      bullets: [x]\n"})
    refused(project, project.run("build"), "outlines/d/01.yaml:4:14: error: invalid YAML: mapping values are not "
            "allowed here — 'bullets' is indented more than 'title' on line 3, which already has a value, so YAML "
            "reads it as more of that text; indent 'bullets' like 'title' (column 5)")


def test_list_item_one_space_short(tmp_path):
    project = make(tmp_path, deck={"01.yaml": "section: S\nslides:\n  - title: T\n    bullets:\n      - x\n     - y\n"})
    refused(project, project.run("build"), "outlines/d/01.yaml:6:6: error: invalid YAML: expected <block end>, but "
            "found '<block sequence start>' (while parsing a block mapping) — this list item starts at column 6, but "
            "the list items above it start at column 7 (line 5); the list items of one list or mapping must line up")


def test_list_item_indented_too_far_is_not_folded_into_the_bullet(tmp_path):
    project = make(tmp_path, deck={"01.yaml": "section: S\nslides:\n  - title: T\n    bullets:\n      - x\n        - y\n"})
    refused(project, project.run("build"), "outlines/d/01.yaml:6:9: error: bullet 1 of 'bullets' runs on to line 6, "
            "so YAML reads '- y' as more of its text, not as a list item — line the '-' up with the items above it")


def test_key_at_the_column_of_the_dash(tmp_path):
    project = make(tmp_path, deck={"01.yaml": "section: S\nslides:\n  - title: T\n  bullets: [x]\n"})
    refused(project, project.run("build"), "outlines/d/01.yaml:4:3: error: invalid YAML: expected <block end>, but "
            "found '?' (while parsing a block collection) — 'bullets' lines up with the '-' of the list item on line 3; "
            "indent it like the keys of that item (column 5), or start it with '- ' to begin a new item")


def test_key_one_space_short_inside_a_list_item(tmp_path):
    project = make(tmp_path, deck={"01.yaml": "section: S\nslides:\n  - title: T\n    bullets: [x]\n   notes: n\n"})
    refused(project, project.run("build"), "outlines/d/01.yaml:5:4: error: invalid YAML: expected <block end>, but "
            "found '<block mapping start>' (while parsing a block collection) — 'notes' starts at column 4, but the "
            "keys above it start at column 5 (line 4)")


def test_list_item_without_its_dash_points_at_its_own_line(tmp_path):
    project = make(tmp_path, deck={"01.yaml": "section: S\nslides:\n  - title: T\n    bullets:\n      - a\n      b\n"})
    refused(project, project.run("build"), "outlines/d/01.yaml:6:7: error: invalid YAML: could not find expected ':' "
            "(while scanning a simple key) — line 6 is neither 'key: value' nor '- item': add ':' after the key, or "
            "start a list item with '- '")


def test_list_started_on_the_key_line(tmp_path):
    project = make(tmp_path, deck={"01.yaml": "section: S\nslides:\n  - title: T\n    bullets: - a\n"})
    refused(project, project.run("build"), "outlines/d/01.yaml:4:14: error: invalid YAML: sequence entries are not "
            "allowed here — start the list on the next line, one '- item' per line indented under the key, or write "
            "[a, b]")


def test_flow_list_left_open_before_the_next_key(tmp_path):
    project = make(tmp_path, deck={"01.yaml": "section: S\nslides:\n  - title: T\n    bullets: [a, b\n"
                                              "    notes: n\n"})
    refused(project, project.run("build"), "outlines/d/01.yaml:5:10: error: invalid YAML: expected ',' or ']', but "
            "got ':' (while parsing a flow sequence) — the list opened with '[' on line 4 is not closed where YAML "
            "expected; close it with ']', and quote items that hold ', ', ': ' or '#'")


# --- long hostile input is never echoed whole ---

def test_a_bad_20000_character_formula_is_not_echoed_whole(tmp_path):
    latex = "\\frac{" + "x" * 19_990
    project = make(tmp_path, deck=_slide(f"    math: '{latex}'\n"))
    err = refused(project, project.run("build"), "outlines/d/01.yaml:4:11: error: formula 1 of 'math' is 19,996 "
                  "characters long (the limit is 1,000) — split it into several formulas")
    assert "x" * 100 not in err


def test_a_bad_long_inline_formula_is_clipped_in_its_message(tmp_path):
    latex = "\\frac{" + "x" * 600
    project = make(tmp_path, deck=_slide(f"    bullets: ['see ${latex}$']\n"))
    err = refused(project, project.run("build"), "outlines/d/01.yaml:4:20: error: cannot read the formula "
                  "'\\frac{xxx")
    line = next(l for l in err.splitlines() if ": error: " in l)
    assert "…" in line and len(line) < 700 and "x" * 300 not in line


def test_a_20000_character_inline_formula_is_refused_quickly(tmp_path):
    project = make(tmp_path, deck=_slide("    bullets: ['$" + "y" * 19_990 + "$']\n"))
    refused(project, project.run("build"), "outlines/d/01.yaml:4:15: error: a formula in this text is 19,990 "
            "characters long (the limit is 1,000)")


def test_a_20000_character_layout_name_is_not_echoed_whole(tmp_path):
    project = make(tmp_path, deck=_slide("    layout: " + "q" * 20_000 + "\n"))
    err = refused(project, project.run("build"), "outlines/d/01.yaml:4:13: error: 'layout' 'qqqq")
    line = next(l for l in err.splitlines() if ": error: " in l)
    assert "(20,000 characters)' is not known" in line and len(line) < 700


def test_every_deck_of_the_run_reports_its_own_errors(tmp_path):
    project = make(tmp_path, deck={"deck.yaml": DECK + "style: /etc/passwd\n"})
    (tmp_path / "outlines" / "e").mkdir()
    (tmp_path / "outlines" / "e" / "deck.yaml").write_text(DECK + "style: ../../../x/y.yaml\n")
    (tmp_path / "outlines" / "e" / "01.yaml").write_text("section: S\nslides:\n  - title: T\n")
    err = refused(project, project.run("build"), "outlines/d/deck.yaml:2:8: error: style file '/etc/passwd' is "
                  "outside the project folder", errors=2)
    assert "outlines/e/deck.yaml:2:8: error: style file '../../../x/y.yaml' is outside the project folder" in err


def test_extends_in_an_audience_style_is_not_ignored(tmp_path):
    deck = DECK + "audiences:\n  exec:\n    style:\n      extends: briefing\n"
    project = make(tmp_path, deck={"deck.yaml": deck})
    refused(project, project.run("build"), "outlines/d/deck.yaml:5:7: error: an audience's style cannot use "
            "'extends' — it overrides values of the deck's style; name the style to extend in the deck's 'style:' "
            "instead")
