"""Blanks left for filling in: a form's ``……``, ``........`` and ``_____`` where a name, a
number or a date is still to be written. A blank is reported (warning ``blank_field``) and
never read as a value: not as a name, a party, a reference or a date."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...lines import Line
from ...notes import Notes
from ...text import collapse_spaces
from ..mou.agreement import SIGN_LINE

# "……", "........", "_____"; not one "…" (an elision) nor "..." in a sentence
BLANK = re.compile(r"…{2,}|_{3,}|[.…]{4,}")
_LETTER_OR_DIGIT = re.compile(r"[ก-ฮA-Za-z0-9๐-๙]")
_FILL = " .…_|"
_EXCERPT = 60


def is_blank(value: str | None) -> bool:
    """Whether a value is missing or holds a blank: "……", "บริษัท ........ จำกัด"."""
    return not value or BLANK.search(value) is not None or _LETTER_OR_DIGIT.search(value) is None


def report_blanks(lines: Sequence[Line], notes: Notes) -> None:
    """One ``blank_field`` warning for each line that holds a blank. The dotted line of a
    ``ลงชื่อ`` line is where the signature goes, not a blank: it is not reported."""
    for line in lines:
        text = line.text
        sign = SIGN_LINE.match(text)
        if sign:
            text = text[sign.end():].lstrip(_FILL)
        count = len(BLANK.findall(text))
        if count:
            excerpt = BLANK.sub("……", collapse_spaces(text))
            if len(excerpt) > _EXCERPT:
                excerpt = excerpt[:_EXCERPT] + "…"
            what = "a blank" if count == 1 else f"{count} blanks"
            notes.warn("blank_field", f"line {line.number}: {what} left for filling, not read as a value: "
                                      f"“{excerpt}”", line.number)
