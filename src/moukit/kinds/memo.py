"""บันทึกข้อความ / หนังสือภายใน (kind ``memo``): heading, labelled header lines, body, signature."""

from __future__ import annotations

from collections.abc import Sequence

from ..lines import Line, span
from ..models import Document
from ..notes import Notes
from ..parts.blocks import split_body
from ..parts.ending import read_ending
from ..parts.header import scan_header
from ..text import collapse_spaces
from ..titles import title_kind


def parse_memo(kind: str, lines: Sequence[Line], notes: Notes) -> Document:
    """Read a memo: บันทึกข้อความ · ส่วนราชการ · ที่ · วันที่ · เรื่อง · คำขึ้นต้น · body ·
    signature · position. The phone on the ส่วนราชการ line goes to the footer."""
    start, title, title_lines = _heading(lines)
    scan = scan_header(lines, start, notes)
    ending = read_ending(lines, scan.end, notes)
    body = split_body(lines[scan.end : ending.body_end])
    footer = ending.footer
    if scan.phone:
        footer = footer.model_copy(update={
            "phone": tuple(phone for phone, _ in scan.phone) + footer.phone,
            "lines": footer.lines.model_copy(update={"phone": (scan.phone[0][1], scan.phone[-1][1])}),
        })
    return Document(
        kind=kind,
        lines=span(lines),
        title=title,
        title_lines=title_lines,
        header=scan.header,
        body=tuple(body),
        closing=ending.closing,
        closing_lines=(ending.closing_line, ending.closing_line) if ending.closing_line else None,
        signatories=tuple(ending.signatories),
        footer=footer,
    )


def _heading(lines: Sequence[Line]) -> tuple[int, str | None, tuple[int, int] | None]:
    for i, line in enumerate(lines):
        if line.blank:
            continue
        if title_kind(line.text) == "memo":
            return i + 1, collapse_spaces(line.text), (line.number, line.number)
        break
    return 0, None, None
