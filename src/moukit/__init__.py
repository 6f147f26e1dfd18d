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
__all__ = ["parse_text", "parse_file", "parse_bytes", "normalize_text", "diff_documents", "iter_parse", "ErrorRecord",
           "MoukitError", "InputError", "__version__"]

_HOMES = {
    "parse_text": "pipeline",
    "parse_file": "pipeline",
    "parse_bytes": "pipeline",
    "normalize_text": "stages.normalize",
    "diff_documents": "diff.document",
    "iter_parse": "batch.jobs",
    "ErrorRecord": "batch.jobs",
    "MoukitError": "errors",
    "InputError": "errors",
}

if TYPE_CHECKING:
    from .batch.jobs import ErrorRecord, iter_parse
    from .diff.document import diff_documents
    from .errors import InputError, MoukitError
    from .pipeline import parse_bytes, parse_file, parse_text
    from .stages.normalize import normalize_text


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        from importlib import import_module

        return getattr(import_module(f".{_HOMES[name]}", __name__), name)
    raise AttributeError(f"module 'moukit' has no attribute {name!r}")
