"""The Dask engine of ``moukit batch``: the same chunks, on a Dask cluster (``moukit[dask]``).

With a scheduler address the client connects to that cluster (its workers need moukit
installed, of the same version, and must see the files at the same paths); without one a
``LocalCluster`` of ``workers`` single-threaded processes is started and stopped with the batch.
The client keeps a bounded window of tasks, as the local engine does, and writes nothing: the
results come back to this process, which writes OUT. Each task is ``parse_chunk``, so the
records equal the local engine's.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from ..errors import BatchError, BatchUsageError
from .work import IN_FLIGHT_PER_WORKER, ErrorRecord, Outcome, failure, parse_chunk

CONNECT_SECONDS = 10
"""How long ``check_dask`` waits for the scheduler's port to answer."""


def check_dask(scheduler: str | None = None) -> None:
    """Before OUT is touched: raise BatchUsageError when dask.distributed is not installed, and
    BatchError when nothing answers at the ``scheduler``'s host and port (Dask itself would
    keep retrying for 30 s, after OUT had been emptied)."""
    try:
        import distributed  # noqa: F401
    except ImportError:

        raise BatchUsageError("--engine dask needs dask.distributed: pip install 'moukit[dask]'") from None
    if scheduler is None:
        return
    from distributed.comm.addressing import get_address_host_port

    try:
        host, port = get_address_host_port(scheduler)
    except ValueError:  # an address without host and port (inproc://…): the client will tell
        return
    try:
        socket.create_connection((host, port), timeout=CONNECT_SECONDS).close()
    except OSError as error:
        raise BatchError(f"cannot reach the Dask scheduler at {scheduler}: {error.strerror or error}") from None


def dask_outcomes(chunks: Iterator[list[Any]], form: str, *, workers: int, scheduler: str | None,
                  task: Callable[[Sequence[Any], str], list[Outcome]] = parse_chunk) -> Iterator[Outcome]:
    from distributed import Client, LocalCluster

    cluster = None
    try:
        if scheduler is None:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster or scheduler, set_as_default=False)
    except (OSError, TimeoutError) as error:
        if cluster is not None:
            cluster.close()
        where = f"the Dask scheduler at {scheduler}" if scheduler else "a local Dask cluster"
        raise BatchError(f"cannot reach {where}: {error}") from None
    try:
        window = max(workers, len(client.scheduler_info().get("workers", ()))) * IN_FLIGHT_PER_WORKER
        yield from _run(client, chunks, form, window, task)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _run(client, chunks: Iterator[list[Any]], form: str, window: int, task: Callable[..., list[Outcome]]) -> Iterator[Outcome]:
    from distributed import as_completed
    from distributed.scheduler import KilledWorker

    submitted: dict[Any, list[Any]] = {}

    def submit(chunk: list[Any]) -> Any:
        future = client.submit(task, chunk, form, pure=False)
        submitted[future] = chunk
        return future

    queue = as_completed([submit(chunk) for chunk in _take(chunks, window)], loop=client.loop)
    for future in queue:
        chunk = submitted.pop(future)
        try:
            outcomes = future.result()
        except KilledWorker:
            # The chunk killed its workers: parse its files one at a time to find the one that
            # does. One at a time, not all at once: Dask blames every task a dying worker
            # held, so a file sent beside the culprit could be recorded as a crash too.
            outcomes = _isolate(client, chunk, form, task)
        except Exception as error:  # the cluster itself failed: stop with one clear line
            raise BatchError(f"the Dask cluster failed: {type(error).__name__}: {error}") from None
        finally:
            future.release()
        yield from outcomes
        for next_chunk in _take(chunks, 1):
            queue.add(submit(next_chunk))


def _isolate(client, chunk: list[Any], form: str, task: Callable[..., list[Outcome]]) -> Iterator[Outcome]:
    from distributed.scheduler import KilledWorker

    for item in chunk:
        future = client.submit(task, [item], form, pure=False)
        try:
            yield from future.result()
        except KilledWorker:
            message = f"{item}: the Dask worker died while parsing this file (killed, or out of memory?)"
            yield failure(ErrorRecord(item, "worker_crashed", message), form)
        except Exception as error:
            raise BatchError(f"the Dask cluster failed: {type(error).__name__}: {error}") from None
        finally:
            future.release()


def _take(chunks: Iterator[list[Any]], n: int) -> list[list[Any]]:
    return [chunk for _, chunk in zip(range(n), chunks)]
