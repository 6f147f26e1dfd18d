"""The end of an agreement: the closing formula with its number of copies, the place and
date of signing, and the signature table with its parties and witnesses (THAI-FORMATS §4)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...dates import find_thai_date
from ...lines import Line
from ...models import Conclusion, Paragraph, Party, Signatory, Signed
from ...numerals import parse_int, thai_number_word
from ...parts.signatures import parse_name_line, parse_signature
from ...text import collapse_spaces

# "… จัดทำขึ้น ๒ ฉบับ มีข้อความถูกต้องตรงกัน …", "… ทำขึ้นเป็นสองฉบับ …"
_COPIES = re.compile(r"(?:ทำ(?:ขึ้น)?|จัดทำ\S{0,20}?ขึ้น|ขึ้น)(?: *เป็น)? *(?:จำนวน *)?([0-9๐-๙]{1,2}|[ก-๙]{2,8}?) *ฉบับ")
# What marks the closing formula: the copies, "ถูกต้องตรงกัน", "ลงนาม… เป็นสำคัญ"
_CLOSING_MARKS = re.compile(r"ฉบับ|ถูกต้องตรงกัน|ลงลายมือชื่อ|ลงนาม\S* *ไว้เป็นสำคัญ")
# "… ณ กรมส่งเสริมการปกครองท้องถิ่น เมื่อวันที่ …", "ทำ ณ กรุงเทพมหานคร"
_PLACE = re.compile(r"(?:^|ทำ| )ณ +(.+?)(?= +(?:เมื่อ)?วันที่| +เมื่อ| +โดย|$)")
# "พยาน", "(ลงชื่อ) ……… พยาน"
_WITNESS = re.compile(r"(?:^|[ .…)])พยาน$")
_WITNESS_LOOKBACK = 2


def is_conclusion(paragraph: Paragraph) -> bool:
    """Whether a paragraph is the agreement's closing formula."""
    return bool(_CLOSING_MARKS.search(paragraph.text)) and ("ฉบับ" in paragraph.text or "ลงนาม" in paragraph.text)


def to_conclusion(paragraph: Paragraph) -> Conclusion:
    """"… จัดทำ…ขึ้น ๒ ฉบับ …" -> text and copies 2."""
    copies = None
    match = _COPIES.search(paragraph.text)
    if match:
        count = match.group(1)
        copies = parse_int(count) if count[0] in "0123456789๐๑๒๓๔๕๖๗๘๙" else thai_number_word(count)
    return Conclusion(text=paragraph.text, copies=copies, lines=paragraph.lines)


def signing_of(paragraph: Paragraph) -> Signed | None:
    """The place and date of signing when the closing formula states them."""
    found = find_thai_date(paragraph.text)
    place = _PLACE.search(paragraph.text)
    if not found and not place:
        return None
    return Signed(
        date=found[0] if found else None,
        place=collapse_spaces(place.group(1)) if place else None,
        lines=paragraph.lines,
    )


def read_signature_table(lines: Sequence[Line], start: int) -> tuple[list[Signatory], list[Line]]:
    """Every signature block from ``lines[start:]``; the lines that are none are returned.

    A block is a name line and the position lines under it. ``พยาน`` on the name line or
    on the line or two above it makes the block a witness's.
    """
    signatories: list[Signatory] = []
    leftover: list[Line] = []
    i = start
    while i < len(lines):
        line = lines[i]
        if line.blank:
            i += 1
            continue
        if parse_name_line(line.text):
            block, i = parse_signature(lines, i)
            role = "witness" if _is_witness(lines, block.lines[0], leftover) else "signer"
            signatories.append(block.model_copy(update={"role": role}))
            continue
        leftover.append(line)
        i += 1
    return signatories, leftover


def _is_witness(lines: Sequence[Line], name_line: int, leftover: list[Line]) -> bool:
    above = [line for line in leftover if 0 < name_line - line.number <= _WITNESS_LOOKBACK]
    texts = [line.text for line in above] + [line.text for line in lines if line.number == name_line]
    return any(_WITNESS.search(text.rstrip(" .…|")) or text.rstrip(" .…|").endswith("พยาน") for text in texts)


def assign_parties(signatories: list[Signatory], parties: Sequence[Party]) -> list[Signatory]:
    """Give each signer the party whose name its position lines name.

    A two-column signature table arrives interleaved (A, B, A, B …), so order alone is not
    trusted: the party whose name, name parts or abbreviation appear in the positions wins;
    with no clue, signers alternate over the parties in order, witnesses stay without one.
    """
    keys = [_party_keys(party) for party in parties]
    result = []
    turn = 0
    for signatory in signatories:
        text = " ".join(signatory.positions)
        scores = [sum(len(k) for k in party_keys if k in text) for party_keys in keys]
        best = max(range(len(parties)), key=lambda p: scores[p], default=None)
        if best is not None and scores[best] > 0 and scores.count(scores[best]) == 1:
            party = best
        elif signatory.role == "signer" and parties:
            party = turn % len(parties)
        else:
            party = None
        if signatory.role == "signer":
            turn += 1
        result.append(signatory.model_copy(update={"party": party}))
    return result


def _party_keys(party: Party) -> list[str]:
    keys = [party.name] + [part for part in party.name.split(" ") if len(part) > 3]
    if party.abbreviation:
        keys.append(f"({party.abbreviation})")
        keys.append(party.abbreviation)
    if party.alias:
        keys.append(party.alias)
    return list(dict.fromkeys(keys))
