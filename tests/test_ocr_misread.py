"""A scan's text is read through the damage OCR does (``moukit.misread``; docs/reading-rules.md,
"Scans read by OCR"): month names, head labels and closings misread, the text never rewritten,
every value so read named in an ``ocr_unverified_text`` warning, and a typed text read as before.

The heads below are lines as tesseract read them off the project's scans (../shared/scans),
cut to what each rule needs. No OCR engine is needed but for the slow test on a real scan.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pythainlp.util.date import thai_full_months

from moukit.dates import is_date_line, parse_thai_date
from moukit.errors import InternalError, MoukitError
from moukit.misread import distance, nearest, reading
from moukit.models import Source
from moukit.ocr.fields import text_warnings
from moukit.pipeline import run

OCR = Source(path="scan.pdf", sha256="0" * 64, encoding="ocr", bytes=1)


def _scan(text: str):
    """The Document of ``text`` read as a scan's, and the fields its warnings name: (field, line)."""
    parse = run(text, source=OCR)
    warnings = text_warnings(parse.document, parse.lines, {})
    return parse.document, {(w.message.split(" on line ")[0], w.line) for w in warnings}


@pytest.mark.parametrize(("read", "month"), [
    ("อันวาคม", "ธันวาคม"),     # ธ read อ (one shape)
    ("คตลาคม", "ตุลาคม"),       # ุ lost, a ค before the ต
    ("มถุนายน", "มิถุนายน"),     # ิ lost
    ("กุมภาพันธ", "กุมภาพันธ์"),  # ์ lost
    ("ดุลาคม", "ตุลาคม"),
    ("ประธาน", None), ("ขอความ", None), ("พฤษภา", None),
], ids=lambda value: value or "none")
def test_a_damaged_month_name_is_the_one_month_it_is_near(read, month):
    assert nearest(read, thai_full_months, 1.5) == month


def test_near_words_are_told_apart_only_by_a_whole_edit():
    assert distance("เรยน", "เรียน") == 0.5 and distance("ew", "เรียน") == 4.5  # two letters swapped, two and a mark added
    assert nearest("มนาคม", ["มีนาคม", "มันาคม"], 1.5) is None  # two as near: neither


@pytest.mark.parametrize(("line", "raw", "iso"), [
    ("49 อันวาคม 2550", "อันวาคม 2550", "2007-12"),        # no day 49: read without its day
    ("{ คตลาคม 2550", "คตลาคม 2550", "2007-10"),
    ("ซิ มกราคม 2551", "มกราคม 2551", "2008-01"),          # a handwritten day read as letters
    ("1 4 กุมภาพันธ์ 2549", "1 4 กุมภาพันธ์ 2549", "2006-02-14"),  # a stamped day split by a space
    ("ประธาน ก.จ.จ. 2550", None, None),
    ("49 อันวาคม 2550 เป็นต้นไป", None, None),             # only where the whole line is the date
    ("ภาษี 2550", None, None),
])
def test_a_scans_date_line_is_read_through_damage_and_a_typed_one_is_not(line, raw, iso):
    with reading(True):
        date = parse_thai_date(line)
        assert is_date_line(line) == (raw is not None)
    assert (date.raw if date else None, date.iso if date else None) == (raw, iso)
    assert parse_thai_date(line) is None  # typed text: no such tolerance


S04 = "\n".join([  # เรียน read "ew": a letter only by its salutation's place under the subject
    "ที่ มท 0809.6/ว 1 10                         |               สำนักงาน ก.จ:, ก.ท. และ ก.อบต.",
    "A กรกฎาคม 2551",
    "เรือง แนวทางปฏิบัติเกี่ยวกับการดำเนินการทางวินัยข้าราชการ",
    "ew ประธาน ก.จ.จ., ก.ท.จ., ก.อบตํ.จังหวัด ทุกจังหวัด",
    "สิงทีส่งมาด้วย สำเนาหนังสือสำนักงาน ก.พ. จำนวน 2 แผ่น",
    ".ด้วย ก.จ.จ., ก.ท.จ. และ ก.อบต.จังหวัด หลายแห่งหารือแนวทางปฏิบัติ",
    "จึงเรียนม่าเพื่อโปรดทราบ",
    ":                                                 7            'ขอแสดงความนับถือ",
    "(นายพิษณุ พรหมจารีย์)",
    "ผู้อำนวยการสำนักพัฒนาระบบบริหารงานบุคคลส่วนท้องถิน", ""])


def test_a_salutation_misread_under_the_subject_is_read_by_its_place_and_named():
    doc, named = _scan(S04)
    assert doc.kind == "letter"
    assert doc.header.salutation.word == "เรียน" and doc.header.salutation.addressee.startswith("ประธาน ก.จ.จ.")
    assert ("salutation", 4) in named  # a guess from its place: read it on the page
    # the closing read through the specks before it, so the signer under it is found
    assert [s.name for s in doc.signatories] == ["พิษณุ พรหมจารีย์"] and ("closing", 8) in named
    assert run(S04).document.kind == "unknown"  # typed text: as before


def test_a_misread_word_is_no_salutation_where_none_is_due():
    # not followed by what follows a salutation (อ้างถึง, สิ่งที่ส่งมาด้วย, the body's opening)
    text = S04.replace("สิงทีส่งมาด้วย", "และพนักงานส่วนตำบล").replace(".ด้วย", "เทศบาล")
    assert _scan(text)[0].header.salutation is None
    # nor with no subject above it: its place is not known
    doc = _scan(S04.replace("เรือง แนวทางปฏิบัติเกี่ยวกับการดำเนินการทางวินัยข้าราชการ\n", ""))[0]
    assert doc.kind != "letter" and doc.header.salutation is None


S07 = "\n".join([  # a stamped letter: ที่ read "N"; its stamp (agency, date) lost as speckle
    "N มท 0809.2/ว106", "ถึง สำนักงานท้องถินจังหวัดทุกจังหวัด", "",
    "พร้อมนี้ สำนักงาน ก.ท.ขอส่งหนังสือ ที่ มท 0809.2/3705 ลงวันที 14 กันยายน 2550", "",
    "จึงเรียนมาเพื่อทราบและถือปฏิบัติต่อไป", "",
    "สำนักพัฒนาระบบบริหารงานบุคคลส่วนท้องถิน", "ส่วนมาตรฐานทัวไปการบริหารงานบุคคลส่วนท้องถิน",
    "โทร 0-2241-2720 0-2241-9000 ต่อ 3134",
    # page 2, the letter it sent, OCR'd with it:
    "\fขาห 0800.2/ 3 FOS                                                          สำนักงาน ก.ุท.",
    "ถนนราชสีมา กทม. 10306", "4 กันยายน 2550",
    "เรื่อง หารือการนำคุณวุฒิปริญญาโทมาเทียบเป็นประสบการณ์การบริหาร", "เรียน ประธาน ก.ท.จ.นครราชีสีมา", ""])


def test_a_stamped_letter_whose_label_ocr_misread_is_read_and_named():
    doc, named = _scan(S07)
    assert doc.kind == "stamped" and doc.header.salutation.word == "ถึง"
    assert doc.header.ref.raw == "มท 0809.2/ว106" and ("ref", 1) in named
    # the date under its โทร line is the sent letter's: none is claimed for the stamped one
    assert doc.header.date is None and doc.footer.owner_unit[0].startswith("สำนักพัฒนา")
    assert run(S07).document.kind != "stamped"  # typed text: as before


S11 = "\n".join([  # a radio message: ที่ glued to มท, its date on the same line
    "วทยุสอสาร", "'ในราชการกรมส่งเสริมการปกครองท้องถิ่น", "",
    "ที่มท 0808.22/23 1658                 วันที่ 27 กันยายน พ.ศ. 2549",
    "ถึง ผู้ว่าราชการจังหวัด ทุกจังหวัด", "",
    "ด้วยระเบียบกระทรวงมหาดไทยว่าด้วยการพัสดุขององค์กรปกครองส่วนท้องถิ่น (ฉบับที่ 3)", "",
    "(นายวัลลภ พริงพงษ์)", "รองอธิบดี รักษาราชการแทน", "อธิบดีกรมส่งเสริมการปกครองท้องถิน", ""])


def test_a_radio_messages_head_is_read_through_a_label_glued_to_its_reference():
    doc, named = _scan(S11)
    assert doc.kind == "stamped" and doc.header.salutation.word == "ถึง"
    assert doc.header.ref.raw == "มท 0808.22/23 1658" and doc.header.ref.number is None  # kept as read
    assert doc.header.date.iso == "2006-09-27" and ("date", 4) not in named  # read exactly
    assert [s.name for s in doc.signatories] == ["วัลลภ พริงพงษ์"]
    assert run(S11).document.kind == "unknown"  # typed text: as before


def test_a_date_read_through_damage_is_named_and_one_read_exactly_is_not():
    head = "ที่ มท 0809.2/ว 197\nถนนราชสีมา กทม. 10300\n{}\nเรื่อง แนวทางปฏิบัติ\nเรียน ผู้ว่าราชการจังหวัด\n" \
           "ด้วยกรมขอแจ้ง\nขอแสดงความนับถือ\n(นายวสันต์ วรรณวโรทร)\n"
    doc, named = _scan(head.format("49 อันวาคม 2550"))
    assert doc.header.date.iso == "2007-12" and doc.header.date.precision == "month" and ("date", 3) in named
    doc, named = _scan(head.format("19 ธันวาคม 2550"))
    assert doc.header.date.iso == "2007-12-19" and not named


def _has_tesseract() -> bool:
    import shutil
    import subprocess

    if shutil.which("tesseract") is None:
        return False
    return "tha" in subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout.split()


@pytest.mark.slow
@pytest.mark.skipif(not _has_tesseract(), reason="tesseract with Thai data is not installed (docs/ocr.md: "
                                                 "apt-get install tesseract-ocr tesseract-ocr-tha jbig2dec)")
def test_a_real_scans_damaged_month_gives_its_month_and_a_warning():
    # s06's date as printed is 19 ธันวาคม 2550; tesseract reads "49 อันวาคม 2550".
    from moukit.pipeline import parse_file

    doc = parse_file(Path(__file__).parent / "data" / "scans" / "s06.pdf")
    date, where = doc.header.date, doc.header.lines.date
    assert date is not None and date.iso.startswith("2007-12")
    if date.iso != "2007-12-19":  # not read right: then named
        assert any(w.line == where[0] and w.code.startswith("ocr_unverified") for w in doc.warnings)


@pytest.mark.parametrize(("text", "lost"), [
    ("การบรรจุแต่งตังผู้สอบแข่งขันได้", ("แต่งตัง", "แต่งตั้ง")),  # s03's subject: a bold ้ lost
    ("องค์กรปกครองส่วนท้องถิน", ("องค์กรปกครองส่วนท้องถิน", "องค์กรปกครองส่วนท้องถิ่น")),
    ("การบรรจุแต่งตั้งผู้สอบแข่งขันได้", None), ("องค์กรปกครองส่วนท้องถิ่น", None),
    ("ไม ได้", None),  # a short word loses a mark into another word too often to tell
], ids=["lost", "lost-compound", "kept", "kept-compound", "short"])
def test_a_known_word_with_a_tone_mark_lost_is_found(text, lost):
    from moukit.misread import lost_tone_mark

    assert lost_tone_mark(text) == lost


def test_a_value_holding_a_word_with_a_tone_mark_lost_is_named():
    head = "ที่ มท 0809.2/ว 28\n28 กุมภาพันธ์ 2551\nเรื่อง การบรรจุแต่ง{}ผู้สอบแข่งขันได้\nเรียน ประธาน ก.ท.จ.\n" \
           "ด้วยกรมขอแจ้ง\nขอแสดงความนับถือ\n(นายพิษณุ พรหมจารีย์)\n"
    assert ("subject", 3) in _scan(head.format("ตัง"))[1]
    assert ("subject", 3) not in _scan(head.format("ตั้ง"))[1]


GARBLED_REF = "\n".join([  # a drawn page in Garuda as read: ที่ มท and the number garbled
    "NWN ๐๘๓๑.ดว lage", "", "กรมส่งเสริมการปกครองท้องถิน", "ถนนนครราชสีมา เขตดุสิต กทม. ๑๐๓๐๐", "",
    "๗ ธั้นวาคม ๒๕๕๖", "เรือง  ขอความร่วมมือประชาสัมพันธ์บันทึกข้อตกลงความร่วมมือ",
    "เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด", "ด้วยกรมส่งเสริมการปกครองท้องถิ่น ขอความร่วมมือ",
    "จึงเรียนมาเพื่อโปรดพิจารณา", "ขอแสดงความนับถือ", "(นายโชคชัย เตชะธนรัญ)", ""])


def test_a_scans_own_letter_whose_ref_is_unreadable_is_the_file_not_a_letter_inside_it():
    doc, named = _scan(GARBLED_REF)
    assert doc.kind == "letter" and not doc.attachments and doc.header.ref is None
    assert doc.header.date.iso == "2013-12-07" and ("date", 6) in named  # ธั้นวาคม: a mark too many
    assert [s.name for s in doc.signatories] == ["โชคชัย เตชะธนรัญ"]


# The damage the rules read through, among the labels and lines of a letter: any mix parses.
_SOUP = ["ที่ มท ๐๘๙๑.๓/ว ๒๕๕๖", "ที่มท 0808.22/23 1658", "N มท 0809.2/ว106", "ท มท 0809.2/7 26", "ถึง ผู้ว่าราชการ",
         "เรือง ขอความร่วมมือ", "ew ประธาน ก.จ.จ.", "เรยน ผู้ว่า", "สิงทีส่งมาด้วย สำเนา", "ด้วยกรม", "49 อันวาคม 2550",
         "{ คตลาคม 2550", "1 4 กุมภาพันธ์ 2549", "ซิ มกราคม 2551", "วันที่ 27 กันยายน พ.ศ. 2549", ":   7   'ขอแสดงความนับถือ",
         "ขอแสดงความนับถือ", "(นายสมชาย ใจดี)", "โทร 0-2241-9000", "แต่งตัง", "\f", "\n", "\n\n", " ", "   ", "|", "ๆ"]


@settings(derandomize=True, max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_SOUP), max_size=60).map("\n".join))
def test_a_scans_damaged_text_in_any_order_parses_and_is_checked(text):
    try:
        parse = run(text, source=OCR)
    except MoukitError as error:
        assert not isinstance(error, InternalError), error
        return
    assert all(w.code.startswith("ocr_") for w in text_warnings(parse.document, parse.lines, {}))


def test_a_letter_dated_at_its_foot_without_a_day_parses():
    # found by the test above, in typed text too: the foot's date line read as one (month and
    # year only) was then looked up as a full date, found none, and the parse failed
    text = "ที่ มท ๐๘๙๑.๓/ว ๒๕๕๖\nเรียน ผู้ว่าราชการจังหวัด\nด้วยกรมขอแจ้ง\nวันที่ มีนาคม 2551\n"
    for source in (None, OCR):
        date = run(text, source=source).document.header.date
        assert (date.raw, date.precision) == ("มีนาคม 2551", "month")


def test_a_salutation_with_a_speck_glued_to_its_word_is_read_in_a_scan_only():
    from moukit.parts.salutation import parse_salutation

    with reading(True):
        found = parse_salutation("เรียน. อธิบดีกรมคุมประพฤติ")
        assert (found.word, found.addressee) == ("เรียน", "อธิบดีกรมคุมประพฤติ")
        assert parse_salutation("เรียนรู้. ทุกวัน") is None  # a word that starts like one is not
    assert parse_salutation("เรียน. อธิบดีกรมคุมประพฤติ") is None


@pytest.mark.parametrize(("line", "raw"), [
    ("ที่มท 0808.22/23 1658", "มท 0808.22/23 1658"), ("ทีมท 0808.22/23 1658", "มท 0808.22/23 1658"),
    ("ทรง 100 ปี", None), ("ทีม 123 คน", None),  # words, not a label glued to an agency
])
def test_a_label_glued_to_the_agency_keeps_its_vowel(line, raw):
    from moukit.parts.ref import unread_ref

    with reading(True):
        assert unread_ref(line) == raw
