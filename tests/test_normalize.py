"""Normalization: each repair on real damage, the invariants, and hostile input."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moukit.errors import MoukitError, UnknownStepError
from moukit.stages.normalize import DEFAULT_STEPS, NORMALIZERS, normalize_text

DATA = Path(__file__).parent / "data"
SAMPLES = Path(__file__).parent.parent / "samples"
PUA = {chr(c) for c in range(0xF700, 0xF71B)}


DEFAULT = [
    # clean Thai stays as it is
    ("น้ำ", "น้ำ", "clean-nam"),
    ("ที่ มท ๐๘๙๑.๓/ว ๒๕๕๖", "ที่ มท ๐๘๙๑.๓/ว ๒๕๕๖", "clean-ref-space-kept"),
    ("ค่ำ", "ค่ำ", "clean-kham"),
    ("กำ", "กำ", "clean-kam"),
    ("เรื่อง ผู้ ทั้ง ฤทธิ์ เกาะ กุ๊ก", "เรื่อง ผู้ ทั้ง ฤทธิ์ เกาะ กุ๊ก", "clean-clusters"),
    ("ฤๅษี", "ฤๅษี", "lakkhangyao-kept"),
    ("ข้อ ๑ และ 2", "ข้อ ๑ และ 2", "digits-not-folded"),
    ("หน้า ๑\n\n\nเล่ม", "หน้า ๑\n\n\nเล่ม", "blank-lines-kept"),
    # newlines
    ("ที่\r\nเรื่อง\r\n", "ที่\nเรื่อง\n", "crlf"),
    ("ที่\rเรื่อง\r\r", "ที่\nเรื่อง\n\n", "lone-cr"),
    # zero width (corpus 007 line 13 starts with U+200B)
    ("\u200bนายณัฏฐพล ทีปสุวรรณ", "นายณัฏฐพล ทีปสุวรรณ", "zwsp-before-signer"),
    ("\ufeffรัฐบาลไทย", "รัฐบาลไทย", "bom"),
    ("ภาษา\u200cไทย\u200d\u2060", "ภาษาไทย", "zwnj-zwj-word-joiner"),
    # spaces
    ("ข้อ\xa01", "ข้อ 1", "nbsp"),
    ("ที่\tมท", "ที่ มท", "tab"),
    ("ก\u3000ข\u2003ค\u202fง\u205fจ\u1680ฉ", "ก ข ค ง จ ฉ", "unicode-spaces"),
    ("ก\u2028ข\u2029ค\x85ง\x0bจ", "ก ข ค ง จ", "line-separators-not-newlines"),
    ("หน้า ๑\n\f- ๒ -", "หน้า ๑\n\f- ๒ -", "form-feed-kept"),
    # PUA glyphs, words from corpus 024
    ("ไม\uf70aน\uf70bอยกว\uf70aา", "ไม่น้อยกว่า", "pua-tone-marks"),
    ("คอมพิวเตอร\uf70e", "คอมพิวเตอร์", "pua-thanthakhat"),
    ("โน\uf70bตบุ\uf70cก", "โน้ตบุ๊ก", "pua-mai-tri-after-below-vowel"),
    ("แป\uf706นพิมพ\uf70e", "แป้นพิมพ์", "pua-shifted-mai-tho"),
    ("ป\uf702 ป\uf701ด ป\uf710ญหา", "ปี ปิด ปัญหา", "pua-above-vowels"),
    ("เป\uf712น", "เป็น", "pua-maitaikhu"),
    ("\uf700าน \uf70f", "ฐาน ญ", "pua-tailless-consonants"),
    ("หน\uf70bา ๒", "หน้า ๒", "pua-header-027"),
    # sara am
    ("จํานวน", "จำนวน", "decomposed-am"),
    ("ขั้นต่ํา", "ขั้นต่ำ", "decomposed-am-after-tone"),
    ("ตํ่า", "ต่ำ", "decomposed-am-around-tone"),
    ("นำ้", "น้ำ", "tone-after-am"),
    # marks glued to their base
    ("และสิ ่ง", "และสิ่ง", "space-before-tone-022"),
    ("ที ่ มท", "ที่ มท", "space-before-tone"),
    ("โดยมีคณ   ุ ลักษณะ", "โดยมีคณุ ลักษณะ", "spaces-before-below-vowel-024"),
    ("( ่ )", "( ่ )", "mark-after-punctuation-kept"),
    ("ที\n่", "ที\n่", "never-across-a-newline"),
    # marks reordered
    ("เร่ือง", "เรื่อง", "tone-before-above-vowel"),
    ("กุ่", "กุ่", "tone-before-below-vowel"),
    ("หนา้ ๑๒", "หน้า ๑๒", "tone-after-sara-aa-026"),
    ("จะ๊", "จ๊ะ", "tone-after-sara-a"),
    ("เลม่ ๑๓๙", "เลม่ ๑๓๙", "tone-after-consonant-not-guessed"),
    # sara ae
    ("เเละ", "และ", "double-sara-e"),
    # trailing spaces
    ("ที่ มท   \nเรื่อง \t\n", "ที่ มท\nเรื่อง\n", "trailing-spaces"),
    ("   ", "", "only-spaces"),
    ("", "", "empty"),
]


@pytest.mark.parametrize(("text", "expected"), [row[:2] for row in DEFAULT], ids=[row[2] for row in DEFAULT])
def test_normalize_text(text: str, expected: str) -> None:
    assert normalize_text(text) == expected


ONE_STEP = [
    ("newlines", "ก\r\nข\rค", "ก\nข\nค"),
    ("mojibake", "à¸ªà¸§à¸±à¸ªà¸”à¸µ\nเธชเธงเธฑเธชเธ”เธต", "สวัสดี\nสวัสดี"),
    ("zero_width", "ก\u200bข\ufeff", "กข"),
    ("spaces", "ก\xa0ข\tค ", "ก ข ค "),
    ("pua", "ว\uf70aา", "ว่า"),
    ("marks_glue", "ที ่", "ที่"),
    ("nfc", "ก\u0e48\u0e38", "ก\u0e38\u0e48"),
    ("marks_order", "เร่ือง", "เรื่อง"),
    ("sara_am", "จํา ต\u0e4d\u0e48\u0e32", "จำ ต่ำ"),
    ("sara_ae", "เเละ", "และ"),
    ("trailing_spaces", "ก  \nข ", "ก\nข"),
]


@pytest.mark.parametrize(("step", "text", "expected"), ONE_STEP, ids=[row[0] for row in ONE_STEP])
def test_each_step_alone(step: str, text: str, expected: str) -> None:
    assert normalize_text(text, steps=[step]) == expected
    assert NORMALIZERS[step](text) == expected


def test_registry_order_is_the_default() -> None:
    assert tuple(NORMALIZERS) == DEFAULT_STEPS
    assert list(NORMALIZERS) == [
        "newlines",
        "surrogates",
        "mojibake",
        "zero_width",
        "spaces",
        "pua",
        "mark_floods",
        "nfc",
        "marks_glue",
        "marks_order",
        "sara_am",
        "sara_ae",
        "trailing_spaces",
    ]


def test_steps_run_in_registry_order_whatever_the_order_given() -> None:
    text = "ก\xa0  \r\n"
    assert normalize_text(text, ["trailing_spaces", "spaces", "newlines"]) == "ก\n"


def test_a_single_step_name_as_a_string() -> None:
    assert normalize_text("ก\xa0ข", "spaces") == "ก ข"


def test_no_steps_is_identity() -> None:
    assert normalize_text("ก\xa0ข\r\n", []) == "ก\xa0ข\r\n"


def test_unknown_step_lists_the_valid_ones() -> None:
    with pytest.raises(UnknownStepError) as caught:
        normalize_text("ก", ["nfc", "nfkc"])
    assert isinstance(caught.value, MoukitError)
    message = str(caught.value)
    assert "'nfkc'" in message
    assert all(name in message for name in NORMALIZERS)


def test_pua_glyphs_and_decomposed_am_of_corpus_024_are_gone() -> None:
    text = (DATA / "024-pua-excerpt.txt").read_text(encoding="utf-8")
    assert PUA & set(text)  # the excerpt carries the damage
    assert "\u0e4d\u0e32" in text
    result = normalize_text(text)
    assert not PUA & set(result)
    assert "\u0e4d\u0e32" not in result
    assert result.count("\n") == text.count("\n")
    assert "ไม่น้อยกว่า" in result
    assert "คอมพิวเตอร์" in result


@pytest.mark.parametrize(
    ("name", "fixed"),
    [
        ("026-moved-tones-excerpt.txt", "หน้า ๑๒"),
        ("027-pua-header-excerpt.txt", "เล่ม ๑๔๒"),
        ("022-spaced-marks-excerpt.txt", "และสิ่ง แวดล้อ ม"),
        ("004-bom-decomposed-am.txt", "ไว้ทุกข์มีกำหนด ๑ ปี"),
        ("007-nbsp-zwsp.txt", "\nนายณัฏฐพล ทีปสุวรรณ\n"),
    ],
    ids=["026-tones", "027-pua-header", "022-spaced-marks", "004-decomposed-am", "007-zwsp"],
)
def test_corpus_damage_is_repaired(name: str, fixed: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    result = normalize_text(text)
    assert fixed not in text
    assert fixed in result
    assert result.count("\n") == text.count("\n")
    assert normalize_text(result) == result


THAI_REPAIRS = ("pua", "marks_glue", "nfc", "marks_order", "sara_am", "sara_ae")


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda path: path.stem)
def test_clean_samples_are_untouched_by_the_thai_repairs(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert normalize_text(text, THAI_REPAIRS) == text


# Thai, ASCII and every kind of damage the steps repair, plus a few Latin combining marks
# whose canonical order NFC enforces around the Thai marks.
DAMAGED_ALPHABET = (
    [chr(c) for c in range(0x0E01, 0x0E5C) if unicodedata.category(chr(c)) != "Cn"]
    + list("abc XYZ 019.,()/-")
    + list("\n\r\t\f\v\x85\u2028\u2029\xa0\u3000\u200b\u200c\u200d\u2060\ufeff")
    + [chr(c) for c in range(0xF700, 0xF71B)]
    + ["\u0e4d\u0e32", "เเ", " " * 3, "\u0301", "\u0323", "\u0334", "e"]
)
damaged_text = st.lists(st.sampled_from(DAMAGED_ALPHABET), max_size=40).map("".join)


def line_breaks(text: str) -> int:
    return text.count("\n") + text.count("\r") - text.count("\r\n")


@settings(derandomize=True, max_examples=1000)
@given(damaged_text)
def test_normalize_is_idempotent_and_keeps_lines(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert once.count("\n") == line_breaks(text)
    assert unicodedata.is_normalized("NFC", once)
    assert not PUA & set(once)
    assert "\u0e4d\u0e32" not in once


@settings(derandomize=True, max_examples=500)
@given(st.text())
def test_normalize_is_idempotent_on_any_text(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert once.count("\n") == line_breaks(text)


@settings(derandomize=True)
@given(st.text(alphabet=st.characters(blacklist_characters="\r")))
def test_newline_count_never_changes_without_cr(text: str) -> None:
    assert normalize_text(text).count("\n") == text.count("\n")


@settings(derandomize=True)
@given(damaged_text, st.sets(st.sampled_from(DEFAULT_STEPS)))
def test_any_selection_of_steps_keeps_lines(text: str, steps: set[str]) -> None:
    assert line_breaks(normalize_text(text, steps)) == line_breaks(text)


MEGABYTE = 1_000_000
HOSTILE = [
    (" " * MEGABYTE + "x", "spaces-then-letter"),
    ("ก" + " " * MEGABYTE + "x", "base-then-spaces"),
    ("ก" + " " * MEGABYTE + "\u0e48", "base-spaces-mark"),
    ("ก " * (MEGABYTE // 2), "base-space-pairs"),
    ("\u0e48" * MEGABYTE, "one-long-cluster"),
    ("\u0e48\u0e34" * (MEGABYTE // 2), "one-long-unsorted-cluster"),
    ("\u0e4d" + "\u0e48" * MEGABYTE, "nikhahit-then-tones"),
    ("\u0e4d\u0e48" * (MEGABYTE // 2), "nikhahit-tone-pairs"),
    ("๑.๑." * (MEGABYTE // 4), "numbering"),
    ("(((" * (MEGABYTE // 3), "parentheses"),
    ("\r\n" * (MEGABYTE // 2), "crlf"),
    ("\uf70a " * (MEGABYTE // 2), "pua-spaces"),
]


@pytest.mark.parametrize("text", [row[0] for row in HOSTILE], ids=[row[1] for row in HOSTILE])
def test_hostile_megabyte_lines_finish(text: str) -> None:
    result = normalize_text(text)  # a quadratic regex would not return
    assert result.count("\n") == line_breaks(text)
