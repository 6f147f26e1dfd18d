"""Any kind without a parser of its own: the title line and the paragraphs under it."""

from __future__ import annotations

from collections.abc import Sequence

from ..lines import Line, span
from ..models import Document
from ..notes import Notes
from ..parts.body import split_paragraphs
from ..registry import KindId
from ..stages.titles import MAX_TITLE_WIDTH
from ..text import collapse_spaces, width


def parse_generic(kind: str, lines: Sequence[Line], notes: Notes) -> Document:
    """Title (the first line, when it is short enough to be one) and paragraphs."""
    first = next((i for i, line in enumerate(lines) if not line.blank), None)
    title = title_lines = None
    start = 0
    if first is not None and width(lines[first].text) <= MAX_TITLE_WIDTH and kind != KindId.unknown:
        title = collapse_spaces(lines[first].text)
        title_lines = (lines[first].number, lines[first].number)
        start = first + 1
    return Document(
        kind=kind,
        lines=span(lines),
        title=title,
        title_lines=title_lines,
        body=tuple(split_paragraphs(lines[start:])),
    )
