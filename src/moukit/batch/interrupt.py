"""Ctrl-C between records: a record being written is finished, and counted, first.

A run that Ctrl-C stops says how many records it kept (``report.interrupted_summary``). A
KeyboardInterrupt raised after a record's write and before its count would keep one record
more than the message says. While a record is being handled (``recording``), SIGINT waits for
it and is raised as it ends; between records it is raised at once, so a batch waiting on its
workers stops as promptly as before. Only in the main thread, and only where SIGINT has
Python's own handler (a program that installed its own keeps it).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class InterruptGuard:
    def __init__(self) -> None:
        self._recording = False
        self._pending = False

    def _handle(self, signum, frame) -> None:
        if self._recording:
            self._pending = True
        else:
            raise KeyboardInterrupt

    @contextmanager
    def installed(self) -> Iterator[None]:
        """SIGINT handled by this guard for the duration (where it may be: see the module)."""
        if threading.current_thread() is not threading.main_thread() \
                or signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
            yield
            return
        previous = signal.signal(signal.SIGINT, self._handle)
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous)

    @contextmanager
    def recording(self) -> Iterator[None]:
        """A record being written and counted: a SIGINT meanwhile is raised when it is done."""
        self._recording = True
        try:
            yield
        finally:
            self._recording = False
            if self._pending:
                self._pending = False
                raise KeyboardInterrupt
