"""Where ``moukit batch`` writes: JSON Lines, CSV or Parquet, chosen by OUT's extension.

Crash safety: a JSONL or CSV record is one line, written with one ``write`` and flushed at
once, so a killed run leaves every finished record whole and at most a torn last line. On
``--resume`` the output is read back: a torn last line is cut off (the file is truncated after
its last newline), the paths already recorded — documents and errors alike — are skipped, and
new records are appended. In the other tables (``clauses``, ``signatories`` …) a file may
have several rows, so the rows of the last file in OUT are removed too and that file is parsed again: whether or not the run was
killed while writing them, each file ends with exactly one block of rows.

Parquet cannot be appended to: its footer is written when the file is closed, and a killed
writer leaves a file no reader accepts. It is written to ``OUT.partial`` and renamed to OUT only
when complete, so OUT is always whole or absent; ``--resume`` with Parquet is a usage error.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import BatchUsageError, MissingExtraError, MoukitError, OutputError

SUFFIXES = (".jsonl", ".csv", ".parquet", ".xlsx")
"""The output formats, by OUT's extension."""
ARCHIVE_SUFFIXES = (".db", ".sqlite", ".sqlite3")
"""An archive: every table and a search index in one SQLite file (moukit.archive)."""








def check_output(path: Path, table: str, *, resume: bool) -> str:
    """The format of ``path`` ("jsonl", "csv" or "parquet"); raises BatchUsageError if the
    combination cannot be written. Touches nothing."""
    if str(path) == "-":  # standard output: JSON Lines, streamed
        if resume:
            raise BatchUsageError("-o -: --resume needs a file to read back; write to a .jsonl file to resume")
        if table != "documents":
            raise BatchUsageError(f"-o - writes JSON Lines, one Document per line; --table {table} needs a .csv, "
                                  ".parquet or .xlsx OUT")
        return "stdout"
    suffix = path.suffix.lower()
    if suffix in ARCHIVE_SUFFIXES:  # SQLite: moukit.archive writes it
        return "archive"
    if suffix not in SUFFIXES:
        raise BatchUsageError(f"{path}: OUT must end with {', '.join(SUFFIXES)} (the extension chooses the format)")
    kind = suffix[1:]
    if kind == "jsonl" and table != "documents":
        raise BatchUsageError(f"--table {table} needs a .csv or .parquet OUT; JSON Lines has one Document per line")
    if kind in ("parquet", "xlsx"):
        if resume:
            raise BatchUsageError(f"{path}: --resume works with .jsonl and .csv only: {_NAMES[kind]} file cannot be "
                                  "appended to; write .jsonl or .csv where a run may need resuming, and convert")
        from ..export.parquet import load_pyarrow
        from ..export.xlsx import load_openpyxl

        try:
            (load_pyarrow if kind == "parquet" else load_openpyxl)()
        except MissingExtraError as error:
            raise BatchUsageError(str(error)) from None
    return kind


_NAMES = {"parquet": "a Parquet", "xlsx": "an Excel"}


class Output:
    """An open OUT. ``done`` holds the paths it already records (with ``--resume``) and
    ``failed`` how many of them are error records."""

    done: set[str]
    failed: int
    retried: int = 0
    """Error records taken out of OUT to be parsed again (``retry_failed``)."""
    path: Path
    writing: Path

    def write(self, outcome) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def abort(self) -> None:
        """Stop after an exception: keep what was written (JSONL, CSV) or nothing (Parquet)."""
        try:
            self.close()
        except (OSError, MoukitError):
            pass  # the exception that stopped the batch is the one to report


def open_output(path: Path, table: str, *, resume: bool, spreadsheet: bool = True, retry_failed: bool = False) -> Output:
    """OUT, open for writing; ``spreadsheet``: CSV cells kept as text by spreadsheets (export.csv);
    ``retry_failed`` (with ``resume``): the error records are taken out of OUT, so that their
    files are parsed again (after the missing extra was installed)."""
    kind = check_output(path, table, resume=resume)
    if kind == "archive":
        from ..archive.writer import open_archive

        return open_archive(path, resume=resume, retry_failed=retry_failed)
    if kind == "stdout":
        return _StdoutOutput(path)
    try:
        if kind in ("parquet", "xlsx"):
            return _WholeOutput(path, table, kind)
        return _LineOutput(path, table, kind, resume=resume, spreadsheet=spreadsheet, retry_failed=retry_failed)
    except OSError as error:
        raise OutputError(f"{path}: cannot write: {error.strerror or error}") from None


class _LineOutput(Output):
    """JSONL or CSV: one flushed ``write`` per file."""

    def __init__(self, path: Path, table: str, kind: str, *, resume: bool, spreadsheet: bool = True,
                 retry_failed: bool = False):
        self.path = self.writing = path
        self.kind, self.table = kind, table
        self.done, self.failed = set(), 0
        self.failed_lines: dict[int, str] = {}  # line number -> path, of each error record read back
        keep = _resume(self, path) if resume and path.exists() else 0
        if retry_failed and self.failed_lines:
            keep = _drop_failed(self, keep)
        self._file: BinaryIO = path.open("r+b" if keep else "wb")
        self._file.seek(keep)
        self._file.truncate()
        if kind == "csv":  # the table modules import the models: not needed for JSON lines
            from ..export.csv import BOM, header_line, row_lines
            from ..export.tables import TABLES

            self._row_lines = lambda rows: row_lines(rows, spreadsheet=spreadsheet)
            if keep == 0:
                self._file.write((BOM + header_line(TABLES[table].columns)).encode("utf-8"))
                self._file.flush()

    def write(self, outcome) -> None:
        data = outcome.payload if self.kind == "jsonl" else self._row_lines(outcome.payload).encode("utf-8")
        try:
            self._file.write(data)
            self._file.flush()
        except OSError as error:
            raise OutputError(f"{self.path}: cannot write: {error.strerror or error}") from None

    def close(self) -> None:
        self._file.close()


class _StdoutOutput(Output):
    """``-o -``: each record a JSON line on standard output as soon as it is done. A reader that
    goes away (``| head``) raises BrokenPipeError, which the command takes quietly."""

    def __init__(self, path: Path):
        import sys

        self.path = self.writing = path
        self.done, self.failed = set(), 0
        self._stream = sys.stdout.buffer

    def write(self, outcome) -> None:
        self._stream.write(outcome.payload)
        self._stream.flush()

    def close(self) -> None:
        pass  # standard output stays open: it is not ours

    def abort(self) -> None:
        pass


class _WholeOutput(Output):
    """Parquet or Excel: whole only once closed, so written to OUT.partial and renamed then."""

    def __init__(self, path: Path, table: str, kind: str):
        self.path, self.writing = path, path.with_name(path.name + ".partial")
        self.done, self.failed = set(), 0
        if kind == "parquet":
            from ..export.parquet import ParquetRowWriter

            self._writer = ParquetRowWriter(self.writing, table)
            self._write = self._writer.write_rows
        else:
            from ..export.xlsx import XlsxWriter

            self._writer = XlsxWriter(self.writing)
            self._write = self._writer.write

    def write(self, outcome) -> None:
        try:
            self._write(outcome.payload)
        except OSError as error:
            raise OutputError(f"{self.writing}: cannot write: {error.strerror or error}") from None

    def close(self) -> None:
        try:
            self._writer.close()
            os.replace(self.writing, self.path)
        except OSError as error:
            self.writing.unlink(missing_ok=True)  # a full disk: leave no OUT.partial behind
            raise OutputError(f"{self.path}: cannot write: {error.strerror or error}") from None

    def abort(self) -> None:
        try:
            self._writer.close()
        finally:
            self.writing.unlink(missing_ok=True)


# -- reading back an OUT to resume it ----------------------------------------------------------

def _resume(output: _LineOutput, path: Path) -> int:
    """Fill ``output.done`` and ``output.failed`` from the file; return the length to keep."""
    try:
        with path.open("rb") as file:
            if output.kind == "jsonl":
                return _resume_jsonl(output, file)
            return _resume_csv(output, file)
    except OSError as error:
        raise OutputError(f"{path}: cannot read it to resume: {error.strerror or error}") from None


def _lines(file: BinaryIO) -> Iterator[tuple[int, int, bytes]]:
    """(line number, offset, line) of each complete line; stops before a torn last line."""
    offset = 0
    for number, line in enumerate(file, start=1):
        if not line.endswith(b"\n"):
            return
        yield number, offset, line
        offset += len(line)


def _resume_jsonl(output: _LineOutput, file: BinaryIO) -> int:
    keep = 0
    for number, offset, line in _lines(file):
        # Each line is read whole, not only its path: a line that two runs wrote into each
        # other starts as a record does, and must not be kept as one.
        try:
            record = json.loads(line)
            path, failed = record["source"]["path"], "error" in record
        except (ValueError, KeyError, TypeError):
            raise _not_ours(output.path, number) from None
        if not isinstance(path, str) or not (failed or "schema_version" in record):
            raise _not_ours(output.path, number)
        output.done.add(path)
        output.failed += failed
        if failed:
            output.failed_lines[number] = path
        keep = offset + len(line)
    return keep


def _resume_csv(output: _LineOutput, file: BinaryIO) -> int:
    from ..export.csv import BOM, header_line, plain_cell
    from ..export.tables import TABLES

    columns = TABLES[output.table].columns
    expected = header_line(columns).encode("utf-8")
    first = file.readline()
    if not first.endswith(b"\n"):
        return 0  # empty, or killed while writing the header: start again
    if first.removeprefix(BOM.encode("utf-8")) != expected:
        raise BatchUsageError(f"{output.path}: its columns are not those of --table {output.table}; "
                              "refusing to append to it")
    error = [c.name for c in columns].index("error")
    keep = start = len(first)
    last, block, block_failed = None, keep, 0
    for number, offset, line in _lines(file):
        try:
            row = next(csv.reader([line.decode("utf-8")]))
        except (UnicodeDecodeError, csv.Error, StopIteration):
            raise _not_ours(output.path, number + 1) from None
        if len(row) != len(columns):
            raise _not_ours(output.path, number + 1)
        path = plain_cell(row[0])  # as written for a spreadsheet: "2567/01" is ="2567/01"
        if path != last:
            last, block, block_failed = path, start + offset, 0
        output.done.add(path)
        output.failed += bool(row[error])
        block_failed += bool(row[error])
        if row[error]:
            output.failed_lines[number + 1] = path
        keep = start + offset + len(line)
    if output.table != "documents" and last is not None:
        # The last file's rows may be incomplete: drop them and parse that file again.
        output.done.discard(last)
        output.failed -= block_failed
        keep = block
    return keep


def _drop_failed(output: _LineOutput, keep: int) -> int:
    """Rewrite OUT's first ``keep`` bytes without its error records; return the new length. The
    copy is written beside OUT and renamed over it: a run killed meanwhile leaves OUT as it was."""
    spare = output.path.with_name(output.path.name + ".retry")
    offset = written = 0
    try:
        with output.path.open("rb") as old, spare.open("wb") as new:
            for number, line in enumerate(old, start=1):
                offset += len(line)
                if offset > keep:
                    break
                if number not in output.failed_lines:
                    written += new.write(line)
        os.replace(spare, output.path)
    except OSError as error:
        spare.unlink(missing_ok=True)
        raise OutputError(f"{output.path}: cannot rewrite it to retry the failed files: {error.strerror or error}") from None
    retried = set(output.failed_lines.values())
    output.done -= retried
    output.failed = 0
    output.retried = len(retried)
    return written


def _not_ours(path: Path, line: int) -> BatchUsageError:
    return BatchUsageError(f"{path}:{line}: not a record of moukit batch; refusing to append to this file")
