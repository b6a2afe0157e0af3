"""lazy_patterns: PyYAML's reader, imported after deckbuild, compiles its pattern only when the pure-Python
reader first reads a file, and then reads and rejects exactly as it does when imported alone."""

from __future__ import annotations

import json
import subprocess
import sys

READ = """
import json, sys, yaml
out = {}
for name, text in [("plain", "a: [b, c]\\n"), ("bell", "a: \\x07\\n"), ("bom", "\\ufeffa: 1\\n"), ("nel", "a: x\\x85y\\n")]:
    try:
        out[name] = repr(yaml.load(text, Loader=yaml.SafeLoader))
    except yaml.YAMLError as exc:
        out[name] = "error: " + str(exc)
print(json.dumps(out))
"""


def _run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout


def test_the_pure_python_reader_reads_and_rejects_as_it_does_without_deckbuild():
    alone = json.loads(_run(READ))
    after = json.loads(_run("import deckbuild\n" + READ))
    assert after == alone
    assert alone["bell"].startswith("error: unacceptable character #x0007")


def test_reading_outlines_with_libyaml_never_compiles_the_pattern(tmp_path):
    outline = tmp_path / "01.yaml"
    outline.write_text("section: S\nslides:\n  - title: T · café\n    bullets: [one]\n", encoding="utf-8")
    code = (f"import deckbuild, re\nfrom pathlib import Path\nfrom deckbuild import yamlsrc\n"
            f"from deckbuild.diagnostics import Diagnostics\nimport yaml.reader as r\n"
            f"doc = yamlsrc.read_yaml(Path({str(outline)!r}), Diagnostics())\n"
            "p = r.Reader.NON_PRINTABLE\n"
            "print(type(p).__name__, p._compiled is None, re.compile.__module__, doc is not None)")
    assert _run(code).split() == ["LazyPattern", "True", "re", "True"]


def test_platform_and_reportlabs_evaluator_compile_their_patterns_when_first_used():
    code = ("import deckbuild, json, platform, sys\nfrom reportlab.lib import rl_safe_eval as r\n"
            "before = [type(platform._sys_version_parser).__name__, type(r.__rl_unsafe_re__).__name__,\n"
            "          platform._os_release_line._compiled is None]\n"
            "print(json.dumps([before, platform.python_implementation(), platform.system(),\n"
            "                  platform._sys_version_parser._compiled is not None,\n"
            "                  r.rl_safe_eval('1 + 2 * 3'), bool(r.__rl_unsafe_re__.search('x = __import__'))]))")
    alone = ("import json, platform\nfrom reportlab.lib import rl_safe_eval as r\n"
             "print(json.dumps([platform.python_implementation(), platform.system(), r.rl_safe_eval('1 + 2 * 3'),\n"
             "                  bool(r.__rl_unsafe_re__.search('x = __import__'))]))")
    before, implementation, system, compiled, value, unsafe = json.loads(_run(code))
    assert before == ["LazyPattern", "LazyPattern", True]
    assert compiled  # the one pattern asked for, compiled then
    assert [implementation, system, value, unsafe] == json.loads(_run(alone))
