"""Orders and announcements that appoint committees (issue 12): each committee with its members
as rows (name, position, role) and its duties."""

from __future__ import annotations

from pathlib import Path

import pytest

from moukit import parse_file, parse_text
from moukit.errors import MoukitError
from moukit.models import Paragraph
from moukit.parts.appointments import member_row

HERE = Path(__file__).parent
# corpus 225: ประกาศสำนักนายกรัฐมนตรี เรื่อง แต่งตั้งคณะกรรมการปฏิรูปประเทศด้านต่าง ๆ — eleven
# committees, their members numbered (1)…(n) with the role in a column.
CORPUS_225 = HERE / "corpus" / "225.txt"


def test_eleven_reform_committees_of_corpus_225():
    (announcement,) = parse_file(CORPUS_225).attachments
    committees = announcement.appointments
    assert len(committees) == 11
    assert [len(c.members) for c in committees] == [10, 12, 10, 10, 11, 11, 10, 11, 13, 10, 12]
    first = committees[0]
    assert first.committee == "คณะกรรมการปฏิรูปประเทศด้านการเมือง"
    assert (first.members[0].honorific, first.members[0].name, first.members[0].role) == (
        "นาย", "เอนก เหล่าธรรมทัศน์", "ประธานกรรมการ")
    assert first.members[-1].role == "กรรมการและเลขานุการ"
    assert first.members[0].lines == (13, 13)
    # "(1) นายปีติพงศ์ พึ่งบุญ ณ อยุธยา   ประธานกรรมการ": a family name with ณ
    assert committees[8].members[0].name == "ปีติพงศ์ พึ่งบุญ ณ อยุธยา"
    assert all(m.role for c in committees for m in c.members)


def test_school_order_committees_with_duties_and_mixed_digits():
    doc = parse_file(HERE / "data" / "orders" / "order-committees-school.txt")
    assert doc.kind == "order"
    steering, venue = doc.appointments
    assert steering.committee == "คณะกรรมการอำนวยการ"
    assert [(m.name, m.position, m.role) for m in steering.members] == [
        ("ประเสริฐ มั่นคง", "ผู้อำนวยการโรงเรียน", "ประธานกรรมการ"),
        ("สมศรี รักงาน", "รองผู้อำนวยการ", "รองประธานกรรมการ"),
        ("สมชาย ใจดี", "ครูชำนาญการพิเศษ", "กรรมการ"),  # numbered 1.3 among ๑.๑ … ๑.๔
        ("มาลี ดีใจ", "ครู", "กรรมการและเลขานุการ"),
    ]
    assert [d.text for d in steering.duties] == [
        "มีหน้าที่ ให้คำปรึกษา แนะนำ และอำนวยความสะดวกในการดำเนินงานให้เป็นไปด้วยความเรียบร้อย"]
    assert venue.committee == "คณะกรรมการฝ่ายสถานที่" and len(venue.members) == 2
    assert venue.duties[0].text == "มีหน้าที่ จัดเตรียมสถานที่ให้เรียบร้อย"
    # the duties are no part of the last member's row
    assert steering.members[-1].lines == (11, 11)
    assert doc.unparsed == ()


def test_an_unnumbered_heading_with_member_rows():
    text = ("คำสั่งสำนักงานเขต\nที่ ๕/๒๕๖๘\nเรื่อง แต่งตั้งคณะทำงาน\n\n"
            "        เพื่อให้การดำเนินงานเป็นไปด้วยความเรียบร้อย จึงแต่งตั้งคณะทำงาน ดังนี้\n\n"
            "คณะทำงานจัดทำแผน ประกอบด้วย\n"
            "๑. นายเอก  หนึ่ง          ผู้อำนวยการกลุ่ม          ประธานคณะทำงาน\n"
            "๒. นางโท  สอง             นักวิเคราะห์              คณะทำงานและเลขานุการ\n"
            "มีหน้าที่ ดังนี้\n"
            "(๑) จัดทำแผน\n"
            "(๒) รายงานผล\n\n"
            "        สั่ง ณ วันที่ ๓ มกราคม พ.ศ. ๒๕๖๘\n\n"
            "                (นายสาม  สาม)\n                ผู้อำนวยการ\n")
    doc = parse_text(text)
    (team,) = doc.appointments
    assert team.committee == "คณะทำงานจัดทำแผน"
    assert [m.role for m in team.members] == ["ประธานคณะทำงาน", "คณะทำงานและเลขานุการ"]
    assert [d.text for d in team.duties][:1] == ["มีหน้าที่ ดังนี้"]


@pytest.mark.parametrize(("text", "expected"), [
    ("นายเอนก เหล่าธรรมทัศน์ ประธานกรรมการ", ("นาย", "เอนก เหล่าธรรมทัศน์", None, "ประธานกรรมการ")),
    ("พลตำรวจโท ตรีทศ รณฤทธิวิชัย กรรมการ", ("พลตำรวจโท", "ตรีทศ รณฤทธิวิชัย", None, "กรรมการ")),
    ("นางสาวมาลี ดีใจ ครู กรรมการและเลขานุการ", ("นางสาว", "มาลี ดีใจ", "ครู", "กรรมการและเลขานุการ")),
    ("ให้คณะกรรมการตามประกาศนี้มีวาระการดำรงตำแหน่งห้าปี", None),  # no name, no role at the end
    ("ผู้อำนวยการโรงเรียน ประธานกรรมการ", None),  # a position without a name
])
def test_member_row(text, expected):
    member = member_row(Paragraph(text=text, lines=(1, 1)))
    assert (None if member is None else (member.honorific, member.name, member.position, member.role)) == expected


def test_documents_without_committees_have_none():
    assert parse_file(HERE / "corpus" / "016.txt").attachments[0].appointments == ()


def _clauses(blocks):
    for block in blocks:
        if block.type == "clause":
            yield block
            yield from _clauses(block.children)


def _documents(doc):
    yield doc
    for attachment in doc.attachments:
        yield from _documents(attachment)


def test_member_rows_are_no_clauses_and_headings_stay():
    (announcement,) = parse_file(CORPUS_225).attachments
    assert [(c.number, c.children) for c in announcement.body if c.type == "clause"] == [
        (str(n), ()) for n in range(1, 12)]
    assert announcement.body[3].text == "คณะกรรมการปฏิรูปประเทศด้านการเมือง"


@pytest.mark.parametrize("path", sorted((HERE / "corpus").glob("*.txt")) + sorted((HERE / "data").glob("*/*.txt")),
                         ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_no_document_grows_a_clause_per_committee_member(path):
    try:
        doc = parse_file(path)
    except MoukitError:
        pytest.skip("not a readable text")  # corpus 240.txt: the text layer of a scan
    for document in _documents(doc):
        if document.kind not in ("order", "announcement", "regulation"):
            continue  # a news page may list names; only an issuance appoints
        under_a_committee = [c for c in _clauses(document.body) if member_row(c) is not None]
        assert not under_a_committee, [c.text for c in under_a_committee][:3]


@pytest.mark.parametrize(("text", "expected"), [
    ("/๒.๓ นาย...", True), ("/2.3 นาย…", True), ("/๒. ...", True), ("/๑.๒ นางสมศรี ...", True),
    ("/2567", False), ("/๒.๓ นายสมชาย ใจดี", False),  # a number mark needs its dots
])
def test_numbered_continuation_marks_are_furniture(text, expected):
    from moukit.lines import Line
    from moukit.stages.furniture import is_furniture
    assert is_furniture(Line(1, text)) is expected


def test_a_committee_runs_across_a_page_break_and_its_continuation_mark():
    doc = parse_file(HERE / "data" / "orders" / "order-committees-page-break.txt")
    first, second = doc.appointments
    assert [m.role for m in first.members] == ["ประธานกรรมการ", "กรรมการ", "กรรมการและเลขานุการ"]  # ๑.๑, ๑.2, 1.3
    assert [m.name for m in second.members] == ["สมปอง ทองดี", "สมหมาย ใจงาม", "มาลี ดีใจ"]  # 2.1, ๒.๒ | ๒.๓
    assert [d.text for d in second.duties] == ["มีหน้าที่ จัดสนามสอบ"]
    assert [b.label for b in doc.body if b.type == "clause"] == ["๑.", "2."]
    assert [p.text for p in doc.unparsed] == ["/๒.๓ นาย... -๒-"]  # the page foot, kept, not a member


def test_the_markdown_view_shows_each_committee_with_its_members():
    from moukit.export.markdown import to_markdown

    page = to_markdown(parse_file(CORPUS_225))
    assert "**คณะกรรมการปฏิรูปประเทศด้านการเมือง**" in page
    assert "- นายเอนก เหล่าธรรมทัศน์ — ประธานกรรมการ" in page
    assert page.count("\n- ") >= 120  # a line per member


def test_the_markdown_view_shows_a_memos_approval_blocks():
    from moukit.export.markdown import to_markdown

    page = to_markdown(parse_file(HERE / "data" / "memos" / "memo-committee-inspection.txt"))
    assert "> **ความเห็นของผู้อำนวยการโรงเรียน**" in page and "> — นายประเสริฐ มั่นคง" in page


def test_the_table_view_lists_each_committee_with_its_members():
    import io

    from rich.console import Console

    from moukit.export.table import to_table

    console = Console(width=120, file=io.StringIO(), color_system=None)
    console.print(to_table(parse_file(CORPUS_225)))
    out = console.file.getvalue()
    assert "คณะกรรมการปฏิรูปประเทศด้านการเมือง" in out and "นายเอนก เหล่าธรรมทัศน์" in out and "ประธานกรรมการ" in out
