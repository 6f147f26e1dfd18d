"""Thai digits re-read from the page: a line's numbers as moukit's recogniser reads them.

tesseract's Thai model has no ``๔ ๖ ๗ ๘ ๙``: it reads each as another digit, sure of it, or
as letters (docs/ocr.md). ``reread_lines`` reads two kinds of number again from the page
image with ``moukit.ocr.thai_digits``:

- every word tesseract read with a Thai digit: cut into one glyph per character
  (``moukit.ocr.glyphs``), each Thai digit's glyph read again (same length: no other
  character moves);
- every **slot** (``moukit.ocr.slots``): where the structure of the letter expects a number (a
  clause label in a numbered list, the day before a month and the year after it, the number
  after a reference's slash) whatever tesseract returned there, letters included. Its ink is
  cut into glyphs whatever their count, a label's brackets and full stop left out (a closing
  bracket touching its digit taken apart from it); it must hold as many digits as such a number
  has, of a value it can have (``Slot.fits``).

A line is re-read **sure** only when every number on it was read at a margin of at least
``SURE``: it gets the recogniser's digits in place of tesseract's, and ``moukit.ocr.digits``
checks it by its structure (a sure reading is not yet a verified value). One number in doubt,
and the Thai digits tesseract read stay as read, the line unverified. Letters where a number
stands are certainly not it: a slot read sure replaces them even on a line in doubt, and a
clause label's or a year's best reading does even unsure (margin at least ``GUESS``) when no
Thai digit was read there and the page bears it out (``slots.confirmed``: the label one more
than the one above, the year near the page's other years), so that a list keeps its clause
and a date its year; such a line is reported not sure, with why, for an
``ocr_unverified_digits`` warning. A day (often handwritten) or a
reference number is only ever taken sure; nothing is put where the ink does not cut into a
number that fits.

``SURE`` is chosen on the pages' own glyphs (``benchmarks/ocr_digits.py``): on the synthetic
scans, 0.35 is the least margin at which no sure reading was wrong (136 of 136 digits cut one
per character, 32 of 32 slots; at 0.25, one wrong in 162).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from .engine import Word
from .slots import Slot, confirmed, find_slots

SURE = 0.35
THAI = "๐๑๒๓๔๕๖๗๘๙"
THIN = 2.5
"""A glyph this many times taller than wide at a label's edge is its bracket, not a digit."""
GUESSED = {"label": "clause number", "year": "year"}
"""The slots that take the recogniser's best reading even when it is not sure (flagged)."""
GUESS = 0.1
"""Under this margin an unsure reading is a coin toss, never put in (on the synthetic pages
every wrong reading of a slot had a margin under 0.02, the right unsure ones 0.09–0.34)."""
LOW = 0.5
"""A glyph at a label's end under this share of the tallest one's height is its full stop."""


@dataclass(frozen=True, slots=True)
class Reread:
    text: str
    """The line with the recogniser's digits in it."""
    sure: bool
    """Every number on the line was read at a margin of at least ``SURE``."""
    why: str | None = None
    """When not sure: what was read and how sure, for the line's warning."""
    words: frozenset[int] = frozenset()
    """The words (indices in the page's words) read again in a slot: tesseract's confidence in
    them says nothing about the digits now in the text."""


def reread_lines(png: bytes, words: Sequence[Word], lines: Sequence[str],
                 numbered: set[str] | None = None) -> dict[int, Reread]:
    """Page line (from 0) -> the line re-read, for each line whose numbers were all read sure or
    that got a number where tesseract read letters; other lines are left out. ``numbered``: the
    label forms Thai-numbered so far in the document (``find_slots``), one set for all its
    pages. Without numpy, nothing."""
    slots = find_slots(lines, numbered)
    by_line: dict[int, list[tuple[int, Word]]] = {}
    for index, word in enumerate(words):
        by_line.setdefault(word.line, []).append((index, word))
    todo = [at for at in sorted(by_line) if at < len(lines)
            and (at in slots or any(ch in THAI for _, w in by_line[at] for ch in w.text))]
    if not todo:
        return {}
    try:
        from .marks import page_ink
        from .thai_digits import recogniser
    except ImportError:
        return {}
    ink = page_ink(png)
    if ink is None:
        return {}
    try:
        model = recogniser()
    except ValueError:  # no Thai font installed to learn the digits from: read_scan says so
        return {}
    out = {}
    read = list(lines)  # the page as re-read so far: a label is borne out by the one above as re-read
    for at in todo:
        def confirm(slot: Slot, digits: str, at: int = at) -> bool:
            return confirmed(slot, at, digits, read, find_slots(read, set(numbered or ())))

        done = _reread(ink, model, by_line[at], lines[at], slots.get(at, []), confirm)
        if done is not None:
            out[at] = done
            read[at] = done.text
    return out


class _Placed(NamedTuple):
    index: int
    """The word's index in the page's words."""
    word: Word
    start: int
    """Where its text stands in the line."""
    stop: int


def _reread(ink: Any, model: Any, words: list[tuple[int, Word]], line: str, slots: list[Slot],
            confirm: Callable[[Slot, str], bool]) -> Reread | None:
    from .glyphs import word_glyphs

    placed = _placed(words, line)
    read_slots = [(slot, _read_slot(ink, model, slot, placed, line)) for slot in slots]
    taken = [(slot, reading) for slot, reading in read_slots if reading is not None and reading[1] >= SURE]
    # a slot not read sure leaves its words to be read as tesseract read them: Thai digits one
    # glyph each, as any other word; letters stay letters (the checks flag a day or year unread)
    inside = {p.index for slot, _ in taken for p in placed if _holds(slot, p)}
    chars = list(line)
    sure = len(placed) == len(words) or not any(ch in THAI for ch in line)  # else a word was not looked at
    for p in placed:
        if p.index in inside or not any(ch in THAI for ch in p.word.text):
            continue
        glyphs = word_glyphs(ink, p.word.box, p.word.text)
        if glyphs is None:
            sure = False
            continue
        columns = [i for i in range(p.start, p.stop) if not _combining(line[i])]
        for i, glyph in zip(columns, glyphs):
            if line[i] in THAI:
                reading = model.read(glyph)
                if reading is None or reading.margin < SURE:
                    sure = False
                else:
                    chars[i] = reading.digit
    # letters (or Arabic digits) where a number stands are not it: a slot read sure
    # replaces them, and so does a label's or a year's best reading unsure, flagged, when the
    # page bears it out (the list keeps its clause, the date its year); a day (often
    # handwritten) or a reference number only sure
    letters = [(slot, reading) for slot, reading in read_slots if reading is not None
               and not all(ch in THAI for ch in line[slot.start:slot.stop])
               and (reading[1] >= SURE or slot.kind in GUESSED and reading[1] >= GUESS
                    and not any(ch in THAI for ch in line[slot.start:slot.stop])
                    and confirm(slot, reading[0].rstrip(")")))]
    guesses = [(slot, reading) for slot, reading in letters if reading[1] < SURE]
    if sure and not guesses and (taken or chars != list(line)):
        return Reread(_put("".join(chars), taken), True, words=frozenset(inside))
    if not letters:
        return None
    why = None
    if guesses:
        slot, (digits, margin) = min(guesses, key=lambda pair: pair[1][1])
        why = (f"the {GUESSED[slot.kind]} read as {line[slot.start:slot.stop]!r} was read again from the page: "
               f"{digits.rstrip(')')}, at margin {margin:.2f}, under {SURE}")
    return Reread(_put(line, letters), False, why)  # the Thai digits tesseract read stay as read


def _put(line: str, readings: list[tuple[Slot, tuple[str, float]]]) -> str:
    """``line`` with each slot's digits in place of what tesseract read there."""
    for slot, (digits, _) in sorted(readings, key=lambda pair: -pair[0].start):
        line = line[:slot.start] + digits + line[slot.stop:]
    return line


def _holds(slot: Slot, p: _Placed) -> bool:
    """Whether a word lies in ``slot`` (a label's word holds its brackets too: it counts when
    it overlaps)."""
    if slot.kind == "label":
        return p.start < slot.stop and p.stop > slot.start
    return p.start >= slot.start and p.stop <= slot.stop


def _placed(words: list[tuple[int, Word]], line: str) -> list[_Placed]:
    """Each word found in the line, where it stands, in the line's order."""
    out = []
    cursor = 0
    for index, word in words:
        start = line.find(word.text, cursor)
        if start < 0:
            continue
        cursor = start + len(word.text)
        out.append(_Placed(index, word, start, cursor))
    return out


def _read_slot(ink: Any, model: Any, slot: Slot, placed: list[_Placed], line: str) -> tuple[str, float] | None:
    """The slot's digits as read from its words' ink, and the least margin; None when its ink
    does not cut into a number the slot can hold."""
    from .glyphs import box_glyphs

    held = [p for p in placed if _holds(slot, p)]
    covered = {i for p in held for i in range(p.start, p.stop)}
    if not held or any(i not in covered for i in range(slot.start, slot.stop)):
        return None  # a character of the slot that no word's box holds
    left = min(p.word.box[0] for p in held)
    top = min(p.word.box[1] for p in held)
    right = max(p.word.box[0] + p.word.box[2] for p in held)
    bottom = max(p.word.box[1] + p.word.box[3] for p in held)
    glyphs = box_glyphs(ink, (left, top, right - left, bottom - top))  # its words' boxes as one
    closed, apart = "", []
    if slot.kind == "label":
        glyphs, closed, apart = _label_digits(glyphs)
    readings = [model.read(glyph) for glyph in glyphs]
    if apart:  # the digit taken apart from its bracket the way the recogniser reads best
        readings.append(max((model.read(part) for part in apart), key=lambda r: r.margin if r else -1.0))
    if not readings or any(r is None for r in readings):
        return None
    digits = "".join(r.digit for r in readings)
    if not slot.fits(digits):
        return None
    # "(@" read where the page shows "(๕)": its closing bracket, seen on the page, is put back
    closed = closed if line[slot.start - 1:slot.start] == "(" and line[slot.stop:slot.stop + 1] != ")" else ""
    return digits + closed, min(r.margin for r in readings)


def _label_digits(glyphs: list[Any]) -> tuple[list[Any], str, list[Any]]:
    """A label's glyphs without its brackets (thin and tall at either end) and its full stop
    (low, at the end); ")" when a closing bracket was among them; and, when the last glyph is
    a digit joined to its closing bracket, the ways of taking them apart (to read each)."""
    glyphs = list(glyphs)
    opening = glyphs.pop(0) if glyphs and _thin(glyphs[0]) else None
    tallest = max((g.shape[0] for g in glyphs), default=0)
    closed = ""
    while glyphs and (_thin(glyphs[-1]) or glyphs[-1].shape[0] < LOW * tallest):
        closed = ")" if _thin(glyphs.pop()) else closed
    if opening is not None and not closed and glyphs and glyphs[-1].shape[0] >= 0.9 * opening.shape[0]:
        # as tall as the bracket: the digit touches its closing bracket (a skewed, blurred scan)
        apart = _unbracketed(glyphs[-1], opening)
        if apart:
            return glyphs[:-1], ")", apart
    return glyphs, closed, []


def _unbracketed(glyph: Any, opening: Any) -> list[Any]:
    """A digit and its closing bracket joined in one glyph, taken apart two ways: the opening
    bracket mirrored taken out where it covers most ink on the right (a pixel wider: its
    blurred edge goes with it), and a cut at the column with least ink where a bracket as wide
    as the opening one begins. Which is the digit is for the recogniser to say."""
    import numpy as np

    out = []
    closing = opening[:, ::-1]
    height, width = min(glyph.shape[0], closing.shape[0]), closing.shape[1]
    closing = closing[:height]
    shifts = [(top, left) for top in range(glyph.shape[0] - height + 1)
              for left in range(glyph.shape[1] // 2, glyph.shape[1] - width + 1)]
    if shifts:
        top, left = max(shifts, key=lambda at: ((glyph[at[0]:at[0] + height, at[1]:at[1] + width] & closing).sum(),
                                                at[1]))
        mask = np.zeros_like(glyph)
        mask[top:top + height, left:left + width] = closing
        grown = mask.copy()
        grown[1:] |= mask[:-1]
        grown[:-1] |= mask[1:]
        grown[:, 1:] |= mask[:, :-1]
        grown[:, :-1] |= mask[:, 1:]
        out.append(glyph & ~grown)
    columns = glyph.sum(axis=0)
    edge = glyph.shape[1] - width
    near = range(max(1, edge - 4), min(glyph.shape[1] - 1, edge + 3))
    if near:
        out.append(glyph[:, :min(near, key=lambda x: (columns[x], abs(x - edge)))])
    return [_trimmed(part) for part in out if part.any()]


def _trimmed(ink: Any) -> Any:
    import numpy as np

    rows, columns = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    return ink[rows[0]:rows[-1] + 1, columns[0]:columns[-1] + 1]


def _thin(glyph: Any) -> bool:
    height, width = glyph.shape
    return height >= THIN * width


def _combining(ch: str) -> bool:
    import unicodedata

    return unicodedata.category(ch) == "Mn"
