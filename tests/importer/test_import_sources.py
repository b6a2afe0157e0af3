"""Point 7 of issue 18: the title, author, date, publisher and URL a document gives fill its source."""

from __future__ import annotations

import yaml
from pdf_fixtures import minimal_docx
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from deckbuild.importer import import_documents
from deckbuild.importer.meta import iso_date, publisher_in

BODY = ("The ferry between the two islands will run every hour from May, the harbour board said on Monday. "
        "The new timetable doubles the crossings in the morning, when most workers travel to the mainland.\n\n"
        "Fares stay the same for residents, while visitors will pay a small harbour levy on each ticket. "
        "The levy pays for the new pier lights and a second waiting room at the northern landing.\n")


def _source(tmp_path, path):
    result = import_documents([path], "d", tmp_path / "outlines")
    assert result.ok, result.diags
    deck = yaml.safe_load(result.files["deck.yaml"])
    (entry,) = deck["sources"].values()
    return entry


def test_a_dateline_and_source_credit_in_plain_text_fill_the_source(tmp_path):
    path = tmp_path / "ferry.txt"
    path.write_text("Ferry Crossings Double This Spring\n\nDate: 20/06/2024 | Source: Island Courier (En) | Read "
                    "original version at source\n\nBy Mara Lind\n\n" + BODY, encoding="utf-8")
    entry = _source(tmp_path, path)
    assert entry == {"title": "Ferry Crossings Double This Spring", "author": "Mara Lind",
                     "publisher": "Island Courier", "date": "2024-06-20"}


def test_a_timestamp_line_gives_the_date(tmp_path):
    path = tmp_path / "ferry.txt"
    path.write_text("Ferry Crossings Double This Spring\n\nSun 23 Jun 2024 11:20 PM\n\n" + BODY, encoding="utf-8")
    assert _source(tmp_path, path)["date"] == "2024-06-23"


def test_html_meta_fills_the_source(tmp_path):
    paras = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    path = tmp_path / "ferry.html"
    path.write_text(f"""<!doctype html><html><head><title>Ferry Crossings Double | Island Courier</title>
        <meta name="author" content="Mara Lind">
        <meta property="og:site_name" content="Island Courier">
        <meta property="article:published_time" content="2024-06-20T08:00:00Z">
        <link rel="canonical" href="https://courier.example/ferry-crossings">
        </head><body><article><h1>Ferry Crossings Double</h1>{paras}</article></body></html>""",
                    encoding="utf-8")
    entry = _source(tmp_path, path)
    assert entry == {"title": "Ferry Crossings Double", "author": "Mara Lind", "publisher": "Island Courier",
                     "date": "2024-06-20", "url": "https://courier.example/ferry-crossings"}


def test_docx_core_and_app_properties_fill_the_source(tmp_path):
    core = ('<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/'
            'package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms='
            '"http://purl.org/dc/terms/"><dc:title>Harbour Lighting Plan</dc:title><dc:creator>Ines Moreau'
            '</dc:creator><dcterms:created>2023-11-04T09:12:00Z</dcterms:created></cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/'
           'officeDocument/2006/extended-properties"><Company>Port Authority</Company></Properties>')
    path = minimal_docx(tmp_path / "plan.docx", parts={"docProps/core.xml": core, "docProps/app.xml": app})
    entry = _source(tmp_path, path)
    assert entry == {"title": "Harbour Lighting Plan", "author": "Ines Moreau", "publisher": "Port Authority",
                     "date": "2023-11-04"}


def test_pdf_info_fills_the_source(tmp_path):
    path = tmp_path / "report.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle("Night Trains Report")
    c.setAuthor("Ola Berg")
    c.setFont("Helvetica-Bold", 18)
    c.drawString(60, 780, "Night Trains Report")
    c.setFont("Helvetica", 10)
    y = 740
    for para in BODY.split("\n\n"):
        for k in range(0, len(para), 90):
            c.drawString(60, y, para[k:k + 90])
            y -= 14
        y -= 14
    c.save()
    entry = _source(tmp_path, path)
    assert entry["title"] == "Night Trains Report" and entry["author"] == "Ola Berg"
    assert len(entry["date"]) == 10 and entry["date"][:2] == "20"


def test_markdown_front_matter_fills_the_source(tmp_path):
    path = tmp_path / "ferry.md"
    path.write_text("---\ntitle: Ferry Crossings\nauthor: Mara Lind\ndate: June 20, 2024\npublisher: Island "
                    "Courier\nurl: https://courier.example/f\n---\n\n# Ferry Crossings\n\n## Timetable\n\n" + BODY,
                    encoding="utf-8")
    assert _source(tmp_path, path) == {"title": "Ferry Crossings", "author": "Mara Lind",
                                       "publisher": "Island Courier", "date": "2024-06-20",
                                       "url": "https://courier.example/f"}


def test_dates_are_read_day_or_month_first_and_never_guessed():
    assert iso_date("Date: 20/06/2024") == "2024-06-20"
    assert iso_date("06/20/2024") == "2024-06-20"
    assert iso_date("05/06/2024") is None
    assert iso_date("Posted June 5th, 2024 at 10:00") == "2024-06-05"
    assert iso_date("31 Feb 2024") is None
    assert publisher_in("Date: 20/06/2024 | Source: KCNA.kp (En) | Read original version at source") == "KCNA.kp"
    assert publisher_in("Source: https://example.org/x") is None
