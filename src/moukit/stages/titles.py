"""Title lines: the first line of an official document names its kind.

The title patterns are each kind's ``titles`` in ``moukit.registry``.
"""

from __future__ import annotations

import re
import string

from ..registry import SPECS, KindId, spec_of, title_pattern
from ..text import fold_damage, wider_than
from ..vocabulary import SUBJECT_LABEL

_TITLE = title_pattern()
# The same patterns with ำ as า, to match text folded through damage (text.fold_damage: ำ as
# า, no spaces between Thai letters, and every space in a pattern is optional); tried only
# when a line does not match as it is.
_FOLDED_TITLE = re.compile(_TITLE.pattern.replace("\u0e33", "\u0e32"))
# Every title pattern starts with a literal letter: a cheap test before the pattern.
_FIRST_LETTERS = frozenset(letter for spec in SPECS for pattern in spec.titles
                           for letter in (string.ascii_uppercase if pattern.startswith("[A-Z]") else pattern[0]))
MAX_TITLE_WIDTH = spec_of(KindId.unknown).title_width
"""The width of a title line of most kinds (each kind's ``title_width``)."""
_WIDEST = max(spec.title_width for spec in SPECS)


def title_kind(text: str) -> str | None:
    """The kind a title line announces, or None when the line is no title."""
    if not text or text[0] not in _FIRST_LETTERS or wider_than(text, _WIDEST):
        return None
    match = _TITLE.match(text) or _FOLDED_TITLE.match(fold_damage(text))
    if match is None:
        return None
    kind = match.lastgroup.split("__")[0]
    return kind if not wider_than(text, spec_of(kind).title_width) else None


def is_titled_line(text: str) -> bool:
    """Whether a line opens with a title and its เรื่อง, whatever follows on the line:
    "ประกาศสำนักงาน… เรื่อง ห้ามอากาศยาน… ด้วยปรากฏว่า…" (a web copy that ran the title and
    the first paragraph into one line)."""
    head, label, _ = text.partition(" " + SUBJECT_LABEL + " ")
    return bool(label) and title_kind(head) is not None
