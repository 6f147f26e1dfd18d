"""The local engine of ``moukit batch``: worker processes on this machine.

Each worker has a pipe of its own; the collecting process hands it a chunk of paths at a time,
at most ``IN_FLIGHT_PER_WORKER`` ahead, and the worker sends back each file's outcome as soon as
it has it. The next chunk is read from the lazy stream of paths only when one is done, so memory
stays flat however many files there are. Outcomes travel one file at a time, not a chunk at a
time, because what the collecting process holds at once then depends on the largest document,
not on how large documents happen to fall together in a chunk: with whole chunks, its peak kept
rising with the number of files, as ever larger chunks turned up (docs/performance.md).

A worker is replaced by a fresh one after ``WORKER_CHUNKS`` chunks: a parsing process grows for
its first few thousand files (code and tables touched for the first time, allocator fragments),
so short-lived workers keep a batch of 20,000 files as small as one of 1,000
(docs/performance.md). ``concurrent.futures.ProcessPoolExecutor`` is not used: its own way of
replacing workers (``max_tasks_per_child``) can hang forever once a worker has been replaced
(CPython gh-115634, fixed in 2026 for 3.13 and later only).

Workers come from a ``forkserver`` that has imported the parser once (``spawn`` where there is
no forkserver): each starts in about 3 ms, and none is forked from a parent that runs threads
(the progress bar, a Dask client). A worker that dies (killed, out of memory) is noticed when its
pipe closes: the files of its chunks are parsed again one at a time, each in a worker of its own,
so the one that killed it is found and recorded. A worker also watches the batch process and
exits when it is gone, so a batch killed with ``kill -9`` leaves no worker behind (within a
second).
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from multiprocessing.connection import Connection, wait
from typing import Any

from ..errors import BatchError
from .budget import stopped_for_cpu, timeout_message
from .work import IN_FLIGHT_PER_WORKER, ErrorRecord, Outcome, failure, parse_chunk

Task = Callable[[Sequence[Any], str], list[Outcome]]
WORKER_CHUNKS = 64
"""Chunks a worker parses before it exits and a fresh one takes its place (256 files, about
0.3 s of work; starting a worker costs about 3 ms)."""
# Imported once, in the forkserver, before it forks the workers. "__main__" (the script that
# started the batch) asks for it to be imported there too; Pythons older than the fix of CPython
# gh-126631 (2025) ignore that, and each worker runs the script again. The `moukit` command's
# own script needs no running in a worker at all: cli.main names it as `python -m moukit` does,
# so that it is skipped.
_PRELOAD = ["__main__", "moukit.batch.local", "moukit.pipeline", "moukit.export.tables",
            "multiprocessing.popen_forkserver"]
_PRELOAD_FOR_FORM = {"archive": ["moukit.archive.rows"]}
"""What the workers of one output form import beside the parser (7 ms a worker otherwise; a
worker is replaced every WORKER_CHUNKS chunks)."""


UNGUARDED_EXIT = 87
"""The exit status of a worker that found itself running the user's script again (below)."""


def pool_outcomes(chunks: Iterator[list[Any]], form: str, *, workers: int,
                  task: Task = parse_chunk) -> Iterator[Outcome]:
    """Run ``task([item], form)`` for each item of each chunk on ``workers`` processes (``task``
    gives one Outcome per item); yield the outcomes as they come. The files of a worker that dies
    are parsed again one at a time (``_isolate``). Raises BatchError when the workers run the
    calling script again because it lacks the ``__main__`` guard."""
    exit_if_starting_up()
    pool = [_Worker(task, form, WORKER_CHUNKS) for _ in range(workers)]
    try:
        while True:
            for worker in pool:
                while worker.can_take() and (chunk := next(chunks, None)) is not None:
                    worker.send(chunk)
            busy = {worker.conn: worker for worker in pool if worker.in_flight}
            if not busy:
                return
            suspects: list[Any] = []
            for conn in wait(list(busy)):
                worker = busy[conn]
                try:
                    while True:  # what is there already, without waiting again
                        yield worker.receive()
                        if not worker.in_flight or not conn.poll():
                            break
                except _WorkerDied:
                    suspects.extend(worker.unanswered())
                else:
                    if not worker.spent():
                        continue
                worker.stop()
                pool[pool.index(worker)] = _Worker(task, form, WORKER_CHUNKS)
            if suspects:
                yield from _isolate(suspects, form, task)
    finally:
        for worker in pool:
            worker.stop()


def exit_if_starting_up() -> None:
    """In a worker that is still starting up, leave at once with ``UNGUARDED_EXIT``.

    A worker starts by running the script that started the batch again, under the name
    ``__mp_main__``: a script without ``if __name__ == "__main__":`` thus asks for workers of its
    own from inside a worker. multiprocessing would refuse with a RuntimeError, a traceback per
    worker and every file a worker_crashed; leaving quietly lets the batch process say once what
    is wrong (``_Worker.receive``). ``_inheriting`` is the flag multiprocessing itself checks
    for this (``spawn._check_not_importing_main``)."""
    import multiprocessing

    if getattr(multiprocessing.current_process(), "_inheriting", False):
        os._exit(UNGUARDED_EXIT)


def _unguarded_error() -> BatchError:
    import sys

    script = getattr(sys.modules.get("__main__"), "__file__", None) or "the script"
    return BatchError(f"{script}: each worker process runs this script again from the top, and it starts the batch "
                      "again there: put the script's work under 'if __name__ == \"__main__\":' (multiprocessing "
                      "requires it), or parse with workers=1")


def _isolate(items: list[Any], form: str, task: Task) -> Iterator[Outcome]:
    """Parse ``items`` one by one, each in a worker of its own, so that a file that kills its
    worker is known: it becomes an ErrorRecord ``worker_crashed``."""
    for item in items:
        worker = _Worker(task, form, 1)
        try:
            worker.send([item])
            yield worker.receive()
        except _WorkerDied:
            if stopped_for_cpu(worker.process.exitcode):  # its CPU limit: stuck past its time budget
                yield failure(ErrorRecord(item, "timeout", f"{item}: {timeout_message()}"), form)
                continue
            message = f"{item}: the worker process died while parsing this file (killed, or out of memory?)"
            yield failure(ErrorRecord(item, "worker_crashed", message), form)
        finally:
            worker.stop()


class _WorkerDied(Exception):
    pass


class _Worker:
    """A worker process as the collecting process sees it: its pipe, the chunks sent to it and
    not yet answered in full (and how many outcomes of the first have come), and how many more
    chunks it will take before it exits."""

    def __init__(self, task: Task, form: str, chunks: int):
        context = _context(form)
        self.conn, child_conn = context.Pipe()
        self.in_flight: deque[list[Any]] = deque()
        self.answered = 0
        self.unsent = chunks
        self.process = context.Process(target=_serve, args=(child_conn, task, form, chunks, os.getpid()),
                                       name="moukit-worker", daemon=True)
        self.process.start()
        child_conn.close()

    def can_take(self) -> bool:
        return self.unsent > 0 and len(self.in_flight) < IN_FLIGHT_PER_WORKER

    def send(self, chunk: list[Any]) -> None:
        # At most IN_FLIGHT_PER_WORKER chunks of paths wait in the pipe: a few kilobytes, far
        # below its buffer, so this never blocks on a worker that is busy sending outcomes.
        self.in_flight.append(chunk)
        self.unsent -= 1
        try:
            self.conn.send(chunk)
        except OSError:  # it died: receive() will say so
            pass

    def receive(self) -> Outcome:
        """The next outcome; raises _WorkerDied if the process is gone."""
        try:
            outcome = self.conn.recv()
        except (EOFError, OSError):
            self.process.join(timeout=5)
            if self.process.exitcode == UNGUARDED_EXIT:
                raise _unguarded_error() from None
            raise _WorkerDied from None
        self.answered += 1
        if self.answered == len(self.in_flight[0]):
            self.in_flight.popleft()
            self.answered = 0
        return outcome

    def unanswered(self) -> list[Any]:
        """The items sent and not answered."""
        return [item for chunk in self.in_flight for item in chunk][self.answered:]

    def spent(self) -> bool:
        return self.unsent == 0 and not self.in_flight

    def stop(self) -> None:
        """Close the pipe (a worker waiting for a chunk then exits) and reap the process. One
        still parsing is terminated: the batch is over or failed, its results are not wanted."""
        self.conn.close()
        if self.in_flight and self.process.is_alive():
            self.process.terminate()
        self.process.join()


@lru_cache(maxsize=1)
def _context(form: str) -> Any:
    """The forkserver, preloaded with the parser and what ``form`` needs; ``spawn`` where there
    is no forkserver. A process starts one forkserver: a later batch of another form imports
    what it needs in its workers."""
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_PRELOAD + _PRELOAD_FOR_FORM.get(form, []))
    return context


def _serve(conn: Connection, task: Task, form: str, chunks: int, parent: int) -> None:
    """A worker: parse up to ``chunks`` chunks as they come, sending each file's outcome back."""
    _watch_parent(parent)
    for _ in range(chunks):
        try:
            chunk = conn.recv()
        except (EOFError, OSError):
            return
        for item in chunk:
            (outcome,) = task([item], form)
            conn.send(outcome)


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
