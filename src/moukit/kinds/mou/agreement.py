"""The end of an agreement (an MOU, a contract): the closing formula with its number of copies,
the place and date of signing, and the signature table with its parties and witnesses
(THAI-FORMATS §4)."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from ...dates import find_thai_date
from ...lines import Line
from ...models import Conclusion, LineSpan, Paragraph, Party, Signatory, Signed
from ...numerals import parse_int, thai_number_word
from ...parts.signatures import parse_name_line, parse_signature
from ...text import collapse_spaces

# "… จัดทำขึ้น ๒ ฉบับ มีข้อความถูกต้องตรงกัน …", "… ทำขึ้นเป็นสองฉบับ …"
_COPIES = re.compile(r"(?:ทำ(?:ขึ้น)?|จัดทำ\S{0,20}?ขึ้น|ขึ้น)(?: *เป็น)? *(?:จำนวน *)?([0-9๐-๙]{1,2}|[ก-๙]{2,8}?) *ฉบับ")
# What marks the closing formula: the copies, "ถูกต้องตรงกัน", "ลงนาม… เป็นสำคัญ"; a count of
# ฉบับ, not the "ฉบับนี้" of an opening sentence ("สัญญาฉบับนี้ทำขึ้นระหว่าง …")
_COPY = r"ฉบับ(?!นี้)"
_CLOSING_MARKS = re.compile(rf"{_COPY}|ถูกต้องตรงกัน|ลงลายมือชื่อ|ลงนาม\S* *ไว้เป็นสำคัญ")
_COPY_OR_SIGNING = re.compile(rf"{_COPY}|ลงนาม")
# "… ณ กรมส่งเสริมการปกครองท้องถิ่น เมื่อวันที่ …", "ทำ ณ กรุงเทพมหานคร"; not the date of
# "ลงนาม ณ วันที่ …"
_PLACE = re.compile(r"(?:^|ทำ| )ณ +(?!(?:เมื่อ)?วันที่)(.+?)(?= +(?:เมื่อ)?วันที่| +เมื่อ| +โดย|$)")
# The paragraph after the formula that states the signing: "ทำ ณ มหาวิทยาลัยขอนแก่น เมื่อวันที่ …",
# "ลงนาม ณ วันที่ …"
_SIGNED_AT = re.compile(r"(?:ทำ|ลงนาม|ลงวันที่)(?: ณ|ที่| เมื่อ)")
# Where the signature table starts: "(นายวัลลภ พริงพงษ์)", "ลงชื่อ ……", "(ลงชื่อ) …… พยาน", "พยาน";
# not a sentence that ends "… ต่อหน้าพยาน"
_TABLE_LINE = re.compile(r"[| ]*\(?ลงชื่อ|.*(?:^|[ .…_)|])พยาน$")
# The signing line of a block: "(ลงชื่อ)……………………ผู้ซื้อ", "ลงชื่อ ...................... พยาน"
SIGN_LINE = re.compile(r"[| ]*\(?ลงชื่อ\)?")
_FILL = " .…_|"
WITNESS = "พยาน"
# "พยาน", "(ลงชื่อ) ……… พยาน"
_WITNESS = re.compile(r"(?:^|[ .…)])พยาน$")
_WITNESS_LOOKBACK = 2


def is_conclusion(paragraph: Paragraph) -> bool:
    """Whether a paragraph is the agreement's closing formula."""
    return bool(_CLOSING_MARKS.search(paragraph.text)) and bool(_COPY_OR_SIGNING.search(paragraph.text))


def to_conclusion(paragraph: Paragraph) -> Conclusion:
    """"… จัดทำ…ขึ้น ๒ ฉบับ …" -> text and copies 2."""
    copies = None
    match = _COPIES.search(paragraph.text)
    if match:
        count = match.group(1)
        copies = parse_int(count) if count[0] in "0123456789๐๑๒๓๔๕๖๗๘๙" else thai_number_word(count)
    return Conclusion(text=paragraph.text, copies=copies, lines=paragraph.lines)


def take_closing_formula(blocks: list) -> tuple[Conclusion | None, Signed | None, list]:
    """Take the closing formula (and the signing it states) out of the body: the last
    paragraph that is one, and the paragraph after it when that states the signing."""
    for k in range(len(blocks) - 1, -1, -1):
        block = blocks[k]
        if isinstance(block, Paragraph) and is_conclusion(block):
            after = blocks[k + 1] if k + 1 < len(blocks) else None
            signed_line = after if isinstance(after, Paragraph) and _SIGNED_AT.match(after.text) else None
            signed = signing_of(signed_line) if signed_line else signing_of(block)
            rest = [b for b in blocks if b is not block and b is not signed_line]
            return to_conclusion(block), signed, rest
    return None, None, blocks


def signing_of(paragraph: Paragraph) -> Signed | None:
    """The place and date of signing when the closing formula states them."""
    return signing_in(paragraph.text, paragraph.lines)


def signing_in(text: str, lines: LineSpan) -> Signed | None:
    """The place (after ``ณ``) and the date that ``text`` states; None when it states neither."""
    found = find_thai_date(text)
    place = _PLACE.search(text)
    if not found and not place:
        return None
    return Signed(
        date=found[0] if found else None,
        place=collapse_spaces(place.group(1)) if place else None,
        lines=lines,
    )


def signature_table_start(lines: Sequence[Line], start: int, *, honorific_required: bool = False) -> int:
    """Index of the first line of the signature table in ``lines[start:]`` (``len(lines)``
    when there is none): a ``ลงชื่อ`` line, a ``… พยาน`` line, or a name in parentheses (with
    ``honorific_required``, only one with an honorific: a contract prints amounts in words in
    parentheses, "(หนึ่งล้านบาทถ้วน)")."""
    for i in range(start, len(lines)):
        text = lines[i].text
        if not text:
            continue
        if ("ลงชื่อ" in text or text.endswith(WITNESS)) and _TABLE_LINE.match(text):
            return i
        if text.lstrip("| ").startswith("("):
            name = parse_name_line(text, bare=False)
            if name and (name.honorific or not honorific_required):
                return i
    return len(lines)


@dataclass(frozen=True, slots=True)
class SignatureBlock:
    signatory: Signatory
    role_word: str | None
    """The role printed with the signature, on its ลงชื่อ line or under the name: "ผู้ซื้อ", "พยาน"."""


def read_signature_table(lines: Sequence[Line], start: int) -> tuple[list[Signatory], list[Line]]:
    """Every signature block from ``lines[start:]``; the lines that are none are returned.

    A block is a name line and the position lines under it. ``พยาน`` on the name line or
    on the line or two above it makes the block a witness's.
    """
    blocks, leftover = read_signature_blocks(lines, start)
    return [block.signatory for block in blocks], leftover


def read_signature_blocks(lines: Sequence[Line], start: int, *, roles: Collection[str] | None = None
                          ) -> tuple[list[SignatureBlock], list[Line]]:
    """Every signature block from ``lines[start:]`` with the role printed with it; the lines
    that are in none are returned.

    A ``ลงชื่อ`` line ends the positions of the block above it. With ``roles`` (a contract's
    aliases, "ผู้ซื้อ", "ผู้ขาย" …), a block is read as the contract's form prints it: the
    ``ลงชื่อ`` line above the name belongs to the block and the word after its dotted line is
    the block's role (``(ลงชื่อ)……ผู้ซื้อ``); so is a line under the name that is one of
    ``roles`` or ``พยาน``, which leaves the positions. Without ``roles`` (an MOU), ``ลงชื่อ``
    lines are no part of a block (the caller keeps them as signature marks).
    """
    blocks: list[SignatureBlock] = []
    leftover: list[Line] = []
    words = frozenset(roles or ()) | {WITNESS}
    pending: Line | None = None  # a ลงชื่อ line waiting for the name under it
    i = start
    while i < len(lines):
        line = lines[i]
        if line.blank:
            i += 1
            continue
        if parse_name_line(line.text):
            signatory, i = parse_signature(lines, i, stop=SIGN_LINE)
            role_word = None
            if roles is not None:
                signatory, role_word = _with_role(signatory, pending, words)
                pending = None
            witness = role_word == WITNESS or _is_witness(line, leftover)
            role = "witness" if witness else "signer"
            blocks.append(SignatureBlock(signatory.model_copy(update={"role": role}), role_word))
            continue
        if pending is not None:
            leftover.append(pending)
            pending = None
        if roles is not None and SIGN_LINE.match(line.text):
            pending = line
        else:
            leftover.append(line)
        i += 1
    if pending is not None:
        leftover.append(pending)
    return blocks, leftover


def sign_line_role(text: str) -> str | None:
    """The word after a ``ลงชื่อ`` line's dotted line: "ผู้ซื้อ" in "(ลงชื่อ)……ผู้ซื้อ"; None
    when the line is no ``ลงชื่อ`` line or prints no word after its dots."""
    sign = SIGN_LINE.match(text)
    if sign is None:
        return None
    return collapse_spaces(text[sign.end():].strip(_FILL)) or None


def _with_role(signatory: Signatory, sign_line: Line | None, words: frozenset[str]) -> tuple[Signatory, str | None]:
    role_word = sign_line_role(sign_line.text) if sign_line else None
    positions = []
    for position in signatory.positions:
        if position.strip(_FILL) in words:
            role_word = role_word or position.strip(_FILL)
        else:
            positions.append(position)
    first = sign_line.number if sign_line else signatory.lines[0]
    return signatory.model_copy(update={"positions": tuple(positions), "lines": (first, signatory.lines[1])}), role_word


def _is_witness(name_line: Line, leftover: list[Line]) -> bool:
    # leftover is in source order: the lines just above the name are at its end
    above = [line for line in leftover[-_WITNESS_LOOKBACK:] if 0 < name_line.number - line.number <= _WITNESS_LOOKBACK]
    texts = [line.text for line in above] + [name_line.text]
    return any(_WITNESS.search(text.rstrip(" .…|")) or text.rstrip(" .…|").endswith(WITNESS) for text in texts)


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


def assign_roles(blocks: Sequence[SignatureBlock], parties: Sequence[Party]) -> list[Signatory]:
    """Give each signer the party whose alias is printed with its signature (``ผู้ซื้อ`` → the
    party ``ซึ่งต่อไปในสัญญานี้เรียกว่า “ผู้ซื้อ”``); a signer with no alias that names a party
    gets one as ``assign_parties`` gives it."""
    signatories = assign_parties([block.signatory for block in blocks], parties)
    result = []
    for block, signatory in zip(blocks, signatories):
        party = _party_of_role(block.role_word, parties) if signatory.role == "signer" else None
        result.append(signatory if party is None else signatory.model_copy(update={"party": party}))
    return result


def _party_of_role(word: str | None, parties: Sequence[Party]) -> int | None:
    if not word:
        return None
    for index, party in enumerate(parties):
        if party.alias == word:
            return index
    # "ผู้ขาย (ประทับตรา)": the longest alias inside the word
    inside = [(len(party.alias), index) for index, party in enumerate(parties) if party.alias and party.alias in word]
    return max(inside)[1] if inside else None


def _party_keys(party: Party) -> list[str]:
    keys = [party.name] + [part for part in party.name.split(" ") if len(part) > 3]
    if party.abbreviation:
        keys.append(f"({party.abbreviation})")
        keys.append(party.abbreviation)
    if party.alias:
        keys.append(party.alias)
    return list(dict.fromkeys(keys))
