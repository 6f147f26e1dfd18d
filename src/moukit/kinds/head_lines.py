"""How the lines of an issuance's head run on (``kinds.issuance``): a subject's second line down
to the rule that closes the head, a title line wrapped by the page, and a head copied with a
blank line between every line."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..dates import find_thai_date
from ..lines import Line
from ..parts.body import FULL_SHARE, dangles, holds_open, is_wrapped
from ..parts.numbering import match_label, strays
from ..text import width
from ..vocabulary import BODY_OPENER, SUBJECT_LABEL, TOPIC_LABEL, TRANSLATION_CAPTION

# "------", "…………………", "**********", "———": a rule under the title block
RULE = re.compile(r"[-–—_.…*=~•]{4,}$")
# "ที่ ๑๖/๒๕๖๐", "เลขที่ ๑๒๓/๒๕๖๗" (certificate)
REF_LABEL = re.compile(r"(?:เลข)?ที่ +")
# "เรื่อง แต่งตั้ง…", "ว่าด้วยการใช้ยานพาหนะ…" (a regulation's subject, glued to its label)
# "เรื่อง …", "ว่าด้วย…", and in an English version "Subject: …"
SUBJECT = re.compile(SUBJECT_LABEL + r"(?: +|$)|" + TOPIC_LABEL + r"|Subject *: *")

_SUBJECT_LINES = 2


def rule_closes(lines: Sequence[Line], i: int) -> bool:
    """Whether a rule ("-----") follows ``lines[i]`` within a line or two, nothing blank between
    (unless every line of the block is set apart by one: ``_spaced_block``)."""
    spaced = _spaced_block(lines, i)
    content = 0
    for k in range(i + 1, len(lines)):
        if lines[k].blank and spaced:
            continue
        if RULE.match(lines[k].text):
            return True
        content += 1
        if not lines[k].text or content >= _SUBJECT_LINES:
            return False
    return False


def _spaced_block(lines: Sequence[Line], i: int) -> bool:
    """Whether the title block around ``lines[i]`` has a blank line after each of its lines, as
    HTML and some PDF layers copy it: then a blank line is no end of the block."""
    return 0 < i < len(lines) - 1 and lines[i - 1].blank and lines[i + 1].blank


def next_content(lines: Sequence[Line], i: int) -> Line | None:
    """The first line after ``lines[i]`` that is not blank, passing over one blank line of a
    spaced block (``_spaced_block``); None at the end."""
    k = i + 2 if _spaced_block(lines, i) else i + 1
    return lines[k] if k < len(lines) else None


_DATE_LINE_CHARS = 80
_PAGE_SAMPLE = 20  # the lines after a title that show how wide the page's text runs


def title_wraps(lines: Sequence[Line], i: int) -> bool:
    """Whether ``lines[i]`` goes on with the title line above it: that line ends where no title
    ends (on a joining word or inside a bracket: ``body.dangles``, ``body.holds_open``) or
    fills the width of a printed page (``body.is_wrapped``, and at least ``FULL_SHARE`` of the
    widest line that follows); and ``lines[i]`` opens no label, item, rule or text of its own
    and is no short line holding a date ("issued on 17 November 2022, Bangkok"). A letter past
    ก. opens no list under a title (``numbering.strays``): "… เวลา 22:00" / "น. ทางโทรทัศน์…"."""
    above, line = lines[i - 1], lines[i]
    if not line.blank and holds_open(above.text) and ")" in line.text:
        return True  # "… (ฉบับ" / "ที่ 3)": the line closes the title's bracket, "ที่" no label
    label = match_label(line.text)
    if line.blank or RULE.match(line.text) or SUBJECT.match(line.text) \
            or REF_LABEL.match(line.text) or (label and not strays(label)) or BODY_OPENER.match(line.text) \
            or TRANSLATION_CAPTION.fullmatch(line.text) \
            or (len(line.text) <= _DATE_LINE_CHARS and find_thai_date(line.text)):
        return False
    if dangles(above.text) or holds_open(above.text):
        return True  # "ถ้อยแถลงร่วมจากผู้นำของ" / "อาร์เจนตินา …": no title ends on ของ
    if not is_wrapped(above):
        return False
    page = max(l.indent + width(l.text) for l in lines[i - 1:i + _PAGE_SAMPLE] if not l.blank)
    return above.indent + width(above.text) >= FULL_SHARE * page
