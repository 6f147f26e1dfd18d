"""Thai messages (issue 13, item 13): ``--lang th`` and ``MOUKIT_LANG=th`` put ``check``
findings, the one-line errors and the batch summary in Thai; codes, JSON keys and paths stay as
scripts read them, and English stays the default."""

from __future__ import annotations

import datetime
import json
import re

import pytest

from moukit import check_document, parse_file, parse_text
from moukit.export.thai import thai_error, thai_message

from .conftest import SAMPLES, corpus_files, moukit, sample_files

CIRCULAR = SAMPLES / "circular-dla-mou-thaihealth-2556.txt"
# The words of the English templates: none may be left in a Thai message (Thai terms and the
# parser's own quoted message aside).
ENGLISH = re.compile(r"\b(?:missing|needs|expected|follows|repeats|cannot|after|before|signer|read as|found)\b")


def _findings_of_every_kind():
    circular = CIRCULAR.read_text(encoding="utf-8")
    lines = circular.split("\n")
    texts = [
        circular.replace("\nเรียน ", "\nกราบเรียน ", 1),           # salutation_rank
        circular.replace("๗ ธันวาคม ๒๕๕๖", "๓๑ กุมภาพันธ์ ๒๕๕๖"),  # impossible_date
        circular.replace("๗ ธันวาคม ๒๕๕๖", "๗ ธันวาคม ๒๖๐๐"),      # future_date
        circular.replace("(๓) ", "(๔) ", 1),                        # clause_gap, clause_duplicate
        "\n".join(lines[:15] + [""] + lines[16:]),                 # no เรียน: unrecognised_kind (error)
    ]
    docs = [parse_text(text) for text in texts] + [parse_file(p) for p in sample_files() + corpus_files()]
    return [f for doc in docs for f in check_document(doc, today=datetime.date(2015, 1, 1))]


FINDINGS = _findings_of_every_kind()


def test_every_finding_has_a_thai_form():
    codes = {f.code for f in FINDINGS}
    assert {"salutation_rank", "impossible_date", "future_date", "clause_gap", "unrecognised_kind",
            "missing_ref", "missing_subject", "missing_signatory", "unparsed_line"} <= codes
    for finding in FINDINGS:
        thai = thai_message(finding.message)
        assert thai != finding.message, finding.message
        outside = re.sub(r"\(ตัวแยกส่วน: .*\)$", "", thai)  # the parser's note is quoted as it is
        assert not ENGLISH.search(outside), thai
        assert re.findall(r"\d+", finding.message) == re.findall(r"\d+", thai) or finding.code.startswith(
            ("salutation", "clause", "unrecognised")), (finding.message, thai)


@pytest.mark.parametrize(("english", "thai"), [
    ("letter.txt: no such file", "letter.txt: ไม่มีไฟล์นี้"),
    ("blank.txt: is empty (0 bytes)", "blank.txt: เป็นไฟล์ว่าง (0 ไบต์)"),
    ("a.pdf: is a PDF file: reading it needs the pdf extra (pip install 'moukit[pdf]')",
     "a.pdf: เป็นไฟล์ PDF: ต้องติดตั้งส่วนเสริม pdf ก่อน (pip install 'moukit[pdf]')"),
    ("x.doc: is an RTF (Rich Text Format) file, not text: save it as .docx, PDF or plain text (.txt)",
     "x.doc: เป็น an RTF (Rich Text Format) file ไม่ใช่ข้อความ: บันทึกใหม่เป็น .docx, PDF or plain text (.txt)"),
    ("something moukit has no Thai form for", "something moukit has no Thai form for"),
], ids=["missing", "empty", "extra", "markup", "unknown-stays-english"])
def test_error_lines(english, thai):
    assert thai_error(english) == thai


def _check_json(*args, env=None):
    result = moukit("check", "--today", "2025-01-01", *args)
    return result, json.loads(result.stdout)


@pytest.fixture
def no_subject(tmp_path):
    path = tmp_path / "no-subject.txt"
    lines = CIRCULAR.read_text(encoding="utf-8").split("\n")
    path.write_text("\n".join(lines[:11] + lines[14:]), encoding="utf-8")
    return path


def test_check_in_thai_keeps_codes_and_keys(no_subject):
    english, as_en = _check_json(no_subject)
    thai, as_th = _check_json("--lang", "th", no_subject)
    assert thai.returncode == english.returncode == 1
    [en], [th] = as_en[0]["findings"], as_th[0]["findings"]
    assert {**en, "message": None} == {**th, "message": None}  # code, severity, line, document
    assert th["message"].startswith("ขาด เรื่อง: หนังสือภายนอก ต้องมีส่วนนี้")


def test_moukit_lang_in_the_environment(no_subject, monkeypatch):
    monkeypatch.setenv("MOUKIT_LANG", "th")
    _, found = _check_json(no_subject)
    assert found[0]["findings"][0]["message"].startswith("ขาด เรื่อง")
    monkeypatch.setenv("MOUKIT_LANG", "fr")  # a language moukit does not speak: English
    _, found = _check_json(no_subject)
    assert found[0]["findings"][0]["message"].startswith("missing เรื่อง")


def test_the_table_and_the_errors_in_thai(no_subject, tmp_path):
    table = moukit("check", "--lang", "th", "-f", "table", "--today", "2025-01-01", no_subject, tmp_path / "missing.txt")
    text = table.stdout.decode("utf-8")
    assert "ข้อผิดพลาด 1, คำเตือน 0" in text and "บรรทัด" in text and "missing_subject" in text
    assert table.stderr.decode("utf-8") == f"moukit: error: {tmp_path / 'missing.txt'}: ไม่มีไฟล์นี้\n"
    parse = moukit("--lang", "th", "parse", tmp_path / "missing.txt")
    assert parse.stderr.decode("utf-8") == f"moukit: error: {tmp_path / 'missing.txt'}: ไม่มีไฟล์นี้\n"


def test_the_batch_summary_in_thai(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(CIRCULAR.read_bytes())
    (tmp_path / "in" / "blank.txt").write_bytes(b"")
    result = moukit("batch", "--lang", "th", tmp_path / "in", "-o", tmp_path / "out.jsonl", "-w", "1")
    lines = result.stderr.decode("utf-8").splitlines()
    assert result.returncode == 1
    assert lines[0].endswith("blank.txt: เป็นไฟล์ว่าง (0 ไบต์)")
    assert lines[1].startswith("moukit: batch: 2 ไฟล์ ใน ") and "อ่านได้ 1 (letter 1), ไม่สำเร็จ 1" in lines[1]


def test_english_is_the_default_and_other_languages_are_refused(no_subject):
    _, found = _check_json(no_subject)
    assert found[0]["findings"][0]["message"].startswith("missing เรื่อง")
    refused = moukit("check", "--lang", "fr", no_subject)
    assert refused.returncode == 2 and "'fr' is not a language moukit speaks: en or th" in refused.stderr.decode("utf-8")
