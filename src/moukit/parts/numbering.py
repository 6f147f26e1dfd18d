"""Clause numbers (THAI-FORMATS §2 "Numbering"): the label that opens a numbered paragraph.

``match_label(text)`` reads the label at the very start of a text and returns a
``ClauseLabel``, or ``None`` when the text does not open with one. Styles, as printed in
Thai or Arabic digits, and the number each gives:

- ``khor``: ``ข้อ ๑`` → "1", ``ข้อ ๑/๑`` (an inserted clause) → "1/1", ``ข้อ ๓.๑`` → "3.1"
- ``dot``: ``๑.`` → "1", ``๑.๑`` → "1.1", ``๒.๑.`` → "2.1", ``1.1.1`` → "1.1.1"
- ``paren``: ``(๑)`` → "1", ``(1.1)`` → "1.1" (nested under (1)); ``close``: ``๑)`` → "1"
- ``letter_paren``: ``(ก)`` → "ก"; ``letter_dot``: ``ก.`` → "ก"; ``letter_close``: ``ก)`` → "ก"
- ``bullet``: ``•`` ``●`` ``▪`` ``-`` ``–`` → the bullet itself

Numbers are normalized to Arabic digits without brackets or a final dot; a bullet has no
number, so its number is the bullet character (bullets are never renumbered).

Guards: what looks like a label but is not one gives ``None``.

1. A cross-reference at the start of a text is not a clause: ``ข้อ N`` (or ``ข้อ N.M``)
   followed by a bracketed sub-number (``ข้อ 1 (4) และ (5)``), by a connective word
   (หรือ, และ, ถึง, ตาม — but not ตามที่ —, วรรค, ของ, แห่ง, ดังกล่าว, นี้), by a comma or by a
   range dash (``ข้อ 1-3``). A clause heading never names a sub-clause or goes on with
   a connective; its text starts with a verb or a noun (ให้…, ในกรณี…, การ…).
2. Numbers are at most three digits per component and never 0 (in any component): a year
   or a figure (``2565 …``, ``2565. …``, ``4.0``) is not a label. A digit with neither a dot
   nor a bracket (``4 หน่วยงาน``) is not a label.
3. A dotted number followed by a time or quantity word is a time or a decimal, not a
   clause: ``13.30 น.``, ``08.30-16.30``, ``2.5 ล้านบาท``, ``1.2 แสนคน``, ``1.5 %``.
   (``2.5 ของ…`` cannot be told from clause 2.5 and is read as one.)
4. A Thai-letter label needs a space after ``ก.`` or ``ก)``: ``ก.พ.``, ``ก.ค.ศ.`` and
   ``ก.ย.`` are abbreviations, and a letter glued to the next word is too ambiguous to
   call an item. ``ก. พ.`` (a spaced abbreviation) is not a label either. ``(ก)`` needs
   no space: brackets make it unambiguous.
5. ``-`` and ``–`` are bullets only before a space and text: ``-----`` is a rule line,
   ``-19`` a number, and ``- ๒ -`` a page number.

Every expression is anchored at the start of the text and has no nested repeats: a match
reads at most the label and the spaces after it, whatever the input (SPEC §7: 1 MB of
"(((" or "๑.๑.๑." stays linear).
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from ..numerals import to_arabic

Style = Literal["khor", "dot", "paren", "close", "letter_paren", "letter_dot", "letter_close", "bullet"]

LETTER_SEQUENCE = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"
"""The order of letter labels (ก = 1, ข = 2, ค = 3 …): the Thai consonants without ฃ, ฅ
(obsolete) and ฆ, which numbered lists skip: "(ค) … (ง) …", "(ซ) … (ฌ) … (ญ) …" (seen in
the corpus)."""

BULLETS = "•●▪-–"

_D = "[0-9๐-๙]"  # a digit of either script; explicit, not \d (that also takes other scripts)


class ClauseLabel(NamedTuple):
    """A clause label found at the start of a text (a named tuple: a body makes one for each
    numbered paragraph and inline item, and a frozen dataclass costs several times more)."""

    style: Style
    """The numbering style: "khor", "dot", "paren", "close", "letter_paren", "letter_dot",
    "letter_close" or "bullet"."""
    label: str
    """The label as printed, spaces collapsed: "ข้อ ๑", "(๑)", "๒.๑.", "ก."."""
    number: str
    """The number normalized: "1", "1/1", "3.1", "ก"; the bullet itself for a bullet."""
    end: int
    """Offset in the text just after the label (spaces after it not included)."""

    @property
    def components(self) -> tuple[str, ...]:
        """The dotted parts of the number: ("3", "1") for ข้อ ๓.๑; ("1/1",) for ข้อ ๑/๑."""
        return tuple(self.number.split(".")) if self.style in ("khor", "dot", "paren") else (self.number,)

    @property
    def ordinal(self) -> int | None:
        """The position the last component counts: 3 for "(๓)", 2 for "ข." and "๑.๒";
        None for bullets and inserted clauses ("1/1")."""
        return ordinal(self.components[-1])


def ordinal(number: str) -> int | None:
    """Where a (last) number component stands in its sequence: "3" → 3, "ค" → 3, "1/1" → None."""
    if number.isascii() and number.isdigit():
        return int(number)
    index = LETTER_SEQUENCE.find(number)
    return index + 1 if len(number) == 1 and index >= 0 else None


# -- the styles, one expression each ----------------------------------------------------------

# "ข้อ ๑ ให้บุคคลซึ่งดำรงตำแหน่ง…", "ข้อ 10 คำสั่งนี้ให้ใช้บังคับ…", "ข้อ ๑/๑ ให้เพิ่ม…",
# "ข้อ ๓.๑ …", "ข้อ 1. …"
_KHOR = re.compile(rf"ข้อ *(?P<num>{_D}{{1,3}}(?:/{_D}{{1,3}}|(?:\.{_D}{{1,3}}){{1,3}})?)(?![0-9๐-๙/])\.?")
# What follows ข้อ N in a cross-reference: "ข้อ 1 (4) และ (5)", "ข้อ ๓ หรือข้อ ๔",
# "ข้อ ๕ ตามวรรคหนึ่ง", "ข้อ 2, 3", "ข้อ 1-3". ("ข้อ ๒ ตามที่…" stays a clause.)
_KHOR_REFERENCE = re.compile(
    rf" ?(?:\((?:{_D}{{1,3}}|[ก-ฮ])\)|(?:หรือ|และ|ถึง|ตาม(?!ที่)|วรรค|ของ|แห่ง|ดังกล่าว|นี้)|[,，]|[-–] ?{_D})"
)

# "๑. ให้สถานที่ราชการ…", "1.พัฒนาระบบการจัดการพื้นที่…", "๒.๑ ข้อเท็จจริง", "๒.๑. …", "1.1.1 …"
_DOT = re.compile(rf"(?P<num>{_D}{{1,3}}(?:\.{_D}{{1,3}}){{0,3}})(?![0-9๐-๙])(?P<dot>\.)?")
# After a dotted number, a time or a quantity: "13.30 น.", "9.00 นาฬิกา", "08.30-16.30",
# "2.5 ล้านบาท", "1.2 แสนคน", "0.5 %"
_NOT_AFTER_DECIMAL = re.compile(
    rf" ?(?:น\.|นาฬิกา|[-–] ?{_D}"
    r"|ล้าน|แสน|หมื่น|พัน|ร้อย|บาท|%|เปอร์เซ็นต์|เท่า|กิโล|กม\.|เมตร|ไร่|ตัน|ลิตร|องศา|คะแนน|ชั่วโมง|นาที)"
)

# "(๑) ส่งเสริมและสนับสนุนให้องค์กรปกครองส่วนท้องถิ่น…", "(12) ปฏิบัติงานร่วมกับ…"
# "(1.1) นโยบายด้านความมั่นคง…": a sub-item of (1), numbered in its brackets (corpus 230)
_PAREN = re.compile(rf"\((?P<num>{_D}{{1,3}}(?:\.{_D}{{1,3}}){{0,2}})\)")
# "1) แนวทางปฏิบัติในการบริหารจัดการมูลฝอยติดเชื้อ…", "๒) …"
_CLOSE = re.compile(rf"(?P<num>{_D}{{1,3}})\)")
# "(ก) ปฏิบัติงานสารบรรณสำนักงานเขตพื้นที่การศึกษา"
_LETTER_PAREN = re.compile(r"\((?P<num>[ก-ฮ])\)")
# "ก. ตามที่…", "ข) …" — a space must follow: "ก.พ.", "ก.ค.ศ." are abbreviations.
# "ก. พ." (a spaced abbreviation) is refused by the lookahead.
_LETTER_DOT = re.compile(r"(?P<num>[ก-ฮ])\.(?= )(?! [ก-ฮ]\.)")
_LETTER_CLOSE = re.compile(r"(?P<num>[ก-ฮ])\)(?= )")
# "• หลักธรรมาภิบาลในการวางแผน…", "●ข้อมูล…", "▪ …", "- ให้จังหวัด…" (a dash needs a space
# and then text that is not a page number: "- ๒ -" is page furniture).
_BULLET = re.compile(rf"[•●▪]|[-–](?! +{_D}{{1,4}} *[-–]?$)(?= +[^ \-–])")


def match_label(text: str) -> ClauseLabel | None:
    """The clause label at the start of ``text``, or ``None`` (see the module's guards).

    ``text`` is a line or a paragraph without leading spaces. The label's own spaces are
    collapsed in ``label`` ("ข้อ  ๑" → "ข้อ ๑"); ``end`` points into ``text`` as given.
    """
    if not text:
        return None
    first = text[0]
    if first == "ข" and text.startswith("ข้อ"):
        return _match_khor(text)
    if first == "(":
        return _simple("paren", _PAREN, text) or _simple("letter_paren", _LETTER_PAREN, text)
    if "0" <= first <= "9" or "๐" <= first <= "๙":
        return _match_dot(text) or _simple("close", _CLOSE, text)
    if "ก" <= first <= "ฮ":
        return _simple("letter_dot", _LETTER_DOT, text) or _simple("letter_close", _LETTER_CLOSE, text)
    if first in BULLETS:
        return _match_bullet(text)
    return None


FIRST_LETTER = "ก"
"""The first item of a lettered list (ก. ข. ค. …)."""
_LETTERED = ("letter_dot", "letter_close")


def opens_letters(label: ClauseLabel | None) -> bool:
    """Whether ``label`` is ก. or ก): the first item of a lettered list."""
    return label is not None and label.style in _LETTERED and label.number == FIRST_LETTER


def strays(label: ClauseLabel | None) -> bool:
    """Whether ``label`` is a letter past the first (ข. … ฮ.): an item of a list already open,
    never one that opens a list. Opening a line under a printed line with no such list open it
    is an abbreviation the page carried over ("… เวลา 22:00" / "น. ทางโทรทัศน์…", "… ต.บ้านใหม่"
    / "อ. เมือง …"), not an item."""
    return label is not None and label.style in _LETTERED and label.number != FIRST_LETTER


def _simple(style: Style, pattern: re.Pattern[str], text: str) -> ClauseLabel | None:
    m = pattern.match(text)
    if not m:
        return None
    number = to_arabic(m["num"])
    if style in ("paren", "close") and _has_zero(number):
        return None
    return ClauseLabel(style, m[0], number, m.end())


def _match_khor(text: str) -> ClauseLabel | None:
    m = _KHOR.match(text)
    if not m:
        return None
    number = to_arabic(m["num"])
    if _has_zero(number.replace("/", ".")) or _KHOR_REFERENCE.match(text, m.end()):
        return None
    return ClauseLabel("khor", f"ข้อ {m['num']}{text[m.end('num'):m.end()]}", number, m.end())


def _match_dot(text: str) -> ClauseLabel | None:
    m = _DOT.match(text)
    if not m:
        return None
    number = to_arabic(m["num"])
    decimal = "." in number
    if not (decimal or m["dot"]) or _has_zero(number) or _is_digit(text, m.end()):
        return None  # "4 หน่วยงาน", "0.5", "4.0", "1.1.1.1.1"
    if decimal and _NOT_AFTER_DECIMAL.match(text, m.end()):
        return None  # "13.30 น.", "2.5 ล้านบาท"
    return ClauseLabel("dot", m[0], number, m.end())


def _match_bullet(text: str) -> ClauseLabel | None:
    m = _BULLET.match(text)
    if not m:
        return None
    if m[0] in "-–" and text.rstrip().endswith(("-", "–")):
        return None  # "- คำแปลอย่างไม่เป็นทางการ –": a line set between dashes, not an item
    return ClauseLabel("bullet", m[0], m[0], m.end())


def _is_digit(text: str, index: int) -> bool:
    return index < len(text) and ("0" <= text[index] <= "9" or "๐" <= text[index] <= "๙")


def _has_zero(number: str) -> bool:
    """Whether a part of a dotted number is zero: "0", "4.0", "1.00"."""
    return "0" in number and any(not part.strip("0") for part in number.split("."))
