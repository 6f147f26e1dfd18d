"""Stage 5, classify: a segment -> its kind (SPEC §1.3).

The title line decides when there is one (``บันทึกข้อความ``, ``ประกาศ…``, ``คำสั่ง…``). A file
without a title is a letter when its head has the letter's labelled parts (ที่ with a
reference number and a salutation), a news page when it carries a news page's marks, and
``unknown`` otherwise.
"""

from __future__ import annotations

import re

from ..lines import Line
from ..parts.ref import split_ref_line
from ..parts.salutation import parse_salutation
from ..registry import KindId
from ..vocabulary import REPORTING_VERBS, words
from .segment import Segment

_HEAD_LINES = 25
# "ที่มา : สำนักข่าวสร้างสุข", "อ่าน : 2,834", "Shares:", "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-…"
_NEWS_MARK = re.compile(r"(?:ที่มา ?:|อ่าน ?:|Shares:|รัฐบาลไทย-ข่าว|จำนวนผู้เข้าชม|โพล$)")
# Reporting verbs of news prose: "… กล่าวว่า", "… เปิดเผยว่า", "… ให้สัมภาษณ์ว่า"
_REPORTING = re.compile(words(REPORTING_VERBS))


def classify(segment: Segment) -> str:
    """The kind of the document in this segment."""
    if segment.kind_hint:
        return segment.kind_hint
    content = [line for line in segment.lines if not line.blank]
    head = content[:_HEAD_LINES]
    has_ref = any(split_ref_line(line.text) is not None for line in head)
    salutation = next((s for s in map(_salutation_word, head) if s), None)
    if has_ref and salutation == "ถึง":
        return KindId.stamped
    if has_ref and salutation:
        return KindId.letter
    if any(_NEWS_MARK.match(line.text) for line in content) or any(_REPORTING.search(line.text) for line in content):
        return KindId.news
    return KindId.unknown


def _salutation_word(line: Line) -> str | None:
    found = parse_salutation(line.text)
    return found.word if found else None
