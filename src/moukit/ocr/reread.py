"""Thai digits re-read from the page: a line's Thai digits as moukit's recogniser reads them.

tesseract's Thai model has no ``๔ ๖ ๗ ๘ ๙``: it reads each as another digit, sure of it
(docs/ocr.md). ``reread_lines`` cuts every word of a line that holds a Thai digit into its
glyphs (``moukit.ocr.glyphs``) and reads each Thai digit's glyph with
``moukit.ocr.thai_digits``. A line is re-read only when **every** Thai digit on it is cut
and read at a margin of at least ``SURE``; it then gets the recogniser's digits in place of
tesseract's (same length: no other character moves). Any doubt, and the line is left as read
(its digits stay unverified). The structure checks of ``moukit.ocr.digits`` still apply to the
re-read line: a sure reading is not yet a verified value.

``SURE`` is chosen on the pages' own glyphs (``benchmarks/ocr_digits.py``): on the synthetic
scans, 0.35 is the least margin at which no sure reading was wrong (137 of 137; at 0.25, one
wrong in 160).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .engine import Word

SURE = 0.35
THAI = "๐๑๒๓๔๕๖๗๘๙"


def reread_lines(png: bytes, words: Sequence[Word], lines: Sequence[str]) -> dict[int, str]:
    """Page line (from 0) -> the line with its Thai digits re-read, for each line whose Thai
    digits were all read sure; other lines are left out. Without numpy, nothing is re-read."""
    by_line: dict[int, list[Word]] = {}
    for word in words:
        if any(ch in THAI for ch in word.text):
            by_line.setdefault(word.line, []).append(word)
    if not by_line:
        return {}
    try:
        from .marks import page_ink
        from .thai_digits import recogniser
    except ImportError:
        return {}
    ink = page_ink(png)
    if ink is None:
        return {}
    model = recogniser()
    out = {}
    for at, line_words in by_line.items():
        if at < len(lines):
            reread = _reread(ink, model, line_words, lines[at])
            if reread is not None:
                out[at] = reread
    return out


def _reread(ink: Any, model: Any, words: list[Word], line: str) -> str | None:
    from .glyphs import word_glyphs

    chars = list(line)
    cursor = 0
    for word in words:  # in the order of the text
        start = line.find(word.text, cursor)
        glyphs = word_glyphs(ink, word.box, word.text) if start >= 0 else None
        if glyphs is None:
            return None
        cursor = start + len(word.text)
        columns = [i for i in range(start, cursor) if not _combining(line[i])]
        for i, glyph in zip(columns, glyphs):
            if line[i] in THAI:
                reading = model.read(glyph)
                if reading is None or reading.margin < SURE:
                    return None
                chars[i] = reading.digit
    return "".join(chars)


def _combining(ch: str) -> bool:
    import unicodedata

    return unicodedata.category(ch) == "Mn"
