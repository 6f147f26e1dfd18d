"""Thai and Arabic digits, parse_int, and Thai number words."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moukit.numerals import (
    NUMBER_WORD_PATTERN,
    THAI_DIGITS,
    parse_int,
    thai_number_word,
    to_arabic,
    to_thai,
)

TO_ARABIC = [
    ("๒๕๕๖", "2556", "year"),
    ("ที่ มท ๐๘๙๑.๓/ว ๒๕๕๖", "ที่ มท 0891.3/ว 2556", "reference"),
    ("๖ มิถุนายน 2561", "6 มิถุนายน 2561", "mixed-scripts"),
    ("โทร. ๐ ๒๒๔๑ ๙๐๐๐", "โทร. 0 2241 9000", "phone"),
    ("ไม่มีตัวเลข", "ไม่มีตัวเลข", "no-digits"),
    ("", "", "empty"),
]


@pytest.mark.parametrize(("text", "expected"), [row[:2] for row in TO_ARABIC], ids=[row[2] for row in TO_ARABIC])
def test_to_arabic(text: str, expected: str) -> None:
    assert to_arabic(text) == expected


TO_THAI = [
    ("2556", "๒๕๕๖", "year"),
    ("ข้อ 3.1", "ข้อ ๓.๑", "clause"),
    ("๖ มิถุนายน 2561", "๖ มิถุนายน ๒๕๖๑", "mixed-scripts"),
    ("COVID-19", "COVID-๑๙", "latin-kept"),
    ("", "", "empty"),
]


@pytest.mark.parametrize(("text", "expected"), [row[:2] for row in TO_THAI], ids=[row[2] for row in TO_THAI])
def test_to_thai(text: str, expected: str) -> None:
    assert to_thai(text) == expected


PARSE_INT = [
    ("2834", 2834, "arabic"),
    ("๒๘๓๔", 2834, "thai"),
    ("๒๕56", 2556, "mixed"),
    ("2,834", 2834, "thousands-comma"),
    ("๒,๘๓๔", 2834, "thai-thousands-comma"),
    ("1,234,567", 1234567, "two-commas"),
    (" ๑๗ ", 17, "surrounding-spaces"),
    ("0", 0, "zero"),
    ("๐๐๗", 7, "leading-zeros"),
    ("", None, "empty"),
    ("  ", None, "blank"),
    ("1,2", None, "short-group"),
    ("12,34", None, "bad-group"),
    (",123", None, "leading-comma"),
    ("123,", None, "trailing-comma"),
    ("1 234", None, "inner-space"),
    ("-5", None, "sign"),
    ("1.5", None, "decimal"),
    ("๑๒ก", None, "trailing-letter"),
    ("สอง", None, "word"),
    ("١٢", None, "arabic-indic-digits"),
    ("１２", None, "fullwidth-digits"),
    ("1_000", None, "underscore"),
    ("9" * 5000, None, "too-long-for-int"),
]


@pytest.mark.parametrize(("text", "expected"), [row[:2] for row in PARSE_INT], ids=[row[2] for row in PARSE_INT])
def test_parse_int(text: str, expected: int | None) -> None:
    assert parse_int(text) == expected


NUMBER_WORDS = [
    ("หนึ่ง", 1, "one"),
    ("เดียว", 1, "single"),
    ("สอง", 2, "two"),
    ("สาม", 3, "three"),
    ("สี่", 4, "four"),
    ("ห้า", 5, "five"),
    ("หก", 6, "six"),
    ("เจ็ด", 7, "seven"),
    ("แปด", 8, "eight"),
    ("เก้า", 9, "nine"),
    ("สิบ", 10, "ten"),
    ("สิบเอ็ด", 11, "eleven"),
    ("สิบสอง", 12, "twelve"),
    ("สิบห้า", 15, "fifteen"),
    ("ยี่สิบ", 20, "twenty"),
    ("ยี่สิบเอ็ด", 21, "twenty-one"),
    ("สามสิบสาม", 33, "thirty-three"),
    ("เก้าสิบเก้า", 99, "ninety-nine"),
    (" สอง ", 2, "surrounding-spaces"),
    ("ร้อย", None, "hundred-not-covered"),
    ("สองฉบับ", None, "word-and-classifier"),
    ("2", None, "digit"),
    ("", None, "empty"),
]


@pytest.mark.parametrize(("text", "expected"), [row[:2] for row in NUMBER_WORDS], ids=[row[2] for row in NUMBER_WORDS])
def test_thai_number_word(text: str, expected: int | None) -> None:
    assert thai_number_word(text) == expected


IN_SENTENCE = [
    ("จัดทำขึ้นเป็นสองฉบับ", "ฉบับ", 2, "mou-copies"),
    ("ผู้เข้าร่วมประชุมสิบห้าคน", "คน", 15, "longest-word-first"),
    ("จัดทำขึ้นเป็นยี่สิบเอ็ดฉบับ", "ฉบับ", 21, "twenty-one"),
    ("มีผลใช้บังคับเป็นระยะเวลาห้าปี", "ปี", 5, "years"),
]


@pytest.mark.parametrize(
    ("sentence", "unit", "expected"), [row[:3] for row in IN_SENTENCE], ids=[row[3] for row in IN_SENTENCE]
)
def test_number_word_pattern_finds_a_count(sentence: str, unit: str, expected: int) -> None:
    match = re.search(f"({NUMBER_WORD_PATTERN}){unit}", sentence)
    assert match is not None
    assert thai_number_word(match.group(1)) == expected


digit_text = st.text(alphabet=st.sampled_from("0123456789" + THAI_DIGITS + "ก ., /"), max_size=40)


@settings(derandomize=True)
@given(st.text())
def test_digit_conversion_keeps_length(text: str) -> None:
    assert len(to_arabic(text)) == len(text)
    assert len(to_thai(text)) == len(text)


@settings(derandomize=True)
@given(digit_text)
def test_digits_round_trip(text: str) -> None:
    assert to_arabic(to_thai(text)) == to_arabic(text)
    assert to_thai(to_arabic(text)) == to_thai(text)
    assert not set(to_arabic(text)) & set(THAI_DIGITS)


@settings(derandomize=True)
@given(st.integers(min_value=0, max_value=10**30))
def test_parse_int_reads_what_was_written(number: int) -> None:
    assert parse_int(str(number)) == number
    assert parse_int(to_thai(str(number))) == number
    assert parse_int(to_thai(f"{number:,}")) == number


@settings(derandomize=True)
@given(st.text())
def test_parse_int_never_raises(text: str) -> None:
    result = parse_int(text)
    assert result is None or result >= 0
