"""Reading pictures named by outlines: a PNG or JPEG is decoded completely once, within a pixel budget,
so that a damaged or truncated file is an error at the outline's line and never a failure while painting.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from deckbuild.diagnostics import Diagnostics, Pos
from deckbuild.paths import ALLOW_HINT, ReadScope
from deckbuild.yamlsrc import display_path

MAX_IMAGE_PIXELS = 40_000_000
IMAGE_FORMATS = ("PNG", "JPEG")


def decode_image(path: Path, shown: str) -> tuple[tuple[int, int] | None, tuple[str, str] | None]:
    """Return ((width, height), None) for a complete PNG or JPEG at *path*, else (None, (message, hint)).

    The header is checked first (format, pixel count), then the pixels are decoded in full: Pillow's
    ``verify`` alone passes a PNG whose compressed data is cut short, and a truncated JPEG.
    """
    from PIL import Image, ImageFile

    ImageFile.LOAD_TRUNCATED_IMAGES = False  # a truncated file is an error, never half a picture
    damaged = (f"image '{shown}' cannot be read (the file is damaged or incomplete)",
               "is it a complete PNG or JPEG file?")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # Pillow's DecompressionBombWarning: the budget is checked here
            with Image.open(path) as img:
                fmt, (width, height) = img.format, img.size
                if fmt not in IMAGE_FORMATS:
                    return None, (f"image '{shown}' is {fmt}", "use a PNG or JPEG file")
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
        return None, (f"image '{shown}' is not an image deckbuild can read", "use a PNG or JPEG file")
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
