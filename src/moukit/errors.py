"""The errors moukit raises. Anything else escaping the library is a bug."""

from __future__ import annotations

from .text import printable_name


class MoukitError(Exception):
    """Base of every error moukit raises on purpose."""


class InputError(MoukitError):
    """The input cannot be read as text: missing, a directory, empty, binary, undecodable, too large.

    The message names the file and, where it applies, the line.
    """

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        self.path = path
        self.line = line
        where = printable_name(path) if path else "<text>"  # a name that is not UTF-8 escaped
        if line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {message}")


class NoTextLayer(InputError):
    """A PDF whose pages are images only (a scan): ``moukit.stages.read`` reads it by OCR."""


class Timeout(InputError):  # an InputError: the extractors let those through
    """A file of a batch took longer than its time budget (``moukit batch --timeout``)."""


class UnknownStepError(MoukitError):
    """A normalization step name that is not in the registry."""


class BatchError(MoukitError):
    """The batch could not go on: the Dask cluster could not be reached or failed."""


class SelectorError(MoukitError):
    """A ``#`` selector that names no document in the file."""


class BatchUsageError(MoukitError):
    """The batch cannot run as asked: an unknown OUT extension, an option that does not fit it,
    a missing extra, or an OUT to resume that moukit did not write. Nothing has been written."""


class OutputError(MoukitError):
    """OUT cannot be opened, read or written."""


class ArchiveError(MoukitError):
    """An archive (``moukit search``, ``moukit links``) that is missing, not moukit's, or of
    another version; a search that cannot be read."""


class InternalError(MoukitError):
    """A bug in moukit met while parsing; the message says where to report it."""


class MissingExtraError(MoukitError):
    """pyarrow is not installed."""
