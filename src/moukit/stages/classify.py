"""Stage 5, classify: a segment -> its kind (SPEC §1.3).

The title line decides when there is one (``บันทึกข้อความ``, ``ประกาศ…``, ``คำสั่ง…``). A file
without a title is a letter when its head has the letter's labelled parts (ที่ with a
reference number and a salutation), a news page when it carries a news page's marks, and
``unknown`` otherwise.
"""

from __future__ import annotations

import re
from itertools import chain, islice

from ..lines import Line
from ..misread import reading_ocr
from ..parts.ref import split_ref_line, unread_ref_line
from ..parts.salutation import misread_salutation, parse_salutation
from ..registry import KindId
from ..text import marks_optional
from ..vocabulary import (
    ISSUER_LABELS,
    PRESS_LABEL_LINE,
    REPORTING_VERBS,
    SUBJECT_LABEL,
    words,
)
from .segment import Evidence, Segment

_HEAD_LINES = 25
_MEMO_HEAD = 6
_ISSUER_LABEL = re.compile(words(ISSUER_LABELS) + " *:? *\\S")
_SUBJECT = re.compile(marks_optional(SUBJECT_LABEL, vowels=True) + "[\\]|]? +\\S")  # OCR: "เรือง", "เรอง", "เรื่อง]"
# "ที่มา : สำนักข่าวสร้างสุข", "อ่าน : 2,834", "Shares:", "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-…"
_NEWS_MARK = re.compile(r"(?:ที่มา ?:|อ่าน ?:|Shares:|รัฐบาลไทย-ข่าว|จำนวนผู้เข้าชม|โพล$)")
# Reporting verbs of news prose: "… กล่าวว่า", "… เปิดเผยว่า", "… ให้สัมภาษณ์ว่า"
_REPORTING = re.compile(words(REPORTING_VERBS))
# A press release's letterhead label (PRESS_LABEL_LINE) is looked for in this many lines
_PRESS_HEAD = 8


def classify(segment: Segment) -> tuple[str, Evidence]:
    """The kind of the document in this segment, and the parts that show it."""
    if segment.kind_hint:
        return segment.kind_hint, segment.evidence
    # Each part is looked for only while the parts found so far still make a case; the lines
    # past the head are read only when looking for a news page's marks.
    content = (line for line in segment.lines if not line.blank)
    head = list(islice(content, _HEAD_LINES))
    issuer = next((line for line in head[:_MEMO_HEAD] if _ISSUER_LABEL.match(line.text)), None)
    subject = next((line for line in head if _SUBJECT.match(line.text)), None) if issuer is not None else None
    if issuer is not None and subject is not None:
        # A memo whose title is lost or printed as an image: its ส่วนราชการ / หน่วยงาน label
        # over its เรื่อง line.
        return KindId.memo, (("issuer_label", issuer.number), ("subject", subject.number))
    ref = next((line for line in head if split_ref_line(line.text) is not None), None)
    salutation = next(((line, word) for line in head if (word := _salutation_word(line))), None) if ref is not None else None
    if ref is not None and salutation is not None:
        evidence = (("ref", ref.number), ("salutation", salutation[0].number))
        return (KindId.stamped if salutation[1] == "ถึง" else KindId.letter), evidence
    if ref is None and subject is None:
        subject = next((line for line in head if _SUBJECT.match(line.text)), None)
    # A letter whose ที่ number cannot be read (a scan's handwritten number): its เรื่อง line, or
    # its ที่ line with an unreadable number, over เรียน.
    above = subject or next((line for line in head if unread_ref_line(line.text)), None) if ref is None else None
    below = next(((line, word) for line in head if above is not None and line.number > above.number
                  and (word := _salutation_word(line))), None)
    if below is None and above is not None and above is subject and reading_ocr():  # misread: "ew ประธาน …"
        below = next(((line, found.word) for k, line in enumerate(head) if line.number > above.number
                      and (found := misread_salutation(head, k))), None)
    # A scan's unread ที่ line over ถึง: a stamped letter or a radio message ("ที่มท 0808.22/23 1658").
    if above is not None and below is not None and (below[1] == "เรียน" or reading_ocr() and below[1] == "ถึง"):
        part = "subject" if above is subject else "ref"
        return (KindId.stamped if below[1] == "ถึง" else KindId.letter), ((part, above.number),
                                                                          ("salutation", below[0].number))
    mark = next((line for line in head[:_PRESS_HEAD] if PRESS_LABEL_LINE.match(line.text)), None) or next(
        (line for line in chain(head, content) if _NEWS_MARK.match(line.text) or _REPORTING.search(line.text)), None)
    if mark is not None:
        return KindId.news, (("news_mark", mark.number),)
    return KindId.unknown, ()


def _salutation_word(line: Line) -> str | None:
    found = parse_salutation(line.text)
    return found.word if found else None
