"""moukit: Thai government circulars, letters and MOUs as structured, traceable data.

    from moukit import parse_file
    doc = parse_file("circular.txt")
    doc.header.subject, doc.header.ref.number, doc.signatories[0].name

The verbs are imported on first use, so ``import moukit`` (and ``moukit --version``)
stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
# What each command does, as a call (the CLI is thin over these): parse -> parse_file,
# check -> check_document, diff FILE#sel -> select_document + diff_documents, batch ->
# iter_parse and to_rows (its CSV/Parquet rows).
_HOMES = {
    "parse_text": "pipeline",
    "parse_file": "pipeline",
    "parse_bytes": "pipeline",
    "normalize_text": "stages.normalize",
    "check_document": "check.rules",
    "select_document": "diff.select",
    "diff_documents": "diff.document",
    "iter_parse": "batch.jobs",
    "to_rows": "export.tables",
    "search": "archive.search",
    "Document": "models",
    "Finding": "models",
    "DocumentDiff": "diff.models",
    "ErrorRecord": "batch.jobs",
    "MoukitError": "errors",
    "InputError": "errors",
}
__all__ = [*_HOMES, "__version__"]

if TYPE_CHECKING:
    from .batch.jobs import ErrorRecord, iter_parse
    from .check.rules import check_document
    from .diff.document import diff_documents
    from .diff.models import DocumentDiff
    from .diff.select import select_document
    from .errors import InputError, MoukitError
    from .export.tables import to_rows
    from .models import Document, Finding
    from .pipeline import parse_bytes, parse_file, parse_text
    from .stages.normalize import normalize_text


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        from importlib import import_module

        return getattr(import_module(f".{_HOMES[name]}", __name__), name)
    raise AttributeError(f"module 'moukit' has no attribute {name!r}")


def __dir__() -> list[str]:
    """The API only (``dir(moukit)``): not the module's own helpers or its subpackages."""
    return sorted(__all__)
