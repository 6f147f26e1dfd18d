"""The issuer of a letter or memo from the lines of its header part: its name, address,
postcode and phone ("กรมส่งเสริมการปกครองท้องถิ่น / ถนนนครราชสีมา เขตดุสิต กทม. ๑๐๓๐๐")."""

from __future__ import annotations

import re

from ..lines import Line
from ..models import Issuer
from ..numerals import to_arabic
from ..text import collapse_spaces
from .values import clean_value, issuer_name

# "โทร. ๐ ๒๒๔๑ ๙๐๐๐" printed on the memo's ส่วนราชการ line
_PHONE_IN_LINE = re.compile(r" +โทร(?:ศัพท์)?\.? *")
_POSTCODE = re.compile(r" *([0-9๐-๙]{5})$")
# Where an address starts inside a one-line issuer: "กรม… ถนนนครราชสีมา เขตดุสิต กทม. ๑๐๓๐๐"
_ADDRESS_START = re.compile(r" (?=(?:ถนน|ถ\.|เลขที่|ซอย|ซ\.|หมู่ที่|ตำบล|ต\.|อำเภอ|อ\.|แขวง|เขต)\S)")


def build_issuer(parts: list[tuple[str, list[Line]]]) -> tuple[Issuer | None, list[tuple[str, int]]]:
    """The issuer read from its header parts (each its first text and its lines), and the
    phone numbers printed on them (text, line number)."""
    texts: list[str] = []
    phone: list[tuple[str, int]] = []
    for first_text, lines in parts:
        for k, line in enumerate(lines):
            text = first_text if k == 0 else line.text
            split = _PHONE_IN_LINE.search(text)
            if split:
                phone.append((collapse_spaces(text[split.end() :]), line.number))
                text = text[: split.start()]
            texts.append(collapse_spaces(text))
    texts = [t for t in texts if t]
    if not texts:
        return None, phone  # "ส่วนราชการ" with nothing after it
    texts = [t for t in (issuer_name(texts[0]) if k == 0 else clean_value(t) for k, t in enumerate(texts)) if t]
    if not texts:
        return None, phone
    name, address_lines = texts[0], texts[1:]
    if not address_lines and (start := _ADDRESS_START.search(name)):
        name, address_lines = name[: start.start()], [name[start.end() :]]
    address = " ".join(address_lines) or None
    postcode = None
    if address and (match := _POSTCODE.search(address)):
        postcode = to_arabic(match.group(1))
        address = address[: match.start()].strip() or None
    return Issuer(name=name, address=address, postcode=postcode), phone
