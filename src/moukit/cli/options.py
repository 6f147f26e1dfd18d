"""The choices of the ``moukit`` command's options (what ``--format``, ``--digits``, ``--table``
and ``--engine`` accept), and the ``--ocr`` option that parse, check and batch share."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import typer


class ParseFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    md = "md"
    xlsx = "xlsx"


class OcrMode(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


OcrOption = Annotated[OcrMode, typer.Option(help="OCR: scans and images (auto), every PDF (always), none (never).")]


class Color(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


class Digits(str, Enum):
    keep = "keep"
    arabic = "arabic"
    thai = "thai"


class SchemaName(str, Enum):
    document = "document"
    diff = "diff"


class DiffFormat(str, Enum):
    table = "table"
    json = "json"
    md = "md"
    html = "html"
    unified = "unified"


class CheckFormat(str, Enum):
    table = "table"
    json = "json"


class BatchTable(str, Enum):
    documents = "documents"
    clauses = "clauses"
    signatories = "signatories"
    parties = "parties"
    members = "members"


class BatchEngine(str, Enum):
    local = "local"
    dask = "dask"
