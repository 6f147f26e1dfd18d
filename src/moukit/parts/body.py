"""Body text: paragraphs rebuilt from wrapped lines (ข้อความ)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lines import Line
from ..models import Paragraph
from ..text import join_wrapped, width

# A printed A4 line holds about 60-100 columns of Thai; a line that long was wrapped and
# continues on the next line, a shorter one ends its paragraph. Web text puts a whole
# paragraph on one line, far longer than a printed line: such a line stands alone.
WRAP_MIN = 45
WRAP_MAX = 110
# A line that opens an item never continues the line above: "(๑) ส่งเสริม…", "๒. ข้อเท็จจริง",
# "ข้อ ๓ …", "ก. …", "• …"
_ITEM_START = re.compile(r"(?:\(?[0-9๐-๙]{1,3}[.)]|\([0-9๐-๙]{1,3}\)|\([ก-ฮ]\)|[ก-ฮ][.)] |ข้อ [0-9๐-๙]|[•●▪\-–] )")


def split_paragraphs(lines: Sequence[Line]) -> list[Paragraph]:
    """Group lines into paragraphs: blank lines separate them, wrapped lines join."""
    paragraphs: list[Paragraph] = []
    run: list[Line] = []
    for line in lines:
        if line.blank:
            _flush(run, paragraphs)
            run = []
            continue
        if run and starts_paragraph(run[-1], line):
            _flush(run, paragraphs)
            run = []
        run.append(line)
    _flush(run, paragraphs)
    return paragraphs


# The purpose sentence that ends a letter's body is a paragraph of its own, even when the
# text has no blank line before it: "จึงเรียนมาเพื่อโปรดทราบ", "จึงกราบเรียนมาเพื่อโปรดพิจารณา".
_PARAGRAPH_START = re.compile(r"(?:จึง(?:กราบ)?(?:เรียน|แจ้ง|ประกาศ)มา|ทั้งนี้ ตั้งแต่)")


def is_wrapped(line: Line) -> bool:
    """Whether a line is as long as a printed line, so that its text goes on below it."""
    return WRAP_MIN <= width(line.text) <= WRAP_MAX


def starts_paragraph(previous: Line, line: Line) -> bool:
    """Whether ``line`` opens a new paragraph rather than continuing ``previous``."""
    if line.indent > previous.indent:
        return True  # a typed paragraph indents its first line
    return not is_wrapped(previous) or bool(_ITEM_START.match(line.text) or _PARAGRAPH_START.match(line.text))


def _flush(run: list[Line], paragraphs: list[Paragraph]) -> None:
    if run:
        text = join_wrapped(line.text for line in run)
        paragraphs.append(Paragraph(text=text, lines=(run[0].number, run[-1].number)))
