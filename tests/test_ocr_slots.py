"""Numbers a letter's structure expects where OCR returned letters (moukit.ocr.slots; docs/ocr.md).

The slots are found on text alone; the clause-sequence check of moukit.ocr.digits too. The
re-reading of a slot's glyphs from a page drawn with a TLWG font is in test_ocr_glyphs.py.
"""

from __future__ import annotations

import pytest

from moukit.ocr.digits import NO_STRUCTURE, THAI_GAP, check_digits
from moukit.ocr.slots import Slot, confirmed, find_slots


def _slots(lines, numbered=None):
    return {at: [(s.kind, lines[at][s.start:s.stop]) for s in found]
            for at, found in find_slots(lines, numbered).items()}


def test_the_day_before_a_month_and_the_year_after_it_are_slots():
    assert _slots(["๗ ธันวาคม Weed"]) == {0: [("day", "๗"), ("year", "Weed")]}
    # the month with a tone mark too many (OCR) is still the month; the day read as letters
    assert _slots(["of ธั้นวาคม ๒๕๕๒9"]) == {0: [("day", "of"), ("year", "๒๕๕๒9")]}
    assert _slots(["ฆ ธันวาคม พ.ศ. ๒๕๕๒"]) == {0: [("day", "ฆ"), ("year", "๒๕๕๒")]}


def test_the_year_after_the_buddhist_era_is_a_slot_too():
    assert _slots(["ปกครองส่วนตำบล พ.ศ. ods มาตรา ๕"]) == {0: [("year", "ods")]}
    assert _slots(["ตามพระราชบัญญัติ พ.ศ. ๒๕๓#"]) == {0: [("year", "๒๕๓#")]}
    assert _slots(["๓๑ มกราคม พ.ศ. ๒๕๕๑"]) == {0: [("year", "๒๕๕๑")]}  # one slot, month or era
    assert _slots(["ประกาศ ณ วันที 15 มิถุนายน พ.ศคึ. 2550", "พ.ศ. 2550", "พ.ศ. นี้"]) == {}


def test_words_that_are_no_day_or_year_are_not_slots():
    assert _slots(["ใน ธันวาคม ๒๕๕๖"]) == {0: [("year", "๒๕๕๖")]}  # a Thai word before the month
    assert _slots(["ประจำเดือนธันวาคม นี้"]) == {}  # the month inside a word, a Thai word after it
    assert _slots(["ง ธันวาคม ๒๕๕๖"]) == {0: [("day", "ง"), ("year", "๒๕๕๖")]}
    assert _slots(["ง ธันวาคม 2556"]) == {}  # Arabic digits: tesseract reads them well
    assert _slots(["- มีนาคม 2551"]) == {}  # a list's dash
    # beside an Arabic year the day is in Arabic digits (often handwritten): not Thai to re-read
    assert _slots(["@ มีนาคม 2551"]) == {}
    assert _slots(["7 มกราคม 255l"]) == {}  # a year in Arabic digits, one misread: not Thai to re-read


def test_the_number_after_a_references_slash_is_a_slot():
    assert _slots(["ที่ มท ๐๘๙๑.๓/ว lage"]) == {0: [("ref", "lage")]}
    assert _slots(["ที มท 0809.2/ว 99"]) == {}
    assert _slots(["ที มท 0809.2/ว ]5 9"]) == {}  # an Arabic reference: its number is Arabic too
    assert _slots(["ตามหนังสือ มท ๐๘๙๑.๓/ว lage"]) == {}  # not a ที่ line


def test_clause_labels_in_a_thai_numbered_list_are_slots_whatever_was_read():
    lines = ["(๑) ส่งเสริม", "ต่อ", "(๒) ส่งเสริม", "(ๆ ส่งเสริม", "(9) ส่งเสริม", "(ov) ให้มี", "(สสส.)"]
    assert _slots(lines) == {0: [("label", "๑")], 2: [("label", "๒")], 3: [("label", "ๆ")],
                             4: [("label", "9")], 5: [("label", "ov")]}
    # numbered with Arabic digits: tesseract reads them well, nothing to read again
    assert _slots(["(1) ส่งเสริม", "(2) ส่งเสริม", "(a) ส่งเสริม"]) == {}
    # a lettered list beside a numbered one keeps its letters
    lettered = ["(๑) ส่งเสริม", "(ก) หนึ่ง", "(ข) สอง", "(@) สาม"]
    assert [kind_text for found in _slots(lettered).values() for kind_text in found] == \
        [("label", "๑"), ("label", "@")]
    assert _slots(["๑. การจัดตั้ง", "é. การให้"]) == {0: [("label", "๑")], 1: [("label", "é")]}


def test_a_list_goes_on_over_a_page_whose_labels_all_came_out_as_letters():
    numbered: set[str] = set()
    assert find_slots(["(๑) ส่งเสริม", "(๒) ส่งเสริม"], numbered) and numbered == {"(x)"}
    assert _slots(["(cv) ส่งเสริม", "(cr) ให้มี"], numbered) == {0: [("label", "cv")], 1: [("label", "cr")]}
    assert _slots(["(cv) ส่งเสริม", "(cr) ให้มี"]) == {}  # on a first page: a lettered list


def test_what_a_slot_can_hold():
    assert Slot("label", 0, 1).fits("๘") and Slot("label", 0, 1).fits("๑๑")
    assert not Slot("label", 0, 1).fits("๐") and not Slot("label", 0, 1).fits("๑๒๓")
    assert Slot("day", 0, 1).fits("๓๑") and not Slot("day", 0, 1).fits("๓๒")
    assert Slot("year", 0, 4).fits("๒๕๕๖") and not Slot("year", 0, 4).fits("๘๕๕๖")
    assert not Slot("year", 0, 4).fits("๒๕๕")


def test_an_unsure_reading_stands_only_where_the_page_bears_it_out():
    lines = ["(๓) ก", "(@) ข", "(๕) ค"]
    slots = find_slots(lines)
    label = slots[1][0]
    assert confirmed(label, 1, "๔", lines, slots)  # one more than (๓) above
    assert not confirmed(label, 1, "๕", lines, slots)
    first = ["(@) ข", "(๕) ค"]
    assert confirmed(find_slots(first)[0][0], 0, "๔", first, find_slots(first))  # one less than (๕) below
    dated = ["ที่ มท ๐๘๙๑.๓/ว ๒๕๕๒", "๗ ธันวาคม Weed"]
    year = find_slots(dated)[1][1]
    assert confirmed(year, 1, "๒๕๕๖", dated, find_slots(dated))
    assert not confirmed(year, 1, "๒๖๕๖", dated, find_slots(dated))  # far from the page's other year
    assert not confirmed(find_slots(dated)[1][0], 1, "๗", dated, find_slots(dated))  # a day: only sure


# -- clause numbers checked by their sequence ----------------------------------------------------


def test_clause_labels_read_sure_are_verified_by_their_sequence():
    lines = ["(๑) ก", "(๒) ข", "ต่อ ข", "(๓) ค", "(๕) ง", "(๕) จ", "(๗) ฉ"]
    sure = {1, 2, 4, 5, 6, 7}
    got = {c.line: c.reason for c in check_digits(lines, {}, reread=sure)}
    assert got[1] is None and got[2] is None  # (๑) then (๒), (๒) between (๑) and (๓)
    assert got[4] == NO_STRUCTURE  # (๓) is followed by (๕): one of them is misread
    assert got[5] == NO_STRUCTURE and got[6] == NO_STRUCTURE and got[7] == NO_STRUCTURE
    # a neighbour not read sure confirms nothing
    got = {c.line: c.reason for c in check_digits(["(๑) ก", "(๒) ข", "(๓) ค"], {}, reread={1, 3})}
    assert got == {1: NO_STRUCTURE, 2: THAI_GAP, 3: NO_STRUCTURE}
    # a line with another number besides its label: the label's sequence says nothing of it
    got = {c.line: c.reason for c in check_digits(["(๑) ก", "(๒) ตามมาตรา ๑๒", "(๓) ค"], {}, reread={1, 2, 3})}
    assert got[2] == NO_STRUCTURE and got[1] is None


def test_a_line_given_a_number_read_unsure_says_why():
    why = "the clause number read as '@' was read again from the page: ๕, at margin 0.09, under 0.35"
    got = {c.line: c.reason for c in check_digits(["(๔) ก", "(๕) ข", "(๖) ค"], {}, {1, 3}, {2: why})}
    assert got[2] == why


def test_a_date_whose_month_lost_or_gained_a_mark_is_still_checked_as_a_date():
    lines = ["๔๑ ธั้นวาคม ๒๕๕๖", "๗ ธนวาคม ๒๕๕๖", "๗ ธั้นวาคม Weed"]
    got = {c.line: c.reason for c in check_digits(lines, {}, reread={1, 2, 3})}
    assert got[1] == "day ๔๑ is no day of a month"  # not verified by its year alone
    assert got[2] is None
    assert got[3] == "the year after the month is not read as a year"


def test_letters_moukit_replaced_by_digits_read_sure_are_no_doubt_of_the_line():
    import io

    pytest.importorskip("numpy")
    image_module = pytest.importorskip("PIL.Image")
    from moukit.ocr.engine import Word
    from moukit.ocr.fields import page_doubts

    out = io.BytesIO()
    image_module.new("L", (400, 100), 255).save(out, format="PNG")  # a blank page: no marks to count
    words = [Word("(9)", 62.0, 0, (10, 10, 40, 30)), Word("ส่งเสริม", 95.0, 0, (60, 10, 120, 30))]
    assert "'(9)' read with confidence 62" in page_doubts(out.getvalue(), words, ["(9) ส่งเสริม"])[0]
    # "(9)" was read again from the page, sure, and the text now holds "(๖)": nothing to doubt
    assert page_doubts(out.getvalue(), words, ["(๖) ส่งเสริม"], frozenset({0})) == {}
