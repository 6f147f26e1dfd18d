"""One parser per document kind; ``PARSERS`` maps a kind to the function that reads it.

Each parser takes the content lines of one document (page furniture already removed) and
a ``Notes`` collector, and returns the Document's parts. Kinds without a parser of their
own yet are read by ``generic``: title and paragraphs, nothing lost.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..lines import Line
from ..models import Document
from ..notes import Notes
from . import generic, issuance, letter, memo, stamped
from .minutes import parser as minutes
from .mou import parser as mou
from .news import parser as news

KindParser = Callable[[str, Sequence[Line], Notes], Document]

PARSERS: dict[str, KindParser] = {
    "letter": letter.parse_letter,
    "stamped": stamped.parse_stamped,
    "memo": memo.parse_memo,
    "minutes": minutes.parse_minutes,
    "mou": mou.parse_mou,
    "news": news.parse_news,
    "order": issuance.parse_issuance,
    "regulation": issuance.parse_issuance,
    "announcement": issuance.parse_issuance,
    "statement": issuance.parse_issuance,
    "certificate": issuance.parse_issuance,
}


def parser_for(kind: str) -> KindParser:
    return PARSERS.get(kind, generic.parse_generic)
