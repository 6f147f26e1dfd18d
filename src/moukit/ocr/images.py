"""Page images for OCR: taken out of a scanned PDF as they are stored, or read from an image file.

A scan stores each page as one image at the scanner's resolution (1-bit JBIG2 or CCITT at
300 ppi, greyscale JPEG at 150 ppi), so the page's largest image *is* the page: taking it out
costs tens of milliseconds, where rendering the page anew costs seconds and loses nothing
tesseract needs. Small images beside it (a logo, a stamp's JPEG) are left out. A page turned
by ``/Rotate`` is turned back upright. JBIG2 needs the ``jbig2dec`` program (Debian package of
the same name), which pypdf calls.

Images come out one page at a time (a generator): memory stays flat in the number of pages.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import InputError

MAX_PIXELS = 12_000 * 12_000  # an A4 page at 1200 ppi is 10k × 14k; more is an attack


@dataclass(frozen=True, slots=True)
class PageImage:
    number: int
    png: bytes | None
    """The page as PNG; None when the page holds no image (it is then left out of the text)."""


def decodes(data: bytes) -> bool:
    """Whether the first frame of an image file decodes (True without Pillow: reading it will
    then say to install it). A file that only starts like a PNG is binary, not a scan."""
    try:
        from PIL import Image
    except ImportError:
        return True
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
    except Exception:  # Pillow raises many kinds on a broken file
        return False
    return True


def image_pages(data: bytes, path: str | None) -> Iterator[PageImage]:
    """Every frame of a PNG, JPEG or TIFF file (a multi-page TIFF is a scanned letter)."""
    image_module = _pillow(path)
    try:
        image = image_module.open(io.BytesIO(data))
        frames = getattr(image, "n_frames", 1)
    except Exception as error:
        raise InputError(f"is a damaged image ({type(error).__name__}: {str(error)[:200]})", path=path) from None
    for number in range(frames):
        try:
            image.seek(number)
            frame = _upright(image_module, image.copy(), 0, path)
        except InputError:
            raise
        except Exception as error:
            raise InputError(f"image frame {number + 1} cannot be read ({type(error).__name__})", path=path) from None
        yield PageImage(number + 1, _png(frame, path))


def pdf_pages(data: bytes, path: str | None) -> Iterator[PageImage]:
    """The stored image of each page of a PDF (one ``moukit.extract`` has opened already)."""
    image_module = _pillow(path)
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            reader.decrypt("")
        pages = list(reader.pages)
    except Exception as error:
        raise InputError(f"is a damaged PDF ({_reason(error)})", path=path) from None
    for number, page in enumerate(pages, start=1):
        try:
            images = list(page.images)
            best = max((item.image for item in images), key=lambda im: im.size[0] * im.size[1], default=None)
            rotate = int(page.get("/Rotate", 0) or 0) % 360
        except Exception as error:  # a damaged or unsupported image stream
            raise InputError(f"page {number}'s image cannot be read for OCR ({_reason(error)})", path=path) from None
        if best is None:
            yield PageImage(number, None)
            continue
        best = _upright(image_module, best, rotate, path)
        yield PageImage(number, _png(best, path))


def _upright(image_module: Any, image: Any, rotate: int, path: str | None) -> Any:
    if image.size[0] * image.size[1] > MAX_PIXELS:
        raise InputError(f"holds an image of {image.size[0]}×{image.size[1]} pixels, over the limit for OCR",
                         path=path)
    if image.mode not in ("1", "L", "RGB"):
        image = image.convert("RGB")
    # /Rotate turns the page clockwise for display; PIL's rotate turns counter-clockwise.
    return image.rotate(-rotate, expand=True) if rotate in (90, 180, 270) else image


def _png(image: Any, path: str | None) -> bytes:
    out = io.BytesIO()
    try:
        image.save(out, format="PNG", compress_level=1)  # written once, read once: speed over size
    except Exception as error:
        raise InputError(f"a page image cannot be prepared for OCR ({_reason(error)})", path=path) from None
    return out.getvalue()


def _pillow(path: str | None) -> Any:
    try:
        from PIL import Image
    except ImportError:
        raise InputError("needs Pillow for OCR, which is not installed (pip install 'moukit[ocr]')", path=path) from None
    try:  # the checks of what OCR read (ocr.marks, ocr.thai_digits) look at the page with numpy
        import numpy  # noqa: F401
    except ImportError:
        raise InputError("needs numpy for OCR, which is not installed (pip install 'moukit[ocr]')", path=path) from None
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS  # Pillow's own bomb check, at our limit
    return Image


def _reason(error: BaseException) -> str:
    first = (str(error).splitlines() or [""])[0][:200]
    if "jbig2dec" in first:
        return "JBIG2 images need the jbig2dec program: apt-get install jbig2dec"
    return f"{type(error).__name__}: {first}" if first else type(error).__name__
