"""Thai and Arabic digits, and the small Thai number words used in counts.

Official documents write numbers in Thai digits (``๒๕๕๖``), Arabic digits (``2556``) or both
in one line, and counts in words (``จัดทำขึ้นเป็นสองฉบับ``). Text keeps the source's digits
(SPEC §1.2); parsed values are ints.
"""

from __future__ import annotations

import re

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
ARABIC_DIGITS = "0123456789"

_THAI_TO_ARABIC = str.maketrans(THAI_DIGITS, ARABIC_DIGITS)
_ARABIC_TO_THAI = str.maketrans(ARABIC_DIGITS, THAI_DIGITS)

# "๒,๘๓๔", "2834", "๒๕56": digits of either script, commas only between groups of three.
# Explicit classes, not \d: \d also matches Arabic-Indic, fullwidth and other digits.
_NUMBER = re.compile("[0-9๐-๙]{1,3}(?:,[0-9๐-๙]{3})+|[0-9๐-๙]+")


def to_arabic(text: str) -> str:
    """Thai digits → Arabic digits; everything else unchanged: ``"ที่ ๑๗/๒๕๖๐"`` → ``"ที่ 17/2560"``."""
    return text.translate(_THAI_TO_ARABIC)


def to_thai(text: str) -> str:
    """Arabic digits → Thai digits; everything else unchanged: ``"ข้อ 3.1"`` → ``"ข้อ ๓.๑"``."""
    return text.translate(_ARABIC_TO_THAI)


def parse_int(text: str) -> int | None:
    """The value of a number written in Thai or Arabic digits, or ``None``.

    Surrounding whitespace is ignored; commas must separate thousands (``"๒,๘๓๔"`` → 2834,
    ``"1,2"`` → None). Signs, decimals and words are not numbers here. Never raises: a run
    of digits too long for ``int()`` (over 4,300) also gives None.
    """
    text = text.strip()
    if not _NUMBER.fullmatch(text):
        return None
    try:
        return int(to_arabic(text).replace(",", ""))
    except ValueError:  # more digits than sys.get_int_max_str_digits() allows
        return None


_UNITS = {
    "หนึ่ง": 1,
    "สอง": 2,
    "สาม": 3,
    "สี่": 4,
    "ห้า": 5,
    "หก": 6,
    "เจ็ด": 7,
    "แปด": 8,
    "เก้า": 9,
}


def _number_words() -> dict[str, int]:
    """ศูนย์ … เก้าสิบเก้า: ``สิบ`` 10, ``สิบเอ็ด`` 11, ``ยี่สิบ`` 20, ``สามสิบห้า`` 35."""
    words = {"ศูนย์": 0, "เดียว": 1, **_UNITS}
    tens_words = {1: "สิบ", 2: "ยี่สิบ"} | {n: f"{w}สิบ" for w, n in _UNITS.items() if n > 2}
    for tens, tens_word in tens_words.items():
        words[tens_word] = tens * 10
        words[f"{tens_word}เอ็ด"] = tens * 10 + 1
        words[f"{tens_word}หนึ่ง"] = tens * 10 + 1  # informal, but seen
        for unit_word, unit in _UNITS.items():
            if unit > 1:
                words[tens_word + unit_word] = tens * 10 + unit
    return words


NUMBER_WORDS: dict[str, int] = _number_words()
"""Every Thai number word from ศูนย์ (0) to เก้าสิบเก้า (99), and เดียว (1, as in ฉบับเดียว)."""

NUMBER_WORD_PATTERN = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
"""A regex alternation of ``NUMBER_WORDS``, longest first, for finding a count in a sentence:
``re.search(f"({NUMBER_WORD_PATTERN})ฉบับ", "จัดทำขึ้นเป็นสองฉบับ")``."""


def thai_number_word(text: str) -> int | None:
    """The value of a Thai number word, or ``None``: ``"สอง"`` → 2, ``"สิบห้า"`` → 15.

    The whole text (surrounding whitespace aside) must be the word; use
    ``NUMBER_WORD_PATTERN`` to find one inside a sentence.
    """
    return NUMBER_WORDS.get(text.strip())
