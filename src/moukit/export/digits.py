"""``--digits``: show a Document's text in Arabic or Thai digits (SPEC §1.2 rule 4).

Only text changes script; parsed values (ISO dates, unit codes, register numbers,
postcodes, clause numbers) are already normalized to Arabic digits and stay so.
"""

from __future__ import annotations

from typing import Any, Literal

from ..models import Document
from ..numerals import to_arabic, to_thai

DigitMode = Literal["keep", "arabic", "thai"]
DIGIT_MODES: tuple[str, ...] = ("keep", "arabic", "thai")
_PARSED_VALUES = frozenset({"iso", "unit", "number", "postcode", "sha256", "path", "encoding", "code", "type", "kind"})


def with_digits(doc: Document, mode: DigitMode) -> Document:
    """The same Document with its text in the requested digit script."""
    if mode == "keep":
        return doc
    convert = to_arabic if mode == "arabic" else to_thai
    return Document.model_validate(_convert(doc.model_dump(), convert, None))


def _convert(value: Any, convert, key: str | None, parent: str | None = None) -> Any:
    if isinstance(value, str):
        # A meeting's number is printed text ("๑/๒๕๖๗"); every other "number" is parsed.
        return value if key in _PARSED_VALUES and parent != "meeting" else convert(value)
    if isinstance(value, dict):
        return {k: _convert(v, convert, k, key) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_convert(v, convert, key, parent) for v in value)
    return value
