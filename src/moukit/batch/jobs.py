"""Many files at once: parallel, streaming, resumable (SPEC §5, §6, §7; ``moukit batch``).

    from moukit import iter_parse
    for result in iter_parse(paths, workers=4):   # Documents and ErrorRecords, as they finish
        ...

Files go to the workers in small chunks, and only a few chunks per worker are ever in flight:
the paths are read lazily (a directory walk, standard input) and each result is handed on as
soon as it arrives, so memory does not grow with the number of files. Workers send back what
will be written — a JSON line, or table rows — not Document objects, which are slow to pickle.

Engines: ``local`` runs worker processes on this machine (in-process for one worker);
``dask`` sends the same chunks to a Dask cluster. Both call ``parse_chunk``, so the records are
the same. A file that cannot be parsed becomes an ``ErrorRecord``; a worker that dies (killed,
out of memory) is replaced and the files it held are parsed again one by one, so the one that
killed it is found and recorded as ``worker_crashed``. Nothing a file does stops the batch.
"""

from __future__ import annotations

import fnmatch
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ..errors import BatchUsageError
from ..text import printable_name
from .budget import DEFAULT_TIMEOUT
from .interrupt import InterruptGuard
from .work import ErrorRecord, Outcome, parse_chunk, parse_one

if TYPE_CHECKING:
    from ..models import Document

DEFAULT_INCLUDE = ("*.txt", "*.pdf", "*.docx")
CHUNK_FILES = 4
"""Files per task for the local engine: about 5 ms of work, so the cost of sending a task is
small, and few files wait behind a slow one (at most ``IN_FLIGHT_PER_WORKER`` chunks less one
file: 7, each within the time budget, not 47 as with chunks of 16 and three in flight)."""
DASK_CHUNK_FILES = 64
"""Files per task on Dask, whose tasks cost more to schedule."""
# -- finding the files ---------------------------------------------------------------------------


def iter_files(inputs: Iterable[str], include: Sequence[str] = DEFAULT_INCLUDE, *,
               stdin: IO[bytes] | None = None, exclude: Iterable[Path] = (), case_sensitive: bool = False,
               skipped: Counter[str] | None = None) -> Iterator[str | ErrorRecord]:
    """The files to parse, lazily: a directory is walked (files whose name matches a pattern
    of ``include``, ignoring case unless ``case_sensitive``: archives hold ``.PDF`` and
    ``.Docx``; symbolic links to directories are not followed), ``-`` yields the lines of
    ``stdin`` as paths, anything else is taken as a file. Files in ``exclude`` (the output) are
    skipped; a directory that cannot be listed is an ErrorRecord. Each file a walk passes
    over is counted in ``skipped`` by its extension (lower case; "" for none)."""
    skip = {path.name: os.path.realpath(path) for path in exclude}
    match = _matcher(include, case_sensitive)
    for name in inputs:
        if name == "-":
            yield from _stdin_paths(stdin)
        elif os.path.isdir(name):
            for path in _walk(name, match, skipped):
                base = os.path.basename(path) if isinstance(path, str) else None
                if base not in skip or os.path.realpath(path) != skip[base]:
                    yield path
        else:
            yield name


def _matcher(include: Sequence[str], case_sensitive: bool) -> Callable[[str], bool]:
    # fnmatch.fnmatch folds case only on Windows; here the choice is the user's, on every system.
    if case_sensitive:
        return lambda name: any(fnmatch.fnmatchcase(name, pattern) for pattern in include)
    folded = [pattern.casefold() for pattern in include]
    return lambda name: any(fnmatch.fnmatchcase(name.casefold(), pattern) for pattern in folded)


def _walk(top: str, match: Callable[[str], bool], skipped: Counter[str] | None) -> Iterator[str | ErrorRecord]:
    # os.scandir reads a directory a block at a time: nothing grows with its size. The order is
    # the file system's; the records are written in the order they finish anyway.
    try:
        with os.scandir(top) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    yield from _walk(entry.path, match, skipped)
                elif match(entry.name):
                    yield entry.path
                elif skipped is not None:
                    skipped[os.path.splitext(entry.name)[1].lower()] += 1
    except OSError as error:
        yield ErrorRecord(top, "input_error", f"{top}: cannot list the directory: {error.strerror or error}")


def _stdin_paths(stdin: IO[bytes] | None) -> Iterator[str]:
    for line in stdin or ():
        path = os.fsdecode(line.rstrip(b"\r\n"))
        if path.strip():
            yield path


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    # Lists, not tuples: CPython keeps up to 2,000 freed tuples of each length below 20 for
    # reuse, and a tuple built from an iterator of unknown length is grown to its size, not
    # taken from that store; so each freed chunk of 16 stayed there, up to 350 KB of them.
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def ocr_threads(workers: int) -> int | None:
    """How many pages of a scan each of ``workers`` OCRs at once: its share of the CPUs, so that
    the batch runs about as many tesseract processes as it has CPUs (None, one worker: the
    OCR's own default)."""
    return None if workers == 1 else max(1, default_workers() // workers)


def default_workers() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


# -- engines -------------------------------------------------------------------------------------


def iter_outcomes(items: Iterable[str | ErrorRecord], form: str, *, workers: int | None = None,
                  engine: str = "local", scheduler: str | None = None, timeout: float | None = None,
                  digits: str = "keep", ocr: str = "auto") -> Iterator[Outcome]:
    """One Outcome per item, in the order they finish; each file within ``timeout`` seconds
    (``budget.py``; the Dask engine's threads have no budget), scans read under ``ocr``, the
    pages of a scan OCR'd in each worker's share of the CPUs (``ocr_threads``)."""
    workers = workers or default_workers()
    task = partial(parse_chunk, timeout=timeout, digits=digits, ocr=ocr, ocr_threads=ocr_threads(workers))
    if engine == "dask":
        from .dask_engine import dask_outcomes

        yield from dask_outcomes(_chunks(items, DASK_CHUNK_FILES), form, workers=workers, scheduler=scheduler, task=task)
    elif workers == 1:
        for item in items:
            yield from task([item], form)
    else:
        from .local import pool_outcomes

        yield from pool_outcomes(_chunks(items, CHUNK_FILES), form, workers=workers, task=task)


def iter_parse(paths: Iterable[str | os.PathLike[str]], *, workers: int | None = 1, engine: str = "local",
               scheduler: str | None = None, timeout: float | None = DEFAULT_TIMEOUT,
               ocr: str = "auto") -> Iterator[Document | ErrorRecord]:
    """Parse files, yielding a Document or an ErrorRecord for each, never raising for a file.

    ``workers=1`` (the default) parses in this process, in the order given. More workers (None:
    one per CPU) parse in child processes and yield in the order the files finish; a script that
    uses them must start from ``if __name__ == "__main__":``, as multiprocessing requires.
    ``engine="dask"`` runs on the Dask cluster at ``scheduler`` (a local one when None).

    Each file may take ``timeout`` seconds (60 by default, as ``moukit batch --timeout``; None
    or 0: no limit); one that takes longer becomes an ErrorRecord ``timeout``. The budget is a
    ``SIGALRM`` timer in the process that parses (``budget.py``), so with ``workers=1`` it holds
    only when called from the main thread, and the Dask engine's threads have none.

    ``ocr`` is the OCR mode of ``moukit parse --ocr``: "auto" (scans and images), "always" (every
    PDF too) or "never" (a scan is an error record).
    """
    from ..ocr import MODES

    if ocr not in MODES:  # a caller's mistake, said before any file is read
        raise ValueError(f"ocr must be one of {', '.join(MODES)}, not {ocr!r}")
    items = (os.fspath(path) for path in paths)
    if engine == "local" and workers == 1:
        for path in items:
            yield parse_one(path, "python", timeout, ocr=ocr).payload
        return
    from ..models import Document

    for outcome in iter_outcomes(items, "jsonl", workers=workers, engine=engine, scheduler=scheduler,
                                 timeout=timeout, ocr=ocr):
        yield outcome.error or Document.model_validate_json(outcome.payload)


# -- a whole batch: files in, OUT written --------------------------------------------------------


@dataclass
class BatchSummary:
    """What a batch did."""

    output: Path
    files: int = 0
    """Files parsed (or failed) by this run."""
    kinds: Counter[str] = field(default_factory=Counter)
    """Files parsed by this run, by the kind of their outermost Document."""
    failed: int = 0
    """Files of this run recorded as errors."""
    resumed: int = 0
    """Files skipped because OUT already recorded them (``resume``)."""
    resumed_failed: int = 0
    """How many of those were error records."""
    retried: int = 0
    """Files OUT recorded as failed, taken out of it and parsed again (``retry_failed``)."""
    skipped: Counter[str] = field(default_factory=Counter)
    """Files in the directories walked whose name matches no ``include`` pattern, by extension."""
    seconds: float = 0.0


@dataclass(frozen=True)
class BatchJob:
    """What ``moukit batch`` was asked to do."""

    inputs: Sequence[str]
    output: Path
    table: str = "documents"
    include: Sequence[str] = DEFAULT_INCLUDE
    workers: int | None = None
    resume: bool = False
    engine: str = "local"
    scheduler: str | None = None
    case_sensitive: bool = False
    plain_csv: bool = False
    retry_failed: bool = False
    timeout: float | None = None
    """Seconds each file may take (``budget.py``); None or 0: no budget."""
    digits: str = "keep"
    """The digits of text values: "keep", "arabic" or "thai" (``moukit parse --digits``)."""
    ocr: str = "auto"
    """The OCR mode: "auto", "always" or "never" (``moukit parse --ocr``)."""


def run_batch(job: BatchJob, *, stdin: IO[bytes] | None = None, count: bool = False,
              on_start: Callable[[int | None], None] | None = None,
              on_outcome: Callable[[Outcome], None] | None = None) -> BatchSummary:
    """Parse every file of ``job.inputs`` into ``job.output``; return what was done.

    ``on_start`` gets the number of files to parse — counted beforehand (a second walk of the
    inputs) only with ``count`` and without ``-`` among the inputs, else None — and
    ``on_outcome`` each Outcome once it is written. Raises BatchUsageError before writing
    anything when the job cannot run as asked, OutputError when OUT cannot be written.
    """
    from .lock import lock_output
    from .output import open_output

    if job.scheduler is not None and job.engine != "dask":
        raise BatchUsageError("--scheduler needs --engine dask")
    if job.engine == "dask":
        from .dask_engine import check_dask

        check_dask(job.scheduler)
    started = time.perf_counter()
    missing = next((name for name in job.inputs if name != "-" and not os.path.exists(name)), None)
    if missing is not None:  # a mistyped directory: say so before OUT is touched
        raise BatchUsageError(f"{missing}: no such file or directory; nothing was written")
    if job.retry_failed and not job.resume:
        raise BatchUsageError("--retry-failed needs --resume: without it OUT is written anew and every file is parsed")
    # Before OUT is touched: a second run on it stops here (standard output needs no lock).
    lock = lock_output(job.output) if str(job.output) != "-" else _NO_LOCK
    try:
        out = open_output(job.output, job.table, resume=job.resume, spreadsheet=not job.plain_csv,
                          retry_failed=job.retry_failed)
    except BaseException:
        lock.release()
        raise
    summary = BatchSummary(job.output, resumed=len(out.done), resumed_failed=out.failed, retried=out.retried)
    form = "jsonl" if str(job.output) == "-" else {".jsonl": "jsonl", ".xlsx": "xlsx"}.get(job.output.suffix.lower(), job.table)
    form = getattr(out, "form", form)  # an archive's workers send its rows (moukit.archive)
    outcomes = iter_outcomes(_pending(job, out, stdin, summary.skipped), form, workers=job.workers, engine=job.engine,
                             scheduler=job.scheduler, timeout=job.timeout, digits=job.digits, ocr=job.ocr)
    guard = InterruptGuard()  # Ctrl-C lands between records: each one kept is counted
    try:
        with guard.installed():
            if on_start:
                on_start(sum(1 for _ in _pending(job, out, stdin)) if count and "-" not in job.inputs else None)
            for outcome in outcomes:
                with guard.recording():
                    out.write(outcome)
                    summary.files += 1
                    summary.failed += outcome.error is not None
                    if outcome.kind is not None:
                        summary.kinds[outcome.kind] += 1
                    if on_outcome:
                        on_outcome(outcome)
    except BaseException:
        outcomes.close()  # stop the workers now, not when the generator is collected
        try:
            out.abort()
        finally:
            lock.release()
        raise
    try:
        out.close()
    finally:
        lock.release()
    summary.seconds = time.perf_counter() - started
    return summary


class _NoLock:
    def release(self) -> None:
        pass


_NO_LOCK = _NoLock()


def _pending(job: BatchJob, out: Any, stdin: IO[bytes] | None,
             skipped: Counter[str] | None = None) -> Iterator[str | ErrorRecord]:
    """The inputs' files that OUT does not record yet."""
    from .lock import lock_path

    items = iter_files(job.inputs, job.include, stdin=stdin, exclude=(out.path, out.writing, lock_path(out.path)),
                       case_sensitive=job.case_sensitive, skipped=skipped)
    # OUT records a name that is not UTF-8 (or holds a line break) escaped: compare it so.
    return (item for item in items if not isinstance(item, str) or printable_name(item) not in out.done)
