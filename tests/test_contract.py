"""Contracts (สัญญา…, kind ``contract``), field by field, on texts written for these tests after
the standard forms of กรมบัญชีกลาง (tests/data/constructed/contract-*.txt, see its README), and
the agreement parts it shares with ``mou``."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from moukit import parse_file, parse_text
from moukit.check.rules import check_document
from moukit.kinds.contract.blanks import BLANK, is_blank
from moukit.kinds.mou.agreement import signing_in
from moukit.kinds.mou.parties import party_sentence
from moukit.lines import split_lines
from moukit.parts.signatures import parse_name_line
from moukit.stages.titles import title_kind

DATA = Path(__file__).parent / "data" / "constructed"
TODAY = datetime.date(2026, 1, 1)


def parse(name: str):
    return parse_file(DATA / name)


def clauses(doc):
    return [block for block in doc.body if block.type == "clause"]


# -- title lines ------------------------------------------------------------------------------

TITLES = [
    ("สัญญาซื้อขาย", "contract"),
    ("สัญญาจ้างก่อสร้าง", "contract"),
    ("สัญญาจ้างที่ปรึกษา", "contract"),
    ("สัญญาเช่ารถยนต์", "contract"),
    ("สัญญากู้ยืมเงิน", "contract"),
    ("สัญญายืมเงิน", "contract"),
    ("สัญญาจะซื้อจะขายที่ดิน", "contract"),
    ("สัญญาแลกเปลี่ยน", "contract"),
    ("สัญญาค้ำประกัน", "contract"),
    ("สัญญาให้ทุนการศึกษา", "contract"),
    ("หนังสือสัญญาค้ำประกัน", "contract"),
    # body lines that start with the same words
    ("สัญญานี้ทำขึ้นเป็นสองฉบับ มีข้อความถูกต้องตรงกัน", None),
    ("สัญญาฉบับนี้ทำขึ้น ณ กรมส่งเสริมการปกครองท้องถิ่น", None),
    ("สัญญาจ้างนี้มีผลใช้บังคับตั้งแต่วันที่ลงนาม", None),
    ("สัญญาซื้อขายฉบับนี้ให้ใช้บังคับ", None),
    ("สัญญาเลขที่ ๒๕/๒๕๖๗", None),
    ("บันทึกข้อตกลงความร่วมมือ", "mou"),
]


@pytest.mark.parametrize("line,kind", TITLES, ids=[line for line, _ in TITLES])
def test_contract_title_lines(line, kind):
    assert title_kind(line) == kind


# -- a purchase contract: the 2560 form, headings with their paragraphs -------------------------


def test_purchase_contract_number_making_and_parties():
    doc = parse("contract-purchase-computers.txt")
    assert (doc.kind, doc.title, doc.title_lines) == ("contract", "สัญญาซื้อขาย", (1, 1))
    ref = doc.header.ref
    assert (ref.raw, ref.number, ref.year, doc.header.lines.ref) == ("๒๕/๒๕๖๗", "25", 2567, (2, 2))
    # "สัญญาฉบับนี้ทำขึ้น ณ … เมื่อวันที่ ๑๕ มกราคม ๒๕๖๗ ระหว่าง …"
    assert doc.signed.place == "กรมส่งเสริมการปกครองท้องถิ่น แขวงดุสิต เขตดุสิต กรุงเทพมหานคร"
    assert (doc.signed.date.iso, doc.signed.lines) == ("2024-01-15", (4, 5))
    assert [(p.name, p.alias, p.lines) for p in doc.parties] == [
        ("กรมส่งเสริมการปกครองท้องถิ่น", "ผู้ซื้อ", (5, 7)),  # up to its representative (โดย …)
        ("บริษัท ไทยคอมพิวเตอร์ซิสเต็ม จำกัด", "ผู้ขาย", (7, 11)),  # up to its registration (ซึ่งจดทะเบียน …)
    ]
    # The opening sentence stays in the body: the representatives and the addresses are there.
    assert doc.body[0].type == "paragraph" and doc.body[0].lines == (4, 11)
    assert "โดย นายสมชาย ใจดี" in doc.body[0].text


def test_a_clause_takes_the_paragraphs_under_its_heading_and_its_sub_clauses():
    doc = parse("contract-purchase-computers.txt")
    found = clauses(doc)
    assert [(c.label, c.number, c.lines) for c in found] == [
        ("ข้อ ๑", "1", (13, 16)), ("ข้อ ๒", "2", (17, 19)), ("ข้อ ๓", "3", (20, 21)), ("ข้อ ๔", "4", (26, 28)),
        ("ข้อ ๕", "5", (29, 31)), ("ข้อ ๖", "6", (32, 34)), ("ข้อ ๗", "7", (35, 37)), ("ข้อ ๘", "8", (38, 39)),
        ("ข้อ ๙", "9", (42, 44)),
    ]
    assert found[0].text.startswith("ข้อตกลงซื้อขาย ผู้ซื้อตกลงซื้อและผู้ขายตกลงขาย เครื่องคอมพิวเตอร์")
    assert [(c.label, c.number, c.lines) for c in found[2].children] == [("๓.๑", "3.1", (22, 22)), ("๓.๒", "3.2", (23, 23))]
    assert [c.number for c in found[7].children] == ["8.1", "8.2"]
    # A paragraph after the sub-clauses is no part of ข้อ ๓'s own text (it would run across them).
    assert [(b.type, b.lines) for b in doc.body[4:6]] == [("clause", (20, 21)), ("paragraph", (24, 25))]


def test_copies_and_the_closing_formula():
    doc = parse("contract-purchase-computers.txt")
    assert (doc.conclusion.copies, doc.conclusion.lines) == (2, (46, 48))  # "ทำขึ้นเป็นสองฉบับ"
    assert doc.conclusion.text.startswith("สัญญานี้ทำขึ้นเป็นสองฉบับ มีข้อความถูกต้องตรงกัน")
    assert not any("สัญญานี้ทำขึ้น" in c.text for c in clauses(doc))


def test_signers_sign_for_the_party_whose_alias_is_on_their_line_and_witnesses():
    doc = parse("contract-purchase-computers.txt")
    assert [(s.honorific, s.name, s.positions, s.party, s.role, s.lines) for s in doc.signatories] == [
        ("นาย", "สมชาย ใจดี", ("ผู้อำนวยการกองคลัง",), 0, "signer", (50, 52)),  # (ลงชื่อ)……ผู้ซื้อ
        ("นาย", "สมศักดิ์ รักงาน", ("กรรมการผู้มีอำนาจลงนาม",), 1, "signer", (54, 56)),  # (ลงชื่อ)……ผู้ขาย
        ("นางสาว", "มาลี ศรีสุข", (), None, "witness", (58, 59)),
        ("นาย", "วีระ กล้าหาญ", (), None, "witness", (61, 62)),
    ]
    assert doc.unparsed == () and doc.warnings == ()


def test_a_complete_contract_passes_check():
    assert check_document(parse("contract-purchase-computers.txt"), today=TODAY) == []
    assert check_document(parse("contract-hire-road-construction.txt"), today=TODAY) == []


# -- a hire contract: ทำที่ / วันที่ lines, clauses inline, the role under the name ----------------


def test_hire_contract_made_at_and_on_lines():
    doc = parse("contract-hire-road-construction.txt")
    assert (doc.kind, doc.title) == ("contract", "สัญญาจ้างก่อสร้าง")
    assert (doc.header.ref.number, doc.header.ref.year) == ("12", 2567)
    assert (doc.signed.place, doc.signed.date.iso, doc.signed.lines) == ("องค์การบริหารส่วนตำบลหนองบัว", "2024-02-02", (3, 4))
    assert [(p.name, p.alias, p.lines) for p in doc.parties] == [
        ("องค์การบริหารส่วนตำบลหนองบัว", "ผู้ว่าจ้าง", (6, 7)),
        ("ห้างหุ้นส่วนจำกัด หนองบัวการโยธา", "ผู้รับจ้าง", (8, 10)),
    ]
    found = clauses(doc)
    assert [c.number for c in found] == ["1", "2", "3", "4", "5", "6"]
    assert [c.label for c in found[1].children] == ["๒.๑", "๒.๒"]
    assert [(c.label, c.lines) for c in found[3].children] == [("(๑)", (23, 23)), ("(๒)", (24, 24))]
    assert (doc.conclusion.copies, doc.conclusion.lines) == (2, (30, 32))  # "ทำขึ้นสองฉบับ"


def test_the_role_printed_under_the_name_gives_the_party_and_leaves_the_positions():
    doc = parse("contract-hire-road-construction.txt")
    assert [(s.name, s.positions, s.party, s.role, s.lines) for s in doc.signatories] == [
        ("ประเสริฐ มั่นคง", ("นายกองค์การบริหารส่วนตำบลหนองบัว",), 0, "signer", (34, 37)),  # … / ผู้ว่าจ้าง
        ("วิชัย ก่อสร้าง", ("หุ้นส่วนผู้จัดการ ห้างหุ้นส่วนจำกัด หนองบัวการโยธา",), 1, "signer", (38, 41)),
        # A witness gets the party its position names, as in an MOU (no blank lines in this table:
        # each ลงชื่อ line ends the positions of the block above it).
        ("สมใจ รักดี", ("ปลัดองค์การบริหารส่วนตำบลหนองบัว",), 0, "witness", (42, 44)),
        ("สุรชัย ตรวจงาน", ("ผู้อำนวยการกองช่าง",), None, "witness", (45, 47)),
    ]
    assert doc.warnings == ()


# -- an unfilled form: blanks are reported, never read ----------------------------------------


def test_blanks_of_an_unfilled_form_are_reported_and_never_read():
    doc = parse("contract-lease-blank-form.txt")
    assert (doc.kind, doc.title) == ("contract", "สัญญาเช่ารถยนต์")
    assert (doc.header.ref, doc.header.lines.ref) == (None, (2, 2))  # "สัญญาเลขที่ ...................."
    assert doc.parties == ()  # "ระหว่าง ………… โดย ………… ซึ่งต่อไปในสัญญานี้เรียกว่า “ผู้เช่า” …"
    assert doc.signed is None  # "ณ ………… ตำบล/แขวง ………… เมื่อวันที่ ……… เดือน ……… พ.ศ. ………"
    assert doc.signatories == ()  # "(ลงชื่อ)………ผู้เช่า" over "(…………………)"
    assert (doc.conclusion.copies, [c.number for c in clauses(doc)]) == (2, ["1", "2", "3"])
    blanks = [w.line for w in doc.warnings if w.code == "blank_field"]
    assert blanks == [2, 4, 5, 6, 7, 8, 9, 13, 14, 16, 26, 29, 32, 35]  # not the ลงชื่อ lines 25, 28 …
    message = next(w.message for w in doc.warnings if w.line == 5)
    assert message == "line 5: 4 blanks left for filling, not read as a value: “จังหวัด …… เมื่อวันที่ …… เดือน …… พ.ศ. …… ระหว่าง”"
    # The signature lines with no name are kept, as an MOU keeps them.
    assert [p.lines for p in doc.unparsed] == [(25, 26), (28, 29), (31, 32), (34, 35)]
    findings = {f.code for f in check_document(doc, today=TODAY)}
    assert {"missing_parties", "missing_signatory"} <= findings


BLANK_NAMES = ["(..................................................)", "(นาย...............)", "(....... .......)",
               "(__________)", "(……………………)", "นาย……………"]


@pytest.mark.parametrize("line", BLANK_NAMES)
def test_a_blank_is_never_a_name(line):
    assert parse_name_line(line) is None


@pytest.mark.parametrize("value,blank", [
    ("........", True), ("……", True), ("_____", True), ("บริษัท ........ จำกัด", True), ("", True), (None, True),
    ("( )", True), ("กรมส่งเสริมการปกครองท้องถิ่น", False), ("ผู้ซื้อ ...", False), ("ฯลฯ …", False),
    ("๒๕/๒๕๖๗", False),
])
def test_is_blank(value, blank):
    assert is_blank(value) is blank


def test_a_blank_needs_more_than_an_elision():
    assert [m.group() for m in BLANK.finditer("ก … ข ... ค …… ง .... จ ___")] == ["……", "....", "___"]


# -- the MOU's block of parties, the signing after the formula, another alias ---------------------


def test_consultancy_contract_with_a_block_of_parties():
    doc = parse("contract-two-in-one-file.txt")
    assert (doc.kind, doc.title) == ("contract", "สัญญาจ้างที่ปรึกษา")
    assert (doc.header.subject, doc.header.lines.subject) == ("โครงการศึกษาความเหมาะสมระบบประปาหมู่บ้าน", (2, 2))
    assert (doc.header.ref.number, doc.header.ref.year, doc.header.lines.ref) == ("7", 2567, (3, 3))
    assert [(p.name, p.alias, p.lines) for p in doc.parties] == [
        ("เทศบาลตำบลบ้านใหม่ อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา", "ผู้ว่าจ้าง", (4, 6)),
        ("มหาวิทยาลัยเทคโนโลยีสุรนารี", "ที่ปรึกษา", (7, 9)),
    ]
    assert [(c.label, [k.label for k in c.children]) for c in clauses(doc)] == [
        ("ข้อ ๑", []), ("ข้อ ๒", ["(๑)", "(๒)"]), ("ข้อ ๓", [])]
    assert (doc.signed.place, doc.signed.date.iso, doc.signed.lines) == ("เทศบาลตำบลบ้านใหม่", "2024-03-01", (21, 21))
    assert [(s.name, s.party, s.role) for s in doc.signatories[:3]] == [
        ("บุญมี ศรีบ้านใหม่", 0, "signer"), ("สมบัติ วิศวกร", 1, "signer"), ("พิมพ์ใจ ดีงาม", None, "witness")]


def test_two_contracts_in_one_file():
    doc = parse("contract-two-in-one-file.txt")
    assert doc.lines == (1, 57) and [a.kind for a in doc.attachments] == ["contract"]
    first, second = doc, doc.attachments[0]
    assert first.signatories[-1].name == "พิมพ์ใจ ดีงาม" and first.unparsed == ()
    assert (second.title, second.title_lines, second.header.ref.number) == ("สัญญาซื้อขาย", (34, 34), "8")
    assert [(p.name, p.alias) for p in second.parties] == [("เทศบาลตำบลบ้านใหม่", "ผู้ซื้อ"), ("ร้านรุ่งเรืองพาณิชย์", "ผู้ขาย")]
    assert (second.signed.date.iso, second.conclusion.copies) == ("2024-03-05", 2)
    assert [(s.name, s.party, s.role) for s in second.signatories] == [
        ("บุญมี ศรีบ้านใหม่", 0, "signer"), ("รุ่งนภา รุ่งเรือง", 1, "signer"), ("สมหมาย ใจซื่อ", None, "witness")]


# -- the opening sentence: its sides -------------------------------------------------------------

SENTENCES = [
    # (sentence, [(name, alias)])
    ("สัญญาฉบับนี้ทำขึ้นระหว่าง กรมบัญชีกลาง ซึ่งต่อไปในสัญญานี้เรียกว่า “ผู้ว่าจ้าง” ฝ่ายหนึ่ง กับ บริษัท ก จำกัด "
     "ซึ่งต่อไปในสัญญานี้เรียกว่า “ผู้รับจ้าง” อีกฝ่ายหนึ่ง",
     [("กรมบัญชีกลาง", "ผู้ว่าจ้าง"), ("บริษัท ก จำกัด", "ผู้รับจ้าง")]),
    # a natural person: up to the address
    ("สัญญานี้ทำขึ้นระหว่าง กรมบัญชีกลาง โดย นายสมชาย ใจดี ซึ่งต่อไปในสัญญานี้เรียกว่า \"ผู้ให้เช่า\" ฝ่ายหนึ่ง "
     "กับ นายสมหมาย ใจซื่อ อยู่บ้านเลขที่ ๑๒ ถนนพระราม ๖ ผู้ถือบัตรประจำตัวประชาชนเลขที่ ๓๑๐๐ "
     "ซึ่งต่อไปในสัญญานี้เรียกว่า \"ผู้เช่า\" อีกฝ่ายหนึ่ง",
     [("กรมบัญชีกลาง", "ผู้ให้เช่า"), ("นายสมหมาย ใจซื่อ", "ผู้เช่า")]),
    # no aliases: the sides end at ฝ่ายหนึ่ง
    ("สัญญานี้ทำขึ้นระหว่าง เทศบาลนครขอนแก่น ฝ่ายหนึ่ง กับ บริษัท ข จำกัด อีกฝ่ายหนึ่ง",
     [("เทศบาลนครขอนแก่น", None), ("บริษัท ข จำกัด", None)]),
    # a third party after a comma; ซึ่งต่อไปในสัญญาฉบับนี้จะเรียกว่า
    ("ระหว่าง กรม ก ซึ่งต่อไปในสัญญาฉบับนี้จะเรียกว่า “ผู้ให้กู้” ฝ่ายหนึ่ง, นายหนึ่ง สองสาม "
     "ซึ่งต่อไปในสัญญาฉบับนี้จะเรียกว่า “ผู้กู้” ฝ่ายหนึ่ง และ นายสี่ ห้าหก ซึ่งต่อไปในสัญญาฉบับนี้จะเรียกว่า “ผู้ค้ำประกัน” อีกฝ่ายหนึ่ง",
     [("กรม ก", "ผู้ให้กู้"), ("นายหนึ่ง สองสาม", "ผู้กู้"), ("นายสี่ ห้าหก", "ผู้ค้ำประกัน")]),
]


@pytest.mark.parametrize("text,sides", SENTENCES, ids=range(len(SENTENCES)))
def test_the_sides_of_an_opening_sentence(text, sides):
    sentence = party_sentence(split_lines(text))
    assert [(side.name, side.alias) for side in sentence.sides] == sides


@pytest.mark.parametrize("text", [
    "ความร่วมมือระหว่างหน่วยงานของรัฐเพื่อพัฒนาระบบข้อมูล",  # ระหว่าง in another sense
    "สัญญานี้ทำขึ้นเป็นสองฉบับ มีข้อความถูกต้องตรงกัน",
    "ระหว่าง " + "ก" * 100_000,  # long, and nothing ends a side
])
def test_no_sides_without_an_alias_or_fai_nueng(text):
    assert party_sentence(split_lines(text)) is None


def test_an_opening_sentence_broken_into_paragraphs_is_read_on():
    text = "\n".join([
        "สัญญาจ้าง",
        "สัญญาเลขที่ ๓/๒๕๖๗",
        "        สัญญาฉบับนี้ทำขึ้นระหว่าง กรมบัญชีกลาง ซึ่งต่อไปในสัญญานี้เรียกว่า “ผู้ว่าจ้าง” ฝ่ายหนึ่ง กับ",
        "",
        "บริษัท ค จำกัด ซึ่งต่อไปในสัญญานี้เรียกว่า “ผู้รับจ้าง” อีกฝ่ายหนึ่ง",
        "        ข้อ ๑ ผู้ว่าจ้างตกลงจ้างและผู้รับจ้างตกลงรับจ้างทำความสะอาดอาคาร",
    ])
    doc = parse_text(text)
    assert [(p.name, p.alias, p.lines) for p in doc.parties] == [
        ("กรมบัญชีกลาง", "ผู้ว่าจ้าง", (3, 3)), ("บริษัท ค จำกัด", "ผู้รับจ้าง", (5, 5))]


def test_a_signer_whose_role_names_no_party_gets_one_as_in_an_mou():
    text = "\n".join([
        "สัญญาจ้าง",
        "        สัญญาฉบับนี้ทำขึ้นระหว่าง กรมบัญชีกลาง ซึ่งต่อไปในสัญญานี้เรียกว่า “ผู้ว่าจ้าง” ฝ่ายหนึ่ง",
        "กับ บริษัท ค จำกัด ซึ่งต่อไปในสัญญานี้เรียกว่า “ผู้รับจ้าง” อีกฝ่ายหนึ่ง",
        "        ข้อ ๑ ผู้ว่าจ้างตกลงจ้างและผู้รับจ้างตกลงรับจ้างทำความสะอาดอาคาร",
        "(ลงชื่อ)..............................ผู้รับจ้าง",
        "      (นายหนึ่ง สองสาม)",
        "(ลงชื่อ)..............................ผู้มีอำนาจลงนาม",
        "      (นายสี่ ห้าหก)",
        "   อธิบดีกรมบัญชีกลาง",
    ])
    doc = parse_text(text)
    assert [(s.name, s.party, s.lines) for s in doc.signatories] == [("หนึ่ง สองสาม", 1, (5, 6)), ("สี่ ห้าหก", 0, (7, 9))]


# -- agreement parts shared with mou ----------------------------------------------------------------


def test_signing_on_a_date_names_no_place():
    # "ลงนาม ณ วันที่ …": ณ before a date is no place (it was read as the place "วันที่ …")
    signed = signing_in("ลงนาม ณ วันที่ ๑๕ สิงหาคม ๒๕๖๗", (1, 1))
    assert (signed.place, signed.date.iso) == (None, "2024-08-15")
    assert signing_in("ทำ ณ มหาวิทยาลัยขอนแก่น เมื่อวันที่ ๑๕ สิงหาคม ๒๕๖๗", (1, 1)).place == "มหาวิทยาลัยขอนแก่น"


def test_an_mou_alias_in_a_sanya_formula():
    text = "\n".join([
        "บันทึกข้อตกลงความร่วมมือ",
        "ระหว่าง",
        "กรมบัญชีกลาง",
        "ซึ่งต่อไปในสัญญานี้เรียกว่า “กรม”",
        "กับ",
        "มหาวิทยาลัยขอนแก่น",
    ])
    doc = parse_text(text)
    assert doc.kind == "mou" and [(p.name, p.alias) for p in doc.parties] == [("กรมบัญชีกลาง", "กรม"), ("มหาวิทยาลัยขอนแก่น", None)]


def test_blank_made_at_and_on_lines_are_a_signing_with_no_values():
    text = "\n".join([
        "สัญญาจ้าง",
        "สัญญาเลขที่ ................",
        "ทำที่ ..................................",
        "วันที่ ........ เดือน ........................ พ.ศ. ........",
        "        ข้อ ๑ ผู้ว่าจ้างตกลงจ้างและผู้รับจ้างตกลงรับจ้างทำความสะอาดอาคาร",
    ])
    doc = parse_text(text)
    assert (doc.header.ref, doc.header.lines.ref) == (None, (2, 2))
    assert (doc.signed.place, doc.signed.date, doc.signed.lines) == (None, None, (3, 4))
    assert [w.line for w in doc.warnings if w.code == "blank_field"] == [2, 3, 4]


def test_a_number_printed_beside_the_title():
    doc = parse_text("สัญญาซื้อขาย          สัญญาเลขที่ ๓๐/๒๕๖๗\n        ข้อ ๑ ผู้ซื้อตกลงซื้อและผู้ขายตกลงขายวัสดุสำนักงาน")
    assert (doc.title, doc.header.ref.number, doc.header.ref.year, doc.header.lines.ref) == ("สัญญาซื้อขาย", "30", 2567, (1, 1))
