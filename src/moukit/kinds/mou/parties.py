"""The parties of an agreement: the ``ระหว่าง … กับ …`` block under an MOU's title (THAI-FORMATS §4),
or the opening sentence that names them (a contract's form, ``party_sentence``).

    บันทึกข้อตกลงความร่วมมือ                       title
    การส่งเสริม สนับสนุน และพัฒนา…                  subject line (optional; or "เรื่อง …")
    ระหว่าง
    กรมส่งเสริมการปกครองท้องถิ่น กระทรวงมหาดไทย      party A (its ministry may stand on the next line)
    กับ
    สำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ (สสส.)   party B; "และ" for a third; or one line
                                                    "ระหว่าง ก, ข, ค และ ง"
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ...lines import Line
from ...models import Party
from ...text import collapse_spaces, join_wrapped, width

# "ระหว่าง", "ระหว่าง กรมการพัฒนาชุมชน กับ …"
_BETWEEN = re.compile(r"ระหว่าง(?: +|$)")
# A line that joins the next party: "กับ", "และ", "กับ สำนักงาน…"
_JOINER = re.compile(r"(?:กับ|และ)(?: +|$)")
# Inside one line: "… กรมการพัฒนาชุมชน กับ สถาบัน…", "ก, ข, ค และ ง"
_INLINE_JOINER = re.compile(r" *, *(?:และ *)?| +(?:กับ|และ) +")
# A short name in parentheses at the end: "(สสส.)", "(พอช.)", "(TCELS)"
_ABBREVIATION = re.compile(r" *\(([\u0e01-\u0e2e.]{2,15}|[A-Z][A-Za-z.&\-]{1,15})\)$")
# "ซึ่งต่อไปในบันทึกนี้เรียกว่า “ผู้ให้ทุน”", "ซึ่งต่อไปในบันทึกข้อตกลงฉบับนี้จะเรียกว่า "กรม"",
# "ซึ่งต่อไปในสัญญานี้เรียกว่า “ผู้ซื้อ”"
# (the words between ใน and นี้ are bounded: linear on a hostile run of "ซึ่งต่อไปในสัญญา…")
_CALLED = r"ซึ่งต่อไป(?:ใน)?(?:บันทึก\S{0,40}?|สัญญา\S{0,40}?)?(?:ฉบับ)?นี้ *(?:จะ)?เรียกว่า *"
_ALIAS = re.compile(rf" *{_CALLED}[“\"']?([^”\"']{{1,60}})[”\"']?")
# What continues a party's name on the next line: its ministry, "สังกัด…", "โดย…" (its representative)
_NAME_CONTINUES = re.compile(r"(?:กระทรวง|สังกัด|ทบวง|สำนักนายกรัฐมนตรี|ซึ่งต่อไป|โดย)")
# The block ends at the first line long enough to be the preamble.
_MAX_PARTY_WIDTH = 110


@dataclass(frozen=True, slots=True)
class PartyBlock:
    subject: str | None
    subject_lines: tuple[int, int] | None
    parties: tuple[Party, ...]
    end: int
    """Index of the first line after the block."""


def find_party_block(lines: Sequence[Line], start: int) -> PartyBlock | None:
    """Read the subject line and the parties from ``lines[start:]``; None without ``ระหว่าง``."""
    between = _find_between(lines, start)
    if between is None:
        return None
    subject_lines = [line for line in lines[start:between] if not line.blank]
    subject = join_wrapped(_strip_subject_label(line.text) for line in subject_lines) or None
    groups, end = _party_groups(lines, between)
    parties = tuple(party for group in groups for party in _parse_group(group))
    if not parties:
        return None
    return PartyBlock(
        subject=subject,
        subject_lines=(subject_lines[0].number, subject_lines[-1].number) if subject_lines else None,
        parties=parties,
        end=end,
    )


def _find_between(lines: Sequence[Line], start: int) -> int | None:
    seen = 0
    for i in range(start, len(lines)):
        if lines[i].blank:
            continue
        if _BETWEEN.match(lines[i].text):
            return i
        seen += 1
        if seen > 3 or width(lines[i].text) > _MAX_PARTY_WIDTH:
            return None
    return None


def _strip_subject_label(text: str) -> str:
    return text[len("เรื่อง"):].strip() if text.startswith("เรื่อง") else text


def _party_groups(lines: Sequence[Line], between: int) -> tuple[list[list[tuple[str, Line]]], int]:
    """The lines of each party, split at กับ / และ; the first text follows ระหว่าง."""
    first = lines[between].text[_BETWEEN.match(lines[between].text).end():]
    # The ระหว่าง line belongs to the first party, a กับ / และ line to the party it opens.
    groups: list[list[tuple[str, Line]]] = [[(first, lines[between])]]
    i = between + 1
    while i < len(lines):
        line = lines[i]
        if line.blank:
            if any(text for text, _ in groups[-1]) and not _joiner_follows(lines, i):
                break
            i += 1
            continue
        if width(line.text) > _MAX_PARTY_WIDTH:
            break
        joiner = _JOINER.match(line.text)
        if joiner:
            groups.append([(line.text[joiner.end():], line)])
        elif not _NAME_CONTINUES.match(line.text) and _looks_complete(groups[-1]):
            break
        else:
            groups[-1].append((line.text, line))
        i += 1
    return [g for g in groups if any(text for text, _ in g)], i


def _joiner_follows(lines: Sequence[Line], i: int) -> bool:
    for line in lines[i:]:
        if not line.blank:
            return _JOINER.match(line.text) is not None
    return False


def _looks_complete(group: list[tuple[str, Line]]) -> bool:
    # A party's name is one line, or a line and its ministry, and perhaps its alias
    # (ซึ่งต่อไป…เรียกว่า…): a further line is the preamble.
    return sum(1 for text, _ in group if text and not text.startswith(("ซึ่งต่อไป", "โดย"))) >= 2


def _parse_group(group: list[tuple[str, Line]]) -> list[Party]:
    numbers = [line.number for _, line in group]
    span = (min(numbers), max(numbers))
    text = collapse_spaces(" ".join(text for text, _ in group if text))
    # One line may list them all: "ก กับ ข", "ก, ข, ค และ ง". Without a comma or กับ, a
    # spaced และ stays inside the name.
    names = [part for part in _INLINE_JOINER.split(text) if part] if "," in text or " กับ " in text else [text]
    return [_parse_party(name, span) for name in names]


def _parse_party(text: str, span: tuple[int, int]) -> Party:
    alias = None
    found = _ALIAS.search(text)
    if found:
        alias = found.group(1).strip()
        text = text[: found.start()]
    abbreviation = None
    found = _ABBREVIATION.search(text)
    if found:
        abbreviation = found.group(1)
        text = text[: found.start()]
    return Party(name=text.strip(), abbreviation=abbreviation, alias=alias, lines=span)


# -- the parties in an opening sentence -------------------------------------------------------
#
#     สัญญาฉบับนี้ทำขึ้น ณ กรมส่งเสริมการปกครองท้องถิ่น … เมื่อวันที่ ๑๕ มกราคม ๒๕๖๗ ระหว่าง
#     กรมส่งเสริมการปกครองท้องถิ่น โดย นายสมชาย ใจดี … ซึ่งต่อไปในสัญญานี้เรียกว่า “ผู้ซื้อ” ฝ่ายหนึ่ง
#     กับ บริษัท ไทยคอมพิวเตอร์ซิสเต็ม จำกัด ซึ่งจดทะเบียน… ซึ่งต่อไปในสัญญานี้เรียกว่า “ผู้ขาย” อีกฝ่ายหนึ่ง

_SENTENCE_BETWEEN = re.compile(r"ระหว่าง *")
# The alias in quotes, as a sentence gives it: ซึ่งต่อไปในสัญญานี้เรียกว่า “ผู้ซื้อ”
_QUOTED_ALIAS = re.compile(rf"{_CALLED}[“\"'](?P<alias>[^”\"'“]{{1,40}})[”\"']")
# The end of one side: "ฝ่ายหนึ่ง", "อีกฝ่ายหนึ่ง"
_SIDE_END = re.compile(r" *(?:อีก)?ฝ่ายหนึ่ง")
# What opens the next side: "… ฝ่ายหนึ่ง กับ …", "… ฝ่ายหนึ่ง, …", "… และ …"
_NEXT_SIDE = re.compile(r" *(?:,|กับ|และ) *")
# Where a side's name ends: its representative (โดย …), its registration, its address, its alias
_NAME_END = re.compile(r" *(?:,|(?<!ผู้)โดย(?!สาร)|ซึ่ง|มีสำนักงาน|สำนักงานตั้งอยู่|สำนักงานใหญ่|ตั้งอยู่|อยู่บ้านเลขที่"
                       r"|อยู่เลขที่|บ้านเลขที่|ผู้ถือบัตร|เลขประจำตัว|ทะเบียนนิติบุคคล)")
_MAX_SIDES = 8


@dataclass(frozen=True, slots=True)
class Side:
    """One side named in an opening sentence: its name and alias, where it stands."""

    name: str
    """As printed up to its representative or address; may be a blank left for filling."""
    alias: str | None
    lines: tuple[int, int]


@dataclass(frozen=True, slots=True)
class PartySentence:
    sides: tuple[Side, ...]
    before: str
    """The sentence before ``ระหว่าง``: "สัญญาฉบับนี้ทำขึ้น ณ … เมื่อวันที่ …"."""
    before_lines: tuple[int, int]


def party_sentence(lines: Sequence[Line]) -> PartySentence | None:
    """The sides that one paragraph's sentence names after ``ระหว่าง``, each ending at its
    alias (``ซึ่งต่อไปในสัญญานี้เรียกว่า “…”``) or at ``ฝ่ายหนึ่ง``, the next one opening with
    ``กับ``, ``และ`` or a comma. None when the paragraph names no side so (at least two
    sides, or one with an alias)."""
    text, starts = _joined(lines)
    between = _SENTENCE_BETWEEN.search(text)
    if between is None:
        return None
    sides: list[Side] = []
    position = between.end()
    while position < len(text) and len(sides) < _MAX_SIDES:
        alias = _QUOTED_ALIAS.search(text, position)
        side_end = _SIDE_END.search(text, position)
        if alias and (side_end is None or alias.start() <= side_end.start()):
            name_end, name_alias, end = alias.start(), alias["alias"].strip(), alias.end()
            after = _SIDE_END.match(text, end)
            end = after.end() if after else end
        elif side_end:
            name_end, name_alias, end = side_end.start(), None, side_end.end()
        else:
            break
        name = _side_name(text[position:name_end])
        sides.append(Side(name, name_alias, (_line_at(starts, position), _line_at(starts, end - 1))))
        joiner = _NEXT_SIDE.match(text, end)
        if joiner is None:
            break
        position = joiner.end()
    if len(sides) < 2 and not any(side.alias for side in sides):
        return None
    before_end = max(between.start() - 1, 0)
    return PartySentence(tuple(sides), text[: between.start()].strip(),
                         (_line_at(starts, 0), _line_at(starts, before_end)))


def side_party(side: Side) -> Party:
    """A side as a Party: the short name in parentheses at the end of its name apart."""
    return _parse_party(side.name, side.lines).model_copy(update={"alias": side.alias})


def _side_name(text: str) -> str:
    text = text.strip(" ,")
    end = _NAME_END.search(text, 1)
    return (text[: end.start()] if end else text).strip(" ,")


def _joined(lines: Sequence[Line]) -> tuple[str, list[tuple[int, int]]]:
    """The paragraph's text as ``join_wrapped`` joins it, and where each line starts in it."""
    parts = [(collapse_spaces(line.text), line.number) for line in lines if not line.blank]
    text = join_wrapped(part for part, _ in parts)
    starts: list[tuple[int, int]] = []
    position = 0
    for part, number in parts:
        at = text.find(part, position)  # join_wrapped puts "" or " " between the lines
        at = position if at < 0 else at
        starts.append((at, number))
        position = at + len(part)
    return text, starts


def _line_at(starts: list[tuple[int, int]], offset: int) -> int:
    number = starts[0][1]
    for at, line in starts:
        if at > offset:
            break
        number = line
    return number
