"""ที่: reference numbers (THAI-FORMATS §2) and the ที่ trap of ordinary prose.

Lines marked ``seeds/…`` and ``corpus/…:N`` are copied from /work/shared (see its SOURCES.md).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moukit.parts.ref import parse_ref, split_ref_line

# (text, (agency, unit, circular, number, year))
REFS = [
    pytest.param("มท ๐๘๙๑.๓/ว ๒๕๕๖", ("มท", "0891.3", True, "2556", None), id="seed-001-circular"),
    pytest.param("มท 0808.2/ว 1095", ("มท", "0808.2", True, "1095", None), id="corpus-022-arabic"),
    pytest.param("มท 0808.2/ว1095", ("มท", "0808.2", True, "1095", None), id="corpus-022-ว-glued"),
    pytest.param("มท 0810.3/ว 7509", ("มท", "0810.3", True, "7509", None), id="corpus-022-another-unit"),
    pytest.param("มท.0808.2/ว 1095", ("มท", "0808.2", True, "1095", None), id="dot-after-agency"),
    pytest.param("มท 0808.2/ว.61", ("มท", "0808.2", True, "61", None), id="ว-with-dot"),
    pytest.param("มท 0808.2 /ว 1095", ("มท", "0808.2", True, "1095", None), id="space-before-slash"),
    pytest.param("มท 0808.2 / ว 1095", ("มท", "0808.2", True, "1095", None), id="spaces-around-slash"),
    pytest.param("มท 0808.2.ว 1095", ("มท", "0808.2", True, "1095", None), id="dot-instead-of-slash"),
    pytest.param("มท  ๐๘๙๑.๓/ว  ๒๕๕๖", ("มท", "0891.3", True, "2556", None), id="double-spaces"),
    pytest.param("มท ๐๘๙๑.๓/ว\n๒๕๕๖", ("มท", "0891.3", True, "2556", None), id="line-break-before-number"),
    pytest.param("กค ๐๔๒๒.๒/พิเศษ/ว ๒", ("กค", "0422.2", True, "2", None), id="extra-segment"),
    pytest.param("มท ๐๘๐๘.๒/๑๒๓", ("มท", "0808.2", False, "123", None), id="not-circular"),
    pytest.param("นร ๐๕๐๕/ว ๘๕", ("นร", "0505", True, "85", None), id="unit-without-dot"),
    pytest.param("ศธ 04009/ว 1234", ("ศธ", "04009", True, "1234", None), id="five-digit-unit"),
    pytest.param("สธ 0201.044/ว 12", ("สธ", "0201.044", True, "12", None), id="three-digit-subunit"),
    pytest.param("ลย ๐๐๒๓.๓/ว ๑๒๓", ("ลย", "0023.3", True, "123", None), id="province-ลย"),
    pytest.param("ศก ๐๐๑๗.๒/ว ๔๕", ("ศก", "0017.2", True, "45", None), id="province-ศก"),
    pytest.param("สทช 1004/ว 2345", ("สทช", "1004", True, "2345", None), id="agency-สทช"),
    pytest.param("ก.ค.ศ. 0206.3/ว 12", ("ก.ค.ศ.", "0206.3", True, "12", None), id="dotted-agency"),
    pytest.param("มท 0808.2/๑๒3", ("มท", "0808.2", False, "123", None), id="mixed-digits"),
    pytest.param("มท ๐๘๙๑.๓/ว", ("มท", "0891.3", True, None, None), id="number-on-next-line"),
    pytest.param("ว.61", (None, None, True, "61", None), id="bare-circular-number"),
    pytest.param("๐๘๙๑.๓/ว ๒๕๕๖", (None, "0891.3", True, "2556", None), id="unit-without-agency"),
    # orders and announcements: number/B.E. year
    pytest.param("๑๖/๒๕๖๐", (None, None, False, "16", 2560), id="corpus-016-order"),
    pytest.param("1/2560", (None, None, False, "1", 2560), id="corpus-014-order"),
    pytest.param("๑๗/๒๕๖๐", (None, None, False, "17", 2560), id="order-thai-digits"),
    pytest.param("๑๗ / ๒๕๖๐", (None, None, False, "17", 2560), id="order-spaced"),
]

NOT_REFS = [
    pytest.param("", id="empty"),
    pytest.param("กรุงเทพมหานคร", id="address"),
    pytest.param("ทำการองค์การบริหารส่วนตำบล", id="ที่ทำการ"),
    pytest.param("ผ่านมา ผู้นำและเจ้าหน้าที่ระดับสูง", id="corpus-001-ที่ผ่านมา"),
    pytest.param("5 ของการประชุม", id="ordinal"),
    pytest.param("ว 5 ของการประชุม", id="ว-then-prose"),
    pytest.param("17/123", id="number-without-year-or-unit"),
    pytest.param("1/2800", id="year-out-of-range"),
    pytest.param("มท ๐๘๙๑.๓/ว ๒๕๕๖ ลงวันที่ ๗ ธันวาคม ๒๕๕๖", id="trailing-text"),
    pytest.param("มท 0808.2", id="no-separator"),
    pytest.param("ประชุม 3/2565", id="meeting-number"),
    pytest.param("มา : https://www.thaigov.go.th/news/contents/details/33032", id="corpus-ที่มา"),
]


@pytest.mark.parametrize(("text", "expected"), REFS)
def test_parse_ref(text: str, expected: tuple[object, ...]) -> None:
    ref = parse_ref(text)
    assert ref is not None
    assert (ref.agency, ref.unit, ref.circular, ref.number, ref.year) == expected
    assert ref.raw == " ".join(text.split())


@pytest.mark.parametrize("text", NOT_REFS)
def test_not_a_ref(text: str) -> None:
    assert parse_ref(text) is None


def test_extra_segment_is_kept_in_raw() -> None:
    ref = parse_ref("กค ๐๔๒๒.๒/พิเศษ/ว ๒")
    assert ref is not None and "/พิเศษ/" in ref.raw


@pytest.mark.parametrize(("line", "expected"), [
    pytest.param("ที่ มท ๐๘๙๑.๓/ว ๒๕๕๖", "มท ๐๘๙๑.๓/ว ๒๕๕๖", id="seed-001"),
    pytest.param("ที่\xa01/2560", "1/2560", id="corpus-014-nbsp"),
    pytest.param("ที่ ๑๖/๒๕๖๐", "๑๖/๒๕๖๐", id="corpus-016"),
    pytest.param("   ที่ มท 0808.2/ว 1095", "มท 0808.2/ว 1095", id="indented"),
    pytest.param("ที่ มท ๐๘๙๑.๓/ว", "มท ๐๘๙๑.๓/ว", id="number-on-next-line"),
    pytest.param("ที่ มท ๐๘๐๘.๒/๑๒๓   วันที่ ๑๐ มกราคม ๒๕๖๗", "มท ๐๘๐๘.๒/๑๒๓   วันที่ ๑๐ มกราคม ๒๕๖๗",
                 id="memo-ref-and-date"),
    pytest.param("ที่ มท ๐๘๐๘.๒/๑๒๓ วันที่ ๑๐ มกราคม ๒๕๖๗", "มท ๐๘๐๘.๒/๑๒๓ วันที่ ๑๐ มกราคม ๒๕๖๗",
                 id="memo-ref-and-date-one-space"),
    pytest.param("ที่ มท ๐๘๙๑.๓/ว ๒๕๕๖        กรมส่งเสริมการปกครองท้องถิ่น",
                 "มท ๐๘๙๑.๓/ว ๒๕๕๖        กรมส่งเสริมการปกครองท้องถิ่น", id="letter-issuer-column"),
    pytest.param("ที่ กรุงเทพมหานคร", None, id="address-trap"),
    pytest.param("ที่ทำการองค์การบริหารส่วนตำบล", None, id="ที่ทำการ"),
    pytest.param("ที่ผ่านมา ผู้นำและเจ้าหน้าที่ระดับสูงไทยและจีน", None, id="corpus-001-ที่ผ่านมา"),
    pytest.param("ที่ 5 ของการประชุม", None, id="ordinal"),
    pytest.param("ที่มา : สำนักข่าวสร้างสุข", None, id="seed-000-ที่มา"),
    pytest.param("ที่มท ๐๘๙๑.๓/ว ๒๕๕๖", None, id="label-without-space"),
    pytest.param("ครั้งที่ 3/2565", None, id="not-line-initial"),
    pytest.param("ที่ ๑๖/๒๕๖๐ เรื่อง การบริหารงานบุคคล", None, id="prose-after-order-number"),
])
def test_split_ref_line(line: str, expected: str | None) -> None:
    assert split_ref_line(line) == expected


# -- properties ------------------------------------------------------------------------------

_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_AGENCIES = ["มท", "นร", "กค", "ศธ", "ลย", "ศก", "สทช", "อว", "ดศ"]


@settings(derandomize=True, max_examples=200)
@given(
    st.sampled_from(_AGENCIES),
    st.from_regex(r"0[0-9]{3}(\.[0-9]{1,2})?", fullmatch=True),
    st.booleans(),
    st.integers(1, 99999),
    st.booleans(),
)
def test_letter_ref_round_trip(agency: str, unit: str, circular: bool, number: int, thai: bool) -> None:
    text = f"{agency} {unit}/{'ว ' if circular else ''}{number}"
    ref = parse_ref(text.translate(_THAI_DIGITS) if thai else text)
    assert ref is not None
    assert (ref.agency, ref.unit, ref.circular, ref.number, ref.year) == (agency, unit, circular, str(number), None)


@settings(derandomize=True, max_examples=100)
@given(st.integers(1, 9999), st.integers(2400, 2700), st.booleans())
def test_order_ref_round_trip(number: int, year: int, thai: bool) -> None:
    text = f"{number}/{year}"
    ref = parse_ref(text.translate(_THAI_DIGITS) if thai else text)
    assert ref is not None
    assert (ref.number, ref.year, ref.agency, ref.circular) == (str(number), year, None, False)


_SOUP = st.lists(st.sampled_from([
    "ที่", "ที่ ", "มท", "ว", "ว.", "พิเศษ", "/", ".", " ", "   ", "\n", "\xa0", "๐๘๙๑", "0808", "๒๕๕๖", "2560",
    "๑", "วันที่", "กรุงเทพมหานคร", "ก.ค.ศ.",
]), max_size=30).map("".join)


@settings(derandomize=True, max_examples=500)
@given(st.one_of(_SOUP, st.text(max_size=80)))
def test_never_raises(text: str) -> None:
    ref = parse_ref(text)
    if ref is not None:
        assert ref.raw
    split_ref_line(text)


@pytest.mark.parametrize(("text", "raw"), [
    pytest.param("ศธ 04133/4413)", "ศธ 04133/4413", id="bracket-closing-nothing"),
    pytest.param("มค ๐๐๓๒/๑๒๓ .", "มค ๐๐๓๒/๑๒๓", id="stray-dot"),
])
def test_a_stray_mark_after_the_number(text, raw):
    ref = parse_ref(text)
    assert ref is not None and ref.raw == raw
