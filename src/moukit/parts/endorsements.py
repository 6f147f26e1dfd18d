"""The approval blocks written under a memo (endorsements): ความคิดเห็นของ…, คำสั่ง/ความเห็นของ…,
เรียน … เพื่อโปรดพิจารณา — each with its own text, signer and date.

A memo goes up the line: under its author's signature each officer it passes writes an opinion
or an order and signs it. Those signers approve the memo; they did not write it, so they are
kept apart from the memo's ``signatories``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..dates import is_date_line, parse_thai_date
from ..lines import Line
from ..models import Endorsement, Signatory, ThaiDate
from ..notes import Notes
from ..text import collapse_spaces, wider_than
from .salutation import parse_salutation
from .signatures import is_name_line, parse_name_line, read_signers, sign_roles

# "ความคิดเห็นของรองผู้อำนวยการ…", "ความเห็นของหัวหน้างาน", "คำสั่ง/ความเห็นของผู้อำนวยการ",
# "คำสั่ง", "ข้อสั่งการ", "ผลการพิจารณา": the heading of an approval block.
_HEADING = re.compile(r"(?:ความคิดเห็น|ความเห็น|ข้อคิดเห็น|คำสั่ง|ข้อสั่งการ|ผลการพิจารณา|การพิจารณา)"
                      r"(?:ของ|/| |:|$)")
_HEADING_WIDTH = 80


def _opens_block(line: Line) -> bool:
    text = line.text
    return not wider_than(text, _HEADING_WIDTH) and (
        _HEADING.match(text) is not None or parse_salutation(text) is not None)


def endorsement_start(lines: Sequence[Line], start: int) -> int | None:
    """The index of the first approval block: a heading or a salutation (``เรียน …``) under the
    memo's own signature; None when the memo has none."""
    signed = False
    for i in range(start, len(lines)):
        line = lines[i]
        if line.blank:
            continue
        if signed and _opens_block(line):
            return i
        if is_name_line(line) or sign_roles(line.text) is not None:
            signed = True
    return None


def read_endorsements(lines: Sequence[Line], notes: Notes) -> list[Endorsement]:
    """The approval blocks of ``lines`` (which start at the first block's heading)."""
    starts = [i for i, line in enumerate(lines) if not line.blank and _opens_block(line)] or [0]
    if starts[0] != 0:
        starts.insert(0, 0)
    return [_read_block(lines[a:b], notes) for a, b in zip(starts, starts[1:] + [len(lines)])]


def _read_block(block: Sequence[Line], notes: Notes) -> Endorsement:
    content = [line for line in block if not line.blank]
    heading = content[0].text if content and _opens_block(content[0]) else None
    first = 1 if heading is not None else 0
    # The signature: a signing line (ลงชื่อ……), a name in parentheses, a bare name with its title.
    sign_at = next((i for i in range(first, len(block)) if not block[i].blank and (
        sign_roles(block[i].text) is not None or is_name_line(block[i])
        or parse_name_line(block[i].text) is not None)), len(block))
    text = " ".join(collapse_spaces(line.text) for line in block[first:sign_at] if not line.blank)
    signer: Signatory | None = None
    date: ThaiDate | None = None
    after = len(block)
    signers = read_signers(block, sign_at) if sign_at < len(block) else None
    if signers is not None:
        signer, after = signers.signatories[0], signers.end
        # A date written under the name, among the position lines: "๑๖ พ.ย. ๒๕๖๗".
        dated = [p for p in signer.positions if is_date_line(p)]
        if dated:
            date = parse_thai_date(dated[0])
            signer = signer.model_copy(update={"positions": tuple(p for p in signer.positions if p not in dated)})
    for line in block[after:]:
        if line.blank:
            continue
        if date is None and is_date_line(line.text):
            date = parse_thai_date(line.text)  # "วันที่ ๑๖ พ.ย. ๒๕๖๗" under the signature
    # Lines of a blank signature ("ลงชื่อ………", "(…………………)") stay inside the block's span.
    return Endorsement(heading=collapse_spaces(heading) if heading else None, text=text, signer=signer,
                       date=date, lines=(content[0].number, content[-1].number) if content else
                       (block[0].number, block[-1].number))
