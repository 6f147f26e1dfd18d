"""Attendance lists of a รายงานการประชุม: ผู้มาประชุม · ผู้ไม่มาประชุม · ผู้เข้าร่วมประชุม.

A list is a heading line and one row per person, printed as a table whose columns PDF
layout extraction keeps apart with runs of spaces::

    ผู้มาประชุม
             ๑. นายเขมชาติ          นิธิวรรณ                  ประธานสภาเทศบาลนครพิษณุโลก
    ๑๗. นางสาวศุภกร      ใจทัน              ผอ.ส่วนส่งเสริมอนามัยสิ่งแวดล้อม
                                            สำนักสาธารณสุขและสิ่งแวดล้อม

After ``read_attendance``:

1. each row is a ``Person``: ``honorific`` with ranks ("น.ส.", "ส.อ.", "พ.จ.อ.หญิง"),
   ``name`` first and last name with one space, ``position`` the position cells with a
   wrapped continuation line joined, ``note`` a trailing remark as printed ("(ลากิจ)"),
   ``lines`` the row's lines, continuation included;
2. the heading line counts in the span of its list's first row: ``Meeting`` has no span of
   its own, and a heading is part of the list it opens;
3. a list runs on across blank lines (a page break) while rows follow;
4. lines of a list that hold no row (an empty list's heading, "- ไม่มี -") are returned as
   leftover, for the caller to keep in ``unparsed``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ...lines import Line
from ...models import Person
from ...parts.names import split_honorific
from ...text import collapse_spaces, join_wrapped, width

# Cells of a row printed as a table: "๑. นายเขมชาติ          นิธิวรรณ          ประธานสภา…"
_GAP = re.compile(r" {2,}")

# "ผู้มาประชุม", "ผู้ไม่มาประชุม", "ผู้เข้าร่วมประชุม", "รายชื่อผู้มาประชุม", "ผู้ที่ไม่มาประชุม",
# "ผู้ลาประชุม", "ผู้ขาดประชุม", "ผู้ร่วมประชุม", "ผู้เข้าประชุม"
_HEADING = re.compile(r"(?:รายชื่อ)?ผู้(?:ที่)?(ไม่มา|ขาด|ลา|มา|เข้าร่วม|ร่วม|เข้า)ประชุม")
_GROUPS = {"มา": "present", "เข้า": "present", "ไม่มา": "absent", "ขาด": "absent", "ลา": "absent",
           "เข้าร่วม": "attending", "ร่วม": "attending"}

# The row number: "๑. ", "๑๐.นายกฤษณะ", "1) "
_ROW_NUMBER = re.compile(r"[0-9๐-๙]{1,3}[.)] *")
# Ranks written as dotted abbreviations, the names list has or not: "พ.อ.ท.", "จ.ส.อ.",
# "พ.จ.อ.หญิง", "ร.ต.ต.", "น.ส."
_DOTTED_TITLE = re.compile(r"(?:[ก-ฮ]{1,3}\.){1,4}(?:หญิง)?")
# A remark at the end of a row: "สมาชิกสภาเทศบาลฯ (ลากิจ)", "(ลาป่วย)", a cell "ติดราชการ"
_NOTE = re.compile(r"\([^()]{1,40}\)$")
_NOTE_WORDS = re.compile(r"(?:ลา(?:กิจ|ป่วย|พักผ่อน|ประชุม)|ติดราชการ\S*|ติดภารกิจ\S*|ขาด\S*)$")
# An empty list: "ไม่มี", "- ไม่มี -", "(ไม่มี)"
_NONE = re.compile(r"[-–(]? *ไม่มี *[-–)]?$")
# A wrapped position cell goes on below the row, far right of the row's start.
_CONTINUATION_INDENT = 10
_CELL_MAX_WIDTH = 60
# A wrapped cell line that starts with a unit or a year was broken at a space:
# "ผอ.ส่วนส่งเสริมอนามัยสิ่งแวดล้อม" / "สำนักสาธารณสุข…", "… ฉบับทบทวน" / "พ.ศ. ๒๕๖๖ …"
_SPACE_BEFORE = ("สำนัก", "กอง", "ฝ่าย", "กลุ่มงาน", "ศูนย์", "โรงเรียน", "โรงพยาบาล", "พ.ศ.")

def split_cells(text: str) -> list[str]:
    """Cells of a table row: the text between runs of two or more spaces."""
    return [cell for cell in _GAP.split(text.strip()) if cell]


def match_heading(text: str) -> tuple[str, str] | None:
    """The list a heading line opens ("present", "absent", "attending") and the text after it."""
    match = _HEADING.match(text)
    if match is None:
        return None
    return _GROUPS[match.group(1)], text[match.end() :].lstrip(" :")


def split_title(text: str) -> tuple[str | None, str]:
    """Honorific and rank before a name: "พ.จ.อ.หญิงกฤติกา มีมาก" -> ("พ.จ.อ.หญิง", "กฤติกา มีมาก").

    ``names.split_honorific`` first; a dotted rank it does not list ("พ.อ.ท.") is taken as
    a title too, since Thai names carry no dots.
    """
    honorific, rest = split_honorific(text)
    dotted = _DOTTED_TITLE.match(text)
    if dotted and dotted.end() < len(text) and (honorific is None or dotted.end() > len(honorific)):
        title = dotted.group()
        more, rest = split_honorific(text[dotted.end() :].lstrip())
        return (f"{title}{more}" if more else title), rest
    return honorific, rest


def is_title_only(text: str) -> bool:
    """Whether the text is an honorific or rank alone: "ส.อ.", "นาย"."""
    text = text.strip()
    if _DOTTED_TITLE.fullmatch(text):
        return True
    honorific, rest = split_honorific(text + "ก")  # a stand-in first letter of a name
    return honorific is not None and rest == "ก"


@dataclass
class _Row:
    honorific: str | None
    name: str
    position: list[str]
    note: str | None
    indent: int
    first: int
    last: int

    def to_person(self) -> Person:
        position = join_cell_lines(self.position)
        return Person(honorific=self.honorific, name=self.name, position=position or None,
                      note=self.note, lines=(self.first, self.last))


def parse_row(text: str) -> tuple[str | None, str, list[str], str | None] | None:
    """One row -> honorific, name, position cells, note; None when the text is no row.

    A row needs an honorific: "๑. นายเขมชาติ  นิธิวรรณ  ประธานสภาเทศบาลนครพิษณุโลก". The last
    name is the second cell when the first holds the first name only; typed text with single
    spaces ("๑. นายสมชาย ใจดี ประธาน") gives the first two words as the name.
    """
    number = _ROW_NUMBER.match(text)
    cells = split_cells(text[number.end() :] if number else text)
    if not cells:
        return None
    honorific, first = split_title(cells[0])
    if honorific is None or not first or not ("\u0e01" <= first[0] <= "\u0e2e" or "\u0e40" <= first[0] <= "\u0e44"):
        return None
    rest = cells[1:]
    words = first.split()
    size = 3 if len(words) >= 3 and words[1] == "ณ" else 2  # "สมชาย ณ ระนอง"
    if len(words) == 1 and rest:
        name = f"{words[0]} {rest.pop(0)}"
    else:
        name = " ".join(words[:size])
        if words[size:]:
            rest.insert(0, " ".join(words[size:]))
    note = None
    if rest:
        last = rest[-1]
        match = _NOTE.search(last)
        if match:
            note = match.group()
            rest[-1] = last[: match.start()].strip()
        elif len(rest) > 1 and _NOTE_WORDS.fullmatch(last):
            note = rest.pop()
    return honorific, collapse_spaces(name), [collapse_spaces(cell) for cell in rest if cell], note


def join_cell_lines(parts: Sequence[str]) -> str:
    """The lines of one wrapped table cell joined: ``join_wrapped``, and a space before a unit
    or a year ("… สิ่งแวดล้อม สำนักสาธารณสุข…", "… ฉบับทบทวน พ.ศ. ๒๕๖๖")."""
    joined = ""
    for part in map(collapse_spaces, parts):
        if joined and part.startswith(_SPACE_BEFORE) and not joined.endswith("และ"):
            joined = f"{joined} {part}"
        else:
            joined = join_wrapped([joined, part])
    return joined


@dataclass
class Attendance:
    """The rows of each list, and the lines of the lists that hold no row."""

    present: list[Person] = field(default_factory=list)
    absent: list[Person] = field(default_factory=list)
    attending: list[Person] = field(default_factory=list)
    leftover: list[Line] = field(default_factory=list)


@dataclass
class _List:
    group: str
    heading: Line
    numbered: bool | None = None
    rows: list[_Row] = field(default_factory=list)
    empty: list[Line] = field(default_factory=list)


def read_attendance(lines: Sequence[Line], start: int) -> tuple[Attendance, int]:
    """Read the lists from ``lines[start]`` on; returns them and the index after the last one.

    Reading stops at the first line that is no heading, row or wrapped cell of a row: the
    proceedings (เริ่มประชุมเวลา, a speaker, ระเบียบวาระที่ …).
    """
    attendance = Attendance()
    current: _List | None = None
    end = i = start
    while i < len(lines):
        line = lines[i]
        i += 1
        if line.blank:
            continue
        heading = match_heading(line.text)
        if heading is not None:
            _close(current, attendance)
            current = _List(heading[0], line)
            if heading[1]:
                _read_line(current, line, heading[1])
            end = i
            continue
        if current is None or not _read_line(current, line, line.text):
            break
        end = i
    _close(current, attendance)
    return attendance, end


def _read_line(current: _List, line: Line, text: str) -> bool:
    """Add a row, a wrapped cell or an empty-list mark to ``current``; False when the line is none."""
    numbered = _ROW_NUMBER.match(text) is not None
    parsed = parse_row(text) if current.numbered in (None, numbered) else None
    if parsed is not None and (numbered or _fits_unnumbered(current, line, text)):
        honorific, name, position, note = parsed
        first = current.heading.number if not current.rows else line.number
        current.rows.append(_Row(honorific, name, position, note, line.indent, first, line.number))
        current.numbered = numbered
        return True
    row = current.rows[-1] if current.rows else None
    if (row is not None and line.number == row.last + 1 and line.indent >= row.indent + _CONTINUATION_INDENT
            and width(line.text) <= _CELL_MAX_WIDTH):
        cell = collapse_spaces(line.text)
        if row.note is None and _NOTE.fullmatch(cell):
            row.note = cell
        else:
            row.position.append(cell)
        row.last = line.number
        return True
    if not current.rows and _NONE.match(text):
        current.empty.append(line)
        return True
    return False


def _fits_unnumbered(current: _List, line: Line, text: str) -> bool:
    # Rows without numbers: same indent as the first row, short cells (a speaker's line in
    # the proceedings has a long one).
    if current.rows and abs(line.indent - current.rows[0].indent) > 2:
        return False
    return all(width(cell) <= _CELL_MAX_WIDTH for cell in split_cells(text))


def _close(current: _List | None, attendance: Attendance) -> None:
    if current is None:
        return
    if current.rows:
        getattr(attendance, current.group).extend(row.to_person() for row in current.rows)
    else:
        attendance.leftover.extend([current.heading, *current.empty])
