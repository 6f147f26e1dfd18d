"""Fuzzing the crafted-file generators (issue 14): PDFs whose content streams, ToUnicode maps
and page counts are drawn from hostile pieces, and Word packages whose bodies, symbols,
entities and numbering are; each gives a Document or a MoukitError, never another exception.
Seeded (derandomize), so that a failure replays."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moukit import parse_bytes
from moukit.errors import InternalError, MoukitError
from moukit.models import Document

from . import crafted

pytest.importorskip("pypdf")
pytest.importorskip("docx")

SETTINGS = settings(derandomize=True, max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

OPERATORS = [b"BT", b"ET", b"q", b"Q", b"/F1 12 Tf", b"/F1 0 Tf", b"/F9 12 Tf", b"72 700 Td", b"0 -14 Td",
             b"0 -0.001 Td", b"1e308 1e308 Td", b"T*", b"14 TL", b"(a) Tj", b"<01> Tj", b"<0203> Tj", b"<ffff> Tj",
             b"[(a) -250 (b)] TJ", b"(x) '", b"1 0 0 1 0 0 Tm", b"0 1 -1 0 300 300 Tm", b"0 0 0 0 0 0 Tm",
             b"nan nan nan nan 0 0 cm", b"2 0 0 2 0 0 cm", b"(\\x1b[2J) Tj", b"(", b")", b"<", b"[", b"]", b"/", b"%",
             b"BI /W 1 /H 1 ID x EI", b"1 2", b"Tj", b"TJ"]
CODES = st.dictionaries(st.integers(1, 4), st.sampled_from(["0E01", "0E48", "D800", "DFFF", "0000", "001B", "202E",
                                                              "FFFD", "0E010E48", "", "ZZ", "0041004200430044"]),
                        max_size=4)


@SETTINGS
@given(st.lists(st.lists(st.sampled_from(OPERATORS), max_size=40).map(b"\n".join), min_size=1, max_size=4), CODES)
def test_crafted_pdfs_give_a_document_or_a_clear_error(streams, codes):
    _parses_or_refuses(crafted.pdf(streams, codes or None), "fuzz.pdf")


@SETTINGS
@given(st.lists(st.sampled_from(OPERATORS), max_size=60).map(b"\n".join), st.integers(1, 30))
def test_one_stream_on_many_pages(stream, pages):
    _parses_or_refuses(crafted.shared_pdf(stream, pages), "fuzz.pdf")


SYMBOLS = ('<w:p><w:r><w:sym w:char="D800"/><w:sym w:char="0"/><w:sym w:char="202E"/><w:sym w:char="110000"/>'
           '<w:sym w:char="-1"/><w:sym w:char="F0FC"/><w:t>ก</w:t></w:r></w:p>')
PIECES = [crafted.paragraph("ข้อ ๑ ให้ยกเลิก"), crafted.paragraph("เรียน ผู้ว่าราชการจังหวัด"), "<w:p/>", SYMBOLS,
          "<w:p><w:r><w:t>&amp;&lt;\u202e\x1b</w:t><w:br/><w:tab/></w:r></w:p>",
          '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>',
          '<w:p><w:pPr><w:numPr><w:ilvl w:val="8"/><w:numId w:val="7"/></w:numPr></w:pPr></w:p>',
          "<w:tbl>", "</w:tbl>", "<w:tr><w:tc>", "</w:tc></w:tr>", "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>",
          "<w:p><w:r><w:t>", "</w:t></w:r></w:p>", "<w:txbxContent>", "</w:txbxContent>"]
LEVEL_TEXTS = ["ข้อ %1", "%1.%2", "(%3)", "%1" * 500, "%", "%10", ""]
FORMATS = ["decimal", "thaiNumbers", "thaiLetters", "upperRoman", "lowerLetter", "bullet", "none", "ordinal"]


def _numbering(level_text: str, number_format: str, start: str) -> str:
    return (f'<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="{start}"/>'
            f'<w:numFmt w:val="{number_format}"/><w:lvlText w:val="{level_text}"/></w:lvl></w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>')


@SETTINGS
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join), st.sampled_from(LEVEL_TEXTS),
       st.sampled_from(FORMATS), st.sampled_from(["1", "0", "-5", "99999999999", "x", "9" * 50]))
def test_crafted_word_files_give_a_document_or_a_clear_error(body, level_text, number_format, start):
    _parses_or_refuses(crafted.docx(body, numbering=_numbering(level_text, number_format, start)), "fuzz.docx")


def _parses_or_refuses(data: bytes, name: str) -> None:
    try:
        result = parse_bytes(data, name)
    except MoukitError as error:
        assert not isinstance(error, InternalError), error
        assert "\n" not in str(error)
        return
    assert isinstance(result, Document)
    result.model_dump_json()  # writable: no surrogate left anywhere
