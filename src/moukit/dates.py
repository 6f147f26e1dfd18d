"""Thai dates -> ThaiDate (THAI-FORMATS §2 "Dates").

Reads the forms found in real documents: ``๗ ธันวาคม ๒๕๕๖``; ``พ.ศ.``/``พ.ศ``/``พุทธศักราช``
before the year; ``เดือน`` before the month; abbreviated months with or without dots
(``ธ.ค.``, ``ธ.ค``, ``ธค``); Thai, Arabic and mixed digits (``25๖๗``); two-digit years
(``๕๖`` = 2556); ``dd/mm/yyyy`` (``07/12/2556``); A.D. years (``ค.ศ. 2013``, or a bare
4-digit year below 2400); and a full month name broken after a combining mark by PDF
extraction (``22 มิ ถุนายน 2552``). Month names come from pythainlp's tables;
``thai_strptime`` is not used (it fails on Thai digits and turns months 10–12 into January).

Decisions:

- ``raw`` starts at the day number: a prefix (``วันที่``, ``วันพุธที่``, ``เมื่อวันที่``,
  ``ณ วันที่``, ``ลว.``) is not part of it, so the same date reads the same wherever it is
  printed. ``เดือน`` and the era word inside the date are kept. Whitespace runs in ``raw`` are
  collapsed to one space (SPEC §2); the span that ``find_thai_date`` returns is the uncollapsed
  source text.
- A 4-digit year is B.E. from 2400 on and A.D. below (``2013`` -> 2556), unless ``พ.ศ.`` or
  ``ค.ศ.`` says which. A two-digit year is B.E. 25xx (``67`` -> 2567; after ``ค.ศ.``: 20xx).
- An impossible date (``31 ก.พ. 2566``) keeps its year and gets ``iso=None``; nothing here
  raises. A slashed date needs day 1–31 and month 1–12, else it is not a date at all.
- A day range (``7 – 8 กันยายน 2559``) yields its last day, the only one printed with a month.
- A date field printed without its day (``วันที่      พฤศจิกายน ๒๕๖๗``: the day is left blank
  for a stamp or a pen) reads with ``precision="month"`` and ``iso`` "2024-11"; with neither
  day nor month (``วันที่ …… พ.ศ. ๒๕๖๗``, after the label only: alone, ``พ.ศ. ๒๕๖๐`` is a title's
  year line) with ``precision="year"`` and ``iso`` "2024". Only where the
  whole field is the date (:func:`parse_thai_date`, :func:`is_date_line`): inside a sentence a
  month without a day is no date (``ประจำเดือนมกราคม 2565``).
"""

from __future__ import annotations

import datetime
import re

from pythainlp.util.date import thai_abbr_months, thai_full_months, thai_full_weekdays

from .misread import nearest, reading_ocr
from .models import ThaiDate
from .numerals import to_arabic
from .text import collapse_spaces

__all__ = ["find_thai_date", "is_date_line", "parse_thai_date"]

# Thai vowels above and below, tone marks, thanthakhat …: marks that sit on a consonant.
_COMBINING = frozenset(
    "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e"
)
_D = "[0-9๐-๙]"
_S = r"[^\S\n]*"  # spaces inside a date, never a line break
_BE_FROM = 2400  # a bare 4-digit year from here on is B.E.
_BE_OFFSET = 543


def _full_month(name: str) -> str:
    # PDF layout extraction splits a word after a combining mark: "มิ ถุนายน", "สิ งหาคม".
    return "".join(re.escape(c) + ("[ ]?" if c in _COMBINING and i < len(name) - 1 else "")
                   for i, c in enumerate(name))


def _abbr_month(abbr: str) -> str:
    # "มี.ค." -> "มี.ค.", "มี.ค", "มีค", "มี. ค."
    parts = [p for p in abbr.split(".") if p]
    return r"\.?[ ]?".join(map(re.escape, parts)) + r"\.?"


def _month_key(text: str) -> str:
    return text.replace(".", "").replace(" ", "")


# A letter in English quoted by a Thai page: "19 December B.E. 2563 (2020)", "19 December 2020".
_ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                   "October", "November", "December")
_MONTH_NUMBER: dict[str, int] = {
    **{_month_key(name): n for n, name in enumerate(thai_full_months, 1)},
    **{_month_key(abbr): n for n, abbr in enumerate(thai_abbr_months, 1)},
    **{name: n for n, name in enumerate(_ENGLISH_MONTHS, 1)},
}
_MONTHS = "|".join([_full_month(m) for m in sorted(thai_full_months, key=len, reverse=True)]
                   + [_abbr_month(m) for m in sorted(thai_abbr_months, key=len, reverse=True)]
                   + list(_ENGLISH_MONTHS))
_WEEKDAYS = "|".join(sorted({w.removeprefix("วัน") for w in thai_full_weekdays} | {"พฤหัส"},
                            key=len, reverse=True))

# One date, starting at its day number.
_DATE = re.compile(
    # "๗ ธันวาคม ๒๕๕๖", "๓๐ มีนาคม พ.ศ. ๒๕๖๐", "๑๔ เดือน กุมภาพันธ์ ๒๕๖๗", "14 ก.พ. 67",
    # "21 มีนาคม พุทธศักราช 2560", "1 กุมภาพันธ์ 25๖๗", "18 ตุลาคม ค.ศ. 2013"
    rf"(?<![0-9๐-๙])(?P<day>{_D}{{1,2}}){_S}(?:เดือน{_S})?(?P<month>{_MONTHS}){_S}"
    rf"(?:(?P<era>พ\.?[ ]?ศ\.?|พุทธศักราช|ค\.?[ ]?ศ\.?|คริสต์ศักราช|B\.E\.|A\.D\.){_S})?"
    rf"(?P<year>[1-9๑-๙]{_D}{{3}}|{_D}{{2}})(?![0-9๐-๙]|[./]{_D})"
    # "07/12/2556", "7/12/56"
    rf"|(?<![0-9๐-๙./])(?P<sday>{_D}{{1,2}})/(?P<smonth>{_D}{{1,2}})/"
    rf"(?P<syear>{_D}{{4}}|{_D}{{2}})(?![0-9๐-๙/]|\.{_D})"
)
# A date field without its day: "พฤศจิกายน ๒๕๖๗", "........ พ.ย. ๖๗", "เดือน ....... พ.ศ. ๒๕๖๗";
# the blank left for the missing parts may be dotted. A year alone needs its era word.
_ERA = r"พ\.?[ ]?ศ\.?|พุทธศักราช|ค\.?[ ]?ศ\.?|คริสต์ศักราช"
_BLANK = r"[.…_ ]*"
# A scan's day that OCR could not read comes back as a mark or two ("@ มีนาคม ๒๕๕๑",
# "% เมษายน 2551": a handwritten or stamped day): the date reads without its day, as a blank one.
# Not a list's dash or bullet ("- มีนาคม 2551" is an item).
_UNREAD_DAY = r"(?:[@%{}\[\]|~^&$#A-Za-z]{1,2} +)?"
_PARTIAL = re.compile(
    rf"{_UNREAD_DAY}{_BLANK}(?:เดือน{_BLANK})?(?:(?P<month>{_MONTHS}){_BLANK}(?:(?P<era>{_ERA}){_S})?"
    rf"(?P<year>[1-9๑-๙]{_D}{{3}}|{_D}{{2}})"
    rf"|(?P<yera>{_ERA}){_S}(?P<yyear>[1-9๑-๙]{_D}{{3}}))(?![0-9๐-๙]|[./]{_D})"
)
# OCR only, where the whole line is the date: a day split ("1 4 กุมภาพันธ์ 2549") or read as
# letters ("ซิ มกราคม 2551"), a month name damaged ("49 อันวาคม 2550", "{ คตลาคม 2550"); the
# month is the one name the word is near (misread.nearest), between a day and a B.E. year.
_DAMAGED = re.compile(
    rf"(?:(?:(?P<day>{_D} {_D}|{_D}{{1,2}})|[^\s0-9๐-๙]{{1,2}}) +)?(?P<month>[ก-๎]{{3,12}}) +"
    rf"(?:(?P<era>พ\.?[ ]?ศ\.?|พุทธศักราช){_S})?(?P<year>[12๑๒]{_D}{{3}})"
)
_DAMAGED_MONTH = 1.5  # a dropped mark, two letters of one shape swapped, and one more mark
_BE_YEARS = range(2400, 2700)
# What may stand before a date on a date line: "วันที่ ", "วันพุธที่ ", "เมื่อวันที่ ", "ณ วันที่ ",
# "ลงวัน ที่ ", "ตั้งแต่ วันทื่ " (typo), "ลว. "
_PREFIX = re.compile(
    rf"{_S}(?:(?:(?:เมื่อ|ณ|ลง|ใน|ตั้งแต่|จนถึง|ถึง){_S})?วัน{_S}(?:(?:{_WEEKDAYS}){_S})?(?:ที่|ทื่)?|ลว\.?"
    # "Phnom Penh, 19 December 2020": the place before the date of a letter in English
    rf"|[A-Z][A-Za-z ]{{1,30}},){_S}"
)
# A date needs a digit: most lines have none and are rejected before the full pattern runs.
_DIGIT = re.compile(_D)
# A date starts where a run of digits starts (its day is not preceded by a digit): the full
# pattern is tried there only, not at every character of a paragraph.
_DIGIT_RUN = re.compile(f"{_D}+")
# After the date: nothing, or the A.D. year of a B.E. date in brackets: "… B.E. 2563 (2020)".
_END = re.compile(r"\s*(?:\([0-9]{4}\)\s*)?")


def parse_thai_date(text: str) -> ThaiDate | None:
    """The date at the start of ``text``, after an optional prefix (``วันที่``, ``วันพุธที่``,
    ``เมื่อวันที่``, ``ณ วันที่``, ``ลว.``); text after the date is ignored.

    ``None`` when ``text`` does not start with a date. For a date inside a line, use
    :func:`find_thai_date`.
    """
    found = _match_at_start(text)
    return found[0] if found else None


def find_thai_date(text: str) -> tuple[ThaiDate, int, int] | None:
    """The first date in ``text`` and its ``(start, end)`` character span in ``text``.

    ``"ประกาศ ณ วันที่ ๑๓ ตุลาคม พ.ศ. ๒๕๕๙"`` -> the date and the span of
    ``"๑๓ ตุลาคม พ.ศ. ๒๕๕๙"``. A month without a day (``ประจำเดือนมกราคม 2565``) and a time
    (``13.30 น.``) are not dates.
    """
    end = 0  # as _DATE.finditer would: the next date is looked for after the last one found
    for run in _DIGIT_RUN.finditer(text):
        match = _DATE.match(text, run.start()) if run.start() >= end else None
        if match is None:
            continue
        date = _to_thai_date(match)
        if date is not None:
            return date, match.start(), match.end()
        end = match.end()
    return None


def is_date_line(text: str) -> bool:
    """True when the whole line is one date, optionally after a prefix (``วันพุธที่ ๑๔ …``)."""
    found = _match_at_start(text)
    return found is not None and _END.fullmatch(text, found[1]) is not None


def _match_at_start(text: str) -> tuple[ThaiDate, int] | None:
    """The date that opens ``text`` (after a prefix) and the index where it ends."""
    if not _DIGIT.search(text):
        return None
    prefix = _PREFIX.match(text)
    match = _DATE.match(text, prefix.end() if prefix else 0)
    if match is None:
        partial = _PARTIAL.match(text, prefix.end() if prefix else 0)
        # A year alone is a date only in a date field ("ณ วันที่ … พ.ศ. ๒๕๖๗"): on its own it
        # is the year line of a title ("พ.ศ. ๒๕๖๐").
        if partial is None or (partial.group("month") is None and prefix is None):
            return _damaged_date(text, prefix.end() if prefix else 0) if reading_ocr() else None
        return _partial_date(partial), partial.end()
    date = _to_thai_date(match)
    return (date, match.end()) if date is not None else None


def _damaged_date(text: str, start: int) -> tuple[ThaiDate, int] | None:
    """A scan's date field read through OCR damage (``_DAMAGED``): its day when it reads as one
    (1–31), else the month and year only; ``raw`` is the text as read."""
    match = _DAMAGED.match(text, start)
    if match is None or _END.fullmatch(text, match.end()) is None:
        return None
    word = match.group("month")
    month = _MONTH_NUMBER.get(word) or _MONTH_NUMBER.get(nearest(word, thai_full_months, _DAMAGED_MONTH) or "")
    year_be = int(to_arabic(match.group("year")))
    if month is None or year_be not in _BE_YEARS:
        return None
    day = int(to_arabic(match.group("day").replace(" ", ""))) if match.group("day") else 0
    end = match.end()
    if 1 <= day <= 31:
        raw = collapse_spaces(text[match.start("day") : end])
        return ThaiDate(raw=raw, iso=_iso(year_be - _BE_OFFSET, month, day), year_be=year_be), end
    raw = collapse_spaces(text[match.start("month") : end])
    return ThaiDate(raw=raw, iso=f"{year_be - _BE_OFFSET:04d}-{month:02d}", year_be=year_be, precision="month"), end


def _partial_date(match: re.Match[str]) -> ThaiDate:
    """A date printed without its day (or its day and month): no part is invented."""
    first = match.start("month") if match.group("month") is not None else match.start("yera")
    raw = collapse_spaces(match.string[first : match.end()])
    if match.group("month") is None:
        year_be = _year_be(to_arabic(match.group("yyear")), match.group("yera"))
        return ThaiDate(raw=raw, iso=f"{year_be - _BE_OFFSET:04d}", year_be=year_be, precision="year")
    month = _MONTH_NUMBER[_month_key(match.group("month"))]
    year_be = _year_be(to_arabic(match.group("year")), match.group("era"))
    return ThaiDate(raw=raw, iso=f"{year_be - _BE_OFFSET:04d}-{month:02d}", year_be=year_be, precision="month")


def _to_thai_date(match: re.Match[str]) -> ThaiDate | None:
    raw = collapse_spaces(match.group())
    if match.group("day") is not None:
        day = int(to_arabic(match.group("day")))
        month = _MONTH_NUMBER[_month_key(match.group("month"))]
        year_be = _year_be(to_arabic(match.group("year")), match.group("era"))
    else:
        day = int(to_arabic(match.group("sday")))
        month = int(to_arabic(match.group("smonth")))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return None
        year_be = _year_be(to_arabic(match.group("syear")), None)
    return ThaiDate(raw=raw, iso=_iso(year_be - _BE_OFFSET, month, day), year_be=year_be)


def _year_be(digits: str, era: str | None) -> int:
    year = int(digits)
    ad = era is not None and era.startswith(("ค", "A"))  # ค.ศ., คริสต์ศักราช, A.D.
    if len(digits) == 2:  # "๕๖" is 2556; "ค.ศ. 13" is 2013
        return 2000 + year + _BE_OFFSET if ad else 2500 + year
    if ad or (era is None and year < _BE_FROM):
        return year + _BE_OFFSET
    return year


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:  # 31 ก.พ., 29 ก.พ. of a common year, a year before A.D. 1
        return None
