"""Where a document's structure expects a number that OCR returned as something else.

tesseract's Thai model has no ``๔ ๖ ๗ ๘ ๙``: besides misreading them as other digits, it often
returns them as letters or marks (``(@)`` for ``(๘)``, ``๗ ธันวาคม Weed`` for ``… ๒๕๕๖``,
``ฆ ธันวาคม`` for ``๗ ธันวาคม``). Where the layout of a Thai letter says a number stands,
such a word is a **slot** for ``moukit.ocr.reread`` to read again from the page as digits:

- **a clause label** at a line start, ``(x)`` or ``x.``, on a page whose other labels of the same
  form are Thai digits (at least as many as Arabic ones), or on a page after one such: a
  numbered sequence. A label of one Thai consonant is left alone where the page has two or
  more (a lettered list ``(ก) (ข)``);
- **the day** before a month name, when it is one mark or a run of Latin letters or signs (a
  Thai word before a month, ``ใน ธันวาคม``, is no day) and the year is not in Arabic digits,
  and **the year** after a month name (after ``พ.ศ.`` if printed) or after ``พ.ศ.`` or
  ``พุทธศักราช`` alone (an act's title), when it is not already Arabic digits;
- **the number after the slash** of a ``ที่`` reference in Thai digits, when it is not read as
  digits.

The recogniser reads Thai digits only: a number of a line written in Arabic digits (a day
beside ``2551``, a reference ``มท 0809.2/ว …``) is no slot.

Month names are matched with their marks ignored (``ธั้นวาคม`` for ``ธันวาคม``): a dropped or
doubled tone mark does not hide the month. Only text is looked at here; what a slot must hold
to be taken (how many digits, which values) is ``Slot.fits``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ..numerals import THAI_DIGITS, to_arabic

MONTHS = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
           "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")
_PAREN_LABEL = re.compile(r"\s*\(([^\s()]{1,3})\)?(?=\s)")
_DOT_LABEL = re.compile(r"\s*([^\s.()]{1,2})\.(?=\s)")
_ERA = re.compile(r"พ\.?\s?ศ\.?|พุทธศักราช")
REF_LINE = re.compile(r"\s*ที่?\s")
"""A ที่ line, its tone mark or vowel perhaps lost (``ที มท 0809.3/ว.``)."""
_CONSONANT = re.compile("[ก-ฮ]")
_THAI_LETTER = re.compile("[ก-ฯะ-ูเ-ๅ]")

Kind = Literal["label", "day", "year", "ref"]


@dataclass(frozen=True, slots=True)
class Slot:
    kind: Kind
    start: int
    """Where the slot's characters start in the line (for a label, those inside its marks)."""
    stop: int
    form: str = ""
    """A label's form, ``"(x)"`` or ``"x."``: its sequence is that of the labels of its form."""

    def fits(self, digits: str) -> bool:
        """Whether ``digits`` (Thai) can stand in this slot: the count of digits a label (1–2,
        not 0), a day (1–31), a Buddhist-era year (24xx–26xx) or a reference number (1–6) has."""
        if not digits:
            return False
        value = int(to_arabic(digits))
        return {"label": len(digits) <= 2 and value > 0,
                "day": len(digits) <= 2 and 1 <= value <= 31,
                "year": len(digits) == 4 and 2400 <= value <= 2699,
                "ref": len(digits) <= 6}[self.kind]


def find_slots(lines: Sequence[str], numbered: set[str] | None = None) -> dict[int, list[Slot]]:
    """Page line (from 0) -> its slots, left to right. ``numbered`` holds the label forms
    Thai-numbered on the document's earlier pages (a list goes on over a page whose labels
    all came out as letters); the forms Thai-numbered on this page are added to it."""
    out: dict[int, list[Slot]] = {}
    for at, slot in _labels(lines, numbered if numbered is not None else set()):
        out.setdefault(at, []).append(slot)
    for at, line in enumerate(lines):
        out.setdefault(at, []).extend(_date_slots(line) + _era_slots(line) + _ref_slots(line))
    return {at: sorted(set(found), key=lambda s: s.start) for at, found in out.items() if found}


def _labels(lines: Sequence[str], numbered: set[str]) -> list[tuple[int, Slot]]:
    out = []
    for form, pattern in (("(x)", _PAREN_LABEL), ("x.", _DOT_LABEL)):
        found = [(at, m) for at, line in enumerate(lines) if (m := pattern.match(line.lstrip("\f")))]
        inner = [m.group(1) for _, m in found]
        thai = sum(all(c in THAI_DIGITS for c in text) for text in inner)
        arabic = sum(text.isascii() and text.isdigit() for text in inner)
        lettered = sum(len(text) == 1 and bool(_CONSONANT.fullmatch(text)) for text in inner) >= 2
        if thai < arabic or not thai and form not in numbered:
            continue  # no Thai-numbered sequence here
        numbered.add(form)
        offset = {at: len(lines[at]) - len(lines[at].lstrip("\f")) for at, _ in found}
        for at, match in found:
            text = match.group(1)
            if lettered and _CONSONANT.fullmatch(text):
                continue
            out.append((at, Slot("label", offset[at] + match.start(1), offset[at] + match.end(1), form)))
    return out


def _skeleton(line: str) -> tuple[str, list[int]]:
    """The line without combining marks, and each kept character's index in the line."""
    kept = [(i, ch) for i, ch in enumerate(line) if unicodedata.category(ch) != "Mn"]
    return "".join(ch for _, ch in kept), [i for i, _ in kept]


_MONTH_SKELETONS = re.compile("|".join(_skeleton(m)[0] for m in MONTHS))


def month_spans(line: str) -> list[tuple[int, int]]:
    """Where full month names stand in ``line``, their marks ignored (``ธั้นวาคม``, ``ธนวาคม``
    for ``ธันวาคม``: OCR drops and doubles tone marks)."""
    skeleton, index = _skeleton(line)
    out = []
    for month in _MONTH_SKELETONS.finditer(skeleton):
        stop = index[month.end() - 1] + 1
        while stop < len(line) and unicodedata.category(line[stop]) == "Mn":
            stop += 1
        out.append((index[month.start()], stop))
    return out


def _date_slots(line: str) -> list[Slot]:
    out = []
    for start, stop in month_spans(line):
        if start and not line[start - 1].isspace():
            continue  # inside a word ("ในเดือนธันวาคม"): no day stands before it
        year = _year_after(line, stop)
        day = _token_before(line, start)
        if year is None or _mostly_arabic(line[year[0]:year[1]]):
            continue  # no year, or one in Arabic digits (its day too), which tesseract reads
        if day is not None and _unread_day(line[day[0]:day[1]]):
            out.append(Slot("day", *day))
        out.append(Slot("year", *year))
    return out


def _arabic(token: str) -> bool:
    """Arabic digits, which tesseract reads well: nothing to read again."""
    return all(c.isascii() and c.isdigit() for c in token)


def _mostly_arabic(token: str) -> bool:
    """More Arabic digits than Thai ones (``255l``): a number of a line in Arabic digits."""
    arabic = sum(c.isascii() and c.isdigit() for c in token)
    return arabic > 0 and arabic >= sum(c in THAI_DIGITS for c in token)


_ERA_WORD = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=\())(?:พ\.\s?ศ\.|พุทธศักราช)")


def _era_slots(line: str) -> list[Slot]:
    """The year after ``พ.ศ.`` or ``พุทธศักราช`` (an act's title, ``พ.ศ. ods``), as after a month."""
    out = []
    for era in _ERA_WORD.finditer(line):
        year = _year_after(line, era.end())
        if year is not None and not _mostly_arabic(line[year[0]:year[1]]):
            out.append(Slot("year", *year))
    return out


def _unread_day(token: str) -> bool:
    """A day OCR did not read as digits: one character, or Latin letters and signs (``of``)."""
    spacing = [c for c in token if unicodedata.category(c) != "Mn"]
    return len(spacing) == 1 and not spacing[0].isascii() or \
        1 <= len(spacing) <= 3 and all(c.isascii() and not c.isdigit() for c in spacing) and \
        not any(c in "-–•*" for c in spacing)


def _token_before(line: str, end: int) -> tuple[int, int] | None:
    stop = end
    while stop > 0 and line[stop - 1].isspace():
        stop -= 1
    start = stop
    while start > 0 and not line[start - 1].isspace():
        start -= 1
    return (start, stop) if start < stop < end else None


def _year_after(line: str, end: int) -> tuple[int, int] | None:
    rest = line[end:]
    at = len(rest) - len(rest.lstrip())
    era = _ERA.match(rest, at)
    if era:
        at = era.end()
        at += len(rest[at:]) - len(rest[at:].lstrip())
    stop = at
    while stop < len(rest) and not rest[stop].isspace():
        stop += 1
    token = rest[at:stop].rstrip(".,)")
    if not 2 <= len(token) <= 6:
        return None
    if _THAI_LETTER.search(token) and not any(c.isdigit() for c in token):
        return None  # a Thai word follows the month ("ธันวาคม นี้"): no year
    return end + at, end + at + len(token)


def _ref_slots(line: str) -> list[Slot]:
    if not REF_LINE.match(line.lstrip("\f")) or "/" not in line:
        return []
    slash = line.rindex("/")
    rest = line[slash + 1:]
    # "/ว ๒๕๕๖", "/๒๕๕๖": the circular's letter (ว) may stand between
    lead = re.match(r"\s*(?:ว\.?\s*)?", rest)
    start = slash + 1 + lead.end()
    stop = start
    while stop < len(line) and not line[stop].isspace():
        stop += 1
    token = line[start:stop]
    if not token or _arabic(token) or len(token) > 6:
        return []
    if any(c.isascii() and c.isdigit() for c in line[:start]):
        return []  # a reference in Arabic digits: its number is too, which the Thai recogniser cannot read
    return [Slot("ref", start, stop)]


_YEAR = re.compile(r"(?<![0-9๐-๙])(?:2[4-6][0-9]{2}|๒[๔-๖][๐-๙]{2})(?![0-9๐-๙])")
YEAR_SPREAD = 5


def confirmed(slot: Slot, at: int, digits: str, lines: Sequence[str], slots: dict[int, list[Slot]]) -> bool:
    """Whether the page's other numbers bear out ``digits`` read unsure in ``slot`` on line
    ``at``: a label one more than the label of its form before it (or, first on the page, one
    less than the one after), Thai digits as read; a year within ``YEAR_SPREAD`` of another
    year on the page. Nothing here chooses a value: it only lets the recogniser's best reading
    stand, flagged, when the page agrees with it."""
    value = int(to_arabic(digits))
    if slot.kind == "year":
        return any(abs(int(to_arabic(year)) - value) <= YEAR_SPREAD
                   for other, line in enumerate(lines) if other != at for year in _YEAR.findall(line))
    if slot.kind != "label":
        return False
    labels = sorted((other, found) for other, found_slots in slots.items() for found in found_slots
                    if found.kind == "label" and found.form == slot.form and other != at)
    before = [(other, found) for other, found in labels if other < at]
    after = [(other, found) for other, found in labels if other > at]
    if before:
        return _as_read(lines, *before[-1]) == value - 1
    return bool(after) and _as_read(lines, *after[0]) == value + 1


def _as_read(lines: Sequence[str], at: int, slot: Slot) -> int | None:
    text = lines[at][slot.start:slot.stop]
    return int(to_arabic(text)) if text and all(c in THAI_DIGITS for c in text) else None
