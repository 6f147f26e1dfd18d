"""Body blocks for the kinds that number their text: clauses where the text is numbered,
paragraphs elsewhere. One entry point, so kind parsers do not care how clauses are built."""

from __future__ import annotations

from collections.abc import Sequence

from ..lines import Line
from ..models import Clause, Paragraph
from .clauses import split_blocks


def split_body(lines: Sequence[Line], *, headed: bool = False) -> list[Paragraph | Clause]:
    """Paragraphs and clause trees of a body, in document order; ``headed``: a ข้อ clause
    takes the paragraphs under its heading as its text (a contract's form)."""
    return split_blocks(lines, headed=headed)
