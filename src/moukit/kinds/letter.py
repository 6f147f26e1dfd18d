"""หนังสือภายนอก (kind ``letter``), messages sent as letters (สาร…): header, body, ending."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..dates import is_date_line, parse_thai_date
from ..lines import Line, span
from ..models import Document
from ..notes import Notes
from ..parts.blocks import split_body
from ..parts.ending import read_ending
from ..parts.header import scan_header
from ..parts.salutation import parse_salutation
from ..parts.signatures import parse_name_line
from ..registry import KindId
from ..stages.titles import title_kind
from ..text import wider_than

# The lines of a message's heading under its title: its sender ("พลเอก ประยุทธ์ จันทร์โอชา
# นายกรัฐมนตรี"), its addressee ("ถึง…"), its occasion ("เนื่องในโอกาส…", "ในโอกาส…", "ระหว่าง…");
# the first line that is none of these starts the text.
_HEADING_LINE = re.compile(r"(?:ถึง|จาก|แด่|ในโอกาส|เนื่องใน|ระหว่าง)")
_HEADING_WIDTH = 100
# "* * * * *", "-----": a rule under a title block
_RULE = re.compile(r"[-–—_.…*=~• ]{4,}$")


def parse_letter(kind: str, lines: Sequence[Line], notes: Notes) -> Document:
    """Read a letter: ที่ · issuer · date · เรื่อง · เรียน · อ้างถึง · สิ่งที่ส่งมาด้วย ·
    body · คำลงท้าย · signature · position · owner unit · โทร. · โทรสาร · e-mail · สำเนาส่ง."""
    return read_letter_form(kind, lines, notes, _title_block(lines))


def read_letter_form(kind: str, lines: Sequence[Line], notes: Notes,
                     heading: tuple[int, str | None, tuple[int, int] | None]) -> Document:
    """The parts letters and memos share, read from ``heading``'s end: header, body, closing,
    signature, footer. A phone printed in the header (a memo's ส่วนราชการ line) joins the footer."""
    start, title, title_lines = heading
    scan = scan_header(lines, start, notes)
    ending = read_ending(lines, scan.end, notes)
    body_end = ending.body_end
    header = scan.header
    if header.date is None and ending.closing is None:
        # A notice without a closing dates itself at its foot: its last line "วันที่ 27 ก.ค. 60".
        last = next((i for i in range(body_end - 1, scan.end - 1, -1) if not lines[i].blank), None)
        if last is not None and is_date_line(lines[last].text):
            # the whole line is the date: parse_thai_date reads it as is_date_line did, also
            # without its day ("วันที่ มีนาคม 2551"), where find_thai_date finds none
            header = header.model_copy(update={"date": parse_thai_date(lines[last].text), "lines": header.lines.model_copy(
                update={"date": (lines[last].number,) * 2})})
            body_end = last
    body = split_body(lines[scan.end : body_end])
    footer = ending.footer
    if scan.phone:
        footer = footer.model_copy(update={
            "phone": tuple(phone for phone, _ in scan.phone) + footer.phone,
            "lines": footer.lines.model_copy(update={"phone": (scan.phone[0][1], scan.phone[-1][1])}),
        })
    return Document(
        kind=kind,
        lines=span(lines),
        title=title,
        title_lines=title_lines,
        header=header,
        body=tuple(body),
        closing=ending.closing,
        closing_lines=(ending.closing_line, ending.closing_last) if ending.closing_line else None,
        signatories=tuple(ending.signatories),
        footer=footer,
    )


def _heading_line(text: str) -> bool:
    """A line of a message's heading under its title (``_HEADING_LINE``, or its sender's name),
    not its date, salutation or a rule."""
    return bool(text) and not is_date_line(text) and not parse_salutation(text) and not _RULE.match(text) \
        and not wider_than(text, _HEADING_WIDTH) and bool(_HEADING_LINE.match(text) or parse_name_line(text))


def _title_block(lines: Sequence[Line]) -> tuple[int, str | None, tuple[int, int] | None]:
    """A message's title block ("สารแสดงความยินดีจากนายกรัฐมนตรี" / "ถึง…" / "ในโอกาส…"): the
    lines from a title line down to the date, a label, a rule or a blank line."""
    first = next((i for i, line in enumerate(lines) if not line.blank), None)
    if first is None or title_kind(lines[first].text) != KindId.letter:
        return 0, None, None
    end = first + 1
    while end < len(lines):
        if _heading_line(lines[end].text):
            end += 1
        elif lines[end].blank and not lines[end - 1].blank and end + 1 < len(lines) \
                and _heading_line(lines[end + 1].text):
            end += 2  # a copy that puts a blank line after every line: the heading goes on
        else:
            break
    if end < len(lines) and _RULE.match(lines[end].text):
        end += 1  # "* * * * *" under the title block
    last = max(i for i in range(first, end) if lines[i].text)
    # The title block's lines are printed apart, centred: they join with a space.
    title = " ".join(line.text for line in lines[first:end] if not line.blank)
    return end, title, (lines[first].number, lines[last].number)
