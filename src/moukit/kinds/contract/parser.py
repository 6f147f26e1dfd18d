"""สัญญา (kind ``contract``): สัญญาซื้อขาย, สัญญาจ้าง, สัญญาเช่า … — the agreement structure of an
MOU (THAI-FORMATS §4), with the parts a contract's form adds: its number (``สัญญาเลขที่``), where
and when it was made (``ทำที่ …`` / ``วันที่ …``, or ``สัญญาฉบับนี้ทำขึ้น ณ … เมื่อวันที่ …``), the
parties named in that sentence with their role aliases (``ซึ่งต่อไปในสัญญานี้เรียกว่า “ผู้ซื้อ”``),
clauses with a heading and the paragraphs under it, and signatures by role
(``(ลงชื่อ)……ผู้ซื้อ``, ``…พยาน``). Blanks of an unfilled form are reported, never read.

    สัญญาซื้อขาย                                           title
    สัญญาเลขที่ ๒๕/๒๕๖๗                                      header.ref
    ทำที่ … / วันที่ …                                       signed (some forms)
        สัญญาฉบับนี้ทำขึ้น ณ … เมื่อวันที่ … ระหว่าง …        signed, parties (the paragraph stays in body)
    ซึ่งต่อไปในสัญญานี้เรียกว่า “ผู้ซื้อ” ฝ่ายหนึ่ง กับ … อีกฝ่ายหนึ่ง
        ข้อ ๑ ข้อตกลงซื้อขาย / ผู้ซื้อตกลงซื้อ…                  body: one Clause
        สัญญานี้ทำขึ้นเป็นสองฉบับ มีข้อความถูกต้องตรงกัน …       conclusion (copies)
    (ลงชื่อ)……………………ผู้ซื้อ / (นาย…) / ตำแหน่ง                 signatories (party by alias)
    (ลงชื่อ)……………………พยาน / (นาย…)                          signatories (role "witness")
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ...dates import find_thai_date
from ...lines import Line, span
from ...models import (
    Clause,
    Document,
    Header,
    HeaderLines,
    Paragraph,
    Ref,
    Signed,
    ThaiDate,
)
from ...notes import Notes
from ...parts.blocks import split_body
from ...parts.ref import parse_ref
from ...text import collapse_spaces, width
from ..mou.agreement import (
    assign_roles,
    read_signature_blocks,
    signature_table_start,
    signing_in,
    take_closing_formula,
)
from ..mou.parties import (
    PartyBlock,
    PartySentence,
    find_party_block,
    party_sentence,
    side_party,
)
from .blanks import is_blank, report_blanks

# The contract's number: "สัญญาเลขที่ ๒๕/๒๕๖๗", "เลขที่สัญญา ๑๒/๒๕๖๗", "สัญญาเลขที่ ........"
_REF = re.compile(r"(?:สัญญา *)?เลขที่(?: *สัญญา)? *")
# Where it was made: "ทำที่ องค์การบริหารส่วนตำบลหนองบัว", "ทำ ณ …", "ทำที่ … วันที่ …"
_MADE_AT = re.compile(r"ทำ(?:ที่| ณ) *")
# When: "วันที่ ๒ กุมภาพันธ์ ๒๕๖๗", "เมื่อวันที่ ……… เดือน ……… พ.ศ. ………"
_MADE_ON = re.compile(r"(?:เมื่อ)?วันที่ *")
# A title line that carries the number in a second column: "สัญญาซื้อขาย        สัญญาเลขที่ ๒๕/๒๕๖๗"
_COLUMN_GAP = re.compile(r" {3,}")
# Head lines are short; the opening sentence fills the page.
_HEAD_WIDTH = 80
_HEAD_LINES = 6
_SUBJECT_LINES = 2
# The opening sentence is among the first paragraphs, before any clause.
_OPENING_PARAGRAPHS = 3
_LAST_SIDE = "อีกฝ่ายหนึ่ง"


@dataclass(slots=True)
class _Head:
    """The lines between the title and the text: number, place and date of making, subject."""

    end: int
    ref: Ref | None = None
    ref_lines: tuple[int, int] | None = None
    place: str | None = None
    date: ThaiDate | None = None
    made_lines: list[int] | None = None
    subject: str | None = None
    subject_lines: tuple[int, int] | None = None


def parse_contract(kind: str, lines: Sequence[Line], notes: Notes) -> Document:
    title_at = next((i for i, line in enumerate(lines) if not line.blank), 0)
    title, title_ref = _split_title(lines[title_at].text)
    head = _read_head(lines, title_at + 1)
    if title_ref is not None and head.ref_lines is None:
        head.ref, head.ref_lines = _ref(title_ref), (lines[title_at].number,) * 2
    block = find_party_block(lines, head.end)
    body_start = block.end if block else head.end
    table_at = signature_table_start(lines, body_start, honorific_required=True)
    conclusion, closing_signed, blocks = _body(lines[body_start:table_at])
    sentence = None if block else _opening_sentence(lines, blocks)
    parties, aliases = _parties(block, sentence)
    signature_blocks, leftover = read_signature_blocks(lines, table_at, roles=aliases)
    notes.keep(leftover, code="signature_mark", what="signature-table text")
    report_blanks(lines, notes)
    return Document(
        kind=kind,
        lines=span(lines),
        title=title or None,
        title_lines=(lines[title_at].number, lines[title_at].number),
        header=_header(head, block),
        parties=parties,
        body=tuple(blocks),
        conclusion=conclusion,
        signed=_made(head) or _signed_in_sentence(sentence) or closing_signed,
        signatories=tuple(assign_roles(signature_blocks, parties)),
    )


def _split_title(text: str) -> tuple[str, str | None]:
    parts = _COLUMN_GAP.split(text.strip(), maxsplit=1)
    if len(parts) == 2 and _REF.match(parts[1]):
        return collapse_spaces(parts[0]), parts[1]
    return collapse_spaces(text), None


def _read_head(lines: Sequence[Line], start: int) -> _Head:
    """Read the number, place and date lines under the title; a line or two with none of
    their labels is the subject when such a line follows it."""
    head = _Head(end=start)
    unlabelled: list[Line] = []
    seen = 0
    for i in range(start, len(lines)):
        line = lines[i]
        if line.blank:
            continue
        text = line.text.strip()
        seen += 1
        if width(text) > _HEAD_WIDTH or seen > _HEAD_LINES:
            break
        if _REF.match(text) and head.ref_lines is None:
            head.ref, head.ref_lines = _ref(text), (line.number, line.number)
        elif _MADE_AT.match(text) or _MADE_ON.match(text):
            _read_made(head, text, line.number)
        elif len(unlabelled) < _SUBJECT_LINES and head.ref_lines is None and head.made_lines is None:
            unlabelled.append(line)
            continue
        else:
            break
        head.end = i + 1
    if unlabelled and head.end > start:
        head.subject = " ".join(collapse_spaces(line.text) for line in unlabelled)
        head.subject_lines = (unlabelled[0].number, unlabelled[-1].number)
    return head


def _ref(text: str) -> Ref | None:
    raw = collapse_spaces(text[_REF.match(text).end():])
    if is_blank(raw):
        return None  # "สัญญาเลขที่ ........": left blank (reported with the blanks)
    return parse_ref(raw) or Ref(raw=raw, agency=None, unit=None, circular=False, number=None, year=None)


def _read_made(head: _Head, text: str, number: int) -> None:
    """"ทำที่ องค์การบริหารส่วนตำบลหนองบัว", "วันที่ ๒ กุมภาพันธ์ ๒๕๖๗", or both on one line."""
    on = _MADE_ON.search(text)
    at = _MADE_AT.match(text)
    if at:
        place = collapse_spaces(text[at.end(): on.start() if on else len(text)])
        head.place = None if is_blank(place) else place
    if on:
        found = find_thai_date(text[on.start():])
        head.date = found[0] if found else None
    head.made_lines = [*(head.made_lines or ()), number]


def _made(head: _Head) -> Signed | None:
    if head.made_lines is None:
        return None
    return Signed(date=head.date, place=head.place, lines=(min(head.made_lines), max(head.made_lines)))


def _body(lines: Sequence[Line]) -> tuple:
    """The closing formula taken out first; then the body read with each ข้อ taking the
    paragraphs under its heading (so the formula is never taken into the last clause)."""
    conclusion, signed, plain = take_closing_formula(split_body(lines))
    if conclusion is None:
        return None, signed, split_body(lines, headed=True)
    first, last = conclusion.lines
    before = split_body([line for line in lines if line.number < first], headed=True)
    return conclusion, signed, before + [block for block in plain if block.lines[0] > last]


def _opening_sentence(lines: Sequence[Line], blocks: list[Paragraph | Clause]) -> PartySentence | None:
    """The parties named in the opening sentence: the first of the first paragraphs that
    names them after ``ระหว่าง``, read on into the next ones up to ``อีกฝ่ายหนึ่ง`` when the
    sentence was broken into paragraphs."""
    opening: list[Paragraph] = []
    for block in blocks[:_OPENING_PARAGRAPHS]:
        if isinstance(block, Clause):
            break
        opening.append(block)
    by_number = {line.number: line for line in lines}
    for k, paragraph in enumerate(opening):
        if "ระหว่าง" not in paragraph.text:
            continue
        last = next((p for p in opening[k:] if _LAST_SIDE in p.text), paragraph)
        numbers = range(paragraph.lines[0], last.lines[1] + 1)
        sentence = party_sentence([by_number[n] for n in numbers if n in by_number])
        if sentence is not None:
            return sentence
    return None


def _parties(block: PartyBlock | None, sentence: PartySentence | None) -> tuple[tuple, tuple[str, ...]]:
    """The parties, and every alias the contract gives (a side left blank keeps its alias, so
    a signature under ``ผู้ซื้อ`` is still read as a role)."""
    if block is not None:
        parties = tuple(party for party in block.parties if not is_blank(party.name))
        return parties, tuple(party.alias for party in block.parties if party.alias)
    if sentence is None:
        return (), ()
    parties = tuple(side_party(side) for side in sentence.sides if not is_blank(side.name))
    return parties, tuple(side.alias for side in sentence.sides if side.alias)


def _signed_in_sentence(sentence: PartySentence | None) -> Signed | None:
    """"สัญญาฉบับนี้ทำขึ้น ณ … เมื่อวันที่ …": the place and date before ระหว่าง."""
    if sentence is None or "ทำ" not in sentence.before:
        return None
    signed = signing_in(sentence.before, sentence.before_lines)
    if signed is None:
        return None
    place = None if is_blank(signed.place) else signed.place
    if place is None and signed.date is None:
        return None
    return signed.model_copy(update={"place": place})


def _header(head: _Head, block: PartyBlock | None) -> Header:
    subject, subject_lines = head.subject, head.subject_lines
    if block is not None and block.subject:
        subject, subject_lines = block.subject, block.subject_lines
    return Header(ref=head.ref, subject=subject,
                  lines=HeaderLines(ref=head.ref_lines, subject=subject_lines))
