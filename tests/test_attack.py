"""Odd characters from every way in (issue 14, item 1): a file name that is not UTF-8, a lone
surrogate from a PDF's ToUnicode map, a DOCX ``w:sym`` or ``parse_text``. Each gives a Document
(the surrogate replaced and flagged as damage) or one clear line, never a traceback; a batch
records every file and goes on."""

from __future__ import annotations

import json
import os

import pytest

from moukit import parse_bytes, parse_text
from moukit.stages.normalize import normalize_text
from moukit.stages.read import read_bytes

from . import crafted
from .conftest import SAMPLES, moukit

CIRCULAR = (SAMPLES / "circular-dla-mou-thaihealth-2556.txt").read_text(encoding="utf-8")
# "ภาษาไทย.txt" saved by a Windows-874 system: the name's bytes are CP874, not UTF-8.
CP874_NAME = os.fsdecode("หนังสือ.txt".encode("cp874"))


def _codes(doc) -> list[str]:
    return [w.code for w in doc.warnings]


# -- lone surrogates ----------------------------------------------------------------------------


def test_a_lone_surrogate_in_text_is_replaced_and_flagged():
    text = CIRCULAR.replace("ผู้ว่าราชการจังหวัด", "ผู้ว่า\ud800ราชการจังหวัด", 1)
    doc = parse_text(text)
    assert "lone_surrogate" in _codes(doc)
    warning = next(w for w in doc.warnings if w.code == "lone_surrogate")
    assert warning.line == 16 and "U+FFFD" in warning.message
    assert "ผู้ว่า\ufffdราชการจังหวัด" in doc.model_dump_json()  # writable: no surrogate left


def test_normalizing_with_chosen_steps_still_replaces_surrogates():
    assert normalize_text("ก\udc80ข", ["nfc"]) == "ก\ufffdข"


def test_a_pdf_whose_tounicode_map_gives_a_surrogate():
    data = crafted.pdf([crafted.text_stream(b"\x01\x02\x03")], {1: "0E01", 2: "D800", 3: "0E02"})
    doc = parse_bytes(data, "map.pdf")
    assert "lone_surrogate" in _codes(doc)
    assert "ก\ufffdข" in doc.model_dump_json()


def test_a_docx_symbol_that_is_a_surrogate_is_flagged_and_control_symbols_are_left_out():
    body = ('<w:p><w:r><w:t>ขอแสดง</w:t><w:sym w:char="D800"/><w:sym w:char="0"/><w:sym w:char="1B"/>'
            '<w:sym w:char="7"/><w:t>ความนับถือ</w:t></w:r></w:p>')
    doc = parse_bytes(crafted.docx(body), "sym.docx")
    assert "lone_surrogate" in _codes(doc)
    assert read_bytes(crafted.docx(body), "sym.docx").text == "ขอแสดง\ud800ความนับถือ\n"


def test_docx_text_after_an_entity_reference_is_kept():
    doctype = '<!DOCTYPE w:document [<!ENTITY org "กรมส่งเสริมการปกครองท้องถิ่น">]>'
    data = crafted.docx("<w:p><w:r><w:t>เรียน &org; ทุกจังหวัด</w:t></w:r></w:p>", doctype=doctype)
    assert read_bytes(data, "entity.docx").text == "เรียน &org; ทุกจังหวัด\n"


# -- file names that are not UTF-8 ---------------------------------------------------------------


@pytest.fixture
def odd_names(tmp_path):
    """A folder of three files: a letter under a CP874 name, an empty file under a name with a
    line break, and a clean one."""
    (tmp_path / CP874_NAME).write_text(CIRCULAR, encoding="utf-8")
    (tmp_path / "ว่าง\n.txt").write_bytes(b"")
    (tmp_path / "clean.txt").write_text(CIRCULAR, encoding="utf-8")
    return tmp_path


def test_parse_prints_a_name_that_is_not_utf8_escaped(odd_names):
    result = moukit("parse", "--format", "json", odd_names / CP874_NAME)
    assert result.returncode == 0 and result.stderr == b""
    assert json.loads(result.stdout)["source"]["path"].endswith("\\xca\\xd7\\xcd.txt")


@pytest.mark.parametrize("form", ["table", "md", "json"])
def test_an_error_names_the_file_escaped_on_one_line(odd_names, form):
    result = moukit("parse", "--format", form, odd_names / "ว่าง\n.txt")
    assert result.returncode == 1
    assert result.stderr.decode().endswith("/ว่าง\\x0a.txt: is empty (0 bytes)\n")
    assert result.stderr.count(b"\n") == 1


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_a_batch_records_every_file_and_resume_adds_none(odd_names, tmp_path_factory, suffix):
    out = tmp_path_factory.mktemp("out") / f"out{suffix}"
    first = moukit("batch", odd_names, "-o", out, "--workers", "2")
    assert first.returncode == 1 and b"3 files" in first.stderr  # the empty file failed
    records = out.read_bytes()
    again = moukit("batch", odd_names, "-o", out, "--resume", "--workers", "2")
    assert b"0 files" in again.stderr and b"skipped 3" in again.stderr
    assert out.read_bytes() == records
    text = records.decode("utf-8")
    if suffix == ".jsonl":
        text = "\n".join(json.loads(line)["source"]["path"] for line in text.splitlines())
    assert "\\xca\\xd7\\xcd.txt" in text and "ว่าง\\x0a.txt" in text


def test_diff_names_a_file_that_is_not_utf8_escaped(odd_names):
    result = moukit("diff", "--format", "json", odd_names / CP874_NAME, odd_names / "clean.txt")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["old"]["path"].endswith("\\xcd.txt")


def test_a_selector_of_a_digit_that_is_not_ascii_is_refused_clearly(odd_names):
    result = moukit("diff", odd_names / "clean.txt", f"{odd_names / 'clean.txt'}#²")
    assert result.returncode == 2, result.stderr
    line = result.stderr.decode()
    assert line.startswith("moukit: error: ") and "clean.txt#²: " in line and line.count("\n") == 1
    assert "internal error" not in line


@pytest.mark.parametrize("form", ["json", "table"])
def test_check_names_a_file_that_is_not_utf8_escaped(odd_names, form):
    result = moukit("check", "--format", form, odd_names / CP874_NAME)
    assert result.returncode in (0, 1) and b"internal error" not in result.stderr, result.stderr
    if form == "json":
        assert json.loads(result.stdout)[0]["path"].endswith("\\xca\\xd7\\xcd.txt")
