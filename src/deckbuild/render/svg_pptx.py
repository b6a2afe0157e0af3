"""Pictures in the deck: raster pictures as embedded (GIF/WebP as PNG, JPEG upright), crops as ``a:srcRect``,
and SVG embedded as SVG with a PNG fallback.

PowerPoint 2016 and later show the SVG named by the ``asvg:svgBlip`` extension of the blip; older clients
and LibreOffice show the PNG the blip itself embeds (rendered here with resvg).
"""

from __future__ import annotations

from deckbuild.render.xml_escape import quoteattr

from deckbuild import images
from deckbuild.svg import is_svg, svg_png
from deckbuild.layout.boxes import Picture
from deckbuild.render.pptx_text import xfrm

SVG_EXT = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"
ASVG_NS = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"


def picture_shape(shape_id: int, box: Picture, add_media, relate) -> str:
    """Return the ``p:pic`` of *box*; *add_media(data, ext)* stores a part, *relate(part)* returns its rId."""
    if is_svg(box.path):
        fallback = relate(add_media(svg_png(box.path, box.w, box.h), "png"))
        svg = relate(add_media(box.path.read_bytes(), "svg"))
        blip = (f'<a:blip r:embed="{fallback}"><a:extLst><a:ext uri="{SVG_EXT}">'
                f'<asvg:svgBlip xmlns:asvg="{ASVG_NS}" r:embed="{svg}"/></a:ext></a:extLst></a:blip>')
    else:
        data, ext = images.embeddable(box.path)
        blip = f'<a:blip r:embed="{relate(add_media(data, ext))}"/>'
    from deckbuild.render.pptx_a11y import c_nv_pr

    name = quoteattr(f"{box.name} {shape_id - 1}")
    return (f'<p:pic><p:nvPicPr>{c_nv_pr(shape_id, name, box.alt, getattr(box, "decorative", False))}'
            f'<p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>'
            f'<p:blipFill>{blip}{src_rect(box.crop)}<a:stretch><a:fillRect/></a:stretch></p:blipFill>'
            f'<p:spPr>{xfrm(box.x, box.y, box.w, box.h)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
            f'</p:pic>')


def src_rect(crop: tuple[float, float, float, float]) -> str:
    """Return the ``a:srcRect`` cutting *crop* (fractions left, top, right, bottom) off the picture, or ""."""
    if not any(crop):
        return ""
    attrs = "".join(f' {k}="{round(v * 100000)}"' for k, v in zip("ltrb", crop) if v)
    return f"<a:srcRect{attrs}/>"
