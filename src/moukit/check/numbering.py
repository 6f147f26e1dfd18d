"""The clause-numbering rule of ``moukit check`` (``clause_duplicate``, ``clause_gap``,
``clause_order``; the rule table is in ``check``).

Clause numbering is checked among the children of each clause and among the top-level
clauses, recursively. Siblings are compared within one numbering style (ข้อ ๑, ๑., ๑.๑,
(๑), ๑), (ก), ก. …): a change of style, or a clause numbered ๑ (or ก) once the list has
gone past it, starts a new list, so two lists in one body are not duplicates. A list may
start anywhere (a news page quotes from ข้อ ๓ on). Inserted clauses (ข้อ ๑/๑) are never
gaps, but are checked for duplicates. Thai letters count in the order Thai drafting uses: the
alphabet without the obsolete ฃ and ฅ and without ฆ (ก ข ค ง จ …, as the Royal Gazette text
of tests/corpus/009 numbers them); a ฆ (or ฃ, ฅ) label is accepted where it stands, checked
for duplicates but not counted. Bullets are not numbered and are not checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..models import Clause

Draft = tuple[str, str, str, int]
"""A finding before it is placed in a document: severity, code, message, line."""

THAI_LETTER_ORDER = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"
"""Letter labels in sequence, as Thai drafting numbers them: the alphabet without the
obsolete ฃ and ฅ, and without ฆ (ค is followed by ง: (ก) (ข) (ค) (ง) in tests/corpus/009)."""

UNCOUNTED_LETTERS = "ฃฅฆ"
"""Letters accepted as labels but not counted: a list ก ข ค ฆ ง has no gap either."""

_DIGITS = re.compile(r"[0-9๐-๙]+")


def numbering_findings(clauses: Sequence[Clause]) -> Iterator[Draft]:
    """The numbering findings among ``clauses`` and, recursively, among each one's children."""
    lists: dict[str, list[Clause]] = {}  # the current list of each numbering style
    for clause in clauses:
        yield from numbering_findings(clause.children)
        place = _place(clause)
        if place is None:
            continue
        style, ordinal = place
        current = lists.setdefault(style, [])
        if ordinal == 1 and (_last_ordinal(current) or 0) > 1:
            current.clear()  # a new list starts: ข้อ ๑ again after ข้อ ๓, or (ก) again
        yield from _compare(clause, ordinal, current)
        current.append(clause)


def _compare(clause: Clause, ordinal: int | None, current: list[Clause]) -> Iterator[Draft]:
    line = clause.lines[0]
    same = next((c for c in current if c.number == clause.number), None)
    if same is not None:
        yield ("error", "clause_duplicate", f"{clause.label} repeats the number of {same.label} "
                     f"(line {same.lines[0]}): each clause needs its own number", line)
        return
    before = _last_ordinal(current)
    if ordinal is None or before is None:
        return
    previous = next(c for c in reversed(current) if _place(c)[1] == before)
    expected = _relabel(previous, before + 1)
    if ordinal > before + 1:
        yield ("warning", "clause_gap",
                     f"{clause.label} follows {previous.label}: expected {expected} (the numbering skips)", line)
    elif ordinal <= before:
        yield ("warning", "clause_order",
                     f"{clause.label} follows {previous.label}: expected {expected} (numbers go up one by one)", line)


def _last_ordinal(current: list[Clause]) -> int | None:
    """Where the list stands: the ordinal of its last counted clause (inserted ones do not count)."""
    return next((place[1] for place in map(_place, reversed(current)) if place and place[1] is not None), None)


def _place(clause: Clause) -> tuple[str, int | None] | None:
    """The clause's list and where it stands in it, or None for bullets and numbers that do
    not count. The list is the numbering style and the number's leading parts: "(9)" for
    (๓) → ordinal 3; "ข้อ 9.9|3" for ข้อ ๓.๒ → 2; "ข้อ 9" for the inserted ข้อ ๑/๑ → None."""
    prefix, _, last = clause.number.rpartition(".")
    if last.isascii() and last.replace("/", "").isdigit():
        shape = _DIGITS.sub("9", clause.label).replace("9/9", "9").rstrip(".")
        return f"{shape}|{prefix}", None if "/" in last else int(last)
    if len(last) == 1 and last in THAI_LETTER_ORDER + UNCOUNTED_LETTERS:
        ordinal = THAI_LETTER_ORDER.index(last) + 1 if last in THAI_LETTER_ORDER else None
        return clause.label.replace(last, "ก").rstrip("."), ordinal
    return None


def _relabel(clause: Clause, ordinal: int) -> str:
    """The clause's label with its number set to ``ordinal``, in the same script: (๒) → (๓)."""
    last = clause.number.split(".")[-1]
    if not last.isdigit():
        letter = THAI_LETTER_ORDER[ordinal - 1] if ordinal <= len(THAI_LETTER_ORDER) else "?"
        return clause.label.replace(last, letter)
    runs = list(_DIGITS.finditer(clause.label))
    if not runs:
        return str(ordinal)
    run = runs[-1]
    digits = str(ordinal)
    if run[0][0] in "๐๑๒๓๔๕๖๗๘๙":
        digits = digits.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
    return clause.label[: run.start()] + digits + clause.label[run.end() :]
