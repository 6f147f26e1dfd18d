"""The local engine of ``moukit batch``: worker processes on this machine.

A bounded window of chunks is in flight (``IN_FLIGHT_PER_WORKER`` per worker); the next chunk
is read from the lazy stream of paths only when one comes back, so memory stays flat however
many files there are.

Workers come from a ``forkserver`` that has imported the parser once (``spawn`` where there is
no forkserver): each worker starts in milliseconds, and no worker is forked from a parent that
runs threads (the progress bar, a Dask client). A worker also watches its parent and exits when
it is gone, so a batch killed with ``kill -9`` leaves no worker behind (within a second).
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from .batch import IN_FLIGHT_PER_WORKER, ErrorRecord, Outcome, failure, parse_chunk

Task = Callable[[Sequence[Any], str], list[Outcome]]
# Imported once, in the forkserver, before it forks the workers. "__main__" (the script that
# started the batch, imported as "__mp_main__") is there so that the workers need not each
# import it again, as they would otherwise do.
_PRELOAD = ["__main__", "moukit.batch", "moukit.pipeline", "moukit.export.tables"]


def pool_outcomes(chunks: Iterator[tuple[Any, ...]], form: str, *, workers: int,
                  task: Task = parse_chunk) -> Iterator[Outcome]:
    """Run ``task(chunk, form)`` for each chunk on ``workers`` processes; yield the outcomes as
    chunks finish. If a worker dies, the files of every chunk then in flight are parsed again
    one at a time (``_isolate``) and the pool is replaced."""
    executor = _executor(workers)
    pending: dict[Future[list[Outcome]], tuple[Any, ...]] = {}
    try:
        while True:
            while len(pending) < workers * IN_FLIGHT_PER_WORKER and (chunk := next(chunks, None)) is not None:
                pending[executor.submit(task, chunk, form)] = chunk
            if not pending:
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            suspects: list[Any] = []
            for future in done:
                chunk = pending.pop(future)
                try:
                    yield from future.result()
                except BrokenProcessPool:
                    suspects.extend(chunk)
            if suspects:
                for chunk in pending.values():
                    suspects.extend(chunk)
                pending.clear()
                executor.shutdown(wait=True)
                yield from _isolate(suspects, form, task)
                executor = _executor(workers)
    finally:
        # Waiting (for the chunks running now, not the cancelled ones) lets the pool's threads
        # finish before the interpreter exits; without it they may write to closed pipes.
        executor.shutdown(wait=True, cancel_futures=True)


def _isolate(items: list[Any], form: str, task: Task) -> Iterator[Outcome]:
    """Parse ``items`` one by one, each in a worker of its own pool, so that a file that kills
    its worker is known: it becomes an ErrorRecord ``worker_crashed``."""
    executor = _executor(1)
    try:
        for item in items:
            try:
                yield from executor.submit(task, (item,), form).result()
            except BrokenProcessPool:
                executor.shutdown(wait=True)
                executor = _executor(1)
                message = f"{item}: the worker process died while parsing this file (killed, or out of memory?)"
                yield failure(ErrorRecord(item, "worker_crashed", message), form)
    finally:
        executor.shutdown(wait=True)


def _executor(workers: int) -> ProcessPoolExecutor:
    import multiprocessing

    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(_PRELOAD)
    else:
        context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(workers, mp_context=context, initializer=_watch_parent, initargs=(os.getpid(),))


def _watch_parent(parent: int) -> None:
    """In a worker: exit as soon as the batch process ``parent`` is gone (killed before it could
    stop us). Ctrl-C is left to the parent, which stops the pool: a worker ignores SIGINT."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch() -> None:
        while _alive(parent):
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="moukit-watch-parent", daemon=True).start()


def _alive(pid: int) -> bool:
    # Not os.getppid(): a forkserver's child has the forkserver as its parent, and the
    # forkserver lives as long as its children do.
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:  # Linux: a killed parent not yet reaped
            return stat.read().rpartition(b")")[2].split()[0] != b"Z"
    except (OSError, IndexError):
        return True
