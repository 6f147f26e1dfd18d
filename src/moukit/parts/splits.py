"""Header lines that hold two parts: a memo's ``ที่ … วันที่ …`` line, an address line with
the date after it (two columns flattened onto one line)."""

from __future__ import annotations

import re

from ..dates import is_date_line

# A memo's ที่/วันที่ line whatever its number: "ที่ ........  วันที่ ๓ ตุลาคม ๒๕๖๗"
_MEMO_REF_LABEL = re.compile(r"ที่\s")
_MEMO_DATE_LABEL = re.compile(r"\sวันที่(?=\s|[0-9๐-๙]|$)")
# Where an address line ends and a date begins: a column gap, or a postcode ("… ๔๔๐๐๐ ๑๒ พ.ย. ๖๗")
_DATE_REACH = 48
_DATE_AFTER = re.compile(r" {3,}| (?<=[0-9๐-๙]{5} )")


def memo_ref_line(text: str) -> tuple[str, str] | None:
    """A memo's ``ที่ … วันที่ …`` line -> (the number as printed, the date part); None otherwise.
    Searched, not matched with a backtracking pattern: a line of spaces stays linear."""
    label = _MEMO_REF_LABEL.match(text)
    date = _MEMO_DATE_LABEL.search(text, label.end() - 1) if label else None
    if date is None:
        return None
    return text[label.end() : date.start()], text[date.start() + 1 :]


def address_then_date(text: str) -> tuple[str, str] | None:
    """An address line with the date after it -> (address, date text); None otherwise."""
    # a date is short: only the gaps near the end of the line are looked at (linear on a long line)
    for gap in _DATE_AFTER.finditer(text, max(0, len(text) - _DATE_REACH)):
        if is_date_line(text[gap.end():]):
            return text[: gap.start()].rstrip(), text[gap.end():]
    return None
