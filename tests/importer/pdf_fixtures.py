"""PDFs written with reportlab for the importer tests: two columns, running header and footer, headings."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

LEFT = ["The survey of the north quay began in {month},",
        "when the divers went down at the first calm",
        "spring tide. They recorded every crack wider",
        "than a finger along the wall, from the water-",
        "line down to the sea bed, and photographed",
        "each one for team {team}."]
RIGHT = ["The engineers on the quay measured how far",
         "the wall leans outwards, using marks painted",
         "in the nineteenth century. Most of the wall",
         "has not moved, but two sections near the old",
         "crane lean more than they did when the marks",
         "were made, as team {team} found."]
MONTHS = ["March", "April", "May", "June", "July", "August"]


def two_column_report(path: Path, pages: int = 3) -> Path:
    """Write a report: a title, then per page a heading and two columns, a running header and page numbers."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("Survey of the North Quay")
    c.setAuthor("Harbour Engineering Office")
    width, height = A4
    for n in range(1, pages + 1):
        c.setFont("Helvetica", 9)
        c.drawString(72, height - 40, "Harbour Engineering Office · Survey of the North Quay")
        c.drawCentredString(width / 2, 30, f"Page {n} of {pages}")
        y = height - 100
        if n == 1:
            c.setFont("Helvetica-Bold", 22)
            c.drawString(72, y, "Survey of the North Quay")
            y -= 40
        c.setFont("Helvetica-Bold", 15)
        c.drawString(72, y, f"Part {n}: Findings of Team {'ABCDEF'[(n - 1) % 6]}")
        y -= 30
        c.setFont("Times-Roman", 10)
        team = "ABCDEF"[(n - 1) % 6]
        for i, (left, right) in enumerate(zip(LEFT, RIGHT)):
            c.drawString(72, y - 13 * i, left.format(month=MONTHS[(n - 1) % 6], team=team))
            c.drawString(width / 2 + 12, y - 13 * i, right.format(team=team))
        if n == 2:
            c.setFont("Times-Roman", 10)
            for r, row in enumerate([("Section", "Lean", "Cracks"), ("North", "2 cm", "14"), ("Crane", "9 cm", "31")]):
                for k, cell in enumerate(row):
                    c.drawString(72 + 120 * k, y - 110 - 14 * r, cell)
        if n == 3:
            from PIL import Image
            from reportlab.lib.utils import ImageReader

            c.drawImage(ImageReader(Image.new("RGB", (40, 30), (90, 140, 200))), 72, y - 260, 200, 150)
        c.showPage()
    c.save()
    return path


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PLAN = [("Title", "Harbour Lighting Plan"), ("Heading1", "The Current Lamps"),
        (None, "The quay is lit by forty sodium lamps that were installed in 1982. They use a lot of power, "
               "and their orange light makes it hard for the crews to tell the colours of the mooring lines."),
        ("Heading2", "Running Costs"),
        (None, "The lamps cost eleven thousand a year to run and another three thousand to repair, because spare "
               "parts are no longer made and have to be ordered from a specialist."),
        ("Heading1", "The New Lamps"),
        (None, "Light-emitting lamps would use a third of the power and last four times longer. They can be dimmed "
               "late at night, when the quay is empty, and brightened when a boat comes in.")]


def minimal_docx(path: Path, paragraphs=PLAN, parts: dict[str, str] | None = None) -> Path:
    """Write a .docx with a document part (styles by their built-in ids: Title, Heading1, Heading2).

    *parts* adds parts by name, such as ``docProps/core.xml``.
    """
    import zipfile

    body = []
    for style, text in paragraphs:
        props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        body.append(f"<w:p>{props}<w:r><w:t>{text}</w:t></w:r></w:p>")
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>'
           f'{"".join(body)}</w:body></w:document>')
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
             'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
             'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
             'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.'
             'main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", xml)
        for name, text in (parts or {}).items():
            z.writestr(name, text)
    return path


def libreoffice_convert(source: Path, soffice: str, to: str = "pdf") -> Path:
    """Return the file LibreOffice makes from *source* (soffice exits 0 even when it fails: check the file)."""
    import subprocess

    profile = source.parent / f"lo-profile-{source.stem}"
    target = {"pdf": "pdf", "docx": "docx:MS Word 2007 XML"}[to]
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", target,
                    "--outdir", str(source.parent), str(source)], capture_output=True, timeout=180, check=False)
    out = source.with_suffix(f".{to}")
    assert out.is_file() and out.stat().st_size > 0, f"LibreOffice made no .{to} from {source.name}"
    return out
