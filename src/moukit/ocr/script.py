"""Thai print that tesseract read as Latin letters: such a stretch of a line read again as Thai.

``-l tha+eng`` lets tesseract choose the script word by word, and on some lines it chooses
wrong: ``ที่ มท`` came back ``NWN`` or ``fi un``, ``ธันวาคม`` ``HUNAN``, ``เรียน`` ``ew``,
``อ้างถึง`` ``dasha``, a year ``Weed``. In a Thai official document the print is Thai; Latin
stands in it as e-mail and web addresses, English names and abbreviations, glosses such as
``(Action Plan)``. Whether a Latin word is English does not tell them apart: on the project's
scans ``Gas``, ``war``, ``WAS``, ``amen``, ``new.`` and ``Jun`` were all Thai misread, and
``Weed`` on a drawn page. What does is reading the stretch again as Thai:

- a **run** is a stretch of one line of consecutive words that hold Latin letters and no
  Thai character, on a page whose letters are mostly Thai (``THAI_PAGE``), not a web or
  e-mail address; a line of specks (``ocr.is_speckle``) is no line;
- its crop (the line's height, the run's width, never past half-way to a neighbouring word)
  is read again by tesseract with ``-l tha`` alone, as one line (``engine.recognise_line``);
- the Thai reading is taken when its words stand on the line (not on the line above or
  below, which the crop may touch), it holds no Latin letter and some Thai, no Thai letter or
  Arabic digit stands against a Thai digit (``ใ๒๒๕``, ``๒๕๕9``: the Thai model's way of
  reading ``๔ ๖ ๗ ๘ ๙``, which it lacks), and tesseract is at least as sure of it as of the Latin reading and at
  least ``MIN_CONFIDENCE`` sure (the mean of the words' confidences). English is read by
  the Thai model with lower confidence: every ``(Action Plan)`` and web address on the scans
  and drawn pages stayed as read.

The line's other words stay as read. ``read_scan`` lists the lines changed so
(``source.ocr.reread_thai_lines``), doubts them (every value on one carries an
``ocr_unverified_text`` warning: ``moukit.ocr.fields``) and never verifies their digits unless
moukit's recogniser read every Thai digit of the line sure.
"""

from __future__ import annotations

import io
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from . import engine
from .engine import Word

MIN_CONFIDENCE = 80.0
"""As ``fields.TEXT_CONFIDENCE``: a reading less sure than this would be doubted anyway."""
THAI_PAGE = 0.5
"""The least share of a page's letters that are Thai for its Latin to be suspect."""
_LATIN = re.compile("[A-Za-z]")
_THAI = re.compile("[\u0e01-\u0e5b]")
_ADDRESS = re.compile(r"@|www|https?:|\w\.(?:go|ac|co|or|in)\.th\b|\.(?:com|org|net)\b", re.IGNORECASE)
_MIXED = re.compile("[\u0e01-\u0e4e][0-9๐-๙]|[0-9๐-๙][\u0e01-\u0e4e]|[0-9][๐-๙]|[๐-๙][0-9]")


@dataclass(frozen=True, slots=True)
class Rescript:
    text: str
    """The line with its runs read as Thai."""
    words: tuple[Word, ...]
    """The line's words in order, each run's replaced by the Thai reading's (page coordinates)."""
    runs: tuple[tuple[str, str], ...]
    """Each run as tesseract read it first and as read again as Thai."""

    @property
    def why(self) -> str:
        read = ", ".join(f"{latin!r} read again as {thai!r}" for latin, thai in self.runs)
        return f"read by OCR as Latin letters: {read}"


def reread_script(png: bytes, words: Sequence[Word], lines: Sequence[str], skip: Collection[int] = (),
                  labels: Mapping[int, Sequence[tuple[int, int]]] | None = None) -> dict[int, Rescript]:
    """Page line (from 0) -> the line with its runs of Latin letters read again as Thai, for
    each line where a reading was taken; ``skip``: lines left out (specks); ``labels``: page
    line -> where its clause label stands (``slots.find_slots``), never read again here: the
    recogniser reads a label's number from the ink and checks it by its sequence, where the
    Thai model would read a digit it lacks. Nothing on a page whose letters are mostly Latin,
    or without Pillow."""
    by_line: dict[int, list[Word]] = {}
    for word in words:
        if word.line not in skip and word.line < len(lines):
            by_line.setdefault(word.line, []).append(word)
    letters = [ch for on_line in by_line.values() for w in on_line for ch in w.text if ch.isalpha()]
    thai = sum(bool(_THAI.match(ch)) for ch in letters)
    runs = {at: found for at, on_line in by_line.items() if (found := _runs(on_line))}
    if not runs or thai < THAI_PAGE * len(letters):
        return {}
    try:
        from PIL import Image
    except ImportError:
        return {}
    page = Image.open(io.BytesIO(png))
    page.load()
    out = {}
    for at, found in sorted(runs.items()):
        done = _reread_line(page, by_line[at], lines[at], found, (labels or {}).get(at, ()))
        if done is not None:
            out[at] = done
    return out


def _runs(on_line: list[Word]) -> list[tuple[int, int]]:
    """(first, stop) indices of each run of Latin words on a line (see the module docstring)."""
    out, start = [], None
    for i, word in enumerate([*on_line, None]):
        latin = word is not None and bool(_LATIN.search(word.text)) and not _THAI.search(word.text)
        if latin and start is None:
            start = i
        elif not latin and start is not None:
            if not any(_ADDRESS.search(w.text) for w in on_line[start:i]):
                out.append((start, i))
            start = None
    return out


def _reread_line(page, on_line: list[Word], line: str, runs: list[tuple[int, int]],
                 labels: Sequence[tuple[int, int]]) -> Rescript | None:
    top = min(w.box[1] for w in on_line)
    bottom = max(w.box[1] + w.box[3] for w in on_line)
    pad = max(4, (bottom - top) // 3)
    placed, cursor = [], 0  # where each word stands in the line
    for word in on_line:
        start = line.find(word.text, cursor)
        if start < 0:
            return None  # the text and the word table disagree: leave the line as read
        cursor = start + len(word.text)
        placed.append((start, cursor))
    taken: list[tuple[int, int, str, tuple[Word, ...]]] = []
    for first, stop in runs:
        run = on_line[first:stop]
        if any(placed[first][0] < end and placed[stop - 1][1] > start for start, end in labels):
            continue
        left = min(w.box[0] for w in run)
        right = max(w.box[0] + w.box[2] for w in run)
        if first > 0:  # never past half-way to the word before or after
            before = on_line[first - 1].box
            left = max(left - pad, (before[0] + before[2] + left) // 2)
        else:
            left -= pad
        right = min(right + pad, (right + on_line[stop].box[0]) // 2) if stop < len(on_line) else right + pad
        box = (max(0, left), max(0, top - pad), min(page.width, right), min(page.height, bottom + pad))
        if box[2] - box[0] < 2 or box[3] - box[1] < 2:
            continue
        crop = io.BytesIO()
        page.crop(box).save(crop, format="PNG")
        thai = engine.recognise_line(crop.getvalue(), None)
        moved = tuple(Word(w.text, w.confidence, run[0].line, (w.box[0] + box[0], w.box[1] + box[1], w.box[2], w.box[3]))
                      for w in thai.words)
        if not _taken(thai.text, [w.confidence for w in thai.words], [w.confidence for w in run]) or \
                not all(top <= w.box[1] + w.box[3] // 2 <= bottom for w in moved):
            continue  # not taken, or read from a line above or below (its words stand outside the line)
        taken.append((first, stop, thai.text, moved))
    if not taken:
        return None
    text, kept, runs_read, at = line, [], [], 0
    for first, stop, thai, _ in reversed(taken):
        runs_read.append((line[placed[first][0]:placed[stop - 1][1]], thai))
        text = text[:placed[first][0]] + thai + text[placed[stop - 1][1]:]
    for first, stop, _, moved in taken:
        kept += [*on_line[at:first], *moved]
        at = stop
    kept += on_line[at:]
    return Rescript(text, tuple(kept), tuple(reversed(runs_read)))


def _taken(text: str, confidences: list[float], latin: list[float]) -> bool:
    """Whether a run's Thai reading replaces its Latin one (see the module docstring)."""
    if not confidences or _LATIN.search(text) or not _THAI.search(text) or _MIXED.search(text):
        return False
    mean = sum(confidences) / len(confidences)
    return mean >= MIN_CONFIDENCE and mean >= sum(latin) / len(latin)
