"""JSON and JSON Lines: the machine formats of SPEC §2 (UTF-8, Thai unescaped)."""

from __future__ import annotations

from collections.abc import Iterable

from ..models import Document


def to_json(doc: Document) -> str:
    """One Document as indented JSON, ending with a newline."""
    return doc.model_dump_json(indent=2) + "\n"


def to_jsonl(docs: Iterable[Document]) -> str:
    """One Document per line."""
    return "".join(doc.model_dump_json() + "\n" for doc in docs)
