"""A Thai-digit recogniser of moukit's own: ๐–๙ from glyph images, no downloaded weights.

tesseract's Thai model has no ``๔ ๖ ๗ ๘ ๙`` in its character set, so it cannot read them at
all (docs/ocr.md). This classifier is trained, when first asked, on the digits drawn with the
upright faces of the Thai fonts Debian ships (TLWG: ``/usr/share/fonts/truetype/tlwg``), each
drawn at several sizes and degraded as a scanner degrades a page (turned a little, blurred, speckled, cut at
mid-grey). A glyph is read as the digit of its **nearest training drawing** (Euclidean
distance between normalized bitmaps: the ink's bounding box scaled into ``SIZE`` × ``SIZE``,
aspect kept, centred); its **margin** is how much farther the nearest drawing of any other
digit is, from 0 (a tie) to 1. A reading is to be trusted only at a margin of at least
``MARGIN``: chosen on fonts held out of training (``benchmarks/thai_digits.py``: at 0.25, on
the held-out families' upright faces, no trusted reading wrong in 1,434, 47 % flagged).

Status (docs/ocr.md, "Thai digits"): measured by ``benchmarks/thai_digits.py`` on digits drawn
with fonts held out of training and by ``benchmarks/ocr_digits.py`` on glyphs cut out of
scans; used by ``moukit.ocr.reread`` (at its own, higher margin) on every OCR'd page.
"""

from __future__ import annotations

import functools
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .cache import cached_arrays, file_stamp, key

DIGITS = "๐๑๒๓๔๕๖๗๘๙"
SIZE = 20
MARGIN = 0.25
FONTS = Path("/usr/share/fonts/truetype/tlwg")


@dataclass(frozen=True, slots=True)
class Reading:
    digit: str
    margin: float
    """(second nearest − nearest) / second nearest distance: 0 is a tie, 1 an exact match."""


def normalized(ink: Any) -> Any | None:
    """A glyph's ink (2-D bool) as a ``SIZE`` × ``SIZE`` float bitmap: its bounding box scaled
    to fit, centred, aspect kept; None for no ink."""
    import numpy as np
    from PIL import Image

    rows, columns = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    if not rows.size:
        return None
    crop = ink[rows[0]:rows[-1] + 1, columns[0]:columns[-1] + 1]
    height, width = crop.shape
    scale = (SIZE - 2) / max(height, width)
    w, h = max(1, round(width * scale)), max(1, round(height * scale))
    small = Image.fromarray((crop * 255).astype(np.uint8)).resize((w, h), Image.BILINEAR)
    out = np.zeros((SIZE, SIZE), dtype=np.float32)
    top, left = (SIZE - h) // 2, (SIZE - w) // 2
    out[top:top + h, left:left + w] = np.asarray(small, dtype=np.float32) / 255
    return out


def drawn(digit: str, font_file: Path, size: int, rng: random.Random) -> Any:
    """``digit`` drawn with a font at ``size`` px and degraded like a scan: its ink (2-D bool)."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    font = _font(font_file, size)
    # A canvas the glyph's box and a margin (the turn and the blur stay inside it): a canvas of
    # twice the size each way held ten times the pixels to turn, blur and speckle.
    left, top, right, bottom = font.getbbox(digit)
    pad = max(4, size // 6)
    image = Image.new("L", (right - left + 2 * pad, bottom - top + 2 * pad), 255)
    ImageDraw.Draw(image).text((pad - left, pad - top), digit, font=font, fill=0)
    image = image.rotate(rng.uniform(-2.5, 2.5), resample=Image.BICUBIC, fillcolor=255)
    image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.0, 1.2) * size / 40))
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0, 18, size=(image.height, image.width))
    return np.asarray(image, dtype=np.float32) + noise < rng.uniform(100, 160)


@functools.lru_cache(maxsize=512)
def _font(font_file: Path, size: int) -> Any:
    from PIL import ImageFont

    return ImageFont.truetype(str(font_file), size)


def upright(font_file: Path) -> bool:
    """Whether a face is upright: official documents are printed upright, and a scan's skew of
    a degree or two is drawn by turning each digit; slanted faces (Oblique, Italic) would only
    double the drawings (docs/ocr.md)."""
    return not any(word in font_file.stem for word in ("Oblique", "Italic"))


def fonts(names: tuple[str, ...] | None = None) -> list[Path]:
    """The TLWG font files (all, or those named without extension) that are installed."""
    found = sorted(FONTS.glob("*.ttf")) + sorted(FONTS.glob("*.otf"))
    return [f for f in found if names is None or f.stem in names]


class Recogniser:
    """Nearest-neighbour classifier over normalized glyph bitmaps (see the module docstring)."""

    def __init__(self, font_files: list[Path], *, samples: int = 6, seed: str = "moukit") -> None:
        if not font_files:
            raise ValueError("no font to learn the digits from")
        arrays = cached_arrays(_cache_name(font_files, samples, seed), ("bitmaps", "labels"),
                               lambda: _drawings(font_files, samples, seed))
        self._bitmaps = arrays["bitmaps"]
        self._labels = arrays["labels"]

    def read(self, ink: Any) -> Reading | None:
        import numpy as np

        bitmap = normalized(ink)
        if bitmap is None:
            return None
        distances = np.linalg.norm(self._bitmaps - bitmap.ravel(), axis=1)
        nearest = np.full(len(DIGITS), np.inf)
        np.minimum.at(nearest, self._labels, distances)  # each digit's nearest drawing
        first, second = np.argsort(nearest)[:2]
        margin = float((nearest[second] - nearest[first]) / nearest[second]) if nearest[second] else 0.0
        return Reading(DIGITS[first], round(margin, 4))


def _drawings(font_files: list[Path], samples: int, seed: str) -> dict[str, Any]:
    """The training set: ``samples`` degraded drawings of each digit in each font, normalized."""
    import numpy as np

    rng = random.Random(seed)
    bitmaps, labels = [], []
    for label, digit in enumerate(DIGITS):
        for font in font_files:
            for _ in range(samples):
                bitmap = normalized(drawn(digit, font, rng.choice((28, 36, 48, 64)), rng))
                if bitmap is not None:
                    bitmaps.append(bitmap.ravel())
                    labels.append(label)
    if not bitmaps:
        raise ValueError("no font to learn the digits from")
    return {"bitmaps": np.stack(bitmaps), "labels": np.asarray(labels)}


def _cache_name(font_files: list[Path], samples: int, seed: str) -> str:
    """The cache file of a training set: it depends on this module's code (how digits are
    drawn and normalized), the libraries that draw them, and the fonts."""
    import numpy as np
    import PIL
    from PIL import features

    return key("thai-digits", (Path(__file__).read_bytes(), PIL.__version__, features.version("freetype2"),
                               np.__version__, samples, seed, [file_stamp(f) for f in font_files]))


@functools.lru_cache(maxsize=1)
def recogniser() -> Recogniser:
    """The recogniser trained on every installed upright TLWG face: about 0.6 CPU s the first
    time on a machine, then loaded from moukit's cache (``moukit.ocr.cache``), once a process."""
    return Recogniser([font for font in fonts() if upright(font)])
