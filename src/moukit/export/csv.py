"""CSV of the flat tables in ``export.tables`` (one row per document, or per clause).

RFC 4180 CSV (comma, ``"`` quoting where needed, CRLF-free: rows end with ``\\n``), UTF-8.
A file written for people starts with a byte-order mark, ``BOM``: without it Excel reads
UTF-8 as the local code page and shows Thai as mojibake; Python's ``csv`` reads it with
``encoding="utf-8-sig"``, pandas and DuckDB skip it by themselves.

Written for spreadsheets (the default), text cells are kept as text (``spreadsheet_cell``):

- text a spreadsheet would turn into a number or a date — a clause number ``2.10`` (→ 2.1),
  ``1/1`` (→ 1 January), a reference ``1/2560``, an ISO date, ``TRUE`` — is written as the
  formula ``="2.10"``, whose value is that text in Excel and LibreOffice;
- text that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (a subject
  copied from a web page, ``=HYPERLINK(…)``) would run as a formula: as OWASP recommends for
  CSV injection, it is written after an apostrophe, ``'=HYPERLINK(…)``, which the
  spreadsheet shows.

``spreadsheet=False`` writes every value as it is, for programs (``moukit batch --plain-csv``);
``plain_cell`` turns a spreadsheet cell back into its value.

Each row is exactly one line: a line break inside a value (there are none in Document text,
whose whitespace is collapsed, but a file name may hold one) is written as a space. A record
can thus be written, and a torn one found, line by line (``moukit batch --resume``).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable

from ..models import Document
from .columns import Column, Row
from .tables import TABLES

BOM = "\ufeff"
"""U+FEFF, written first so that Excel reads the file as UTF-8."""

_LINE_BREAKS = str.maketrans({"\r": " ", "\n": " ", "\x0b": " ", "\x0c": " ", "\x1c": " ", "\x1d": " ",
                              "\x1e": " ", "\x85": " ", "\u2028": " ", "\u2029": " "})


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection")."""
# Short ASCII text of digits and number or date punctuation: "2.10", "1/1", "1/2560",
# "2013-12-07", "0891", "1e5", "10:30", "5%", "(3)", "$5"; and the spreadsheet's booleans.
_CONVERTED = re.compile(r"(?=[^0-9]{0,80}[0-9])[0-9 .,/:+\-%eE$()]{1,80}|(?i:true|false)")
_AS_TEXT = re.compile(r'="([^"]*)"')


def to_csv(docs: Iterable[Document], table: str = "documents", *, bom: bool = False, spreadsheet: bool = True) -> str:
    """The header line and the rows of ``docs`` in ``table`` (a name in ``export.tables.TABLES``)."""
    columns, rows = TABLES[table]
    return (BOM if bom else "") + header_line(columns) + "".join(
        row_lines(rows(doc), spreadsheet=spreadsheet) for doc in docs)


def header_line(columns: Iterable[Column]) -> str:
    """The column names as one CSV line."""
    return row_lines([tuple(column.name for column in columns)])


def row_lines(rows: Iterable[Row], *, spreadsheet: bool = True) -> str:
    """Rows as CSV lines, one line per row; ``None`` is an empty field. Text cells are made
    safe for spreadsheets (``spreadsheet_cell``) unless ``spreadsheet`` is false."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    cell = spreadsheet_cell if spreadsheet else _one_line
    writer.writerows(tuple(cell(value) for value in row) for row in rows)
    return buffer.getvalue()


def spreadsheet_cell(value: object) -> object:
    """A text value as a spreadsheet keeps it: ``="2.10"`` for text it would read as a number
    or a date, ``'=…`` for text it would run as a formula; other values unchanged."""
    if not isinstance(value, str):
        return value
    value = _one_line(value)
    if _CONVERTED.fullmatch(value):
        return f'="{value}"'
    if value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def plain_cell(text: str) -> str:
    """The value of a cell that ``spreadsheet_cell`` wrote (what ``--resume`` reads back)."""
    if (match := _AS_TEXT.fullmatch(text)) and _CONVERTED.fullmatch(match.group(1)):
        return match.group(1)
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text


def _one_line(value: object) -> object:
    return value.translate(_LINE_BREAKS) if isinstance(value, str) else value
