"""Hostile input (SPEC §7): every input gets a Document or a clear MoukitError, never a hang.

The inputs below finish in seconds because every regular expression and loop on the way is
linear; a quadratic one would not return within the run (benchmarks/hostile_inputs.py times
them). No test asserts a time (SPEC §6). Fuzzing is seeded (derandomize) so that a failure
replays.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moukit import parse_bytes, parse_file, parse_text, pipeline
from moukit.errors import InputError, MoukitError
from moukit.models import Document

LABELS = ["ข้อ ๑", "เรื่อง", "ที่", "(๑)", "เรียน"]


def nested_numbering(lines: int, depth: int = 200) -> str:
    """An announcement of ``lines`` numbered lines, each block nested ``depth`` deep: 1. 1.1 1.1.1 …"""
    out = ["ประกาศกรมส่งเสริมการปกครองท้องถิ่น", "เรื่อง หลักเกณฑ์การทดสอบ", ""]
    for block in range(1, lines // depth + 1):
        parts = [str(block)]
        for _ in range(depth):
            out.append(".".join(parts) + ("." if len(parts) == 1 else "") + " ข้อความ")
            parts.append("1")
    return "\n".join(out)


SLOW = pytest.mark.slow  # over a second each: run by the full suite, not by -m "not slow"

HOSTILE = [
    ("ก" * 1_000_000, "one-1MB-line"),
    ("ข้อความ " * 130_000, "one-1MB-line-of-words"),
    ("(" * 1_000_000, "a-million-opening-brackets"),
    ("๑." * 500_000, "half-a-million-numbers"),
    ("(๑) " * 250_000, "a-quarter-million-labels-on-one-line"),
    (nested_numbering(20_000), "20000-nested-numbered-lines"),
    ("\n".join(LABELS[i % 5] for i in range(200_000)), "200000-bare-label-lines", SLOW),
    ("\n".join(f"ข้อ {i}" for i in range(200_000)), "200000-numbered-label-lines", SLOW),
    ("\n".join(["- ๒ -"] * 40_000), "40000-page-numbers"),  # was quadratic in furniture.py
    ("\f- ๒ -\n" * 100_000, "100000-pages-of-page-numbers", SLOW),
    ("\fเกณฑ์ราคากลาง\nข้อความ\nประกาศ ณ วันที่ 13 มีนาคม 2566\n" * 10_000, "10000-pages-with-running-footers"),
    ("à¸" * 500_000, "half-a-million-mojibake-markers"),
    ("à¸\x81" * 300_000, "300000-mojibake-letters"),
    ("Ê" * 1_000_000, "a-million-latin-1-signs"),
    ("\x0f@#" * 300_000, "control-and-symbol-soup"),
    ("\u0e48" * 1_000_000, "a-million-tone-marks"),
    ("\uf70a " * 500_000, "pua-and-spaces"),
    (" " * 1_000_000 + "ก", "a-million-spaces"),
    # NFC sorts a run of marks by insertion: 300 KB took 8 s and 3 MB 13 minutes before runs
    # were cut (mark_flood); marks of two classes in turn, so that every pair must be swapped.
    ("ก" + "\u0301\u0316" * 75_000, "a-letter-and-150000-marks"),
    ("ก" + "\u0e38\u0e48" * 500_000 + "\n" + "a\u0316\u0301" * 100_000, "a-million-thai-marks-then-100000-floods", SLOW),
]


@pytest.mark.parametrize("text", [pytest.param(text, id=name, marks=marks) for text, name, *marks in HOSTILE])
def test_hostile_text_finishes_with_a_document(text):
    assert isinstance(parse_text(text), Document)


@pytest.mark.parametrize("marks", ["\u0301\u0316" * 1000, "\u0e48\u0e38" * 1000, "\u0316\u0301" * 17],
                         ids=["latin", "thai", "just-over"])
def test_a_mark_flood_is_cut_and_flagged(marks):
    doc = parse_text(f"เรื่อง ทดสอบ\nข้อความ ก{marks}ข\n")
    (warning,) = [w for w in doc.warnings if w.code == "mark_flood"]
    assert warning.line == 2 and "cut to 32" in warning.message
    text = " ".join(block.text for block in doc.body)
    assert max(len(run) for run in re.findall("[\u0300-\u036f\u0e38-\u0e4e]+", text)) == 32


def test_marks_a_text_writes_are_kept():
    doc = parse_text("ผู้ว่าราชการจังหวัด เกี่ยวกับ ก\u0316\u0301 e\u0301")
    assert "mark_flood" not in [w.code for w in doc.warnings]


def test_absurd_text_is_refused_with_a_clear_error():
    with pytest.raises(InputError, match=r"^<text>: text of 33,554,433 characters is over the limit of 33,554,432$"):
        parse_text("ก" * (pipeline.MAX_CHARS + 1))


def test_the_limit_is_checked_before_any_work(monkeypatch):
    monkeypatch.setattr(pipeline, "MAX_CHARS", 11)
    assert parse_text("ข้อ ๑ ทดสอบ").kind  # 11 characters
    with pytest.raises(InputError, match="text of 12 characters is over the limit of 11"):
        parse_text("ข้อ ๑ ทดสอบ.")


# -- fuzzing: nothing but MoukitError, and never InternalError ------------------------------


def _parses_or_refuses(call, *args) -> None:
    try:
        result = call(*args)
    except MoukitError as error:
        assert not isinstance(error, pipeline.InternalError), error
        return
    assert isinstance(result, Document)


@settings(derandomize=True, max_examples=300, deadline=None)
@given(st.text())
def test_any_text_parses(text):
    _parses_or_refuses(parse_text, text)


SOUP = [*LABELS, "ขอแสดงความนับถือ", "(นายสมชาย ใจดี)", "บันทึกข้อตกลงความร่วมมือ", "ระหว่าง", "กับ", "ประกาศ",
        "คำสั่ง", "สั่ง ณ วันที่ ๑ มกราคม ๒๕๖๗", "๗ ธันวาคม ๒๕๕๖", "ที่ มท ๐๘๙๑.๓/ว ๒๕๕๖", "- ๒ -", "/เรื่อง…", "๑.", "๑.๑",
        "(ก)", "ก.", "โทร.", "สิ่งที่ส่งมาด้วย", "จำนวน ๑ ชุด", "รายงานการประชุม", "ผู้มาประชุม", "ที่มา :", "หน้า ๑๒",
        "เล่ม ๑๓๙ ตอนที่ ๑๓ ก ราชกิจจานุเบกษา", "à¸", "เธ", "\uf70a", "\u0e4d", "\u0e48", "\x0f", "\ufffd", "\f", "\n", "\n\n",
        " ", "\t", "\xa0", "\u200b", "(", ")", "“", "”", "|", "…"]


@settings(derandomize=True, max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(SOUP), max_size=300).map("".join))
def test_thai_keyword_soup_parses(text):
    _parses_or_refuses(parse_text, text)


@settings(derandomize=True, max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_parse_or_are_refused(data):
    _parses_or_refuses(parse_bytes, data, "fuzz.txt")


@settings(derandomize=True, max_examples=100, deadline=None)
@given(st.binary(max_size=3000))
def test_bytes_that_claim_to_be_a_pdf(data):
    pytest.importorskip("pypdf")
    _parses_or_refuses(parse_bytes, b"%PDF-1.4\n" + data, "fuzz.pdf")


@settings(derandomize=True, max_examples=100, deadline=None)
@given(st.binary(max_size=3000))
def test_bytes_that_claim_to_be_a_word_file(data):
    pytest.importorskip("docx")
    _parses_or_refuses(parse_bytes, b"PK\x03\x04" + data, "fuzz.docx")


def test_the_limit_names_the_file(monkeypatch, tmp_path):
    monkeypatch.setattr(pipeline, "MAX_CHARS", 11)
    path = tmp_path / "long.txt"
    path.write_text("ข้อ ๑ ทดสอบ.", encoding="utf-8")
    with pytest.raises(InputError, match=rf"^{re.escape(str(path))}: text of 12 characters is over the limit of 11$"):
        parse_file(path)
