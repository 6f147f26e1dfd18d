"""Page furniture: page numbers and continuation marks that a page break leaves in the flow.

After ``split_furniture``:
1. page numbers ("- ๒ -", "-2-", "หน้า ๒") and continuation marks at a page foot
   ("/เรื่อง…", "…/ขอแสดงความนับถือ") are out of the content lines;
2. blank lines next to a removed page number are out too, so a paragraph that runs across
   the page break is read as one paragraph;
3. every removed non-blank line is returned, so it can be accounted for (SPEC §1.4).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lines import Line
from .text import width

# "- ๒ -", "-๒-", "– 3 –", "หน้า ๒", "หน้า 2/5"
_PAGE_NUMBER = re.compile(r"(?:[-–] *[0-9๐-๙]{1,3} *[-–]|หน้า *[0-9๐-๙]{1,3}(?: */ *[0-9๐-๙]{1,3})?)$")
# "/เรื่อง…", "/ขอแสดงความนับถือ", "…/๒" at the foot of a page: the first words of the next page
_CONTINUATION = re.compile(r"(?:[.…]{2,} */ *\S.*|/[\u0e01-\u0e4e]\S*(?: \S+)?[.…]*)$")
_CONTINUATION_MAX_WIDTH = 40


def is_furniture(line: Line) -> bool:
    text = line.text
    if len(text) <= 16 and _PAGE_NUMBER.match(text):
        return True
    return text[:1] in "/.…" and width(text) <= _CONTINUATION_MAX_WIDTH and _CONTINUATION.match(text) is not None


def split_furniture(lines: Sequence[Line]) -> tuple[tuple[Line, ...], tuple[Line, ...]]:
    """Split a document's lines into content lines and page-furniture lines."""
    marks = [is_furniture(line) for line in lines]
    if not any(marks):
        return tuple(lines), ()
    drop = list(marks)
    for i, is_mark in enumerate(marks):
        if is_mark:
            _drop_blank_neighbours(lines, drop, i)
    content = tuple(line for line, dropped in zip(lines, drop) if not dropped)
    furniture = tuple(line for line, is_mark in zip(lines, marks) if is_mark)
    return content, furniture


def _drop_blank_neighbours(lines: Sequence[Line], drop: list[bool], i: int) -> None:
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and (lines[j].blank or drop[j]):
            drop[j] = True
            j += step
