"""Thai word-level edits: comparison keys, similarity and word_edits (SPEC §3, §6)."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moukit.diff.words import comparison_key, is_unchanged, similarity, tokenize, word_edits
from moukit.diff.models import Edit
from moukit.numerals import to_arabic, to_thai

from .conftest import SAMPLES

MARKS = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e"
LEADING_VOWELS = "เแโใไ"
CONSONANTS = "".join(map(chr, range(0x0E01, 0x0E2F)))


def changes(edits: tuple[Edit, ...]) -> list[tuple[str, str, str]]:
    """The non-equal edits as ``(op, old, new)``."""
    return [(e.op, e.old, e.new) for e in edits if e.op != "equal"]


def assert_whole(old: str, new: str, edits: tuple[Edit, ...]) -> None:
    """The sides join back to the texts, and every span boundary is a cluster boundary: it is
    not followed by a mark or ำ, nor preceded by a leading vowel that a consonant follows."""
    assert "".join(e.old for e in edits) == old
    assert "".join(e.new for e in edits) == new
    for side, text in (("old", old), ("new", new)):
        at = 0
        for edit in edits[:-1]:
            at += len(getattr(edit, side))
            if 0 < at < len(text):
                assert text[at] not in MARKS + "\u0e33", (side, at, edits)
                assert not (text[at - 1] in LEADING_VOWELS and text[at] in CONSONANTS), (side, at, edits)


# -- the real pair: clauses (๑)–(๙) as quoted in the news and as printed in the MOU -------------

_LABELLED = re.compile(r"^\(([๐-๙]+)\) (.*)$")


def _clauses(name: str, first: int, last: int) -> dict[str, str]:
    lines = (SAMPLES / name).read_text(encoding="utf-8").splitlines()[first - 1:last]
    return {m[1]: m[2] for m in map(_LABELLED.match, lines) if m}


NEWS = _clauses("news-dla-thaihealth-mou-clauses.txt", 17, 33)
MOU = _clauses("circular-dla-mou-thaihealth-2556.txt", 63, 80)
NUMBERS = list(MOU)


def test_real_pair_has_nine_clauses() -> None:
    assert NUMBERS == list("๑๒๓๔๕๖๗๘๙")
    assert list(NEWS) == NUMBERS


def test_real_pair_only_1_and_5_differ() -> None:
    assert [n for n in NUMBERS if not is_unchanged(NEWS[n], MOU[n])] == ["๑", "๕"]


def test_real_clause_1_is_one_inserted_word() -> None:
    old, new = NEWS["๑"], MOU["๑"]
    assert "หลักการบริหารจัดการ" in old and "หลักการการบริหารจัดการ" in new
    edits = word_edits(old, new)
    assert changes(edits) == [("insert", "", "การ")]
    assert_whole(old, new, edits)
    assert 0.9 < similarity(old, new) < 1.0


def test_real_clause_5_inserts_one_letter_twice() -> None:
    old, new = NEWS["๕"], MOU["๕"]
    assert old.count("สถานีอนามัย") == 2 and new.count("สถานีนอนามัย") == 2
    edits = word_edits(old, new)
    assert changes(edits) == [("insert", "", "น"), ("insert", "", "น")]
    assert_whole(old, new, edits)
    assert [e.new for e in edits if e.op == "equal"][1].startswith("อนามัย")


@pytest.mark.parametrize("number", [n for n in NUMBERS if n not in "๑๕"])
def test_real_others_unchanged(number: str) -> None:
    old, new = NEWS[number], MOU[number]
    assert word_edits(old, new) == (Edit(op="equal", old=old, new=new),)
    assert similarity(old, new) == 1.0


@pytest.mark.parametrize("number", [n for n in NUMBERS if n not in "๑๕" and NEWS[n] != MOU[n]])
def test_real_strict_reports_spacing(number: str) -> None:
    old, new = NEWS[number], MOU[number]
    edits = word_edits(old, new, strict=True)
    assert not is_unchanged(old, new, strict=True)
    assert_whole(old, new, edits)
    spacing = [e for e in edits if e.op != "equal" and not (e.old + e.new).strip()]
    # "พัฒนา รูปแบบ" vs "พัฒนารูปแบบ"; (๖) "พื้นฐาน\xa0 ประกอบ" vs "พื้นฐาน ประกอบ"
    assert spacing and len(spacing) == len(changes(edits)), edits


def test_real_strict_differs_in_seven_clauses() -> None:
    assert [n for n in NUMBERS if not is_unchanged(NEWS[n], MOU[n], strict=True)] == list("๑๒๓๔๕๖๗")


def test_real_strict_clause_1_keeps_the_word_insert() -> None:
    found = changes(word_edits(NEWS["๑"], MOU["๑"], strict=True))
    assert ("insert", "", "การ") in found
    assert sorted(found) == sorted([("insert", "", " "), ("insert", "", " "), ("insert", "", "การ")])


# -- differences that are not changes by default ---------------------------------------------

KEY_ONLY = [
    ("ตาม กฎหมาย", "ตามกฎหมาย", "rewrapped-line"),
    ("ให้กับ  ชุมชน", "ให้กับ ชุมชน", "double-space"),
    ("ประกอบด้วย\xa0 ด้านการ", "ประกอบด้วย ด้านการ", "nbsp"),
    ("(Action  Plan)", "(Action Plan)", "latin-spaces"),
    (" ข้อ ๑ ", "ข้อ ๑", "ends"),
    ("ข้อ ๑๒", "ข้อ 12", "digits"),
    ("ที่ มท ๐๘๙๑.๓/ว ๒๕๕๖", "ที่ มท 0891.3/ว 2556", "digits-reference"),
    ("จํานวน", "จำนวน", "sara-am"),
    ("น้ํา ดําเนินการ", "น้ำดำเนินการ", "sara-am-and-space"),
]


@pytest.mark.parametrize(("old", "new"), [row[:2] for row in KEY_ONLY], ids=[row[2] for row in KEY_ONLY])
def test_key_only_difference_is_equal_by_default(old: str, new: str) -> None:
    assert comparison_key(old) == comparison_key(new)
    assert is_unchanged(old, new)
    assert word_edits(old, new) == (Edit(op="equal", old=old, new=new),)
    assert similarity(old, new) == 1.0


@pytest.mark.parametrize(("old", "new"), [row[:2] for row in KEY_ONLY], ids=[row[2] for row in KEY_ONLY])
def test_key_only_difference_is_an_edit_when_strict(old: str, new: str) -> None:
    edits = word_edits(old, new, strict=True)
    assert not is_unchanged(old, new, strict=True)
    assert changes(edits)
    assert_whole(old, new, edits)
    assert similarity(old, new, strict=True) < 1.0


COMPARISON_KEYS = [
    ("ตาม กฎหมาย", "ตามกฎหมาย", "thai-thai-space-dropped"),
    ("ใน ๘ ด้าน", "ใน 8 ด้าน", "space-by-digit-kept"),
    ("(Action  Plan)\tใช้", "(Action Plan) ใช้", "other-runs-collapsed"),
    ("  ข้อ  ", "ข้อ", "ends-stripped"),
    ("ทํา", "ทำ", "sara-am"),
    ("น ํา", "นำ", "sara-am-split-by-space"),
    ("", "", "empty"),
]


@pytest.mark.parametrize(("text", "key"), [row[:2] for row in COMPARISON_KEYS], ids=[row[2] for row in COMPARISON_KEYS])
def test_comparison_key(text: str, key: str) -> None:
    assert comparison_key(text) == key
    assert comparison_key(text, strict=True) == text


# -- real changes ----------------------------------------------------------------------------

EDITS = [
    ("ให้ส่งเสริมการพัฒนา", "ให้ส่งเสริมและสนับสนุนการพัฒนา", [("insert", "", "และสนับสนุน")], "inserted-words"),
    ("ส่งเสริมและสนับสนุนการพัฒนา", "ส่งเสริมการพัฒนา", [("delete", "และสนับสนุน", "")], "deleted-words"),
    ("แก้ไขเพิ่มเติม", "แก้ไข", [("delete", "เพิ่มเติม", "")], "deleted-last-word"),
    ("ให้จังหวัดรายงานผล", "ให้อำเภอรายงานผล", [("replace", "จังหวัด", "อำเภอ")], "replaced-word"),
    ("ภายใน ๓๐ วัน", "ภายใน ๔๕ วัน", [("replace", "๓๐", "๔๕")], "replaced-number"),
    ("น้า", "นา", [("replace", "น้า", "นา")], "tone-mark-word"),
    ("ไปหาน้าที่บ้าน", "ไปหานาที่บ้าน", [("replace", "น้า", "นา")], "tone-mark-in-sentence"),
    ("ไม่ได้", "ไม้ได้", [("replace", "ไม่", "ไม้")], "tone-mark-changed"),
    ("ข้อนี้", "ข้อนั้น", [("replace", "นี้", "นั้น")], "vowel-mark-changed"),
    ("โดยเร็ว", "โดยเร็วที่สุด", [("insert", "", "ที่สุด")], "leading-vowel-word-kept"),
    ("เก", "แก", [("replace", "เก", "แก")], "leading-vowel-changed"),
    ("ให้ใช้", "ให้ไช้", [("replace", "ใช้", "ไช้")], "leading-vowel-in-word"),
    ("สถานีอนามัย", "สถานีนอนามัย", [("insert", "", "น")], "one-letter-inserted"),
    ("ศูนย์พัฒนาเด็กเล็ก และจัดตั้ง", "ศูนย์พัฒนาเด็กเล็กทุกแห่ง และจัดตั้ง", [("insert", "", "ทุกแห่ง")],
     "inserted-before-a-space"),
    ("ศูนย์พัฒนาเด็กเล็กทุกแห่ง และจัดตั้ง", "ศูนย์พัฒนาเด็กเล็ก และจัดตั้ง", [("delete", "ทุกแห่ง", "")],
     "deleted-before-a-space"),
    ("ตามแผน (Action Plan) ที่กำหนด", "ตามแผน (Action Plans) ที่กำหนด", [("insert", "", "s")], "english-letter"),
    ("ระบบ e-Office ของกรม", "ระบบ e-Saraban ของกรม", [("replace", "e-Office", "e-Saraban")], "english-word"),
    ("ส่งเสริมการ MOU ฉบับนี้", "ส่งเสริมการ new MOU ฉบับนี้", [("insert", "", "new ")], "english-inserted"),
    ("ให้ดำเนินการ", "", [("delete", "ให้ดำเนินการ", "")], "all-deleted"),
    ("", "ให้ดำเนินการ", [("insert", "", "ให้ดำเนินการ")], "all-inserted"),
]


@pytest.mark.parametrize(("old", "new", "expected"), [row[:3] for row in EDITS], ids=[row[3] for row in EDITS])
def test_word_edits(old: str, new: str, expected: list[tuple[str, str, str]]) -> None:
    edits = word_edits(old, new)
    assert changes(edits) == expected
    assert_whole(old, new, edits)
    assert all(not e.old.startswith(tuple(MARKS)) and not e.new.startswith(tuple(MARKS)) for e in edits)
    assert not is_unchanged(old, new)
    assert 0.0 <= similarity(old, new) < 1.0


def test_changes_one_short_word_apart_join() -> None:
    # Two replaced words with only "ที่" between them read as one change.
    edits = word_edits("ให้จังหวัดที่รายงาน", "ให้อำเภอที่ส่ง")
    assert changes(edits) == [("replace", "จังหวัดที่รายงาน", "อำเภอที่ส่ง")]


def test_word_edits_of_empty_texts() -> None:
    assert word_edits("", "") == ()
    assert word_edits("  ", "") == (Edit(op="equal", old="  ", new=""),)


def test_tokenize_keeps_spaces_as_tokens() -> None:
    assert tokenize("ตามกฎหมาย และ  หลักการ") == ("ตามกฎหมาย", " ", "และ", "  ", "หลักการ")
    assert tokenize("") == ()


# -- properties ------------------------------------------------------------------------------

_WORDS = ["ส่งเสริม", "และ", "สนับสนุน", "การ", "บริหาร", "จัดการ", "ท้องถิ่น", "สถานี", "อนามัย", "น้ำ",
          "ดำเนิน", "เพื่อ", "ให้", "ไม่", "โดย", "แก้ไข", "ข้อ", "MOU", "Plan", "(", ")", "."]
_PIECES = _WORDS + [" ", "  ", "\xa0", "\n", "๑", "๒๕", "1", "25", "ํา", "ํ", "า", "่", "้", "เ", "แ", "ก", "น"]
_thai_soup = st.lists(st.sampled_from(_PIECES), max_size=25).map("".join)
_chars = st.text(alphabet=st.sampled_from(list(CONSONANTS[:8] + MARKS[:6] + "\u0e33\u0e32ะเแโ ๑1a\xa0")), max_size=30)
texts = st.one_of(_thai_soup, _chars)


@settings(derandomize=True, max_examples=300, deadline=None)
@given(texts, texts, st.booleans())
def test_sides_join_back_and_clusters_stay_whole(old: str, new: str, strict: bool) -> None:
    assert_whole(old, new, word_edits(old, new, strict=strict))


@settings(derandomize=True, max_examples=300, deadline=None)
@given(texts, texts, st.booleans())
def test_no_edit_starts_with_a_mark(old: str, new: str, strict: bool) -> None:
    for edit in word_edits(old, new, strict=strict):
        for text, side in ((old, edit.old), (new, edit.new)):
            if side and not text.startswith(side):  # a text may itself begin with a mark
                assert side[0] not in MARKS, edit


@settings(derandomize=True, max_examples=300, deadline=None)
@given(texts, texts, st.booleans())
def test_changes_exactly_when_keys_differ(old: str, new: str, strict: bool) -> None:
    edits = word_edits(old, new, strict=strict)
    assert bool(changes(edits)) == (not is_unchanged(old, new, strict=strict))
    for edit in edits:
        if edit.op == "insert":
            assert not edit.old and edit.new
        elif edit.op == "delete":
            assert edit.old and not edit.new
    assert all((a.op == "equal") != (b.op == "equal") for a, b in zip(edits, edits[1:]))


@settings(derandomize=True, max_examples=200, deadline=None)
@given(texts, st.booleans())
def test_same_text_is_all_equal(text: str, strict: bool) -> None:
    assert all(edit.op == "equal" for edit in word_edits(text, text, strict=strict))
    assert similarity(text, text, strict=strict) == 1.0


@settings(derandomize=True, max_examples=300, deadline=None)
@given(texts, texts, st.booleans())
def test_similarity_in_range_and_symmetric(old: str, new: str, strict: bool) -> None:
    score = similarity(old, new, strict=strict)
    assert 0.0 <= score <= 1.0
    assert score == similarity(new, old, strict=strict)
    assert (score == 1.0) == is_unchanged(old, new, strict=strict)


@settings(derandomize=True, max_examples=200, deadline=None)
@given(texts)
def test_digit_script_and_spacing_do_not_count(text: str) -> None:
    for variant in (to_thai(text), to_arabic(text), " " + text.replace(" ", "  ") + "\n"):
        assert similarity(text, variant) == 1.0
        assert all(edit.op == "equal" for edit in word_edits(text, variant))


@settings(derandomize=True, max_examples=200, deadline=None)
@given(texts)
def test_tokens_join_back(text: str) -> None:
    tokens = tokenize(text)
    assert "".join(tokens) == text
    assert all(token.isspace() or not any(ch.isspace() for ch in token) for token in tokens)


# -- timing (printed, not asserted: SPEC §6) -------------------------------------------------


def test_print_timing_of_a_2000_character_pair(capsys: pytest.CaptureFixture[str]) -> None:
    old = " ".join(NEWS.values())[:2000]
    new = " ".join(MOU.values())[:2000]
    started = time.perf_counter()
    edits = word_edits(old, new)
    first = time.perf_counter() - started
    runs = []
    for _ in range(20):
        started = time.perf_counter()
        word_edits(old, new)
        similarity(old, new)
        runs.append(time.perf_counter() - started)
    runs.sort()
    assert_whole(old, new, edits)
    with capsys.disabled():
        print(f"\nword_edits on 2,000 characters: first {first * 1e3:.2f} ms (tokenizing), "
              f"then word_edits + similarity median {runs[len(runs) // 2] * 1e3:.3f} ms (cached)")
