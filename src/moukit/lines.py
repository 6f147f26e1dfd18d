"""Stage 3, lines: normalized text -> numbered ``Line`` values.

After ``split_lines``:
1. there is one ``Line`` per source line, numbered from 1 like the source file;
2. ``text`` has no leading or trailing spaces and no form feed;
3. ``indent`` counts the leading spaces, ``page_break`` says a form feed started the line;
4. blank lines are kept: they separate paragraphs. A decorative rule ("-----", "* * * * *",
   "……………") counts as blank: it separates, and holds no text to account for.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# "-------------------------------", "* * * * *", "…………………………………………………………..", "————"
_RULE = re.compile(r"[-–—_.…*=~•· ]{4,}")
_RULE_CHARS = "-–—_.…*=~•·"
_RULE_ENDS = _RULE_CHARS + " "


class _Fields(NamedTuple):
    number: int
    """1-based line number in the source file."""
    text: str
    indent: int = 0
    page_break: bool = False
    blank: bool = False
    """No text: an empty line, or a decorative rule (set from ``text`` when the Line is made)."""


class Line(_Fields):
    """One source line. A named tuple: immutable, and several times cheaper to make than a
    frozen dataclass (a parse makes one per source line and more for the blank lines it
    inserts). ``blank`` is worked out once, when the line is made: the stages ask it of
    every line several times."""

    __slots__ = ()

    def __new__(cls, number: int, text: str, indent: int = 0, page_break: bool = False) -> Line:
        # Blank: no text, or a rule (it starts and ends with a rule character: "- ให้จังหวัด…"
        # is tested no further).
        blank = not text or (text[0] in _RULE_CHARS and text[-1] in _RULE_ENDS and _RULE.fullmatch(text) is not None)
        return tuple.__new__(cls, (number, text, indent, page_break, blank))

    def _replace(self, **changes: object) -> Line:  # through __new__, so that blank follows text
        fields = dict(zip(("number", "text", "indent", "page_break"), self))
        fields.update(changes)
        return Line(**fields)  # type: ignore[arg-type]

    def __getnewargs__(self) -> tuple[int, str, int, bool]:  # pickling, as __new__ takes them
        return self[:4]


def split_lines(text: str) -> tuple[Line, ...]:
    """Split normalized text (LF line ends) into numbered lines."""
    result = []
    for number, raw in enumerate(text.split("\n"), start=1):
        page_break = "\f" in raw
        if page_break:
            raw = raw.replace("\f", "")
        stripped = raw.lstrip(" ")
        result.append(Line(number, stripped.rstrip(), len(raw) - len(stripped), page_break))
    # A final newline ends the last line; it does not open another one.
    if len(result) > 1 and text.endswith("\n"):
        result.pop()
    return tuple(result)


def span(lines: "list[Line] | tuple[Line, ...]") -> tuple[int, int]:
    """The (first, last) source line numbers of a run of lines."""
    return (lines[0].number, lines[-1].number)


def content_outside(lines: "tuple[Line, ...]", taken: "list[tuple[int, int]]") -> list[int]:
    """Indexes of the non-blank lines outside the index ranges ``taken`` (first, past-last):
    the lines no document found so far holds. One walk over the lines, whatever the ranges."""
    content: list[int] = []
    start = 0
    for first, last in sorted(taken):
        content += [i for i in range(start, min(first, len(lines))) if not lines[i].blank]
        start = max(start, last)
    content += [i for i in range(start, len(lines)) if not lines[i].blank]
    return content
