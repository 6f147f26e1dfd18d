"""``moukit check``: conformance findings (check.py) and the command that prints them.

The documents are small and written inline, shaped like the real ones in samples/ and
tests/corpus/, so each case shows the one departure it is about and the line it names.
Findings are compared as (severity, code, line, document) tuples; messages are checked for
the Thai term and what was expected, not word for word.
"""

from __future__ import annotations

import datetime
import json

import pytest

from moukit import parse_file, parse_text
from moukit.check.rules import check_document
from moukit.check.numbering import THAI_LETTER_ORDER
from moukit.models import Clause, Document, Header, HeaderLines, Party, Ref, Signatory, Warning

from .conftest import CORPUS, SAMPLES, corpus_files, moukit, sample_files

TODAY = datetime.date(2025, 1, 1)
CIRCULAR = SAMPLES / "circular-dla-mou-thaihealth-2556.txt"

# A complete external letter (หนังสือภายนอก). Line numbers, for the cases below:
# 1 ที่ · 3–4 issuer · 6 date · 8 เรื่อง · 10 เรียน · 14–15 body · 19 closing · 21–23 signature
# · 25 owner unit · 26 โทร.
LETTER = """\
ที่ มท ๐๘๙๑.๓/ว ๒๕๕๖

กรมส่งเสริมการปกครองท้องถิ่น
ถนนนครราชสีมา เขตดุสิต กทม. ๑๐๓๐๐

๗ ธันวาคม ๒๕๕๖

เรื่อง ขอความร่วมมือประชาสัมพันธ์บันทึกข้อตกลงความร่วมมือ

เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด

สิ่งที่ส่งมาด้วย สำเนาบันทึกข้อตกลงความร่วมมือ จำนวน ๑ ชุด

ด้วยกรมส่งเสริมการปกครองท้องถิ่น ได้ร่วมลงนามในบันทึกข้อตกลงความร่วมมือ เมื่อวันที่ ๑๘ ตุลาคม ๒๕๕๖
รายละเอียดปรากฏตามเอกสารที่ส่งมาด้วย

จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการต่อไป

ขอแสดงความนับถือ

(นายโชคชัย เตชะธนรัญ)
รองอธิบดี รักษาการแทน
อธิบดีกรมส่งเสริมการปกครองท้องถิ่น

สำนักส่งเสริมการพัฒนาเศรษฐกิจ สังคมและการมีส่วนร่วม
โทร. ๐ ๒๒๔๑ ๙๐๐๐ ต่อ ๔๑๓๒
"""

# An announcement (ประกาศ) whose body is CLAUSES: 1 title · 2 เรื่อง · 4 preamble · 5… clauses
ANNOUNCEMENT = """\
ประกาศกรมการขนส่งทางบก
เรื่อง ข้อแนะนำในการปฏิบัติเพื่อป้องกันและควบคุมการแพร่ระบาดของโรค
…………………………………………………………..
ด้วยสถานการณ์ปัจจุบันเกิดการแพร่ระบาดของโรค กรมการขนส่งทางบกจึงขอแนะนำ ดังนี้
{clauses}
ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป
ประกาศ ณ วันที่ 18 มีนาคม พ.ศ. 2563
นายจิรุตม์ วิศาลจิตร
อธิบดีกรมการขนส่งทางบก
"""

# An MOU between two parties: 1 title · 4, 6 parties · 10, 12 clauses · 14 closing formula
MOU = """\
บันทึกข้อตกลงความร่วมมือ
การพัฒนาคุณภาพชีวิตผู้สูงอายุในชุมชน
ระหว่าง
กรมส่งเสริมการปกครองท้องถิ่น กระทรวงมหาดไทย
กับ
สำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ (สสส.)

ทั้งสองหน่วยงานจึงได้จัดทำบันทึกข้อตกลงความร่วมมือนี้ขึ้น ดังนี้

(๑) ส่งเสริมให้องค์กรปกครองส่วนท้องถิ่นจัดตั้งศูนย์ดูแลผู้สูงอายุ

(๒) พัฒนาบุคลากรด้านการดูแลผู้สูงอายุ

เพื่อแสดงถึงเจตนารมณ์ ทั้ง ๒ ฝ่ายจึงได้จัดทำบันทึกข้อตกลงความร่วมมือขึ้น ๒ ฉบับ มีข้อความถูกต้องตรงกัน และเก็บไว้ฝ่ายละ ๑ ฉบับ

(นายวัลลภ พริงพงษ์)
อธิบดีกรมส่งเสริมการปกครองท้องถิ่น

(นายสมพร ไร่ข้างยาง)
ประธานกรรมการบริหารแผน คณะที่ ๓
สำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ (สสส.)
"""

# An order (คำสั่ง): 1 title · 2 ที่ · 3 เรื่อง · 5–6 clauses · 7 สั่ง ณ วันที่ · 8–9 signature
ORDER = """\
คำสั่งหัวหน้าคณะรักษาความสงบแห่งชาติ
ที่ 1/2560
เรื่อง การแก้ไขปัญหาการบริหารงานบุคคลของกระทรวงศึกษาธิการ
อาศัยอำนาจตามความในมาตรา 44 ของรัฐธรรมนูญแห่งราชอาณาจักรไทย (ฉบับชั่วคราว) หัวหน้าคณะรักษาความสงบแห่งชาติจึงมีคำสั่ง ดังต่อไปนี้
ข้อ 1 ให้กระทรวงศึกษาธิการ มี อ.ก.พ. กระทรวง คณะหนึ่ง
ข้อ 2 คำสั่งนี้ให้ใช้บังคับตั้งแต่วันประกาศในราชกิจจานุเบกษาเป็นต้นไป
สั่ง ณ วันที่ 10 มกราคม พุทธศักราช 2560
พลเอก ประยุทธ์ จันทร์โอชา
หัวหน้าคณะรักษาความสงบแห่งชาติ
"""


def clauses(*labels: str) -> str:
    return "\n".join(f"{label} ให้ดำเนินการตามข้อแนะนำนี้" for label in labels)


def found(text: str, today: datetime.date = TODAY) -> list[tuple[str, str, int | None, str]]:
    doc = parse_text(text)
    return [(f.severity, f.code, f.line, f.document) for f in check_document(doc, today=today)]


# --- rules, one departure per case ------------------------------------------------------------

CASES = [
    ("complete-letter", LETTER, []),
    ("no-subject", LETTER.replace("เรื่อง ขอความร่วมมือประชาสัมพันธ์บันทึกข้อตกลงความร่วมมือ", ""),
     [("error", "missing_subject", 10, "#0")]),  # expected before the salutation, line 10
    ("no-date", LETTER.replace("๗ ธันวาคม ๒๕๕๖", ""), [("error", "missing_date", 8, "#0")]),
    ("no-issuer-is-a-warning", LETTER.replace("กรมส่งเสริมการปกครองท้องถิ่น\nถนนนครราชสีมา เขตดุสิต กทม. ๑๐๓๐๐", "\n"),
     [("warning", "missing_issuer", 6, "#0")]),
    ("no-closing", LETTER.replace("ขอแสดงความนับถือ", ""), [("error", "missing_closing", 21, "#0")]),
    ("no-owner-unit-is-a-warning", LETTER.replace("สำนักส่งเสริมการพัฒนาเศรษฐกิจ สังคมและการมีส่วนร่วม", ""),
     [("warning", "missing_owner_unit", 26, "#0")]),
    ("rank-mismatch", LETTER.replace("เรียน ผู้ว่า", "กราบเรียน ผู้ว่า"), [("warning", "salutation_rank", 19, "#0")]),
    ("rank-match",
     LETTER.replace("เรียน ผู้ว่า", "กราบเรียน ผู้ว่า").replace("ขอแสดงความนับถือ", "ขอแสดงความนับถืออย่างยิ่ง"), []),
    ("impossible-date", LETTER.replace("๗ ธันวาคม ๒๕๕๖", "31 ก.พ. 2566"), [("error", "impossible_date", 6, "#0")]),
    ("future-date", LETTER.replace("๗ ธันวาคม ๒๕๕๖", "๗ ธันวาคม ๒๕๖๙"), [("warning", "future_date", 6, "#0")]),
    ("clauses-in-order", ANNOUNCEMENT.format(clauses=clauses("ข้อ 1", "ข้อ 2", "ข้อ 3")), []),
    ("clause-gap", ANNOUNCEMENT.format(clauses=clauses("(1)", "(2)", "(4)")), [("warning", "clause_gap", 7, "#0")]),
    ("clause-duplicate", ANNOUNCEMENT.format(clauses=clauses("ข้อ 1", "ข้อ 2", "ข้อ 2", "ข้อ 3")),
     [("error", "clause_duplicate", 7, "#0")]),
    ("nested-gap", ANNOUNCEMENT.format(clauses=clauses("ข้อ 1", "(1)", "(3)", "ข้อ 2")),
     [("warning", "clause_gap", 7, "#0")]),
    ("inserted-clause-is-no-gap", ANNOUNCEMENT.format(clauses=clauses("ข้อ 1", "ข้อ 1/1", "ข้อ 2")), []),
    ("thai-letters-skip-kho-rakhang",
     ANNOUNCEMENT.format(clauses=clauses("ข้อ 1", "(ก)", "(ข)", "(ค)", "(ง)", "(จ)")), []),
    ("thai-letter-gap", ANNOUNCEMENT.format(clauses=clauses("ข้อ 1", "(ก)", "(ข)", "(ง)")),
     [("warning", "clause_gap", 8, "#0")]),
    ("thai-digits-gap", ANNOUNCEMENT.format(clauses=clauses("ข้อ ๑", "ข้อ ๒", "ข้อ ๔")),
     [("warning", "clause_gap", 7, "#0")]),
    ("announcement-without-signer", ANNOUNCEMENT.format(clauses=clauses("ข้อ 1")).replace(
        "นายจิรุตม์ วิศาลจิตร\nอธิบดีกรมการขนส่งทางบก\n", ""), [("error", "missing_signatory", 7, "#0")]),
    ("complete-mou", MOU, []),
    ("mou-copies", MOU.replace("ขึ้น ๒ ฉบับ", "ขึ้น ๓ ฉบับ"), [("warning", "copies_mismatch", 14, "#0")]),
    ("complete-order", ORDER, []),
    ("order-without-subject", ORDER.replace("เรื่อง การแก้ไขปัญหาการบริหารงานบุคคลของกระทรวงศึกษาธิการ", ""),
     [("error", "missing_subject", 4, "#0")]),
    ("order-future-signed-date", ORDER.replace("2560", "2570"),
     [("warning", "future_date", 7, "#0")]),
]


@pytest.mark.parametrize(("text", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_findings(text, expected):
    assert found(text) == expected


def test_missing_subject_names_the_thai_part_and_where_it_belongs():
    doc = parse_text(LETTER.replace("เรื่อง ขอความร่วมมือประชาสัมพันธ์บันทึกข้อตกลงความร่วมมือ", ""))
    [finding] = check_document(doc, today=TODAY)
    assert "เรื่อง" in finding.message and "subject" in finding.message
    assert "วันที่ (line 6)" in finding.message and "คำขึ้นต้น (line 10)" in finding.message


def test_rank_mismatch_says_which_closing_was_expected():
    doc = parse_text(LETTER.replace("เรียน ผู้ว่า", "กราบเรียน ผู้ว่า"))
    [finding] = check_document(doc, today=TODAY)
    assert "กราบเรียน" in finding.message
    assert "expected ขอแสดงความนับถืออย่างยิ่ง" in finding.message


def test_clause_gap_names_both_labels_and_the_expected_one():
    doc = parse_text(ANNOUNCEMENT.format(clauses=clauses("ข้อ ๑", "ข้อ ๒", "ข้อ ๔")))
    [finding] = check_document(doc, today=TODAY)
    assert finding.message.startswith("ข้อ ๔ follows ข้อ ๒: expected ข้อ ๓")


def test_future_dates_depend_on_today():
    text = LETTER.replace("๗ ธันวาคม ๒๕๕๖", "๗ ธันวาคม ๒๕๖๙")  # 2026-12-07
    assert found(text, today=datetime.date(2026, 12, 7)) == []
    assert found(text, today=datetime.date(2026, 12, 6)) == [("warning", "future_date", 6, "#0")]


def test_thai_letter_order_has_no_obsolete_letters():
    assert THAI_LETTER_ORDER.startswith("กขคงจฉชซฌญ")
    assert not set("ฃฅฆ") & set(THAI_LETTER_ORDER)
    assert len(THAI_LETTER_ORDER) == 41


# --- rules on hand-built Documents (independent of what the parsers find) ---------------------


def _mou(**fields) -> Document:
    parties = (Party(name="กรมส่งเสริมการปกครองท้องถิ่น", lines=(3, 3)), Party(name="สำนักงานกองทุน", lines=(5, 5)))
    body = (Clause(label="(๑)", number="1", text="ส่งเสริม", lines=(7, 7)),)
    return Document(kind="mou", lines=(1, 20), parties=parties, body=body, **fields)


def test_a_signer_without_a_party_is_a_warning_a_witness_is_not():
    signatories = (
        Signatory(honorific="นาย", name="วัลลภ พริงพงษ์", party=0, lines=(10, 11)),
        Signatory(honorific="นาย", name="สมพร ไร่ข้างยาง", party=None, lines=(13, 14)),
        Signatory(honorific="นาย", name="ชาญนะ เอี่ยมแสง", party=None, role="witness", lines=(16, 17)),
    )
    findings = check_document(_mou(signatories=signatories), today=TODAY)
    assert [(f.severity, f.code, f.line) for f in findings] == [("warning", "signer_without_party", 13)]
    assert "สมพร ไร่ข้างยาง" in findings[0].message and "คู่สัญญา" in findings[0].message


def test_an_mou_needs_two_parties_clauses_and_a_signer():
    doc = Document(kind="mou", lines=(1, 9), title="บันทึกข้อตกลงความร่วมมือ", title_lines=(1, 1),
                   parties=(Party(name="กรมส่งเสริมการปกครองท้องถิ่น", lines=(3, 3)),))
    findings = check_document(doc, today=TODAY)
    assert [(f.severity, f.code) for f in findings] == [
        ("error", "missing_parties"), ("error", "missing_clauses"), ("error", "missing_signatory")]
    assert "found 1" in findings[0].message


def test_unplaced_text_is_surfaced_extraction_repairs_are_not():
    warnings = (
        Warning(code="unparsed_line", message="text not placed in any part (line 4): kept in unparsed", line=4),
        Warning(code="page_furniture", message="page furniture not placed in any part (line 9)", line=9),
        Warning(code="impossible_date", message="line 2: no such date: 31 ก.พ. 2566", line=2),
    )
    findings = check_document(Document(kind="news", lines=(1, 10), warnings=warnings), today=TODAY)
    assert [(f.severity, f.code, f.line) for f in findings] == [("warning", "unparsed_line", 4)]


def test_an_order_needs_its_signed_date():
    # Without "สั่ง ณ วันที่" the parsers cannot tell the signature from the body, so the
    # Document is built by hand: title 1, ที่ 2, เรื่อง 3, clause 5, signer 8–9.
    doc = Document(kind="order", lines=(1, 9), title="คำสั่งหัวหน้าคณะรักษาความสงบแห่งชาติ", title_lines=(1, 1),
                   header=Header(ref=Ref(raw="1/2560", agency=None, unit=None, circular=False, number="1", year=2560),
                                 subject="การแก้ไขปัญหา", lines=HeaderLines(ref=(2, 2), subject=(3, 3))),
                   body=(Clause(label="ข้อ 1", number="1", text="ให้กระทรวงศึกษาธิการ", lines=(5, 5)),),
                   signatories=(Signatory(honorific="พลเอก", name="ประยุทธ์ จันทร์โอชา", lines=(8, 9)),))
    [finding] = check_document(doc, today=TODAY)
    assert (finding.severity, finding.code, finding.line) == ("error", "missing_signed_date", 8)
    assert "ณ วันที่" in finding.message and "after the body (line 5)" in finding.message


def test_news_and_statement_require_nothing():
    for kind in ("news", "statement"):
        assert check_document(Document(kind=kind, lines=(1, 1)), today=TODAY) == []


def test_an_unrecognised_text_is_a_finding_not_a_pass():
    # "No findings" must never mean "not examined".
    [finding] = check_document(Document(kind="unknown", lines=(1, 1)), today=TODAY)
    assert (finding.severity, finding.code, finding.line) == ("warning", "unrecognised_kind", 1)
    assert "not checked" in finding.message


def _circular_without(line: int) -> str:
    lines = CIRCULAR.read_text(encoding="utf-8").split("\n")
    return "\n".join(lines[: line - 1] + [""] + lines[line:])  # a blank line keeps the numbering


def test_a_letter_without_its_salutation_is_an_error_naming_what_is_missing():
    doc = parse_text(_circular_without(16))  # เรียน deleted: no letter is recognised
    finding = next(f for f in check_document(doc, today=TODAY) if f.document == "#0")
    assert (finding.severity, finding.code, finding.line) == ("error", "unrecognised_kind", 12)  # after เรื่อง
    assert "ที่ (line 3), วันที่ (line 10), เรื่อง (line 12), คำลงท้าย (line 38)" in finding.message
    assert "but no คำขึ้นต้น" in finding.message


@pytest.mark.parametrize("line", [3, 16], ids=["no-ref", "no-salutation"])
def test_cli_a_letter_that_lost_a_head_line_exits_1(tmp_path, line):
    path = tmp_path / "letter.txt"
    path.write_text(_circular_without(line), encoding="utf-8")
    result = moukit("check", "--today", "2025-01-01", path)
    assert result.returncode == 1
    [entry] = json.loads(result.stdout)
    assert entry["findings"] and any(f["severity"] == "error" for f in entry["findings"])


def test_attachments_are_numbered_depth_first():
    inner = _mou(conclusion=None)
    outer = Document(kind="news", lines=(1, 30), attachments=(Document(kind="news", lines=(2, 2)), inner))
    assert {f.document for f in check_document(outer, today=TODAY)} == {"#2"}  # the MOU has no signer


def test_check_is_pure():
    doc = parse_text(LETTER.replace("เรื่อง ขอความร่วมมือประชาสัมพันธ์บันทึกข้อตกลงความร่วมมือ", ""))
    before = doc.model_dump()
    assert check_document(doc, today=TODAY) == check_document(doc, today=TODAY)
    assert doc.model_dump() == before


# --- the samples and the corpus ----------------------------------------------------------------

# What check should say about each sample, judged against the text: the circular and its MOU
# have every part (ที่ ๓, date ๑๐, เรื่อง ๑๒, เรียน ๑๖, closing ๓๘, signer ๔๐, owner unit ๔๔;
# the MOU's two parties, clauses (๑)–(๙), "๒ ฉบับ" for two parties, six signers); the news
# pages are not regulated and their dates are real and past.
SAMPLE_FINDINGS: dict[str, list] = {
    "circular-dla-mou-thaihealth-2556.txt": [],
    "news-dla-meeting-directives.txt": [],
    "news-dla-thaihealth-mou-clauses.txt": [],
    "news-four-agency-mou-inline-items.txt": [],
    "news-three-party-mou-five-items.txt": [],
}


@pytest.mark.parametrize("path", sample_files(), ids=lambda p: p.name)
def test_samples(path):
    findings = check_document(parse_file(path), today=TODAY)
    assert [(f.severity, f.code, f.line, f.document) for f in findings] == SAMPLE_FINDINGS[path.name]


def test_corpus_announcement_with_thai_letter_lists_has_no_findings():
    # ข้อ 7 (1)…(9), each with (ก) (ข) (ค) (ง) …: Thai drafting skips ฆ, so no gaps.
    assert check_document(parse_file(CORPUS / "009.txt"), today=TODAY) == []


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_corpus_findings_point_into_their_document(path):
    from moukit.check.rules import iter_documents

    doc = parse_file(path)
    spans = {f"#{i}": d.lines for i, d in enumerate(iter_documents(doc))}
    for finding in check_document(doc, today=TODAY):
        assert finding.line is None or spans[finding.document][0] <= finding.line <= spans[finding.document][1]


# --- the command (in-process: tests/conftest.py) -------------------------------------------------


def test_cli_exit_0_and_json_for_a_conforming_file():
    result = moukit("check", "--today", "2025-01-01", CIRCULAR)
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    [report] = json.loads(result.stdout)
    assert report == {
        "path": str(CIRCULAR),
        "error": None,
        "documents": [{"document": "#0", "kind": "letter", "lines": [1, 122]},
                      {"document": "#1", "kind": "mou", "lines": [50, 122]}],
        "findings": [],
    }


def test_cli_exit_1_for_an_error_finding(tmp_path):
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER.replace("เรื่อง ขอความร่วมมือประชาสัมพันธ์บันทึกข้อตกลงความร่วมมือ", ""), encoding="utf-8")
    result = moukit("check", "--format", "json", "--today", "2025-01-01", letter, CIRCULAR)
    assert result.returncode == 1
    assert result.stderr == b""
    reports = json.loads(result.stdout)
    assert [r["path"] for r in reports] == [str(letter), str(CIRCULAR)]
    [finding] = reports[0]["findings"]
    assert finding["severity"] == "error" and finding["code"] == "missing_subject" and finding["line"] == 10
    assert set(finding) == {"severity", "code", "message", "line", "document"}


def test_cli_warnings_alone_exit_0(tmp_path):
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER.replace("๗ ธันวาคม ๒๕๕๖", "๗ ธันวาคม ๒๕๖๙"), encoding="utf-8")
    result = moukit("check", "--today", "2025-01-01", letter)
    assert result.returncode == 0
    assert [f["code"] for f in json.loads(result.stdout)[0]["findings"]] == ["future_date"]
    assert json.loads(moukit("check", "--today", "2027-01-01", letter).stdout)[0]["findings"] == []


def test_cli_unreadable_file_is_one_line_and_exit_1(tmp_path):
    missing = tmp_path / "no-such-file.txt"
    result = moukit("check", "--today", "2025-01-01", CIRCULAR, missing)
    assert result.returncode == 1
    assert b"Traceback" not in result.stderr
    [line] = result.stderr.decode("utf-8").splitlines()
    assert line.startswith("moukit: error: ") and str(missing) in line
    reports = json.loads(result.stdout)
    assert reports[1]["path"] == str(missing) and "no such file" in reports[1]["error"]
    assert reports[0]["findings"] == []


@pytest.mark.parametrize("today", ["2025-02-30", "tomorrow", "01/01/2025"])
def test_cli_bad_today_is_a_usage_error(today):
    result = moukit("check", "--today", today, CIRCULAR)
    assert result.returncode == 2
    assert result.stdout == b""
    assert b"Traceback" not in result.stderr
    assert "--today" in result.stderr.decode("utf-8")


def test_cli_reads_standard_input():
    result = moukit("check", "--today", "2025-01-01", "-", stdin=CIRCULAR.read_bytes())
    assert result.returncode == 0
    assert json.loads(result.stdout)[0]["path"] == "-"


def test_cli_table_off_a_terminal_is_plain_text(tmp_path):
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER.replace("เรื่อง ขอความร่วมมือประชาสัมพันธ์บันทึกข้อตกลงความร่วมมือ", ""), encoding="utf-8")
    result = moukit("check", "--format", "table", "--today", "2025-01-01", letter)
    assert result.returncode == 1
    text = result.stdout.decode("utf-8")
    assert "missing_subject" in text and str(letter) in text
    assert "\x1b[" not in text
