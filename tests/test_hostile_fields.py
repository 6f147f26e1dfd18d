"""Hostile input for the field readers of issue 12 (memos, signers, dates, committees, headers,
text that goes on): each input stretches one of their patterns or loops to hundreds of
thousands of characters, and must still give a Document (SPEC §7). Each was quadratic or worse
once, or could have been; no test asserts a time (SPEC §6): a quadratic reader would not return
within the run.
"""

from __future__ import annotations

import pytest

from moukit import parse_text
from moukit.models import Document

MEMO = "บันทึกข้อความ\n"
TAIL = "เรื่อง ขออนุญาต\nเรียน ผู้อำนวยการ\n\n        ขออนุญาตลา\n\n        (นายสมชาย ใจดี)\n        ครู\n"
ORDER = "คำสั่งโรงเรียนบ้านหนองโน\nที่ ๑๒/๒๕๖๗\nเรื่อง แต่งตั้งคณะกรรมการ\n\n"
SIGNED = "\n\nสั่ง ณ วันที่ ๑ พฤศจิกายน พ.ศ. ๒๕๖๗\n\n(นายประเสริฐ มั่นคง)\nผู้อำนวยการ\n"

HOSTILE = [
    pytest.param(MEMO + "ที่ " + " " * 300_000 + "x\n" + TAIL, id="memo-ref-line-of-spaces"),
    pytest.param(MEMO + "ที่ " + "ก " * 150_000 + "วันที่\n" + TAIL, id="memo-ref-line-of-words"),
    pytest.param(MEMO + "ส่วนราชการ " + " ." * 150_000 + "\n" + TAIL, id="issuer-of-stray-dots"),
    pytest.param(MEMO + "ส่วนราชการ " + "." * 300_000 + "x" + "." * 300_000 + "\n" + TAIL, id="issuer-in-leaders"),
    pytest.param("ที่ มท ๐๘๐๔/๑\n" + "ถนน" + "ก   " * 100_000 + "\n" + TAIL, id="address-of-column-gaps"),
    pytest.param(MEMO + "ส่วนราชการ กอง\n" + TAIL + "(นายก ข)   " * 30_000 + "\n", id="names-side-by-side"),
    pytest.param(MEMO + "ส่วนราชการ กอง\n" + TAIL + "ลงชื่อ" + "." * 300_000 + "\n(นายก ข)\n", id="signing-line-of-dots"),
    pytest.param(MEMO + "ส่วนราชการ กอง\n" + TAIL + "ความเห็นของผู้อำนวยการ\nทราบ\n(นายข ค)\nผอ.\n" * 20_000,
                 id="20000-approval-blocks"),
    pytest.param(ORDER + "๑. คณะกรรมการ" + " ดังนี้" * 100_000 + "\n๑.๑ นายก ข กรรมการ\n" + SIGNED,
                 id="committee-heading-of-tails"),
    pytest.param(ORDER + "๑. คณะกรรมการอำนวยการ\n" + "๑.๑ นายก ข ครู กรรมการ\n" * 50_000 + SIGNED,
                 id="50000-members"),
    pytest.param(ORDER + "ข้อ ๑ ให้มีหน้าที่ ดังนี้\n" + "จัดทำแผนการดำเนินงานประจำปีของโรงเรียน\n\n" * 50_000 + SIGNED,
                 id="50000-items-under-a-lead-in"),
    pytest.param(ORDER + "ข้อ ๑ ให้ใช้ความต่อไปนี้แทน\n" + "“ข้อความที่อ้างถึง”\n\n" * 50_000 + SIGNED,
                 id="50000-quoted-paragraphs"),
    pytest.param("ข้อความของหนังสือที่ยาวพอจะเป็นบรรทัดเต็มของหน้ากระดาษ และ\n\n" * 50_000, id="50000-dangling-lines"),
    pytest.param("วันที่ " + ". " * 200_000 + "พฤศจิกายน ๒๕๖๗\n", id="date-after-a-long-blank"),
    pytest.param("ประกาศกระทรวง เรื่อง ทดสอบ " + " " * 300_000 + "[กระทรวงคมนาคม]\n\nข้อ ๑ ทดสอบ\n", id="ministry-tag-after-spaces"),
]


@pytest.mark.parametrize("text", HOSTILE)
def test_field_readers_stay_linear(text):
    assert isinstance(parse_text(text), Document)
