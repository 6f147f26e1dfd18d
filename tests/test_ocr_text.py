"""OCR'd text values that cannot be trusted are named (docs/ocr.md, ``ocr_unverified_text``).

No OCR engine is needed: the marks check runs on lines rendered with a TLWG font (skipped with
the reason when Debian's fonts-tlwg-garuda is not installed), the field warnings on a letter's
text with the doubts a scan would give.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from moukit.ocr.engine import Word
from moukit.ocr.fields import TEXT_CONFIDENCE, page_doubts, text_warnings
from moukit.ocr.marks import PLAIN, body_of, expected_marks, seen_marks
from moukit.pipeline import run

GARUDA = Path("/usr/share/fonts/truetype/tlwg/Garuda.ttf")

LETTER = "\n".join([
    "ที่ มท 0809.3/ว 152", "", "7 มกราคม 2551", "",
    "เรื่อง การปรับโครงสร้างอัตราเงินเดือนพนักงานครู", "",
    "เรียน ประธาน ก.อบต.จังหวัด ทุกจังหวัด", "",
    "        ด้วยสำนักงาน ก.อบต. ขอแจ้งการปรับโครงสร้างอัตราเงินเดือนพนักงานครู",
    "        จึงเรียนมาเพื่อโปรดทราบ", "", "ขอแสดงความนับถือ", "", "(นายวัลลภ พริงพงษ์)",
    "รองอธิบดีกรมส่งเสริมการปกครองท้องถิน", ""])


def _rendered(text: str, size: int = 48, turn: float = 0.0):
    """A line of ``text`` drawn black on white at about 300 ppi for a 12 pt face, turned by
    ``turn`` degrees: (ink, line box, body from the letters' boxes as the engine gives them)."""
    np = pytest.importorskip("numpy")
    image_module = pytest.importorskip("PIL.Image")
    from PIL import ImageDraw, ImageFont

    if not GARUDA.exists():
        pytest.skip("the Garuda font (Debian fonts-tlwg-garuda) is not installed")
    font = ImageFont.truetype(str(GARUDA), size)
    image = image_module.new("L", (60 + size * len(text), size * 4), 255)
    ImageDraw.Draw(image).text((30, size), text, font=font, fill=0)
    image = image.rotate(turn, resample=image_module.BICUBIC, fillcolor=255)
    ink = np.asarray(image) < 128
    rows, columns = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    box = (int(columns[0]), int(rows[0]), int(columns[-1] - columns[0] + 1), int(rows[-1] - rows[0] + 1))
    letters = [(ch, (30 + int(font.getlength(text[:i])), box[1], int(font.getlength(ch)), box[3]))
               for i, ch in enumerate(text) if ch in PLAIN]  # the engine's boxes: full height
    return ink, box, body_of(ink, letters, box)


@pytest.mark.parametrize("turn", [0.0, 1.2])
@pytest.mark.parametrize("text", ["ท้องถิ่น", "การปรับโครงสร้างอัตราเงินเดือน", "แต่งตั้ง", "(นายวัลลภ พริ้งพงษ์)",
                                  "เรื่อง ซักซ้อมการบรรจุและแต่งตั้งบุคคลให้ดำรงตำแหน่งครูผู้ช่วย"])
def test_the_page_shows_the_marks_of_a_line_read_in_full(text, turn):
    ink, box, body = _rendered(text, turn=turn)
    assert body is not None
    assert seen_marks(ink, box, 0, body) == expected_marks(text)


@pytest.mark.parametrize(("printed", "read"), [("ท้องถิ่น", "ท้องถิน"), ("แต่งตั้ง", "แต่งตัง"),
                                              ("(นายวัลลภ พริ้งพงษ์)", "(นายวัลลภ พริงพงษ์)")])
def test_a_tone_mark_that_ocr_dropped_is_seen_on_the_page(printed, read):
    ink, box, body = _rendered(printed, turn=-0.8)
    assert seen_marks(ink, box, 0, body) > expected_marks(read)


def test_a_line_read_with_low_confidence_is_doubted_and_a_sure_one_is_not():
    pytest.importorskip("numpy")
    image_module = pytest.importorskip("PIL.Image")
    import io

    out = io.BytesIO()
    image_module.new("L", (400, 200), 255).save(out, format="PNG")
    words = [Word("นาย", 93.0, 0, (10, 10, 60, 30)), Word("จวินทร์", TEXT_CONFIDENCE - 18, 0, (80, 10, 90, 30)),
             Word("จักกะพาก", 95.0, 2, (10, 100, 120, 30))]
    doubts = page_doubts(out.getvalue(), words, ["นาย จวินทร์", "", "จักกะพาก"])
    assert set(doubts) == {0}
    assert "จวินทร์" in doubts[0] and "62" in doubts[0]


def test_each_value_on_a_doubted_line_is_named_and_no_other():
    parse = run(LETTER)
    doc = parse.document
    subject_line, name_line = doc.header.lines.subject[0], doc.signatories[0].lines[0]
    position_line = name_line + 1
    doubts = {subject_line: "the page shows 9 marks above the letters, 8 were read",
              name_line: "'พริง' read with confidence 61, below 80", position_line: "x", 10: "y"}
    warnings = text_warnings(doc, parse.lines, doubts)
    named = {(w.line, w.message.split(" on line ")[0]) for w in warnings}
    assert named == {(subject_line, "subject"), (name_line, "signer name"), (position_line, "signer position")}
    assert all(w.code == "ocr_unverified_text" for w in warnings)  # line 10, body text: no value, no warning
    # With no doubt from the page, only the signer's position line is named: it holds ท้องถิน,
    # a known word with its tone mark lost (misread.lost_tone_mark).
    assert [(w.line, w.message.split(" on line ")[0]) for w in text_warnings(doc, parse.lines, {})] == [
        (position_line, "signer position")]


def _has_tesseract() -> bool:
    import shutil
    import subprocess

    if shutil.which("tesseract") is None:
        return False
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout.split()
    return "tha" in langs and "eng" in langs


@pytest.mark.slow
@pytest.mark.skipif(not _has_tesseract(), reason="tesseract with Thai data is not installed (docs/ocr.md: "
                                                 "apt-get install tesseract-ocr tesseract-ocr-tha jbig2dec)")
def test_a_scanned_letters_text_values_are_right_or_named_in_a_warning():
    # s06's head and signer as a person reads them off the page (tests/data/scans/SOURCES.md).
    from moukit.pipeline import parse_file

    doc = parse_file(Path(__file__).parent / "data" / "scans" / "s06.pdf")
    named = {(w.line, w.message.split(" on line ")[0]) for w in doc.warnings if w.code == "ocr_unverified_text"}
    subject = "แนวทางปฏิบัติในการตอบข้อหารือเกี่ยวกับการบริหารงานบุคคลขององค์กรปกครองส่วนท้องถิ่น"
    if "".join(doc.header.subject.split()) != subject:
        assert any((line, "subject") in named for line in range(doc.header.lines.subject[0],
                                                                  doc.header.lines.subject[1] + 1))
    signer = doc.signatories[0]
    if f"{signer.honorific}{signer.name}" != "นายวสันต์ วรรณวโรทร":
        assert any(field == "signer name" and signer.lines[0] <= line <= signer.lines[1] for line, field in named)


@pytest.mark.parametrize(("line", "raw"), [("@ มีนาคม ๒๕๕๑", "มีนาคม ๒๕๕๑"), ("% เมษายน 2551", "เมษายน 2551"),
                                         ("- มีนาคม 2551", None), ("ประจำเดือน มีนาคม 2551", None)])
def test_a_date_whose_day_ocr_could_not_read_is_read_without_its_day(line, raw):
    from moukit.dates import parse_thai_date

    date = parse_thai_date(line)
    assert (date.raw if date else None) == raw
    assert date is None or date.precision == "month"  # no day invented


@pytest.mark.parametrize(("line", "raw"), [("ที มท 0809.2/9 4        สำนักงาน ก.ท.", "มท 0809.2/9 4"),
                                         ("ท มท 0809.2/7 26", "มท 0809.2/7 26"),
                                         ("ที่ มท 0809.6/ว 1 10      |      สำนักงาน", "มท 0809.6/ว 1 10"),
                                         ("ที่ มท ๐๘๙๑.๓/ว ๒๕๕๖", None), ("ที่ 123 หมู่ 4 ตำบลบางพูด", None)])
def test_a_reference_whose_number_ocr_misread_is_kept_as_read(line, raw):
    from moukit.parts.ref import unread_ref

    assert unread_ref(line) == raw


def test_a_reference_kept_as_read_is_never_verified():
    text = LETTER.replace("ที่ มท 0809.3/ว 152", "ที มท 0809.3/2. ]5 9")
    parse = run(text)
    ref = parse.document.header.ref
    assert ref is not None and ref.raw == "มท 0809.3/2. ]5 9" and ref.number is None
    warnings = text_warnings(parse.document, parse.lines, {})
    position = parse.document.signatories[0].lines[0] + 1  # ท้องถิน: a tone mark lost
    assert [(w.code, w.line) for w in warnings] == [("ocr_unverified_digits", 1), ("ocr_unverified_text", position)]
    read_in_full = run(LETTER.replace("ท้องถิน", "ท้องถิ่น"))
    assert text_warnings(read_in_full.document, read_in_full.lines, {}) == ()  # read in full: no warning


def test_a_paragraph_break_tesseract_guessed_between_close_lines_is_closed():
    from moukit.ocr.engine import _close_paragraphs

    # A subject wrapped over two lines 20 px apart (tesseract put a blank line between them),
    # then the salutation after a real gap of white (100 px): only the first blank goes.
    text = "เรื่อง ขอความร่วมมือ\n\nสนับสนุน และพัฒนา\n\nเรียน ผู้ว่าราชการจังหวัด"
    words = [Word("เรื่อง", 95, 0, (10, 100, 80, 40)), Word("สนับสนุน", 95, 2, (10, 160, 90, 40)),
             Word("เรียน", 95, 4, (10, 300, 60, 40))]
    page = _close_paragraphs(text, words)
    assert page.text == "เรื่อง ขอความร่วมมือ\nสนับสนุน และพัฒนา\n\nเรียน ผู้ว่าราชการจังหวัด"
    assert [w.line for w in page.words] == [0, 1, 3]


def test_the_thai_digit_recogniser_reads_a_font_it_never_saw_and_flags_its_doubts():
    import random

    from moukit.ocr.thai_digits import DIGITS, MARGIN, Recogniser, drawn, fonts

    pytest.importorskip("numpy")
    train = fonts(("Garuda", "Loma", "Norasi", "Kinnari", "Umpush", "Sawasdee"))
    held = fonts(("Waree", "Laksaman"))
    if len(train) < 4 or len(held) < 2:
        pytest.skip("Debian's TLWG fonts (fonts-thai-tlwg) are not installed")
    model = Recogniser(train, samples=3)
    rng = random.Random("test")
    readings = [(digit, model.read(drawn(digit, font, 40, rng))) for font in held for digit in DIGITS for _ in range(2)]
    right = sum(reading.digit == digit for digit, reading in readings)
    trusted = [(digit, reading) for digit, reading in readings if reading.margin >= MARGIN]
    assert right >= 0.8 * len(readings)
    assert trusted and all(reading.digit == digit for digit, reading in trusted)  # trusted: never wrong
