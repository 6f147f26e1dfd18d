"""A time budget for each file of a batch (``moukit batch --timeout``, ``iter_parse(timeout=)``,
default 60 s).

A file that takes longer becomes an error record ``timeout`` and the batch goes on. Two limits
keep that true whatever the file does:

- **wall time**, in the process that parses the file: an interval timer (``SIGALRM``) raises
  ``Timeout`` in the parse when the budget is spent, and again every half second after, should
  anything on the way catch it. It also ends a wait that takes no CPU (a file system that does
  not answer). It needs the main thread: the Dask engine's workers parse in threads and have no
  budget of their own.
- **CPU time**, in worker processes only: a loop inside C code (a regular expression, Unicode
  normalization) does not come back to Python to see the timer, so the worker's CPU limit
  (``RLIMIT_CPU``) is set a few seconds past the budget. The kernel then stops the worker
  (``SIGXCPU``), the batch replaces it, parses its other files again, and records the file as
  ``timeout`` (``local._isolate``). Never set in the batch process itself.
"""

from __future__ import annotations

import math
import multiprocessing
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from ..errors import Timeout

DEFAULT_TIMEOUT = 60.0
"""Seconds a file may take in ``moukit batch`` unless ``--timeout`` says otherwise."""
HARD_GRACE = 5
"""CPU seconds past the budget before the kernel stops a worker stuck inside C code."""
_REPEAT = 0.5


def timeout_message(seconds: float | None = None) -> str:
    took = f"took over {seconds:g} s" if seconds else "ran past its time budget"
    return (f"{took} (the batch's time budget): stopped, not parsed; parse it alone with 'moukit parse', "
            "or give it more time (moukit batch --timeout, iter_parse's timeout=)")


@contextmanager
def file_budget(path: str, seconds: float | None) -> Iterator[None]:
    """Within the block, ``Timeout`` is raised once ``seconds`` have passed (no budget for
    None or 0, or outside the main thread); see the module docstring."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise Timeout(timeout_message(seconds), path=path)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds, _REPEAT)
    limited = _limit_cpu(seconds) if multiprocessing.parent_process() is not None else None
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if limited is not None:
            _restore_cpu(limited)


def _limit_cpu(seconds: float) -> tuple[int, int] | None:
    """Set this process's CPU limit ``HARD_GRACE`` seconds past the budget; the old limits."""
    try:
        import resource
    except ImportError:  # not on Windows
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    limit = math.ceil(usage.ru_utime + usage.ru_stime + seconds + HARD_GRACE)
    if hard != resource.RLIM_INFINITY and limit > hard:
        return None
    resource.setrlimit(resource.RLIMIT_CPU, (limit, hard))
    return soft, hard


def _restore_cpu(limits: tuple[int, int]) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_CPU, limits)


def stopped_for_cpu(exitcode: int | None) -> bool:
    """Whether a worker's exit code says the kernel stopped it at its CPU limit."""
    return exitcode is not None and exitcode == -getattr(signal, "SIGXCPU", -1)
