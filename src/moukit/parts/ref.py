"""ที่: the reference number of a document -> Ref (THAI-FORMATS §2 "ที่").

Three shapes, tried in order on the text after the label, whitespace collapsed:

1. An order's or announcement's running number: ``๑๗/๒๕๖๐`` -> number "17", year 2560
   (the year must be a B.E. year, 2400–2700).
2. A letter's number: agency letters, unit digits, separator, register number:
   ``มท ๐๘๙๑.๓/ว ๒๕๕๖`` -> agency "มท", unit "0891.3", circular, number "2556". The agency
   is any short run of Thai consonants and dots (there is no closed list); without one, the
   unit must start with 0. A dot may stand for the slash only before the circular mark
   (``มท 0808.2.ว 1095``), since ``0808.2.1095`` cannot be told from a longer unit.
3. A bare circular number: ``ว.61`` -> circular, number "61".

Decisions:

- Digits of ``unit`` and ``number`` are Arabic; ``raw`` keeps the source's.
- An extra segment between unit and number (``กค ๐๔๒๒.๒/พิเศษ/ว ๒``) is kept in ``raw`` only:
  the Ref model has no field for it, and it is easy to find there (``"/พิเศษ/" in raw``).
- A number missing at the end (``มท ๐๘๙๑.๓/ว``, the number went to the next line) gives
  ``number=None`` rather than no reference.
- The whole text must be the reference: ``ที่ กรุงเทพมหานคร``, ``ที่ 5 ของ…`` and any trailing
  prose give ``None``. :func:`split_ref_line` finds reference lines that carry more (a memo's
  ``วันที่`` or a letter's issuer column) and leaves the splitting to the caller.
"""

from __future__ import annotations

import re

from ..misread import reading_ocr
from ..models import Ref
from ..numerals import to_arabic
from ..text import collapse_spaces, marks_optional

__all__ = ["parse_ref", "split_ref_line"]

_D = "[0-9๐-๙]"
_YEARS = range(2400, 2701)

# "๑๗/๒๕๖๐", "1/2560", "๑๗ / ๒๕๖๐"
_ORDER = re.compile(rf"(?P<number>{_D}{{1,5}}) ?/ ?(?P<year>{_D}{{4}})")
_LETTER = re.compile(
    # "มท ๐๘๙๑.๓/ว ๒๕๕๖", "มท.0808.2/ว 1095", "มท 0808.2/ว1095", "มท 0808.2 /ว 1095",
    # "มท 0808.2.ว 1095", "ลย ๐๐๒๓.๓/ว ๑๒๓", "สธ 0201.044/ว 12", "มท ๐๘๐๘.๒/๑๒๓", "มท ๐๘๙๑.๓/ว"
    rf"(?:(?P<agency>[ก-ฮ][ก-ฮ.]{{0,7}}) ?)?"
    rf"(?P<unit>{_D}{{3,6}}(?:\.{_D}{{1,3}})?(?:\.{_D}{{1,3}})?)"
    # "/", " /", ".ว", and an extra segment: "กค ๐๔๒๒.๒/พิเศษ/ว ๒"
    r" ?(?:/ ?(?:[ก-๎]{2,12} ?/ ?)?|\. ?(?=ว))"
    rf"(?P<circular>ว ?\.? ?)?(?P<number>{_D}{{1,6}})?"
)
# "ว.61", "ว 61", "ว๑๒๓"
_CIRCULAR = re.compile(rf"ว ?\.? ?(?P<number>{_D}{{1,6}})")

# "ที่ มท ๐๘๙๑.๓/ว ๒๕๕๖": the label, then at least one space (not "ที่มา", "ที่ทำการ"); OCR
# may drop its tone mark ("ที มท 0809.2/ว 99"): the rest must still read as a reference.
_LABEL = re.compile(r"\s*" + marks_optional("ที่") + r"\s+")
# A ที่ line with a number that does not read as a reference: a scan's handwritten or stamped
# number misread ("ที มท 0809.2 ว 99ฑี", "ที มท 0809.2/ ว *6").
_UNREAD = re.compile(r"\s*" + marks_optional("ที่") + r"\s+\S.*[0-9๐-๙]")
# Where a reference ends on a shared line: a column gap before the issuer
# ("ที่ มท ๐๘๙๑.๓/ว ๒๕๕๖        กรมส่งเสริม…") or a memo's date ("ที่ … /๑๒๓  วันที่ ๑๐ …").
_REF_END = re.compile(r" {3,}|\s+(?:ลง)?วันที่")


def parse_ref(text: str) -> Ref | None:
    """The reference number in ``text`` (what follows the label ``ที่``), or ``None``.

    ``"มท ๐๘๙๑.๓/ว ๒๕๕๖"`` -> agency "มท", unit "0891.3", circular, number "2556";
    ``"๑๗/๒๕๖๐"`` -> number "17", year 2560. ``None`` unless the whole text is a reference.
    """
    raw = collapse_spaces(text)
    if raw.endswith(" .") or (raw.endswith(")") and raw.count("(") < raw.count(")")):
        raw = raw[:-1].rstrip()  # "ศธ 04133/4413)", "… /๑๒๓ .": a stray mark typed after the number
    if not raw or not ("/" in raw or "ว" in raw):
        return None
    return _parse_order(raw) or _parse_letter(raw) or _parse_circular(raw)


def split_ref_line(line: str) -> str | None:
    """The text after a line-initial ``ที่`` label when the line is a reference line.

    The returned text may carry more than the reference (``"มท … /๑๒๓   วันที่ ๑๐ …"``,
    a letter's issuer after a column gap); the reference is the part before such a break.
    ``None`` for ``ที่ กรุงเทพมหานคร``, ``ที่ทำการ…``, ``ที่มา : …``. In a scan's text, the
    label may be misread (``_MISREAD_LABEL``) when a letter's whole reference follows it.
    """
    label = _LABEL.match(line)
    misread = label is None and reading_ocr()
    if misread:
        label = _MISREAD_LABEL.match(line)
    if label is None:
        return None
    rest = line[label.end() :].strip()
    head = _REF_END.split(rest, maxsplit=1)[0]
    ref = parse_ref(head)
    return rest if ref is not None and (not misread or ref.agency is not None and ref.unit is not None) else None


def unread_ref_line(line: str) -> bool:
    """Whether ``line`` is a ที่ line whose number does not read as a reference (see _UNREAD);
    in a scan's text, also any line ``unread_ref`` reads (ที่ read ``ท``, or glued to the agency)."""
    if _UNREAD.match(line):  # the cheap test first: most lines are no ที่ line at all
        return split_ref_line(line) is None
    return reading_ocr() and unread_ref(line) is not None  # unread_ref reads no line split_ref_line does


# ที่ as OCR may return it: its marks lost, or its vowel too ("ท มท 0809.2/7 26").
_OCR_LABEL = re.compile(r"\s*ท(?:ี่?)?\s+")
# Only in a scan's text (misread.reading_ocr): ที่ glued to the agency's letters, its space
# lost ("ที่มท 0808.22/23 1658"); or read as a mark or a letter or two ("N มท 0809.2/ว106").
# Glued, ที่ keeps its vowel: a word like "ทรง 100" is no label.
_GLUED_LABEL = re.compile(r"\s*ที่?(?=[ก-ฮ]{2}\.? ?[0-9๐-๙])")
_MISREAD_LABEL = re.compile(r"\s*(?:[^\s0-9๐-๙]{1,2}\s+|ที่?(?=[ก-ฮ]{2}\.? ?[0-9๐-๙]))")
# What an unread reference still shows: its agency letters and unit code ("มท 0809.2/9 4").
_UNREAD_SHAPE = re.compile(r"[ก-ฮ]{2,4}\.? ?[0-9๐-๙]{3}")


def unread_ref(line: str) -> str | None:
    """The reference of a ที่ line as printed when its number does not read as one (a scan's
    handwritten number: "ที มท 0809.2/9 4" -> "มท 0809.2/9 4"), up to a column gap; None
    unless it starts as a reference does, with agency letters and a unit code."""
    label = _OCR_LABEL.match(line) or (_GLUED_LABEL.match(line) if reading_ocr() else None)
    if label is None or split_ref_line(line) is not None:
        return None
    rest = line[label.end():].strip()
    raw = collapse_spaces(_REF_END.split(rest, maxsplit=1)[0]).rstrip(" .|")
    return raw if _UNREAD_SHAPE.match(raw) else None


def _parse_order(raw: str) -> Ref | None:
    match = _ORDER.fullmatch(raw)
    if match is None:
        return None
    year = int(to_arabic(match["year"]))
    if year not in _YEARS:
        return None
    number = to_arabic(match["number"])
    return Ref(raw=raw, agency=None, unit=None, circular=False, number=number, year=year)


def _parse_letter(raw: str) -> Ref | None:
    match = _LETTER.fullmatch(raw)
    if match is None:
        return None
    agency, unit = match["agency"], to_arabic(match["unit"])
    if agency is None and not unit.startswith("0"):
        return None  # "17/123": a bare number is no unit code
    if agency is not None and "." not in agency[:-1]:
        agency = agency.rstrip(".")  # "มท." -> "มท"; "ก.ค.ศ." keeps its dots
    number = to_arabic(match["number"]) if match["number"] else None
    return Ref(raw=raw, agency=agency, unit=unit, circular=match["circular"] is not None,
               number=number, year=None)


def _parse_circular(raw: str) -> Ref | None:
    match = _CIRCULAR.fullmatch(raw)
    if match is None:
        return None
    number = to_arabic(match["number"])
    return Ref(raw=raw, agency=None, unit=None, circular=True, number=number, year=None)
