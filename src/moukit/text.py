"""Small text utilities shared by the parsing stages: widths, whitespace, joining wrapped lines."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Thai combining marks (above/below vowels, tone marks, thanthakhat …) take no column.
_COMBINING = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e"

# A wrapped Thai line usually joins its neighbour with no space, but these words open a
# phrase that official writing sets off with a space ("… ท้องถิ่น กระทรวงมหาดไทย",
# "… ส่วนท้องถิ่น โดยจัดบริการ"), and these close one ("ระหว่าง กรม…").
_SPACE_BEFORE = ("กระทรวง", "กับ", "ระหว่าง", "จำนวน", "ณ ", "โดย", "ซึ่ง", "ทั้งนี้", "ตั้งแต่", "เมื่อวันที่", "พ.ศ.", "พุทธศักราช", "คือ", "เรื่อง ", "อาศัยอำนาจ", "นาย", "นาง")
_SPACE_AFTER = ("ระหว่าง", "กับ", " ณ", "ได้แก่", "คือ")


_COMBINING_BYTES = _COMBINING.encode("cp874")


def width(text: str) -> int:
    """Columns the text takes when printed: Thai combining marks take none."""
    # In Windows-874 every character is one byte (one "?" for a character it lacks) and each
    # Thai mark a byte of its own: deleting those bytes in C is several times faster than
    # counting each mark in the str (and str.translate is slower still on non-ASCII text).
    return len(text.encode("cp874", "replace").translate(None, _COMBINING_BYTES))


def wider_than(text: str, columns: int) -> bool:
    """``width(text) > columns``, without counting marks when the length already decides
    (no Thai base carries more than three marks, so a text over 4 × columns long is wider)."""
    n = len(text)
    return n > columns and (n > 4 * columns or width(text) > columns)


def collapse_spaces(text: str) -> str:
    """Whitespace runs to one space, trimmed: the form of every text value in a Document."""
    return " ".join(text.split())


def has_surrogates(text: str) -> bool:
    """Whether ``text`` holds a lone surrogate (U+D800–U+DFFF): the only characters UTF-16
    cannot encode (the encoder, in C, is several times faster than a search for the range)."""
    try:
        text.encode("utf-16-le")
    except UnicodeEncodeError:
        return True
    return False


def is_thai_letter(char: str) -> bool:
    """A Thai consonant, vowel or mark (not a Thai digit, not ฯ punctuation)."""
    return "\u0e01" <= char <= "\u0e4e" and char not in "\u0e2f\u0e46\u0e3f"


def join_wrapped(parts: Iterable[str]) -> str:
    """Join the lines of one paragraph as a reader would write it on one line.

    A break between two Thai letters takes no space (Thai has no spaces between words),
    except before or after the phrase words above; any other break becomes one space.
    """
    pieces: list[str] = []
    tail = ""  # the end of the text so far: all the separator looks at (linear on long runs)
    for part in parts:
        part = collapse_spaces(part)
        if not part:
            continue
        separator = _separator(tail, part) if tail else ""
        pieces += (separator, part)
        tail = (tail + separator + part)[-16:]
    return "".join(pieces)


def _separator(left: str, right: str) -> str:
    if left[-1] in "(“\"" or right[0] in ")”":
        return ""  # "… บันทึกข้อตกลงความร่วมมือ (" / "MOU) 3 ฝ่าย": inside the brackets
    if not (is_thai_letter(left[-1]) and is_thai_letter(right[0])):
        return " "
    if right.startswith(_SPACE_BEFORE) or (" " + left).endswith(_SPACE_AFTER):
        return " "
    return ""


def display_name(honorific: str | None, name: str) -> str:
    """A name as Thai prints it: "นายโชคชัย เตชะธนรัญ" (a short title glued to the name),
    "พลเอก ประยุทธ์ จันทร์โอชา" (a rank set apart)."""
    if not honorific:
        return name
    glued = honorific in ("นาย", "นาง", "นางสาว") or honorific.endswith(".")
    return f"{honorific}{'' if glued else ' '}{name}"


LETTER = re.compile(r"[A-Za-z\u0e01-\u0e2e]")
"""A letter of either script: a line without one is a rule or a stray glyph."""

# A space between two Thai characters that a PDF text layer put inside a word: "ศึ ก ษาธิ ก าร".
# It starts with a literal space so that the regex engine can skip ahead fast; the lookbehind
# then checks the character before that space (only the first space of a run can pass it).
_SPACED_THAI = re.compile(r" (?<=[\u0e01-\u0e4e] ) *(?=[\u0e01-\u0e4e])")


def fold_damage(text: str) -> str:
    """``text`` as keyword matching should see it through the damage of PDF text layers, never
    as it is returned: sara am and sara aa are one letter (a layer that lost every ำ prints
    ``คาสั่ง`` for ``คำสั่ง``; a decomposed ``ํา`` is folded too), and spaces inside runs of Thai
    letters are gone (``ศึ ก ษาธิ ก าร`` → ``ศึกษาธิการ``)."""
    return _SPACED_THAI.sub("", text.replace("\u0e4d\u0e32", "\u0e32").replace("\u0e33", "\u0e32"))


_UPPER_TONES = frozenset("\u0e48\u0e49\u0e4a\u0e4b")  # ่ ้ ๊ ๋
_UPPER_VOWELS = frozenset("\u0e31\u0e34\u0e35\u0e36\u0e37")  # ั ิ ี ึ ื


def marks_optional(word: str, vowels: bool = False) -> str:
    """A regex matching ``word`` also with its tone marks lost, as OCR loses a mark stacked over
    an upper vowel or another mark (``ที`` for ``ที่``, ``เรือง`` for ``เรื่อง``, ``สิงทีส่งมาด้วย``).
    With ``vowels``, its upper vowels too (``เรอง``): only for a long label, which stays unlike
    any word without them. For line-start labels: the text is matched as it is, never rewritten."""
    optional = _UPPER_TONES | _UPPER_VOWELS if vowels else _UPPER_TONES
    return "".join(re.escape(ch) + "?" if ch in optional else re.escape(ch) for ch in word)


# Characters a file name may hold that cannot be written as UTF-8 or that would act on a
# terminal: surrogates (os.fsdecode turns a byte that is not UTF-8 into U+DC80–U+DCFF), C0
# and C1 controls, DEL.
_UNPRINTABLE_NAME = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def _name_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, as os.fsdecode keeps it
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable_name(name: str) -> str:
    """A file name as messages and records print it: a byte that is not UTF-8 (a name made on
    a Windows-874 system) as ``\\xe0``, a control character as ``\\x1b``; any other name as it is."""
    return _UNPRINTABLE_NAME.sub(_name_escape, name)


_CHECKED: tuple[str | None, bool] = (None, False)
"""The last text checked for NFC and the answer: the mark_floods step and the nfc step after it
ask about the same text object (one rebinding, so threads read a consistent pair)."""


def is_nfc(text: str) -> bool:
    """``unicodedata.is_normalized("NFC", text)``, asked once for two steps in a row."""
    global _CHECKED
    checked = _CHECKED
    if checked[0] is text:
        return checked[1]
    answer = unicodedata.is_normalized("NFC", text)
    _CHECKED = (text, answer)
    return answer
