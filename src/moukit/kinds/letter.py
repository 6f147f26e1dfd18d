"""หนังสือภายนอก (kind ``letter``) and หนังสือประทับตรา (``stamped``): header, body, ending."""

from __future__ import annotations

from collections.abc import Sequence

from ..lines import Line, span
from ..models import Document
from ..notes import Notes
from ..parts.body import split_paragraphs
from ..parts.ending import read_ending
from ..parts.header import scan_header


def parse_letter(kind: str, lines: Sequence[Line], notes: Notes) -> Document:
    """Read a letter: ที่ · issuer · date · เรื่อง · เรียน · อ้างถึง · สิ่งที่ส่งมาด้วย ·
    body · คำลงท้าย · signature · position · owner unit · โทร. · โทรสาร · e-mail · สำเนาส่ง."""
    scan = scan_header(lines, 0, notes)
    ending = read_ending(lines, scan.end, notes)
    body = split_paragraphs(lines[scan.end : ending.body_end])
    return Document(
        kind=kind,
        lines=span(lines),
        header=scan.header,
        body=tuple(body),
        closing=ending.closing,
        closing_lines=(ending.closing_line, ending.closing_line) if ending.closing_line else None,
        signatories=tuple(ending.signatories),
        footer=ending.footer,
    )
