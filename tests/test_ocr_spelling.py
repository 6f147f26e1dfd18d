"""A word OCR misread into no word by one letter of its shape is named (moukit.ocr.spelling;
docs/ocr.md, "Text values: verified or flagged"). The misread lines are as tesseract read them:
on the project's scans (s02, s10) and on the synthetic pages of benchmarks/ocr_synthetic.py."""

from __future__ import annotations

import pytest

from moukit.ocr.fields import text_warnings
from moukit.ocr.spelling import swapped_letter
from moukit.pipeline import parse_text, run


@pytest.mark.parametrize(("line", "found"), [
    # s02's subject: ต drawn as ด by the scanner's lossy encoder, read at confidence 93
    ("เรื่อง การปรับโครงสร้างอัดราเงินเดือนพนักงานครูและบุคลากรทางการศึกษา", ("อัดรา", "อัตรา")),
    ("ประกาศหลักเกณฑ์และเงื่อนไข เพื่อแต่งตั้งให้คำรงตำแหน่งที่สูงขึ้น", ("คำรง", "ดำรง")),  # s10
    ("รองอธิบดีกรมส่งเสริมการปกครองห้องถิ่น", ("ห้องถิ่น", "ท้องถิ่น")),  # a signer's position
    ("ซี้แจงปัญหาระบบการลงทะเบียนออนไลน์", ("ซี้แจง", "ชี้แจง")),
    ("คุณภาพ ตังกล่าว", ("ตังกล่าว", "ดังกล่าว")),  # คุณภาพ is no honorific before a name
], ids=["s02-subject", "s10-subject", "position", "sh", "not-a-name"])
def test_a_word_misread_by_one_letter_of_its_shape_is_found(line, found):
    assert swapped_letter(line) == found


@pytest.mark.parametrize("line", [
    "เรื่อง การปรับโครงสร้างอัตราเงินเดือนพนักงานครูและบุคลากรทางการศึกษา",
    "ประกาศหลักเกณฑ์และเงื่อนไข เพื่อแต่งตั้งให้ดำรงตำแหน่งที่สูงขึ้น",
    "รองอธิบดีกรมส่งเสริมการปกครองท้องถิ่น",
    # ที่ + จัด is no word, and ที่วัด is one letter of its shape away: but a rare word (162 in
    # the TNC) misread is far less likely than two common ones read right
    "เรื่อง การประชุมที่จัดขึ้น ณ กรุงเทพ",
    # a name is no dictionary word: จรจรัส is one letter from จรจรัล, but it follows นาย
    "(นายอาทิตย์ จรจรัส)", "นาย อาทิตย์ จรจรัส",
], ids=["s02-right", "s10-right", "position-right", "common-words", "name", "name-apart"])
def test_a_line_read_right_has_no_such_word(line):
    assert swapped_letter(line) is None


LINES = (
    "ที่ มท 0809.3/ว 152", "", "7 มกราคม 2551", "",
    "เรื่อง การปรับโครงสร้างอัดราเงินเดือนพนักงานครู", "",
    "เรียน ประธาน ก.อบต.จังหวัด ทุกจังหวัด", "",
    "        ด้วยสำนักงาน ก.อบต. ขอแจ้งการปรับโครงสร้างอัตราเงินเดือนพนักงานครู",
    "        จึงเรียนมาเพื่อโปรดทราบ", "", "ขอแสดงความนับถือ", "", "(นายวัลลภ จรจรัส)",
    "รองอธิบดีกรมส่งเสริมการปกครองท้องถิ่น", "")
LETTER = "\n".join(LINES)


def test_a_subject_holding_such_a_word_is_named_and_a_signers_name_is_not():
    parse = run(LETTER)
    subject_line, name_line = parse.document.header.lines.subject[0], parse.document.signatories[0].lines[0]
    warnings = text_warnings(parse.document, parse.lines, {})
    assert [(w.code, w.line, w.message) for w in warnings] == [("ocr_unverified_text", subject_line, (
        f"subject on line {subject_line} may hold misread letters ('อัดรา' is no word, 'อัตรา' is: one letter "
        "read for another of its shape): read it on the page"))]
    assert name_line not in {w.line for w in warnings}
    right = run(LETTER.replace("อัดรา", "อัตรา"))
    assert text_warnings(right.document, right.lines, {}) == ()


def test_a_typed_text_is_never_checked():
    assert not [w for w in parse_text(LETTER).warnings if w.code == "ocr_unverified_text"]


def test_word_counts_that_cannot_be_read_are_a_clear_error(tmp_path, monkeypatch):
    import pythainlp.corpus

    from moukit.errors import MoukitError
    from moukit.ocr import spelling

    monkeypatch.setattr(pythainlp.corpus, "corpus_path", lambda: str(tmp_path))  # no tnc_freq.txt there
    spelling._corpus.cache_clear()
    try:
        with pytest.raises(MoukitError, match="tnc_freq.txt cannot be read .*reinstall pythainlp"):
            swapped_letter("อัดรา")
    finally:
        spelling._corpus.cache_clear()
