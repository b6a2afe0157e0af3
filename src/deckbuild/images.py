"""Raster pictures: checked when an outline names them (format, pixel budget, a full decode), and embedded as
the painters need them (GIF/WebP turned into PNG, JPEG EXIF orientation applied).

The loader calls :func:`remote_error`, :func:`check_image` and :func:`raster_notes`; painters call
:func:`embeddable` (raster bytes ready to embed). SVG pictures are ``svg.py``. Nothing here fetches anything.
"""

from __future__ import annotations

import warnings
import io
import re
from functools import lru_cache
from pathlib import Path

from deckbuild.diagnostics import Diagnostics, Pos
from deckbuild.paths import ALLOW_HINT, ReadScope
from deckbuild.yamlsrc import display_path

CONVERTED = ("GIF", "WEBP")  # formats embedded as PNG
_REMOTE = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://|^//|^data:", re.ASCII)


class PictureError(Exception):
    """A picture deckbuild refuses: the message and a hint, for a Diagnostic."""

    def __init__(self, message: str, hint: str = ""):
        super().__init__(message)
        self.message, self.hint = message, hint


def remote_error(text: str) -> PictureError | None:
    """Return why *text* (an image path as written) cannot be used when it is a URL, else None."""
    if _REMOTE.match(text.strip()):
        return PictureError(f"image '{text[:80]}' is a web address; deckbuild never downloads pictures",
                            "download it into assets/images/ and give its path, relative to this file")
    return None


# -- raster pictures ------------------------------------------------------------------------------------

def raster_notes(path: Path) -> tuple[str | None, tuple[int, int] | None]:
    """Return (a warning about the picture, or None; its displayed pixel size after EXIF orientation)."""
    from PIL import Image as PILImage

    with PILImage.open(path) as img:
        note = None
        if img.format in CONVERTED and getattr(img, "n_frames", 1) > 1:
            note = f"is animated ({img.n_frames} frames); slides show its first frame"
        size = img.size
        if img.format == "JPEG" and _orientation(img) in (5, 6, 7, 8):
            size = (size[1], size[0])
    return note, size


def _orientation(img) -> int:
    try:
        return int(img.getexif().get(0x0112, 1) or 1)
    except Exception:  # noqa: BLE001 - a damaged EXIF block means no rotation
        return 1


def embeddable(path: Path) -> tuple[bytes, str]:
    """Return the bytes of the raster picture at *path* as embedded, and their type ("png" or "jpeg").

    PNG and upright JPEG files are embedded as they are; GIF and WebP become PNG (the first frame); a JPEG
    with an EXIF orientation is turned upright (and re-encoded), so every viewer shows it the same way.
    """
    path = Path(path)
    st = path.stat()
    return _embeddable(str(path), st.st_size, st.st_mtime_ns)


@lru_cache(maxsize=64)
def _embeddable(path: str, _size: int, _mtime: int) -> tuple[bytes, str]:
    from PIL import Image as PILImage
    from PIL import ImageOps

    data = Path(path).read_bytes()
    with PILImage.open(io.BytesIO(data)) as img:
        fmt = img.format
        if fmt == "PNG":
            return data, "png"
        if fmt == "JPEG":
            if _orientation(img) == 1:
                return data, "jpeg"
            upright = ImageOps.exif_transpose(img)
            out = io.BytesIO()
            upright.save(out, "JPEG", quality=92, optimize=False)
            return out.getvalue(), "jpeg"
        img.seek(0)
        frame = img.convert("RGBA")
        out = io.BytesIO()
        frame.save(out, "PNG", optimize=False)
        return out.getvalue(), "png"


# -- raster pictures named by outlines: decoded in full once, within a pixel budget -----------------

MAX_IMAGE_PIXELS = 40_000_000
IMAGE_FORMATS = ("PNG", "JPEG", "GIF", "WEBP")  # GIF and WebP are embedded as PNG


def decode_image(path: Path, shown: str) -> tuple[tuple[int, int] | None, tuple[str, str] | None]:
    """Return ((width, height), None) for a complete PNG, JPEG, GIF or WebP at *path*, else (None, (message, hint)).

    The header is checked first (format, pixel count), then the pixels are decoded in full: Pillow's
    ``verify`` alone passes a PNG whose compressed data is cut short, and a truncated JPEG.
    """
    from PIL import Image, ImageFile

    ImageFile.LOAD_TRUNCATED_IMAGES = False  # a truncated file is an error, never half a picture
    damaged = (f"image '{shown}' cannot be read (the file is damaged or incomplete)",
               "is it a complete picture file?")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # Pillow's DecompressionBombWarning: the budget is checked here
            with Image.open(path) as img:
                fmt, (width, height) = img.format, img.size
                if fmt not in IMAGE_FORMATS:
                    return None, (f"image '{shown}' is {fmt}", "use a PNG, JPEG, GIF, WebP or SVG file")
                if width * height > MAX_IMAGE_PIXELS:
                    return None, (f"image '{shown}' is {width}×{height} pixels ({width * height / 1e6:.0f} million);"
                                  f" the limit is {MAX_IMAGE_PIXELS / 1e6:.0f} million", "scale it down")
                if width < 1 or height < 1:
                    return None, (f"image '{shown}' has no pixels ({width}×{height})", "use a real picture")
                img.verify()
            with Image.open(path) as img:  # verify() leaves the image unusable: decode from a fresh open
                img.load()
    except Image.DecompressionBombError:
        return None, (f"image '{shown}' declares an enormous pixel size", "scale it down")
    except Image.UnidentifiedImageError:
        return None, (f"image '{shown}' is not an image deckbuild can read", "use a PNG, JPEG, GIF, WebP or SVG file")
    except MemoryError:
        return None, (f"image '{shown}' needs more memory to decode than is available", "scale it down")
    except Exception:  # noqa: BLE001 - Pillow raises many kinds (OSError, SyntaxError, zlib.error…) for damage
        return None, damaged
    return (width, height), None


def check_image(path: Path, shown: str, pos: Pos, scope: "ReadScope | Path", diags: Diagnostics,
                what: str = "image") -> tuple[int, int] | None:
    """Return the pixel size of the image at *path*, or None after reporting why it cannot be used.

    *scope* says where reads may come from (a bare folder means that folder and the package).
    """
    if not isinstance(scope, ReadScope):
        scope = ReadScope(scope)
    refusal = scope.refuse(path, what, shown)
    if refusal is not None:
        message, hint = refusal
        if message.startswith(f"{what} not found"):
            hint = f"the path is relative to the file that names it; looked for {display_path(path)}"
        elif "outside the project" in message and what == "image":
            hint = "copy it into the project's assets/images/ and refer to it from there, or " + ALLOW_HINT.split(", or ")[1]
        diags.error(pos, message, hint)
        return None
    if path.suffix.lower() == ".svg":
        diags.error(pos, f"{what} '{shown}' is an SVG file", "SVG is not supported yet; export it as PNG")
        return None
    size, problem = decode_image(path, shown)
    if problem is not None:
        message, hint = problem
        if what != "image" and message.startswith("image "):
            message = what + message[len("image"):]
        diags.error(pos, message, hint)
    return size
