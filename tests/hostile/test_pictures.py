"""Hostile pictures: SVGs that refer outside themselves, run code, declare entities or are huge, and web
addresses given as image paths. Each is a positioned error, nothing is fetched, and dist/ is left alone."""

from __future__ import annotations

import http.server
import threading

import pytest

from conftest import Project, outputs

SVG = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="50"'


@pytest.fixture
def server():
    """Return the base URL of a web server on 127.0.0.1 and the list of paths it was asked for."""
    asked: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the standard library's name
            asked.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", asked
    finally:
        httpd.shutdown()
        httpd.server_close()


def _bomb() -> str:
    ents = '<!ENTITY a0 "lol">' + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
    return f'<?xml version="1.0"?>\n<!DOCTYPE svg [{ents}]>\n<svg {SVG}><text>&a9;</text></svg>'


def _big_png() -> str:
    import base64
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("1", (9000, 5000)).save(out, "PNG")
    return base64.b64encode(out.getvalue()).decode()


CASES = {
    "remote-image": (lambda url: f'<svg {SVG}>\n<image href="{url}/x.png" width="10" height="10"/></svg>',
                     "refers to '{url}/x.png' outside the file (line 2 of the SVG)"),
    "remote-xlink": (lambda url: f'<svg {SVG}><image xlink:href="{url}/y.png" width="9" height="9"/></svg>',
                     "refers to '{url}/y.png' outside the file"),
    "local-file": (lambda url: f'<svg {SVG}><image href="file:///etc/passwd" width="9" height="9"/></svg>',
                   "refers to 'file:///etc/passwd' outside the file"),
    "relative-file": (lambda url: f'<svg {SVG}><use href="other.svg#a"/></svg>', "refers to 'other.svg#a'"),
    "script": (lambda url: f'<svg {SVG}>\n\n<script>fetch("{url}/s")</script></svg>',
               "holds a <script> (line 3 of the SVG)"),
    "event": (lambda url: f'<svg {SVG} onload="fetch(\'{url}/e\')"/>', "has an event attribute 'onload'"),
    "foreign": (lambda url: f'<svg {SVG}><foreignObject><p>x</p></foreignObject></svg>', "holds a <foreignObject>"),
    "css-url": (lambda url: f'<svg {SVG}><rect style="fill:url({url}/c.png)" width="5" height="5"/></svg>',
                "styles refer to something outside the file"),
    "css-import": (lambda url: f'<svg {SVG}><style>@import "{url}/i.css";</style></svg>',
                   "has a <style> that refers to something outside the file"),
    "entity-bomb": (lambda url: _bomb(), "declares a DOCTYPE (line 2 of the SVG)"),
    "external-entity": (lambda url: f'<!DOCTYPE svg SYSTEM "{url}/d.dtd"><svg {SVG}/>', "declares a DOCTYPE"),
    "deep": (lambda url: f'<svg {SVG}>' + "<g>" * 80 + "</g>" * 80 + "</svg>", "nests elements more than 64 deep"),
    "many": (lambda url: f'<svg {SVG}>' + "<g/>" * 10_001 + "</svg>", "has more than 10,000 elements"),
    "huge": (lambda url: f'<svg {SVG}><!--' + "x" * 5_100_000 + "--></svg>", "is 5.1 MB; the limit is 5 MB"),
    "embedded-svg": (lambda url: f'<svg {SVG}><image href="data:image/svg+xml;base64,PHN2Zy8+" width="9" height="9"/>'
                                 '</svg>', "embeds 'data:image/svg+xml;base64,PHN2Zy8+…', which is not a base64 PNG"),
    "embedded-bomb": (lambda url: f'<svg {SVG}><image href="data:image/png;base64,{_big_png()}" width="9" '
                                  'height="9"/></svg>', "embeds a picture of 9000×5000 pixels (45 million)"),
    "not-xml": (lambda url: f'<svg {SVG}><g></svg>', "is not well-formed XML (mismatched tag at line 1)"),
    "not-svg": (lambda url: '<html xmlns="http://www.w3.org/1999/xhtml"/>', "is not an SVG drawing"),
    "no-size": (lambda url: '<svg xmlns="http://www.w3.org/2000/svg"/>', "has no size"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_svgs_are_refused_where_they_are_named_and_never_fetched(tmp_path, server, name):
    url, asked = server
    make, message = CASES[name]
    project = Project(tmp_path)
    (project.root / "assets").mkdir()
    (project.root / "assets" / "bad.svg").write_text(make(url), encoding="utf-8")
    project.deck("d", {"deck.yaml": "title: T\n",
                       "01.yaml": "section: S\nslides:\n  - title: T\n    image: {path: ../../assets/bad.svg}\n"})
    project.dist.mkdir()
    (project.dist / "keep.txt").write_text("mine")
    result = project.run("build", "--format", "pptx,pdf,html")
    assert result.exit_code == 1, result.output
    assert f"outlines/d/01.yaml:4:19: error: SVG '../../assets/bad.svg' {message.format(url=url)}" in result.stderr
    assert "Traceback" not in result.output
    assert outputs(project.dist) == ["keep.txt"]
    assert asked == []


@pytest.mark.parametrize("written", ["https://example.org/figure.png", "http://127.0.0.1:9/x.svg",
                                     "//cdn.example.org/a.png", "data:image/png;base64,iVBORw0KGgo="])
def test_web_addresses_are_a_clear_error(tmp_path, written):
    project = Project(tmp_path)
    project.deck("d", {"deck.yaml": "title: T\n",
                       "01.yaml": f"section: S\nslides:\n  - title: T\n    image: '{written}'\n"})
    result = project.run("build")
    assert result.exit_code == 1
    assert (f"outlines/d/01.yaml:4:12: error: image '{written}' is a web address; deckbuild never downloads "
            f"pictures — download it into assets/images/") in result.stderr
    assert "not found" not in result.stderr


def test_an_svg_outside_the_project_is_refused_before_it_is_read(tmp_path):
    outside = tmp_path / "outside.svg"
    outside.write_text(f"<svg {SVG}><script>x()</script></svg>")
    project = Project(tmp_path / "p")
    (project.root / "assets").mkdir(parents=True)
    (project.root / "assets" / "inside.svg").write_text(f"<svg {SVG}/>")
    project.deck("d", {"deck.yaml": "title: T\n",
                       "01.yaml": "section: S\nslides:\n  - title: T\n    image: ../../../outside.svg\n"
                                  "  - title: U\n    image: ../../assets/inside.svg\n"})
    result = project.run("build")
    assert result.exit_code == 1
    assert "outlines/d/01.yaml:4:12: error: image '../../../outside.svg' is outside the project folder" in result.stderr
    assert "script" not in result.stderr  # not read
    assert "1 error" in result.output and "inside.svg" not in result.stderr  # the SVG inside is fine


def test_an_svg_with_only_fragment_and_embedded_references_is_accepted(tmp_path):
    png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
    project = Project(tmp_path)
    (project.root / "assets").mkdir()
    (project.root / "assets" / "ok.svg").write_text(
        f'<svg {SVG}><defs><linearGradient id="g"><stop offset="0" stop-color="#f00"/></linearGradient></defs>'
        f'<a href="https://example.org/"><rect width="50" height="50" style="fill:url(#g)"/></a><use xlink:href="#g"/>'
        f'<image href="data:image/png;base64,{png}" width="10" height="10"/></svg>')
    project.deck("d", {"deck.yaml": "title: T\n",
                       "01.yaml": "section: S\nslides:\n  - title: T\n    image: ../../assets/ok.svg\n"})
    result = project.run("build")
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("images,message", [
    ("[../../assets/a.png]", "'images' needs at least 2"),
    ("[" + ", ".join(["../../assets/a.png"] * 7) + "]", "'images'"),
])
def test_images_takes_two_to_six(tmp_path, images, message):
    from PIL import Image

    project = Project(tmp_path)
    (project.root / "assets").mkdir()
    Image.new("RGB", (10, 10)).save(project.root / "assets" / "a.png")
    project.deck("d", {"deck.yaml": "title: T\n",
                       "01.yaml": f"section: S\nslides:\n  - title: T\n    images: {images}\n"})
    result = project.run("build")
    assert result.exit_code == 1
    assert "outlines/d/01.yaml:4:13: error: " in result.stderr and message in result.stderr


@pytest.mark.parametrize("key,value,message", [
    ("width", "150%", "'width' 150% is not between 1% and 100%"),
    ("width", "wide", "'width': 'wide' is not a length"),
    ("height", "1mm", "'height' 1mm is not a usable picture size"),
    ("fit", "stretch", "'fit' 'stretch' is not known"),
    ("focus", "middle", "'focus' 'middle' is not a focus point"),
])
def test_sizing_errors_are_positioned(tmp_path, key, value, message):
    from PIL import Image

    project = Project(tmp_path)
    (project.root / "assets").mkdir()
    Image.new("RGB", (10, 10)).save(project.root / "assets" / "a.png")
    project.deck("d", {"deck.yaml": "title: T\n",
                       "01.yaml": f"section: S\nslides:\n  - title: T\n    image: {{path: ../../assets/a.png, "
                                  f"{key}: {value}}}\n"})
    result = project.run("build")
    assert result.exit_code == 1
    assert f"outlines/d/01.yaml:4:" in result.stderr and message in result.stderr, result.stderr


def test_a_utf16_svg_is_drawn_in_both_outputs(tmp_path):
    import pdfplumber
    from pptx import Presentation

    project = Project(tmp_path)
    (project.root / "assets").mkdir()
    (project.root / "assets" / "wide.svg").write_bytes(
        ('<?xml version="1.0" encoding="UTF-16"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20">'
         '<title>Wide chars</title><circle cx="10" cy="10" r="8" fill="#C0392B"/></svg>').encode("utf-16"))
    project.deck("d", {"deck.yaml": "title: T\n",
                       "01.yaml": "section: S\nslides:\n  - title: T\n    image: ../../assets/wide.svg\n"})
    result = project.run("build", "--format", "pptx,slides")
    assert result.exit_code == 0, result.output
    prs = Presentation(str(project.dist / "d.pptx"))
    pics = [s for slide in prs.slides for s in slide.shapes if s.shape_type == 13]
    assert [p._element.xpath(".//p:cNvPr")[0].get("descr") for p in pics] == ["Wide chars"]
    with pdfplumber.open(project.dist / "d-slides.pdf") as pdf:
        assert any(p.curves for p in pdf.pages)
