"""Encodings and damaged text: short CP874 texts, mojibake repaired or flagged, garbage text
layers and lost sara am flagged (THAI-FORMATS §3)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moukit import parse_bytes, parse_file, parse_text
from moukit.errors import InputError
from moukit.stages.mojibake import find_lost_mojibake, find_mojibake, repair_mojibake
from moukit.stages.normalize import normalize_text
from moukit.stages.read import read_bytes

from .conftest import CORPUS, SAMPLES

CIRCULAR = (SAMPLES / "circular-dla-mou-thaihealth-2556.txt").read_text(encoding="utf-8")


def _shown_as(data: bytes, codec: str) -> str:
    """``data`` decoded one byte at a time as Windows and browsers do: undefined bytes as C1 codes."""
    out = []
    for byte in data:
        try:
            out.append(bytes([byte]).decode(codec))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


# -- short CP874 texts ---------------------------------------------------------------------

SHORT_CP874 = [
    "ก", "ที่", "ลับ", "๑", "ข้อ ๑", "ด่วนที่สุด", "ข้อ 1", "1. ทดสอบ",
    "เรียน ผู้ว่าราชการจังหวัด",
    "ที่ มท ๐๘๙๑.๓/ว ๒๕๕๖\nเรื่อง ขอความร่วมมือ",
    "MOU between DLA and ThaiHealth ลงนามแล้ว",
    "เรื่อง  Re: Meeting with the Ministry of Interior about MOU",  # little Thai, in words of its own
    "“ประกาศ” – ๑๐๐ €",
]


@pytest.mark.parametrize("text", SHORT_CP874)
def test_short_cp874_texts_are_decoded(text):
    result = read_bytes(text.encode("cp874"), "short.txt")
    assert (result.source.encoding, result.text) == ("cp874", text)


NOT_THAI = [
    ("café crème à la française", "latin-1"),
    ("Años, niños, señor, mañana, año", "latin-1"),  # ñ is ๑ in CP874, inside words
    ("naïve façade déjà vu", "latin-1"),
    ("Ça coûte très cher à Paris", "cp1252"),
]


@pytest.mark.parametrize(("text", "codec"), NOT_THAI)
def test_latin_texts_are_not_taken_for_cp874(text, codec):
    with pytest.raises(InputError, match="does not read as Thai in CP874"):
        read_bytes(text.encode(codec), "latin.txt")


# -- mojibake ------------------------------------------------------------------------------

MOJIBAKE = [
    (_shown_as(CIRCULAR.encode(), "cp1252"), "UTF-8 read as CP1252", "utf-8-as-cp1252"),
    (CIRCULAR.encode().decode("latin-1"), "UTF-8 read as LATIN-1", "utf-8-as-latin-1"),
    (_shown_as(CIRCULAR.encode(), "cp874"), "UTF-8 read as CP874", "utf-8-as-cp874"),
    (CIRCULAR.encode("cp874").decode("latin-1"), "CP874 read as Latin-1", "cp874-as-latin-1"),
    (_shown_as(CIRCULAR.encode("cp874"), "cp1252"), "CP874 read as Latin-1", "cp874-as-cp1252"),
    # a legacy Thai font's text opened as Mac Roman: "ª√–°“»" for ประกาศ (issue 12, damage flags)
    (CIRCULAR.encode("cp874").decode("mac_roman"), "CP874 read as Mac Roman", "cp874-as-mac-roman"),
]


@pytest.mark.parametrize(("text", "misreading"), [row[:2] for row in MOJIBAKE], ids=[row[2] for row in MOJIBAKE])
def test_mojibake_is_repaired_exactly(text, misreading):
    repaired, repairs = find_mojibake(text)
    assert repaired == CIRCULAR
    assert [repair.misreading for repair in repairs] == [misreading]
    assert repairs[0].first_line == 3  # the first non-blank line, ที่ มท …


@pytest.mark.parametrize("text", [row[0] for row in MOJIBAKE], ids=[row[2] for row in MOJIBAKE])
def test_mojibake_saved_as_utf_8_parses_like_the_text_with_a_warning(text):
    doc = parse_bytes(text.encode("utf-8"), "mojibake.txt")
    clean = parse_text(CIRCULAR)
    assert doc.model_dump(exclude={"source", "warnings"}) == clean.model_dump(exclude={"source", "warnings"})
    assert doc.warnings[0].code == "mojibake_repaired" and doc.warnings[0].line == 3
    assert doc.warnings[1:] == clean.warnings


def test_double_mojibake_is_undone_layer_by_layer():
    twice = CIRCULAR.encode().decode("latin-1").encode().decode("latin-1")
    repaired, repairs = find_mojibake(twice)
    assert repaired == CIRCULAR and len(repairs) == 2


def test_mojibake_that_lost_bytes_is_flagged():
    lost = CIRCULAR.encode().decode("cp874", errors="replace")  # undefined bytes became U+FFFD
    count, line = find_lost_mojibake(normalize_text(lost))
    assert count > 100 and line == 3
    doc = parse_text(lost)
    warning = next(w for w in doc.warnings if w.code == "mojibake")
    assert warning.line == 3 and "cannot be repaired" in warning.message


CLEAN = [
    CIRCULAR,
    "café crème à la française, Ça coûte 5 €",
    "อุณหภูมิ 30°C ± 2° ©2024 ×½",
    "อินเทอร์เนต เนต เธอ เน้น ดำเนินการ",
    "Ã©tÃ©",  # French mojibake: not Thai, left alone
    "ราคา ¥100 £5 ¢",
    "เธอ?",
    "ประกาศ “ทดสอบ” – ข้อความ ∑ ที่มีเครื่องหมาย √ บางตัว ◊ และ ‡ กับ ∏",  # Mac Roman's signs in real Thai
    "The ratio √2 – “approx” ∑ ∏ ◊ ‡ ﬁnal",  # …and in English
]


@pytest.mark.parametrize("text", CLEAN, ids=[f"clean-{i}" for i in range(len(CLEAN))])
def test_text_that_is_not_mojibake_is_left_alone(text):
    assert find_mojibake(text) == (text, ())


@settings(derandomize=True, max_examples=300)
@given(st.text())
def test_repair_is_idempotent_and_keeps_lines(text):
    once = repair_mojibake(text)
    assert repair_mojibake(once) == once
    assert once.count("\n") == text.count("\n")


thai_words = st.lists(st.sampled_from(["ที่", "มท", "เรื่อง", "ขอความร่วมมือ", "ผู้ว่าราชการ", "จังหวัด", "๒๕๕๖",
                                       "น้ำ", "ต่ำ", "“สสส.”", "ฯ", "ๆ", "ข้อ", "(๑)", "MOU", "2556"]),
                      min_size=3, max_size=30).map(lambda words: "เรื่อง " + " ".join(words))
# (Every text holds a word of two Thai letters or more: in the CP874 view a lone letter is
# three characters that real Thai also writes, "เธฏ", and is repaired only beside longer words.)


@settings(derandomize=True, max_examples=200)
@given(thai_words, st.sampled_from(["cp1252", "latin-1", "cp874"]))
def test_thai_round_trips_through_any_misreading(text, codec):
    assert repair_mojibake(_shown_as(text.encode(), codec)) == text


# -- garbage and lost sara am --------------------------------------------------------------


def test_a_garbage_text_layer_parses_with_a_clear_warning():
    doc = parse_file(CORPUS / "027.txt")  # a Royal Gazette PDF whose font has no Unicode map
    warning = doc.warnings[0]
    assert warning.code == "garbled_text" and warning.line == 4
    assert "15 of 20 lines" in warning.message and "do not trust" in warning.message


def test_a_pdf_that_lost_sara_am_is_flagged():
    doc = parse_file(CORPUS / "026.txt")
    warning = next(w for w in doc.warnings if w.code == "lost_sara_am")
    assert warning.line == 31 and "ตาบล" in warning.message


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")) + sorted(CORPUS.glob("0[0-2][0-5].txt")),
                         ids=lambda path: path.stem)
def test_clean_documents_get_no_text_warnings(path):
    codes = {w.code for w in parse_file(path).warnings}
    assert not codes & {"mojibake_repaired", "mojibake", "garbled_text", "lost_sara_am"}


GARBLED = [
    ("'1>\x0f@0\x0f1>#1/\x0f2@$@1 2B\x10\n" * 5, True, "control-characters"),
    ("@#$%^&*<>|`~{}[]\\ ?! @#$%\n" * 5, True, "symbol-soup"),
    ("ข้อความ\n" * 20 + "'1>\x0f@0\n", False, "one-bad-line-in-twenty"),
    ("Email: saraban@dla.go.th [ด่วน] <ข้อ ๑>\n" * 5, False, "a-few-symbols"),
]


@pytest.mark.parametrize(("text", "flagged"), [row[:2] for row in GARBLED], ids=[row[2] for row in GARBLED])
def test_garbled_lines_are_counted(text, flagged):
    codes = [w.code for w in parse_text(text).warnings]
    assert ("garbled_text" in codes) == flagged
