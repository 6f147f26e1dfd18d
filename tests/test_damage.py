"""The seed circular re-encoded and damaged the ways real files are (THAI-FORMATS §3) parses
to the same fields as the clean text."""

from __future__ import annotations

import re

import pytest

from moukit import parse_bytes, parse_text
from moukit.export.digits import with_digits
from moukit.numerals import to_arabic

from .conftest import SAMPLES

CIRCULAR = (SAMPLES / "circular-dla-mou-thaihealth-2556.txt").read_text(encoding="utf-8")
# Marks that TH Sarabun PDFs emit as Private Use Area glyphs when they sit on a tall
# consonant (ป ฝ ฟ ฬ): the reverse of the repair map in THAI-FORMATS §3.
_TO_PUA = {"่": "\uf70a", "้": "\uf70b", "๊": "\uf70c", "๋": "\uf70d", "์": "\uf70e",
           "ิ": "\uf701", "ี": "\uf702", "ึ": "\uf703", "ื": "\uf704"}
_TALL = re.compile("([ปฝฟฬ])([่้๊๋์ิีึื])")


def _fields(doc, *, keep_lines: bool = True) -> dict:
    data = doc.model_dump(mode="json", exclude={"source"})
    return data if keep_lines else _drop_lines(data)


def _drop_lines(value):
    if isinstance(value, dict):
        return {k: _drop_lines(v) for k, v in value.items() if k not in ("lines", "title_lines", "closing_lines", "warnings", "unparsed", "pages", "evidence")}
    if isinstance(value, list):
        return [_drop_lines(v) for v in value]
    return value


CLEAN = parse_text(CIRCULAR)


@pytest.mark.parametrize(
    "data",
    [
        CIRCULAR.encode("cp874"),
        CIRCULAR.replace("\n", "\r\n").encode("utf-8"),
        b"\xef\xbb\xbf" + CIRCULAR.encode("utf-8"),
        CIRCULAR.encode("utf-16"),
    ],
    ids=["cp874", "crlf", "bom", "utf-16"],
)
def test_reencoded_copy_gives_the_same_fields(data):
    assert _fields(parse_bytes(data, "copy.txt")) == _fields(CLEAN)


def test_arabic_digit_copy_gives_the_same_fields_in_arabic_digits():
    assert _fields(parse_text(to_arabic(CIRCULAR))) == _fields(with_digits(CLEAN, "arabic"))


def test_pdf_damage_is_repaired():
    damaged = _TALL.sub(lambda m: m.group(1) + _TO_PUA[m.group(2)], CIRCULAR)  # PUA glyphs
    damaged = damaged.replace("ำ", "\u0e4d\u0e32")  # decomposed sara am
    damaged = damaged.replace("เรื่อง", "เร\u0e48\u0e37อง")  # tone mark before the vowel
    damaged = damaged.replace("กรมส่งเสริม ", "กรมส่งเสริม\u00a0").replace("ส่วนท้องถิ่น", "ส่วน\u200bท้องถิ่น")
    assert any("\uf700" <= char <= "\uf71a" for char in damaged) and "\u0e4d\u0e32" in damaged
    assert _fields(parse_text(damaged)) == _fields(CLEAN)


def test_page_break_with_page_number_is_taken_out_of_the_flow():
    lines = CIRCULAR.split("\n")
    # a page ends inside the second body paragraph (source lines 31-34): a form feed, the
    # page number of the next page, then the paragraph goes on.
    broken = "\n".join(lines[:32] + ["\f- ๒ -", ""] + lines[32:])
    doc = parse_text(broken)
    assert _fields(doc, keep_lines=False) == _fields(CLEAN, keep_lines=False)
    assert [(p.text, p.lines) for p in doc.unparsed] == [("- ๒ -", (33, 33))]
    assert [w.code for w in doc.warnings] == ["page_furniture"]
    assert [(p.number, p.lines) for p in doc.pages] == [(1, (1, 32)), (2, (33, 124))]


def test_lost_sara_am_is_flagged_when_reverse_damage_keeps_the_count_of_am_normal():
    # A layer that lost ำ in "ดาเนิน…", "กาหนด", "สานัก" and reads า as ำ elsewhere ("กำร"):
    # the text holds as many ำ as a clean one, and the lost words are still damage (issue 12).
    text = ("ประกาศสานักงานเขตพื้นที่การศึกษา\nเรื่อง กาหนดการดาเนินงาน\n"
            "ให้สถานศึกษาดาเนินการตามที่กาหนด " + "ทำงกำรบริหำร " * 30 + "\n")
    assert text.count("\u0e33") > 60
    warnings = [w for w in parse_text(text).warnings if w.code == "lost_sara_am"]
    assert len(warnings) == 1 and warnings[0].line == 1
