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
