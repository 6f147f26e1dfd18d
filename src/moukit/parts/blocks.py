"""Body blocks for the kinds that number their text: clauses where the text is numbered,
paragraphs elsewhere. One entry point, so kind parsers do not care how clauses are built."""

from __future__ import annotations

from collections.abc import Sequence

from ..lines import Line
from ..models import Clause, Paragraph


def split_body(lines: Sequence[Line]) -> list[Paragraph | Clause]:
    """Paragraphs and clause trees of a body, in document order."""
    try:
        from .clauses import split_blocks
    except ImportError:  # pragma: no cover - the clause builder is being written
        from .body import split_paragraphs

        return list(split_paragraphs(lines))
    return split_blocks(lines)
