"""The letter's foot: owner unit, telephone, fax, e-mail and สำเนาส่ง (THAI-FORMATS §1)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lines import Line
from ..models import Footer, FooterLines
from ..text import collapse_spaces

# "โทร. ๐ ๒๒๔๑ ๙๐๐๐ ต่อ ๔๑๓๒", "โทรศัพท์ 0 2241 9000", "โทร./โทรสาร ๐ ๒๒๔๑ ๙๐๐๐ ต่อ ๔๑๓๒-๓"
_PHONE = re.compile(r"โทร(?:ศัพท์)?\.?(?: */ *(โทรสาร))? *:? *")
# "โทรสาร ๐ ๒๒๔๑ ๙๐๐๑"
_FAX = re.compile(r"โทรสาร *:? *")
# "ไปรษณีย์อิเล็กทรอนิกส์ saraban@dla.go.th", "E-mail: x@y.go.th", "อีเมล x@y"
_EMAIL = re.compile(r"(?:ไปรษณีย์อิเล็กทรอนิกส์|อีเมล์?|[Ee]-?[Mm]ail) *:? *")
# "สำเนาส่ง ผู้อำนวยการสำนักงบประมาณ"
_COPIES_TO = re.compile(r"สำเนาส่ง *:? *")
# A fax number printed on the telephone line: "โทร. ๐ ๒๒๒๒ ๒๒๒๒ โทรสาร ๐ ๒๒๒๒ ๓๓๓๓"
_INLINE_FAX = re.compile(r" +โทรสาร *:? *")

FOOTER_LABEL = re.compile(r"(?:โทร|ไปรษณีย์อิเล็กทรอนิกส์|อีเมล|[Ee]-?[Mm]ail|สำเนาส่ง)")
"""A line that opens a footer part."""


def is_footer_label(text: str) -> bool:
    return FOOTER_LABEL.match(text) is not None


def parse_footer(lines: Sequence[Line], owner_unit: Sequence[Line]) -> tuple[Footer, list[Line]]:
    """Read the footer parts from ``lines``; ``owner_unit`` are the unit lines before them.

    Returns the Footer and the lines that are none of its parts.
    """
    parts: dict[str, list[str]] = {"phone": [], "fax": [], "email": [], "copies_to": []}
    where: dict[str, tuple[int, int]] = {}
    leftover: list[Line] = []
    current: str | None = None
    for line in lines:
        if line.blank:
            current = None
            continue
        label, values = _read_label(line.text)
        if label is None and current == "copies_to":
            label, values = current, [line.text]
        if label is None:
            leftover.append(line)
            continue
        current = label
        for name, value in _values_by_part(label, values):
            parts[name].append(value)
            first = where.get(name, (line.number, line.number))[0]
            where[name] = (first, line.number)
    if owner_unit:
        where["owner_unit"] = (owner_unit[0].number, owner_unit[-1].number)
    footer = Footer(
        owner_unit=tuple(collapse_spaces(line.text) for line in owner_unit),
        phone=tuple(parts["phone"]),
        fax=tuple(parts["fax"]),
        email=tuple(parts["email"]),
        copies_to=tuple(parts["copies_to"]),
        lines=FooterLines(**where),
    )
    return footer, leftover


def _values_by_part(label: str, values: list[str]) -> list[tuple[str, str]]:
    return [(name, collapse_spaces(value)) for name, value in zip(label.split("+"), values) if value.strip()]


def _read_label(text: str) -> tuple[str | None, list[str]]:
    if match := _FAX.match(text):
        return "fax", [text[match.end() :]]
    if match := _PHONE.match(text):
        rest = text[match.end() :]
        if match.group(1):  # "โทร./โทรสาร": one number serves both
            return "phone+fax", [rest, rest]
        split = _INLINE_FAX.search(rest)
        if split:
            return "phone+fax", [rest[: split.start()], rest[split.end() :]]
        return "phone", [rest]
    if match := _EMAIL.match(text):
        return "email", [text[match.end() :]]
    if match := _COPIES_TO.match(text):
        return "copies_to", [text[match.end() :]]
    return None, []
