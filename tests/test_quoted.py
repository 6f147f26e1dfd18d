"""Documents a news report reproduces without their head (issue 11): a message after
"…ความว่า", an agreement's items after "…ข้อตกลง… ดังนี้", an announcement whose effect
sentence and dating line ran into one line, a notice dated at its foot instead of signed off.

Short texts written for these tests (the rules are genre rules), the cases that must stay
news (a summary, a list of names, a list of activities), then the real files where the
patterns were seen (tests/corpus/README.md, samples/README.md)."""

from __future__ import annotations

from moukit import parse_file, parse_text
from moukit.check import check_document
from moukit.models import Clause

from .conftest import CORPUS, SAMPLES

HEAD = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล\n\nวันพุธที่ 10 มกราคม 2561\n"
MESSAGE = ("เนื่องในวันเด็กแห่งชาติ ประจำปีพุทธศักราช 2561 ได้เวียนมาบรรจบครบอีกวาระหนึ่ง "
           "ผมขอส่งความรักและความปรารถนาดีมายังเด็กและเยาวชนคนไทยที่รักทุกคน\n"
           "เด็กและเยาวชนไทยทุกคนเป็นกำลังสำคัญในการพัฒนาความเจริญก้าวหน้าของประเทศชาติ "
           "และเป็นช่วงวัยแห่งการเรียนรู้\n")
ITEMS = "".join(f"({n}) ส่งเสริมและสนับสนุนให้องค์กรปกครองส่วนท้องถิ่นพัฒนาระบบข้อมูลด้านที่ {n} "
                "เพื่อใช้ในการวางแผนร่วมกับชุมชน\n\n" for n in "๑๒๓๔")


def clause_numbers(doc) -> list[str]:
    return [b.number for b in doc.body if isinstance(b, Clause)]


def parts(doc) -> list[str]:
    return [e.part for e in doc.evidence]


# -- a message quoted after ความว่า ------------------------------------------------------------


def test_a_message_quoted_after_its_lead_in_is_a_letter_from_the_lead_in_line():
    doc = parse_text(HEAD + "นายกรัฐมนตรีมอบสารเนื่องในโอกาสวันเด็กแห่งชาติ ความว่า " + MESSAGE
                     + "--------------------------------\n\nที่มา : http://www.thaigov.go.th/news/1\n")
    (message,) = doc.attachments
    assert (message.kind, message.lines) == ("letter", (4, 5))  # the rule line closes it
    assert parts(message) == ["lead_in", "quoted_text"]
    assert message.header.date is None  # the reporter's dates are not the message's
    assert doc.footer.sources == ("http://www.thaigov.go.th/news/1",)


def test_the_quoted_words_may_start_on_the_line_under_the_lead_in():
    doc = parse_text(HEAD + "นายกรัฐมนตรีได้มีหนังสือถึงผู้ว่าราชการจังหวัดทุกจังหวัด ความว่า\n" + MESSAGE)
    (letter,) = doc.attachments
    assert (letter.kind, letter.lines[0]) == ("letter", 5)


def test_a_summary_of_a_document_is_not_its_text():
    doc = parse_text(HEAD + "ประกาศดังกล่าวมีสาระสำคัญโดยสรุปความว่า " + MESSAGE)
    assert doc.attachments == ()


def test_a_phrase_after_khwam_wa_is_no_document():
    doc = parse_text(HEAD + "นายกรัฐมนตรีมอบสารความว่า ขอให้เด็กตั้งใจเรียน\nข่าวอื่น ๆ\n")
    assert doc.attachments == ()


def test_a_lead_in_that_names_no_document_quotes_none():
    doc = parse_text(HEAD + "โฆษกรัฐบาลกล่าวความว่า " + MESSAGE)
    assert doc.attachments == ()


def test_a_definition_is_not_a_lead_in():
    doc = parse_text(HEAD + "ตามประกาศกระทรวง “ผู้ประกอบการ” หมายความว่า " + MESSAGE)
    assert doc.attachments == ()


def test_a_letter_that_quotes_another_letter_keeps_it_as_its_own_text():
    letter = ("ที่ มท ๐๘๑๐.๓/ว ๑๒๓\n"
              "กรมส่งเสริมการปกครองท้องถิ่น\n"
              "๗ ธันวาคม ๒๕๕๖\n"
              "เรื่อง แจ้งหนังสือของกระทรวง\n"
              "เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด\n"
              "ด้วยกระทรวงมหาดไทยได้มีหนังสือถึงกรมส่งเสริมการปกครองท้องถิ่น ความว่า\n" + MESSAGE +
              "จึงเรียนมาเพื่อโปรดทราบ\n"
              "ขอแสดงความนับถือ\n"
              "(นายสมชาย ใจดี)\n"
              "อธิบดีกรมส่งเสริมการปกครองท้องถิ่น\n")
    doc = parse_text(letter)
    assert (doc.kind, doc.attachments) == ("letter", ())
    assert [s.name for s in doc.signatories] == ["สมชาย ใจดี"]


# -- an agreement's items after ดังนี้ ----------------------------------------------------------


def test_an_agreements_items_after_a_lead_in_naming_it_are_an_mou_without_a_title():
    doc = parse_text(HEAD + "\nนายสมชาย ใจดี กล่าวว่า ข้อตกลงความร่วมมือนี้ มีขึ้นเพื่อแสดงเจตนารมณ์ร่วมกัน ดังนี้\n\n"
                     + ITEMS + "ที่มา : สำนักข่าว\n")
    (mou,) = doc.attachments
    assert (mou.kind, mou.lines, mou.title, mou.parties) == ("mou", (7, 13), None, ())
    assert clause_numbers(mou) == ["1", "2", "3", "4"]
    assert parts(mou) == ["lead_in", "quoted_items"]
    # an excerpt: the parts a report leaves out (parties, signers) are not findings
    assert check_document(doc) == []


def test_a_lead_in_and_items_wrapped_at_a_printed_width_are_read_as_paragraphs():
    # a PDF or a narrower page breaks the lead-in before ดังนี้ and each item over lines
    lead_in = ("นายธวัชชัย ฟักอังกูร ที่ปรึกษาคณะกรรมการบริหารแผน กล่าวเพิ่มเติมว่า ข้อตกลงความร่วมมือ\n"
               "การส่งเสริมและพัฒนาขีดความสามารถนี้ มีขึ้นเพื่อแสดงเจตนารมณ์ที่มีร่วมกันในหลายด้าน ดังนี้\n\n")
    items = "".join(f"({n}) ส่งเสริมและสนับสนุนให้องค์กรปกครองส่วนท้องถิ่นพัฒนาและใช้ระบบข้อมูล ซึ่งเกิดจาก\n"
                    f"กระบวนการมีส่วนร่วมของประชาชน เพื่อพัฒนาและเพิ่มประสิทธิภาพในการวางแผนด้านที่ {n}\n\n"
                    for n in "๑๒๓")
    doc = parse_text(HEAD + "\n" + lead_in + items + "ที่มา : สำนักข่าว\n")
    (mou,) = doc.attachments
    assert (mou.kind, mou.lines) == ("mou", (8, 15))  # to the last item's last line, not ที่มา
    assert [(e.part, e.line) for e in mou.evidence] == [("lead_in", 6), ("quoted_items", 8)]
    assert clause_numbers(mou) == ["1", "2", "3"]
    assert doc.footer.sources


def test_a_letter_listing_an_agreements_provisions_keeps_them():
    letter = ("ที่ มท ๐๘๑๐.๓/ว ๑๒๓\n"
              "เรื่อง ประชาสัมพันธ์บันทึกข้อตกลงความร่วมมือ\n"
              "เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด\n"
              "ด้วยกรมได้จัดทำบันทึกข้อตกลงความร่วมมือ เพื่อแสดงเจตนารมณ์ร่วมกัน ดังนี้\n\n" + ITEMS +
              "จึงเรียนมาเพื่อโปรดทราบ\n"
              "ขอแสดงความนับถือ\n"
              "(นายสมชาย ใจดี)\n")
    doc = parse_text(letter)
    assert (doc.kind, doc.attachments) == ("letter", ())
    assert clause_numbers(doc) == ["1", "2", "3", "4"]


def test_a_list_of_names_after_a_lead_in_is_the_reports_not_a_documents():
    names = "".join(f"{n}.บริษัท ตัวอย่างที่ {n} จำกัด\n" for n in range(1, 6))
    doc = parse_text(HEAD + "กรมได้จัดทำบันทึกข้อตกลงกับผู้ประกอบการ รวมจำนวน 5 ราย ดังนี้\n" + names)
    assert doc.attachments == ()


def test_a_list_under_a_lead_in_that_names_no_document_stays_news():
    path = SAMPLES / "news-three-party-mou-five-items.txt"  # "…ชุดกิจกรรม… 5 เรื่อง ดังนี้"
    assert parse_file(path).attachments == ()


def test_real_news_page_quoting_an_mous_nine_clauses():
    doc = parse_file(SAMPLES / "news-dla-thaihealth-mou-clauses.txt")
    (mou,) = doc.attachments
    assert (mou.kind, mou.lines, mou.title) == ("mou", (17, 33), None)
    assert clause_numbers(mou) == [str(n) for n in range(1, 10)]
    assert [(e.part, e.line) for e in mou.evidence] == [("lead_in", 15), ("quoted_items", 17)]
    assert 39 in {line for first, _ in doc.footer.lines.sources for line in [first]}  # ที่มา stays the page's


def test_real_childrens_day_message():
    doc = parse_file(CORPUS / "206.txt")
    (message,) = doc.attachments
    assert (message.kind, message.lines, message.title) == ("letter", (6, 9), None)
    assert message.header.date is None and message.signatories == ()
    # its first line is a sentence of the message, not an issuer's heading
    assert message.header.issuer is None and message.body[0].lines == (6, 6)


def test_the_words_quoted_after_khwam_wa_on_its_line_are_the_messages_the_lead_in_the_reports():
    doc = parse_text(HEAD + "นายกรัฐมนตรีมอบสารเนื่องในโอกาสวันเด็กแห่งชาติ วันเสาร์ที่ 13 มกราคม 2561 ความว่า " + MESSAGE)
    (message,) = doc.attachments
    assert message.body[0].text.startswith("เนื่องในวันเด็กแห่งชาติ") and message.body[0].lines == (4, 4)
    assert [b.text for b in doc.body if b.lines == (4, 4)] == [
        "นายกรัฐมนตรีมอบสารเนื่องในโอกาสวันเด็กแห่งชาติ วันเสาร์ที่ 13 มกราคม 2561 ความว่า"]


def test_a_lead_in_wrapped_before_khwam_wa_still_names_the_message():
    # a printed page breaks the reporter's sentence: ความว่า opens the next line
    doc = parse_text(HEAD + "พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรีมอบสารเนื่องในโอกาส “วันเด็กแห่งชาติ” วันเสาร์ที่ 13\n"
                     "มกราคม 2561 ความว่า เนื่องในวันเด็กแห่งชาติ ประจำปีพุทธศักราช 2561 ได้เวียนมาบรรจบ\n"
                     "ครบอีกวาระหนึ่ง ผมขอส่งความรักและความปรารถนาดีมายังเด็กและเยาวชนคนไทยที่รักทุกคน\n"
                     "เด็กและเยาวชนไทยทุกคนเป็นกำลังสำคัญในการพัฒนาความเจริญก้าวหน้าของประเทศชาติ\n")
    (message,) = doc.attachments
    assert (message.kind, message.lines[0]) == ("letter", 5)
    assert parts(message) == ["lead_in", "quoted_text"]
    assert [b.text for b in doc.body] == ["พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรีมอบสารเนื่องในโอกาส “วันเด็กแห่งชาติ” "
                                          "วันเสาร์ที่ 13 มกราคม 2561 ความว่า"]


def test_a_paragraph_above_does_not_lend_its_words_to_a_lead_in():
    # the message is named in the paragraph above, which a blank line closes
    doc = parse_text(HEAD + "นายกรัฐมนตรีมอบสารเนื่องในโอกาสวันเด็กแห่งชาติ ณ ทำเนียบรัฐบาล ซึ่งมีผู้ร่วมงานเป็นจำนวนมาก\n\n"
                     "ผู้สื่อข่าวรายงานว่า ในวันเดียวกัน นักเรียนได้กล่าวความว่า " + MESSAGE)
    assert doc.attachments == ()


def test_real_childrens_day_message_starts_after_its_lead_in():
    doc = parse_file(CORPUS / "206.txt")
    (message,) = doc.attachments
    assert message.body[0].text.startswith("เนื่องในวันเด็กแห่งชาติ ประจำปีพุทธศักราช 2561")
    lead = [b.text for b in doc.body if b.lines == (6, 6)]
    assert lead == ["พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรีมอบสารเนื่องในโอกาส “วันเด็กแห่งชาติ” วันเสาร์ที่ 13 มกราคม 2561 ความว่า"]


def test_real_list_of_eighteen_retailers_is_no_document():
    assert parse_file(CORPUS / "232.txt").attachments == ()


# -- an announcement's effect sentence and dating line on one line -------------------------


def test_an_announcement_whose_dating_line_closes_its_effect_sentence():
    doc = parse_text(HEAD + (
        "กรมการขนส่งทางราง ได้ออกประกาศกรม เรื่อง มาตรการ โดยมีรายละเอียดดังนี้\n"
        "ตามที่ได้มีประกาศสถานการณ์ฉุกเฉินในทุกเขตท้องที่ทั่วราชอาณาจักร\n"
        "และต่อมาได้มีการผ่อนคลายมาตรการ\n"
        "กรมจึงออกประกาศ เรื่อง มาตรการพึงปฏิบัติ โดยมีรายละเอียด ดังนี้\n"
        "1. ทำความสะอาดสถานีและขบวนรถ\n"
        "2. จัดให้มีจุดบริการเจลแอลกอฮอล์\n"
        "ทั้งนี้ มีผลบังคับใช้ตั้งแต่วันนี้เป็นต้นไป ประกาศ ณ วันที่ 24 มิถุนายน 2565\n"
        "\n"
        "ที่มา : https://www.thaigov.go.th/news/contents/details/1\n"))
    (notice,) = doc.attachments
    assert (notice.kind, notice.lines, notice.title) == ("announcement", (5, 10), None)
    assert parts(notice) == ["preamble", "first_clause", "dating_line"]
    assert notice.signed.date.iso == "2022-06-24"
    assert clause_numbers(notice) == ["1", "2"]
    # the effect sentence is still the document's text
    assert any("มีผลบังคับใช้" in block.text for block in notice.body)


def test_a_dating_formula_that_cites_another_document_ends_nothing():
    doc = parse_text(HEAD + (
        "1. ให้เป็นไปตามประกาศสำนักงาน เรื่อง เงื่อนไขการใช้ท่าอากาศยาน ประกาศ ณ วันที่ 3 พฤษภาคม พ.ศ. 2563\n"))
    assert doc.attachments == ()


def test_real_rail_department_announcement():
    (notice,) = parse_file(CORPUS / "227.txt").attachments
    assert (notice.kind, notice.lines) == ("announcement", (8, 17))
    assert notice.signed.date.iso == "2022-06-24"
    assert clause_numbers(notice) == ["1", "2", "3", "4", "5"]


def test_a_title_run_on_into_the_first_paragraph_starts_the_announcement():
    doc = parse_text(HEAD + (
        "สำนักงานการบินพลเรือนแห่งประเทศไทยออกประกาศห้ามอากาศยานทำการบินเข้าสู่ประเทศไทย\n"
        "ประกาศสำนักงานการบินพลเรือนแห่งประเทศไทย เรื่อง ห้ามอากาศยานทำการบินเข้าสู่ประเทศไทยเป็นการชั่วคราว "
        "ด้วยปรากฏว่าสถานการณ์การระบาดของโรคติดเชื้อไวรัสโคโรนา 2019 ยังคงมีความรุนแรง "
        "จึงห้ามอากาศยานทำการบินเข้าสู่ประเทศไทย\n"
        "ทั้งนี้ ตั้งแต่วันที่ 4 เมษายน 2563 เป็นต้นไป\n"
        "ประกาศ ณ วันที่ 3 เมษายน 2563\n"
        "นายจุฬา สุขมานพ\n"
        "ผู้อำนวยการสำนักงานการบินพลเรือนแห่งประเทศไทย\n"
        "\n"
        "ที่มา : https://www.thaigov.go.th/news/contents/details/1\n"))
    (notice,) = doc.attachments
    assert (notice.kind, notice.lines, notice.title) == ("announcement", (5, 9), "ประกาศสำนักงานการบินพลเรือนแห่งประเทศไทย")
    assert parts(notice) == ["title", "dating_line"]
    assert notice.header.subject == "ห้ามอากาศยานทำการบินเข้าสู่ประเทศไทยเป็นการชั่วคราว"
    # the first paragraph shares the title's line and is still the text's first paragraph
    assert notice.body[0].text.startswith("ด้วยปรากฏว่า") and notice.body[0].lines == (5, 5)
    assert [s.name for s in notice.signatories] == ["จุฬา สุขมานพ"]


# -- a notice dated at its foot -----------------------------------------------------------------


def test_a_notice_dated_at_its_foot_is_a_letter_that_ends_at_its_date():
    doc = parse_text(HEAD + (
        "สำนักพัฒนาครูชี้แจงปัญหาระบบการลงทะเบียน ดังนี้\n"
        "เรียน ผู้อำนวยการโรงเรียน และครูทุกท่าน\n"
        "กรณีที่เข้าระบบไม่ได้ ช่องทางที่จะช่วยแก้ไขปัญหา มีดังนี้\n"
        "1. Email: training@example.org\n"
        "2. Tel: 02 288 5634\n"
        "วันที่ 27 ก.ค. 60\n"
        "สรุป/รายงาน\n"))
    (notice,) = doc.attachments
    assert (notice.kind, notice.lines) == ("letter", (5, 9))
    assert parts(notice) == ["salutation", "date_line"]
    assert notice.header.date.iso == "2017-07-27"
    assert notice.signatories == ()


def test_a_date_line_with_the_report_going_on_under_it_is_no_notices_foot():
    doc = parse_text(HEAD + (
        "ผู้ประกอบการสามารถส่งเอกสารทางไปรษณีย์ โดยมีขั้นตอนดังนี้\n"
        "1.จ่าหน้าซอง\n"
        "เรียน ผู้อำนวยการกองส่งเสริมเทคโนโลยีความปลอดภัยโรงงาน\n"
        "กรมโรงงานอุตสาหกรรม\n"
        "2.ส่งไปรษณีย์ลงทะเบียนภายในวันที่กำหนด\n"
        "วันที่ 30 เมษายน 2563\n"
        "3.เจ้าหน้าที่ตรวจความครบถ้วนของเอกสาร\n"
        "4.กรมส่งหนังสือให้ผู้ประกอบการทางไปรษณีย์\n"
        "สอบถามข้อมูลเพิ่มเติม : กองส่งเสริมเทคโนโลยีความปลอดภัยโรงงาน\n"
        "โทร. 0 2202 4216\n"
        "\n"
        "ที่มา : https://www.thaigov.go.th/news/contents/details/1\n"))
    assert doc.attachments == ()


def test_real_teacher_registration_notice():
    (notice,) = parse_file(CORPUS / "207.txt").attachments
    assert (notice.kind, notice.lines, notice.header.date.iso) == ("letter", (7, 30), "2017-07-27")
    assert notice.signatories == ()  # "(กรุณาใช้ chrome ในการกรอกข้อมูล)" is a note, not a name


# -- a letter quoted with its head ----------------------------------------------------------


def test_a_letter_in_a_report_starts_at_its_head_not_its_salutation():
    doc = parse_text(HEAD + "รัฐมนตรีว่าการกระทรวงยื่นหนังสือลาออก โดยมีรายละเอียดดังนี้\n" + (
        "กระทรวงการคลัง\n"
        "ถนนพระรามที่ ๖ กรุงเทพฯ ๑๐๔๐๐\n"
        "๑๖ กรกฎาคม ๒๕๖๓\n"
        "เรื่อง ขอลาออกจากตำแหน่งรัฐมนตรีว่าการกระทรวงการคลัง\n"
        "กราบเรียน ฯพณฯ นายกรัฐมนตรี\n"
        "ด้วยกระผมมีความประสงค์ขอลาออกจากตำแหน่ง ตั้งแต่วันที่ ๑๖ กรกฎาคม ๒๕๖๓ เป็นต้นไป\n"
        "จึงกราบเรียนมาเพื่อโปรดทราบ\n"
        "ขอแสดงความนับถืออย่างยิ่ง\n"
        "(นายอุตตม สาวนายน)\n"
        "รัฐมนตรีว่าการกระทรวงการคลัง\n"))
    (letter,) = doc.attachments
    assert (letter.kind, letter.lines) == ("letter", (5, 14))  # the lead-in line 4 stays the report's
    assert (letter.header.issuer.name, letter.header.issuer.postcode) == ("กระทรวงการคลัง", "10400")
    assert letter.header.date.iso == "2020-07-16"
    assert letter.header.subject == "ขอลาออกจากตำแหน่งรัฐมนตรีว่าการกระทรวงการคลัง"
    assert (letter.header.salutation.word, letter.closing) == ("กราบเรียน", "ขอแสดงความนับถืออย่างยิ่ง")
    assert [s.name for s in letter.signatories] == ["อุตตม สาวนายน"]


# -- letters one after another in one file ----------------------------------------------------


def _letter(number: str, day: str) -> str:
    return (f"ที่ มท ๐๘๑๐.๓/ว {number}\n"
            "กรมส่งเสริมการปกครองท้องถิ่น\n"
            "ถนนนครราชสีมา เขตดุสิต กทม. ๑๐๓๐๐\n"
            f"{day} ธันวาคม ๒๕๕๖\n"
            f"เรื่อง ขอความร่วมมือประชาสัมพันธ์ ฉบับที่ {number}\n"
            "เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด\n"
            "ด้วยกรมส่งเสริมการปกครองท้องถิ่นขอความร่วมมือประชาสัมพันธ์โครงการ\n"
            "จึงเรียนมาเพื่อโปรดพิจารณา\n"
            "ขอแสดงความนับถือ\n"
            "(นายสมชาย ใจดี)\n"
            "อธิบดีกรมส่งเสริมการปกครองท้องถิ่น\n")


def test_a_second_letter_after_the_first_ones_closing_is_another_document():
    doc = parse_text(_letter("๑๒๓", "๗") + "\f" + _letter("๑๒๔", "๘"))
    (second,) = doc.attachments
    assert (doc.kind, doc.header.ref.raw, doc.header.date.iso) == ("letter", "มท ๐๘๑๐.๓/ว ๑๒๓", "2013-12-07")
    assert [s.name for s in doc.signatories] == ["สมชาย ใจดี"]
    # it starts at its ที่ line, not at the first letter's signer above it
    assert (second.kind, second.lines, second.header.ref.raw, second.header.date.iso) == (
        "letter", (12, 22), "มท ๐๘๑๐.๓/ว ๑๒๔", "2013-12-08")
    assert [s.name for s in second.signatories] == ["สมชาย ใจดี"]


def test_a_translation_caption_labels_the_message_below_not_the_one_above():
    doc = parse_file(CORPUS / "205.txt")  # line 14 "-คำแปลอย่างไม่เป็นทางการ-" over the second message
    first, second = doc.attachments
    assert (first.lines, second.lines) == ((7, 12), (15, 21))
    assert not any(block.lines == (14, 14) for block in first.body)
    assert any(kept.lines == (14, 14) for kept in doc.unparsed)


# -- an issuance quoted whole inside one line ----------------------------------------------------

ROYAL = ("“พระบรมราชโองการ ประกาศ ให้รัฐมนตรีพ้นจากความเป็นรัฐมนตรี ตามที่ได้มีพระบรมราชโองการโปรดเกล้าโปรดกระหม่อม"
         "ให้แต่งตั้งคณะรัฐมนตรี นั้น บัดนี้ ทรงพระกรุณาโปรดเกล้าโปรดกระหม่อมให้ นายสมชาย ใจดี พ้นจากความเป็นรัฐมนตรี "
         "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป ประกาศ ณ วันที่ 27 เมษายน พุทธศักราช 2567 เป็นปีที่ 9 ในรัชกาลปัจจุบัน "
         "ผู้รับสนองพระบรมราชโองการ เศรษฐา ทวีสิน นายกรัฐมนตรี”")


def test_a_royal_command_quoted_in_one_paragraph_is_an_announcement():
    doc = parse_text(HEAD + "ราชกิจจานุเบกษาเผยแพร่พระบรมราชโองการ ให้รัฐมนตรีพ้นจากตำแหน่ง " + ROYAL
                     + " ทั้งนี้ มีผลตั้งแต่วันที่ประกาศ\n")
    (royal,) = doc.attachments
    assert (royal.kind, royal.lines, parts(royal)) == ("announcement", (4, 4), ["quoted_title", "dating_line"])
    assert (royal.title, royal.header.subject) == ("ประกาศ", "ให้รัฐมนตรีพ้นจากความเป็นรัฐมนตรี")
    assert royal.signed.date.iso == "2024-04-27" and royal.signed.lines == (4, 4)
    assert [(s.name, s.role, s.positions) for s in royal.signatories] == [
        ("เศรษฐา ทวีสิน", "countersigner", ("นายกรัฐมนตรี",))]
    assert [b.text for b in royal.body] == [
        "ตามที่ได้มีพระบรมราชโองการโปรดเกล้าโปรดกระหม่อมให้แต่งตั้งคณะรัฐมนตรี นั้น บัดนี้ ทรงพระกรุณาโปรดเกล้า"
        "โปรดกระหม่อมให้ นายสมชาย ใจดี พ้นจากความเป็นรัฐมนตรี", "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป"]
    # The reporter's words before and after the quotation stay the report's: nothing is lost.
    (lead,) = [b.text for b in doc.body if b.lines == (4, 4)]
    assert lead == "ราชกิจจานุเบกษาเผยแพร่พระบรมราชโองการ ให้รัฐมนตรีพ้นจากตำแหน่ง “พระบรมราชโองการ ” ทั้งนี้ มีผลตั้งแต่วันที่ประกาศ"
    assert not doc.unparsed and not royal.unparsed


def test_after_khwam_wa_the_royal_command_is_read_the_same():
    doc = parse_text(HEAD + "ราชกิจจานุเบกษาเผยแพร่พระบรมราชโองการ โดยมีใจความว่า " + ROYAL + "\n")
    (royal,) = doc.attachments
    assert (royal.title, royal.header.subject, royal.signed.date.iso) == (
        "ประกาศ", "ให้รัฐมนตรีพ้นจากความเป็นรัฐมนตรี", "2024-04-27")


def test_an_order_and_a_ministrys_announcement_quoted_in_one_paragraph():
    order = parse_text(HEAD + "ผู้ว่าราชการจังหวัดได้ลงนามในคำสั่ง “คำสั่งจังหวัดขอนแก่น ที่ 123/2567 เรื่อง แต่งตั้งคณะทำงาน"
                       "ป้องกันภัยหนาว อาศัยอำนาจตามความในมาตรา 57 แห่งพระราชบัญญัติระเบียบบริหารราชการแผ่นดิน พ.ศ. 2534 "
                       "จึงแต่งตั้งคณะทำงาน ประกอบด้วย นายสมชาย ใจดี ประธานคณะทำงาน ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป "
                       "สั่ง ณ วันที่ 1 ธันวาคม พ.ศ. 2567 นายสมศักดิ์ มั่นคง ผู้ว่าราชการจังหวัดขอนแก่น” เพื่อเตรียมความพร้อม\n"
                       ).attachments[0]
    assert (order.kind, order.title, order.header.ref.raw, order.header.subject) == (
        "order", "คำสั่งจังหวัดขอนแก่น", "123/2567", "แต่งตั้งคณะทำงานป้องกันภัยหนาว")
    assert order.signed.date.iso == "2024-12-01"
    assert [(s.honorific, s.name, s.positions) for s in order.signatories] == [
        ("นาย", "สมศักดิ์ มั่นคง", ("ผู้ว่าราชการจังหวัดขอนแก่น",))]
    notice = parse_text(HEAD + "กระทรวงมหาดไทยได้ออกประกาศ “ประกาศกระทรวงมหาดไทย เรื่อง กำหนดวันหยุดราชการเพิ่มเป็นกรณีพิเศษ "
                        "ด้วยคณะรัฐมนตรีมีมติให้กำหนดวันหยุดราชการเพิ่มเป็นกรณีพิเศษ จึงประกาศให้ทราบโดยทั่วกัน "
                        "ประกาศ ณ วันที่ 9 มกราคม พ.ศ. 2567 นายอนุทิน ชาญวีรกูล รัฐมนตรีว่าการกระทรวงมหาดไทย”\n").attachments[0]
    assert (notice.kind, notice.title, notice.header.subject, notice.signed.date.iso) == (
        "announcement", "ประกาศกระทรวงมหาดไทย", "กำหนดวันหยุดราชการเพิ่มเป็นกรณีพิเศษ", "2024-01-09")


def test_a_cited_or_named_issuance_is_no_quoted_document():
    # Named with its dating outside quotes (corpus 011's wording), or in quotes that close
    # before the dating formula: the report refers to the document, it does not quote it.
    cited = parse_text(HEAD + "ตามที่ได้มีประกาศสำนักงานการบินพลเรือนแห่งประเทศไทย เรื่อง ห้ามอากาศยานทำการบินเข้าสู่ประเทศไทย"
                       "เป็นการชั่วคราว ประกาศ ณ วันที่ 3 เมษายน 2563 นั้น โฆษกกล่าวว่า ให้ขยายเวลาออกไป\n")
    named = parse_text(HEAD + "โฆษกกล่าวว่า ตาม “ประกาศกระทรวงมหาดไทย เรื่อง กำหนดวันหยุด” ซึ่งประกาศ ณ วันที่ 9 มกราคม 2567 นั้น"
                       " ประชาชนควรทราบ\n")
    # …or cited in quotes with its dating, but with no text between: a name and a date.
    dated = parse_text(HEAD + "โฆษกกล่าวว่า ตาม “ประกาศกระทรวงสาธารณสุข เรื่อง ชื่อและอาการสำคัญของโรคติดต่ออันตราย (ฉบับที่ 3)"
                       " พ.ศ. 2563 ประกาศ ณ วันที่ 5 มีนาคม พ.ศ. 2563” นั้น ประชาชนควรทราบ\n")
    assert cited.attachments == () and named.attachments == () and dated.attachments == ()


def test_real_citations_of_announcements_stay_citations():
    for name in ("011.txt", "012.txt"):  # "ตามที่ได้มีประกาศ… ประกาศ ณ วันที่ 3 เมษายน 2563 …"
        assert all("quoted_title" not in parts(a) for a in parse_file(CORPUS / name).attachments), name
