"""บันทึกข้อตกลงความร่วมมือ / บันทึกความเข้าใจ (kind ``mou``): title, subject, parties,
preamble, clauses, closing formula, signing, and the signature table (THAI-FORMATS §4)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...lines import Line, span
from ...models import Document, Paragraph
from ...notes import Notes
from ...parts.blocks import split_body
from ...parts.signatures import parse_name_line
from ...text import collapse_spaces
from .agreement import (
    assign_parties,
    is_conclusion,
    read_signature_table,
    signing_of,
    to_conclusion,
)
from .parties import find_party_block

# Where the signature table starts: "(นายวัลลภ พริงพงษ์)", "ลงชื่อ ……", "(ลงชื่อ) …… พยาน"
_SIGNING_LINE = re.compile(r"[| ]*\(?ลงชื่อ|.*พยาน$")
# "ทำ ณ มหาวิทยาลัยขอนแก่น เมื่อวันที่ ๑๕ สิงหาคม ๒๕๖๗", "ลงนาม ณ วันที่ …"
_SIGNED_AT = re.compile(r"(?:ทำ|ลงนาม|ลงวันที่)(?: ณ|ที่| เมื่อ)")


def parse_mou(kind: str, lines: Sequence[Line], notes: Notes) -> Document:
    title_at = next((i for i, line in enumerate(lines) if not line.blank), 0)
    title = collapse_spaces(lines[title_at].text) or None
    block = find_party_block(lines, title_at + 1)
    body_start = block.end if block else title_at + 1
    table_at = _signature_table_start(lines, body_start)
    blocks = split_body(lines[body_start:table_at])
    conclusion, signed, blocks = _closing_formula(blocks)
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
        title_lines=(lines[title_at].number, lines[title_at].number),
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


def _signature_table_start(lines: Sequence[Line], start: int) -> int:
    for i in range(start, len(lines)):
        text = lines[i].text
        if not text:
            continue
        if _SIGNING_LINE.match(text) or (text.lstrip("| ").startswith("(") and parse_name_line(text, bare=False)):
            return i
    return len(lines)


def _closing_formula(blocks: list) -> tuple:
    """Take the closing formula (and the signing it states) out of the body."""
    for k in range(len(blocks) - 1, -1, -1):
        block = blocks[k]
        if isinstance(block, Paragraph) and is_conclusion(block):
            after = blocks[k + 1] if k + 1 < len(blocks) else None
            signed_line = after if isinstance(after, Paragraph) and _SIGNED_AT.match(after.text) else None
            signed = signing_of(signed_line) if signed_line else signing_of(block)
            rest = [b for b in blocks if b is not block and b is not signed_line]
            return to_conclusion(block), signed, rest
    return None, None, blocks
