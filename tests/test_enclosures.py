"""สิ่งที่ส่งมาด้วย and อ้างถึง: items, quantities and counting words."""

from __future__ import annotations

import pytest

from moukit.lines import split_lines
from moukit.parts.enclosures import parse_enclosure, split_items

ENCLOSURES = [
    # (item text, text, quantity, unit)
    ("สำเนาบันทึกข้อตกลงความร่วมมือ จำนวน ๑ ชุด", "สำเนาบันทึกข้อตกลงความร่วมมือ", 1, "ชุด"),  # seed 001
    ("แบบรายงานผลการเบิกจ่าย จำนวน 2 แผ่น", "แบบรายงานผลการเบิกจ่าย", 2, "แผ่น"),
    ("สำเนาคำสั่ง ๓ ฉบับ", "สำเนาคำสั่ง", 3, "ฉบับ"),
    ("บัญชีรายชื่อ จำนวน ๑๒ รายการ", "บัญชีรายชื่อ", 12, "รายการ"),
    ("ประกาศกระทรวง ลงวันที่ ๑ มีนาคม พ.ศ. ๒๕๖๐", "ประกาศกระทรวง ลงวันที่ ๑ มีนาคม พ.ศ. ๒๕๖๐", None, None),
    ("กำหนดการประชุม", "กำหนดการประชุม", None, None),
    ("แผ่นซีดี จำนวน ๑ แผ่น", "แผ่นซีดี", 1, "แผ่น"),
]


@pytest.mark.parametrize("item,text,quantity,unit", ENCLOSURES, ids=[row[0] for row in ENCLOSURES])
def test_enclosure_quantity(item, text, quantity, unit):
    enclosure = parse_enclosure(item, (1, 1))
    assert (enclosure.text, enclosure.quantity, enclosure.unit) == (text, quantity, unit)


def test_single_item_wraps_over_lines():
    # seed 001, lines 18-21: one unnumbered item wrapped over four lines
    lines = split_lines(
        "สิ่งที่ส่งมาด้วย สำเนาบันทึกข้อตกลงความร่วมมือการส่งเสริม สนับสนุน และพัฒนา\n"
        "ขีดความสามารถขององค์กรปกครองส่วนท้องถิ่น ระหว่าง กรมส่งเสริม\n"
        "การปกครองท้องถิ่น กระทรวงมหาดไทย กับ สำนักงานกองทุนสนับสนุน\n"
        "การสร้างเสริมสุขภาพ (สสส.) จำนวน ๑ ชุด"
    )
    items = split_items(lines, "สำเนาบันทึกข้อตกลงความร่วมมือการส่งเสริม สนับสนุน และพัฒนา")
    assert items == [(
        "สำเนาบันทึกข้อตกลงความร่วมมือการส่งเสริม สนับสนุน และพัฒนาขีดความสามารถขององค์กรปกครองส่วนท้องถิ่น "
        "ระหว่าง กรมส่งเสริมการปกครองท้องถิ่น กระทรวงมหาดไทย กับ สำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ (สสส.) "
        "จำนวน ๑ ชุด",
        (1, 4),
    )]


def test_numbered_items_each_with_its_lines():
    lines = split_lines("อ้างถึง ๑. หนังสือกรม ที่ มท ๐๘๑๖.๒/ว ๑\n๒. หนังสือจังหวัด ที่ ลย ๐๐๒๓/ว ๕\nลงวันที่ ๕ มกราคม ๒๕๖๗")
    items = split_items(lines, "๑. หนังสือกรม ที่ มท ๐๘๑๖.๒/ว ๑")
    assert items == [
        ("หนังสือกรม ที่ มท ๐๘๑๖.๒/ว ๑", (1, 1)),
        ("หนังสือจังหวัด ที่ ลย ๐๐๒๓/ว ๕ ลงวันที่ ๕ มกราคม ๒๕๖๗", (2, 3)),
    ]
