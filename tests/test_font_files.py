"""font_files: fontTools is imported quiet (its logger never reaches the terminal), and only by what opens a font
file with it: importing the font modules does not import logging."""

from __future__ import annotations

import os
import subprocess
import sys

CODE = """
import sys
from pathlib import Path
import deckbuild.fonts, deckbuild.font_files, deckbuild.outputs
print("logging" in sys.modules, "secrets" in sys.modules)
from deckbuild.font_files import read_facts
facts = read_facts(Path(sys.argv[1]))
import logging
quiet = logging.getLogger("fontTools")
print(quiet.propagate, any(isinstance(h, logging.NullHandler) for h in quiet.handlers), facts["family"])
"""


def test_fonttools_is_quiet_and_imported_only_when_a_font_is_opened():
    font = os.path.join(os.path.dirname(__file__), "..", "src", "deckbuild", "fonts", "LiberationSans-Regular.ttf")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.run([sys.executable, "-c", CODE, font], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["False False", "False True Liberation Sans"]
