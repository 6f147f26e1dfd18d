"""Word input (``moukit[docx]``): paragraphs and table cells in document order.

Every .docx here is made with python-docx in the test, from the seed circular: once typed line
by line as the text file has it, once as a typist makes it in Word (wrapped paragraphs, Word's
own (๑)…(๙) numbering, the signatures in a table). Both parse to the fields of the text.
"""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from moukit import parse_bytes, parse_file
from moukit.errors import InputError, MoukitError
from moukit.stages.read import read_bytes
from moukit.text import join_wrapped

from .conftest import SAMPLES

docx = pytest.importorskip("docx")
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls  # noqa: E402

CIRCULAR = SAMPLES / "circular-dla-mou-thaihealth-2556.txt"
TEXT = CIRCULAR.read_text(encoding="utf-8")
LINES = TEXT.split("\n")
W = nsdecls("w")


def _fields(value):
    if hasattr(value, "model_dump"):
        value = value.model_dump(mode="json", exclude={"source"})
    if isinstance(value, dict):
        return {key: _fields(item) for key, item in value.items() if key not in {"lines", "title_lines", "closing_lines", "evidence"}}
    if isinstance(value, (list, tuple)):
        return [_fields(item) for item in value]
    return value


def _saved(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _numbering(document, xml: str) -> None:
    """Give the document its own numbering definitions (python-docx writes none)."""
    document.part.numbering_part._element = parse_xml(f"<w:numbering {W}>{xml}</w:numbering>")


def _number(paragraph, num_id: int, level: int = 0) -> None:
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


# -- the seed circular ---------------------------------------------------------------------


def test_typed_line_by_line_it_parses_to_exactly_the_text():
    document = docx.Document()
    for line in LINES:
        document.add_paragraph(line)
    data = _saved(document)
    source = read_bytes(data, "circular.docx")
    assert source.source.encoding == "docx"
    assert source.text == TEXT + "\n"
    parsed = parse_bytes(data, "circular.docx")
    expected = parse_file(CIRCULAR)
    # Every field, line spans, warnings and unparsed included.
    assert parsed.model_dump(exclude={"source"}) == expected.model_dump(exclude={"source"})


WRAPPED = [(12, 14), (18, 21), (23, 29), (31, 34)]  # the runs of lines that Word wraps itself
THAI_NUMBERED = ('<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                 '<w:numFmt w:val="thaiNumbers"/><w:lvlText w:val="(%1)"/><w:suff w:val="space"/></w:lvl>'
                 '</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>')


def _as_typed_in_word() -> bytes:
    """The circular as a typist makes it: wrapped paragraphs, numbered clauses, a signature table."""
    document = docx.Document()
    _numbering(document, THAI_NUMBERED)
    signatures = next(n for n, line in enumerate(LINES) if line.startswith("(นายวัลลภ"))
    i = 0
    while i < signatures:
        run = next((r for r in WRAPPED if r[0] == i + 1), None)
        if run:
            document.add_paragraph(join_wrapped(LINES[run[0] - 1 : run[1]]))
            i = run[1]
            continue
        clause = re.match(r"\(([๑-๙])\) (.*)", LINES[i])
        if clause:
            _number(document.add_paragraph(clause.group(2)), 3)  # Word prints "(๑) "
        else:
            document.add_paragraph(LINES[i])
        i += 1
    blocks = [block.split("\n") for block in "\n".join(line.strip() for line in LINES[signatures:]).split("\n\n") if block.strip()]
    table = document.add_table(rows=3, cols=2)
    for k, block in enumerate(blocks):
        cell = table.cell(k // 2, k % 2)
        cell.paragraphs[0].text = block[0]
        for line in block[1:]:
            cell.add_paragraph(line)
    return _saved(document)


def test_typed_in_word_it_parses_to_the_same_fields():
    parsed = parse_bytes(_as_typed_in_word(), "circular.docx")
    expected = parse_file(CIRCULAR)
    # Line numbers differ (a wrapped paragraph is one line here); every value is the same.
    assert _fields(parsed) == _fields(expected)
    assert [(b.label, b.text[:20]) for b in parsed.attachments[0].body if b.type == "clause"][0] == ("(๑)", "ส่งเสริมและสนับสนุนใ")
    assert [s.name for s in parsed.attachments[0].signatories] == [s.name for s in expected.attachments[0].signatories]


# -- what a Word body holds -----------------------------------------------------------------


def _body(xml: str, numbering: str = "") -> str:
    document = docx.Document()
    if numbering:
        _numbering(document, numbering)
    body = document.element.body
    for element in parse_xml(f'<w:body {W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
                             f'xmlns:v="urn:schemas-microsoft-com:vml">{xml}</w:body>'):
        body.insert(len(body) - 1, element)  # before the section properties
    return read_bytes(_saved(document), "x.docx").text


def _p(text: str) -> str:
    return f"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


BODIES = [
    (_p("ที่ มท ๐๘๙๑.๓/ว ๒๕๕๖") + "<w:p/>" + _p("เรียน ผู้ว่าราชการจังหวัด"),
     "ที่ มท ๐๘๙๑.๓/ว ๒๕๕๖\n\nเรียน ผู้ว่าราชการจังหวัด\n", "paragraphs-and-an-empty-one"),
    ("<w:p><w:r><w:t>โทร.</w:t><w:tab/><w:t>๐ ๒๒๔๑ ๙๐๐๐</w:t><w:br/><w:t>โทรสาร ๐ ๒๒๔๑ ๙๐๐๑</w:t></w:r></w:p>",
     "โทร. ๐ ๒๒๔๑ ๙๐๐๐\nโทรสาร ๐ ๒๒๔๑ ๙๐๐๑\n", "tab-and-line-break"),
    ("<w:p><w:r><w:t>ขอแสดง</w:t></w:r><w:del><w:r><w:delText>ความเคารพ</w:delText></w:r></w:del>"
     "<w:ins><w:r><w:t>ความนับถือ</w:t></w:r></w:ins></w:p>", "ขอแสดงความนับถือ\n", "tracked-changes"),
    ("<w:p><w:r><w:t xml:space=\"preserve\">ลงวันที่ </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
     "<w:r><w:instrText>DATE \\@ \"d MMMM yyyy\"</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
     "<w:r><w:t>๗ ธันวาคม ๒๕๕๖</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>",
     "ลงวันที่ ๗ ธันวาคม ๒๕๕๖\n", "field-result-not-code"),
    ("<w:p><w:hyperlink><w:r><w:t>www.dla.go.th</w:t></w:r></w:hyperlink><w:r><w:noBreakHyphen/>"
     "<w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/><w:sym w:font=\"Symbol\" w:char=\"2022\"/></w:r></w:p>",
     "www.dla.go.th-•\n", "hyperlink-hyphen-symbols"),
    ("<w:sdt><w:sdtContent>" + _p("เรื่อง ขอความร่วมมือ") + "</w:sdtContent></w:sdt>",
     "เรื่อง ขอความร่วมมือ\n", "content-control"),
    ("<w:tbl><w:tr><w:tc>" + _p("(นายวัลลภ พริงพงษ์)") + _p("อธิบดี") + "</w:tc><w:tc>" + _p("(นายสมพร ไร่ข้างยาง)")
     + "<w:tbl><w:tr><w:tc>" + _p("ใน") + "</w:tc></w:tr></w:tbl></w:tc></w:tr><w:tr><w:tc>" + _p("พยาน") + "</w:tc></w:tr></w:tbl>",
     "(นายวัลลภ พริงพงษ์)\nอธิบดี\n\n(นายสมพร ไร่ข้างยาง)\nใน\n\n\nพยาน\n\n", "table-cells-in-order-nested"),
    ("<w:p><w:r><w:t>ครุฑ</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent>"
     + _p("ที่ มท ๐๘๙๑.๓/ว ๒๕๕๖") + "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
     "<w:txbxContent>" + _p("ที่ มท ๐๘๙๑.๓/ว ๒๕๕๖") + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
     "</mc:AlternateContent></w:r></w:p>", "ครุฑ\nที่ มท ๐๘๙๑.๓/ว ๒๕๕๖\n", "text-box-once"),
]


@pytest.mark.parametrize(("xml", "text"), [row[:2] for row in BODIES], ids=[row[2] for row in BODIES])
def test_body_text(xml, text):
    assert _body(xml) == text


LISTS = ('<w:abstractNum w:abstractNumId="1">'
         '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="thaiNumbers"/><w:lvlText w:val="ข้อ %1"/><w:suff w:val="space"/></w:lvl>'
         '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="thaiNumbers"/><w:lvlText w:val="%1.%2"/></w:lvl>'
         '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="thaiLetters"/><w:lvlText w:val="(%3)"/></w:lvl></w:abstractNum>'
         '<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/></w:lvl>'
         '<w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl></w:abstractNum>'
         '<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
         '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>'
         '<w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num>'
         '<w:num w:numId="4"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>')


def _np(text: str, num: int, level: int = 0) -> str:
    return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>'
            f"<w:r><w:t>{text}</w:t></w:r></w:p>")


def test_word_numbering_is_written_into_the_text():
    xml = (_np("ให้ยกเลิก", 1) + _np("ให้ใช้", 1) + _np("กรณีแรก", 1, 1) + _np("ก่อน", 1, 2) + _np("หลัง", 1, 2)
           + _np("กรณีที่สอง", 1, 1) + _np("ให้รักษาการ", 1) + _np("สาม", 2) + _np("จุด", 2, 1) + _np("สี่", 2)
           + _np("หนึ่ง", 3) + _np("สอง", 3) + _np("ต่อจากข้อห้า", 4) + _np("ไม่มีนิยาม", 9))
    assert _body(xml, LISTS).split("\n") == [
        "ข้อ ๑ ให้ยกเลิก", "ข้อ ๒ ให้ใช้", "๒.๑ กรณีแรก", "(ก) ก่อน", "(ข) หลัง", "๒.๒ กรณีที่สอง", "ข้อ ๓ ให้รักษาการ",
        "3) สาม", "• จุด", "4) สี่", "i. หนึ่ง", "ii. สอง", "ข้อ ๕ ต่อจากข้อห้า", "ไม่มีนิยาม", "",
    ]


def test_numbered_clauses_from_word_parse_as_clauses():
    document = docx.Document()
    _numbering(document, LISTS)
    document.add_paragraph("ประกาศกรมส่งเสริมการปกครองท้องถิ่น")
    document.add_paragraph("เรื่อง หลักเกณฑ์การคัดเลือก")
    for text in ("ให้ยกเลิกประกาศเดิม", "ให้ใช้หลักเกณฑ์นี้แทน"):
        _number(document.add_paragraph(text), 1)
    document.add_paragraph("ประกาศ ณ วันที่ ๑ มกราคม ๒๕๖๗")
    doc = parse_bytes(_saved(document), "x.docx")
    assert [(b.label, b.text) for b in doc.body if b.type == "clause"] == [
        ("ข้อ ๑", "ให้ยกเลิกประกาศเดิม"), ("ข้อ ๒", "ให้ใช้หลักเกณฑ์นี้แทน")]


def test_headers_and_footers_are_not_read():
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "- ๒ -"
    document.sections[0].footer.paragraphs[0].text = "สำนักส่งเสริมการพัฒนาเศรษฐกิจ"
    document.add_paragraph("เรียน ผู้ว่าราชการจังหวัด")
    assert read_bytes(_saved(document), "x.docx").text == "เรียน ผู้ว่าราชการจังหวัด\n"


# -- what cannot be read -------------------------------------------------------------------


def _zip(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return out.getvalue()


def _docx_with(document_xml: bytes) -> bytes:
    """A real package with its main part replaced."""
    source = zipfile.ZipFile(io.BytesIO(_saved(docx.Document())))
    return _zip({name: (document_xml if name == "word/document.xml" else source.read(name)) for name in source.namelist()})


REFUSED = [
    (_zip({"word/document.xml": b"<not xml"}), "damaged Word file", "no-content-types"),
    (_docx_with(b"<w:document xmlns:w='x'><w:body><w:p>"), "damaged Word file", "broken-xml"),
    (_zip({"content.xml": b"", "mimetype": b"application/vnd.oasis.opendocument.text"}), "OpenDocument", "odt"),
    (_zip({"xl/workbook.xml": b""}), "ZIP archive, not a Word", "xlsx"),
    (b"PK\x03\x04" + b"\x00" * 100, "damaged ZIP", "broken-zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500, "Word 97-2003", "doc"),
]


@pytest.mark.parametrize(("data", "fragment"), [row[:2] for row in REFUSED], ids=[row[2] for row in REFUSED])
def test_refused_with_a_clear_error(data, fragment):
    with pytest.raises(InputError, match=fragment) as caught:
        parse_bytes(data, "x.docx")
    assert str(caught.value).startswith("x.docx: ") and "\n" not in str(caught.value)


def test_a_file_named_docx_that_is_not_one_is_refused():
    with pytest.raises(InputError, match=r"is named \.docx but is not a Word \.docx file"):
        read_bytes("เรียน ผู้ว่าราชการจังหวัด".encode(), "letter.docx")


def test_a_zip_bomb_is_refused_before_it_is_unpacked(monkeypatch):
    from moukit.extract import docx as extractor

    monkeypatch.setattr(extractor, "MAX_UNPACKED", 10_000)
    document = docx.Document()
    document.add_paragraph("ก" * 20_000)
    with pytest.raises(InputError, match="unpacks to .* over the limit of 10,000"):
        parse_bytes(_saved(document), "big.docx")


def test_an_empty_document_has_no_text():
    with pytest.raises(InputError, match="holds no words"):
        parse_bytes(_saved(docx.Document()), "empty.docx")


def test_hostile_numbering_values_do_not_blow_up():
    numbering = ('<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="999999999"/>'
                 '<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1%1%1%9"/></w:lvl>'
                 '<w:lvl w:ilvl="1"><w:start w:val="zz"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>')
    # a letter number past 20 rounds of the alphabet is written in digits, not 38 million letters
    text = _body(_np("ข้อความ", 1) + _np("อีก", 1, 1) + _np("ไม่มีระดับนี้", 1, 5), numbering)
    assert text.split("\n") == ["999999999999999999999999999a ข้อความ", "1. อีก", "ไม่มีระดับนี้", ""]


def test_without_the_extra_a_docx_gets_a_clear_error(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_docx(name, *args, **kwargs):
        if name == "docx" or name.startswith("docx."):
            raise ImportError("No module named 'docx'")
        return real_import(name, *args, **kwargs)

    data = _as_typed_in_word()
    monkeypatch.setattr(builtins, "__import__", no_docx)
    with pytest.raises(InputError, match=r"needs the docx extra \(pip install 'moukit\[docx\]'\)"):
        read_bytes(data, "x.docx")


def test_mangled_packages_raise_nothing_but_moukit_errors():
    data = _as_typed_in_word()
    for step in range(0, len(data), 211):
        mangled = data[:step] + bytes([data[step] ^ 0xA5]) + data[step + 1 :]
        try:
            parse_bytes(mangled, "mangled.docx")
        except MoukitError as error:
            assert type(error).__name__ != "InternalError", error


# -- a letter typed in Word (issue 12): a leading empty paragraph, the signature indented with
# tabs, or set in the right-hand cell of a layout table --------------------------------------

_HEAD = ["ที่ มท ๐๘๑๐.๓/ว ๑๒๓", "กรมส่งเสริมการปกครองท้องถิ่น", "๗ ธันวาคม ๒๕๕๖", "เรื่อง ขอความร่วมมือ",
         "เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด", "ด้วยกรมส่งเสริมการปกครองท้องถิ่นขอความร่วมมือประชาสัมพันธ์โครงการ",
         "จึงเรียนมาเพื่อโปรดพิจารณา"]


def _saved(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_word_letter_with_a_leading_empty_paragraph_and_a_tab_indented_signature():
    document = docx.Document()
    document.add_paragraph("")
    for text in [*_HEAD, "\t\t\t\tขอแสดงความนับถือ", "", "\t\t\t\t(นายสมชาย ใจดี)",
                 "\t\t\tอธิบดีกรมส่งเสริมการปกครองท้องถิ่น", "สำนักบริหารการคลังท้องถิ่น", "โทร. ๐ ๒๒๔๑ ๙๐๐๐"]:
        document.add_paragraph(text)
    doc = parse_bytes(_saved(document), "letter.docx")
    assert (doc.kind, doc.header.ref.raw, doc.closing) == ("letter", "มท ๐๘๑๐.๓/ว ๑๒๓", "ขอแสดงความนับถือ")
    assert [(s.name, s.positions) for s in doc.signatories] == [("สมชาย ใจดี", ("อธิบดีกรมส่งเสริมการปกครองท้องถิ่น",))]
    assert (doc.footer.owner_unit, doc.footer.phone) == (("สำนักบริหารการคลังท้องถิ่น",), ("๐ ๒๒๔๑ ๙๐๐๐",))


def test_a_word_letter_signed_in_a_layout_tables_right_hand_cell():
    document = docx.Document()
    for text in _HEAD:
        document.add_paragraph(text)
    cell = document.add_table(rows=1, cols=2).cell(0, 1)
    cell.text = "ขอแสดงความนับถือ"
    for text in ("", "(นายสมชาย ใจดี)", "อธิบดีกรมส่งเสริมการปกครองท้องถิ่น"):
        cell.add_paragraph(text)
    doc = parse_bytes(_saved(document), "letter.docx")
    assert doc.closing == "ขอแสดงความนับถือ" and doc.unparsed == ()
    assert [(s.name, s.positions) for s in doc.signatories] == [("สมชาย ใจดี", ("อธิบดีกรมส่งเสริมการปกครองท้องถิ่น",))]
