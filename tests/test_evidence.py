"""Documents found by the evidence of their parts, not by a title line alone (issue 11):
issuances quoted from their preamble on, letters quoted from their salutation on, statements,
messages, titles damaged by a PDF text layer; and each Document's ``evidence``.

Short texts written for these tests (the rules are genre rules, not one file's), then the real
corpus files where the patterns were seen (tests/corpus/README.md)."""

from __future__ import annotations

from moukit import parse_file, parse_text
from moukit.models import Clause
from moukit.stages.titles import title_kind

from .conftest import CORPUS

NEWS_LEAD = (
    "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ราชกิจจานุเบกษา เผยแพร่คำสั่ง\n"
    "\n"
    "วันพุธที่ 9 สิงหาคม 2560\n"
    "ราชกิจจานุเบกษา เผยแพร่คำสั่งกระทรวง เรื่อง การบริหารงาน โดยมีรายละเอียดดังนี้\n"
)


def kinds(doc) -> list[tuple[str, tuple[int, int]]]:
    return [(a.kind, a.lines) for a in doc.attachments]


def parts(doc) -> list[str]:
    return [e.part for e in doc.evidence]


def test_an_order_quoted_from_its_preamble_is_found_by_its_dating_line_and_signer():
    doc = parse_text(NEWS_LEAD + (
        "โดยที่เป็นการสมควรปรับปรุงการบริหารงานของสถานศึกษา\n"
        "อาศัยอำนาจตามความในมาตรา ๑๒ จึงมีคำสั่งดังต่อไปนี้\n"
        "ข้อ ๑ ให้สถานศึกษาจัดทำแผน\n"
        "ข้อ ๒ คำสั่งนี้ให้ใช้บังคับตั้งแต่วันประกาศ\n"
        "สั่ง ณ วันที่ ๘ สิงหาคม พุทธศักราช ๒๕๖๐\n"
        "พลเอก สมชาย ใจดี\n"
        "รัฐมนตรีว่าการกระทรวง\n"
        "\n"
        "ที่มา : http://www.thaigov.go.th/news/contents/details/1\n"))
    assert doc.kind == "news"
    (order,) = doc.attachments
    assert (order.kind, order.lines, order.title) == ("order", (5, 11), None)
    assert parts(order) == ["preamble", "first_clause", "dating_line"]
    assert [e.line for e in order.evidence] == [5, 7, 9]
    assert [b.number for b in order.body if isinstance(b, Clause)] == ["1", "2"]
    assert order.signed.date.iso == "2017-08-08"
    assert [s.name for s in order.signatories] == ["สมชาย ใจดี"]


def test_its_kind_is_what_its_own_text_calls_it():
    doc = parse_text(NEWS_LEAD + (
        "ข้อ ๑ ระเบียบนี้เรียกว่า ระเบียบกระทรวงว่าด้วยการชักธง\n"
        "ข้อ ๒ ให้ยกเลิกความในข้อ ๕\n"
        "ประกาศ ณ วันที่ ๕ มิถุนายน พ.ศ. ๒๕๖๑\n"
        "นายสมชาย ใจดี\n"
        "รัฐมนตรีว่าการกระทรวง\n"))
    assert kinds(doc) == [("regulation", (5, 9))]


def test_a_dating_line_with_no_signer_under_it_ends_nothing():
    # A booklet prints "ประกาศ ณ วันที่ …" in every page footer.
    doc = parse_text(NEWS_LEAD + (
        "ข้อ 1 เครื่องคอมพิวเตอร์ ราคา 30,000 บาท\n"
        "ข้อ 2 เครื่องพิมพ์ ราคา 5,000 บาท\n"
        "ประกาศ ณ วันที่ 13 มีนาคม 2566\n"
        "ข้อ 3 จอภาพ ราคา 3,000 บาท\n"))
    assert doc.attachments == ()


def test_a_letter_in_english_is_found_by_its_salutation_and_closing():
    doc = parse_text(NEWS_LEAD + (
        "นายกรัฐมนตรีได้มีสารแสดงความเสียใจ ดังนี้\n"
        "Dear Mr. President,\n"
        "I have learnt with profound sadness of the passing of your father.\n"
        "Sincerely yours,\n"
        "General Prayut Chan-o-cha (Ret.)\n"
        "Prime Minister of the Kingdom of Thailand\n"))
    (letter,) = doc.attachments
    assert (letter.kind, letter.lines[0]) == ("letter", 6)
    assert parts(letter) == ["salutation", "closing"]
    assert (letter.header.salutation.word, letter.header.salutation.addressee) == ("Dear", "Mr. President")
    assert letter.closing == "Sincerely yours,"
    assert [(s.honorific, s.name) for s in letter.signatories] == [("General", "Prayut Chan-o-cha")]


def test_a_letter_starts_at_the_head_printed_above_its_salutation():
    doc = parse_text(NEWS_LEAD + (
        "Office of the Prime Minister,\n"
        "Government House,\n"
        "BANGKOK.\n"
        "19 December B.E. 2563 (2020)\n"
        "Excellency,\n"
        "On this special occasion I extend my warm congratulations.\n"
        "Accept, Excellency, the renewed assurances of my highest consideration.\n"
        "HUN SEN\n"))
    (letter,) = doc.attachments
    assert letter.lines[0] == 5
    assert letter.header.date.iso == "2020-12-19"
    assert [s.name for s in letter.signatories] == ["HUN SEN"]


def test_a_file_that_is_itself_a_letter_is_not_found_again_inside_itself():
    doc = parse_file("samples/circular-dla-mou-thaihealth-2556.txt")
    assert (doc.kind, [a.kind for a in doc.attachments]) == ("letter", ["mou"])
    assert parts(doc) == ["ref", "salutation"]


def test_a_statements_title_alone_starts_it_but_a_list_of_titles_does_not():
    statement = parse_text(NEWS_LEAD + (
        "แถลงการณ์กระทรวงการต่างประเทศ กรณีสถานการณ์ชายแดน\n"
        "กระทรวงการต่างประเทศขอยืนยันท่าทีของรัฐบาลไทย\n"
        "กองทัพบก วันที่ 30 กรกฎาคม 2568\n"))
    (found,) = statement.attachments
    assert (found.kind, found.header.date.iso, parts(found)) == ("statement", "2025-07-30", ["title"])
    index = parse_text(NEWS_LEAD + (
        "ประกาศสำนักนายกรัฐมนตรี เรื่อง การกำหนดอำนาจหน้าที่\n"
        "แถลงการณ์สำนักนายกรัฐมนตรี เรื่อง การประกาศสถานการณ์ฉุกเฉิน\n"
        "คำสั่งนายกรัฐมนตรี ที่ ๖/๒๕๖๓ เรื่อง การแต่งตั้งผู้กำกับการปฏิบัติงาน\n"))
    assert [a.kind for a in index.attachments if a.kind == "statement"] == []


def test_a_message_heading_confirms_its_title():
    doc = parse_text(NEWS_LEAD + (
        "ข้อความสารจากนายกรัฐมนตรีแห่งราชอาณาจักรไทย\n"
        "ถึงประธานาธิบดีแห่งสาธารณรัฐเกาหลี\n"
        "ในโอกาสครบรอบ 60 ปี การสถาปนาความสัมพันธ์ทางการทูต\n"
        "โดยที่ปีนี้เป็นปีเฉลิมฉลองความสัมพันธ์อันยาวนานของสองประเทศ\n"))
    (message,) = doc.attachments
    assert message.kind == "letter"
    assert message.title.startswith("ข้อความสารจากนายกรัฐมนตรี") and message.title.endswith("ทางการทูต")
    assert parts(message) == ["title", "message_head"]


def test_kind_words_are_seen_through_text_layer_damage():
    assert title_kind("คาสั่งกรมส่งเสริมการปกครองท้องถิ่น") == "order"  # every ำ lost
    assert title_kind("ประกาศกระทรวงศึ ก ษาธิ ก าร") == "announcement"  # spaced syllables
    assert title_kind("บันทึกข้อ ความ") == "memo"
    assert title_kind("คาสั่งนี้ให้ใช้บังคับ") is None  # a body sentence stays one
    doc = parse_text("คาสั่งกรมส่งเสริมการปกครองท้องถิ่น\nที่ ๑๒/๒๕๖๗\nเรื่อง แต่งตั้งคณะทำงาน\n")
    assert (doc.kind, doc.title) == ("order", "คาสั่งกรมส่งเสริมการปกครองท้องถิ่น")  # the text as printed


# -- the real files where these patterns were seen ------------------------------------------------


def test_corpus_orders_and_announcements_quoted_without_titles():
    for name, kind, first in [("221", "order", 6), ("222", "order", 6), ("226", "announcement", 7),
                              ("228", "announcement", 6), ("218", "regulation", 7)]:
        doc = parse_file(CORPUS / f"{name}.txt")
        assert [(a.kind, a.lines[0]) for a in doc.attachments] == [(kind, first)], name


def test_corpus_letters_quoted_by_news_pages():
    assert [(a.kind, a.lines[0]) for a in parse_file(CORPUS / "204.txt").attachments] == [("letter", 9), ("letter", 16)]
    letters = parse_file(CORPUS / "202.txt").attachments
    assert [a.lines[0] for a in letters][:1] == [9] and len(letters) >= 3
    assert all(a.kind == "letter" for a in letters)


def test_corpus_thai_statement_and_its_english_version_are_two_documents():
    doc = parse_file(CORPUS / "212.txt")
    assert [(a.kind, a.lines[0], a.header.date.iso) for a in doc.attachments] == [
        ("statement", 4, "2025-07-30"), ("statement", 20, "2025-07-30")]


def test_a_translated_letter_under_its_caption_ends_with_a_closing():
    doc = parse_text(NEWS_LEAD + (
        "คำแปลอย่างไม่เป็นทางการ\n"
        "นายกรัฐมนตรีกัมพูชา สมเด็จอัคคมหาเสนาบดีเดโช ฮุน เซน\n"
        "เนื่องในโอกาสพิเศษครบรอบ ๗๐ ปี การสถาปนาความสัมพันธ์ทางการทูต ข้าพเจ้าขอแสดงความยินดี\n"
        "ขอแสดงความนับถือ\n"))
    (letter,) = doc.attachments
    assert (letter.kind, letter.lines, parts(letter)) == ("letter", (6, 8), ["translation_caption", "closing"])
    assert letter.closing == "ขอแสดงความนับถือ"


def test_an_inside_address_at_a_letters_foot_is_no_new_letter():
    doc = parse_file(CORPUS / "202.txt")
    # (the captions "คำแปลอย่างไม่เป็นทางการ" at lines 26 and 44 label the translation below: the page's)
    assert [a.lines for a in doc.attachments] == [(9, 25), (27, 33), (34, 43), (45, 51)]


def test_a_news_pages_print_stamp_is_furniture_not_text():
    doc = parse_file(CORPUS / "213.txt")  # "05/06/2568" above "พิมพ์"
    assert all("05/06/2568" not in block.text for block in doc.body)
    assert any("05/06/2568" in p.text and p.lines[0] == 5 for p in doc.unparsed)


def test_a_message_without_a_closing_is_signed_by_the_sender_at_its_end():
    doc = parse_file(CORPUS / "201.txt")
    (message,) = doc.attachments
    assert [(s.honorific, s.name, s.positions) for s in message.signatories] == [
        ("พลเอก", "ประยุทธ์ จันทร์โอชา", ("นายกรัฐมนตรี",))]


def test_a_gazette_page_header_or_a_stray_mark_above_the_title_does_not_push_it_into_attachments():
    body = ("คำสั่งหัวหน้าคณะรักษาความสงบแห่งชาติ\n"
            "ที่ ๑๖/๒๕๖๐\n"
            "เรื่อง การบริหารงานบุคคล\n"
            "ข้อ ๑ ให้ส่วนราชการดำเนินการ\n"
            "สั่ง ณ วันที่ ๒๑ มีนาคม พุทธศักราช ๒๕๖๐\n"
            "พลเอก สมชาย ใจดี\n"
            "หัวหน้าคณะรักษาความสงบแห่งชาติ\n")
    for above in ("หน้า ๑๒\nเล่ม ๑๓๔ ตอนพิเศษ ๗๐ ง ราชกิจจานุเบกษา ๒๑ มีนาคม ๒๕๖๐\n", "•\n"):
        doc = parse_text(above + body)
        assert (doc.kind, doc.title, doc.attachments) == ("order", "คำสั่งหัวหน้าคณะรักษาความสงบแห่งชาติ", ())
        assert doc.header.ref.raw == "๑๖/๒๕๖๐"
        assert not [w for w in doc.warnings if w.code == "unaccounted_line"]


def test_a_title_printed_on_a_cover_and_again_on_the_first_page_is_one_document():
    doc = parse_text(
        "ระเบียบกระทรวงมหาดไทย\nว่าด้วยการเบิกจ่ายเงิน\nพ.ศ. ๒๕๖๗\n"
        "\f"
        "ระเบียบกระทรวงมหาดไทย\nว่าด้วยการเบิกจ่ายเงิน\nพ.ศ. ๒๕๖๗\n"
        "โดยที่เป็นการสมควรปรับปรุงระเบียบ\n"
        "ข้อ ๑ ระเบียบนี้เรียกว่า ระเบียบกระทรวงมหาดไทยว่าด้วยการเบิกจ่ายเงิน\n"
        "ประกาศ ณ วันที่ ๑ มีนาคม พ.ศ. ๒๕๖๗\n"
        "นายสมชาย ใจดี\n"
        "รัฐมนตรีว่าการกระทรวงมหาดไทย\n")
    assert (doc.kind, doc.attachments, doc.title_lines) == ("regulation", (), (4, 6))
    assert doc.title == "ระเบียบกระทรวงมหาดไทย ว่าด้วยการเบิกจ่ายเงิน พ.ศ. ๒๕๖๗"
    assert [w.line for w in doc.warnings if w.code == "repeated_title"] == [1]
    assert doc.signed.date.iso == "2024-03-01"


def test_memo_forms_with_a_stamp_box_beside_the_title_or_no_title_line():
    form = ("ส่วนราชการ กองคลัง โทร. ๑๒๓๔\n"
            "ที่ มท ๐๘๐๘.๒/๑๒๓   วันที่ ๑๐ มกราคม ๒๕๖๗\n"
            "เรื่อง ขออนุมัติเบิกจ่ายเงิน\n"
            "เรียน ผู้อำนวยการ\n"
            "ด้วยกองคลังขออนุมัติเบิกจ่ายเงินค่าวัสดุ จึงเรียนมาเพื่อโปรดพิจารณา\n"
            "(นายสมชาย ใจดี)\n"
            "ผู้อำนวยการกองคลัง\n")
    stamped = parse_text("บันทึกข้อความ            เลขรับ ๑๒๓ วันที่ ๑๑ ม.ค. ๖๗\n" + form)
    assert (stamped.kind, stamped.title) == ("memo", "บันทึกข้อความ")
    assert [w.code for w in stamped.warnings if w.code == "beside_title"] == ["beside_title"]
    untitled = parse_text(form.replace("ส่วนราชการ", "หน่วยงาน"))
    assert (untitled.kind, untitled.header.issuer.name, parts(untitled)) == ("memo", "กองคลัง", ["issuer_label", "subject"])
    assert untitled.header.subject == "ขออนุมัติเบิกจ่ายเงิน"


def test_signers_of_letters_in_english_and_where_their_positions_end():
    doc = parse_file(CORPUS / "204.txt")
    assert [(s.name, s.positions) for a in doc.attachments for s in a.signatories] == [
        ("Prayut Chan-o-cha", ("Prime Minister of the Kingdom of Thailand",)),
        ("Don Pramudwinai", ("Minister of Foreign Affairs of the Kingdom of Thailand",))]


def test_a_title_printed_over_several_lines_runs_down_to_its_year():
    doc = parse_file(CORPUS / "219.txt")
    (rule,) = doc.attachments
    assert rule.title.startswith("กฎ ก.ค.ศ. การจัดประเภทตำแหน่ง") and rule.title.endswith("พ.ศ. ๒๕๖๐")
    assert rule.title_lines == (7, 10)


def test_an_inside_address_between_the_date_and_the_salutation_is_kept_apart():
    letters = parse_file(CORPUS / "202.txt").attachments
    reply = letters[2]  # "Phnom Penh, 19 December 2020" / His Excellency … / Bangkok / "Excellency,"
    assert (reply.header.date.iso, reply.header.salutation.word) == ("2020-12-19", "Excellency")
    assert any(p.lines == (35, 37) for p in reply.unparsed)
