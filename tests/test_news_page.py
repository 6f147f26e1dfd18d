"""A news page's own parts (issue 11): the credit at its foot (reporters, editors, the press
office) is the page's, not the article's text and not a quoted document's; a source line may
come without its colon. Short constructed pages, then the real ones (tests/corpus/README.md)."""

from __future__ import annotations

from moukit import parse_file, parse_text

from .conftest import CORPUS

HEAD = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-กรมประกาศมาตรการใหม่\n\nวันพุธที่ 10 มกราคม 2561\nกรมประกาศมาตรการใหม่\n"
TEXT = "กรมได้ประกาศมาตรการใหม่เพื่อช่วยเหลือประชาชนที่ได้รับผลกระทบจากอุทกภัยในพื้นที่ภาคเหนือ\n"


def texts(doc) -> list[str]:
    return [block.text for block in doc.body]


def kept(doc) -> list[str]:
    return [paragraph.text for paragraph in doc.unparsed]


def test_credit_lines_at_the_foot_are_the_pages_not_its_text():
    doc = parse_text(HEAD + TEXT + "อรพรรณ ฤทธิ์มั่น, บัลลังก์ โรหิตเสถียร\nสรุป/รายงาน\n\nที่มา : http://www.thaigov.go.th/1\n")
    assert texts(doc) == [TEXT.strip()]
    assert any("สรุป/รายงาน" in text for text in kept(doc))
    assert all(w.code == "web_furniture" for w in doc.warnings if w.line in (6, 7))


def test_each_credit_label():
    for credit in ("Rewriter บัลลังก์ โรหิตเสถียร", "Editor บัลลังก์ โรหิตเสถียร", "Written by บัลลังก์ โรหิตเสถียร",
                   "ภาพ/ข่าว : กลุ่มสื่อสารเชิงกลยุทธ์ สำนักโฆษก", "Cr. ผอ.สพค.สพฐ.", "กลุ่มประชาสัมพันธ์และเผยแพร่ สำนักโฆษก"):
        assert texts(parse_text(HEAD + TEXT + credit + "\n")) == [TEXT.strip()], credit


def test_names_in_the_text_are_not_credits():
    # a line of names with no credit label under it is the article's
    doc = parse_text(HEAD + TEXT + "บัลลังก์ โรหิตเสถียร\n")
    assert texts(doc)[-1].endswith("บัลลังก์ โรหิตเสถียร")


def test_a_source_line_without_its_colon():
    doc = parse_text(HEAD + TEXT + "ที่มา DLA News\n\nที่มา : https://www.thaigov.go.th/news/1\n")
    assert doc.footer.sources == ("DLA News", "https://www.thaigov.go.th/news/1")


def test_a_press_office_under_a_quoted_statements_closing_rule_is_the_pages():
    doc = parse_text(HEAD + (
        "แถลงการณ์ของนายกรัฐมนตรี\n"
        "พี่น้องประชาชนชาวไทยที่เคารพ ขอให้ทุกท่านร่วมกันรักษาความสงบเรียบร้อยของบ้านเมือง\n"
        "--------------------------------------------------\n"
        "กลุ่มประชาสัมพันธ์และเผยแพร่\n"
        "\n"
        "ที่มา : http://www.thaigov.go.th/news/contents/details/947\n"))
    (statement,) = doc.attachments
    assert statement.lines == (5, 6)  # the rule under it counts as a blank line
    assert "กลุ่มประชาสัมพันธ์และเผยแพร่" in kept(doc)


def test_real_pages_credits():
    for name, credit in (("009", "สรุป/รายงาน"), ("217", "Rewriter"), ("231", "Written by"), ("249", "ภาพ/ข่าว")):
        doc = parse_file(CORPUS / f"{name}.txt")
        assert not any(credit in text for text in texts(doc)), name
        assert any(credit in text for text in kept(doc)), name


def test_real_statement_ends_before_the_press_office():
    doc = parse_file(CORPUS / "250.txt")
    (statement,) = doc.attachments
    assert statement.lines == (5, 17)


def test_a_paragraph_printed_twice_is_kept_once_in_the_text():
    lead = "เว็บไซต์ราชกิจจานุเบกษา เมื่อวันที่ 29 พฤศจิกายน 2560 ได้เผยแพร่ประกาศกระทรวงศึกษาธิการ"
    doc = parse_text(HEAD + lead + "\n" + lead.replace(" ", "\xa0") + "\n" + TEXT)
    assert texts(doc) == [lead, TEXT.strip()]
    assert lead in kept(doc)  # the no-break spaces were normalized


def test_a_headline_cut_short_gives_way_to_the_whole_headline():
    whole = "งานแถลงข่าวและพิธีลงนามบันทึกข้อตกลงความร่วมมือ (MOU) ผ่านระบบวีดีโอคอนเฟอร์เรนซ์ ระหว่าง มหาวิทยาลัยราชภัฏ ทั้ง 38 แห่ง"
    doc = parse_text("รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-" + whole[:80] + "\n\nวันพุธที่ 25 มีนาคม 2563\n"
                     + whole[:80] + "\n" + whole + "\n" + TEXT)
    assert (doc.title, doc.title_lines) == (whole, (5, 5))
    assert texts(doc) == [TEXT.strip()]


def test_the_sites_ministry_tag_and_html_entities_are_not_the_headlines():
    doc = parse_text("รัฐบาลไทย-ข่าวทำเนียบรัฐบาล- belt &amp; road ต้านโควิด [กระทรวงคมนาคม]\n\n" + TEXT)
    assert doc.title == "belt & road ต้านโควิด"


def test_real_repeated_leads_and_headlines():
    for name, line in (("009", 6), ("217", 6), ("249", 7), ("007", 5), ("229", 6)):
        doc = parse_file(CORPUS / f"{name}.txt")
        assert not any(block.lines[0] <= line <= block.lines[1] for block in doc.body), name


# -- a press release's letterhead (issue 12: a headline taken from a letterhead) ---------------

RELEASE_TEXT = ("วันนี้ (3 ธ.ค. 67) นายสมชาย ใจดี ผู้ว่าราชการจังหวัดขอนแก่น เปิดเผยว่า จังหวัดได้สั่งการให้ทุกอำเภอ"
                "เตรียมความพร้อมรับมือภัยหนาว โดยสำรวจผู้ที่ได้รับผลกระทบ และจัดเตรียมเครื่องกันหนาวให้เพียงพอ\n")


def test_a_press_releases_letterhead_is_not_its_headline():
    # The provincial public-relations office's form: label, office, number and date, headline.
    doc = parse_text("ข่าวประชาสัมพันธ์\nสำนักงานประชาสัมพันธ์จังหวัดขอนแก่น\nฉบับที่ 125/2567 วันที่ 3 ธันวาคม 2567\n"
                     "จังหวัดขอนแก่นเตรียมความพร้อมรับมือภัยหนาว ปี 2567\n\n" + RELEASE_TEXT)
    assert doc.kind == "news" and doc.evidence[0].line == 1  # the press label shows the kind
    assert doc.title == "จังหวัดขอนแก่นเตรียมความพร้อมรับมือภัยหนาว ปี 2567" and doc.title_lines == (4, 4)
    assert doc.header.issuer.name == "สำนักงานประชาสัมพันธ์จังหวัดขอนแก่น" and doc.header.lines.issuer == (2, 2)
    assert doc.header.date.iso == "2024-12-03" and doc.header.lines.date == (3, 3)
    assert texts(doc) == [RELEASE_TEXT.strip()]
    assert kept(doc) == ["ข่าวประชาสัมพันธ์"]  # the label is accounted for, not dropped


def test_a_letterhead_with_contact_lines_and_an_english_label():
    doc = parse_text("กรมควบคุมโรค กระทรวงสาธารณสุข\nPress Release\nโทร. 0 2590 3000 www.ddc.moph.go.th\n"
                     "วันที่ 12 มีนาคม 2567\nกรมควบคุมโรคเตือนประชาชนระวังโรคไข้เลือดออกช่วงหน้าฝน\n\n" + RELEASE_TEXT)
    assert doc.title == "กรมควบคุมโรคเตือนประชาชนระวังโรคไข้เลือดออกช่วงหน้าฝน"
    assert doc.header.issuer.name == "กรมควบคุมโรค กระทรวงสาธารณสุข" and doc.header.date.iso == "2024-03-12"


def test_a_press_label_followed_by_the_office_names_the_issuer():
    doc = parse_text("ข่าวประชาสัมพันธ์ กรมส่งเสริมการปกครองท้องถิ่น\nฉบับที่ 45/2567\nวันที่ 12 มีนาคม 2567\n"
                     "สถ. เร่งรัดการเบิกจ่ายงบประมาณขององค์กรปกครองส่วนท้องถิ่น\n\n" + RELEASE_TEXT)
    assert doc.title == "สถ. เร่งรัดการเบิกจ่ายงบประมาณขององค์กรปกครองส่วนท้องถิ่น"
    assert doc.header.issuer.name == "กรมส่งเสริมการปกครองท้องถิ่น" and doc.header.lines.issuer == (1, 1)
    assert doc.header.date.iso == "2024-03-12" and kept(doc) == ["ฉบับที่ 45/2567"]


def test_a_headline_that_starts_with_an_office_stays_the_headline():
    # Below the release number an office's name opens the headline, as headlines often do.
    doc = parse_text("ข่าวประชาสัมพันธ์ ฉบับที่ 5/2567\nกรมควบคุมโรคเตือนประชาชน\n\n" + RELEASE_TEXT)
    assert doc.title == "กรมควบคุมโรคเตือนประชาชน" and doc.header.issuer is None


def test_real_news_pages_keep_their_headlines():
    # Pages that start with the site's title, a date and the headline have no letterhead.
    assert parse_file(CORPUS / "210.txt").title.startswith("กระทรวงมหาดไทย ซักซ้อมแนวทางการใช้จ่ายงบประมาณ")
    assert parse_file(CORPUS / "249.txt").title.startswith("ดีเดย์! 16 ก.ย. 2560")
