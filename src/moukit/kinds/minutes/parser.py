"""รายงานการประชุม (kind ``minutes``): heading, attendance, proceedings, signatures.

The parts, in order (THAI-FORMATS §1 item 6): title · ครั้งที่ · date (เมื่อ…) · ณ (place) ·
ผู้มาประชุม · ผู้ไม่มาประชุม · ผู้เข้าร่วมประชุม · เริ่มประชุมเวลา · proceedings
(ระเบียบวาระที่ …) · เลิกประชุมเวลา · ผู้จดรายงานการประชุม and the other signers.

Decisions:

- ``title`` is the title line and the ครั้งที่ line under it, joined with a space: minutes are
  cited that way ("รายงานการประชุมสภาเทศบาลนครพิษณุโลก สมัยสามัญ สมัยแรก ครั้งที่ ๑ ประจำปี ๒๕๖๗").
- ``meeting.number`` is the number printed after ครั้งที่, digits as printed: "๑/๒๕๖๗"; "๑"
  when the line counts meetings within a session (สมัยสามัญ สมัยแรก ครั้งที่ ๑ ประจำปี ๒๕๖๗);
  the session stays in the title, no year is made up.
- ``meeting.date`` is also ``header.date``. ``Meeting`` has no line spans, so
  ``header.lines.date`` spans the date line and the place line; a list heading counts in
  its first row's span (parts/attendance).
- ``meeting.place`` is the text after ณ; ``started`` the time of เริ่มประชุมเวลา, else the time
  on the date line ("เวลา ๑๔.๐๐ น."); ``ended`` the time of เลิกประชุมเวลา; times as printed.
  The เริ่ม/เลิกประชุมเวลา lines are also body paragraphs, where they stand in the record.
- Body: each agenda item is a ``Clause`` (label "ระเบียบวาระที่ ๑", number "1", text its title,
  lines its own lines); sub-items "๒.๑ …" are its children. Discussion stays top-level, in
  order, after its item. In the two-column layout (speaker and position on the left, speech
  on the right) a turn is one paragraph:
  "นายเขมชาติ นิธิวรรณ (ประธานสภาเทศบาล): การประชุมวันนี้…".
- Signatories: role "recorder" (ผู้จด/ผู้บันทึกรายงานการประชุม), "checker" (ผู้ตรวจรายงานการประชุม,
  and signers under a note that the minutes were checked: "คณะกรรมการตรวจรายงาน… ได้ตรวจแล้ว"),
  "certifier" (ผู้รับรอง…, and signers under "… รับรองแล้ว"), else "signer". A role word is
  never a position; other text on the ลงชื่อ line ("ประธานกรรมการ", "เลขานุการสภาเทศบาล") is the
  first position. The notes between signatures are body paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ...dates import find_thai_date
from ...lines import Line, span
from ...models import (
    Block,
    Clause,
    Document,
    Header,
    HeaderLines,
    Meeting,
    Paragraph,
    ThaiDate,
)
from ...notes import Notes
from ...numerals import to_arabic
from ...parts.body import is_wrapped, split_paragraphs
from ...parts.names import looks_like_name
from ...parts.signatures import parse_name_line
from ...registry import KindId
from ...stages.titles import title_kind
from ...text import collapse_spaces, join_wrapped, width
from .attendance import join_cell_lines, match_heading, read_attendance
from .signatures import SIGN, read_signatures

# "สมัยสามัญ สมัยแรก ครั้งที่ ๑ ประจำปี ๒๕๖๗", "ครั้งที่ ๑/๒๕๖๗", "ครั้งที่ 3 / 2566"
_NUMBER = re.compile(r"ครั้งที่ *([0-9๐-๙]{1,4}(?: */ *[0-9๐-๙]{2,4})?)")
# "๑๔.๐๐ น.", "9.30 น.", "13:30 นาฬิกา", "๑๖.00 น."
# "๑๓.๓๐ น.", "13:30 นาฬิกา"; a PDF layer may set a space before or after the dot: "๑๖ .๐๐ น."
_TIME = re.compile(r"[0-9๐-๙]{1,2} ?[.:] ?[0-9๐-๙]{2}(?: *(?:น\.|นาฬิกา))?")
_TIME_GAP = re.compile(r"(?<=[0-9๐-๙]) ?([.:]) ?(?=[0-9๐-๙])")
# "เวลา ๑๔.๐๐ น." on the date line
_TIME_ON_DATE_LINE = re.compile(r"เวลา *(" + _TIME.pattern + ")")
# "เริ่มประชุมเวลา ๑๓.๓๐ น.", "เปิดประชุมเวลา 9.00 น."; "เลิกประชุมเวลา ๑๖.00 น.", "ปิดประชุมเวลา …"
_STARTED = re.compile(r"(?:เริ่ม|เปิด)(?:การ)?ประชุม *(?:เวลา)? *(" + _TIME.pattern + ")")
_ENDED = re.compile(r"(?:เลิก|ปิด)(?:การ)?ประชุม *(?:เวลา)? *(" + _TIME.pattern + ")")
# "ณ ห้องประชุมสภาเทศบาลนครพิษณุโลก", "สถานที่ประชุม ห้องประชุม ๑"; on the date line "… ณ ห้อง…"
_PLACE_LINE = re.compile(r"(?:ณ|สถานที่(?:ประชุม)?) *:? *(.+)")
_PLACE_ON_DATE_LINE = re.compile(r" ณ +(.+)$")
# "เมื่อวันที่ ๑๔ …", "วันพุธที่ ๑๔ เดือน กุมภาพันธ์ ๒๕๖๗ เวลา ๑๔.๐๐ น."
_DATE_LINE = re.compile(r"(?:เมื่อ)?วัน")
# "ระเบียบวาระที่ 1      เรื่องที่ประธานจะแจ้งต่อที่ประชุม", "ระเบียบวาระที่ ๕ : เรื่อง…"
_AGENDA = re.compile(r"ระเบียบวาระ(?:การประชุม)?ที่ *([0-9๐-๙]{1,3})(?![0-9๐-๙./])[ :.]*")
# "๒.๑ เรื่อง…", "2.1 รายงานผล…"
_SUBITEM = re.compile(r"([0-9๐-๙]{1,3})\.([0-9๐-๙]{1,2})(?![0-9๐-๙.,/]) *")
_GAP = re.compile(r" {2,}")
# The left column of the proceedings: the speaker and the lines under the name.
_LEFT_MAX_INDENT = 4
_LEFT_MAX_WIDTH = 35
_LEFT_MAX_LINES = 2
# Speakers named by office, not by name: "ประธาน", "ประธานสภาฯ", "เลขานุการ", "มติที่ประชุม"
_OFFICE = re.compile(r"(?:ประธาน|รองประธาน|เลขานุการ|มติ|ที่ประชุม|นายก|รองนายก|ปลัด|ผอ\.|ผู้อำนวยการ|หัวหน้า|ฝ่าย)")
_RESOLUTION = re.compile(r"(?:มติ|ที่ประชุม)")
_TITLE_MAX_LINES = 4
_TITLE_SEARCH = 12
_LISTS_SEARCH = 20
_ALIGN = 4
_ITEM_MAX_INDENT = 8


def parse_minutes(kind: str, lines: Sequence[Line], notes: Notes) -> Document:
    """Read minutes: heading, attendance lists, proceedings, signatures (module docstring)."""
    head = _read_heading(lines, notes)
    lists_at = _find_lists(lines, head.end)
    attendance, after_lists = read_attendance(lines, lists_at)
    notes.keep(attendance.leftover, what="attendance list without rows")
    ending_at = _ending_start(lines, after_lists)
    proceedings = _Proceedings(lines[after_lists:ending_at])
    before_lists = split_paragraphs(lines[head.end : lists_at])
    signatories, notes_after = read_signatures(lines[ending_at:])
    started = proceedings.started or head.started
    meeting = Meeting(number=head.number, date=head.date, place=head.place, started=started,
                      ended=proceedings.ended, present=tuple(attendance.present),
                      absent=tuple(attendance.absent), attending=tuple(attendance.attending))
    return Document(
        kind=kind,
        lines=span(lines),
        title=head.title,
        title_lines=head.title_lines,
        header=Header(date=head.date, lines=HeaderLines(date=head.date_lines)),
        body=tuple([*before_lists, *proceedings.blocks, *notes_after]),
        signatories=tuple(signatories),
        meeting=meeting,
    )


# -- heading ----------------------------------------------------------------------------------


@dataclass
class _Heading:
    end: int = 0
    title: str | None = None
    title_lines: tuple[int, int] | None = None
    number: str | None = None
    date: ThaiDate | None = None
    date_lines: tuple[int, int] | None = None
    place: str | None = None
    started: str | None = None


def _read_heading(lines: Sequence[Line], notes: Notes) -> _Heading:
    """Title, ครั้งที่, date, place: from the top to the first line that is none of them."""
    head = _Heading()
    title: list[Line] = []
    content = [i for i, line in enumerate(lines[:_TITLE_SEARCH]) if not line.blank]
    at = next((i for i in content[:_TITLE_MAX_LINES] if title_kind(lines[i].text) == KindId.minutes), None)
    i = 0
    if at is not None:
        notes.keep(lines[:at], what="text above the title")  # "สำเนา", a letterhead
        title.append(lines[at])
        i = at + 1
    while i < len(lines):
        line = lines[i]
        if not line.blank and (_opens_body(lines, i) or not _read_heading_line(line, head, title)):
            break
        i += 1
    head.end = i
    if title:
        head.title = " ".join(collapse_spaces(line.text) for line in title)
        head.title_lines = (title[0].number, title[-1].number)
        if head.number is None:
            number = _NUMBER.search(head.title)
            head.number = number.group(1) if number else None
    return head


def _read_heading_line(line: Line, head: _Heading, title: list[Line]) -> bool:
    """Read one line of the heading into ``head``; False when it is no heading line."""
    text = line.text
    found = find_thai_date(text) if _DATE_LINE.match(text) or text[:1] in "0123456789๐๑๒๓๔๕๖๗๘๙" else None
    number = _NUMBER.search(text)
    if found and head.date is None:
        head.date = found[0]
        time = _TIME_ON_DATE_LINE.search(text, found[2])
        head.started = _time(time.group(1)) if time else None
        place = _PLACE_ON_DATE_LINE.search(text, found[2])
        head.place = collapse_spaces(place.group(1)) if place else head.place
        head.number = number.group(1) if number else head.number
        head.date_lines = _extend(head.date_lines, line)
    elif number and head.number is None and (title or head.date_lines):
        head.number = number.group(1)
        if head.date_lines is None:
            title.append(line)  # "ครั้งที่ ๑/๒๕๖๗" under the title line
        else:
            head.date_lines = _extend(head.date_lines, line)
    elif (place := _PLACE_LINE.fullmatch(text)) and head.place is None:
        head.place = collapse_spaces(place.group(1))
        head.date_lines = _extend(head.date_lines, line)
    elif title and head.date_lines is None and head.number is None and len(title) < _TITLE_MAX_LINES:
        title.append(line)  # a long title wrapped: "รายงานการประชุมคณะกรรมการ…" / "สำนักงาน…"
    else:
        return False
    return True


def _extend(lines: tuple[int, int] | None, line: Line) -> tuple[int, int]:
    return (lines[0] if lines else line.number, line.number)


def _find_lists(lines: Sequence[Line], start: int) -> int:
    """Index of the first list heading, when only text (no proceedings) stands before it."""
    for i in range(start, min(len(lines), start + _LISTS_SEARCH)):
        if match_heading(lines[i].text):
            return i
        if not lines[i].blank and _opens_body(lines, i):
            break
    return start


def _opens_body(lines: Sequence[Line], i: int) -> bool:
    text = lines[i].text
    return (match_heading(text) is not None or _is_agenda(lines, i)
            or _STARTED.match(text) is not None or _ENDED.match(text) is not None
            or _speaker(lines[i]) is not None)


# -- proceedings ------------------------------------------------------------------------------


def _ending_start(lines: Sequence[Line], start: int) -> int:
    """Index of the first signature line after เลิกประชุมเวลา, else after the last agenda item."""
    after = start
    for i in range(start, len(lines)):
        if _ENDED.match(lines[i].text) or _is_agenda(lines, i):
            after = i + 1
    for i in range(after, len(lines)):
        if SIGN.match(lines[i].text) or (lines[i].indent >= 20 and parse_name_line(lines[i].text, bare=False)):
            return i
    return len(lines)


def _is_agenda(lines: Sequence[Line], i: int) -> bool:
    match = _AGENDA.match(lines[i].text)
    if match is None:
        return False
    # "… ต่อไปเป็น" / "ระเบียบวาระที่ ๕" ends a speech: a continuation line, not an item.
    return lines[i].indent <= _ITEM_MAX_INDENT or (match.end() < len(lines[i].text) and not _follows_wrapped(lines, i))


def _follows_wrapped(lines: Sequence[Line], i: int) -> bool:
    """Whether the line above is a full printed line, so that ``lines[i]`` continues its text."""
    return i > 0 and not lines[i - 1].blank and is_wrapped(lines[i - 1])


def _speaker(line: Line) -> tuple[str, str] | None:
    """The speaker cell and the speech on a line of the two-column layout, or None."""
    if line.blank or line.indent > _LEFT_MAX_INDENT:
        return None
    cells = _left_and_right(line)
    if cells is None:
        return None
    left, right = cells
    if not right and width(line.text) > _LEFT_MAX_WIDTH:
        return None
    if looks_like_name(left) or (right and _OFFICE.match(left) and len(left.split()) <= 3):
        return left, right
    return None


def _left_and_right(line: Line) -> tuple[str, str] | None:
    """The left-column cell (short) and the rest of a line; None when the line starts wide."""
    gap = _GAP.search(line.text)
    left = line.text[: gap.start()] if gap else line.text
    if width(left) > _LEFT_MAX_WIDTH:
        return None
    return collapse_spaces(left), (line.text[gap.end() :] if gap else "")


@dataclass
class _Agenda:
    """An agenda item being read: its sub-items come in after the discussion under it."""

    label: str
    number: str
    text: list[str]
    lines: tuple[int, int]
    children: list[Clause] = field(default_factory=list)

    def to_clause(self) -> Clause:
        return Clause(label=self.label, number=self.number, text=join_cell_lines(self.text) or self.label,
                      lines=self.lines, children=tuple(self.children))


class _Proceedings:
    """Blocks of the proceedings in order, and the start and end times printed among them."""

    def __init__(self, lines: Sequence[Line]) -> None:
        self.started: str | None = None
        self.ended: str | None = None
        self._lines = lines
        self._items: list[Block | _Agenda] = []
        self._agenda: _Agenda | None = None
        self._free: list[Line] = []
        i = 0
        while i < len(lines):
            i = self._read(i)
        self._flush_free()
        self.blocks: list[Block] = [item.to_clause() if isinstance(item, _Agenda) else item for item in self._items]

    def _read(self, i: int) -> int:
        line = self._lines[i]
        started, ended = _STARTED.match(line.text), _ENDED.match(line.text)
        if started or ended:
            self._flush_free()
            if started:
                self.started = self.started or _time(started.group(1))
            if ended:
                self.ended = _time(ended.group(1))
            self._items.append(Paragraph(text=collapse_spaces(line.text), lines=(line.number, line.number)))
            return i + 1
        if _is_agenda(self._lines, i):
            return self._read_item(i, _AGENDA.match(line.text))
        if self._is_subitem(i):
            return self._read_item(i, _SUBITEM.match(line.text))
        if (cells := _speaker(line)) is not None:
            return self._read_turn(i, *cells)
        self._free.append(line)
        return i + 1

    def _is_subitem(self, i: int) -> bool:
        line = self._lines[i]
        match = _SUBITEM.match(line.text)
        return (match is not None and self._agenda is not None and line.indent <= _ITEM_MAX_INDENT
                and to_arabic(match.group(1)) == self._agenda.number and match.end() < len(line.text)
                and not _follows_wrapped(self._lines, i))

    def _starts_block(self, j: int) -> bool:
        text = self._lines[j].text
        return (_speaker(self._lines[j]) is not None or _is_agenda(self._lines, j) or self._is_subitem(j)
                or _STARTED.match(text) is not None or _ENDED.match(text) is not None)

    def _read_item(self, i: int, match: re.Match[str] | None) -> int:
        """An agenda item or a sub-item: its label line and the title lines aligned under it."""
        assert match is not None  # the caller matched it
        self._flush_free()
        lines, line = self._lines, self._lines[i]
        label = collapse_spaces(line.text[: match.end()].rstrip(" :."))
        title_col = line.indent + match.end()
        j = i + 1
        while (j < len(lines) and j - i < _TITLE_MAX_LINES and not lines[j].blank
               and abs(lines[j].indent - title_col) <= _ALIGN and not self._starts_block(j)):
            j += 1
        text = [line.text[match.end() :]] + [lines[k].text for k in range(i + 1, j)]
        if match.re is _AGENDA:
            self._agenda = _Agenda(label, to_arabic(match.group(1)), text, (line.number, lines[j - 1].number))
            self._items.append(self._agenda)
        elif self._agenda is not None:
            number = to_arabic(f"{match.group(1)}.{match.group(2)}")
            self._agenda.children.append(Clause(label=label, number=number, text=join_cell_lines(text) or label,
                                                lines=(line.number, lines[j - 1].number)))
        return j

    def _read_turn(self, i: int, speaker: str, first: str) -> int:
        """A speaker's turn: the name, the lines under it on the left, the speech on the right."""
        self._flush_free()
        lines = self._lines
        speech, positions = [first], []
        j = i + 1
        while looks_like_name(speaker) and j < len(lines) and len(positions) < _LEFT_MAX_LINES:
            cells = _left_and_right(lines[j]) if not lines[j].blank and lines[j].indent <= _LEFT_MAX_INDENT else None
            if cells is None or _is_agenda(lines, j) or _RESOLUTION.match(cells[0]) or looks_like_name(cells[0]):
                break
            positions.append(cells[0])
            speech.append(cells[1])
            j += 1
        while j < len(lines) and not lines[j].blank and not self._starts_block(j):
            speech.append(lines[j].text)
            j += 1
        head = f"{speaker} ({' '.join(positions)})" if positions else speaker
        said = join_wrapped(speech)
        text = f"{head}: {said}" if said else head
        self._items.append(Paragraph(text=text, lines=(lines[i].number, lines[j - 1].number)))
        return j

    def _flush_free(self) -> None:
        self._items.extend(split_paragraphs(self._free))
        self._free = []


def _time(printed: str) -> str:
    """A time as printed, without the stray space a PDF layer set around its dot: "๑๖.๐๐ น."."""
    return _TIME_GAP.sub(r"\1", collapse_spaces(printed))
