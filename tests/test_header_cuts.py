"""Header values cut in the wrong place (issue 12, item 5): a label alone on its line, a subject
over two lines, an address that took in the date, a ministry tag after a title."""

from __future__ import annotations

from pathlib import Path

from moukit import parse_file, parse_text

HEADERS = Path(__file__).parent / "data" / "headers"
CORPUS = Path(__file__).parent / "corpus"


def test_labels_alone_on_their_line_take_the_next_line():
    doc = parse_file(HEADERS / "letter-labels-alone.txt")
    assert doc.header.subject == ("ขอความร่วมมือประชาสัมพันธ์โครงการส่งเสริมสุขภาพของประชาชนในพื้นที่"
                                  "องค์กรปกครองส่วนท้องถิ่น")
    assert doc.header.lines.subject == (6, 8)
    assert doc.header.salutation.addressee == "ผู้ว่าราชการจังหวัด ทุกจังหวัด"
    assert doc.header.lines.salutation == (9, 10)
    assert doc.body[0].text.startswith("ด้วยกรมส่งเสริม") and doc.unparsed == ()


def test_a_subject_runs_down_to_the_salutation_under_it():
    text = ("ที่ มท ๐๘๐๔.๕/ว ๑๒๓\n\n๑๒ มกราคม ๒๕๖๗\n\nเรื่อง  ขอความร่วมมือประชาสัมพันธ์โครงการ\n"
            "        ส่งเสริมสุขภาพของประชาชน\nเรียน  ผู้ว่าราชการจังหวัด ทุกจังหวัด\n\n"
            "        ด้วยกรมได้จัดทำโครงการ\n\n        ขอแสดงความนับถือ\n\n        (นายสมชาย  ใจดี)\n        อธิบดี\n")
    doc = parse_text(text)
    assert doc.header.subject == "ขอความร่วมมือประชาสัมพันธ์โครงการส่งเสริมสุขภาพของประชาชน"
    assert doc.header.lines.subject == (5, 6)


def test_a_salutation_alone_before_the_body_keeps_the_body():
    # "เรียน" with nothing under it but the body's opening: the opening is no addressee
    text = ("ที่ มท ๐๘๐๔.๕/ว ๑๒๓\n\n๑๒ มกราคม ๒๕๖๗\n\nเรื่อง  ขอความร่วมมือ\nเรียน\n"
            "ด้วยกรมได้จัดทำโครงการ\n\n        ขอแสดงความนับถือ\n\n        (นายสมชาย  ใจดี)\n        อธิบดี\n")
    doc = parse_text(text)
    assert doc.header.salutation.addressee is None
    assert doc.body[0].text == "ด้วยกรมได้จัดทำโครงการ"


def test_the_date_after_the_postcode_is_no_part_of_the_address():
    doc = parse_file(HEADERS / "letter-postcode-and-date-one-line.txt")
    issuer = doc.header.issuer
    assert (issuer.address, issuer.postcode) == ("ถนนนครสวรรค์ อำเภอเมือง จังหวัดมหาสารคาม", "44000")
    assert doc.header.date.iso == "2024-11-12" and doc.header.lines.date == (3, 3)


def test_a_date_line_without_its_day_ends_the_address():
    doc = parse_file(HEADERS / "letter-date-without-day.txt")
    assert doc.header.issuer.postcode == "44000"
    assert (doc.header.date.iso, doc.header.date.precision) == ("2024-11", "month")
    assert doc.header.ref.raw == "ศธ ๐๔๑๓๓/๔๔๑๓"


def test_an_orders_subject_over_two_lines_runs_to_the_rule():
    doc = parse_file(HEADERS / "order-two-line-subject.txt")
    assert doc.kind == "order"
    assert doc.header.subject.endswith("ประจำปีการศึกษา ๒๕๖๗")
    assert doc.header.lines.subject == (3, 4)
    assert doc.body[0].text == "ด้วยโรงเรียนกำหนดจัดกีฬาสี"


def test_a_ministry_tag_is_no_part_of_the_title_or_subject():
    # corpus 012 line 4: the headline of a web copy, the ministry it is filed under in brackets
    headline = (CORPUS / "012.txt").read_text(encoding="utf-8-sig").splitlines()[3]
    assert headline.endswith("[กระทรวงคมนาคม]")
    doc = parse_text(headline + "\n\nข้อ ๑ ห้ามอากาศยานทำการบิน\n\nประกาศ ณ วันที่ ๓ เมษายน พ.ศ. ๒๕๖๓\n\n"
                     "นายสมชาย ใจดี\nผู้อำนวยการ\n")
    assert doc.kind == "announcement"
    assert doc.title == "ประกาศสำนักงานการบินพลเรือนแห่งประเทศไทย"
    assert doc.header.subject == "ห้ามอากาศยานทำการบินเข้าสู่ประเทศไทยเป็นการชั่วคราว (ฉบับที่ 3)"
