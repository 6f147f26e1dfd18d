"""Reading rules found by the robustness harness (benchmarks/robustness.py): the same document,
copied with a blank line between every line or wrapped at another width, reads the same.
Each text is short and written here; the rules are in docs/reading-rules.md."""

from __future__ import annotations

from moukit import parse_text
from moukit.models import Clause

LETTER = """ที่ มท ๐๘๙๑.๓/ว ๒๕๕๖
กรมส่งเสริมการปกครองท้องถิ่น
ถนนนครราชสีมา เขตดุสิต กทม. ๑๐๓๐๐
๗ ธันวาคม ๒๕๕๖
เรื่อง ขอความร่วมมือประชาสัมพันธ์บันทึกข้อตกลง
ว่าด้วยการพัฒนาองค์กรปกครองส่วนท้องถิ่น
เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด
ด้วยกรมส่งเสริมการปกครองท้องถิ่นได้ลงนามบันทึกข้อตกลงดังกล่าว จึงขอความร่วมมือจังหวัดแจ้งองค์กรปกครองส่วนท้องถิ่นทราบ
ขอแสดงความนับถือ
นายสมชาย ใจดี
อธิบดีกรมส่งเสริมการปกครองท้องถิ่น
"""

ANNOUNCEMENT = """ประกาศ
ให้รัฐมนตรีพ้นจากความเป็นรัฐมนตรีและแต่งตั้งรัฐมนตรี
--------------------------------------
โดยที่นายกรัฐมนตรีได้กราบบังคมทูลว่า ได้มีรัฐมนตรีลาออกจากตำแหน่ง จึงทรงพระกรุณาโปรดเกล้าโปรดกระหม่อม ดังต่อไปนี้
๑. ให้รัฐมนตรีพ้นจากความเป็นรัฐมนตรี
๒. แต่งตั้งรัฐมนตรี
ประกาศ ณ วันที่ ๒๓ พฤศจิกายน พ.ศ. ๒๕๖๐
พลเอก ประยุทธ์ จันทร์โอชา
นายกรัฐมนตรี
"""


def spaced(text: str) -> str:
    """The text as a copy that puts a blank line after every line gives it."""
    return "\n\n".join(text.splitlines()) + "\n"


def _numbers(blocks, parent: str = "") -> list[str]:
    found = []
    for block in blocks:
        if isinstance(block, Clause):
            found.append(parent + block.number)
            found += _numbers(block.children, parent + block.number + ">")
    return found


def test_a_subject_runs_down_to_its_salutation_through_blank_lines():
    for text in (LETTER, spaced(LETTER)):
        doc = parse_text(text)
        assert doc.header.subject == "ขอความร่วมมือประชาสัมพันธ์บันทึกข้อตกลงว่าด้วยการพัฒนาองค์กรปกครองส่วนท้องถิ่น"
        assert doc.header.salutation.addressee == "ผู้ว่าราชการจังหวัด ทุกจังหวัด"


def test_a_title_block_spaced_by_blank_lines_keeps_its_subject():
    for text in (ANNOUNCEMENT, spaced(ANNOUNCEMENT)):
        doc = parse_text(text)
        assert (doc.kind, doc.title) == ("announcement", "ประกาศ")
        assert doc.header.subject == "ให้รัฐมนตรีพ้นจากความเป็นรัฐมนตรีและแต่งตั้งรัฐมนตรี"


ORDER = """คำสั่งกระทรวงศึกษาธิการ
ที่ ๑๒๓/๒๕๖๗
เรื่อง แต่งตั้งคณะทำงาน
----------------------------
อาศัยอำนาจตามความในมาตรา ๒๒ แห่งพระราชบัญญัติระเบียบบริหารราชการกระทรวงศึกษาธิการ
พ.ศ. ๒๕๔๖ จึงมีคำสั่ง ดังนี้
๑. ให้คณะทำงานประกอบด้วยบุคคลตามข้อ ๓ (๑) (๒) และ (๓) จนกว่าจะได้แต่งตั้งตามข้อ ๓ (๔) และ
(๕) ซึ่งต้องดำเนินการให้แล้วเสร็จภายในเก้าสิบวันนับแต่วันที่คำสั่งนี้ใช้บังคับ ตามมาตรา
๒๒ แห่งพระราชบัญญัติดังกล่าว
๒. ให้คณะทำงานรายงานผลต่อรัฐมนตรีว่าการกระทรวงศึกษาธิการเพื่อป้องกันโรคติดเชื้อ (COVID
๑๙) ทุกสามเดือนนับแต่วันที่ได้รับแต่งตั้ง ตามประกาศกระทรวงศึกษาธิการ (ฉบับที่
๓) ที่เกี่ยวข้อง
ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป
สั่ง ณ วันที่ ๑ มกราคม พ.ศ. ๒๕๖๗
นายสมชาย ใจดี
รัฐมนตรีว่าการกระทรวงศึกษาธิการ
"""


def test_a_number_that_a_wrapped_line_cites_opens_no_clause():
    doc = parse_text(ORDER)
    assert doc.kind == "order"
    assert _numbers(doc.body) == ["1", "2"]
    first, second = (block for block in doc.body if isinstance(block, Clause))
    assert "(๔) และ (๕) ซึ่งต้อง" in first.text and "ตามมาตรา ๒๒ แห่ง" in first.text
    assert "(COVID ๑๙) ทุกสามเดือน" in second.text and "(ฉบับที่ ๓) ที่เกี่ยวข้อง" in second.text


def test_a_list_item_ended_by_and_still_ends_before_the_next_item():
    # "(๒) … และ" / "(๓) …": the และ before a list's last item cites no number.
    text = ORDER.replace(
        "๑. ให้คณะทำงานประกอบด้วยบุคคลตามข้อ ๓ (๑) (๒) และ (๓) จนกว่าจะได้แต่งตั้งตามข้อ ๓ (๔) และ\n"
        "(๕) ซึ่งต้องดำเนินการให้แล้วเสร็จภายในเก้าสิบวันนับแต่วันที่คำสั่งนี้ใช้บังคับ ตามมาตรา\n"
        "๒๒ แห่งพระราชบัญญัติดังกล่าว\n",
        "๑. ให้คณะทำงานมีหน้าที่ ดังนี้\n(๑) ศึกษาและวิเคราะห์ข้อมูลที่เกี่ยวข้องกับการจัดการศึกษาในพื้นที่ และ\n"
        "(๒) รายงานผลการดำเนินงานต่อรัฐมนตรีว่าการกระทรวงศึกษาธิการ\n")
    assert _numbers(parse_text(text).body) == ["1", "1>1", "1>2", "2"]


def test_a_lead_in_tail_on_its_own_line_keeps_its_items():
    # "… มีอำนาจหน้าที่" / "ดังต่อไปนี้" / "(๑) …": as printed, and with blank lines between.
    for gap in ("\n", "\n\n"):
        text = ORDER.replace("๒. ให้คณะทำงานรายงานผล", gap.join([
            "๒. ให้คณะทำงานมีอำนาจหน้าที่", "ดังต่อไปนี้", "(๑) ศึกษาข้อมูล", "(๒) จัดทำรายงาน",
            "๓. ให้คณะทำงานรายงานผล"]))
        assert _numbers(parse_text(text).body) == ["1", "2", "2>1", "2>2", "3"], repr(gap)


STATEMENT = """แถลงการณ์ของนายกรัฐมนตรี เรื่อง การเตรียมความพร้อมรับมือสถานการณ์อุทกภัยในพื้นที่ภาคเหนือ
และภาคตะวันออกเฉียงเหนือ
วันที่ ๑ ธันวาคม ๒๕๕๙
รัฐบาลขอแจ้งให้ประชาชนในพื้นที่เสี่ยงภัยทราบว่า ได้สั่งการให้หน่วยงานที่เกี่ยวข้องเตรียมความพร้อม
ทั้งเครื่องมือ เครื่องจักร และกำลังพล เพื่อช่วยเหลือประชาชนได้ทันทีเมื่อเกิดเหตุ ขอให้ประชาชนติดตาม
ข่าวสารจากทางราชการอย่างใกล้ชิด
"""


def test_a_title_line_wrapped_by_the_page_goes_on_below():
    doc = parse_text(STATEMENT)
    assert doc.kind == "statement"
    assert doc.title == "แถลงการณ์ของนายกรัฐมนตรี"
    assert doc.header.subject == "การเตรียมความพร้อมรับมือสถานการณ์อุทกภัยในพื้นที่ภาคเหนือและภาคตะวันออกเฉียงเหนือ"
    assert doc.header.date is not None and doc.header.date.iso == "2016-12-01"


def test_a_short_title_line_takes_no_line_below():
    # A title line shorter than the page's text ends where it ends.
    text = STATEMENT.replace(" เรื่อง การเตรียมความพร้อมรับมือสถานการณ์อุทกภัยในพื้นที่ภาคเหนือ\n", "\n", 1)
    doc = parse_text(text)
    assert (doc.title, doc.header.subject) == ("แถลงการณ์ของนายกรัฐมนตรี", None)


def test_a_date_line_under_a_wrapped_title_stays_the_date():
    text = STATEMENT.replace("และภาคตะวันออกเฉียงเหนือ\nวันที่ ๑ ธันวาคม ๒๕๕๙\n",
                             "และภาคตะวันออกเฉียงเหนือของประเทศไทยซึ่งมีฝนตกหนักต่อเนื่องมาหลายสัปดาห์แล้ว\n"
                             "วันที่ ๑ ธันวาคม ๒๕๕๙\n")
    doc = parse_text(text)
    assert doc.header.subject.endswith("มาหลายสัปดาห์แล้ว")
    assert doc.header.date.iso == "2016-12-01"


ANNOUNCED = """ประกาศสำนักงานการบินพลเรือนแห่งประเทศไทย  เรื่อง เงื่อนไขและเงื่อนเวลาในการใช้ท่าอากาศยานเพื่อการขึ้นลงของ
อากาศยาน (ฉบับที่ ๓)
ตามที่ได้มีประกาศสำนักงานการบินพลเรือนแห่งประเทศไทย กำหนดเงื่อนไขการใช้ท่าอากาศยานไว้แล้ว นั้น
๑. ให้ยกเลิกประกาศฉบับก่อน
๒. ให้ท่าอากาศยานภูเก็ตปิดให้บริการ
ประกาศ ณ วันที่ ๑๕ พฤษภาคม พ.ศ. ๒๕๖๓
นายจุฬา สุขมานพ
ผู้อำนวยการสำนักงานการบินพลเรือนแห่งประเทศไทย
"""


def test_a_title_and_its_subject_wrapped_by_the_page_open_a_document():
    # Inside a news page, where a title must be confirmed: the text opens one line further down.
    page = "ข่าวทำเนียบรัฐบาล\nวันเสาร์ที่ ๑๖ พฤษภาคม ๒๕๖๓\nกพท. ระงับการดำเนินการของสนามบินภูเก็ต\n" + ANNOUNCED
    found = [doc for doc in (parse_text(page), *parse_text(page).attachments) if doc.kind == "announcement"]
    assert [doc.title for doc in found] == ["ประกาศสำนักงานการบินพลเรือนแห่งประเทศไทย"]
    assert found[0].header.subject == ("เงื่อนไขและเงื่อนเวลาในการใช้ท่าอากาศยานเพื่อการขึ้นลงของอากาศยาน"
                                       " (ฉบับที่ ๓)")


def test_a_title_or_subject_that_ends_where_none_ends_goes_on_below():
    for head, title, subject in [
        ("ถ้อยแถลงร่วมจากผู้นำของ\nอาร์เจนตินา ออสเตรีย และไทย\nเรียกร้องให้มีการปล่อยตัวประกัน\n-----",
         "ถ้อยแถลงร่วมจากผู้นำของอาร์เจนตินา ออสเตรีย และไทย", "เรียกร้องให้มีการปล่อยตัวประกัน"),
        ("ประกาศสำนักงานการบินพลเรือนแห่งประเทศไทย\nเรื่อง ห้ามอากาศยานทำการบินเข้าสู่ประเทศไทย (ฉบับ\nที่ ๓)",
         "ประกาศสำนักงานการบินพลเรือนแห่งประเทศไทย", "ห้ามอากาศยานทำการบินเข้าสู่ประเทศไทย (ฉบับที่ ๓)"),
    ]:
        doc = parse_text(head + "\n" + ANNOUNCED.split("\n", 2)[2])
        assert (doc.title, doc.header.subject) == (title, subject)


WRAPPED_ORDER = """คำสั่งนายกรัฐมนตรี
ที่ ๕/๒๕๖๓
เรื่อง การจัดตั้งหน่วยงานพิเศษเพื่อปฏิบัติหน้าที่ตามพระราชกำหนด การบริหาร
ราชการในสถานการณ์ฉุกเฉิน พ.ศ. ๒๕๔๘
อาศัยอำนาจตามความในมาตรา ๗ แห่งพระราชกำหนดการบริหารราชการใน
สถานการณ์ฉุกเฉิน พ.ศ. ๒๕๔๘ นายกรัฐมนตรีจึงมีคำสั่งให้ดำเนินการดังนี้
๑. ให้จัดตั้งศูนย์บริหารสถานการณ์การแพร่ระบาดของโรคติดเชื้อ
๒. ให้หน่วยงานของรัฐให้การสนับสนุนการปฏิบัติงานของศูนย์
สั่ง ณ วันที่ ๒๕ มีนาคม พ.ศ. ๒๕๖๓
พลเอก ประยุทธ์ จันทร์โอชา
นายกรัฐมนตรี
"""


def test_a_subject_line_wrapped_by_the_page_goes_on_below():
    # As a title's: an order's subject line as wide as the printed text (wrapped at 60
    # columns, with no rule or blank line under the head) takes the line under it.
    doc = parse_text(WRAPPED_ORDER)
    assert doc.kind == "order"
    assert doc.header.subject == "การจัดตั้งหน่วยงานพิเศษเพื่อปฏิบัติหน้าที่ตามพระราชกำหนด การบริหารราชการในสถานการณ์ฉุกเฉิน พ.ศ. ๒๕๔๘"
    assert doc.body[0].text.startswith("อาศัยอำนาจ")


def test_a_short_subject_line_takes_no_line_below():
    text = WRAPPED_ORDER.replace("ตามพระราชกำหนด การบริหาร\n", "\n", 1)
    doc = parse_text(text)
    assert doc.header.subject == "การจัดตั้งหน่วยงานพิเศษเพื่อปฏิบัติหน้าที่"


def test_a_sub_item_cut_by_a_short_line_keeps_its_list_open():
    # "(๒) … ได้แก่ …" / "ปลัดกระทรวงศึกษาธิการ" (a short line) / "การศึกษา …" / "(๓) …": the
    # paragraph under the short line is the rest of (๒), and (๓) stays in ข้อ ๒'s list.
    listed = [
        "๒. ให้คณะกรรมการประกอบด้วย",
        "(๑) รัฐมนตรีว่าการกระทรวงศึกษาธิการ เป็นประธานกรรมการ",
        "(๒) กรรมการโดยตำแหน่ง ได้แก่ รัฐมนตรีช่วยว่าการกระทรวงศึกษาธิการ",
        "ปลัดกระทรวงศึกษาธิการ",
        "เลขาธิการสภาการศึกษา และเลขาธิการคณะกรรมการการศึกษาขั้นพื้นฐาน เลขาธิการคุรุสภา",
        "(๓) กรรมการผู้ทรงคุณวุฒิ ซึ่งรัฐมนตรีแต่งตั้ง",
        "๓. ให้คณะทำงานรายงานผล"]
    text = ORDER.replace("๒. ให้คณะทำงานรายงานผล", "\n".join(listed))
    doc = parse_text(text)
    assert _numbers(doc.body) == ["1", "2", "2>1", "2>2", "2>3", "3"]
    second = [block for block in doc.body if isinstance(block, Clause)][1].children[1]
    assert second.text.endswith("เลขาธิการคุรุสภา")


def test_a_paragraph_between_top_level_clauses_stays_apart():
    # Only a sub-list resumes: "ข้อ ๑" / a paragraph / "ข้อ ๒" keeps the paragraph on its own.
    text = ORDER.replace("๒. ให้คณะทำงานรายงานผล", "ให้ผู้อำนวยการสำนักงานเป็นผู้รักษาการ\n๒. ให้คณะทำงานรายงานผล")
    doc = parse_text(text)
    assert [type(block).__name__ for block in doc.body][-3:] == ["Paragraph", "Clause", "Paragraph"]



def test_a_line_opening_with_khong_goes_on_from_a_line_of_text_above():
    # a ragged print line ("… ตามนโยบาย") under 80 % of the page, then "ของกระทรวง… ดังนี้": the
    # sentence goes on, so the items under it stay ข้อ ๒'s and do not open a list of their own
    listed = [
        "๒. การติดตามและประเมินผลการจัดการศึกษาระดับส่วนราชการ เป็นการติดตาม ตรวจสอบ และ",
        "ประเมินผลการจัดการศึกษาในอำนาจหน้าที่ของส่วนราชการนั้น ๆ ตามนโยบาย",
        "ของกระทรวงศึกษาธิการโดยให้ส่วนราชการดำเนินการ ดังนี้",
        "(๑) กำหนดแนวทางการติดตามและประเมินผลการจัดการศึกษาของหน่วยงานการศึกษาในสังกัด",
        "(๒) รายงานผลการติดตามและประเมินผลการจัดการศึกษาต่อรัฐมนตรีว่าการกระทรวงศึกษาธิการ",
        "๓. ให้คณะทำงานรายงานผล"]
    doc = parse_text(ORDER.replace("๒. ให้คณะทำงานรายงานผล", "\n".join(listed)))
    assert _numbers(doc.body) == ["1", "2", "2>1", "2>2", "3"]
    second = [block for block in doc.body if isinstance(block, Clause)][1]
    assert second.text.endswith("ของกระทรวงศึกษาธิการโดยให้ส่วนราชการดำเนินการ ดังนี้")


def test_a_line_opening_with_khong_goes_on_from_a_ragged_line_of_text_under_print_width():
    # A page that breaks only at spaces leaves ragged lines: "สำนักงานศึกษาธิการภาคนั้น ๆ ตามภารกิจ
    # และตามนโยบาย" (43 columns, under a printed line's 45) is still running text, and
    # "ของกระทรวง…" goes on from it (corpus 220 re-wrapped at 60 columns; corpus 243's PDF).
    listed = [
        "ข้อ ๒ การติดตาม ตรวจสอบ และประเมินผลการจัดการศึกษาระดับภาคเป็นการ",
        "ติดตาม ตรวจสอบ และประเมินผลการจัดการศึกษาที่อยู่ในอำนาจหน้าที่ของ",
        "สำนักงานศึกษาธิการภาคนั้น ๆ ตามภารกิจและตามนโยบาย",
        "ของกระทรวงศึกษาธิการโดยให้สำนักงานศึกษาธิการภาคดำเนินการ ดังนี้",
        "(๑) กำหนดแนวทางการติดตาม ตรวจสอบ และประเมินผลการจัดการศึกษา",
        "(๒) รายงานผลการติดตามไปยังคณะกรรมการ",
        "ข้อ ๓ ให้คณะทำงานรายงานผล"]
    # A page of 60 columns: the block stands apart from the order's wider lines.
    text = ORDER.replace("๑. ให้คณะทำงาน", "ข้อ ๑ ให้คณะทำงาน").replace("๒. ให้คณะทำงานรายงานผล",
                                                                     "\n" + "\n".join(listed) + "\n")
    doc = parse_text(text)
    assert _numbers(doc.body) == ["1", "2", "2>1", "2>2", "3"]


def test_a_short_item_keeps_the_sentence_that_follows_the_list_apart():
    # "๓. บริษัท … จำกัด" / "ซึ่งกรม…": the report's sentence goes on after the list, not item ๓'s text
    items = "\n".join(f"{n}. บริษัท ตัวอย่างที่ {n} จำกัด" for n in "๑๒๓")
    doc = parse_text(LETTER.replace("ด้วยกรมส่งเสริม", "กรมได้ลงนามร่วมกับ\n" + items +
                                    "\nซึ่งกรมได้จัดให้มีพิธีลงนามในบันทึกข้อตกลงดังกล่าวขึ้น ณ กรมส่งเสริมการปกครองท้องถิ่น\nด้วยกรมส่งเสริม"))
    third = [block for block in doc.body if isinstance(block, Clause)][-1]
    assert third.text == "บริษัท ตัวอย่างที่ ๓ จำกัด"

MESSAGE = """สารแสดงความยินดีจากนายกรัฐมนตรี
ถึงนายหลี่ เค่อเฉียง นายกรัฐมนตรีสาธารณรัฐประชาชนจีน
ในโอกาสครบรอบ ๔๕ ปี แห่งการสถาปนาความสัมพันธ์ทางการทูต
วันที่ ๑ กรกฎาคม ๒๕๖๓
ฯพณฯ
ในโอกาสครบรอบ ๔๕ ปี แห่งการสถาปนาความสัมพันธ์ทางการทูตระหว่างราชอาณาจักรไทยกับสาธารณรัฐประชาชนจีน ข้าพเจ้าขอแสดงความยินดีมายัง ฯพณฯ
ขอแสดงความนับถือ
พลเอก ประยุทธ์ จันทร์โอชา
นายกรัฐมนตรี
"""

REPLY = """Phnom Penh, 19 December 2020
His Excellency General Prayuth Chan-o-cha
Prime Minister of the Kingdom of Thailand
Bangkok
Excellency,
On behalf of the Royal Government and people of Cambodia, I would like to extend my cordial congratulations to Your Excellency.
Please accept, Your Excellency, the renewed assurances of my highest consideration.
HUN SEN
"""


def test_a_message_heading_spaced_by_blank_lines_is_one_title():
    for text in (MESSAGE, spaced(MESSAGE)):
        doc = parse_text(text)
        assert doc.kind == "letter"
        assert doc.title == ("สารแสดงความยินดีจากนายกรัฐมนตรี ถึงนายหลี่ เค่อเฉียง นายกรัฐมนตรีสาธารณรัฐประชาชนจีน "
                             "ในโอกาสครบรอบ ๔๕ ปี แห่งการสถาปนาความสัมพันธ์ทางการทูต")


def test_an_inside_address_spaced_by_blank_lines_still_leads_to_the_salutation():
    for text in (REPLY, spaced(REPLY)):
        doc = parse_text(text)
        assert doc.kind == "letter"
        assert doc.header.salutation is not None and doc.header.salutation.word == "Excellency"


def test_a_line_ending_on_tam_takes_the_number_below_but_kor_tam_ends_a_sentence():
    lines = ["๒. หัวหน้าคณะทำงานอาจเปลี่ยนแปลงองค์ประกอบของคณะทำงานตาม",
             "ข้อ ๑ ได้ตามความเหมาะสม ไม่ว่าจะเป็นเวลาใดก็ตาม",
             "(๑) ให้แจ้งคณะทำงานทราบ",
             "๓. ให้คณะทำงานรายงานผล"]
    text = ORDER.replace("๒. ให้คณะทำงานรายงานผล", "\n".join(lines))
    assert _numbers(parse_text(text).body) == ["1", "2", "2>1", "3"]


def test_a_title_line_whose_bracket_closes_below_takes_that_line_even_if_it_opens_with_thi():
    head = "ประกาศสำนักงานการบินพลเรือนแห่งประเทศไทย เรื่อง ห้ามอากาศยานทำการบินเข้าสู่ประเทศไทย (ฉบับ\nที่ ๓)\n-----"
    doc = parse_text(head + "\n" + ANNOUNCED.split("\n", 2)[2])
    assert (doc.title, doc.header.subject, doc.header.ref) == (
        "ประกาศสำนักงานการบินพลเรือนแห่งประเทศไทย", "ห้ามอากาศยานทำการบินเข้าสู่ประเทศไทย (ฉบับที่ ๓)", None)


ENGLISH_LETTER = """ข้อความสารจากนายกรัฐมนตรี ถึงนายกรัฐมนตรีสาธารณรัฐอินเดีย
Excellency,
On behalf of the Government and people of Thailand, I would
like to express my deep condolences and sincere sympathy to
you, and those affected by the cyclone.
Accept, Excellency, the renewed assurances of my highest
consideration.
General Prayut Chan-o-cha (Ret.)
Prime Minister of the Kingdom of Thailand
"""


def _letters(text: str):
    doc = parse_text(text)
    return [d for d in (doc, *doc.attachments) if d.kind == "letter"]


def test_an_english_closing_wrapped_by_the_page_closes_the_letter():
    # "Accept, Excellency, the renewed assurances of my highest" / "consideration.": the
    # formula, too long for a 60-column page, read as one closing over its two lines.
    [letter] = _letters(ENGLISH_LETTER)
    assert letter.closing == "Accept, Excellency, the renewed assurances of my highest consideration."
    assert letter.closing_lines == (6, 7)
    assert [s.name for s in letter.signatories] == ["Prayut Chan-o-cha"]


def test_a_line_opening_like_an_english_closing_is_no_closing_when_the_next_does_not_end_it():
    text = ENGLISH_LETTER.replace("consideration.\n", "the sincere wishes of the people of Thailand.\n")
    assert [letter.closing for letter in _letters(text)] == [None]  # a letter by its title, unclosed


def test_a_sub_number_under_a_wrapped_line_that_cites_a_clause_goes_on_with_it():
    # "… ประกอบด้วยอนุกรรมการตามข้อ ๖" / "(๓) ซึ่งต้อง…" (an order wrapped at 60 columns): the
    # "(๓)" is the sub-item of the clause cited, "ข้อ ๖ (๓)", and opens no clause of its own.
    text = ORDER.replace(
        "๑. ให้คณะทำงานประกอบด้วยบุคคลตามข้อ ๓ (๑) (๒) และ (๓) จนกว่าจะได้แต่งตั้งตามข้อ ๓ (๔) และ\n"
        "(๕) ซึ่งต้องดำเนินการให้แล้วเสร็จภายในเก้าสิบวันนับแต่วันที่คำสั่งนี้ใช้บังคับ ตามมาตรา\n",
        "๑. ในวาระเริ่มแรกให้คณะทำงานประกอบด้วยบุคคลตามข้อ ๓ (๑) และ (๒) จนกว่าจะได้แต่งตั้งตามข้อ ๓\n"
        "(๓) ซึ่งต้องดำเนินการให้แล้วเสร็จภายในเก้าสิบวันนับแต่วันที่คำสั่งนี้ใช้บังคับ ตามมาตรา\n")
    doc = parse_text(text)
    assert _numbers(doc.body) == ["1", "2"]
    first = next(block for block in doc.body if isinstance(block, Clause))
    assert "แต่งตั้งตามข้อ ๓ (๓) ซึ่งต้อง" in first.text


def test_items_under_a_short_line_ending_on_a_cited_clause_stay_items():
    # Not wrapped by the page, the line ends where it ends: its items are items.
    text = ORDER.replace("๒. ให้คณะทำงานรายงานผล", "\n".join([
        "๒. ให้คณะทำงานปฏิบัติตามข้อ ๑", "(๑) ศึกษาข้อมูล", "(๒) จัดทำรายงาน", "๓. ให้คณะทำงานรายงานผล"]))
    assert _numbers(parse_text(text).body) == ["1", "2", "2>1", "2>2", "3"]


def test_a_later_letter_under_a_printed_line_with_no_lettered_list_open_goes_on_with_it():
    # "… ณ ห้องประชุม เวลา ๑๓.๓๐" / "น. ให้คณะทำงาน…": the "น." of the time, carried to the next
    # line by the page, opens no item "น" (a lettered list opens at ก).
    text = ORDER.replace(
        "๒. ให้คณะทำงานรายงานผลต่อรัฐมนตรีว่าการกระทรวงศึกษาธิการเพื่อป้องกันโรคติดเชื้อ (COVID\n",
        "๒. ให้คณะทำงานประชุมครั้งแรกในวันที่ ๕ มกราคม ๒๕๖๗ ณ ห้องประชุมกระทรวง เวลา ๑๓.๓๐\n"
        "น. และรายงานผลต่อรัฐมนตรีว่าการกระทรวงศึกษาธิการเพื่อป้องกันโรคติดเชื้อ (COVID\n")
    doc = parse_text(text)
    assert _numbers(doc.body) == ["1", "2"]
    second = [block for block in doc.body if isinstance(block, Clause)][1]
    assert "เวลา ๑๓.๓๐ น. และรายงานผล" in second.text


def test_lettered_items_under_printed_lines_stay_items_once_the_list_has_opened():
    # ก. opens the list: ข. and ค. under lines as wide as the page are its items.
    items = "\n".join([
        "๒. ให้คณะทำงานมีหน้าที่ดังต่อไปนี้",
        "ก. ศึกษาและรวบรวมข้อมูลเกี่ยวกับการจัดการศึกษาของสถานศึกษาในสังกัดทุกแห่งทั่วประเทศ",
        "ข. จัดทำข้อเสนอแนะเชิงนโยบายต่อรัฐมนตรีว่าการกระทรวงศึกษาธิการภายในเก้าสิบวันนับแต่วัน",
        "ค. รายงานผลการดำเนินงานต่อรัฐมนตรีว่าการกระทรวงศึกษาธิการ",
        "๓. ให้คณะทำงานรายงานผล"])
    text = ORDER.replace("๒. ให้คณะทำงานรายงานผล", items)
    assert _numbers(parse_text(text).body) == ["1", "2", "2>ก", "2>ข", "2>ค", "3"]


def test_a_title_wrapped_by_the_page_goes_on_past_a_later_letter():
    # A statement's title "… เวลา ๒๒.๐๐" / "น. ทางสถานีวิทยุ…" (a news page wrapped at 75
    # columns): no list opens under a title at น., the title goes on.
    text = ("แถลงการณ์ ของ นายสมชาย ใจดี นายกรัฐมนตรี วันที่ ๑ ธันวาคม ๒๕๖๗ เวลา ๒๒.๐๐\n"
            "น. ทางสถานีวิทยุโทรทัศน์แห่งประเทศไทย\n"
            "พี่น้องประชาชนชาวไทยที่เคารพ\n"
            "รัฐบาลขอประกาศให้ประชาชนชาวไทยทั้งที่อยู่ในราชอาณาจักรและในต่างประเทศทราบโดยทั่วกัน\n"
            "ขอบคุณครับ\n")
    doc = parse_text(text)
    assert doc.kind == "statement"
    assert doc.title.endswith("เวลา ๒๒.๐๐ น. ทางสถานีวิทยุโทรทัศน์แห่งประเทศไทย")
    assert _numbers(doc.body) == []


DATED_MESSAGE = """สารแสดงความยินดีจากนายกรัฐมนตรี
ถึงนายหลี่ เค่อเฉียง นายกรัฐมนตรีสาธารณรัฐประชาชนจีน
วันที่ 1 กรกฎาคม 2563
ฯพณฯ
วันที่ 1 กรกฎาคม 2563 ราชอาณาจักรไทยกับสาธารณรัฐประชาชนจีนจะครบรอบ
45 ปีแห่งการสถาปนาความสัมพันธ์ทางการทูตระหว่างกัน ในโอกาสพิเศษนี้
ข้าพเจ้าขออวยพรให้ท่านและประชาชนจีนประสบความสำเร็จและความเจริญรุ่งเรือง
พลเอก ประยุทธ์ จันทร์โอชา
นายกรัฐมนตรีแห่งราชอาณาจักรไทย
"""


def test_a_line_opening_with_a_date_under_a_salutation_word_alone_opens_the_body():
    # "ฯพณฯ" / "วันที่ 1 กรกฎาคม 2563 ราชอาณาจักรไทยกับ…" (corpus 001 wrapped at 60 columns):
    # an addressee is a name or a position, never a date.
    doc = parse_text(DATED_MESSAGE)
    assert (doc.header.salutation.word, doc.header.salutation.addressee) == ("ฯพณฯ", None)
    assert doc.header.lines.salutation == (4, 4)
    assert doc.body[0].text.startswith("วันที่ 1 กรกฎาคม 2563 ราชอาณาจักรไทยกับ")


def test_the_addressee_under_a_salutation_word_alone_is_still_read():
    doc = parse_text(DATED_MESSAGE.replace("ฯพณฯ\n", "เรียน\nนายกรัฐมนตรีสาธารณรัฐประชาชนจีน\n"))
    assert (doc.header.salutation.word, doc.header.salutation.addressee) == ("เรียน", "นายกรัฐมนตรีสาธารณรัฐประชาชนจีน")


CONDOLENCE_PAGE = """รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-สารแสดงความเสียใจจากนายกรัฐมนตรีถึงนาย
George W. Bush อดีตประธานาธิบดีสหรัฐฯ

วันเสาร์ที่ 1 ธันวาคม 2561
สารแสดงความเสียใจจากนายกรัฐมนตรีถึงนาย George W. Bush อดีต
ประธานาธิบดีสหรัฐฯ
ตามที่นาย George H.W. Bush อดีตประธานาธิบดีสหรัฐฯ ได้
ถึงแก่อสัญกรรม เมื่อวันศุกร์ที่ ๓๐ พฤศจิกายน ๒๕๖๑
พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี ได้มีข้อความสารถึงนาย George W.
Bush อดีตประธานาธิบดีสหรัฐฯ ดังนี้
Dear Mr. President,
I have learnt with profound sadness of the passing of your beloved father.
On behalf of the Thai Government and Thai people, I wish to extend my deepest condolences.
With my warmest regards, I remain,
Sincerely yours,
General Prayut Chan-o-cha (Ret.)
Prime Minister of the Kingdom of Thailand
"""


def test_a_line_opening_with_thueng_kae_confirms_no_message_heading():
    # "… ได้" / "ถึงแก่อสัญกรรม เมื่อวันศุกร์ที่ ๓๐ …" (corpus 203 wrapped at 60 columns): "ถึงแก่…"
    # is "to pass away", no addressee under a title; the Thai headline stays the page's, and
    # the letter is the English one under it, untitled.
    letters = _letters(CONDOLENCE_PAGE)
    assert [(letter.title, letter.lines[0]) for letter in letters] == [(None, 11)]
