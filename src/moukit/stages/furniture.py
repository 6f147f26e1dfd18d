"""Page furniture: page numbers, running headers and footers, and continuation marks that a
page break leaves in the flow (THAI-FORMATS §3).

After ``split_furniture``:
1. page numbers ("- ๒ -", "-2-", "หน้า ๒", "หน้า 2 จาก 5") and continuation marks at a page foot
   ("/เรื่อง…", "…/ขอแสดงความนับถือ", "/(นายสมพร ไร่ข้างยาง)…") are out of the content lines;
2. so is the Royal Gazette's running header, on one line or two, with its tone marks where
   layout extraction moved them ("หน้า ๑๒" / "เล่ม ๑๓๙ ตอนที่ ๑๓ ก ราชกิจจานุเบกษา ๒๔
   กุมภาพันธ์ ๒๕๖๕", "เลม่ ๑๓๙ …");
3. where the text has page breaks (form feeds, as PDF extraction gives), so are the running
   headers and footers: the lines at the head or the foot of the pages that repeat, spacing
   aside, on at least two pages and half of them ("เกณฑ์ราคากลาง…" / "ประกาศ ณ วันที่
   13 มีนาคม 2566" at the foot of every page), and bare page numbers ("2") there;
4. so is a watermark tiled over the pages that text extraction put in the flow: a phrase
   (eight characters or more) printed twice or more on one line, on at least
   ``WATERMARK_LINES`` lines, is the watermark ("สำนักงานคณะกรรมการกฤษฎีกา" over a Krisdika
   copy of an act); a line made only of its copies and pieces of it ("…กฤษฎี", "กา", where
   the body's letters cut it) is furniture. A line where it stands among the body's words
   stays: those words are the text;
5. blank lines next to a removed line are out too, so a paragraph that runs across the page
   break is read as one paragraph;
6. every removed non-blank line is returned, so it can be accounted for (SPEC §1.4).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ..lines import Line
from ..text import wider_than
from .titles import title_kind

# "- ๒ -", "-๒-", "– 3 –", "หน้า ๒", "หน้า 2/5", "หน้า ๒ จาก ๕", "Page 2 of 5"
_PAGE_NUMBER = re.compile(r"(?:[-–] *[0-9๐-๙]{1,3} *[-–]|(?:หน้า|[Pp]age) *[0-9๐-๙]{1,3}(?: *(?:/|จาก|of) *[0-9๐-๙]{1,3})?)$")
# "/เรื่อง…", "/ขอแสดงความนับถือ", "…/๒" at the foot of a page: the first words of the next
# page; "/(นายสมพร ไร่ข้างยาง)…", "/(๒) ส่งเสริม…" when they open with a bracket, dots required;
# so with a number: "/๒. ...", "/2.3 นาย…" (the next row of a member list), "/๑.๒ นางสมศรี ..."
_CONTINUATION = re.compile(r"(?:[.…]{2,} */ *\S.*|/[\u0e01-\u0e4e]\S*(?: \S+)?[.…]*|/\(\S+(?: \S+){0,3}(?:\.{2,}|…+)"
                           r"|/[0-9๐-๙]{1,3}(?:\.[0-9๐-๙]{1,3})*\.?(?: ?[^ .…]+){0,3} ?(?:\.{2,}|…+))$")
_CONTINUATION_MAX_WIDTH = 40
# The Royal Gazette's running header: "เล่ม ๑๓๙ ตอนที่ ๑๓ ก ราชกิจจานุเบกษา ๒๔ กุมภาพันธ์ ๒๕๖๕",
# "หน้า ๑๒ เล่ม ๑๓๔ ตอนพิเศษ ๗๐ ง ราชกิจจานุเบกษา ๒๑ มีนาคม ๒๕๖๐", "เลม่ ๑๓๙ ตอนที่ ๑๓ ก  ราชกิจจานุเบกษา"
_GAZETTE_HEADER = re.compile(
    r"(?:หน้า *[0-9๐-๙]{1,4} +)?เล(?:่ม|ม่) *[0-9๐-๙]{1,4} +ตอน(?:ที่|พิเศษ) *[0-9๐-๙]{1,4}(?: *[กขคง])?"
    r" +ราชกิจจานุเบกษา(?: +[^ ].{0,40})?$"
)
_GAZETTE_MAX_LENGTH = 160
# "2", "๑๒": a bare page number, furniture only at the head or foot of a page
_BARE_NUMBER = re.compile(r"[0-9๐-๙]{1,3}$")
EDGE = 3
"""Lines at the head and at the foot of a page that may be running headers or footers."""
WATERMARK_LINES = 3
"""A phrase twice on a line is a table's repeated cell on one line, or a watermark's tiling
on several: no line of the corpus's 60 texts repeats a phrase but the one watermarked copy."""
_WATERMARK_MIN = 8
_SEGMENTS = re.compile(r"\s{2,}")  # the columns a layout-preserving extraction leaves apart


def is_furniture(line: Line) -> bool:
    text = line.text
    if not text:
        return False
    if len(text) <= 16 and _PAGE_NUMBER.match(text):
        return True
    if text[:1] == "ห" or text[:2] == "เล":
        return len(text) <= _GAZETTE_MAX_LENGTH and _GAZETTE_HEADER.match(text) is not None
    return text[0] in "/.…" and not wider_than(text, _CONTINUATION_MAX_WIDTH) and _CONTINUATION.match(text) is not None


def split_furniture(lines: Sequence[Line]) -> tuple[tuple[Line, ...], tuple[Line, ...]]:
    """Split a document's lines into content lines and page-furniture lines."""
    marks = [is_furniture(line) for line in lines]
    if any(line.page_break for line in lines):
        _mark_page_edges(lines, marks)
    _mark_watermark(lines, marks)
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
    # Through blank lines only: a neighbouring mark drops the blank lines on its own side, so
    # each run of blank lines is walked at most twice (walking through marks was quadratic
    # on a page of nothing but page numbers).
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and lines[j].blank:
            drop[j] = True
            j += step


def _mark_page_edges(lines: Sequence[Line], marks: list[bool]) -> None:
    """Mark the running headers and footers and the bare page numbers at each page's edges."""
    pages: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        if line.page_break and pages[-1]:
            pages.append([])
        if not line.blank:
            pages[-1].append(i)
    pages = [page for page in pages if page]
    if len(pages) < 2:
        return
    for edges in ([page[:EDGE] for page in pages], [page[::-1][:EDGE] for page in pages]):
        counts = Counter(key for edge in edges for key in {_edge_key(lines[i].text) for i in edge})
        # A document's title is no running header: a cover and the first page both print it.
        running = {key for key, n in counts.items()
                   if n >= 2 and 2 * n >= len(pages) and _has_letters(key) and title_kind(key) is None}
        for edge in edges:  # from the page's edge inwards, while the lines are furniture
            for i in edge:
                text = lines[i].text
                if not (marks[i] or _BARE_NUMBER.match(text) or _edge_key(text) in running):
                    break
                marks[i] = True


def _edge_key(text: str) -> str:
    """A line as a running header or footer repeats it: spacing aside. Digits count: a line
    that differs only in a number ("ข้อ 1 …", "ข้อ 2 …") is content; the page numbers that
    headers carry stand on lines of their own or match the patterns above."""
    return " ".join(text.split())


def _has_letters(key: str) -> bool:
    return any(char.isalpha() for char in key)


def _mark_watermark(lines: Sequence[Line], marks: list[bool]) -> None:
    """Mark the lines made only of a tiled watermark's copies and pieces (point 4 above)."""
    tiled: Counter[str] = Counter()
    for line in lines:
        if "  " in line.text:  # two copies stand apart by a column's gap
            segments = [segment for segment in _SEGMENTS.split(line.text.strip()) if len(segment) >= _WATERMARK_MIN]
            tiled.update({segment for segment in segments if segments.count(segment) >= 2})
    phrases = [phrase for phrase, n in tiled.items() if n >= WATERMARK_LINES and _has_letters(phrase)]
    for phrase in phrases:
        for i, line in enumerate(lines):
            tokens = line.text.split()
            if tokens and not marks[i] and all(token in phrase for token in tokens):
                marks[i] = True

