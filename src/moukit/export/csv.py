"""CSV of the flat tables in ``export.tables`` (one row per document, or per clause).

RFC 4180 CSV (comma, ``"`` quoting where needed, CRLF-free: rows end with ``\\n``), UTF-8.
A file written for people starts with a byte-order mark, ``BOM``: without it Excel reads
UTF-8 as the local code page and shows Thai as mojibake; Python's ``csv`` reads it with
``encoding="utf-8-sig"``, pandas and DuckDB skip it by themselves.

Each row is exactly one line: a line break inside a value (there are none in Document text,
whose whitespace is collapsed, but a file name may hold one) is written as a space. A record
can thus be written, and a torn one found, line by line (``moukit batch --resume``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from ..models import Document
from .tables import TABLES, Column, Row

BOM = "\ufeff"
"""U+FEFF, written first so that Excel reads the file as UTF-8."""

_LINE_BREAKS = str.maketrans({"\r": " ", "\n": " ", "\x0b": " ", "\x0c": " ", "\x1c": " ", "\x1d": " ",
                              "\x1e": " ", "\x85": " ", "\u2028": " ", "\u2029": " "})


def to_csv(docs: Iterable[Document], table: str = "documents", *, bom: bool = False) -> str:
    """The header line and the rows of ``docs`` in ``table`` ("documents" or "clauses")."""
    columns, rows = TABLES[table]
    return (BOM if bom else "") + header_line(columns) + "".join(row_lines(rows(doc)) for doc in docs)


def header_line(columns: Iterable[Column]) -> str:
    """The column names as one CSV line."""
    return row_lines([tuple(column.name for column in columns)])


def row_lines(rows: Iterable[Row]) -> str:
    """Rows as CSV lines, one line per row; ``None`` is an empty field."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerows(tuple(_one_line(value) for value in row) for row in rows)
    return buffer.getvalue()


def _one_line(value: object) -> object:
    return value.translate(_LINE_BREAKS) if isinstance(value, str) else value
