"""A word's digit glyphs are cut out of the page by its box (moukit.ocr.glyphs; docs/ocr.md).

No OCR engine is needed: words are drawn with a TLWG font (skipped with the reason when
Debian's fonts-tlwg-* are not installed) and boxed as tesseract boxes a word.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from moukit.ocr.glyphs import spacing, word_glyphs

FONTS = Path("/usr/share/fonts/truetype/tlwg")


def _drawn(text: str, font_name: str = "Loma", size: int = 48, above: str = ""):
    """``text`` drawn at ``size`` px (``above`` it, a line of text nearly touching), as ink and
    the box of ``text``'s ink."""
    np = pytest.importorskip("numpy")
    image_module = pytest.importorskip("PIL.Image")
    from PIL import ImageDraw, ImageFont

    if not (FONTS / f"{font_name}.ttf").exists():
        pytest.skip(f"the {font_name} font (Debian fonts-tlwg-*) is not installed")
    font = ImageFont.truetype(str(FONTS / f"{font_name}.ttf"), size)
    image = image_module.new("L", (80 + size * len(text), size * 4), 255)
    draw = ImageDraw.Draw(image)
    draw.text((40, size * 2), text, font=font, fill=0)
    ink = np.asarray(image) < 128
    rows, columns = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    box = (int(columns[0]), int(rows[0]), int(columns[-1] - columns[0] + 1), int(rows[-1] - rows[0] + 1))
    if above:
        draw.text((40, size * 2 - int(size * 1.05)), above, font=font, fill=0)
        ink = np.asarray(image) < 128
    return ink, box


def test_a_word_of_digits_is_cut_into_one_glyph_per_digit():
    ink, box = _drawn("๒๕๕๖")
    glyphs = word_glyphs(ink, box, "๒๕๕๖")
    assert glyphs is not None and len(glyphs) == 4
    assert all(g.shape[0] >= 0.6 * box[3] for g in glyphs)  # each glyph whole: the line's height


def test_a_cut_that_does_not_match_the_text_as_read_is_refused():
    ink, box = _drawn("๒๕๕๖")
    assert word_glyphs(ink, box, "๒๕๕") is None  # tesseract read three characters: which is which?
    assert word_glyphs(ink, box, "๒๕๕๖๗") is None


def test_combining_marks_take_no_glyph():
    assert spacing("ที่ ๒๕") == "ท ๒๕"


def test_a_box_that_shaves_a_glyphs_edge_still_gives_the_whole_glyph():
    ink, box = _drawn("๐๘")
    whole = word_glyphs(ink, box, "๐๘")
    shaved = (box[0] + 4, box[1], box[2] - 4, box[3])
    cut = word_glyphs(ink, shaved, "๐๘")
    assert whole is not None and cut is not None
    assert cut[0].shape == whole[0].shape and (cut[0] == whole[0]).all()


def test_marks_of_the_line_above_reaching_into_the_box_are_left_out():
    plain, box = _drawn("๑๙")
    ink, _ = _drawn("๑๙", above="ที่นี่ ปี่ ปู่")
    tall = (box[0], box[1] - box[3] // 2, box[2], box[3] + box[3] // 2)  # a box grown upwards
    glyphs = word_glyphs(ink, tall, "๑๙")
    alone = word_glyphs(plain, box, "๑๙")
    assert glyphs is not None and alone is not None
    assert [g.shape for g in glyphs] == [g.shape for g in alone]


def test_digits_cut_from_a_degraded_line_are_read_right_when_the_recogniser_is_sure():
    np = pytest.importorskip("numpy")
    from moukit.ocr.thai_digits import DIGITS, Recogniser, fonts

    train = fonts(("Garuda", "Norasi", "Kinnari", "Umpush", "Waree"))
    if len(train) < 4:
        pytest.skip("Debian's TLWG fonts (fonts-thai-tlwg) are not installed")
    model = Recogniser(train, samples=3)
    readings = []
    rng = np.random.default_rng(7)
    for font in ("Loma", "Laksaman"):  # faces the model never saw
        ink, box = _drawn(DIGITS, font, size=40)
        ink = ink ^ (rng.random(ink.shape) < 0.002)  # specks of a scan
        glyphs = word_glyphs(ink, box, DIGITS)
        assert glyphs is not None
        readings += [(digit, model.read(glyph)) for digit, glyph in zip(DIGITS, glyphs)]
    sure = [(digit, reading) for digit, reading in readings if reading.margin >= 0.35]
    assert sum(reading.digit == digit for digit, reading in readings) >= 0.7 * len(readings)
    assert sure and all(reading.digit == digit for digit, reading in sure)


def test_the_recogniser_learns_from_upright_faces_only():
    from moukit.ocr.thai_digits import upright

    assert upright(Path("Garuda.ttf")) and upright(Path("Norasi-Bold.ttf")) and upright(Path("Umpush-Light.ttf"))
    assert not any(upright(Path(name)) for name in ("Garuda-Oblique.ttf", "Kinnari-BoldItalic.ttf",
                                                    "Loma-BoldOblique.ttf", "Laksaman-Italic.ttf"))


def test_a_training_digit_is_drawn_whole_on_its_canvas():
    """Each digit is drawn on a canvas of its own box and a margin: turned and blurred, its ink
    must not reach the canvas's edge (a glyph cut there would be learnt cut)."""
    import random

    from moukit.ocr.thai_digits import DIGITS, drawn, fonts, upright

    faces = [font for font in fonts() if upright(font)]
    if len(faces) < 8:
        pytest.skip("Debian's TLWG fonts (fonts-thai-tlwg) are not installed")
    rng = random.Random("edges")
    for font in faces:
        for digit in DIGITS:
            for size in (28, 64):
                ink = drawn(digit, font, size, rng)
                assert ink.any(), (font.stem, digit, size)
                edges = (ink[0].any(), ink[-1].any(), ink[:, 0].any(), ink[:, -1].any())
                assert not any(edges), (font.stem, digit, size, edges)


# -- Thai digits re-read from the page ------------------------------------------------------------


def test_thai_digits_re_read_sure_are_checked_by_the_structure_like_any_others():
    from moukit.ocr.digits import NO_STRUCTURE, THAI_GAP, check_digits

    lines = ["๗ ธันวาคม ๒๕๕๖", "๔๑ ธันวาคม ๒๕๕๖", "(๗) ส่งเสริมและสนับสนุน", "พ.ศ. ๒๕๕๖"]
    sure = {n: [96.0] for n in range(1, 5)}
    got = {c.line: c.reason for c in check_digits(lines, sure, reread={1, 2, 3})}
    assert got[1] is None  # re-read sure, and a day and a year
    assert got[2] == "day ๔๑ is no day of a month"
    assert got[3] == NO_STRUCTURE  # a clause number: nothing to check a sure reading by
    assert got[4] == THAI_GAP  # not re-read: tesseract's Thai digits stay unverified


def _boxes(ink, box, words):
    """tesseract-like word boxes for ``words`` printed one after another in ``box``: each
    word's columns of ink, split at the widest gaps."""
    import numpy as np

    from moukit.ocr.engine import Word

    left, top, width, height = box
    columns = np.flatnonzero(ink[top:top + height, left:left + width].any(axis=0))
    gaps = sorted(np.argsort(np.diff(columns))[::-1][:len(words) - 1])
    starts = [0] + [g + 1 for g in gaps]
    stops = list(gaps) + [len(columns) - 1]
    return [Word(word, 96.0, 0, (left + int(columns[a]), top, int(columns[b] - columns[a] + 1), height))
            for word, a, b in zip(words, starts, stops)]


@pytest.mark.slow  # trains the recogniser on every TLWG font: a few seconds
def test_a_line_whose_thai_digits_are_all_read_sure_gets_the_pages_digits():
    import io

    from PIL import Image

    from moukit.ocr.reread import reread_lines
    from moukit.ocr.thai_digits import fonts

    if len(fonts()) < 8:
        pytest.skip("Debian's TLWG fonts (fonts-thai-tlwg) are not installed")
    def page(font):
        ink, box = _drawn("๗ ๒๕๕๖", font, size=40)
        png = io.BytesIO()
        Image.fromarray(((~ink) * 255).astype("uint8")).save(png, format="PNG")
        return png.getvalue(), ink, box

    png, ink, box = page("Loma")
    # tesseract's Thai model has no ๗ or ๖: it reads them as other digits, sure of it
    got = reread_lines(png, _boxes(ink, box, ["๓", "๒๕๕๓"]), ["๓ ๒๕๕๓"])
    assert {at: (r.text, r.sure) for at, r in got.items()} == {0: ("๗ ๒๕๕๖", True)}
    # a word read with a character too many cannot be cut one glyph per character: left as read
    assert reread_lines(png, _boxes(ink, box, ["๓", "๒๕๕๓๓"]), ["๓ ๒๕๕๓๓"]) == {}
    # Norasi's ๕ is near its ๔ for the recogniser (margin about 0.1): one doubt leaves the line as read
    png, ink, box = page("Norasi")
    assert reread_lines(png, _boxes(ink, box, ["๓", "๒๕๕๓"]), ["๓ ๒๕๕๓"]) == {}


def _page(text, font, size=40):
    import io

    from PIL import Image

    ink, box = _drawn(text, font, size=size)
    png = io.BytesIO()
    Image.fromarray(((~ink) * 255).astype("uint8")).save(png, format="PNG")
    return png.getvalue(), ink, box


@pytest.mark.slow  # trains the recogniser on every TLWG font: a few seconds
def test_a_number_read_as_letters_where_the_letter_expects_one_is_read_from_the_page():
    import dataclasses

    from moukit.ocr.reread import reread_lines
    from moukit.ocr.thai_digits import fonts

    if len(fonts()) < 8:
        pytest.skip("Debian's TLWG fonts (fonts-thai-tlwg) are not installed")
    # a clause label tesseract read as "(@)" in a Thai-numbered list: the page shows (๘)
    png, ink, box = _page("(๘) ค", "Loma")
    words = [dataclasses.replace(w, line=1) for w in _boxes(ink, box, ["(@)", "ค"])]
    got = reread_lines(png, words, ["(๗) ข", "(@) ค"])
    assert got[1].text == "(๘) ค"
    # its closing bracket lost by tesseract ("(@"): seen on the page, it is put back
    got = reread_lines(png, [dataclasses.replace(words[0], text="(@"), words[1]], ["(๗) ข", "(@ ค"])
    assert got[1].text == "(๘) ค"
    # the same glyphs where no numbered list is: letters stay letters
    assert reread_lines(png, words, ["ข", "(@) ค"]) == {}
    # the day and the year of a date read as letters: "of ธันวาคม Weed"
    png, ink, box = _page("๗ ธันวาคม ๒๕๕๖", "Loma")
    words = _boxes(ink, box, ["of", "ธันวาคม", "Weed"])
    got = reread_lines(png, words, ["of ธันวาคม Weed"])
    assert got[0].text == "๗ ธันวาคม ๒๕๕๖" and got[0].sure


@pytest.mark.slow  # trains the recogniser on every TLWG font: a few seconds
def test_a_digit_touching_its_closing_bracket_is_cut_from_it():
    import io

    np = pytest.importorskip("numpy")
    from PIL import Image, ImageDraw, ImageFont

    from moukit.ocr.engine import Word
    from moukit.ocr.reread import reread_lines
    from moukit.ocr.thai_digits import fonts

    if len(fonts()) < 8:
        pytest.skip("Debian's TLWG fonts (fonts-thai-tlwg) are not installed")
    font = ImageFont.truetype(str(FONTS / "Loma.ttf"), 40)
    image = Image.new("L", (400, 160), 255)
    draw = ImageDraw.Draw(image)
    draw.text((40, 60), "(๔", font=font, fill=0)
    right = 40 + int(font.getlength("(๔"))
    draw.text((right - 7, 60), ")", font=font, fill=0)  # drawn over the digit's edge: one blot of ink
    draw.text((right + 40, 60), "ค", font=font, fill=0)
    ink = np.asarray(image) < 128
    png = io.BytesIO()
    image.save(png, format="PNG")
    columns = np.flatnonzero(ink.any(axis=0))
    rows = np.flatnonzero(ink.any(axis=1))
    split = right + 20
    label = columns[columns < split]
    letter = columns[columns >= split]
    top, height = int(rows[0]), int(rows[-1] - rows[0] + 1)
    from moukit.ocr.glyphs import box_glyphs

    box = (int(label[0]), top, int(label[-1] - label[0] + 1), height)
    assert len(box_glyphs(ink, box)) == 2  # the bracket, and the digit joined to its bracket
    words = [Word("(ๆ", 86.0, 1, box), Word("ค", 96.0, 1, (int(letter[0]), top, int(letter[-1] - letter[0] + 1), height))]
    got = reread_lines(png.getvalue(), words, ["(๓) ข", "(ๆ ค"])
    assert got[1].text == "(๔) ค"


@pytest.mark.slow  # trains the recogniser on every TLWG font: a few seconds
def test_the_document_lists_the_lines_whose_digits_moukit_put_in(monkeypatch):
    """``source.ocr.reread_digit_lines``: what moukit wrote in place of tesseract's reading is
    said, line by line (tesseract stood in for: its reading of the drawn page is given)."""
    from moukit.ocr import engine, read_scan
    from moukit.ocr.thai_digits import fonts

    if len(fonts()) < 8:
        pytest.skip("Debian's TLWG fonts (fonts-thai-tlwg) are not installed")
    png, ink, box = _page("๗ ธันวาคม ๒๕๕๖", "Loma")
    words = tuple(_boxes(ink, box, ["of", "ธันวาคม", "Weed"]))
    monkeypatch.setattr(engine, "tesseract", lambda: ("tesseract", "5.3.0"))
    monkeypatch.setattr(engine, "recognise", lambda image, path: engine.PageText("of ธันวาคม Weed", words))
    monkeypatch.setattr(engine, "recognise_line", lambda image, path: engine.PageText("", ()))  # no Thai there
    scan = read_scan(png, "page.png", "png")
    assert scan.text.splitlines()[0] == "๗ ธันวาคม ๒๕๕๖"
    assert scan.ocr.reread_digit_lines == (1,)
    # a page whose reading moukit leaves as it is lists no line
    monkeypatch.setattr(engine, "recognise", lambda image, path: engine.PageText("ธันวาคม", words[1:2]))
    assert read_scan(png, "page.png", "png").ocr.reread_digit_lines == ()


def test_without_thai_fonts_no_digit_is_read_again_and_the_scan_says_so(monkeypatch, tmp_path):
    """A machine with tesseract but not fonts-thai-tlwg: the recogniser cannot learn, the scan is
    read all the same (tesseract's digits stay, unverified), with a warning naming the fonts."""
    from moukit.ocr import engine, read_scan, thai_digits

    png, ink, box = _page("๗ ธันวาคม ๒๕๕๖", "Loma")
    words = tuple(_boxes(ink, box, ["๑", "ธันวาคม", "๒๕๕๖"]))
    monkeypatch.setattr(engine, "tesseract", lambda: ("tesseract", "5.3.0"))
    monkeypatch.setattr(engine, "recognise", lambda image, path: engine.PageText("๑ ธันวาคม ๒๕๕๖", words))
    monkeypatch.setattr(thai_digits, "FONTS", tmp_path)  # no font in it
    thai_digits.recogniser.cache_clear()
    try:
        scan = read_scan(png, "page.png", "png")
    finally:
        thai_digits.recogniser.cache_clear()
    assert scan.text.splitlines()[0] == "๑ ธันวาคม ๒๕๕๖" and scan.ocr.reread_digit_lines == ()
    (said,) = [w for w in scan.warnings if w.code == "ocr_digits_not_reread"]
    assert said.line == 1 and "fonts-thai-tlwg" in said.message
    assert 1 in scan.ocr.unverified_lines
