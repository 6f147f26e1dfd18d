"""บันทึกข้อตกลงความร่วมมือ / บันทึกความเข้าใจ (kind ``mou``): title, subject, parties,
preamble, clauses, closing formula, signing, and the signature table (THAI-FORMATS §4)."""

from __future__ import annotations

from collections.abc import Sequence

from ...lines import Line, span
from ...models import Document
from ...notes import Notes
from ...parts.blocks import opens_text, split_body
from ...text import collapse_spaces
from .agreement import (
    assign_parties,
    read_signature_table,
    signature_table_start,
    take_closing_formula,
)
from .parties import find_party_block


def parse_mou(kind: str, lines: Sequence[Line], notes: Notes) -> Document:
    title_at = next((i for i, line in enumerate(lines) if not line.blank), 0)
    untitled = bool(lines) and opens_text(lines[title_at].text)
    title = None if untitled else collapse_spaces(lines[title_at].text) or None
    block = None if untitled else find_party_block(lines, title_at + 1)
    body_start = title_at if untitled else block.end if block else title_at + 1
    table_at = signature_table_start(lines, body_start)
    blocks = split_body(lines[body_start:table_at])
    conclusion, signed, blocks = take_closing_formula(blocks)
    signatories, leftover = read_signature_table(lines, table_at)
    notes.keep(leftover, code="signature_mark", what="signature-table text")
    parties = block.parties if block else ()
    header_update = {}
    if block and block.subject:
        header_update = {"subject": block.subject}
    document = Document(
        kind=kind,
        lines=span(lines),
        title=title,
        title_lines=None if title is None else (lines[title_at].number, lines[title_at].number),
        parties=parties,
        body=tuple(blocks),
        conclusion=conclusion,
        signed=signed,
        signatories=tuple(assign_parties(signatories, parties)),
    )
    if header_update:
        header = document.header.model_copy(update={
            **header_update,
            "lines": document.header.lines.model_copy(update={"subject": block.subject_lines}),
        })
        document = document.model_copy(update={"header": header})
    return document

