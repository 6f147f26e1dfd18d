"""Letters quoted without a title, found by the evidence of their parts.

A หนังสือภายนอก has no title line, and a news page that quotes a letter — a prime minister's
letter, its reply, a condolence message in English — gives no ที่ line either. The rule a civil
servant states: *a letter opens with a salutation (เรียน …, กราบเรียน …, ฯพณฯ, Dear …,
Excellency,) and ends with a closing (ขอแสดงความนับถือ, Sincerely yours, Accept … the
assurances of my highest consideration) and a signer*. So:

1. a salutation line followed, before any other salutation and within ``_MAX_BODY`` lines, by
   a closing line is a letter; so is one followed by a date on a line of its own, with no
   closing before it: a notice whose sender dated it instead of signing off (เรียน … /
   its points / "วันที่ 27 ก.ค. 60"), which ends at that date;
2. it starts at the salutation, or higher: at the head printed just above it — the date, the
   sender's address lines, an inside address (short lines, or a date line);
3. it ends where the segment ends (the next document or a source line); the letter parser
   puts what follows its signer back on the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..dates import is_date_line
from ..lines import Line, content_outside
from ..misread import reading_ocr
from ..parts.ref import split_ref_line, unread_ref_line
from ..parts.salutation import closing_end, parse_salutation
from ..registry import KindId
from ..text import marks_optional
from ..vocabulary import (
    CLOSINGS,
    ENCLOSURES_LABEL,
    PAGE_SOURCE_LINE,
    REFERENCES_LABEL,
    SUBJECT_LABEL,
    TRANSLATION_CAPTION,
    words,
)

_OWN_HEAD = 25
"""A salutation this close to the top of a file, under a ที่ line, is the file's own letter's."""
# A line that opens with a closing formula: "ขอแสดงความนับถือ", "ขอแสดงความนับถือและขอแสดง…"
_THAI_CLOSING = re.compile(words(CLOSINGS))
_ADDRESS_CHARS = 60
_MAX_BODY = 60
"""Content lines from the salutation to the closing, at most."""
_HEAD_LINES = 6
"""Head lines above the salutation, at most: a sender's address, a date, an inside address."""
_ISSUER_LINES = 3
"""Lines of the sender's name and address above a letter's date, at most."""
# "เรื่อง …", "อ้างถึง …", "สิ่งที่ส่งมาด้วย …": the labelled lines of a letter's head
# (tone marks optional: OCR drops them, "เรือง", "สิงทีส่งมาด้วย"; text.marks_optional)
_HEAD_LABEL = re.compile("(?:%s)[\\]|]? " % "|".join(
    marks_optional(label, vowels=True) for label in (ENCLOSURES_LABEL, REFERENCES_LABEL, SUBJECT_LABEL)))
_SUBJECT_LINE = re.compile(marks_optional(SUBJECT_LABEL, vowels=True) + "[\\]|]? ")  # "เรือง ขอความร่วมมือ…"
# A report's sentence that introduces what follows is not a sender's address: "… ดังนี้", "… ว่า"
_LEAD_IN = re.compile(r"(?:ดังนี้|ดังต่อไปนี้|ว่า|:)$")
_CREDIT_LINES = 3
"""Lines a page may print under a notice's date before its source line: a credit, a name."""
# "19 December B.E. 2563 (2020)", "Phnom Penh, 19 December 2020"
_EN_DATE = re.compile(r"(?:[A-Z][A-Za-z ]+, )?[0-9]{1,2} (?:January|February|March|April|May|June|July|August"
                      r"|September|October|November|December) (?:B\.E\. )?[0-9]{4}(?: \([0-9]{4}\))?$")
# "Office of the Prime Minister,", "Government House,", "BANGKOK.", "Prime Minister of the Kingdom…"
_EN_ADDRESS = re.compile(r"[A-Z][A-Za-z.,'()\- ]{1,70}$")


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    """Index of its first line in the file's lines."""
    kind: KindId
    evidence: tuple[tuple[str, int], ...]
    end: int | None = None
    """Index just past its last line, when its evidence fixes it (a notice ends at its date)."""


def find_letters(lines: tuple[Line, ...], taken: list[tuple[int, int]]) -> list[Found]:
    """The letters without a title or ที่ line in ``lines``, outside the index ranges in ``taken``."""
    content = content_outside(lines, taken)
    salutations = [position for position, i in enumerate(content) if parse_salutation(lines[i].text)
                   and not _address_below(lines, content, position)]
    found = []
    for n, position in enumerate(salutations):
        limit = salutations[n + 1] if n + 1 < len(salutations) else len(content)
        body = [content[p] for p in range(position + 1, min(limit, position + 1 + _MAX_BODY))]
        closing = next((i for i in body if closing_end(lines, i) is not None), None)
        dated = None if closing is not None else next((i for i in body if is_date_line(lines[i].text)), None)
        if dated is not None and not _closes_page(lines, content, dated):
            dated = None
        if closing is None and dated is None:
            continue
        salutation = content[position]
        if position < _OWN_HEAD and not _closed_above(lines, content, position) and any(
                split_ref_line(lines[i].text) or unread_ref_line(lines[i].text) for i in content[:position]):
            continue  # the file's own letter, with its ที่ line: classify reads it as the file
        if position < _OWN_HEAD and reading_ocr() and not _closed_above(lines, content, position) and any(
                _SUBJECT_LINE.match(lines[i].text) for i in content[:position]):
            continue  # a scan's own letter whose ที่ line OCR could not read: its เรื่อง line above
        start = _head_start(lines, content, position)
        if closing is not None:
            found.append(Found(start, KindId.letter, (("salutation", lines[salutation].number),
                                                      ("closing", lines[closing].number))))
        else:
            found.append(Found(start, KindId.letter, (("salutation", lines[salutation].number),
                                                      ("date_line", lines[dated].number)), dated + 1))
    return found + _translations(lines, content, [f.start for f in found])


def _closed_above(lines: tuple[Line, ...], content: list[int], position: int) -> bool:
    """Whether a letter above the salutation at ``content[position]`` has already closed (a
    closing formula stands above it): then this salutation opens the next letter in the file."""
    return any(closing_end(lines, i) is not None for i in content[:position])


def _closes_page(lines: tuple[Line, ...], content: list[int], dated: int) -> bool:
    """Whether a notice's date line ends the page's text: at most a few lines (a credit, a
    reporter's name) stand under it before the page's source line or its end. A date line
    with more text under it is a date in the report, not a notice's foot."""
    after = [i for i in content if i > dated]
    tail = next((n for n, i in enumerate(after) if PAGE_SOURCE_LINE.match(lines[i].text)), len(after))
    return tail <= _CREDIT_LINES


def _translations(lines: tuple[Line, ...], content: list[int], starts: list[int]) -> list[Found]:
    """Translated letters: under a caption "คำแปลอย่างไม่เป็นทางการ", a text that ends with a
    closing (a translation renders the salutation as a plain vocative line, so none is found)."""
    found = []
    for position, i in enumerate(content):
        if "คำแปล" not in lines[i].text or not TRANSLATION_CAPTION.fullmatch(lines[i].text):
            continue
        block = content[position + 1 : position + 1 + _MAX_BODY]
        closing = next((j for j in block if _THAI_CLOSING.match(lines[j].text)), None)
        nearer = next((j for j in block if TRANSLATION_CAPTION.fullmatch(lines[j].text) or j in starts), None)
        if closing is None or (nearer is not None and nearer < closing) or not block:
            continue
        found.append(Found(block[0], KindId.letter, (("translation_caption", lines[i].number),
                                                     ("closing", lines[closing].number))))
    return found


def _head_start(lines: tuple[Line, ...], content: list[int], position: int) -> int:
    """The first line of the head printed just above the salutation at ``content[position]``:
    its labelled lines (เรื่อง, อ้างถึง, สิ่งที่ส่งมาด้วย, ที่), its date, and above the date the
    sender's name and address (a few short lines)."""
    start = content[position]
    dated = False
    issuer_lines = 0
    for p in range(position - 1, max(position - 1 - _HEAD_LINES, -1), -1):
        text = lines[content[p]].text
        if split_ref_line(text):
            return content[p]  # the ที่ line tops a letter's head
        if is_date_line(text) or _EN_DATE.match(text):
            dated = True
        elif _HEAD_LABEL.match(text) or _EN_ADDRESS.match(text):
            pass
        elif dated and issuer_lines < _ISSUER_LINES and len(text) <= _ADDRESS_CHARS and not _LEAD_IN.search(text):
            issuer_lines += 1  # "กระทรวงการคลัง" / "ถนนพระรามที่ ๖ กรุงเทพฯ ๑๐๔๐๐" above the date
        else:
            break
        start = content[p]
    return start


def _address_below(lines: tuple[Line, ...], content: list[int], position: int) -> bool:
    """Whether an address line stands under a line that reads as a salutation: then it is an
    inside address ("Samdech … HUN SEN," / "Prime Minister of the Kingdom of Cambodia,"),
    printed at the foot of a diplomatic letter, not the salutation of a new one."""
    if position + 1 >= len(content):
        return False
    below = lines[content[position + 1]].text
    return (len(below) <= _ADDRESS_CHARS and _EN_ADDRESS.match(below) is not None
            and (below.endswith(",") or below.isupper()))
