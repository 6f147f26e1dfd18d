"""Documents of every kind, written for these tests (tests/data/constructed, tests/data/letters),
field by field."""

from __future__ import annotations

from pathlib import Path

import pytest

from moukit import parse_file

DATA = Path(__file__).parent / "data"


def parse(name: str):
    return parse_file(DATA / name)


def blocks(doc):
    return [(b.type, getattr(b, "label", None), b.lines) for b in doc.body]


def test_mou_with_three_parties_aliases_and_witnesses():
    doc = parse("constructed/mou-three-parties-witnesses.txt")
    assert doc.kind == "mou"
    assert doc.title == "บันทึกความเข้าใจ"
    assert doc.header.subject == "ความร่วมมือทางวิชาการเพื่อพัฒนาระบบข้อมูลสุขภาพชุมชน"
    assert [(p.name, p.abbreviation, p.alias) for p in doc.parties] == [
        ("มหาวิทยาลัยขอนแก่น กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม", None, "มหาวิทยาลัย"),
        ("สำนักงานสาธารณสุขจังหวัดขอนแก่น", "สสจ.ขก.", None),
        ("องค์การบริหารส่วนจังหวัดขอนแก่น", "อบจ.ขก.", None),
    ]
    clauses = [b for b in doc.body if b.type == "clause"]
    assert [(c.label, c.number) for c in clauses] == [("ข้อ ๑", "1"), ("ข้อ ๒", "2"), ("ข้อ ๓", "3"), ("ข้อ ๔", "4")]
    assert [c.number for c in clauses[0].children] == ["1.1", "1.2"]
    assert [c.label for c in clauses[1].children] == ["(๑)", "(๒)", "(๓)"]
    assert doc.conclusion.copies == 3  # "ทำขึ้นเป็นสามฉบับ"
    assert (doc.signed.date.iso, doc.signed.place) == ("2024-08-15", "มหาวิทยาลัยขอนแก่น")
    people = [(s.honorific, s.name, s.party, s.role) for s in doc.signatories]
    assert people == [
        ("รองศาสตราจารย์ ดร.", "ชาญชัย พานทองวิริยะกุล", 0, "signer"),
        ("นายแพทย์", "สมชาย โชติ", 1, "signer"),
        ("นาย", "วัฒนา พุฒิชาติ", 2, "signer"),
        ("นางสาว", "พรทิพย์ ใจงาม", 0, "witness"),
        ("นาย", "ประเสริฐ ดีมาก", 1, "witness"),
    ]


def test_order_of_a_department():
    doc = parse("constructed/order-department.txt")
    assert doc.kind == "order"
    assert doc.title == "คำสั่งกรมส่งเสริมการปกครองท้องถิ่น"
    assert (doc.header.ref.number, doc.header.ref.year) == ("234", 2567)
    assert doc.header.subject == "แต่งตั้งคณะทำงานพัฒนาระบบสารบรรณอิเล็กทรอนิกส์"
    clauses = [b for b in doc.body if b.type == "clause"]
    assert [(c.number, [k.number for k in c.children]) for c in clauses] == [("1", ["1.1", "1.2", "1.3"]), ("2", ["2.1", "2.2"])]
    assert doc.body[-1].text == "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป"
    assert doc.signed.date.iso == "2024-09-02"
    assert [(s.name, s.positions) for s in doc.signatories] == [("ขจร ศรีชวโนทัย", ("อธิบดีกรมส่งเสริมการปกครองท้องถิ่น",))]


def test_regulation_with_title_on_three_lines():
    doc = parse("constructed/regulation-university.txt")
    assert doc.kind == "regulation"
    # the regulation's name, as its ข้อ ๑ gives it: title, ว่าด้วย line and year
    assert doc.title == "ระเบียบมหาวิทยาลัยเชียงใหม่ ว่าด้วยการใช้ยานพาหนะของมหาวิทยาลัย พ.ศ. ๒๕๖๖"
    assert doc.title_lines == (1, 3) and doc.header.subject is None
    assert doc.body[0].type == "paragraph" and doc.body[0].text.startswith("โดยที่")
    assert [b.number for b in doc.body if b.type == "clause"] == ["1", "2", "3", "4", "5"]
    assert doc.signed.date.iso == "2023-11-10"
    assert doc.signatories[0].honorific == "รองศาสตราจารย์ นายแพทย์"


def test_certificate():
    doc = parse("constructed/certificate-employment.txt")
    assert doc.kind == "certificate"
    assert doc.header.ref.raw == "๑๒/๒๕๖๗"
    assert doc.body[0].text.startswith("หนังสือฉบับนี้ให้ไว้เพื่อรับรองว่า")
    assert doc.signed.date.iso == "2024-03-05"
    assert doc.signatories[0].positions == ("รองนายกเทศมนตรี ปฏิบัติราชการแทน", "นายกเทศมนตรีนครพิษณุโลก")


def test_stamped_letter():
    doc = parse("constructed/stamped-reminder.txt")
    assert doc.kind == "stamped"
    assert doc.header.ref.number == "123" and doc.header.ref.circular
    assert (doc.header.salutation.word, doc.header.salutation.addressee) == ("ถึง", "สำนักงานสาธารณสุขจังหวัดทุกจังหวัด")
    assert doc.header.issuer.name == "สำนักงานปลัดกระทรวงสาธารณสุข"
    assert doc.header.date.iso == "2024-07-20"
    assert len(doc.body) == 1 and doc.signatories == ()
    assert (doc.footer.owner_unit, doc.footer.phone) == (("กองยุทธศาสตร์และแผนงาน",), ("๐ ๒๕๙๐ ๑๒๓๔",))


def test_memo():
    doc = parse("letters/memo-travel-approval.txt")
    assert doc.kind == "memo" and doc.title == "บันทึกข้อความ"
    h = doc.header
    assert h.issuer.name == "กองคลัง กรมส่งเสริมการปกครองท้องถิ่น"
    assert (h.ref.raw, h.ref.number, h.ref.circular) == ("มท ๐๘๐๘.๒/๑๒๓", "123", False)
    assert h.date.iso == "2024-01-10"
    assert h.subject == "ขออนุมัติเดินทางไปราชการเพื่อติดตามการเบิกจ่ายงบประมาณขององค์กรปกครองส่วนท้องถิ่นในพื้นที่ภาคตะวันออกเฉียงเหนือ"
    assert (h.salutation.word, h.salutation.addressee) == ("เรียน", "อธิบดีกรมส่งเสริมการปกครองท้องถิ่น")
    assert doc.footer.phone == ("๐ ๒๒๔๑ ๙๐๐๐ ต่อ ๑๒๓๔",)
    assert [b.label for b in doc.body if b.type == "clause"] == ["๑.", "๒."]
    assert doc.body[-1].text == "จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ"
    assert [(s.honorific, s.name, s.positions) for s in doc.signatories] == [("นางสาว", "สมศรี ใจดี", ("ผู้อำนวยการกองคลัง",))]


def test_urgent_confidential_letter():
    doc = parse("letters/letter-urgent-confidential.txt")
    h = doc.header
    assert (doc.kind, h.urgency, h.secrecy) == ("letter", "ด่วนที่สุด", "ลับ")
    assert (h.ref.agency, h.ref.unit, h.ref.number) == ("กค", "0422.2", "15")
    assert (h.issuer.name, h.issuer.address, h.issuer.postcode) == ("กรมบัญชีกลาง", "ถนนพระรามที่ ๖ กทม.", "10400")
    assert h.date.iso == "2024-02-28"
    assert h.salutation.word == "กราบเรียน" and doc.closing == "ขอแสดงความนับถืออย่างยิ่ง"
    assert len(h.references) == 2 and h.references[1].startswith("หนังสือกระทรวงการคลัง")
    assert [(e.text, e.quantity, e.unit) for e in h.enclosures] == [
        ("แบบรายงานผลการเบิกจ่าย", 2, "แผ่น"), ("สำเนาคำสั่งกรมบัญชีกลาง", 1, "ฉบับ")]
    assert doc.signatories[0].honorific == "พลตำรวจเอก ดร."
    assert doc.signatories[0].positions == ("รองอธิบดี ปฏิบัติราชการแทน", "อธิบดีกรมบัญชีกลาง")
    f = doc.footer
    assert f.owner_unit == ("กองตรวจสอบการเบิกจ่าย", "กลุ่มงานเงินอุดหนุน")
    assert (f.phone, f.fax, f.email) == (("๐ ๒๑๒๗ ๗๐๐๐ ต่อ ๔๕๖๗",), ("๐ ๒๑๒๗ ๗๑๑๑",), ("saraban@cgd.go.th",))
    assert f.copies_to == ("ผู้ว่าราชการจังหวัดทุกจังหวัด", "สำนักงานตรวจเงินแผ่นดิน")


def test_letter_without_blank_lines():
    doc = parse("letters/letter-broken-ref-no-parentheses.txt")
    h = doc.header
    assert (h.urgency, h.ref.raw, h.ref.number) == ("ด่วนมาก", "ลย ๐๐๒๓.๓/ว ๑๒๓", "123")
    assert h.lines.ref == (2, 3)
    assert h.date.iso == "2024-03-14"
    assert [(e.text, e.quantity) for e in h.enclosures] == [("กำหนดการประชุม", None)]
    assert [b.lines for b in doc.body] == [(10, 10), (11, 11)]
    assert [(s.name, s.positions) for s in doc.signatories] == [("วิชัย ประเสริฐสุข", ("ผู้ว่าราชการจังหวัดเลย",))]
    assert (doc.footer.owner_unit, doc.footer.phone) == (("สำนักงานจังหวัด",), ("0 4281 1234",))


@pytest.mark.parametrize("path", sorted((DATA / "constructed").glob("*.txt")) + sorted((DATA / "letters").glob("*.txt")),
                         ids=lambda p: p.stem)
def test_nothing_unplaced(path):
    doc = parse_file(path)
    assert [w.code for w in doc.warnings if w.code in ("unparsed_line", "unaccounted_line")] == []
