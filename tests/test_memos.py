"""Memos (บันทึกข้อความ) as they come back signed (issue 12): the ที่/วันที่ line, stray marks in
header values, the approval blocks under the signature (endorsements), several signers.

The files in tests/data/memos/ are written on the forms schools and offices use (README there);
the corpus holds no real memo.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from moukit import parse_file, parse_text
from moukit.lines import split_lines
from moukit.parts.signatures import read_signers, sign_roles
from moukit.parts.values import clean_value

MEMOS = Path(__file__).parent / "data" / "memos"


def memo(name: str):
    doc = parse_file(MEMOS / name)
    assert doc.kind == "memo"
    return doc


def test_approval_blocks_are_endorsements_and_the_author_stays_the_signer():
    doc = memo("memo-approval-blocks.txt")
    assert [s.name for s in doc.signatories] == ["สมชาย ใจดี"]
    assert doc.signatories[0].positions == ("ครู",)
    assert [e.heading for e in doc.endorsements] == [
        "ความคิดเห็นของรองผู้อำนวยการกลุ่มบริหารงานบุคคล", "คำสั่ง/ความเห็นของผู้อำนวยการโรงเรียน"]
    opinion, order = doc.endorsements
    assert opinion.text == "เห็นควรอนุญาต"
    assert opinion.signer.name == "สมศรี รักงาน" and opinion.signer.positions == ("รองผู้อำนวยการ",)
    assert opinion.date.iso == "2024-11-16"
    assert order.text == "[ ] อนุญาต [ ] ไม่อนุญาต"
    assert order.signer.name == "ประเสริฐ มั่นคง" and order.date is None
    # the body ends with the memo's own text: no signing line, no approval in it
    assert doc.body[-1].text == "จึงเรียนมาเพื่อโปรดพิจารณาอนุญาต"
    assert doc.unparsed == () and doc.lines == (1, 26)


def test_ref_and_date_line_is_not_the_issuers_address():
    doc = memo("memo-approval-blocks.txt")
    assert doc.header.issuer.name == "โรงเรียนบ้านหนองโน"
    assert doc.header.issuer.address == "อำเภอเมือง จังหวัดมหาสารคาม"  # the stray " ." is gone
    assert doc.header.ref.raw == "มค ๐๐๓๒.๑/พิเศษ"
    assert doc.header.date.iso == "2024-11-15"
    assert doc.header.lines.ref == doc.header.lines.date == (3, 3)


def test_a_blank_number_gives_no_ref_and_the_label_stays_out_of_the_issuer():
    doc = memo("memo-side-by-side-forwarded.txt")
    assert doc.header.issuer.name == "กลุ่มบริหารงานทั่วไป โรงเรียนสารคามพิทยาคม"
    assert doc.header.issuer.address is None
    assert doc.header.ref is None and doc.header.date.iso == "2024-10-03"


def test_two_signers_side_by_side_and_a_forwarding_note():
    doc = memo("memo-side-by-side-forwarded.txt")
    assert [(s.name, s.positions) for s in doc.signatories] == [
        ("เอ บีซี", ("ผู้ตรวจรับ",)), ("ดี อีเอฟ", ("ผู้ตรวจรับ",))]
    (note,) = doc.endorsements
    assert note.heading == "เรียน ผู้อำนวยการโรงเรียน" and note.text == "เพื่อโปรดพิจารณา"
    assert note.signer.name == "จี เอชไอ" and note.signer.positions == ("หัวหน้าเจ้าหน้าที่",)
    assert note.date.raw == "๔ ต.ค. ๖๗"


def test_three_committee_signers_and_a_date_without_its_day():
    doc = memo("memo-committee-inspection.txt")
    assert [(s.name, s.positions) for s in doc.signatories] == [
        ("ก ขคง", ("ประธานกรรมการ",)), ("จ ฉชซ", ("กรรมการ",)), ("ฌ ญฎฏ", ("กรรมการ",))]
    assert doc.signatories[0].lines == (11, 12)  # from the signing line
    assert (doc.header.date.iso, doc.header.date.precision) == ("2024-11", "month")
    assert [e.signer.name for e in doc.endorsements] == ["ประเสริฐ มั่นคง"]


@pytest.mark.parametrize("path", sorted(MEMOS.glob("*.txt")), ids=lambda p: p.stem)
def test_no_memo_reports_an_approver_as_its_author(path):
    doc = memo(path.name)
    approvers = {e.signer.name for e in doc.endorsements if e.signer}
    assert doc.signatories and not approvers & {s.name for s in doc.signatories}
    assert doc.unparsed == ()


def test_a_memo_without_approval_blocks_is_read_as_before():
    doc = parse_file(Path(__file__).parent / "data" / "letters" / "memo-travel-approval.txt")
    assert doc.endorsements == () and [s.name for s in doc.signatories] == ["สมศรี ใจดี"]


def test_a_blank_approval_signature_has_no_signer():
    text = ("บันทึกข้อความ\nส่วนราชการ  กองคลัง\nที่  กค ๐๔๐๑/๑๒  วันที่  ๓ มกราคม ๒๕๖๘\nเรื่อง  ขออนุมัติ\n"
            "เรียน  อธิบดี\n\n        ขออนุมัติจัดซื้อ\n\n          (นายสมชาย  ใจดี)\n          นักวิชาการเงินและบัญชี\n\n"
            "ความเห็นของผู้อำนวยการกอง\n..............................\n          ลงชื่อ.......................\n"
            "          (.......................)\n")
    doc = parse_text(text)
    assert [s.name for s in doc.signatories] == ["สมชาย ใจดี"]
    (block,) = doc.endorsements
    assert block.signer is None and block.lines == (12, 15)
    assert doc.unparsed == ()


@pytest.mark.parametrize(("text", "roles"), [
    ("ลงชื่อ...............................", [""]),
    ("ลงชื่อ.......................ผู้ตรวจรับ     ลงชื่อ.......................ผู้ตรวจรับ", ["ผู้ตรวจรับ", "ผู้ตรวจรับ"]),
    ("(ลงชื่อ) ____________ ประธานกรรมการ", ["ประธานกรรมการ"]),
    ("ลงชื่อ (นายสมชาย ใจดี)", None),  # a name, not a bare signing line
    ("ลงชื่อเข้าร่วมประชุม", None),  # a word of text
])
def test_sign_roles(text, roles):
    assert sign_roles(text) == roles


def test_names_side_by_side_split_their_positions_by_column():
    lines = split_lines("ลงชื่อ..........ผู้รับ          ลงชื่อ..........ผู้ส่ง\n"
                        "   (นายเอ  บีซี)                 (นางดี  อีเอฟ)\n"
                        "   ครูชำนาญการ                   ครูผู้ช่วย\n"
                        "                                 หัวหน้างาน\n")
    found = read_signers(lines, 0)
    assert [(s.name, s.positions) for s in found.signatories] == [
        ("เอ บีซี", ("ผู้รับ", "ครูชำนาญการ")), ("ดี อีเอฟ", ("ผู้ส่ง", "ครูผู้ช่วย", "หัวหน้างาน"))]


@pytest.mark.parametrize(("value", "cleaned"), [
    ("โรงเรียนบ้านหนองโน อำเภอเมือง จังหวัดมหาสารคาม .", "โรงเรียนบ้านหนองโน อำเภอเมือง จังหวัดมหาสารคาม"),
    ("ศธ 04133/4413)", "ศธ 04133/4413"),
    ("(สำนักงานเขต", "สำนักงานเขต"),
    ("สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน (สพฐ.)", "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน (สพฐ.)"),
    ("กองคลัง |", "กองคลัง"),
])
def test_stray_marks_leave_header_values(value, cleaned):
    assert clean_value(value) == cleaned


MEMO_TAIL = ("ที่ ศธ ๐๔๑๓๓/๑๒   วันที่ ๓ ตุลาคม ๒๕๖๗\nเรื่อง ขออนุญาต\nเรียน ผู้อำนวยการ\n\n"
             "        ขออนุญาตลา\n\n        (นายสมชาย ใจดี)\n        ครู\n")


@pytest.mark.parametrize("head", [
    pytest.param("บันทึกข้อความ\nส่วนราชการ/หน่วยงาน  โรงเรียนบ้านหนองโน\n", id="double-label"),
    pytest.param("บันทึกข้อความ\nส่วนราชการ...........โรงเรียนบ้านหนองโน...........\n", id="dotted-leaders"),
    pytest.param("บันทึกข้อความ\nหน่วยงาน  โรงเรียนบ้านหนองโน\n", id="หน่วยงาน"),
    pytest.param("บันทึกข้อความ      ส่วนราชการ  โรงเรียนบ้านหนองโน\n", id="label-beside-the-title"),
])
def test_the_issuer_label_stays_out_of_the_issuer(head):
    doc = parse_text(head + MEMO_TAIL)
    assert doc.kind == "memo" and doc.title == "บันทึกข้อความ"
    assert doc.header.issuer.name == "โรงเรียนบ้านหนองโน"
    assert doc.unparsed == () and not [w for w in doc.warnings if w.code == "beside_title"]


def test_signers_named_on_the_signing_line():
    # "ลงชื่อ นายสมชาย ใจดี": no parentheses; the approver under the memo is still no author
    text = ("บันทึกข้อความ\nส่วนราชการ กองคลัง\nที่ กค ๐๔๐๑/๑๒  วันที่ ๓ มกราคม ๒๕๖๘\nเรื่อง ขออนุมัติ\n"
            "เรียน อธิบดี\n\n        ขออนุมัติจัดซื้อ\n\n          ลงชื่อ นายสมชาย ใจดี\n          นักวิชาการเงินและบัญชี\n\n"
            "          ลงชื่อ นางสาวมาลี ดีใจ\n          เจ้าพนักงานพัสดุ\n\n"
            "ความเห็นของผู้อำนวยการกอง\nเห็นควรอนุมัติ\n          ลงชื่อ นางสมศรี รักงาน\n          ผู้อำนวยการกองคลัง\n")
    doc = parse_text(text)
    assert [(s.name, s.positions) for s in doc.signatories] == [
        ("สมชาย ใจดี", ("นักวิชาการเงินและบัญชี",)), ("มาลี ดีใจ", ("เจ้าพนักงานพัสดุ",))]
    (approval,) = doc.endorsements
    assert (approval.text, approval.signer.name) == ("เห็นควรอนุมัติ", "สมศรี รักงาน")
    assert [b.text for b in doc.body] == ["ขออนุมัติจัดซื้อ"] and doc.unparsed == ()
