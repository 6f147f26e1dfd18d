"""คำขึ้นต้น and คำลงท้าย: the salutation and the closing, paired by rank (THAI-FORMATS §2)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lines import Line
from ..misread import nearest, reading_ocr
from ..models import Salutation
from ..text import collapse_spaces, marks_optional
from ..vocabulary import (
    BODY_OPENER,
    CLOSINGS,
    EN_CLOSING,
    EN_SALUTATION,
    ENCLOSURES_LABEL,
    REFERENCES_LABEL,
    SALUTATION_WORDS,
    words,
)

# "เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด", "กราบเรียน นายกรัฐมนตรี"; the word stands alone
# (a wrapped line starting "เรียนรู้…" or "ถึงแม้…" is no salutation).
_SALUTATION = re.compile(r"(%s)(?: +(.*)|$)" % words(SALUTATION_WORDS))
# A scan's salutation with a speck glued to its word: "เรียน. อธิบดีกรมคุมประพฤติ"
_SPECKED_SALUTATION = re.compile(r"(%s)[.,:;|\]](?: +(.*)|$)" % words(SALUTATION_WORDS))
# The first letters of the salutation words: a cheap test before the pattern.
_FIRST_LETTERS = frozenset(word[0] for word in SALUTATION_WORDS)

# "ขอแสดงความนับถือ", "ขอแสดงความนับถืออย่างยิ่ง |" (a stray PDF mark after it)
_CLOSING = re.compile(r"(%s)[ |]*$" % words(CLOSINGS))


def parse_salutation(text: str) -> Salutation | None:
    """A salutation line -> word and addressee; None for any other line. A letter in English
    opens with "Dear Mr. President," (word "Dear") or a form of address alone ("Excellency,")."""
    match = _SALUTATION.match(text) if text[:1] in _FIRST_LETTERS else None
    if match is None and reading_ocr() and text[:1] in _FIRST_LETTERS:
        match = _SPECKED_SALUTATION.match(text)
    if match is None:
        english = EN_SALUTATION.match(text) if text.endswith(",") else None
        if english is None:
            return None
        if english.group("dear"):
            return Salutation(word=english.group("dear"), addressee=collapse_spaces(english.group("addressee")))
        return Salutation(word=collapse_spaces(english.group("address")), addressee=None)
    addressee = collapse_spaces(match.group(2) or "") or None
    return Salutation(word=match.group(1), addressee=addressee)


# A scan's closing with specks read before it (a stamp's or a pen's marks on its line):
# ":          7          'ขอแสดงความนับถือ": tokens of one or two marks, no Thai letter.
_SPECKED_CLOSING = re.compile(r"(?:[^\sก-ฮ]{1,2} +)*['\"‘’“”|:.,]?(%s)[ |.]*$" % words(CLOSINGS))


def parse_closing(text: str) -> str | None:
    """The closing formula when the whole line is one, else None ("Sincerely yours," in English);
    in a scan's text, also after specks (``_SPECKED_CLOSING``)."""
    match = _CLOSING.match(text) or (_SPECKED_CLOSING.match(text) if reading_ocr() else None)
    if match:
        return match.group(1)
    return text if EN_CLOSING.match(text) else None


# The first words of a closing in English, whose formula is long enough to wrap at a printed
# width: "Accept, Excellency, the renewed assurances of my highest" / "consideration."
_EN_CLOSING_START = re.compile(r"(?:Please )?[Aa]ccept,? ")


def closing_end(lines: Sequence[Line], i: int) -> int | None:
    """The index of the last line of the closing formula that ``lines[i]`` opens, else None: ``i``
    for a closing on one line (``parse_closing``); ``i + 1`` for an English closing that a
    printed width wrapped onto the line below (the two lines read as one are a closing)."""
    text = lines[i].text
    if parse_closing(text):
        return i
    if _EN_CLOSING_START.match(text) and i + 1 < len(lines) and not lines[i + 1].blank \
            and EN_CLOSING.match(f"{text} {lines[i + 1].text}"):
        return i + 1
    return None


def closing_text(lines: Sequence[Line], i: int, end: int) -> str | None:
    """The closing formula of ``lines[i:end + 1]`` (``closing_end``), its lines joined by a space."""
    return parse_closing(" ".join(line.text for line in lines[i:end + 1]))


# A scan's salutation whose word OCR misread: a word near one of SALUTATION_WORDS ("เรยน"), or
# one to three Latin letters, as tesseract reads a Thai word it cannot make out ("ew ประธาน
# ก.จ.จ., ก.ท.จ. …" for "เรียน ประธาน …"); taken for เรียน, the salutation of every letter not
# addressed to royalty or a monk.
_MISREAD_WORD = re.compile(r"(?P<word>[A-Za-z]{1,3}|[ก-๎]{2,8}) +(?P<addressee>\S.*)")
_NEAR_WORD = 1.0  # a mark dropped and a letter of one shape swapped
# What follows a salutation: the อ้างถึง or สิ่งที่ส่งมาด้วย label (as OCR reads it, marks lost:
# "สิงทีส่งมาด้วย") or the body's first words ("ด้วย…", "ตามที่…").
_AFTER = re.compile("|".join(marks_optional(label, vowels=True) for label in (REFERENCES_LABEL, ENCLOSURES_LABEL)))


def misread_salutation(lines: Sequence[Line], i: int) -> Salutation | None:
    """For a scan's text only, where a salutation is due (under the subject): the salutation of
    ``lines[i]`` read through OCR damage (``_MISREAD_WORD``) when the next line that is not
    blank opens what follows a salutation (``_AFTER``); None otherwise."""
    match = _MISREAD_WORD.fullmatch(lines[i].text)
    if match is None or parse_salutation(lines[i].text) is not None:
        return None
    read = match.group("word")
    word = "เรียน" if read.isascii() else nearest(read, SALUTATION_WORDS, _NEAR_WORD)
    below = next((line.text for line in lines[i + 1:] if not line.blank), "")
    if word is None or not (_AFTER.match(below) or BODY_OPENER.match(below)):
        return None
    return Salutation(word=word, addressee=collapse_spaces(match.group("addressee")))
