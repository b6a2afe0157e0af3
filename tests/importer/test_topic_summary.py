"""A large "same topic" group is summarized (its size and a few names), not listed in full in every
section: the listing was quadratic in the group's size."""

from __future__ import annotations

from deckbuild.importer import TOPIC_NAMES, import_documents


def _doc(i: int) -> str:
    body = " ".join(f"Sentence {i}-{k} about the council vote number {k * 7 + i} on tariffs and trade." for k in range(8))
    return f"Report number {i}\n\nTrade policy and tariffs\n\n{body}\n\nAnother matter {i}\n\nWords {i} here.\n"


def test_same_topic_notes_name_a_few_sections_and_the_group_size(tmp_path):
    paths = []
    for i in range(12):
        path = tmp_path / f"doc{i:02d}.txt"
        path.write_text(_doc(i))
        paths.append(path)
    result = import_documents(paths, "t", tmp_path / "outlines")
    lines = [r for r in result.report if r.startswith("same topic")]
    assert lines, result.report
    big = max(lines, key=len)
    assert "(12 sections)" in big and f"and {12 - TOPIC_NAMES:,} more" in big
    texts = [p.read_text() for p in (tmp_path / "outlines" / "t").glob("*.yaml")]
    for text in texts:
        assert text.count("same topic:") <= TOPIC_NAMES + 1
    assert any("more sections (see the import report)" in t for t in texts)
