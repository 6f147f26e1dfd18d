"""Clause labels: every numbering style of THAI-FORMATS §2, in both digit scripts, and the guards."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moukit.parts.numbering import ClauseLabel, match_label, ordinal

# (text, style, label as printed, number normalized, id)
LABELS = [
    ("ข้อ ๑ ให้บุคคลซึ่งดำรงตำแหน่งกรรมการ", "khor", "ข้อ ๑", "1", "khor-thai"),
    ("ข้อ 10 คำสั่งนี้ให้ใช้บังคับตั้งแต่วันประกาศ", "khor", "ข้อ 10", "10", "khor-arabic-two-digits"),
    ("ข้อ ๑๕ คำสั่งนี้ให้ใช้บังคับ", "khor", "ข้อ ๑๕", "15", "khor-thai-two-digits"),
    ("ข้อ ๑/๑ ให้เพิ่มความต่อไปนี้", "khor", "ข้อ ๑/๑", "1/1", "khor-inserted-thai"),
    ("ข้อ 8/2 ให้เพิ่มความต่อไปนี้", "khor", "ข้อ 8/2", "8/2", "khor-inserted-arabic"),
    ("ข้อ ๓.๑ ให้จังหวัดแจ้ง", "khor", "ข้อ ๓.๑", "3.1", "khor-dotted"),
    ("ข้อ 1. ประกาศนี้เรียกว่า", "khor", "ข้อ 1.", "1", "khor-trailing-dot"),
    ("ข้อ๒ ให้ยกเลิก", "khor", "ข้อ ๒", "2", "khor-no-space"),
    ("ข้อ ๒", "khor", "ข้อ ๒", "2", "khor-alone"),
    ("ข้อ ๒ ตามที่ได้มีประกาศ", "khor", "ข้อ ๒", "2", "khor-text-starts-tamthi"),
    ("๑. ให้สถานที่ราชการ รัฐวิสาหกิจ", "dot", "๑.", "1", "dot-thai"),
    ("1.พัฒนาระบบการจัดการพื้นที่", "dot", "1.", "1", "dot-arabic-no-space"),
    ("๑๐. ตัวรถและอุปกรณ์ทุกชนิด", "dot", "๑๐.", "10", "dot-two-digits"),
    ("๒.๑ ข้อเท็จจริง", "dot", "๒.๑", "2.1", "dotted-thai"),
    ("2.1 งานคำนวณผลทางด้านคณิตศาสตร์", "dot", "2.1", "2.1", "dotted-arabic"),
    ("๒.๑. ข้อพิจารณา", "dot", "๒.๑.", "2.1", "dotted-trailing-dot"),
    ("๑.๑.๑ รายละเอียด", "dot", "๑.๑.๑", "1.1.1", "dotted-three-parts"),
    ("(๑) ส่งเสริมและสนับสนุนให้องค์กรปกครองส่วนท้องถิ่น", "paren", "(๑)", "1", "paren-thai"),
    ("(12) ปฏิบัติงานร่วมกับหรือสนับสนุน", "paren", "(12)", "12", "paren-arabic"),
    ("(๓)อนุกรรมการ", "paren", "(๓)", "3", "paren-no-space"),
    ("1) แนวทางปฏิบัติในการบริหารจัดการมูลฝอยติดเชื้อ", "close", "1)", "1", "close-arabic"),
    ("๒) การดำเนินการแก้ไขปัญหา", "close", "๒)", "2", "close-thai"),
    ("8)Evaluation การประเมิน", "close", "8)", "8", "close-no-space"),
    ("(ก) ปฏิบัติงานสารบรรณสำนักงานเขตพื้นที่การศึกษา", "letter_paren", "(ก)", "ก", "letter-paren"),
    ("(ฐ) ปฏิบัติงานร่วมกับ", "letter_paren", "(ฐ)", "ฐ", "letter-paren-late"),
    ("ก. ตามที่ได้มีคำสั่ง", "letter_dot", "ก.", "ก", "letter-dot"),
    ("ข. ให้ยกเลิก", "letter_dot", "ข.", "ข", "letter-dot-kho"),
    ("ค) ดำเนินการเกี่ยวกับอาคารสถานที่", "letter_close", "ค)", "ค", "letter-close"),
    ("• หลักธรรมาภิบาลในการวางแผนการดำเนินงาน", "bullet", "•", "•", "bullet-dot"),
    ("●ประกาศราชกิจจานุเบกษา", "bullet", "●", "●", "bullet-circle-no-space"),
    ("▪ ข้อมูลประกอบ", "bullet", "▪", "▪", "bullet-square"),
    ("- มีหน่วยประมวลผลกลาง (CPU)", "bullet", "-", "-", "bullet-dash"),
    ("– คำแปลอย่างไม่เป็นทางการ", "bullet", "–", "–", "bullet-en-dash"),
]


@pytest.mark.parametrize(
    ("text", "style", "label", "number"), [row[:4] for row in LABELS], ids=[row[4] for row in LABELS]
)
def test_match_label(text: str, style: str, label: str, number: str) -> None:
    found = match_label(text)
    assert found is not None
    assert (found.style, found.label, found.number) == (style, label, number)


# Text that looks numbered but opens with no label.
NOT_LABELS = [
    ("ข้อ ๓ หรือข้อ ๔ แล้วแต่กรณี", "reference-or"),
    ("ข้อ 1 (4) และ (5) ให้เป็นไปตามที่ ก.พ. กำหนด", "reference-subclause"),
    ("ข้อ ๕ (๑) และ (๒) ให้แต่งตั้งจากกรรมการ", "reference-subclause-thai"),
    ("ข้อ ๓ และข้อ ๔ ไม่ใช้บังคับ", "reference-and"),
    ("ข้อ 1 ถึงข้อ 5", "reference-to"),
    ("ข้อ ๒ ตามวรรคหนึ่ง", "reference-according-to"),
    ("ข้อ ๓ วรรคสอง ให้ใช้ความต่อไปนี้แทน", "reference-paragraph"),
    ("ข้อ ๔ ของระเบียบนี้", "reference-of"),
    ("ข้อ ๔ แห่งระเบียบนี้", "reference-of-formal"),
    ("ข้อ 1, 2 และ 3", "reference-list"),
    ("ข้อ 1-3 ให้ยกเลิก", "reference-range"),
    ("ข้อ ๓ ดังกล่าว", "reference-aforesaid"),
    ("ข้อเท็จจริง", "word-khor-thet"),
    ("ข้อตกลงความร่วมมือ", "word-khor-toklong"),
    ("ข้อ 1234 ให้", "khor-four-digits"),
    ("13.30 น. ณ ห้องประชุม", "time"),
    ("9.00 นาฬิกา", "time-nalika"),
    ("08.30-16.30 น.", "time-range"),
    ("2.5 ล้านบาท", "decimal-million"),
    ("1.2 แสนคน", "decimal-hundred-thousand"),
    ("1.5 %", "decimal-percent"),
    ("0.5 เท่า", "zero-first"),
    ("4.0 ยุคใหม่", "zero-part"),
    ("2565 เป็นปีที่", "year"),
    ("2565. เป็นปีที่", "year-dot"),
    ("๒๕๕๖", "year-thai"),
    ("4 หน่วยงาน ร่วมสร้างความเข้มแข็ง", "digit-without-mark"),
    ("1,000 บาท", "figure"),
    ("(2565)", "paren-year"),
    ("(1 จังหวัด 1 พัฒนา) จำนวน 54 ผลงาน", "paren-not-number"),
    ("(0) ศูนย์", "paren-zero"),
    ("ก.พ. กำหนด", "abbreviation-kopo"),
    ("ก.ค.ศ. ตามกฎหมาย", "abbreviation-kokhoso"),
    ("ก.ย. 2565", "abbreviation-month"),
    ("ก. พ. กำหนด", "abbreviation-spaced"),
    ("ก.ข้อความ", "letter-glued-to-word"),
    ("ก)ข้อความ", "letter-close-glued"),
    ("อ.ก.พ. กระทรวง", "abbreviation-okopo"),
    ("-------------------------------", "rule-line"),
    ("- ๒ -", "page-number"),
    ("- 12 -", "page-number-arabic"),
    ("-19 ระบาด", "dash-number"),
    ("ให้ข้าราชการ", "plain-text"),
    ("", "empty"),
]


@pytest.mark.parametrize("text", [row[0] for row in NOT_LABELS], ids=[row[1] for row in NOT_LABELS])
def test_not_a_label(text: str) -> None:
    assert match_label(text) is None


END = [
    ("ข้อ ๑ ให้", 5, "khor"),
    ("ข้อ  ๑ ให้", 6, "khor-double-space"),
    ("(๑) ส่งเสริม", 3, "paren"),
    ("1.พัฒนา", 2, "dot"),
    ("๒.๑. ข้อพิจารณา", 4, "dotted-dot"),
    ("• หลัก", 1, "bullet"),
]


@pytest.mark.parametrize(("text", "end"), [row[:2] for row in END], ids=[row[2] for row in END])
def test_end_offset(text: str, end: int) -> None:
    found = match_label(text)
    assert found is not None and found.end == end


def test_label_collapses_spaces() -> None:
    assert match_label("ข้อ  ๑ ให้") == ClauseLabel("khor", "ข้อ ๑", "1", 6)


ORDINALS = [
    ("1", 1, "one"),
    ("12", 12, "twelve"),
    ("ก", 1, "ko-kai"),
    ("ข", 2, "kho-khai"),
    ("ค", 3, "kho-khwai-after-kho-khai"),
    ("ง", 4, "ngo-ngu-skips-kho-rakhang"),
    ("ฌ", 9, "cho-choe"),
    ("ฃ", None, "obsolete-letter"),
    ("1/1", None, "inserted"),
    ("•", None, "bullet"),
]


@pytest.mark.parametrize(("number", "expected"), [row[:2] for row in ORDINALS], ids=[row[2] for row in ORDINALS])
def test_ordinal(number: str, expected: int | None) -> None:
    assert ordinal(number) == expected


def test_components_and_ordinal_of_label() -> None:
    label = match_label("ข้อ ๓.๒ ให้")
    assert label is not None
    assert label.components == ("3", "2")
    assert label.ordinal == 2


_SOUP = st.text(alphabet="ข้อ ๑๒3.()ก-•/ตามหรือ น0", max_size=40)


@settings(derandomize=True, max_examples=400)
@given(_SOUP)
def test_match_label_is_a_prefix(text: str) -> None:
    """A label found is at the start of the text, and its number has no brackets or final dot."""
    found = match_label(text)
    if found is not None:
        assert 0 < found.end <= len(text)
        assert found.label.replace(" ", "") == text[: found.end].replace(" ", "")
        assert not found.number.startswith("(") and not found.number.endswith((".", ")"))
