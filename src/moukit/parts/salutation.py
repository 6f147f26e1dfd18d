"""คำขึ้นต้น and คำลงท้าย: the salutation and the closing, paired by rank (THAI-FORMATS §2)."""

from __future__ import annotations

import re

from ..models import Salutation
from ..text import collapse_spaces
from ..vocabulary import CLOSINGS, EN_CLOSING, EN_SALUTATION, SALUTATION_WORDS, words

# "เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด", "กราบเรียน นายกรัฐมนตรี"; the word stands alone
# (a wrapped line starting "เรียนรู้…" or "ถึงแม้…" is no salutation).
_SALUTATION = re.compile(r"(%s)(?: +(.*)|$)" % words(SALUTATION_WORDS))
# The first letters of the salutation words: a cheap test before the pattern.
_FIRST_LETTERS = frozenset(word[0] for word in SALUTATION_WORDS)

# "ขอแสดงความนับถือ", "ขอแสดงความนับถืออย่างยิ่ง |" (a stray PDF mark after it)
_CLOSING = re.compile(r"(%s)[ |]*$" % words(CLOSINGS))


def parse_salutation(text: str) -> Salutation | None:
    """A salutation line -> word and addressee; None for any other line. A letter in English
    opens with "Dear Mr. President," (word "Dear") or a form of address alone ("Excellency,")."""
    match = _SALUTATION.match(text) if text[:1] in _FIRST_LETTERS else None
    if match is None:
        english = EN_SALUTATION.match(text) if text.endswith(",") else None
        if english is None:
            return None
        if english.group("dear"):
            return Salutation(word=english.group("dear"), addressee=collapse_spaces(english.group("addressee")))
        return Salutation(word=collapse_spaces(english.group("address")), addressee=None)
    addressee = collapse_spaces(match.group(2) or "") or None
    return Salutation(word=match.group(1), addressee=addressee)


def parse_closing(text: str) -> str | None:
    """The closing formula when the whole line is one, else None ("Sincerely yours," in English)."""
    match = _CLOSING.match(text)
    if match:
        return match.group(1)
    return text if EN_CLOSING.match(text) else None
