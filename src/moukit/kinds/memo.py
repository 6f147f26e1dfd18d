"""บันทึกข้อความ / หนังสือภายใน (kind ``memo``): heading, labelled header lines, body, signature."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lines import Line, span
from ..models import Document
from ..notes import Notes
from ..parts.endorsements import endorsement_start, read_endorsements
from ..registry import KindId
from ..stages.titles import title_kind
from ..text import collapse_spaces
from ..vocabulary import ISSUER_LABELS, words
from .letter import read_letter_form

_ISSUER_LABEL = re.compile(words(ISSUER_LABELS))


def parse_memo(kind: str, lines: Sequence[Line], notes: Notes) -> Document:
    """Read a memo: บันทึกข้อความ · ส่วนราชการ · ที่ · วันที่ · เรื่อง · คำขึ้นต้น · body ·
    signature · position · approval blocks. The phone on the ส่วนราชการ line goes to the footer.

    The approval blocks under the signature (ความคิดเห็นของ…, คำสั่ง…, เรียน … เพื่อโปรดพิจารณา)
    are read apart as ``endorsements``: the memo's author stays its first signer."""
    heading = _heading(lines, notes)
    lines = _issuer_beside_title(lines, heading[0])
    cut = endorsement_start(lines, heading[0])
    if cut is None:
        return read_letter_form(kind, lines, notes, heading)
    memo = read_letter_form(kind, lines[:cut], notes, heading)
    return memo.model_copy(update={"lines": span(lines), "endorsements": tuple(read_endorsements(lines[cut:], notes))})


def _issuer_beside_title(lines: Sequence[Line], start: int) -> Sequence[Line]:
    """A form that prints ส่วนราชการ beside the title ("บันทึกข้อความ      ส่วนราชการ  กองคลัง"):
    the label and its value are read as the issuer's line, the first of the header."""
    if start == 0:
        return lines
    title_line = lines[start - 1]
    _, _, beside = title_line.text.partition("   ")
    if not _ISSUER_LABEL.match(beside.strip()):
        return lines
    return [*lines[:start], title_line._replace(text=beside.strip()), *lines[start:]]


def _heading(lines: Sequence[Line], notes: Notes) -> tuple[int, str | None, tuple[int, int] | None]:
    for i, line in enumerate(lines):
        if line.blank:
            continue
        if title_kind(line.text) == KindId.memo:
            title, _, beside = line.text.partition("   ")
            if beside.strip() and not _ISSUER_LABEL.match(beside.strip()):
                # A receiving-stamp box printed beside the title ("เลขรับ……… วันที่……… เวลา………")
                notes.warn("beside_title", f"text beside the title kept out of it: {collapse_spaces(beside)}",
                           line.number)
            return i + 1, collapse_spaces(title), (line.number, line.number)
        break
    return 0, None, None
