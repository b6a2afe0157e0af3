"""Accessibility marks in PowerPoint XML: the decorative flag screen readers and PowerPoint's checker honour."""

from __future__ import annotations

ADEC_NS = "http://schemas.microsoft.com/office/drawing/2017/decorative"
DECORATIVE_URI = "{C183D7F6-B498-43B3-948B-1728B52AA6E4}"  # the extension PowerPoint writes for "Mark as decorative"
DECORATIVE = (f'<a:extLst><a:ext uri="{DECORATIVE_URI}"><adec:decorative xmlns:adec="{ADEC_NS}" val="1"/>'
              f'</a:ext></a:extLst>')


def c_nv_pr(shape_id: int, name_attr: str, descr: str | None = None, decorative: bool = False) -> str:
    """Return a ``p:cNvPr``: the shape's id, quoted *name_attr*, alt text *descr*, and the decorative mark."""
    from deckbuild.render.xml_escape import quoteattr

    alt = f" descr={quoteattr(descr)}" if descr is not None and not decorative else ""
    if decorative:
        return f'<p:cNvPr id="{shape_id}" name={name_attr}{alt}>{DECORATIVE}</p:cNvPr>'
    return f'<p:cNvPr id="{shape_id}" name={name_attr}{alt}/>'
