"""An Excel workbook (.xlsx) of parsed files: one sheet per table of ``export.people``
(documents, clauses, signatories, parties), for the clerks and auditors who work in Excel.

Needs openpyxl (the extra ``moukit[xlsx]``), imported when a writer is made. Every text cell is
a text cell (type string, number format ``@``): Excel keeps ``2.10`` as 2.10, ``1/1`` as 1/1
and runs nothing that begins with ``=``; counts and line numbers are numbers. Each sheet has a
bold header row, frozen, and columns sized to what their first rows hold (8 to 60
characters). Rows are streamed (openpyxl's write-only mode keeps them in a temporary file), so
memory does not grow with the number of files.

Excel refuses two things text may hold: control characters (written as U+FFFD) and cells over
32,767 characters (cut, ending with "…").
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterable
from typing import Any

from ..errors import MissingExtraError
from .columns import Column, Row
from .tables import TABLES

SIZING_ROWS = 200
"""Rows of a sheet held back to size its columns, before any is written."""
MIN_WIDTH, MAX_WIDTH = 8, 60
"""Column widths, in characters: room for the header, at most 60 (a subject wraps in its cell)."""
MAX_CELL = 32_767
"""Excel's limit on the characters of a cell."""


def load_openpyxl() -> Any:
    try:
        import openpyxl
    except ImportError as error:
        raise MissingExtraError("Excel output needs openpyxl: pip install 'moukit[xlsx]'") from error
    return openpyxl


class XlsxWriter:
    """Write the workbook's sheets row by row; the file is whole once ``close`` has saved it."""

    def __init__(self, path: str | os.PathLike[str]):
        openpyxl = load_openpyxl()
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
        from openpyxl.styles import Font

        self._path = os.fspath(path)
        self._cell, self._illegal, self._bold = WriteOnlyCell, ILLEGAL_CHARACTERS_RE, Font(bold=True)
        self._book = openpyxl.Workbook(write_only=True)
        self._sheets = {name: self._book.create_sheet(title=name) for name in TABLES}
        self._held: dict[str, list[Row] | None] = {name: [] for name in TABLES}

    def write(self, tables: dict[str, list[Row]]) -> None:
        """Append each sheet's rows (``export.tables.workbook_rows`` gives them for a Document)."""
        for name, rows in tables.items():
            held = self._held[name]
            if held is None:
                self._append(name, rows)
                continue
            held.extend(rows)
            if len(held) >= SIZING_ROWS:
                self._start(name)

    def close(self) -> None:
        for name, held in self._held.items():
            if held is not None:
                self._start(name)
        self._book.save(self._path)

    def _start(self, name: str) -> None:
        """Size the columns from the rows held, freeze and write the header, then the rows."""
        sheet, columns, held = self._sheets[name], TABLES[name].columns, self._held[name] or []
        from openpyxl.utils import get_column_letter

        for i, column in enumerate(columns):
            widest = max((display_width(row[i]) for row in held), default=0)
            width = max(MIN_WIDTH, len(column.name) + 2, widest + 2)
            sheet.column_dimensions[get_column_letter(i + 1)].width = min(MAX_WIDTH, width)
        sheet.freeze_panes = "A2"
        header = []
        for column in columns:
            cell = self._cell(sheet, value=column.name)
            cell.font = self._bold
            header.append(cell)
        sheet.append(header)
        self._held[name] = None
        self._append(name, held)

    def _append(self, name: str, rows: Iterable[Row]) -> None:
        sheet, columns = self._sheets[name], TABLES[name].columns
        for row in rows:
            sheet.append([self._value(sheet, column, value) for column, value in zip(columns, row)])

    def _value(self, sheet: Any, column: Column, value: object) -> Any:
        if value is None or column.type is not str:
            return value
        text = self._illegal.sub("\ufffd", str(value))
        if len(text) > MAX_CELL:
            text = text[: MAX_CELL - 1] + "…"
        cell = self._cell(sheet, value=text)
        cell.data_type = "s"  # never a formula, whatever it begins with
        cell.number_format = "@"  # Text: what Excel keeps as typed
        return cell


def display_width(value: object) -> int:
    """Columns a value takes on screen: Thai vowel and tone marks above and below take none."""
    if value is None:
        return 0
    return sum(1 for char in str(value) if unicodedata.category(char) != "Mn")


def to_xlsx(docs: Iterable[Any], path: str | os.PathLike[str]) -> None:
    """Write the workbook of ``docs`` (parsed Documents) to ``path``."""
    from .tables import workbook_rows

    writer = XlsxWriter(path)
    for doc in docs:
        writer.write(workbook_rows(doc))
    writer.close()
