"""Digits read by OCR: verified, or said to be unverified — never silently wrong.

A wrong digit reads as well as a right one (``2551`` for ``2557``), and a date or a reference
number is what a reader of a circular acts on. So every line of OCR text that holds digits gets
a status. It is ``verified`` only when every check below passes:

- **the engine can read them**: tesseract's Thai model has no ``๔ ๖ ๗ ๘ ๙`` in its
  character set, so it reads each of them as another digit or a letter, with high
  confidence. A line with Thai digits is never verified by tesseract alone: only when
  moukit's recogniser re-read every one of them sure (``moukit.ocr.reread``) and the line
  holds a date, a year, a reference or a clause label for the checks below to hold its
  digits to. A line given a number the recogniser read unsure is never verified (``unsure``).
- **the engine is sure**: every word holding a digit has a confidence of at least
  ``MIN_CONFIDENCE``. Handwritten and stamped numbers (a ref's number, a letter's day) fall
  below it.
- **the structure holds**: on a line that names a month, the number before the month is a day
  (1–31) and the number after it a year; a Buddhist-era year (24xx–26xx) is within
  ``YEAR_SPREAD`` years of the middle of the document's years; a line that starts with
  ``ที่`` (OCR often drops its tone mark: ``ที``) and holds a ``/`` has a number after the
  slash; a line whose only number is its clause label (``(๔)``, ``๔.``) continues the
  sequence of the labels of its form around it, read sure too (``_in_sequence``).
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from ..numerals import to_arabic
from .slots import MONTHS, REF_LINE, YEAR_SPREAD, month_spans

MIN_CONFIDENCE = 90.0
THAI_GAP = "the Thai model cannot read ๔ ๖ ๗ ๘ ๙, so Thai digits may be misread"
NO_STRUCTURE = ("Thai digits re-read from the page, but not a date, a year, a reference or a clause number "
                "in its sequence to check them by")



@dataclass(frozen=True, slots=True)
class DigitCheck:
    line: int
    """The line of the OCR text."""
    digits: str
    """The digit groups read on it, space-separated; "(none read)" for a date or ที่ line without."""
    reason: str | None
    """Why the digits are not verified; None when every check passed."""


_DIGITS = re.compile(r"[0-9๐-๙]+(?:[.,][0-9๐-๙]+)*")
_MONTH = re.compile("|".join(MONTHS))
# Abbreviated months count only after a number: "ก.พ." is also the civil service commission.
_SHORT_MONTH = re.compile(r"(?<=[0-9๐-๙] )(?:ม|ก|มี|เม|พ|มิ|ส|ต|พ|ธ)\.[คพยส]\.")
_AFTER_MONTH = re.compile(r"\s*(?:พ\.ศ\.|พุทธศักราช)?\s*(\S+)?")
_LAST_NUMBER = re.compile(r"([0-9๐-๙]+)\s*$")
_LAST_WORD = re.compile(r"(\S+)\s*$")
# A clause label opening a line, "(๔) …" or "๔. …": its number is checked by its sequence.
_LABEL = re.compile(r"\f?\s*(?:\(([๐-๙]{1,2})\)|([๐-๙]{1,2})\.)\s")
_YEAR = re.compile(r"(?<![0-9๐-๙])(2[4-6][0-9][0-9]|๒[๔-๖][๐-๙][๐-๙])(?![0-9๐-๙])")


def check_digits(lines: list[str], confidences: dict[int, list[float]],
                 reread: frozenset[int] | set[int] = frozenset(),
                 unsure: dict[int, str] | None = None) -> list[DigitCheck]:
    """A check for every line (``lines[i]`` is line ``i + 1``) that holds digits or a date.

    ``confidences`` maps a line to the confidence of each word on it that holds a digit;
    ``reread`` holds the lines whose Thai digits were all re-read sure from the page
    (``moukit.ocr.reread``): their Thai digits are checked like any others; ``unsure`` maps
    the lines given digits the recogniser read unsure to why (their reason)."""
    unsure = unsure or {}
    years = [int(to_arabic(y)) for line in lines for y in _YEAR.findall(line)]
    middle = statistics.median(years) if years else None
    in_sequence = _in_sequence(lines, reread)
    checks = []
    for number, line in enumerate(lines, start=1):
        found = _DIGITS.findall(line)
        date = _MONTH.search(line) or _SHORT_MONTH.search(line) or _damaged_month(line)
        ref = _is_ref(line)
        if not found and not date and not ref:
            continue
        reason = unsure.get(number) or \
            _reason(line, found, confidences.get(number, []), date, ref, middle, number in reread,
                    number in in_sequence and len(found) == 1)
        checks.append(DigitCheck(number, " ".join(found) or "(none read)", reason))
    return checks


class _Span:
    """A month found with its marks ignored, shaped as the ``re.Match`` of an intact one."""

    def __init__(self, start: int, end: int) -> None:
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def _damaged_month(line: str) -> _Span | None:
    """A month name with a mark dropped or doubled (``ธั้นวาคม``): its day and year are still
    held to the checks of a date (``moukit.ocr.slots.month_spans``)."""
    spans = month_spans(line)
    return _Span(*spans[0]) if spans else None


def _in_sequence(lines: list[str], sure: frozenset[int] | set[int]) -> set[int]:
    """The lines whose clause label (read sure) continues the sequence of the labels of its
    form around it, each read sure too: the one before is one less (or it is the first, ๑) and
    the one after one more (or there is none, or a new list starts at ๑). A misread label
    would have to be matched by misread neighbours to pass."""
    labels: dict[bool, list[tuple[int, int]]] = {}  # bracketed or not -> (line, number) in order
    for number, line in enumerate(lines, start=1):
        match = _LABEL.match(line)
        if match:
            value = int(to_arabic(match.group(1) or match.group(2)))
            labels.setdefault(match.group(1) is not None, []).append((number, value))
    out = set()
    for found in labels.values():
        for at, (number, value) in enumerate(found):
            before = found[at - 1] if at else None
            after = found[at + 1] if at + 1 < len(found) else None
            agree_before = before is not None and before[0] in sure and before[1] == value - 1
            agree_after = after is not None and after[0] in sure and after[1] == value + 1
            if number in sure and (agree_before or value == 1 and agree_after) and \
                    (agree_after or after is None or after[1] == 1):
                out.add(number)
    return out


def _is_ref(line: str) -> bool:
    return bool(REF_LINE.match(line.lstrip("\f"))) and "/" in line


def _reason(line: str, found: list[str], confidences: list[float], date: re.Match[str] | _Span | None,
            ref: bool, middle: float | None, reread: bool = False, label: bool = False) -> str | None:
    if any(ch in "๐๑๒๓๔๕๖๗๘๙" for ch in line):
        if not reread:
            return THAI_GAP
        if date is None and not ref and not _YEAR.search(line) and not label:
            return NO_STRUCTURE  # a sure reading alone is not a verified value
    if confidences and min(confidences) < MIN_CONFIDENCE:
        return f"read with confidence {min(confidences):.0f}, below {MIN_CONFIDENCE:.0f}"
    if date is not None:
        before = line[:date.start()]
        day_match = _LAST_NUMBER.search(before) or _LAST_WORD.search(before)
        day = day_match.group(1) if day_match else None
        after = _AFTER_MONTH.match(line, date.end())
        year = after.group(1) if after else None
        if day is None or not to_arabic(day).isdigit():
            return "the day before the month is not read as a number"
        if not 1 <= int(to_arabic(day)) <= 31:
            return f"day {day} is no day of a month"
        if year is None or not _YEAR.fullmatch(year.rstrip(".,)")):
            return "the year after the month is not read as a year"
    for year in _YEAR.findall(line):
        value = int(to_arabic(year))
        if middle is not None and abs(value - middle) > YEAR_SPREAD:
            return f"year {year} is far from the document's other years (about {middle:.0f})"
    if ref and not re.search(r"/[^/]*[0-9]", line):
        return "the number after the / of the reference is not read"
    return None
