"""Body text: paragraphs rebuilt from wrapped lines (ข้อความ)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lines import Line
from ..models import Paragraph
from ..text import join_wrapped, wider_than, width
from .appointments import DUTIES, ROLE
from .numbering import match_label

# A printed A4 line holds about 60-100 columns of Thai; a line that long was wrapped and
# continues on the next line, a shorter one ends its paragraph. Web text puts a whole
# paragraph on one line, far longer than a printed line: such a line stands alone.
WRAP_MIN = 45
WRAP_MAX = 110
# The lines of a printed paragraph fill the page's width alike; a line clearly shorter than
# the widest line around it ends its paragraph. Web text, one paragraph per line, has lines
# of every width, so its mid-length lines stand alone.
FULL_SHARE = 0.8
# In web text a line goes on below only when the next one opens with words no sentence opens
# with: "… มีอำนาจหน้าที่" / "ดังต่อไปนี้" (a Gazette text pasted with its print line
# breaks), "… 3 ฉบับ" / "คือ ประกาศแต่งตั้ง…".
_LEAD_IN_END = re.compile(r"(?:ดังต่อไปนี้|ดังนี้|ต่อไปนี้|คือ|และ|หรือ)(?: |$)")


def split_paragraphs(lines: Sequence[Line]) -> list[Paragraph]:
    """Group lines into paragraphs: blank lines separate them, wrapped lines join."""
    paragraphs: list[Paragraph] = []
    for run in _runs(lines):
        if len(run) == 1:  # one line is one paragraph, whatever its width
            _flush(run, paragraphs)
            continue
        web = any(wider_than(line.text, WRAP_MAX) for line in run)
        # A line's reach is its indent plus its text: an indented first line fills the page too.
        full = None if web else FULL_SHARE * max(line.indent + width(line.text) for line in run)
        current: list[Line] = []
        for line in run:
            if current and starts_paragraph(current[-1], line, full):
                _flush(current, paragraphs)
                current = []
            current.append(line)
        _flush(current, paragraphs)
    return paragraphs


def _runs(lines: Sequence[Line]) -> list[list[Line]]:
    """The runs of non-blank lines between blank lines."""
    runs: list[list[Line]] = [[]]
    for line in lines:
        if line.blank:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append(line)
    return [run for run in runs if run]


# The purpose sentence that ends a letter's body is a paragraph of its own, even when the
# text has no blank line before it: "จึงเรียนมาเพื่อโปรดทราบ", "จึงกราบเรียนมาเพื่อโปรดพิจารณา";
# so are an order's "ทั้งนี้ ตั้งแต่…" and an agreement's "ทำ ณ … เมื่อวันที่ …"; and a
# committee's duties ("มีหน้าที่ …") under the row of its last member ("… กรรมการและเลขานุการ").
_PARAGRAPH_START = re.compile(r"(?:จึง(?:กราบ)?(?:เรียน|แจ้ง|ประกาศ)มา|ทั้งนี้ ตั้งแต่|ทำ ณ |ทำที่ )")


def is_wrapped(line: Line) -> bool:
    """Whether a line is as long as a printed line, so that its text goes on below it."""
    return len(line.text) >= WRAP_MIN and not wider_than(line.text, WRAP_MAX) and width(line.text) >= WRAP_MIN


def starts_paragraph(previous: Line, line: Line, full: float | None = 0.0) -> bool:
    """Whether ``line`` opens a new paragraph rather than continuing ``previous``.

    ``full`` is the width a line must reach to count as filling the page (see FULL_SHARE);
    None for web text (a run with lines wider than print), whose lines stand alone.
    """
    if previous.text.endswith("("):
        return False  # "… บันทึกข้อตกลงความร่วมมือ (" / "MOU) 3 ฝ่าย …": the bracket goes on
    if line.indent > previous.indent:
        return True  # a typed paragraph indents its first line
    if full is None:
        return _LEAD_IN_END.match(line.text) is None
    if not is_wrapped(previous) or previous.indent + width(previous.text) < full:
        return True
    return match_label(line.text) is not None or _PARAGRAPH_START.match(line.text) is not None or (
        DUTIES.match(line.text) is not None and ROLE.search(previous.text) is not None)


def _flush(run: list[Line], paragraphs: list[Paragraph]) -> None:
    if run:
        text = join_wrapped(line.text for line in run)
        paragraphs.append(Paragraph(text=text, lines=(run[0].number, run[-1].number)))
