"""The errors moukit raises. Anything else escaping the library is a bug."""

from __future__ import annotations


class MoukitError(Exception):
    """Base of every error moukit raises on purpose."""


class InputError(MoukitError):
    """The input cannot be read as text: missing, a directory, empty, binary, undecodable, too large.

    The message names the file and, where it applies, the line.
    """

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        self.path = path
        self.line = line
        where = path or "<text>"
        if line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {message}")


class UnknownStepError(MoukitError):
    """A normalization step name that is not in the registry."""
