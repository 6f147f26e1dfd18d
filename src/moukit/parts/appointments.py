"""Committees appointed by an order or announcement (แต่งตั้งคณะกรรมการ…): each committee's name,
its members as rows (name, position, role in the committee) and its duties (มีหน้าที่ …).

An appointment prints a committee heading ("๑. คณะกรรมการอำนวยการ ประกอบด้วย") and under it
one numbered row per member, the role at the row's end ("นายก ขคง ผู้อำนวยการ ประธานกรรมการ"),
then the duties. A row is a member when it opens with a personal name and ends with a role.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Appointment, Block, Clause, Member, Paragraph
from .names import split_honorific

# The role that ends a member row: "ประธานกรรมการ", "รองประธานกรรมการ", "กรรมการ",
# "กรรมการและเลขานุการ", "กรรมการและผู้ช่วยเลขานุการ", "กรรมการผู้ทรงคุณวุฒิ…", "อนุกรรมการ",
# "คณะทำงาน", "ที่ปรึกษา".
ROLE = re.compile(
    r"(?:^| )(?P<role>(?:รอง)?ประธาน(?:กรรมการ|อนุกรรมการ|คณะทำงาน)?"
    r"|(?:อนุ)?กรรมการ(?:และ(?:ผู้ช่วย)?เลขานุการ|ผู้ทรงคุณวุฒิ\S*|โดยตำแหน่ง)?|คณะทำงาน(?:และ(?:ผู้ช่วย)?เลขานุการ)?"
    r"|(?:ผู้ช่วย)?เลขานุการ|ที่ปรึกษา)$")
# A committee heading: "คณะกรรมการปฏิรูปประเทศด้านการเมือง", "ให้มีคณะทำงาน …", "แต่งตั้งคณะอนุกรรมการ…"
_COMMITTEE = re.compile(r"(?:ให้มี|แต่งตั้ง)? ?(?P<name>คณะ(?:อนุ)?กรรมการ\S*|คณะทำงาน\S*)")
# What closes a heading and is no part of the committee's name
_HEADING_TAILS = ("ประกอบด้วย", "ดังต่อไปนี้", "ดังนี้", ":")
# Where the duties start: "มีหน้าที่ …", "ให้คณะกรรมการมีหน้าที่ …", "อำนาจหน้าที่"
DUTIES = re.compile(r"(?:โดย)?(?:ให้)?(?:คณะ\S* ?)?(?:มี)?(?:อำนาจ)?หน้าที่")
# Duties that go on in numbered items: "มีหน้าที่ ดังนี้"
_LEAD_IN = re.compile(r"(?:ดังนี้|ดังต่อไปนี้|:)$")
_NAME_WORDS = 2


def member_row(block: Block) -> Member | None:
    """A member row -> Member: "นายเอนก เหล่าธรรมทัศน์ ประธานกรรมการ"; None for any other text."""
    role = ROLE.search(block.text)
    if role is None:
        return None
    honorific, rest = split_honorific(block.text[: role.start()].strip())
    words = rest.split()
    if honorific is None or len(words) < _NAME_WORDS:
        return None
    # "ปีติพงศ์ พึ่งบุญ ณ อยุธยา": a family name with ณ is four words
    size = _NAME_WORDS + 2 if len(words) > 3 and words[2] == "ณ" else _NAME_WORDS
    return Member(honorific=honorific, name=" ".join(words[:size]), position=" ".join(words[size:]) or None,
                  role=role.group("role"), lines=block.lines)


def split_appointments(body: Sequence[Block]) -> tuple[list[Block], list[Appointment]]:
    """The committees in ``body`` and the body without their member rows and duties.

    A committee is a heading (a clause, or an unnumbered paragraph) naming it, with member rows
    under it or right after it, then its duties. The heading stays in the body, where the text
    prints it; its rows and duties move to the Appointment, so that no member is a clause.
    """
    kept: list[Block] = []
    found: list[Appointment] = []
    i = 0
    while i < len(body):
        block = body[i]
        heading = _COMMITTEE.match(block.text)
        if isinstance(block, Clause) and heading and (split := _from_children(block)):
            kept_clause, appointed = split
            # duties printed after the member rows, at the heading's level: "มีหน้าที่ …"
            duties = _duties_after(body, i + 1)
            if duties:
                appointed = appointed.model_copy(update={"duties": appointed.duties + tuple(duties),
                                                         "lines": (appointed.lines[0], duties[-1].lines[1])})
            kept.append(kept_clause)
            found.append(appointed)
            i += 1 + len(duties)
            continue
        if heading and isinstance(block, Paragraph) and (rows := _rows_after(body, i + 1)):
            end = i + 1 + len(rows)
            duties = _duties_after(body, end)
            kept.append(block)
            found.append(_appointment(block, [member_row(r) for r in rows], duties,
                                      (block.lines[0], (duties or rows)[-1].lines[1])))
            i = end + len(duties)
            continue
        if isinstance(block, Clause) and block.children:
            children, inner = split_appointments(block.children)
            if inner:
                block = block.model_copy(update={"children": tuple(children)})
                found.extend(inner)
        kept.append(block)
        i += 1
    return kept, found


def _from_children(clause: Clause) -> tuple[Clause, Appointment] | None:
    members = [m for m in map(member_row, clause.children) if m is not None]
    if not members:
        return None
    first_duty = next((k for k, c in enumerate(clause.children) if DUTIES.match(c.text)), None)
    duties = list(clause.children[first_duty:]) if first_duty is not None else []
    rest = [c for c in clause.children[:first_duty] if member_row(c) is None]
    last = max([clause.lines[1]] + [c.lines[1] for c in clause.children])
    return (clause.model_copy(update={"children": tuple(rest)}),
            _appointment(clause, members, duties, (clause.lines[0], last)))


def _rows_after(body: Sequence[Block], start: int) -> list[Block]:
    rows = []
    for block in body[start:]:
        if member_row(block) is None:
            break
        rows.append(block)
    return rows


def _duties_after(body: Sequence[Block], start: int) -> list[Block]:
    if start >= len(body) or not DUTIES.match(body[start].text):
        return []
    duties = [body[start]]
    if not _LEAD_IN.search(body[start].text):
        return duties
    for block in body[start + 1 :]:
        if _COMMITTEE.match(block.text) or member_row(block) is not None or not isinstance(block, Clause):
            break
        duties.append(block)  # the numbered duties under "มีหน้าที่ ดังนี้"
    return duties


def _appointment(heading: Block, members, duties, lines) -> Appointment:
    text = heading.text
    start, end = _COMMITTEE.match(text).start("name"), len(text)
    while True:  # trimmed by index: a pattern anchored at $, or slicing in a loop, is quadratic
        while end > start and text[end - 1] == " ":
            end -= 1
        tail = next((t for t in _HEADING_TAILS if text.endswith(t, start, end)), None)
        if tail is None:
            break
        end -= len(tail)
    name = text[start:end]
    return Appointment(committee=name, members=tuple(members), duties=tuple(duties), lines=lines)
