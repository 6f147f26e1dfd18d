"""The work of one file, as the batch's workers do it: parse, and render what will be written.

Shared by ``jobs`` (which orders the work) and the engines (``local``, ``dask_engine``), which
run it: the engines take these types from here, not from the module that calls them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

from ..errors import MoukitError
from ..export.digits import with_digits
from ..export.tables import TABLES, error_rows, workbook_error_rows, workbook_rows
from ..models import Document
from ..ocr import using_ocr
from ..pipeline import parse_file
from ..text import printable_name
from .budget import file_budget

IN_FLIGHT_PER_WORKER = 2
"""Chunks submitted and not yet collected, per worker: enough to keep every worker busy, few
enough that little waits behind a slow file."""
FORMS = ("python", "jsonl", *TABLES, "xlsx", "archive")
"""What a worker returns for a file: the Document itself (in-process only), its JSON line, its
rows of a table in ``export.tables`` (of every table, for the workbook's sheets), or its rows of
the archive."""


@dataclass(frozen=True, slots=True)
class ErrorRecord:
    """The record of a file that could not be parsed (what ``iter_parse`` yields for it).

    In JSON Lines: ``{"source": {"path": …}, "error": {"code": …, "message": …}}``.
    """

    path: str
    """The file, as given or found."""
    code: str
    """The error's class in snake case: "input_error" (missing, a directory, empty, binary,
    undecodable, too large), "internal_error" (a bug: please report it), "worker_crashed"."""
    message: str
    """One line naming the file: "scan.png: is binary, not text: it contains NUL bytes"."""

    def to_dict(self) -> dict[str, Any]:
        return {"source": {"path": self.path}, "error": {"code": self.code, "message": self.message}}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))


class Outcome(NamedTuple):
    """What became of one file: its kind (None if it failed), its error, and its payload in the
    form asked for (see ``FORMS``)."""

    path: str
    kind: str | None
    error: ErrorRecord | None
    payload: Any


# -- the work of one file (runs in the workers) -------------------------------------------------


def parse_chunk(items: Sequence[str | ErrorRecord], form: str, timeout: float | None = None,
                digits: str = "keep", ocr: str = "auto", ocr_threads: int | None = None) -> list[Outcome]:
    """Parse each path in ``items``, each within ``timeout`` seconds (``budget.py``), its text
    in ``digits`` ("keep", "arabic", "thai": ``export.digits``), scans read under the OCR mode
    ``ocr`` ("auto", "always", "never": ``moukit.ocr``) with ``ocr_threads`` pages at once; an
    ErrorRecord (a directory that could not be listed) passes through. Never raises for a file."""
    return [parse_one(item, form, timeout, digits, ocr, ocr_threads) if isinstance(item, str)
            else failure(item, form) for item in items]


def parse_one(path: str, form: str, timeout: float | None = None, digits: str = "keep", ocr: str = "auto",
              ocr_threads: int | None = None) -> Outcome:
    try:
        with file_budget(path, timeout), using_ocr(ocr, threads=ocr_threads):
            doc = parse_file(path)
        if digits != "keep":
            doc = with_digits(doc, digits)
        return Outcome(path, doc.kind, None, _render(doc, form))
    except MoukitError as error:
        return failure(ErrorRecord(path, _code(error), str(error)), form)
    except Exception as error:  # a bug outside the pipeline's own guard: record it, go on
        first_line = (str(error).splitlines() or [""])[0]
        message = f"{path}: internal error ({type(error).__name__}: {first_line}); please report it with the input file"
        return failure(ErrorRecord(path, "internal_error", message), form)


def failure(error: ErrorRecord, form: str) -> Outcome:
    # A name that is not UTF-8 (or holds a line break) is recorded escaped, as Documents record it.
    error = replace(error, path=printable_name(error.path), message=printable_name(error.message))
    if form in ("python", "archive"):  # the archive's writer records the error itself
        payload: Any = error
    elif form == "jsonl":
        payload = (error.to_json() + "\n").encode("utf-8")
    elif form == "xlsx":
        payload = workbook_error_rows(error.path, error.code, error.message)
    else:
        payload = error_rows(form, error.path, error.code, error.message)
    return Outcome(error.path, None, error, payload)


def _render(doc: Document, form: str) -> Any:
    if form == "python":
        return doc
    if form == "jsonl":
        return (doc.model_dump_json() + "\n").encode("utf-8")
    if form == "archive":
        from ..archive.rows import file_rows

        return file_rows(doc)
    if form == "xlsx":
        return workbook_rows(doc)  # the rows of every sheet
    return TABLES[form].rows(doc)


def _code(error: Exception) -> str:
    """InputError -> "input_error"."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", type(error).__name__).lower()
