"""Text quoted into a document: an amending order or regulation quotes the new wording of
another ("ให้ใช้ความต่อไปนี้แทน" / "“ข้อ ๗ ในโอกาสและวันพิธีสำคัญ …" / "(๑) …" / "… ”").

The quoted numbers (ข้อ ๗, (๑) … (๑๔)) are the other document's: they are text of the clause
that quotes them, never clauses of this document.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Paragraph

_OPENING_QUOTES = "“\""
MAX_QUOTED = 200
"""Paragraphs one quotation may run over: a stray quote does not swallow a whole document."""


def quoted_paragraphs(paragraphs: Sequence[Paragraph]) -> set[int]:
    """The indices of the paragraphs inside a quotation that runs over several paragraphs: from
    one that opens with a quote left open to the one that closes it. A quote never closed
    quotes nothing."""
    quoted: set[int] = set()
    index = 0
    while index < len(paragraphs):
        end = _closing(paragraphs, index) if paragraphs[index].text[:1] in _OPENING_QUOTES else None
        if end is None:
            index += 1
            continue
        quoted.update(range(index, end + 1))
        index = end + 1
    return quoted


def _closing(paragraphs: Sequence[Paragraph], start: int) -> int | None:
    """The index of the paragraph that closes the quotation opened at ``start``; None when
    ``start`` closes its own quotes or nothing closes them."""
    curly, straight = 0, 0
    for end in range(start, min(len(paragraphs), start + MAX_QUOTED)):
        text = paragraphs[end].text
        curly += text.count("“") - text.count("”")
        straight += text.count('"')
        if curly <= 0 and straight % 2 == 0:
            return end if end > start else None
    return None
