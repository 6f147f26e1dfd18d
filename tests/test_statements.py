"""A statement's date line (issue 11, review of the corpus): "กองทัพบก วันที่ 30 กรกฎาคม 2568" at
its foot or "วันที่ 29 เมษายน 2567" under its title is its date, and the issuer printed before the
date is its issuer; the line is not also a paragraph of its text."""

from __future__ import annotations

from moukit import parse_file, parse_text
from moukit.models import Paragraph

from .conftest import CORPUS


def paragraph_lines(doc) -> list[tuple[int, int]]:
    return [block.lines for block in doc.body if isinstance(block, Paragraph)]


def test_the_sign_off_line_gives_date_and_issuer_once():
    doc = parse_text("แถลงการณ์กองทัพบก\n"
                     "เรื่อง การละเมิดข้อตกลงหยุดยิง\n"
                     "ตามที่ได้มีการตกลงหยุดยิงระหว่างสองประเทศ กองทัพบกขอแถลงให้ทราบโดยทั่วกัน\n"
                     "กองทัพบกยืนยันที่จะปฏิบัติตามข้อตกลงอย่างเคร่งครัด\n"
                     "กองทัพบก วันที่ 30 กรกฎาคม 2568\n")
    assert doc.kind == "statement"
    assert (doc.header.date.iso, doc.header.lines.date, doc.header.issuer.name) == ("2025-07-30", (5, 5), "กองทัพบก")
    assert (5, 5) not in paragraph_lines(doc)


def test_a_date_under_the_title_is_no_issuer():
    doc = parse_text("ถ้อยแถลงข่าวร่วม\nวันที่ 29 เมษายน 2567\nทั้งสองฝ่ายยืนยันความร่วมมือ\n")
    assert (doc.header.date.iso, doc.header.issuer) == ("2024-04-29", None)
    assert paragraph_lines(doc) == [(3, 3)]


def test_real_army_statement_in_thai_and_english():
    thai, english = parse_file(CORPUS / "212.txt").attachments
    assert (thai.header.issuer.name, thai.header.lines.date) == ("กองทัพบก", (19, 19))
    assert (english.header.issuer.name, english.header.lines.date) == ("Royal Thai Army", (34, 34))
    assert (19, 19) not in paragraph_lines(thai) and (34, 34) not in paragraph_lines(english)


def test_real_joint_statement_issued_on_line_is_no_issuer():
    (statement,) = parse_file(CORPUS / "215.txt").attachments
    assert (statement.header.date.iso, statement.header.issuer) == ("2022-11-17", None)
    assert (7, 7) not in paragraph_lines(statement)


def test_a_translation_caption_closes_the_title_block_and_is_not_text():
    (statement,) = parse_file(CORPUS / "214.txt").attachments  # "- ร่างคำแปลอย่างไม่เป็นทางการ –", line 7
    assert statement.title_lines == (5, 7)
    assert statement.body[0].lines == (8, 8) and "คำแปล" not in statement.body[0].text


def test_a_royal_gazette_citation_under_the_signers_is_a_source_not_a_position():
    (notice,) = parse_file(CORPUS / "223.txt").attachments
    countersigner = notice.signatories[-1]
    assert (countersigner.role, countersigner.positions) == ("countersigner", ("นายกรัฐมนตรี",))
    assert notice.footer.sources == ("ราชกิจจานุเบกษา เล่ม ๑๓๔ ตอนพิเศษ ๒๙๐ ง วันที่ ๒๔ พฤศจิกายน ๒๕๖๐",)
    assert notice.footer.lines.sources == ((76, 76),)


def test_an_annex_heading_under_a_regulations_signer_is_not_a_position():
    (regulation,) = parse_file(CORPUS / "219.txt").attachments
    (signer,) = regulation.signatories
    assert signer.positions == ("รัฐมนตรีว่าการกระทรวงศึกษาธิการ", "ประธาน ก.ค.ศ.")
    assert regulation.lines == (7, 38)  # "บัญชีกำหนดสายงาน… ท้ายกฎ ก.ค.ศ. …" (line 39 on) is not signed text


def test_the_next_item_of_a_page_is_not_a_quoted_letters_owner_unit():
    doc = parse_file(CORPUS / "204.txt")  # "2. ข้อความสารจากนายดอน…" under the first letter's signer
    first, second = doc.attachments
    assert (first.lines, first.footer.owner_unit) == ((9, 14), ())
    assert any(block.lines == (15, 15) for block in doc.body)  # back on the page
