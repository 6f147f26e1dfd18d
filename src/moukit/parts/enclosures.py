"""Listed header parts: สิ่งที่ส่งมาด้วย (enclosures, with quantity) and อ้างถึง (references)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lines import Line
from ..models import Enclosure
from ..numerals import parse_int
from ..text import join_wrapped

# An item number at the start of a line: "๑. สำเนาคำสั่ง…", "2) แบบฟอร์ม…", "(๓) …"
_ITEM = re.compile(r"(?:\(?[0-9๐-๙]{1,2}[.)]|\([0-9๐-๙]{1,2}\)) *")
# "… จำนวน ๑ ชุด", "… จำนวน 2 ฉบับ" (any counting word after จำนวน)
_COUNTED = re.compile(r" *จำนวน *([0-9๐-๙]{1,4}) *([\u0e01-\u0e4e]{1,12})\.?$")
# "… ๑ ฉบับ", "… 3 แผ่น" (without จำนวน only the usual counting words, so that
# "… พ.ศ. ๒๕๖๐" keeps its year)
_UNITS = "ชุด|ฉบับ|แผ่น|เล่ม|แฟ้ม|หน้า|รายการ|แบบ|ม้วน|กล่อง|ชิ้น|ไฟล์|เรื่อง|แผ่นซีดี|ตลับ"
_BARE_COUNT = re.compile(rf" +([0-9๐-๙]{{1,4}}) *({_UNITS})\.?$")


def split_items(lines: Sequence[Line], first_text: str) -> list[tuple[str, tuple[int, int]]]:
    """Items of a listed part: numbered items, each with its wrapped lines, or one item."""
    texts = [(first_text, lines[0])] + [(line.text, line) for line in lines[1:]]
    numbered = any(_ITEM.match(text) for text, _ in texts if text)
    items: list[tuple[list[str], list[Line]]] = []
    for text, line in texts:
        if not text:
            continue
        match = _ITEM.match(text) if numbered else None
        if match or not items:
            items.append(([text[match.end() :] if match else text], [line]))
        else:
            items[-1][0].append(text)
            items[-1][1].append(line)
    return [(join_wrapped(parts), (group[0].number, group[-1].number)) for parts, group in items]


def parse_enclosure(text: str, span: tuple[int, int]) -> Enclosure:
    """"สำเนาบันทึกข้อตกลง… จำนวน ๑ ชุด" -> text, quantity 1, unit "ชุด"."""
    match = _COUNTED.search(text) or _BARE_COUNT.search(text)
    if match is None:
        return Enclosure(text=text, quantity=None, unit=None, lines=span)
    return Enclosure(
        text=text[: match.start()].strip() or text,
        quantity=parse_int(match.group(1)),
        unit=match.group(2),
        lines=span,
    )
