"""คำขึ้นต้น and คำลงท้าย: the salutation and the closing, paired by rank (THAI-FORMATS §2)."""

from __future__ import annotations

import re

from ..models import Salutation
from ..text import collapse_spaces

# Longest first, so "กราบเรียน" is not read as "เรียน" and "กราบทูล" not as "ทูล". A
# diplomatic letter opens with the form of address alone: "ฯพณฯ".
SALUTATION_WORDS: tuple[str, ...] = (
    "กราบบังคมทูลพระกรุณาทราบฝ่าละอองธุลีพระบาท",
    "กราบบังคมทูล",
    "กราบทูล",
    "กราบเรียน",
    "นมัสการ",
    "เรียน",
    "ทูล",
    "ถึง",
    "ฯพณฯ",
)
# "เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด", "กราบเรียน นายกรัฐมนตรี"; the word stands alone
# (a wrapped line starting "เรียนรู้…" or "ถึงแม้…" is no salutation).
_SALUTATION = re.compile(r"(%s)(?: +(.*)|$)" % "|".join(SALUTATION_WORDS))

# The closing that answers each salutation (ระเบียบงานสารบรรณ, ภาคผนวก ๘).
CLOSINGS: dict[str, str] = {
    "ขอแสดงความนับถืออย่างยิ่ง": "กราบเรียน",
    "ขอแสดงความนับถืออย่างสูง": "กราบเรียน",
    "ขอแสดงความนับถือ": "เรียน",
    "ด้วยความนับถือ": "เรียน",
    "ขอนมัสการด้วยความเคารพอย่างยิ่ง": "นมัสการ",
    "ขอนมัสการด้วยความเคารพ": "นมัสการ",
    "ด้วยความเคารพอย่างยิ่ง": "กราบเรียน",
    "ด้วยความเคารพ": "เรียน",
    "ควรมิควรแล้วแต่จะโปรดเกล้าโปรดกระหม่อม ขอเดชะ": "กราบบังคมทูล",
    "ควรมิควรแล้วแต่จะโปรดเกล้าโปรดกระหม่อม": "กราบบังคมทูล",
    "ควรมิควรแล้วแต่จะโปรด": "กราบทูล",
    "แล้วแต่จะโปรด": "ทูล",
}
# "ขอแสดงความนับถือ", "ขอแสดงความนับถืออย่างยิ่ง |" (a stray PDF mark after it)
_CLOSING = re.compile(r"(%s)[ |]*$" % "|".join(sorted(CLOSINGS, key=len, reverse=True)))


def parse_salutation(text: str) -> Salutation | None:
    """A salutation line -> word and addressee; None for any other line."""
    match = _SALUTATION.match(text)
    if match is None:
        return None
    addressee = collapse_spaces(match.group(2) or "") or None
    return Salutation(word=match.group(1), addressee=addressee)


def parse_closing(text: str) -> str | None:
    """The closing formula when the whole line is one, else None."""
    match = _CLOSING.match(text)
    return match.group(1) if match else None
