"""The letterhead of a press release: the lines above its headline.

A ข่าวประชาสัมพันธ์ issued by an office opens with that office's letterhead — its name, the label
ข่าวประชาสัมพันธ์ (ข่าวสาร, Press Release …), the release's number (ฉบับที่ ๑๒/๒๕๖๗), its date,
the office's telephone, web site or e-mail — and only then prints its headline. The rule a
reader applies: *when the head of a page holds a press label or a release number, the headline
is the first line below the letterhead's lines*; without one, the first line is the headline (a
line naming an office may well be a headline: "กระทรวงมหาดไทย ซักซ้อมแนวทาง…").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...dates import is_date_line
from ...lines import Line
from ...text import collapse_spaces, wider_than
from ...vocabulary import AGENCY_WORDS, PRESS_LABEL_LINE, words

_HEAD = 8
"""A letterhead is looked for among this many lines at the top of a page."""
# "ฉบับที่ ๑๒๕/๒๕๖๗", "ฉบับที่ 45 / 2567 วันที่ 12 มีนาคม 2567"
_RELEASE_NUMBER = re.compile(r"(?:ฉบับที่|No\.) *[0-9๐-๙]{1,4}(?: */ *[0-9๐-๙]{2,4})?(?: |$)")
# "โทร. ๐ ๔๓๒๓ ๖๒๓๔", "โทรศัพท์/โทรสาร …", "www.prd.go.th", "E-mail: …", "Facebook : …"
_CONTACT = re.compile(r"(?:โทร|โทรศัพท์|โทรสาร|Tel|Fax|www\.|https?://|E-?mail|อีเมล|อีเมล์|Facebook|Line ?:|Website)", re.I)
# An office's name alone on its line, each of its words a unit's name: "สำนักงานประชาสัมพันธ์
# จังหวัดขอนแก่น", "กองสารนิเทศ สำนักงานปลัดกระทรวงการต่างประเทศ" (not "กรมควบคุมโรค เตือน …")
_UNIT = words(AGENCY_WORDS) + r"\S*"
_AGENCY = re.compile(rf"{_UNIT}(?: {_UNIT}){{0,3}}$")
_LETTERHEAD_WIDTH = 80
"""A letterhead line is short: a longer line is the headline or the text."""


def headline_start(lines: Sequence[Line], content: list[int]) -> int:
    """The position in ``content`` of the first line below a press release's letterhead; 0 when
    the page has no letterhead (no press label and no release number in its head).

    The letterhead is the run of its lines at the top, up to its last press label, release
    number, date or contact line: an office's name after those is read as the headline, which
    may start with one ("กรมควบคุมโรคเตือนประชาชน…")."""
    head = content[:_HEAD]
    if not any(PRESS_LABEL_LINE.match(lines[i].text) or _RELEASE_NUMBER.match(lines[i].text) for i in head):
        return 0
    end = 0
    for position, i in enumerate(head[:-1]):  # the headline is below: never the last line
        text = lines[i].text
        if wider_than(text, _LETTERHEAD_WIDTH):
            break
        if _strong(text):
            end = position + 1
        elif _AGENCY.match(text) is None:
            break
    return end


def office(lines: Sequence[Line], letterhead: list[int]) -> tuple[int, str] | None:
    """The letterhead's line that names the issuing office, and the office's name: a line that
    is the name alone ("สำนักงานประชาสัมพันธ์จังหวัดขอนแก่น"), or the press label followed by it
    ("ข่าวประชาสัมพันธ์ กรมส่งเสริมการปกครองท้องถิ่น"); the first such line."""
    for i in letterhead:
        text = lines[i].text
        if wider_than(text, _LETTERHEAD_WIDTH):
            continue
        label = PRESS_LABEL_LINE.match(text)
        name = text[label.end():].strip() if label else text
        if name and _AGENCY.match(name):
            return i, collapse_spaces(name)
    return None


def _strong(text: str) -> bool:
    # "ฉบับที่ ๑๒๕/๒๕๖๗ วันที่ ๓ ธันวาคม ๒๕๖๗" is the number and the date on one line
    return bool(PRESS_LABEL_LINE.match(text) or _RELEASE_NUMBER.match(text) or is_date_line(text) or _CONTACT.match(text))
