"""Clause and paragraph text that continues on the next line (issue 12, item 6): a line that ends
on a word no sentence ends on, a quotation opened at a line's end, the unnumbered items of a
clause that announces a list."""

from __future__ import annotations

from pathlib import Path

import pytest

from moukit import parse_file
from moukit.lines import split_lines
from moukit.parts.body import dangles, split_paragraphs
from moukit.parts.clauses import split_blocks
from moukit.stages.normalize import normalize_text

CORPUS = Path(__file__).parent / "corpus"


def corpus_lines(name: str, first: int, last: int):
    """Lines first..last (1-based) of a corpus file, numbered as in the file."""
    lines = split_lines(normalize_text((CORPUS / name).read_text(encoding="utf-8-sig")))
    return [line for line in lines if first <= line.number <= last]


@pytest.mark.parametrize(("text", "expected"), [
    ("ข้อมูลที่จัดเก็บ ตามมาตรฐาน MD5 หรือ", True),  # corpus 024 line 380
    ("ค่าจ้างบุคลากรในการติดตั้ง และ", True),  # corpus 024 line 1119
    ("อันเป็นประโยชน์ต่อการปฏิบัติงานโดยเฉพาะ", True),
    ("๑๕ (๕) แห่งพระราชบัญญัติข้อมูลข่าวสารของ", True),  # corpus 242 line 78
    ("military clashes along the border areas,", True),  # corpus 212 line 23
    ("มาตรา ๑ พระราชบัญญัตินี้เรียกว่า “พระราชบัญญัติการเข้าชื่อเสนอข้อบัญญัติท้องถิ่น", True),  # corpus 026 line 20
    ("Office of the Prime Minister,", False),  # corpus 202 line 9: an address line
    ("สำหรับผู้ประกอบการขนส่งด้วยรถที่ใช้ในการขนส่งสัตว์หรือสิ่งของ", False),  # corpus 005: สิ่งของ ends a noun
    ("จึงเรียนมาเพื่อโปรดพิจารณา", False),
    ("เพื่อให้เกิด “ชุมชนท้องถิ่นเข้มแข็ง ซึ่งเป็นเป้าหมายร่วมกันของทุกภาคส่วนในการพัฒนาประเทศในระยะยาวต่อไปอีกหลายปีข้างหน้า", False),
])
def test_dangles(text, expected):
    assert dangles(text) is expected


def test_a_quoted_name_runs_on_to_its_year_corpus_026():
    paragraphs = split_paragraphs(corpus_lines("026.txt", 20, 21))
    assert [p.lines for p in paragraphs] == [(20, 21)]
    assert paragraphs[0].text.endswith("การเข้าชื่อเสนอข้อบัญญัติท้องถิ่น พ.ศ. ๒๕๖๕”")


def test_a_line_ending_on_or_goes_on_corpus_024():
    blocks = split_blocks(corpus_lines("024.txt", 380, 381))
    assert [b.lines for b in blocks] == [(380, 381)]
    assert blocks[0].text.endswith("ตามมาตรฐาน MD5 หรือ SHA-1 หรือดีกว่า")


def test_a_line_ending_on_of_goes_on_across_web_lines_corpus_242():
    blocks = split_blocks(corpus_lines("242.txt", 78, 79))
    assert len(blocks) == 1 and blocks[0].lines == (78, 79)
    assert "ข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐" in blocks[0].text


def test_a_blank_line_after_a_dangling_line_separates_nothing():
    text = ("        กรมได้พิจารณาแล้วเห็นว่าการดำเนินงานดังกล่าวเป็นประโยชน์ต่อประชาชนโดย\n\n"
            "เฉพาะอย่างยิ่งในพื้นที่ห่างไกล\n\n"
            "        จึงเรียนมาเพื่อโปรดทราบ\n")
    blocks = split_blocks(split_lines(text))
    assert [b.lines for b in blocks] == [(1, 3), (5, 5)]
    assert blocks[0].text.endswith("ประชาชนโดยเฉพาะอย่างยิ่งในพื้นที่ห่างไกล")


def test_a_numbered_item_after_a_dangling_line_stays_a_clause():
    # corpus 024 lines 146–147: "… 2 GB หรือ" / "2) มีหน่วยประมวลผล…": the item is an item
    blocks = split_blocks(corpus_lines("024.txt", 145, 148))
    assert [b.type for b in blocks if b.type == "clause"]
    assert not any(b.text.endswith("หรือ 2) มี") for b in blocks)


def test_a_short_line_before_a_blank_keeps_its_paragraph():
    # "โดย" alone (a news page's byline) is no running text
    blocks = split_blocks(split_lines("โดย\n\nกรมส่งเสริมการปกครองท้องถิ่น\n"))
    assert [b.lines for b in blocks] == [(1, 1), (3, 3)]


def test_unnumbered_items_under_a_clause_that_announces_them_corpus_223():
    (announcement,) = parse_file(CORPUS / "223.txt").attachments
    clauses = [b for b in announcement.body if b.type == "clause"]
    assert [c.label for c in clauses] == ["๑.", "๒."]
    assert clauses[0].lines == (13, 47) and clauses[1].lines == (48, 70)
    assert "พลเอก ฉัตรชัย สาริกัลยะ" in clauses[1].text
    # the effect sentence after the list is the text's own paragraph
    assert announcement.body[-1].text == "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป"


def test_items_under_a_clause_stop_at_the_next_clause():
    text = ("ข้อ ๑ ให้คณะทำงานมีหน้าที่ ดังนี้\nจัดทำแผนการดำเนินงาน\nติดตามและรายงานผล\n"
            "ข้อ ๒ ให้ผู้อำนวยการกำกับดูแล\nให้รายงานทุกเดือน\n")
    blocks = split_blocks(split_lines(text))
    assert [(b.type, b.lines) for b in blocks] == [("clause", (1, 3)), ("clause", (4, 4)), ("paragraph", (5, 5))]
    assert blocks[0].text == "ให้คณะทำงานมีหน้าที่ ดังนี้ จัดทำแผนการดำเนินงาน ติดตามและรายงานผล"


def test_sub_items_numbered_in_brackets_nest_under_their_item_corpus_230():
    blocks = split_blocks(corpus_lines("230.txt", 23, 29))
    (first, second) = [b for b in blocks if b.type == "clause"]
    assert (first.label, second.label) == ("(1)", "(2)")
    assert [(c.label, c.number) for c in first.children] == [
        ("(1.1)", "1.1"), ("(1.2)", "1.2"), ("(1.3)", "1.3"), ("(1.4)", "1.4"), ("(1.5)", "1.5")]


def test_a_dotted_number_never_nests_under_a_bracketed_one():
    text = "ข้อ ๒ การดำเนินงาน\n(๒) ให้จัดทำแผน\n๒.๑ ให้ประชุม\n๒.๒ ให้รายงาน\n"
    (khor,) = split_blocks(split_lines(text))
    assert [c.label for c in khor.children] == ["(๒)", "๒.๑", "๒.๒"]


def _document(name: str):
    doc = parse_file(CORPUS / name)
    return next(d for d in (doc, *doc.attachments) if d.kind != "news")


def test_the_new_wording_quoted_by_an_amending_clause_is_its_text_corpus_217():
    regulation = _document("217.txt")
    clauses = [b for b in regulation.body if b.type == "clause"]
    assert [c.label for c in clauses] == ["ข้อ 1", "ข้อ 2", "ข้อ 3", "ข้อ 4"]
    assert clauses[3].lines == (16, 33) and "“ข้อ 7 ในโอกาสและวันพิธีสำคัญ" in clauses[3].text
    assert all(c.children == () for c in clauses)  # the quoted (1)…(14) are the other text's


def test_a_clause_that_adds_a_clause_takes_the_quotation_corpus_219():
    regulation = _document("219.txt")
    clauses = [b for b in regulation.body if b.type == "clause"]
    assert [(c.label, c.lines) for c in clauses] == [
        ("ข้อ ๑", (13, 17)), ("ข้อ ๒", (18, 26)), ("ข้อ ๓", (27, 33)), ("ข้อ ๔", (34, 34))]


def test_definitions_under_a_definitions_clause_are_its_text_corpus_220():
    regulation = _document("220.txt")
    (definitions,) = [b for b in regulation.body if b.type == "clause" and b.label == "ข้อ ๕"]
    assert definitions.lines == (14, 20) and "“คณะกรรมการ” หมายความว่า" in definitions.text


def test_a_quotation_after_a_clause_that_announces_none_stays_apart_corpus_237():
    # a news page quotes a speaker after an item of a list: the quote is no part of the item
    doc = parse_file(CORPUS / "237.txt")
    quotes = [b for b in doc.body if b.type == "paragraph" and b.text.startswith("“การทำร่างบันทึก")]
    assert len(quotes) == 1
