"""What an extractor gives: the text of a document file and what reading it could not recover."""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Warning


@dataclass(frozen=True, slots=True)
class Extracted:
    """The text of a document file and what reading it could not recover."""

    text: str
    encoding: str
    warnings: tuple[Warning, ...] = ()
