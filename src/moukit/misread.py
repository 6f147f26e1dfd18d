"""How OCR misreads Thai print, for reading a scan's text through its damage (docs/reading-rules.md,
"Scans read by OCR"); the text itself is never rewritten.

tesseract drops marks (``ที`` for ``ที่``, ``คตลาคม`` for ``ตุลาคม``), confuses letters of one
shape (``อันวาคม`` for ``ธันวาคม``) and reads a word it cannot make out as Latin letters (``ew``
for ``เรียน``). The rules that read through this damage hold only for a scan's text: a typed
text reads as it always did. ``pipeline.run`` says which one it is reading (``reading``), and the
reading rules ask ``reading_ocr()``; ``moukit.ocr.fields`` reads each header value again with
the rules off and warns about every value they made.

A leaf module: it imports nothing from moukit.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterable, Iterator

_OCR: contextvars.ContextVar[bool] = contextvars.ContextVar("moukit_reading_ocr", default=False)


def reading_ocr() -> bool:
    """Whether the text being parsed came from OCR (``source.encoding == "ocr"``)."""
    return _OCR.get()


@contextlib.contextmanager
def reading(ocr: bool) -> Iterator[None]:
    """Parse inside the ``with`` block as OCR'd text (``ocr``) or as a typed text."""
    token = _OCR.set(ocr)
    try:
        yield
    finally:
        _OCR.reset(token)


SHAPES = ("คดตศฅฒ", "ถภฎฏ", "ทหฑฬ", "อธรฐฮ", "บปษ", "พฟ", "ผฝ", "ขฃชซ", "ลส", "นมฆ", "ญณ", "วจ")
"""Letters tesseract's Thai model takes for one another (seen on the project's scans and on drawn
pages), in groups of one shape: a swap inside one group costs half an edit (``distance``)."""
_SHAPE_OF = {ch: n for n, group in enumerate(SHAPES) for ch in group}
# Vowels above and below, tone marks, ็ ์ ํ: the small marks OCR drops or swaps; ำ and า are one
# shape with and without its ring.
_MARKS = frozenset("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d")
_HALF = 0.5


def _cost(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if a in _MARKS and b in _MARKS or {a, b} == {"ำ", "า"}:
        return _HALF
    shape = _SHAPE_OF.get(a)
    return _HALF if shape is not None and shape == _SHAPE_OF.get(b) else 1.0


def _gap(ch: str) -> float:
    return _HALF if ch in _MARKS else 1.0


def distance(read: str, word: str) -> float:
    """Edit distance from ``word`` to ``read`` as OCR damages it: a dropped or added mark and a
    letter swapped for one of its shape cost half an edit, any other change one."""
    previous = [0.0]
    for ch in word:
        previous.append(previous[-1] + _gap(ch))
    for r in read:
        current = [previous[0] + _gap(r)]
        for j, w in enumerate(word, 1):
            current.append(min(previous[j] + _gap(r), current[j - 1] + _gap(w), previous[j - 1] + _cost(r, w)))
        previous = current
    return previous[-1]


def nearest(read: str, words: Iterable[str], most: float) -> str | None:
    """The one word of ``words`` that ``read`` is within ``most`` of (``distance``) when every
    other word is at least a whole edit farther; None when none is, or two are about as near."""
    ranked = sorted((distance(read, word), word) for word in words)
    if not ranked or ranked[0][0] > most:
        return None
    if len(ranked) > 1 and ranked[1][0] < ranked[0][0] + 1:
        return None
    return ranked[0][1]


_TONES = frozenset("\u0e48\u0e49\u0e4a\u0e4b")  # ่ ้ ๊ ๋
_LONG_WORD = 6  # shorter words lose a mark into another word too often ("ไม่" -> "ไม")
_LOST_TONES: dict[str, str] | None = None
_LONGEST_LOST = 0


def lost_tone_mark(text: str) -> tuple[str, str] | None:
    """The first word of ``text`` that is a known word (pythainlp's Thai word list, shipped with
    it) with one tone mark lost, and that word: ``("แต่งตัง", "แต่งตั้ง")``; None when there is
    none. Only words of six letters or more, and only where the form read is no word itself."""
    global _LOST_TONES, _LONGEST_LOST
    if _LOST_TONES is None:
        from pythainlp.corpus import thai_words

        known = thai_words()
        _LOST_TONES = {word[:i] + word[i + 1:]: word for word in known if len(word) >= _LONG_WORD
                       for i, ch in enumerate(word) if ch in _TONES and word[:i] + word[i + 1:] not in known}
        _LONGEST_LOST = max(map(len, _LOST_TONES))
    longest = _LONGEST_LOST
    for start in range(len(text)):
        for end in range(start + _LONG_WORD - 1, min(len(text), start + longest) + 1):
            if text[start:end] in _LOST_TONES:
                return text[start:end], _LOST_TONES[text[start:end]]
    return None
