"""How ``make test`` shares the suite between two pytest-xdist workers: by work unit, the longest first.

A work unit is a test file (its module fixtures, such as decks built once and rendered by LibreOffice, are
then made once), or a group of files that share work painted once per process (tests/visual/handouts.py).
The units known to take longest are handed out first, so that no long unit starts when the other worker is
almost done; the others follow in collection order. A unit missing from the list only runs later.
"""

from __future__ import annotations

from xdist.scheduler import LoadScopeScheduling

SHARED_WORK = {"tests/visual/test_decks.py": "visual-handouts", "tests/visual/test_citations.py": "visual-handouts",
               "tests/visual/test_handout_flow.py": "visual-handouts"}
LONGEST_FIRST = ("visual-handouts", "tests/render/test_real_templates.py", "tests/test_properties.py",
                 "tests/hostile/test_exit70.py", "tests/hostile/test_cache.py", "tests/test_a11y_pdf.py",
                 "tests/test_incremental.py", "tests/test_check_equals_build.py", "tests/test_architecture.py",
                 "tests/render/test_slides.py", "tests/test_a11y_pdf_kinds.py")
RANK = {unit: i for i, unit in enumerate(LONGEST_FIRST)}


def work_unit(nodeid: str) -> str:
    """Return the work unit of the test *nodeid*: its file, or the group of files sharing its work."""
    path = nodeid.split("::", 1)[0]
    return SHARED_WORK.get(path, path)


def longest_first(nodeid: str) -> int:
    """Return the sort key that puts the test *nodeid* in the order its work unit is handed out."""
    return RANK.get(work_unit(nodeid), len(RANK))


class WorkUnitScheduling(LoadScopeScheduling):
    """Hand each worker a whole work unit at a time, in the order the workers collected them."""

    def __init__(self, config, log=None):
        super().__init__(config, log)
        config.option.loadscopereorder = False  # keep the workers' order, not the most tests first

    def _split_scope(self, nodeid: str) -> str:
        return work_unit(nodeid)
