"""Thai dates: the forms of THAI-FORMATS §2 and the variants printed in the real documents.

Lines marked ``seeds/…`` and ``corpus/…:N`` are copied from /work/shared (see its SOURCES.md);
``\\xa0`` is the NBSP the source carries.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pythainlp.util.date import thai_abbr_months, thai_full_months, thai_full_weekdays

from moukit.dates import find_thai_date, is_date_line, parse_thai_date

NBSP = "\xa0"

# (text, raw, iso, year_be)
PARSED = [
    pytest.param("๗ ธันวาคม ๒๕๕๖", "๗ ธันวาคม ๒๕๕๖", "2013-12-07", 2556, id="seed-001-letter-date"),
    pytest.param("วันที่ 1 กรกฎาคม 2563", "1 กรกฎาคม 2563", "2020-07-01", 2563, id="corpus-001-วันที่"),
    pytest.param("วันพฤหัสบดีที่ 2 กรกฎาคม 2563", "2 กรกฎาคม 2563", "2020-07-02", 2563, id="corpus-001-weekday"),
    pytest.param("วันพุธที่ ๑๔ เดือน กุมภาพันธ์ ๒๕๖๗ เวลา ๑๔.๐๐ น.", "๑๔ เดือน กุมภาพันธ์ ๒๕๖๗", "2024-02-14", 2567,
                 id="corpus-022-เดือน-and-time"),
    pytest.param("เมื่อวันอังคารที่ ๒๖ ธันวาคม 25๖๖", "๒๖ ธันวาคม 25๖๖", "2023-12-26", 2566,
                 id="corpus-022-mixed-year"),
    pytest.param("เมื่อวันที่ ๒๒ เดือน กุมภาพันธ์ พ.ศ. ๒๕๖๗", "๒๒ เดือน กุมภาพันธ์ พ.ศ. ๒๕๖๗", "2024-02-22", 2567,
                 id="corpus-022-เดือน-พ.ศ."),
    pytest.param(f"วันที่{NBSP}{NBSP} 15{NBSP}  เมษายน{NBSP}  พ.ศ.{NBSP}  2563", "15 เมษายน พ.ศ. 2563",
                 "2020-04-15", 2563,
                 id="corpus-012-nbsp-and-double-spaces"),
    pytest.param("ณ วันที่ ๓๐ มีนาคม พ.ศ. ๒๕๖๐", "๓๐ มีนาคม พ.ศ. ๒๕๖๐", "2017-03-30", 2560, id="corpus-008-ณ-วันที่"),
    pytest.param("ลงวันที่ 22 มิ ถุนายน 2552", "22 มิ ถุนายน 2552", "2009-06-22", 2552, id="corpus-022-split-month"),
    pytest.param("ลงวัน ที่ 28 พฤษภาคม 2564", "28 พฤษภาคม 2564", "2021-05-28", 2564, id="corpus-022-split-วันที่"),
    pytest.param("วันทื่ 7 เมษายน 2563", "7 เมษายน 2563", "2020-04-07", 2563, id="corpus-011-typo-วันทื่"),
    pytest.param("ตั้งแต่วันที่ 1 กุมภาพันธ์ 25๖๗", "1 กุมภาพันธ์ 25๖๗", "2024-02-01", 2567, id="corpus-022-ตั้งแต่"),
    pytest.param("๒๑ มีนาคม พุทธศักราช ๒๕๖๐", "๒๑ มีนาคม พุทธศักราช ๒๕๖๐", "2017-03-21", 2560,
                 id="corpus-016-พุทธศักราช"),
    pytest.param("๖ มิถุนายน 2561", "๖ มิถุนายน 2561", "2018-06-06", 2561, id="mixed-digits"),
    pytest.param("๗  ธันวาคม  ๒๕๕๖", "๗ ธันวาคม ๒๕๕๖", "2013-12-07", 2556, id="double-spaces"),
    pytest.param("๗ ธันวาคม พ.ศ ๒๕๕๖", "๗ ธันวาคม พ.ศ ๒๕๕๖", "2013-12-07", 2556, id="พ.ศ-without-last-dot"),
    pytest.param("๗ธันวาคม๒๕๕๖", "๗ธันวาคม๒๕๕๖", "2013-12-07", 2556, id="no-spaces"),
    pytest.param("๗ ธ.ค. ๕๖", "๗ ธ.ค. ๕๖", "2013-12-07", 2556, id="two-digit-year-thai"),
    pytest.param("วันพุธที่ 14 ก.พ. 67", "14 ก.พ. 67", "2024-02-14", 2567, id="two-digit-year-arabic"),
    pytest.param("ลว. ๗ ธ.ค. ๒๕๕๖", "๗ ธ.ค. ๒๕๕๖", "2013-12-07", 2556, id="ลว.-prefix"),
    pytest.param("๗ ธ.ค ๒๕๕๖", "๗ ธ.ค ๒๕๕๖", "2013-12-07", 2556, id="abbr-without-last-dot"),
    pytest.param("๗ ธค ๒๕๕๖", "๗ ธค ๒๕๕๖", "2013-12-07", 2556, id="abbr-without-dots"),
    pytest.param("07/12/2556", "07/12/2556", "2013-12-07", 2556, id="slashes-be"),
    pytest.param("๗/๑๒/๒๕๕๖", "๗/๑๒/๒๕๕๖", "2013-12-07", 2556, id="slashes-thai-digits"),
    pytest.param("7/12/56", "7/12/56", "2013-12-07", 2556, id="slashes-two-digit-year"),
    pytest.param("07/12/2013", "07/12/2013", "2013-12-07", 2556, id="slashes-ad"),
    pytest.param("7 ธันวาคม ค.ศ. 2013", "7 ธันวาคม ค.ศ. 2013", "2013-12-07", 2556, id="ค.ศ."),
    pytest.param("7 ธันวาคม คริสต์ศักราช 2013", "7 ธันวาคม คริสต์ศักราช 2013", "2013-12-07", 2556, id="คริสต์ศักราช"),
    pytest.param("7 ธันวาคม 2013", "7 ธันวาคม 2013", "2013-12-07", 2556, id="bare-ad-year"),
    pytest.param("1 มกราคม พ.ศ. 2328", "1 มกราคม พ.ศ. 2328", "1785-01-01", 2328, id="old-be-year-with-พ.ศ."),
    # months 10-12: thai_strptime turns them into January
    pytest.param("๑๐ ตุลาคม ๒๕๖๖", "๑๐ ตุลาคม ๒๕๖๖", "2023-10-10", 2566, id="month-10"),
    pytest.param("๓๐ พฤศจิกายน ๒๕๖๖", "๓๐ พฤศจิกายน ๒๕๖๖", "2023-11-30", 2566, id="month-11"),
    pytest.param("๓๑ ธันวาคม ๒๕๖๖", "๓๑ ธันวาคม ๒๕๖๖", "2023-12-31", 2566, id="month-12"),
    # leap years
    pytest.param("29 ก.พ. 2567", "29 ก.พ. 2567", "2024-02-29", 2567, id="leap-day-2567"),
    pytest.param("29 กุมภาพันธ์ 2543", "29 กุมภาพันธ์ 2543", "2000-02-29", 2543, id="leap-day-2000"),
    # impossible dates: still a date, with its year, and no iso
    pytest.param("29 ก.พ. 2566", "29 ก.พ. 2566", None, 2566, id="impossible-leap-day-2566"),
    pytest.param("29 กุมภาพันธ์ 2443", "29 กุมภาพันธ์ 2443", None, 2443, id="impossible-leap-day-1900"),
    pytest.param("31 ก.พ. 2566", "31 ก.พ. 2566", None, 2566, id="impossible-31-feb"),
    pytest.param("30 กุมภาพันธ์ ๒๕๖๗", "30 กุมภาพันธ์ ๒๕๖๗", None, 2567, id="impossible-30-feb"),
    pytest.param("31 เมษายน 2563", "31 เมษายน 2563", None, 2563, id="impossible-31-april"),
    pytest.param("0 มกราคม 2563", "0 มกราคม 2563", None, 2563, id="impossible-day-0"),
]

# every abbreviated month, with and without its dots
ABBREVIATED = [
    pytest.param(f"1 {abbr} 2567", n, id=f"abbr-{n}")
    for n, abbr in enumerate(thai_abbr_months, 1)
] + [
    pytest.param(f"1 {abbr.replace('.', '')} 2567", n, id=f"abbr-{n}-no-dots")
    for n, abbr in enumerate(thai_abbr_months, 1)
]

NOT_DATES = [
    pytest.param("", id="empty"),
    pytest.param("ประจำเดือนมกราคม 2565", id="seed-003-month-without-day"),
    pytest.param("เวลา 13.30 น.", id="seed-003-time"),
    pytest.param("เมื่อวันที่ 8 กันยายน ที่ศูนย์นิทรรศการ", id="seed-002-no-year"),
    pytest.param("ที่ มท ๐๘๙๑.๓/ว ๒๕๕๖", id="reference-number"),
    pytest.param("ครั้งที่ 3/2565", id="meeting-number"),
    pytest.param("13/13/2560", id="slashes-month-13"),
    pytest.param("32/12/2560", id="slashes-day-32"),
    pytest.param("1.5 มกราคม", id="no-year"),
    pytest.param("ประกาศ ณ วันที่ ๑๓ ตุลาคม พ.ศ. ๒๕๕๙", id="signed-line-is-for-find"),
]


@pytest.mark.parametrize(("text", "raw", "iso", "year_be"), PARSED)
def test_parse_thai_date(text: str, raw: str, iso: str | None, year_be: int) -> None:
    date = parse_thai_date(text)
    assert date is not None
    assert (date.raw, date.iso, date.year_be) == (raw, iso, year_be)


@pytest.mark.parametrize(("text", "month"), ABBREVIATED)
def test_abbreviated_months(text: str, month: int) -> None:
    date = parse_thai_date(text)
    assert date is not None
    assert date.iso == f"2024-{month:02}-01"


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text: str) -> None:
    assert parse_thai_date(text) is None


# (line, raw, iso): the first date of a longer line
FOUND = [
    pytest.param("ประกาศ ณ วันที่ ๑๓ ตุลาคม พ.ศ. ๒๕๕๙", "๑๓ ตุลาคม พ.ศ. ๒๕๕๙", "2016-10-13", id="corpus-004-ประกาศ-ณ"),
    pytest.param(f"สั่ง ณ วันที่{NBSP}10{NBSP}มกราคม พุทธศักราช{NBSP}2560", "10 มกราคม พุทธศักราช 2560", "2017-01-10",
                 id="corpus-014-สั่ง-ณ"),
    pytest.param("องค์กรปกครองส่วนท้องถิ่น เมื่อวันที่ ๑๘ ตุลาคม ๒๕๕๖ ณ กรมส่งเสริมการปกครองท้องถิ่น เพื่อเพิ่ม",
                 "๑๘ ตุลาคม ๒๕๕๖", "2013-10-18", id="seed-001-in-prose"),
    pytest.param("วันนี้ ( 21 มกราคม 2565) เวลา 13.30 น. ณ ห้องประชุม 5501", "21 มกราคม 2565", "2022-01-21",
                 id="seed-003-in-parentheses"),
    pytest.param("ครั้งที่ 3/2565 ณ วันที่ 21 มกราคม 2565", "21 มกราคม 2565", "2022-01-21",
                 id="seed-003-after-meeting-number"),
    pytest.param("ระหว่าง วันที่ 7 – 8 กันยายน  2559 มีการปาฐกถา", "8 กันยายน 2559", "2016-09-08",
                 id="seed-002-day-range"),
    pytest.param("ท้ องถิ่ น ที่ มท 0808.2/ว1095 ลงวัน ที่ 28 พฤษภาคม 2564 (ปรากฏใน", "28 พฤษภาคม 2564", "2021-05-28",
                 id="corpus-022-after-ref"),
    pytest.param("สมัยแรก ประจำปี 25๖๗ ตั้งแต่วันที่ 1 กุมภาพันธ์ 25๖๗ เป็นต้นไป", "1 กุมภาพันธ์ 25๖๗", "2024-02-01",
                 id="corpus-022-year-before-date"),
    pytest.param("สมั ย ที่ 3 ตั้ งแต่วัน ที่ 1 สิ งหาคม 25๖๗ เป็ น ต้ นไป", "1 สิ งหาคม 25๖๗", "2024-08-01",
                 id="corpus-022-layout-damage"),
    pytest.param("เลม่ ๑๓๙ ตอนที่ ๑๓ ก                       ราชกิจจานุเบกษา                   ๒๔ กุมภาพันธ์ ๒๕๖๕",
                 "๒๔ กุมภาพันธ์ ๒๕๖๕", "2022-02-24", id="corpus-026-running-header"),
    pytest.param("ตั้งแต่ วันทื่ 7 เมษายน 2563 เวลา 00.01 น. จนถึงวันที่ 18 เมษายน พ.ศ. 2563", "7 เมษายน 2563",
                 "2020-04-07", id="corpus-011-first-of-two"),
    pytest.param("ลงวันที่ 13/13/2560 และ 07/12/2556", "07/12/2556", "2013-12-07", id="skips-impossible-slashes"),
]

NOT_FOUND = [
    pytest.param("เป็นประธานการประชุมกรมส่งเสริมการปกครองท้องถิ่น ประจำเดือนมกราคม 2565 พร้อมด้วย",
                 id="seed-003-month"),
    pytest.param("เวลา 13.30 น. ณ ห้องประชุม 5501 อาคาร 5", id="seed-000-time-and-room"),
    pytest.param("อาศัยอำนาจตามความในมาตรา 8 และมาตรา 34 วรรคสอง", id="corpus-009-numbers"),
    pytest.param("คำสั่งหัวหน้าคณะรักษาความสงบแห่งชาติ ที่ ๑๖/๒๕๖๐ เรื่อง", id="corpus-016-order-number"),
    pytest.param("ที่ กค ๐๔๒๒.๒/พิเศษ/ว ๒", id="reference-with-month-like-agency"),
    pytest.param("ไม่มีตัวเลขเลย", id="no-digits"),
]


@pytest.mark.parametrize(("line", "raw", "iso"), FOUND)
def test_find_thai_date(line: str, raw: str, iso: str) -> None:
    found = find_thai_date(line)
    assert found is not None
    date, start, end = found
    assert (date.raw, date.iso) == (raw, iso)
    assert " ".join(line[start:end].split()) == raw


@pytest.mark.parametrize("line", NOT_FOUND)
def test_find_no_date(line: str) -> None:
    assert find_thai_date(line) is None


@pytest.mark.parametrize(("line", "expected"), [
    pytest.param("๗ ธันวาคม ๒๕๕๖", True, id="seed-001-date-line"),
    pytest.param("วันพฤหัสบดีที่ 2 กรกฎาคม 2563", True, id="corpus-001-weekday"),
    pytest.param("  วันที่ ๑๐ มกราคม ๒๕๖๗  ", True, id="memo-วันที่-indented"),
    pytest.param("07/12/2556", True, id="slashes"),
    pytest.param("วันพุธที่ ๑๔ เดือน กุมภาพันธ์ ๒๕๖๗ เวลา ๑๔.๐๐ น.", False, id="corpus-022-with-time"),
    pytest.param("ประกาศ ณ วันที่ ๑๓ ตุลาคม พ.ศ. ๒๕๕๙", False, id="corpus-004-signed-line"),
    pytest.param("แถลงการณ์นายกรัฐมนตรี 19 พฤศจิกายน 2563", False, id="corpus-017-headline"),
    pytest.param("", False, id="empty"),
])
def test_is_date_line(line: str, expected: bool) -> None:
    assert is_date_line(line) is expected


# -- properties ------------------------------------------------------------------------------

_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


@st.composite
def printed_dates(draw: st.DrawFn) -> tuple[str, str, datetime.date]:
    """A valid date printed as documents print it: (prefix, the date as printed, the date)."""
    day = draw(st.dates(datetime.date(1957, 1, 1), datetime.date(2156, 12, 31)))
    month = draw(st.sampled_from([
        thai_full_months[day.month - 1],
        thai_abbr_months[day.month - 1],
        thai_abbr_months[day.month - 1].rstrip("."),
        thai_abbr_months[day.month - 1].replace(".", ""),
    ]))
    year_be = day.year + 543
    era, year = draw(st.sampled_from([
        ("", str(year_be)), ("พ.ศ. ", str(year_be)), ("พุทธศักราช ", str(year_be)),
        ("ค.ศ. ", str(day.year)), ("", str(day.year)),
        ("", str(year_be)[2:]) if 2500 <= year_be < 2600 else ("", str(year_be)),
    ]))
    spaces = draw(st.sampled_from([" ", "  "]))
    text = f"{day.day}{spaces}{month}{spaces}{era}{year}"
    if draw(st.booleans()):
        text = f"{day.day:02}/{day.month:02}/{year_be}"
    if draw(st.booleans()):
        text = text.translate(_THAI_DIGITS)
    weekday = thai_full_weekdays[day.weekday()]
    prefix = draw(st.sampled_from(["", "วันที่ ", "เมื่อวันที่ ", "ณ วันที่ ", f"{weekday}ที่ "]))
    return prefix, text, day


@settings(derandomize=True, max_examples=300)
@given(printed_dates())
def test_round_trip(printed: tuple[str, str, datetime.date]) -> None:
    prefix, text, day = printed
    date = parse_thai_date(prefix + text)
    assert date is not None
    assert (date.raw, date.iso, date.year_be) == (" ".join(text.split()), day.isoformat(), day.year + 543)
    assert is_date_line(prefix + text)


@settings(derandomize=True, max_examples=200)
@given(printed_dates(), st.sampled_from(["ประกาศ ", "ข้อ ๑ ตั้งแต่", "สั่ง "]),
       st.sampled_from(["", " เป็นต้นไป", ")"]))
def test_found_in_a_line(printed: tuple[str, str, datetime.date], before: str, after: str) -> None:
    prefix, text, day = printed
    line = before + prefix + text + after
    found = find_thai_date(line)
    assert found is not None
    date, start, end = found
    assert line[start:end] == text
    assert date.iso == day.isoformat()


_SOUP = st.lists(st.sampled_from([
    "วันที่", "วันพุธที่", "เดือน", "ธ.ค.", "ก.พ", "มค", "มกราคม", "พ.ศ.", "ค.ศ.", "พุทธศักราช", "๑", "๓๑", "2",
    "๒๕๖๗", "2013", "/", ".", " ", "  ", "\n", "\xa0", "ที่", "ว", "มท", "(", "๑.๑.", "–",
]), max_size=40).map("".join)


@settings(derandomize=True, max_examples=500)
@given(st.one_of(_SOUP, st.text(max_size=80)))
def test_never_raises(text: str) -> None:
    parse_thai_date(text)
    is_date_line(text)
    found = find_thai_date(text)
    if found is not None:
        date, start, end = found
        assert 0 <= start < end <= len(text)
        assert date.year_be > 0


# -- a date printed without its day (issue 12): the day is never invented --------------------

# (text, raw, iso, precision): a whole date field
PARTIAL = [
    pytest.param("พฤศจิกายน ๒๕๖๗", "พฤศจิกายน ๒๕๖๗", "2024-11", "month", id="month-line"),
    pytest.param("วันที่      พฤศจิกายน ๒๕๖๗", "พฤศจิกายน ๒๕๖๗", "2024-11", "month", id="memo-day-left-blank"),
    pytest.param("วันที่ ........ พ.ย. ๖๗", "พ.ย. ๖๗", "2024-11", "month", id="dotted-blank-abbreviated"),
    pytest.param("ณ วันที่   กุมภาพันธ์ พ.ศ. ๒๕๕๔", "กุมภาพันธ์ พ.ศ. ๒๕๕๔", "2011-02", "month", id="era-word"),
    pytest.param("ณ วันที่ ........ เดือน ........ พ.ศ. ๒๕๖๗", "พ.ศ. ๒๕๖๗", "2024", "year", id="year-only-form"),
    # corpus/241.txt:269 prints a month and year alone at a page foot
    pytest.param("กุมภาพันธ์ ๒๕๕๔", "กุมภาพันธ์ ๒๕๕๔", "2011-02", "month", id="corpus-241-month-year"),
]


@pytest.mark.parametrize(("text", "raw", "iso", "precision"), PARTIAL)
def test_a_date_without_its_day(text: str, raw: str, iso: str, precision: str) -> None:
    date = parse_thai_date(text)
    assert date is not None
    assert (date.raw, date.iso, date.precision) == (raw, iso, precision)
    assert is_date_line(text)


@pytest.mark.parametrize("text", [
    pytest.param("พ.ศ. ๒๕๖๐", id="corpus-219-title-year-line"),
    pytest.param("พ.ศ.\xa02560", id="corpus-009-title-year-line"),
    pytest.param("ประจำเดือนมกราคม 2565", id="month-in-prose"),
    pytest.param("มค ๐๐๓๒.๑/๒", id="ref-agency-like-a-month"),
])
def test_no_partial_date(text: str) -> None:
    assert parse_thai_date(text) is None or not is_date_line(text)


def test_a_full_date_has_day_precision() -> None:
    date = parse_thai_date("๗ ธันวาคม ๒๕๕๖")
    assert date is not None and date.precision == "day"


def test_month_in_a_sentence_is_no_date() -> None:
    assert find_thai_date("รายงานประจำเดือนพฤศจิกายน ๒๕๖๗ ของกอง") is None
