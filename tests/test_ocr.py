"""OCR of scans (docs/ocr.md): entry points, provenance, tolerant labels, digits right or flagged.

The fast tests need no OCR engine; those marked slow run tesseract on real scanned pages
(tests/data/scans/, see its SOURCES.md) and on a page rendered with a Thai font, and skip with
the reason when tesseract's Thai data is not installed (docs/ocr.md: the install command).
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from moukit.errors import InputError
from moukit.models import Source
from moukit.ocr import image_format, is_speckle, using_ocr
from moukit.ocr.digits import THAI_GAP, check_digits
from moukit.parts.ref import split_ref_line, unread_ref_line
from moukit.pipeline import parse_bytes, parse_file, parse_text
from moukit.stages.read import read_bytes

SCANS = Path(__file__).parent / "data" / "scans"
PNG_HEAD = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def _png(width: int = 8, height: int = 8) -> bytes:
    image = pytest.importorskip("PIL.Image")
    out = io.BytesIO()
    image.new("L", (width, height), 255).save(out, format="PNG")
    return out.getvalue()


def _has_tesseract() -> bool:
    if shutil.which("tesseract") is None:
        return False
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout.split()
    return "tha" in langs and "eng" in langs


needs_ocr = pytest.mark.skipif(not _has_tesseract(),
                               reason="tesseract with Thai data is not installed (docs/ocr.md: apt-get install "
                                      "tesseract-ocr tesseract-ocr-tha jbig2dec)")


# -- entry points, no engine needed -------------------------------------------------------------


def test_images_are_recognised_by_their_first_bytes():
    assert image_format(PNG_HEAD) == "png"
    assert image_format(b"\xff\xd8\xff\xe0rest") == "jpeg"
    assert image_format(b"II*\x00rest") == image_format(b"MM\x00*rest") == "tiff"
    assert image_format("ที่ มท ๐๘๐๔/ว ๑".encode()) is None


def test_ocr_never_refuses_a_scan_with_one_line():
    with using_ocr("never"), pytest.raises(InputError) as raised:
        read_bytes((SCANS / "s06.pdf").read_bytes(), "s06.pdf")
    assert str(raised.value) == "s06.pdf: is a scanned PDF and OCR is off (--ocr never)"
    with using_ocr("never"), pytest.raises(InputError, match="scan.png: is a scanned image and OCR is off"):
        read_bytes(_png(), "scan.png")


def test_a_file_that_only_starts_like_an_image_is_binary():
    with pytest.raises(InputError, match="bad.png: is binary, not text"):
        read_bytes(PNG_HEAD, "bad.png")


def test_a_missing_engine_names_the_install_command(monkeypatch):
    from moukit.ocr import engine

    engine.tesseract.cache_clear()
    monkeypatch.setattr(engine.shutil, "which", lambda name: None)
    try:
        with pytest.raises(InputError) as raised:
            read_bytes((SCANS / "s06.pdf").read_bytes(), "s06.pdf")
    finally:
        engine.tesseract.cache_clear()
    message = str(raised.value)
    assert message.startswith("s06.pdf: needs tesseract for OCR")
    assert "apt-get install tesseract-ocr tesseract-ocr-tha" in message and "\n" not in message


def test_ocr_without_numpy_names_the_install_command_instead_of_checking_less(monkeypatch):
    # numpy is part of moukit[ocr]: without it the checks of what OCR read would not run.
    from moukit.ocr import images

    monkeypatch.setitem(sys.modules, "numpy", None)  # "import numpy" raises ImportError
    with pytest.raises(InputError) as raised:
        images._pillow("s06.pdf")
    assert str(raised.value) == "s06.pdf: needs numpy for OCR, which is not installed (pip install 'moukit[ocr]')"


def test_the_cli_takes_an_ocr_mode_and_reports_one_line(tmp_path):
    done = subprocess.run([sys.executable, "-m", "moukit", "parse", "--ocr", "never", str(SCANS / "s06.pdf")],
                          capture_output=True, text=True)
    assert done.returncode == 1
    assert done.stderr.strip().endswith("s06.pdf: is a scanned PDF and OCR is off (--ocr never)")
    assert "Traceback" not in done.stderr
    bad = subprocess.run([sys.executable, "-m", "moukit", "parse", "--ocr", "sometimes", str(SCANS / "s06.pdf")],
                         capture_output=True, text=True)
    assert bad.returncode == 2


def test_check_and_batch_take_the_ocr_mode_too(tmp_path):
    # --ocr never needs no tesseract: the scan is refused before any OCR would run.
    checked = subprocess.run([sys.executable, "-m", "moukit", "check", "--ocr", "never", "-f", "json",
                              str(SCANS / "s06.pdf")], capture_output=True, text=True)
    assert checked.returncode == 1 and "OCR is off (--ocr never)" in checked.stdout
    out = tmp_path / "out.jsonl"
    batch = subprocess.run([sys.executable, "-m", "moukit", "batch", "--ocr", "never", "--workers", "2",
                            str(SCANS / "s06.pdf"), str(SCANS / "s03.pdf"), "-o", str(out)], capture_output=True, text=True)
    assert batch.returncode == 1 and "Traceback" not in batch.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 2 and all("OCR is off (--ocr never)" in r["error"]["message"] for r in records)


def test_iter_parse_takes_the_ocr_mode():
    from moukit import iter_parse
    from moukit.batch.work import ErrorRecord

    (record,) = iter_parse([SCANS / "s06.pdf"], ocr="never")
    assert isinstance(record, ErrorRecord) and record.message.endswith("OCR is off (--ocr never)")
    with pytest.raises(ValueError, match="ocr must be one of auto, always, never"):
        next(iter_parse([SCANS / "s06.pdf"], ocr="sometimes"))


def test_text_sources_keep_their_json_without_an_ocr_key():
    source = Source(path="a.txt", sha256="0" * 64, encoding="utf-8", bytes=3)
    assert "ocr" not in source.model_dump() and '"ocr"' not in source.model_dump_json()


# -- labels through OCR damage: matched, never rewritten -----------------------------------------


def test_labels_are_read_with_their_tone_marks_lost():
    # Head lines as tesseract read them off s02, s04 and s06 (../shared/scans): ที่ → ที,
    # เรื่อง → เรือง, สิ่งที่ → สิงที.
    text = "\n".join([
        "ด่วนทีสุด", "",
        "ที มท 0809.3/ว. 0003                                      สำนักงาน ก.อบต.", "",
        "ถนนนครราชสีมา  กทม.10300", "7 มกราคม 2551", "",
        "เรือง การปรับโครงสร้างอัตราเงินเดือนพนักงานครู", "",
        "เรียน ประธาน ก.อบต.จังหวัด ทุกจังหวัด", "",
        "สิงทีส่งมาด้วย สำเนาพระราชกฤษฎีกา จำนวน 1 ชุด", "",
        "        ด้วยสำนักงาน ก.อบต. ขอแจ้งการปรับโครงสร้างอัตราเงินเดือนพนักงานครู",
        "        จึงเรียนมาเพื่อโปรดทราบ", "", "ขอแสดงความนับถือ", "", "(นายวัลลภ พริ้งพงษ์)",
        "รองอธิบดีกรมส่งเสริมการปกครองท้องถิ่น", ""])
    assert split_ref_line(text.splitlines()[2]) is not None
    doc = parse_text(text)
    assert doc.kind == "letter"
    assert doc.header.urgency == "ด่วนทีสุด"  # ด่วนที่สุด, as read
    assert doc.header.ref is not None and doc.header.ref.number == "0003"
    assert doc.header.subject == "การปรับโครงสร้างอัตราเงินเดือนพนักงานครู"  # as read, not repaired
    assert [item.text for item in doc.header.enclosures] == ["สำเนาพระราชกฤษฎีกา"]  # its count apart


def test_a_letter_whose_ref_number_is_unreadable_is_still_a_letter():
    # s05's head as OCR read it: the handwritten number ("ว51") and เรื่อง's vowel lost.
    text = "\n".join([
        "ที มท 0809.2/9 4                                            สำนักงาน ก.ท.", "",
        "ถนนราชสีมา กทม. 10300", "", "% เมษายน 2551", "",
        "เรอง คำพิพากษาศาลปกครองสูงสุด", "", "เรียน ประธาน ก.ท.จ. ทุกจังหวัด", "",
        "        ด้วยศาลปกครองสูงสุดได้มีคำพิพากษา", "        จึงเรียนมาเพื่อโปรดทราบ", "",
        "ขอแสดงความนับถือ", "", "(นายจรินทร์ จักกะพาก)", "รองอธิบดีกรมส่งเสริมการปกครองท้องถิ่น", ""])
    assert split_ref_line(text.splitlines()[0]) is None and unread_ref_line(text.splitlines()[0])
    doc = parse_text(text)
    # เรื่อง read "เรอง" (its vowel lost too) is still the subject's label over the เรียน line
    assert doc.kind == "letter" and [e.part for e in doc.evidence] == ["subject", "salutation"]
    assert doc.header.subject == "คำพิพากษาศาลปกครองสูงสุด"
    # kept as read, its number not claimed (and never verified: test_ocr_text)
    assert doc.header.ref is not None and doc.header.ref.raw == "มท 0809.2/9 4" and doc.header.ref.number is None
    assert [s.name for s in doc.signatories] == ["จรินทร์ จักกะพาก"]
    assert not unread_ref_line("ที่ประชุมครั้งที่ 2")  # no space after ที่: a word, not the label
    assert not unread_ref_line("ที่ มท ๐๘๐๔/ว ๑๒")  # a ref that reads is no unread ref


def test_a_lost_tone_mark_does_not_make_every_word_a_label():
    assert split_ref_line("ทีม งานของกรม") is None  # "ทีม" (team) is a word, not ที่
    assert split_ref_line("ที่ทำการ อำเภอ") is None


def test_lines_of_scattered_marks_are_speckle_not_words():
    # Lines and word confidences as tesseract read them off s03, s05 and s09 (../shared/scans).
    assert is_speckle("d           ’ & J    1  Ld    a ๓  เซ    เฟ  y   ๐", [54.0])
    assert is_speckle("P|", [52.0])
    assert is_speckle("ซ่     ณ์ ใ%7                 1        vo    ๐     น    9/ !", [73.0])
    assert not is_speckle("ท มท 0809.2/7 26", [77.0])  # a ref line read badly is still words
    assert not is_speckle("เรียน ประธาน 1.1.9. ทุกจังหวัด", [62.0])  # low confidence, long words
    assert not is_speckle("% เมษายน 2551", [89.0])
    assert is_speckle("a                    )   ae", [94.0, 87.0, 59.0])  # s08, over its ที่ line
    assert not is_speckle("1   2   3", [95.0, 95.0, 95.0])  # a row of numbers is no speckle


# -- digits: verified or flagged -----------------------------------------------------------------


def _statuses(lines, confidences=None):
    return {c.line: ("unverified" if c.reason else "verified", c.reason)
            for c in check_digits(lines, confidences or {})}


def test_thai_digits_are_never_verified_by_the_thai_model():
    # s01: "๔ มีนาคม ๒๕๕๑" is read with ๔ lost; a read ๒๕๕๑ may be ๒๕๔๗ as well.
    got = _statuses(["เรือง พระราชบัญญัติสภาองค์กรชุมชน พ.ศ. ๒๕๕๑"], {1: [96.0]})
    assert got[1] == ("unverified", THAI_GAP)


def test_digits_read_with_low_confidence_are_unverified():
    got = _statuses(["ที่ มท 0809.2/ว 99", "2 สิงหาคม 2550"], {1: [95.0, 61.0], 2: [96.0, 95.0]})
    assert got[1][0] == "unverified" and "confidence 61" in got[1][1]
    assert got[2] == ("verified", None)


def test_a_date_must_have_a_day_and_a_year():
    lines = ["ซิ มกราคม 2551", "41 มกราคม 2551", "7 มกราคม 255l", "27 กันยายน พ.ศ. 2549"]
    got = _statuses(lines, {n: [97.0] for n in range(1, 5)})
    assert got[1] == ("unverified", "the day before the month is not read as a number")
    assert got[2] == ("unverified", "day 41 is no day of a month")
    assert got[3] == ("unverified", "the year after the month is not read as a year")
    assert got[4] == ("verified", None)


def test_a_year_far_from_the_documents_other_years_is_unverified():
    lines = ["ลงวันที่ 1 ตุลาคม 2550", "7 มกราคม 2551", "พ.ศ. 2551", "ภายในปี 2581"]
    got = _statuses(lines, {n: [97.0] for n in range(1, 5)})
    assert got[4][0] == "unverified" and "far from" in got[4][1]
    assert got[2] == ("verified", None)


def test_a_reference_without_a_number_after_its_slash_is_unverified():
    got = _statuses(["ที มท 0809.3/ว.", "ที่ มท 0809.3/ว 152"], {1: [97.0], 2: [97.0, 97.0]})
    assert got[1] == ("unverified", "the number after the / of the reference is not read")
    assert got[2] == ("verified", None)


def test_lines_without_digits_get_no_check():
    assert check_digits(["เรียน ผู้ว่าราชการจังหวัด", "ขอแสดงความนับถือ"], {}) == []


# -- real OCR (slow) ---------------------------------------------------------------------------


@pytest.mark.slow
@needs_ocr
def test_a_scanned_circular_is_read_by_ocr_with_its_provenance():
    doc = parse_file(SCANS / "s06.pdf")
    ocr = doc.source.ocr
    assert doc.source.encoding == "ocr" and ocr is not None
    assert (ocr.engine, ocr.languages) == ("tesseract", "tha+eng") and ocr.version[0].isdigit()
    assert len(ocr.page_confidence) == 1 and ocr.page_confidence[0] > 80
    assert doc.kind == "letter"
    assert doc.header.salutation is not None and doc.header.salutation.word == "เรียน"
    # The date is stamped ("19 ธันวาคม 2550"): OCR misreads it, and says so on its line.
    lines = ocr.unverified_lines
    warned = {w.line for w in doc.warnings if w.code == "ocr_unverified_digits"}
    assert warned == set(lines)
    date_line = next(w.line for w in doc.warnings if w.code == "ocr_unverified_digits" and "2550" in w.message)
    assert date_line < doc.header.lines.salutation[0]
    assert all(f"on line {w.line} " in w.message for w in doc.warnings if w.code == "ocr_unverified_digits")
    assert ocr.verified_lines and not set(ocr.verified_lines) & set(ocr.unverified_lines)


@pytest.mark.slow
@needs_ocr
def test_pages_keep_their_order_and_form_feeds():
    from moukit.ocr import reporting_pages

    read: list[int] = []
    with reporting_pages(read.append):  # the hook of moukit parse's progress line on a terminal
        doc = parse_file(SCANS / "s03.pdf")
    assert read == [1, 2]
    assert len(doc.source.ocr.page_confidence) == 2
    assert [page.number for page in doc.pages] == [1, 2]
    assert doc.signatories and doc.signatories[0].name is not None


@pytest.mark.slow
@needs_ocr
def test_an_image_file_is_read_by_ocr():
    image = pytest.importorskip("PIL.Image")
    font_file = Path("/usr/share/fonts/truetype/tlwg/Garuda.ttf")
    if not font_file.exists():
        pytest.skip("the Garuda font (Debian fonts-tlwg-garuda) is not installed")
    from PIL import ImageDraw, ImageFont

    lines = ["ที่ มท 0809.3/ว 152", "เรื่อง ขอเชิญประชุมคณะกรรมการ", "เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด",
             "ด้วยกรมขอเชิญประชุมคณะกรรมการในวันที่ 12 มกราคม 2567"]
    page = image.new("L", (2480, 1200), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(font_file), 48)
    for i, text in enumerate(lines):
        draw.text((200, 150 + 150 * i), text, font=font, fill=0)
    out = io.BytesIO()
    page.save(out, format="PNG")
    doc = parse_bytes(out.getvalue(), "letter.png")
    assert doc.source.encoding == "ocr" and len(doc.source.ocr.page_confidence) == 1
    assert doc.header.subject == "ขอเชิญประชุมคณะกรรมการ"
    assert doc.header.ref is not None and doc.header.ref.raw == "มท 0809.3/ว 152"


@pytest.mark.slow
@needs_ocr
def test_a_page_without_an_image_is_left_empty_and_said():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.add_page(PdfReader(SCANS / "s06.pdf").pages[0])
    writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    doc = parse_bytes(out.getvalue(), "two.pdf")
    assert len(doc.source.ocr.page_confidence) == 2 and doc.source.ocr.page_confidence[1] == 0.0
    warning = next(w for w in doc.warnings if w.code == "ocr_page_without_image")
    assert warning.message == "page 2 holds no image to read: it is left empty"
    assert warning.line == doc.pages[1].lines[0]
