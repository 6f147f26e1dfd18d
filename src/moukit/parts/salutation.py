"""คำขึ้นต้น and คำลงท้าย: the salutation and the closing, paired by rank (THAI-FORMATS §2)."""

from __future__ import annotations

import re

from ..models import Salutation
from ..text import collapse_spaces
from ..vocabulary import CLOSINGS, SALUTATION_WORDS

# "เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด", "กราบเรียน นายกรัฐมนตรี"; the word stands alone
# (a wrapped line starting "เรียนรู้…" or "ถึงแม้…" is no salutation).
_SALUTATION = re.compile(r"(%s)(?: +(.*)|$)" % "|".join(SALUTATION_WORDS))

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
