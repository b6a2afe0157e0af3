"""Red-team pass over SVG pictures: references hidden in presentation attributes, CSS escapes and
processing instructions, numbers too large to draw, unknown encodings and text too long to lay out are
positioned errors (exit 1, not 70, and not minutes of work), with dist/ untouched."""

from __future__ import annotations

import pytest

from .input_kit import bounded, make, refused

SVG = 'xmlns="http://www.w3.org/2000/svg" width="10" height="10"'
IMAGE = "section: S\nslides:\n  - title: T\n    image: {path: ../../assets/p.svg, alt: A drawing}\n"
OUTSIDE = "keep url() to #ids in the same file"
HUGE = "too large to draw (line 1 of the SVG) — keep coordinates and sizes below 100,000,000"
CASES = {
    "filter-url": (f'<svg {SVG}><rect filter="url(http://127.0.0.1:9/f.svg#x)" width="5" height="5"/></svg>',
                   f"has an attribute 'filter' that refers to something outside the file (line 1 of the SVG) — {OUTSIDE}"),
    "mask-file": (f'<svg {SVG}><rect mask="url(/etc/passwd#m)" width="5" height="5"/></svg>',
                  "has an attribute 'mask' that refers to something outside the file"),
    "escaped-url": (f'<svg {SVG}><rect style="fill:\\75 rl(http://127.0.0.1:9/x.png)" width="5" height="5"/></svg>',
                    "styles refer to something outside the file"),
    "escaped-import": (f'<svg {SVG}><style>\\40 import "http://127.0.0.1:9/i.css";</style></svg>',
                       "has a <style> that refers to something outside the file"),
    "stylesheet-pi": (f'<?xml-stylesheet href="http://127.0.0.1:9/x.css"?><svg {SVG}/>',
                      "holds a processing instruction <?xml-stylesheet …?> (line 1 of the SVG)"),
    "huge-viewbox": ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1e308 1e308"><rect width="9" height="9"/>'
                     "</svg>", f"uses the number 1e308, {HUGE}"),
    "huge-stroke": (f'<svg {SVG}><circle r="5" stroke-width="1e300" stroke="red"/></svg>', "uses the number 1e300"),
    "huge-font": (f'<svg {SVG}><text font-size="1e30">x</text></svg>', "uses the number 1e30"),
    "huge-css": (f'<svg {SVG}><style>text {{ font-size: 1e30px }}</style><text>x</text></svg>',
                 "has a <style> that uses the number 1e30"),
    "unknown-encoding": (f'<?xml version="1.0" encoding="x-nope"?><svg {SVG}/>',
                         "declares an encoding Python does not know"),
    "long-text": (f'<svg {SVG}><text>' + "x" * 250_000 + "</text></svg>",
                  "holds more than 20,000 characters of text (line 1 of the SVG)"),
    "many-elements": (f'<svg {SVG}>' + "".join(f'<rect x="{i % 9}" width="1" height="1" style="fill:#{i % 4096:03x}"/>'
                                               for i in range(49_000)) + "</svg>",
                      "has more than 10,000 elements (line 1 of the SVG) — simplify the drawing or export it as PNG"),
    "use-of-use": (f'<svg {SVG}><defs><g id="a">' + '<rect width="1" height="1"/>' * 100 + '</g><g id="b">'
                   + '<use href="#a"/>' * 100 + '</g></defs>' + '<use href="#b"/>' * 30 + "</svg>",
                   "draws more than 10,000 elements, counting what each <use> repeats — simplify the drawing"),
    "use-cycle": (f'<svg {SVG}><g id="a"><use href="#b"/></g><g id="b"><use href="#a"/></g></svg>',
                  "has a <use> that repeats itself (directly or through others) — point each <use> at an element"),
    "long-path": (f'<svg {SVG}><path stroke="red" d="M0 0' + " L1 2" * 150_000 + '"/></svg>',
                  "draws more than 100,000 points of paths, counting what each <use> repeats"),
    "repeated-points": (f'<svg {SVG}><defs><polyline id="p" points="' + "1,2 " * 5_000 + '"/></defs>'
                        + '<use href="#p"/>' * 30 + "</svg>", "draws more than 100,000 points of paths"),
    "repeated-text": (f'<svg {SVG}><defs><text id="t">' + "x" * 5_000 + "</text></defs>" + '<use href="#t"/>' * 50
                      + "</svg>", "draws more than 20,000 characters of text, counting what each <use> repeats"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_svgs_are_refused_at_the_line_that_names_them(tmp_path, name):
    svg, message = CASES[name]
    project = make(tmp_path, {"assets/p.svg": svg}, deck={"01.yaml": IMAGE})
    refused(project, bounded(project, "build", "--format", "pptx,pdf"),
            f"outlines/d/01.yaml:4:19: error: SVG '../../assets/p.svg' {message}")


def test_ordinary_numbers_names_and_fragment_urls_are_accepted(tmp_path):
    svg = (f'<svg {SVG} viewBox="0 0 1e7 1e7"><defs><linearGradient id="g1e22"><stop offset="0"/></linearGradient>'
           '</defs><rect fill="url(#g1e22)" width="5e6" height="0.123456789" class="c100000000"/></svg>')
    project = make(tmp_path, {"assets/p.svg": svg}, deck={"01.yaml": IMAGE})
    code, stderr = bounded(project, "build", "--format", "pptx,pdf")
    assert code == 0, stderr


def test_a_symbol_used_many_times_within_the_budgets_is_drawn(tmp_path):
    svg = (f'<svg {SVG}><defs><g id="m"><circle r="1"/><path d="M0 0 L1 1 L2 0 Z"/></g></defs>'
           + "".join(f'<use href="#m" x="{i % 10}" y="{i // 10}"/>' for i in range(300)) + "</svg>")
    project = make(tmp_path, {"assets/p.svg": svg}, deck={"01.yaml": IMAGE})
    code, stderr = bounded(project, "build", "--format", "pptx,pdf")
    assert code == 0, stderr
    assert (tmp_path / "dist/d.pptx").stat().st_size > len(b"an earlier deck")
