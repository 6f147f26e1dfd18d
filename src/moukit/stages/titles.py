"""Title lines: the first line of an official document names its kind.

The title patterns are each kind's ``titles`` in ``moukit.registry``.
"""

from __future__ import annotations

import re
import string

from ..registry import SPECS, KindId, spec_of
from ..text import fold_damage, wider_than
from ..vocabulary import SUBJECT_LABEL


def _first_letters(pattern: str) -> str:
    """The letters a title pattern can start with: each starts with a literal letter, or
    with ``[A-Z]`` (an English title)."""
    return string.ascii_uppercase if pattern.startswith("[A-Z]") else pattern[0]


def _patterns_by_letter(fold: bool) -> dict[str, re.Pattern[str]]:
    """For each first letter, one pattern of the titles that start with it (in the registry's
    order, named as ``title_pattern`` names them): a line is tried against those only. With
    ``fold``, the patterns have ำ as า, to match text folded through damage (text.fold_damage:
    ำ as า, no spaces between Thai letters; every space in a pattern is optional)."""
    letters = {letter for spec in SPECS for pattern in spec.titles for letter in _first_letters(pattern)}
    result = {}
    for letter in sorted(letters):
        alternatives = [f"(?P<{spec.id.value}__{n}>{pattern})" for spec in SPECS
                        for n, pattern in enumerate(spec.titles) if letter in _first_letters(pattern)]
        joined = "|".join(alternatives)
        result[letter] = re.compile(joined.replace("\u0e33", "\u0e32") if fold else joined)
    return result


_TITLES = _patterns_by_letter(fold=False)
_FOLDED_TITLES = _patterns_by_letter(fold=True)
MAX_TITLE_WIDTH = spec_of(KindId.unknown).title_width
"""The width of a title line of most kinds (each kind's ``title_width``)."""
_WIDEST = max(spec.title_width for spec in SPECS)


def title_kind(text: str) -> str | None:
    """The kind a title line announces, or None when the line is no title."""
    pattern = _TITLES.get(text[:1])
    if pattern is None or wider_than(text, _WIDEST):
        return None
    # fold_damage keeps the first letter of a line (a line starts with no space or mark)
    match = pattern.match(text) or _FOLDED_TITLES[text[0]].match(fold_damage(text))
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
