"""รายงานการประชุม (kind ``minutes``): the Phitsanulok council minutes (corpus/022, PDF text
in layout mode) and a small cleanly typed text, field by field."""

from __future__ import annotations

import pytest

from moukit import parse_file, parse_text
from moukit.kinds.minutes.parser import parse_minutes
from moukit.lines import split_lines
from moukit.stages.normalize import normalize_text
from moukit.notes import Notes
from moukit.kinds.minutes.attendance import join_cell_lines, match_heading, parse_row, split_title

from .conftest import CORPUS

# -- corpus/022 -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def council():
    return parse_file(CORPUS / "022.txt")


def _people(doc):
    return {person.name: person for group in ("present", "absent", "attending")
            for person in getattr(doc.meeting, group)}


def test_council_is_minutes_with_its_title(council):
    assert council.kind == "minutes"
    assert council.title == "รายงานการประชุมสภาเทศบาลนครพิษณุโลก สมัยสามัญ สมัยแรก ครั้งที่ ๑ ประจำปี ๒๕๖๗"
    assert council.title_lines == (1, 2)


def test_council_meeting_fields(council):
    meeting = council.meeting
    assert meeting.number == "๑"  # the session (สมัยสามัญ สมัยแรก) and year stay in the title
    assert meeting.date.raw == "๑๔ เดือน กุมภาพันธ์ ๒๕๖๗"
    assert meeting.date.iso == "2024-02-14"
    assert meeting.date.year_be == 2567
    assert council.header.date == meeting.date
    assert council.header.lines.date == (3, 4)  # date line and place line
    assert meeting.place == "ห้องประชุมสภาเทศบาลนครพิษณุโลก"
    assert meeting.started == "๑๔.๐๐ น."  # "เวลา ๑๔.๐๐ น." on the date line: no เริ่มประชุมเวลา line
    assert meeting.ended == "๑๖.00 น."  # digits as printed


def test_council_attendance_counts(council):
    meeting = council.meeting
    assert len(meeting.present) == 23
    assert len(meeting.absent) == 2
    # ๑.–๕. on page 1, ๖.–๓๘. after the page break ("- ๒ -")
    assert len(meeting.attending) == 38
    assert [p.lines[0] for p in meeting.attending[4:6]] == [38, 41]


def test_council_absent_rows_carry_their_notes(council):
    assert [(p.honorific, p.name, p.position, p.note, p.lines) for p in council.meeting.absent] == [
        ("นาย", "ศิราวัฒน์ น้อยวงศ์", "สมาชิกสภาเทศบาลฯ", "(ลากิจ)", (30, 31)),  # heading line 30
        ("นาย", "รวย พฤกษวรรณ", "สมาชิกสภาเทศบาลฯ", "(ลากิจ)", (32, 32)),
    ]


@pytest.mark.parametrize(
    "name,honorific,position,lines",
    [
        # the first row of a list holds the list's heading line
        ("เขมชาติ นิธิวรรณ", "นาย", "ประธานสภาเทศบาลนครพิษณุโลก", (6, 7)),
        ("จรวรรณ สิรีรัตน์", "น.ส.", "สมาชิกสภาเทศบาลฯ", (21, 21)),
        ("นครไทย ยวนแห่ว", "ส.อ.", "เลขานุการสภาเทศบาลฯ", (29, 29)),
        ("เปรมฤดี ชามพูนท", "นาง", "นายกเทศมนตรีนครพิษณุโลก", (33, 34)),
        ("กฤษณะ ไกยสิทธิ์", "นาย", "ผอ.สำนักสาธารณสุขและสิ่งแวดล้อม", (45, 45)),  # "๑๐.นายกฤษณะ"
        ("สิรภัทร บุญธรรม", "นางสาว", "ผอ.กองสวัสดิการสังคม", (48, 48)),
        # a wrapped position cell: the continuation line joined, its line in the span
        ("ศุภกร ใจทัน", "นางสาว", "ผอ.ส่วนส่งเสริมอนามัยสิ่งแวดล้อม สำนักสาธารณสุขและสิ่งแวดล้อม", (52, 53)),
        # rank with หญิง, last name after one space; the cell wraps inside a word
        ("กฤติกา มีมาก", "พ.จ.อ.หญิง", "ผอ.ส่วนส่งเสริมสาธารณสุขฯ สำนักสาธารณสุขและสิ่งแวดล้อม", (54, 55)),
        ("นคร จีนใจตรง", "พ.อ.ท.", "หัวหน้าฝ่ายปกครอง สำนักปลัดเทศบาล", (67, 67)),
        ("คุณากร พูลทวี", "นาย", "จพง.ธุรการชำนาญงาน สำนักปลัดเทศบาล", (72, 72)),
        ("อานนท์ คำฟัก", "นาย", "จพง.ธุรการชำนาญงาน สำนักปลัดเทศบาล", (75, 75)),
    ],
    ids=lambda value: value if isinstance(value, str) and " " in value else None,
)
def test_council_rows(council, name, honorific, position, lines):
    person = _people(council)[name]
    assert (person.honorific, person.position, person.note, person.lines) == (honorific, position, None, lines)


AGENDA = [("ระเบียบวาระที่ 1", "1"), ("ระเบียบวาระที่ 2", "2"), ("ระเบียบวาระที่ 3", "3"),
          ("ระเบียบวาระที่ ๔", "4"), ("ระเบียบวาระที่ ๕", "5"), ("ระเบียบวาระที่ ๖", "6"),
          ("ระเบียบวาระที่ ๗", "7"), ("ระเบียบวาระที่ ๘", "8"), ("ระเบียบวาระที่ ๙", "9"),
          ("ระเบียบวาระที่ ๑๐", "10"), ("ระเบียบวาระที่ ๑๑", "11")]


def test_council_agenda_items(council):
    clauses = [block for block in council.body if block.type == "clause"]
    assert [(c.label, c.number) for c in clauses] == AGENDA
    assert all(not c.children for c in clauses)
    assert (clauses[0].text, clauses[0].lines) == ("เรื่องที่ประธานจะแจ้งต่อที่ประชุม", (100, 100))
    assert clauses[1].text == ("เรื่องรับรองรายงานการประชุมสภาเทศบาล สมัยวิสามัญ สมัยที่ ๓ ครั้งที่ ๑ ประจำปี 25๖๖ "
                               "เมื่อวันอังคารที่ ๒๖ ธันวาคม 25๖๖")
    assert clauses[1].lines == (104, 105)
    assert clauses[3].lines == (164, 166)
    assert clauses[10].text == "เรื่องอื่นๆ (ถ้ามี)"


def test_council_speaker_turns_are_paragraphs_in_order(council):
    body = council.body
    assert body[0].type == "paragraph" and body[0].lines == (78, 90)
    assert body[0].text.startswith("ส.อ.นครไทย ยวนแห่ว (เลขานุการสภาเทศบาล): "
                                   "เรียนท่านประธานสภาเทศบาลนครพิษณุโลกที่เคารพ")
    after_item_1 = body[[b.type for b in body].index("clause") + 1]
    assert after_item_1.lines == (101, 102)
    assert after_item_1.text == ("นายเขมชาติ นิธิวรรณ (ประธานสภาเทศบาล): การประชุมวันนี้มีสมาชิกสภาฯ ขอลาประชุม "
                                 "จำนวน ๒ ท่าน คือ นายศิราวัฒน์ น้อยวงศ์ นายรวย พฤกษวรรณ ต่อไปเป็นระเบียบวาระที่ 2")
    # "ระเบียบวาระที่ ๕" closing a speech (line 195) is speech, not an agenda item
    turn = next(b for b in body if b.lines == (190, 195))
    assert turn.text.endswith("ต่อไประเบียบวาระที่ ๕")
    # page ๘ prints the speech full width, from column 0: still the same turn
    assert any(b.lines == (254, 306) for b in body)
    assert [b.text for b in body if b.lines == (535, 535)] == ["เลิกประชุมเวลา ๑๖.00 น."]


def test_council_recorder_and_other_signers(council):
    signers = council.signatories
    recorder = [s for s in signers if s.role == "recorder"]
    assert [(s.honorific, s.name, s.positions, s.lines) for s in recorder] == [
        ("นาย", "อานนท์ คำฟัก", ("เจ้าพนักงานธุรการชำนาญงาน",), (536, 538))]
    checkers = [(s.name, s.positions) for s in signers if s.role == "checker"]
    assert checkers[0] == ("กมลศิกานต์ อัครสุภาเศรษฐ์", ("หัวหน้าสำนักปลัดเทศบาล",))
    # the committee that checked the minutes signs under its note (lines 546-547)
    assert checkers[1:] == [
        ("ไพบูลย์ รังสิกรรพุม", ("ประธานกรรมการ",)), ("ธานี สนั่นนาม", ("กรรมการ",)),
        ("รวย พฤกษวรรณ", ("กรรมการ",)), ("ปรีชา วชิราศรีศิริกุล", ("กรรมการ",)),
        ("สุนิพล ดีบ้านคลอง", ("กรรมการ",)), ("สุรินทร์ ชัยวีระไทย", ("กรรมการ",)),
        ("พีระชัย รอบบรรเจิด", ("กรรมการและเลขานุการ",)),
    ]
    secretary = next(s for s in signers if s.name == "นครไทย ยวนแห่ว")
    # "(ลงชื่อ) ส.อ.   เลขานุการสภาเทศบาล" / "(นครไทย ยวนแห่ว)" / "ปลัดเทศบาลนครพิษณุโลก"
    assert (secretary.honorific, secretary.positions, secretary.role, secretary.lines) == (
        "ส.อ.", ("เลขานุการสภาเทศบาล", "ปลัดเทศบาลนครพิษณุโลก"), "signer", (543, 545))
    chair = signers[-1]
    assert (chair.name, chair.positions, chair.role, chair.lines) == (
        "เขมชาติ นิธิวรรณ", ("ประธานสภาเทศบาลนครพิษณุโลก",), "certifier", (571, 573))


def test_council_notes_between_signatures_are_paragraphs(council):
    assert [b.lines for b in council.body[-2:]] == [(546, 547), (567, 568)]


def test_council_leaves_only_page_numbers_unparsed(council):
    assert {w.code for w in council.warnings} == {"page_furniture"}
    assert all(p.text.startswith("- ") and p.text.endswith(" -") for p in council.unparsed)


# -- a typed text -----------------------------------------------------------------------------

TYPED = """\
รายงานการประชุมคณะกรรมการพัฒนาเทศบาลตำบลบ้านใหม่
ครั้งที่ ๒/๒๕๖๗
เมื่อวันศุกร์ที่ ๘ มีนาคม ๒๕๖๗
ณ ห้องประชุมเทศบาลตำบลบ้านใหม่
ผู้มาประชุม
    ๑. นายสมชาย        ใจดี          ประธานกรรมการ
    ๒. นางสาวสมศรี     ใจงาม         กรรมการ
    ๓. ว่าที่ร้อยตรีสมหมาย  มั่นคง     กรรมการและเลขานุการ
ผู้ไม่มาประชุม
    ๑. นายวิชัย         กล้าหาญ       กรรมการ (ลาป่วย)
ผู้เข้าร่วมประชุม
    ๑. นางมาลี          ศรีสุข         ผู้อำนวยการกองคลัง
เริ่มประชุมเวลา ๐๙.๓๐ น.
ระเบียบวาระที่ ๑    เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ
นายสมชาย ใจดี       แจ้งให้ที่ประชุมทราบว่า เทศบาลได้รับจัดสรรงบประมาณเพิ่มเติม
ประธานกรรมการ       สำหรับโครงการพัฒนาแหล่งน้ำ
มติที่ประชุม          รับทราบ
ระเบียบวาระที่ ๒    เรื่องเพื่อพิจารณา
๒.๑ ขออนุมัติโครงการขุดลอกคลองบ้านใหม่
นางมาลี ศรีสุข       ชี้แจงว่า โครงการนี้ใช้งบประมาณ ๕๐๐,๐๐๐ บาท
ผู้อำนวยการกองคลัง
มติที่ประชุม          อนุมัติ
เลิกประชุมเวลา ๑๑.๓๐ น.

                         (ลงชื่อ)  สมศรี ใจงาม        ผู้จดรายงานการประชุม
                                (นางสาวสมศรี ใจงาม)
                                  นักจัดการงานทั่วไป
                         (ลงชื่อ) ..................  ผู้ตรวจรายงานการประชุม
                                 (นายสมชาย ใจดี)
                                  ประธานกรรมการ
"""


@pytest.fixture(scope="module")
def typed():
    return parse_text(TYPED).model_dump(mode="json")


def test_typed_heading(typed):
    assert typed["kind"] == "minutes"
    assert typed["title"] == "รายงานการประชุมคณะกรรมการพัฒนาเทศบาลตำบลบ้านใหม่ ครั้งที่ ๒/๒๕๖๗"
    assert typed["title_lines"] == [1, 2]
    assert typed["header"]["date"] == {"raw": "๘ มีนาคม ๒๕๖๗", "iso": "2024-03-08", "year_be": 2567, "precision": "day"}
    assert typed["header"]["lines"]["date"] == [3, 4]


def test_typed_meeting(typed):
    meeting = typed["meeting"]
    assert {key: meeting[key] for key in ("number", "date", "place", "started", "ended")} == {
        "number": "๒/๒๕๖๗",
        "date": {"raw": "๘ มีนาคม ๒๕๖๗", "iso": "2024-03-08", "year_be": 2567, "precision": "day"},
        "place": "ห้องประชุมเทศบาลตำบลบ้านใหม่",
        "started": "๐๙.๓๐ น.",
        "ended": "๑๑.๓๐ น.",
    }
    assert meeting["present"] == [
        {"honorific": "นาย", "name": "สมชาย ใจดี", "position": "ประธานกรรมการ", "note": None, "lines": [5, 6]},
        {"honorific": "นางสาว", "name": "สมศรี ใจงาม", "position": "กรรมการ", "note": None, "lines": [7, 7]},
        {"honorific": "ว่าที่ร้อยตรี", "name": "สมหมาย มั่นคง", "position": "กรรมการและเลขานุการ", "note": None,
         "lines": [8, 8]},
    ]
    assert meeting["absent"] == [
        {"honorific": "นาย", "name": "วิชัย กล้าหาญ", "position": "กรรมการ", "note": "(ลาป่วย)", "lines": [9, 10]}]
    assert meeting["attending"] == [
        {"honorific": "นาง", "name": "มาลี ศรีสุข", "position": "ผู้อำนวยการกองคลัง", "note": None, "lines": [11, 12]}]


def test_typed_body(typed):
    assert typed["body"] == [
        {"type": "paragraph", "text": "เริ่มประชุมเวลา ๐๙.๓๐ น.", "lines": [13, 13]},
        {"type": "clause", "label": "ระเบียบวาระที่ ๑", "number": "1", "text": "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
         "lines": [14, 14], "children": []},
        {"type": "paragraph", "lines": [15, 16],
         "text": "นายสมชาย ใจดี (ประธานกรรมการ): แจ้งให้ที่ประชุมทราบว่า เทศบาลได้รับจัดสรรงบประมาณเพิ่มเติม"
                 "สำหรับโครงการพัฒนาแหล่งน้ำ"},
        {"type": "paragraph", "text": "มติที่ประชุม: รับทราบ", "lines": [17, 17]},
        {"type": "clause", "label": "ระเบียบวาระที่ ๒", "number": "2", "text": "เรื่องเพื่อพิจารณา", "lines": [18, 18],
         "children": [{"type": "clause", "label": "๒.๑", "number": "2.1", "text": "ขออนุมัติโครงการขุดลอกคลองบ้านใหม่",
                       "lines": [19, 19], "children": []}]},
        {"type": "paragraph", "lines": [20, 21],
         "text": "นางมาลี ศรีสุข (ผู้อำนวยการกองคลัง): ชี้แจงว่า โครงการนี้ใช้งบประมาณ ๕๐๐,๐๐๐ บาท"},
        {"type": "paragraph", "text": "มติที่ประชุม: อนุมัติ", "lines": [22, 22]},
        {"type": "paragraph", "text": "เลิกประชุมเวลา ๑๑.๓๐ น.", "lines": [23, 23]},
    ]


def test_typed_signatories(typed):
    assert typed["signatories"] == [
        {"honorific": "นางสาว", "name": "สมศรี ใจงาม", "positions": ["นักจัดการงานทั่วไป"], "party": None,
         "role": "recorder", "lines": [25, 27]},
        {"honorific": "นาย", "name": "สมชาย ใจดี", "positions": ["ประธานกรรมการ"], "party": None,
         "role": "checker", "lines": [28, 30]},
    ]


def test_typed_parses_fully(typed):
    assert typed["unparsed"] == []
    assert typed["warnings"] == []


def test_empty_list_and_text_above_the_title_are_kept():
    text = "สำเนา\nรายงานการประชุมคณะทำงาน\nครั้งที่ ๓/๒๕๖๗\nผู้มาประชุม\n  ๑. นายสมชาย  ใจดี  ประธาน\n" \
           "ผู้ไม่มาประชุม\n  - ไม่มี -\nเริ่มประชุมเวลา ๑๓.๓๐ น.\n"
    notes = Notes()
    doc = parse_minutes("minutes", split_lines(normalize_text(text)), notes)
    doc = doc.model_copy(update={"unparsed": tuple(notes.unparsed)})
    assert doc.title == "รายงานการประชุมคณะทำงาน ครั้งที่ ๓/๒๕๖๗"
    assert [p.lines for p in doc.unparsed] == [(1, 1), (6, 7)]
    assert doc.meeting.absent == () and len(doc.meeting.present) == 1
    assert doc.meeting.started == "๑๓.๓๐ น."


# -- attendance rows --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "row,expected",
    [
        ("๑. นายเขมชาติ          นิธิวรรณ                  ประธานสภาเทศบาลนครพิษณุโลก",
         ("นาย", "เขมชาติ นิธิวรรณ", ["ประธานสภาเทศบาลนครพิษณุโลก"], None)),
        ("๑๕. น.ส.จรวรรณ         สิรีรัตน์                 สมาชิกสภาเทศบาลฯ",
         ("น.ส.", "จรวรรณ สิรีรัตน์", ["สมาชิกสภาเทศบาลฯ"], None)),
        ("๒๓. ส.อ.นครไทย         ยวนแห่ว                   เลขานุการสภาเทศบาลฯ",
         ("ส.อ.", "นครไทย ยวนแห่ว", ["เลขานุการสภาเทศบาลฯ"], None)),
        ("๑. นายศิราวัฒน์        น้อยวงศ์                  สมาชิกสภาเทศบาลฯ (ลากิจ)",
         ("นาย", "ศิราวัฒน์ น้อยวงศ์", ["สมาชิกสภาเทศบาลฯ"], "(ลากิจ)")),
        ("๑๐.นายกฤษณะ          ไกยสิทธิ์          ผอ.สำนักสาธารณสุขและสิ่งแวดล้อม",
         ("นาย", "กฤษณะ ไกยสิทธิ์", ["ผอ.สำนักสาธารณสุขและสิ่งแวดล้อม"], None)),
        ("๑๘. พ.จ.อ.หญิงกฤติกา มีมาก              ผอ.ส่วนส่งเสริมสาธารณสุขฯ สำนักสาธารณสุขและ",
         ("พ.จ.อ.หญิง", "กฤติกา มีมาก", ["ผอ.ส่วนส่งเสริมสาธารณสุขฯ สำนักสาธารณสุขและ"], None)),
        ("๓๐. พ.อ.ท.นคร        จีนใจตรง           หัวหน้าฝ่ายปกครอง สำนักปลัดเทศบาล",
         ("พ.อ.ท.", "นคร จีนใจตรง", ["หัวหน้าฝ่ายปกครอง สำนักปลัดเทศบาล"], None)),
        ("๑๓. นางสาวสิรภัทร    บุญธรรม            ผอ.กองสวัสดิการสังคม",
         ("นางสาว", "สิรภัทร บุญธรรม", ["ผอ.กองสวัสดิการสังคม"], None)),
        ("๓๕. นายคุณากร        พูลทวี             จพง.ธุรการชำนาญงาน สำนักปลัดเทศบาล",
         ("นาย", "คุณากร พูลทวี", ["จพง.ธุรการชำนาญงาน สำนักปลัดเทศบาล"], None)),
        ("๓. ว่าที่ร้อยตรีสมหมาย  มั่นคง  กรรมการ", ("ว่าที่ร้อยตรี", "สมหมาย มั่นคง", ["กรรมการ"], None)),
        ("๑. นายสมชาย ใจดี ประธานกรรมการ", ("นาย", "สมชาย ใจดี", ["ประธานกรรมการ"], None)),
        ("๒. นายสมชาย ณ ระนอง   กรรมการ", ("นาย", "สมชาย ณ ระนอง", ["กรรมการ"], None)),
        ("๒. นายวิชัย  กล้าหาญ  กรรมการ  ลาป่วย", ("นาย", "วิชัย กล้าหาญ", ["กรรมการ"], "ลาป่วย")),
        ("๔. นางมาลี  ศรีสุข", ("นาง", "มาลี ศรีสุข", [], None)),
        ("นางมาลี  ศรีสุข  ผู้อำนวยการกองคลัง", ("นาง", "มาลี ศรีสุข", ["ผู้อำนวยการกองคลัง"], None)),
        ("๑. เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", None),
        ("ระเบียบวาระที่ ๑    เรื่องที่ประธานแจ้ง", None),
        ("นายกเทศมนตรี  แจ้งว่า", None),
    ],
    ids=["plain", "n.s.", "rank-so", "note", "number-glued", "rank-female", "rank-unlisted", "nangsao",
         "nai-khun", "waa-thi", "single-spaced", "na-surname", "note-cell", "no-position", "unnumbered",
         "numbered-text", "agenda", "office"],
)
def test_parse_row(row, expected):
    assert parse_row(row) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("ผู้มาประชุม", ("present", "")),
        ("ผู้ไม่มาประชุม", ("absent", "")),
        ("ผู้เข้าร่วมประชุม", ("attending", "")),
        ("รายชื่อผู้มาประชุม : จำนวน ๒๓ คน", ("present", "จำนวน ๒๓ คน")),
        ("ผู้ที่ไม่มาประชุม", ("absent", "")),
        ("ผู้ลาประชุม", ("absent", "")),
        ("ผู้ร่วมประชุม", ("attending", "")),
        ("ผู้ทรงเกียรติทุกท่าน", None),
    ],
)
def test_match_heading(text, expected):
    assert match_heading(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("พ.จ.อ.หญิงกฤติกา มีมาก", ("พ.จ.อ.หญิง", "กฤติกา มีมาก")),
        ("พ.อ.ต.สุริยน", ("พ.อ.ต.", "สุริยน")),
        ("น.ส.ณัฐทรัชต์", ("น.ส.", "ณัฐทรัชต์")),
        ("นายคุณากร", ("นาย", "คุณากร")),
        ("ร.ต.อ.ดร.สมชาย", ("ร.ต.อ.ดร.", "สมชาย")),
        ("สมาชิกสภาเทศบาลฯ", (None, "สมาชิกสภาเทศบาลฯ")),
    ],
)
def test_split_title(text, expected):
    assert split_title(text) == expected


@pytest.mark.parametrize(
    "parts,expected",
    [
        (["ผอ.ส่วนส่งเสริมอนามัยสิ่งแวดล้อม", "สำนักสาธารณสุขและสิ่งแวดล้อม"],
         "ผอ.ส่วนส่งเสริมอนามัยสิ่งแวดล้อม สำนักสาธารณสุขและสิ่งแวดล้อม"),
        (["ผอ.ส่วนส่งเสริมสาธารณสุขฯ สำนักสาธารณสุขและ", "สิ่งแวดล้อม"],
         "ผอ.ส่วนส่งเสริมสาธารณสุขฯ สำนักสาธารณสุขและสิ่งแวดล้อม"),
        (["เรื่องรายงานการประกาศใช้แผนพัฒนาท้องถิ่น ฉบับทบทวน", "พ.ศ. ๒๕๖๖ เพิ่มเติม"],
         "เรื่องรายงานการประกาศใช้แผนพัฒนาท้องถิ่น ฉบับทบทวน พ.ศ. ๒๕๖๖ เพิ่มเติม"),
    ],
)
def test_join_cell_lines(parts, expected):
    assert join_cell_lines(parts) == expected


def test_a_space_a_pdf_set_before_the_dot_of_a_time_is_not_part_of_it():
    # "เริ่มประชุมเวลา ๐๙ .๓๐ น.": a PDF's text layer put a space before the dot (issue 12)
    spaced = TYPED.replace("เริ่มประชุมเวลา ๐๙.๓๐ น.", "เริ่มประชุมเวลา ๐๙ .๓๐ น.")
    assert spaced != TYPED
    assert parse_text(spaced).meeting.started == "๐๙.๓๐ น."
