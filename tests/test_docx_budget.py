"""Small Word files cannot cost gigabytes or minutes (issue 14, item 6): list labels are not
expanded past any real label's length, XML parts past 16 MiB are refused before lxml builds
their tree, the text is counted as it is produced, and nested tables are read in linear time."""

from __future__ import annotations

import time

import pytest

pytest.importorskip("docx")

from moukit.errors import InputError
from moukit.extract import docx as extractor
from moukit.stages.read import read_bytes

from .crafted import docx, paragraph


def _numbered(text: str, count: int) -> str:
    return ('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
            f"<w:r><w:t>{text}</w:t></w:r></w:p>") * count


def _list(level_text: str, start: str = "1", number_format: str = "thaiNumbers") -> str:
    return (f'<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="{start}"/>'
            f'<w:numFmt w:val="{number_format}"/><w:lvlText w:val="{level_text}"/></w:lvl></w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>')


def test_word_numbering_still_reads():
    data = docx(_numbered("ให้ยกเลิก", 2), numbering=_list("ข้อ %1"))
    assert read_bytes(data, "list.docx").text == "ข้อ ๑ ให้ยกเลิก\nข้อ ๒ ให้ยกเลิก\n"


@pytest.mark.parametrize(("level_text", "start"), [
    pytest.param("%1" * 20_000, "999999999", id="a-label-of-20000-numbers"),  # 2 KB of XML, 200 KB a paragraph
    pytest.param("ข้อ %1", "9" * 4000, id="a-start-of-4000-digits"),
])
def test_an_absurd_list_definition_is_not_expanded(level_text, start):
    data = docx(_numbered("ข้อความ", 10), numbering=_list(level_text, start))
    assert len(data) < 3_000
    text = read_bytes(data, "absurd.docx").text
    assert len(text) < 200 and text.count("ข้อความ") == 10


def test_an_xml_part_over_the_limit_is_refused_before_it_is_parsed(monkeypatch):
    monkeypatch.setattr(extractor, "MAX_XML_PART", 10_000)
    with pytest.raises(InputError, match=r"^big\.docx: its part word/document\.xml unpacks to [\d,]+ bytes of XML, "
                                         r"over the limit of 10,000: not read$"):
        read_bytes(docx("<w:p><w:r/></w:p>" * 1_000), "big.docx")


def test_the_text_is_counted_as_it_is_produced(monkeypatch):
    monkeypatch.setattr(extractor, "MAX_CHARS", 1_000)
    with pytest.raises(InputError, match=r"^long\.docx: has a text of over 1,000 characters$"):
        read_bytes(docx(paragraph("ก" * 100) * 20), "long.docx")


def _deep(depth: int, rows: int) -> str:
    inner = paragraph("ใน")
    for _ in range(depth):
        inner = ("<w:tbl><w:tr><w:tc>" + inner + "</w:tc></w:tr>"
                 + ("<w:tr><w:tc>" + paragraph("x") + "</w:tc></w:tr>") * rows + "</w:tbl>")
    return inner


def test_nested_tables_are_read_once_each_in_linear_time():
    started = time.process_time()
    text = read_bytes(docx(_deep(80, 60)), "nested.docx").text
    assert text.count("x") == 80 * 60 and text.count("ใน") == 1
    assert text.index("ใน") < text.index("x")  # the innermost cell comes first, as it is the first row's
    assert time.process_time() - started < 5


def test_a_small_file_of_17_mib_of_tiny_elements_is_refused_at_once():
    # 256 MiB of such XML took 7.2 GB and 133 s; the part limit refuses it before lxml starts
    data = docx("<w:p><w:r/></w:p>" * 1_050_000)
    assert len(data) < 100_000
    started = time.process_time()
    with pytest.raises(InputError, match=r"its part word/document\.xml unpacks to [\d,]+ bytes of XML, over the limit"):
        read_bytes(data, "tiny.docx")
    assert time.process_time() - started < 1
