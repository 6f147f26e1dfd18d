"""Body blocks for the kinds that number their text: clauses where the text is numbered,
paragraphs elsewhere. One entry point, so kind parsers do not care how clauses are built."""

from __future__ import annotations

from collections.abc import Sequence

from ..lines import Line
from ..models import Clause, Paragraph
from ..vocabulary import BODY_OPENER
from .clauses import split_blocks
from .numbering import match_label


def split_body(lines: Sequence[Line], *, headed: bool = False) -> list[Paragraph | Clause]:
    """Paragraphs and clause trees of a body, in document order; ``headed``: a ข้อ clause
    takes the paragraphs under its heading as its text (a contract's form)."""
    return split_blocks(lines, headed=headed)


def opens_text(text: str) -> bool:
    """Whether a line opens a document's text, not its title: a document quoted from its
    preamble or its first item on ("โดยที่…", "ข้อ ๑ …", "(๑) ส่งเสริม…") has no title."""
    return bool(BODY_OPENER.match(text) or match_label(text))
