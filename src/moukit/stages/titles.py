"""Title lines: the first line of an official document names its kind.

The title patterns are each kind's ``titles`` in ``moukit.registry``.
"""

from __future__ import annotations

from ..registry import SPECS, title_pattern
from ..text import wider_than

_TITLE = title_pattern()
# Every title pattern starts with a literal letter: a cheap test before the pattern.
_FIRST_LETTERS = frozenset(pattern[0] for spec in SPECS for pattern in spec.titles)
# A title is a short line; a body sentence that happens to start with "ประกาศ…" is long.
MAX_TITLE_WIDTH = 110


def title_kind(text: str) -> str | None:
    """The kind a title line announces, or None when the line is no title."""
    if not text or text[0] not in _FIRST_LETTERS or wider_than(text, MAX_TITLE_WIDTH):
        return None
    match = _TITLE.match(text)
    return match.lastgroup.split("__")[0] if match else None
