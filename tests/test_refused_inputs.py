"""What Word saves besides .docx — RTF, a web page, a single-file web page — often under a
.doc name, is refused with one line as a Word 97-2003 file is, not parsed as a document of no
kind (issue 13, item 9)."""

from __future__ import annotations

import pytest

from moukit import parse_bytes
from moukit.errors import InputError

from .conftest import moukit

LETTER = "ที่ มท ๐๘๙๑.๓/ว ๒๕๕๖\n\nเรื่อง ขอความร่วมมือ\n\nเรียน ผู้ว่าราชการจังหวัด\n"
RTF = (b"{\\rtf1\\ansi\\ansicpg874\\deff0{\\fonttbl{\\f0\\fnil\\fcharset222 Angsana New;}}\n"
       b"\\f0\\fs32 \\'b7\\'d5\\'e8 \\'c1\\'b7 0891.3/\\'c7 2556\\par\n}")
HTML = ('<!DOCTYPE html>\n<html lang="th"><head><meta charset="utf-8"></head><body>\n'
        f"<p>{LETTER.replace(chr(10), '</p><p>')}</p></body></html>\n").encode("utf-8")
WORD_HTML = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
             f"<body><p class=MsoNormal>{LETTER}</p></body></html>").encode("utf-8")
MHTML = ('MIME-Version: 1.0\nContent-Type: multipart/related; boundary="----=_NextPart_01D9"\n\n'
         f"------=_NextPart_01D9\nContent-Type: text/html; charset=\"utf-8\"\n\n<html><body>{LETTER}</body></html>\n"
         ).encode("utf-8")
XHTML = ('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body>'
         f"{LETTER}</body></html>").encode("utf-8")

CASES = [
    ("rtf", RTF, "an RTF (Rich Text Format) file"),
    ("html", HTML, "an HTML page"),
    ("word-html", WORD_HTML, "an HTML page"),
    ("bom-html", b"\xef\xbb\xbf\n  " + HTML, "an HTML page"),
    ("xhtml", XHTML, "an HTML page"),
    ("mhtml", MHTML, "a web archive (MHTML, Word's single-file web page)"),
]


@pytest.mark.parametrize("name", ["letter.doc", "letter.txt"])
@pytest.mark.parametrize(("data", "found"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_markup_is_refused_whatever_its_name(tmp_path, name, data, found):
    path = tmp_path / name
    path.write_bytes(data)
    result = moukit("parse", "-f", "json", path)
    assert result.returncode == 1 and result.stdout == b""
    assert result.stderr.decode("utf-8") == (
        f"moukit: error: {path}: is {found}, not text: save it as .docx, PDF or plain text (.txt)\n")


def test_standard_input_is_refused_too():
    with pytest.raises(InputError, match="is an RTF"):
        parse_bytes(RTF, "-")


@pytest.mark.parametrize("text", [
    "<ร่าง>\n" + LETTER,                        # a draft mark in angle brackets
    "<b>เรื่อง</b> a line of text that mentions html\n",
    "MIME-Version: 1.0 is a header line quoted in a letter\n",
], ids=["angle-brackets", "inline-tag", "mime-words"])
def test_text_that_merely_looks_like_markup_is_read(text):
    assert parse_bytes(text.encode("utf-8"), "note.txt").source.encoding == "utf-8"
