"""Signer names and signature blocks: the real variants of THAI-FORMATS §2 (Signatures)."""

from __future__ import annotations

import pytest

from moukit.lines import split_lines
from moukit.parts.signatures import parse_name_line, parse_signature

NAME_LINES = [
    # (line, honorific, name)
    ("(นายโชคชัย เตชะธนรัญ) |", "นาย", "โชคชัย เตชะธนรัญ"),  # seed 001: stray "|" from the PDF
    ("(นางสาวดวงพร เสงบุญพันธ์)", "นางสาว", "ดวงพร เสงบุญพันธ์"),
    ("( นายสมพร  ไร่ข้างยาง )", "นาย", "สมพร ไร่ข้างยาง"),
    ("พลเอก ประยุทธ์ จันทร์โอชา", "พลเอก", "ประยุทธ์ จันทร์โอชา"),  # corpus 014: no parentheses
    ("พลอากาศเอก ประจิน จั่นตอง", "พลอากาศเอก", "ประจิน จั่นตอง"),  # corpus 008
    ("นายจิรุตม์ วิศาลจิตร", "นาย", "จิรุตม์ วิศาลจิตร"),  # corpus 005
    ("(ศ.ดร.สมชาย ใจดี)", "ศ.ดร.", "สมชาย ใจดี"),
    ("(พลตำรวจเอก ดร. สมชาย  รักษ์ดี)", "พลตำรวจเอก ดร.", "สมชาย รักษ์ดี"),
    ("(ว่าที่ร้อยตรีสมศักดิ์ มั่นคง)", "ว่าที่ร้อยตรี", "สมศักดิ์ มั่นคง"),
    ("ลงชื่อ นายวิชัย ประเสริฐสุข", "นาย", "วิชัย ประเสริฐสุข"),
    ("(ลงชื่อ) ............ (นายวิชัย ประเสริฐสุข)", "นาย", "วิชัย ประเสริฐสุข"),  # signature and name on one line
    ("| (นางเปรมฤดี ชามพูนท)", "นาง", "เปรมฤดี ชามพูนท"),
    ("ทพญ.จันทนา อึ้งชูศักดิ์", "ทพญ.", "จันทนา อึ้งชูศักดิ์"),  # seed 004
    ("ส.อ.นครไทย ยวนแห่ว", "ส.อ.", "นครไทย ยวนแห่ว"),  # corpus 022
    ("(นายคุณากร สุขดี)", "นาย", "คุณากร สุขดี"),  # คุณ… is the first name, not a second title
    ("(ธีระเกียรติ เจริญเศรษฐศิลป์)", None, "ธีระเกียรติ เจริญเศรษฐศิลป์"),  # in parentheses, no title
]
NOT_NAMES = [
    "นายกรัฐมนตรี",  # a position, not นาย + name
    "รองอธิบดี รักษาการแทน",
    "อธิบดีกรมส่งเสริมการปกครองท้องถิ่น",
    "ขอแสดงความนับถือ",
    "กระทรวงมหาดไทย",
    "(สสส.)",
]


@pytest.mark.parametrize("line,honorific,name", NAME_LINES, ids=[row[0] for row in NAME_LINES])
def test_name_line(line, honorific, name):
    found = parse_name_line(line)
    if name is None:
        assert found is None
    else:
        assert (found.honorific, found.name) == (honorific, name)


@pytest.mark.parametrize("line", NOT_NAMES)
def test_not_a_name_line(line):
    assert parse_name_line(line) is None


SIGNATURE_BLOCKS = [
    # (block, positions) — the position lines printed under the name, acting forms included
    ("(นายโชคชัย เตชะธนรัญ) |\nรองอธิบดี รักษาการแทน\nอธิบดีกรมส่งเสริมการปกครองท้องถิ่น\n\nสำนัก…",
     ("รองอธิบดี รักษาการแทน", "อธิบดีกรมส่งเสริมการปกครองท้องถิ่น")),
    ("(นายสมชาย ใจดี)\nรองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน\nผู้ว่าราชการจังหวัดเลย",
     ("รองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน", "ผู้ว่าราชการจังหวัดเลย")),
    ("(นางสาวสมศรี ใจดี)\nผู้อำนวยการกองคลัง\nโทร. ๐ ๒๒๔๑ ๙๐๐๐", ("ผู้อำนวยการกองคลัง",)),
    ("(นายก ข)\n(นายค ง)", ()),  # the next name starts the next block
]


@pytest.mark.parametrize("block,positions", SIGNATURE_BLOCKS, ids=range(len(SIGNATURE_BLOCKS)))
def test_signature_block_positions(block, positions):
    from moukit.parts.footer import FOOTER_LABEL

    lines = split_lines(block)
    signatory, end = parse_signature(lines, 0, stop=FOOTER_LABEL)
    assert signatory.positions == positions
    assert signatory.lines == (1, 1 + len(positions))
    assert end == 1 + len(positions)
