"""Thai print that tesseract read as Latin letters is read again as Thai (moukit.ocr.script;
docs/ocr.md, "Lines read in the wrong script").

The fast tests stand in for tesseract (its readings of the page and of a line's crop are
given), so they need no OCR engine; the one marked slow runs tesseract on a drawn crop and
skips with the reason when tesseract's Thai data or the TLWG fonts are not installed.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest

FONTS = Path("/usr/share/fonts/truetype/tlwg")
HEIGHT = 40  # a line's height in the drawn page, in pixels
TOP = 100


def _page(width: int = 900, height: int = 300) -> bytes:
    image = pytest.importorskip("PIL.Image")
    out = io.BytesIO()
    image.new("L", (width, height), 255).save(out, format="PNG")
    return out.getvalue()


def _line(texts: list[tuple[str, float]], line: int = 0, top: int = TOP) -> tuple:
    """Words side by side on one line: 100 px apart, each 80 px wide and ``HEIGHT`` high."""
    from moukit.ocr.engine import Word

    return tuple(Word(text, confidence, line, (20 + 100 * n, top, 80, HEIGHT)) for n, (text, confidence) in enumerate(texts))


class _Reader:
    """Stands in for ``engine.recognise_line``: gives ``text`` read at ``confidence``, its one
    word where the crop shows the line (or ``at`` px from the crop's top, ``high`` px high), and
    keeps the crops' sizes."""

    def __init__(self, text: str, confidence: float, at: int | None = None, high: int = HEIGHT) -> None:
        self.text, self.confidence, self.at, self.high, self.crops = text, confidence, at, high, []

    def __call__(self, png: bytes, path: str | None):
        from PIL import Image

        from moukit.ocr.engine import PageText, Word

        crop = Image.open(io.BytesIO(png))
        self.crops.append(crop.size)
        top = self.at if self.at is not None else (crop.height - HEIGHT) // 2
        words = (Word(self.text, self.confidence, 0, (5, top, crop.width - 10, self.high)),) if self.text else ()
        return PageText(self.text, words)


@pytest.fixture
def reader(monkeypatch):
    from moukit.ocr import engine

    def use(text: str, confidence: float, at: int | None = None, high: int = HEIGHT) -> _Reader:
        stand_in = _Reader(text, confidence, at, high)
        monkeypatch.setattr(engine, "recognise_line", stand_in)
        return stand_in

    return use


def test_a_run_of_latin_letters_in_a_thai_line_is_read_again_as_thai(reader):
    from moukit.ocr.script import reread_script

    read = reader("เรียน", 93.0)
    words = _line([("ew", 78.0), ("ผู้ว่าราชการจังหวัด", 95.0), ("ทุกจังหวัด", 96.0)])
    got = reread_script(_page(), words, ["ew ผู้ว่าราชการจังหวัด ทุกจังหวัด"])
    assert got[0].text == "เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด"
    assert got[0].runs == (("ew", "เรียน"),)
    assert [w.text for w in got[0].words] == ["เรียน", "ผู้ว่าราชการจังหวัด", "ทุกจังหวัด"]
    # the run's crop: the line's height and a little more, not the whole line's width
    (size,) = read.crops
    assert HEIGHT < size[1] < 2 * HEIGHT and 80 <= size[0] < 150
    assert got[0].words[0].box[1] >= TOP - HEIGHT and got[0].words[0].line == 0  # on the page, on its line
    assert "'ew' read again as 'เรียน'" in got[0].why


def test_the_thai_reading_is_taken_only_when_tesseract_is_as_sure_of_it(reader):
    from moukit.ocr.script import reread_script

    words = _line([("ew", 78.0), ("ผู้ว่าราชการจังหวัด", 95.0)])
    lines = ["ew ผู้ว่าราชการจังหวัด"]
    reader("เรียน", 70.0)
    assert reread_script(_page(), words, lines) == {}  # less sure than of the Latin
    reader("เรียน", 79.0)
    assert reread_script(_page(), words, lines) == {}  # surer, but under 80: it would be doubted anyway
    reader("เรียน", 80.0)
    assert reread_script(_page(), words, lines)[0].text == "เรียน ผู้ว่าราชการจังหวัด"


def test_a_reading_that_is_no_clean_thai_is_not_taken(reader):
    from moukit.ocr.script import reread_script

    words = _line([("ประกาศ", 95.0), ("lod", 60.0), ("ธันวาคม", 95.0)])
    lines = ["ประกาศ lod ธันวาคม"]
    for text in ("ใ๒๒๕", "๒๕๕9", "lad", "|"):  # a letter against a digit, Arabic against Thai, Latin, no Thai
        reader(text, 95.0)
        assert reread_script(_page(), words, lines) == {}, text
    reader("๒๒", 95.0)
    assert reread_script(_page(), words, lines)[0].text == "ประกาศ ๒๒ ธันวาคม"
    # read from the line above or below, which the crop touched: its word stands off the line
    reader("ดังต่อไปนี้", 95.0, at=0, high=HEIGHT // 4)
    assert reread_script(_page(), words, lines) == {}


def test_latin_that_belongs_to_the_document_is_not_read_again(reader):
    from moukit.ocr.script import reread_script

    read = reader("ผิด", 99.0)
    # a web or e-mail address
    words = _line([("ดูที่", 95.0), ("www.dla.go.th", 90.0), ("หรือ", 95.0), ("saraban@dla.go.th", 90.0)])
    assert reread_script(_page(), words, ["ดูที่ www.dla.go.th หรือ saraban@dla.go.th"]) == {}
    # a page whose letters are mostly Latin: an English text
    words = _line([("The", 95.0), ("Ministry", 95.0), ("of", 95.0), ("Interior", 95.0), ("กับ", 95.0)])
    assert reread_script(_page(), words, ["The Ministry of Interior กับ"]) == {}
    # specks left out, and a clause label (the digit recogniser reads it from the ink)
    words = _line([("aw", 40.0), ("ซ่", 50.0)])
    assert reread_script(_page(), words, ["aw ซ่"], skip={0}) == {}
    words = _line([("(cr)", 60.0), ("ให้มีคณะทำงานร่วม", 95.0)])
    assert reread_script(_page(), words, ["(cr) ให้มีคณะทำงานร่วม"], labels={0: [(1, 3)]}) == {}
    assert read.crops == []
    assert reread_script(_page(), words, ["(cr) ให้มีคณะทำงานร่วม"])[0].text == "ผิด ให้มีคณะทำงานร่วม"


def test_each_run_of_a_line_is_read_on_its_own(reader):
    from moukit.ocr.script import reread_script

    read = reader("และ", 93.0)
    words = _line([("เลขานุการ", 95.0), ("ก.จ.,", 95.0), ("WAS", 85.0), ("ก.อบต.", 95.0), ("nn.", 70.0), ("ก.ท.", 95.0)])
    got = reread_script(_page(), words, ["เลขานุการ ก.จ., WAS ก.อบต. nn. ก.ท."])
    assert got[0].text == "เลขานุการ ก.จ., และ ก.อบต. และ ก.ท." and len(read.crops) == 2
    assert [w.text for w in got[0].words] == ["เลขานุการ", "ก.จ.,", "และ", "ก.อบต.", "และ", "ก.ท."]


def test_a_scan_lists_the_lines_read_again_as_thai_and_never_verifies_their_digits(monkeypatch, reader):
    """``source.ocr.reread_thai_lines``; a value on such a line is doubted, and its digits are
    not verified though tesseract read them sure ("15 HUNAN 2550": a date once read again)."""
    from moukit.ocr import engine, read_scan

    lines = ["15 HUNAN 2550", "ew ผู้ว่าราชการจังหวัด"]
    words = _line([("15", 96.0), ("HUNAN", 84.0), ("2550", 96.0)]) + \
        _line([("ew", 78.0), ("ผู้ว่าราชการจังหวัด", 95.0)], line=1, top=TOP + 2 * HEIGHT)
    monkeypatch.setattr(engine, "tesseract", lambda: ("tesseract", "5.3.0"))
    monkeypatch.setattr(engine, "recognise", lambda image, path: engine.PageText("\n".join(lines), words))
    reader("ธันวาคม", 93.0)
    scan = read_scan(_page(), "page.png", "png")
    assert scan.text.splitlines()[0] == "15 ธันวาคม 2550"
    assert scan.ocr.reread_thai_lines == (1, 2) and scan.ocr.reread_digit_lines == ()
    assert 1 in scan.ocr.unverified_lines and 1 not in scan.ocr.verified_lines
    (said,) = [w for w in scan.warnings if w.code == "ocr_unverified_digits" and w.line == 1]
    assert "'HUNAN' read again as 'ธันวาคม'" in said.message
    assert "Latin letters" in scan.doubts[1] and "'ew'" in scan.doubts[2]
    # the same line typed as Thai would be verified: only the reading again withholds it
    monkeypatch.setattr(engine, "recognise", lambda image, path: engine.PageText(
        "15 ธันวาคม 2550", tuple(w if w.text != "HUNAN" else engine.Word("ธันวาคม", 95.0, 0, w.box) for w in words[:3])))
    scan = read_scan(_page(), "page.png", "png")
    assert scan.ocr.verified_lines == (1,) and scan.ocr.reread_thai_lines == ()


def test_a_letter_read_again_names_its_values_for_the_reader(monkeypatch, reader, tmp_path):
    """Through the whole parse: the salutation read again (``ew`` -> เรียน) is found, and it
    carries an ``ocr_unverified_text`` warning naming it."""
    from moukit.ocr import engine
    from moukit.pipeline import parse_file

    lines = ["เรื่อง ขอเชิญประชุม", "", "ew ผู้ว่าราชการจังหวัด ทุกจังหวัด", "", "ด้วยกรมขอเชิญประชุม"]
    words = _line([("เรื่อง", 95.0), ("ขอเชิญประชุม", 95.0)]) + \
        _line([("ew", 78.0), ("ผู้ว่าราชการจังหวัด", 95.0), ("ทุกจังหวัด", 95.0)], line=2, top=TOP + 2 * HEIGHT) + \
        _line([("ด้วยกรมขอเชิญประชุม", 95.0)], line=4, top=TOP + 4 * HEIGHT)
    monkeypatch.setattr(engine, "tesseract", lambda: ("tesseract", "5.3.0"))
    monkeypatch.setattr(engine, "recognise", lambda image, path: engine.PageText("\n".join(lines), words))
    reader("เรียน", 93.0)
    page = tmp_path / "letter.png"
    page.write_bytes(_page(900, 600))
    doc = parse_file(page)
    assert doc.header.salutation is not None and doc.header.salutation.word == "เรียน"
    assert doc.source.ocr.reread_thai_lines == (3,)
    assert any(w.code == "ocr_unverified_text" and w.line == 3 and w.message.startswith("salutation")
               and "Latin letters" in w.message for w in doc.warnings)


def _tesseract_reads_thai() -> bool:
    if shutil.which("tesseract") is None:
        return False
    listed = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30, check=False)
    return "tha" in listed.stdout.split()


@pytest.mark.skipif(not _tesseract_reads_thai(), reason="tesseract with its Thai data is not installed "
                    "(apt-get install tesseract-ocr tesseract-ocr-tha)")
def test_tesseract_reads_a_drawn_crop_as_thai_alone():
    """``engine.recognise_line`` runs tesseract with ``-l tha`` on one line: a word drawn in a
    TLWG font comes back Thai, its words boxed in the crop."""
    image_module = pytest.importorskip("PIL.Image")
    from PIL import ImageDraw, ImageFont

    from moukit.ocr.engine import recognise_line

    if not (FONTS / "Loma.ttf").exists():
        pytest.skip("the Loma font (Debian fonts-thai-tlwg) is not installed")
    image = image_module.new("L", (260, 80), 255)
    ImageDraw.Draw(image).text((20, 15), "เรียน", font=ImageFont.truetype(str(FONTS / "Loma.ttf"), 40), fill=0)
    png = io.BytesIO()
    image.save(png, format="PNG")
    read = recognise_line(png.getvalue(), None)
    assert read.text.replace(" ", "") == "เรียน"
    assert read.words and all(w.line == 0 and 0 <= w.box[0] < 260 for w in read.words)
    assert min(w.confidence for w in read.words) >= 80


def test_a_scan_leaves_a_clause_label_to_the_digit_recogniser(monkeypatch, reader):
    """``(cr)`` where a Thai-numbered list expects ``(๒)`` is a slot (``moukit.ocr.slots``):
    read from the ink as a digit and checked by its sequence, never read again as Thai (the
    Thai model has no ๔ ๖ ๗ ๘ ๙); the line's other Latin run is."""
    from moukit.ocr import engine, read_scan

    lines = ["(๑) ให้มีคณะทำงาน", "(cr) ให้มีคณะทำงาน WAS", "(๓) ให้มีคณะทำงาน"]
    words = tuple(w for at, (label, extra) in enumerate([("(๑)", ()), ("(cr)", (("WAS", 85.0),)), ("(๓)", ())])
                  for w in _line([(label, 90.0), ("ให้มีคณะทำงาน", 95.0), *extra], line=at, top=TOP + 2 * HEIGHT * at))
    monkeypatch.setattr(engine, "tesseract", lambda: ("tesseract", "5.3.0"))
    monkeypatch.setattr(engine, "recognise", lambda image, path: engine.PageText("\n".join(lines), words))
    read = reader("และ", 93.0)
    scan = read_scan(_page(900, 600), "page.png", "png")
    assert scan.text.splitlines()[1] == "(cr) ให้มีคณะทำงาน และ" and len(read.crops) == 1
    assert scan.ocr.reread_thai_lines == (2,)
