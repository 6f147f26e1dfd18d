"""Each character's glyph cut out of an OCR word's box, for ``moukit.ocr.thai_digits`` to re-read.

tesseract gives a box per word (its TSV), not per character. A word of digits prints as
glyphs standing apart, so the word's ink is cut at the columns that hold none (column
projection: cheap, no second OCR pass). Specks much smaller than a glyph are left out first.
The cut is trusted only when it yields exactly one glyph per spacing character of the word
as read (``None`` otherwise): two digits blurred together, a broken glyph or a stray mark
change the count, and the word's digits then stay unverified. Combining marks (Thai upper
and lower vowels and tone marks) stand over or under their letter and get no glyph.

Used by ``moukit.ocr.reread`` on every OCR'd page, measured by ``benchmarks/ocr_digits.py``.
"""

from __future__ import annotations

import unicodedata
from typing import Any

MIN_SHARE = 0.02
"""Connected ink under this share of the word box's height squared is a speck, not a glyph
(a full stop at 150 ppi is about 0.04)."""


def spacing(text: str) -> str:
    """The characters of ``text`` that take a column of their own (no combining marks)."""
    return "".join(ch for ch in text if unicodedata.category(ch) != "Mn")


def word_glyphs(ink: Any, box: tuple[int, int, int, int], text: str) -> list[Any] | None:
    """The glyph (2-D bool ink) of each spacing character of ``text`` in ``box`` (left, top,
    width, height) of the page's ``ink``, left to right; None when the cut does not give one
    glyph per character."""
    glyphs = box_glyphs(ink, box)
    return glyphs if len(glyphs) == len(spacing(text)) else None


def box_glyphs(ink: Any, box: tuple[int, int, int, int]) -> list[Any]:
    """Every glyph (2-D bool ink, cut to its own rows) in ``box`` of the page's ``ink``, left
    to right, whatever tesseract read there: ``moukit.ocr.reread`` reads a number this way where
    tesseract returned letters or another count of characters."""
    left, top, width, height = box
    if width <= 0 or height <= 0:
        return []
    # tesseract's box may shave a glyph's edge: look a little wider, keep what overlaps the box
    pad = max(2, height // 4)
    x0, y0 = max(0, left - pad), max(0, top - pad // 2)
    crop = ink[y0:top + height + pad // 2, x0:left + width + pad]
    if not crop.size:
        return []
    inside = (left - x0, left - x0 + width)
    floor = MIN_SHARE * height * height
    glyphs = []
    for start, stop in _runs(crop.any(axis=0)):
        if stop <= inside[0] or start >= inside[1]:
            continue
        column = crop[:, start:stop]
        # its rows: the band that holds most ink (a mark of the line above or below stands apart)
        band = max(_runs(column.any(axis=1)), key=lambda run: column[run[0]:run[1]].sum())
        glyph = column[band[0]:band[1]]
        if glyph.sum() >= floor:
            glyphs.append(glyph)
    return glyphs


def _runs(flags: Any) -> list[tuple[int, int]]:
    """(start, stop) of each run of True in a 1-D bool array."""
    import numpy as np

    padded = np.concatenate(([False], flags, [False])).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist()))
