"""A document read as no kind (``unknown``): say so, and check what can be checked.

The parts a kind needs are only looked for once the kind is known, so an unrecognised text
would otherwise pass ``check`` with no finding at all — "no findings" would mean "not
examined". A letter is recognised by its head (ที่, the date, เรื่อง, เรียน), so a letter that
lost its ที่ or its เรียน line is exactly what ends up here. Its paragraphs still show the
letter's landmarks: when most of them are there, the text is a letter with a part missing
(an error naming the parts found and the ones missing); otherwise the kind could not be told
(a warning: its form was not checked).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..dates import is_date_line
from ..models import Document, Paragraph
from ..parts.ref import parse_ref, split_ref_line
from ..parts.salutation import parse_closing, parse_salutation
from ..registry import KindId, spec_of
from ..vocabulary import SUBJECT_LABEL

# The head and close of a letter, in the order the form prints them, each with how a message
# names it and how a paragraph shows it.
LETTER_LANDMARKS: tuple[tuple[str, str, Callable[[str], bool]], ...] = (
    ("ที่", "ที่ (reference number)", lambda text: parse_ref(split_ref_line(text) or "") is not None),
    ("วันที่", "วันที่ (date)", is_date_line),
    ("เรื่อง", "เรื่อง (subject)", lambda text: text.startswith(SUBJECT_LABEL + " ")),
    ("คำขึ้นต้น", "คำขึ้นต้น (salutation: เรียน, กราบเรียน …)", lambda text: parse_salutation(text) is not None),
    ("คำลงท้าย", "คำลงท้าย (closing: ขอแสดงความนับถือ …)", lambda text: parse_closing(text) is not None),
)
LETTER_QUORUM = 3
"""Landmarks of a letter that make an unrecognised text a letter with parts missing."""


def unknown_findings(doc: Document) -> Iterator[tuple[str, str, str, int | None]]:
    """(severity, code, message, line) for a document of kind ``unknown``; nothing for others."""
    if doc.kind != KindId.unknown:
        return
    found: dict[str, int] = {}
    for block in doc.body:
        if not isinstance(block, Paragraph):
            continue
        for name, _, shows in LETTER_LANDMARKS:
            if name not in found and shows(block.text):
                found[name] = block.lines[0]
                break
    letter = spec_of(KindId.letter).phrase
    if len(found) >= LETTER_QUORUM:
        have = ", ".join(f"{name} (line {found[name]})" for name, _, _ in LETTER_LANDMARKS if name in found)
        missing = [(i, name, label) for i, (name, label, _) in enumerate(LETTER_LANDMARKS) if name not in found]
        lacks = " and ".join(label for _, _, label in missing)
        first = missing[0][0] if missing else len(LETTER_LANDMARKS)
        before = [found[name] for name, _, _ in LETTER_LANDMARKS[:first] if name in found]
        line = before[-1] if before else doc.lines[0]
        yield ("error", "unrecognised_kind",
               f"read as no kind of document, so its parts were not checked: it has {have} of {letter}, "
               f"but no {lacks}, which {letter} needs to be recognised as one", line)
        return
    yield ("warning", "unrecognised_kind",
           "read as no kind of document (letter, memo, order, announcement, MOU …), so the parts a kind needs "
           "were not checked: a letter is recognised by its ที่, date, เรื่อง and เรียน lines, an order or an "
           "announcement by its title; only dates and clause numbers were checked", doc.lines[0])
