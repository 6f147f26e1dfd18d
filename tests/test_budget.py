"""Bounded time for every file (issue 14, item 2): a named pipe is refused at once, not waited
on; each file of a batch has a time budget (``--timeout``, on by default), after which it is an
error record ``timeout`` and the batch goes on, also when the file is stuck inside C code."""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

import pytest

from moukit.batch import budget
from moukit.batch.jobs import BatchJob, iter_outcomes, run_batch
from moukit.batch.work import Outcome
from moukit.errors import InputError, Timeout
from moukit.stages.read import read_file

from .conftest import SAMPLES, moukit

CIRCULAR = SAMPLES / "circular-dla-mou-thaihealth-2556.txt"


@pytest.fixture
def fifo(tmp_path):
    """A named pipe no one writes to; should a read block on it, a writer comes after 10 s and
    closes at once, so that a test fails instead of hanging."""
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    done = threading.Event()

    def unblock() -> None:
        if not done.wait(10):
            os.close(os.open(path, os.O_WRONLY))

    threading.Thread(target=unblock, daemon=True).start()
    yield path
    done.set()


def test_a_named_pipe_is_refused_without_waiting(fifo):
    started = time.monotonic()
    with pytest.raises(InputError, match=r"pipe\.txt: is a named pipe \(FIFO\), not a regular file"):
        read_file(fifo)
    assert time.monotonic() - started < 5


def test_parse_of_a_named_pipe_is_one_clear_line(fifo):
    result = moukit("parse", fifo)
    assert result.returncode == 1 and result.stderr.count(b"\n") == 1
    assert b"named pipe" in result.stderr


def test_a_batch_records_a_named_pipe_and_goes_on(fifo, tmp_path):
    (tmp_path / "letter.txt").write_bytes(CIRCULAR.read_bytes())
    out = tmp_path / "out.jsonl"
    result = moukit("batch", tmp_path, "-o", out, "--workers", "2")
    assert result.returncode == 1, result.stderr
    records = {json.loads(line)["source"]["path"]: json.loads(line) for line in out.read_text().splitlines()}
    assert records[str(fifo)]["error"]["code"] == "input_error"
    assert records[str(tmp_path / "letter.txt")]["kind"] == "letter"


# -- the time budget -------------------------------------------------------------------------------


def test_the_budget_stops_a_slow_python_loop():
    started = time.monotonic()
    with pytest.raises(Timeout, match=r"^slow\.txt: took over 0\.2 s"), budget.file_budget("slow.txt", 0.2):
        while True:
            pass
    assert time.monotonic() - started < 2


def test_the_budget_repeats_when_something_swallows_it():
    with pytest.raises(Timeout), budget.file_budget("slow.txt", 0.2):
        try:
            time.sleep(5)
        except Exception:  # noqa: BLE001, S110 - an extractor's broad except: the next tick comes half a second later
            pass
        time.sleep(5)


def test_no_budget_leaves_no_timer():
    with budget.file_budget("x.txt", None):
        pass
    with budget.file_budget("x.txt", 5):
        pass
    import signal

    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def _slow_parse_file(path):
    if path.endswith("slow.txt"):
        time.sleep(30)
    from moukit.pipeline import parse_file

    return parse_file(path)


def test_a_slow_file_becomes_a_timeout_record_and_the_batch_goes_on(tmp_path, monkeypatch):
    from moukit.batch import work

    monkeypatch.setattr(work, "parse_file", _slow_parse_file)
    for name in ("a.txt", "slow.txt", "b.txt"):
        (tmp_path / name).write_bytes(CIRCULAR.read_bytes())
    started = time.monotonic()
    outcomes = list(iter_outcomes([str(tmp_path / n) for n in ("a.txt", "slow.txt", "b.txt")], "python",
                                  workers=1, timeout=0.5))
    assert time.monotonic() - started < 10
    assert [o.kind or o.error.code for o in outcomes] == ["letter", "timeout", "letter"]
    assert "took over 0.5 s" in outcomes[1].error.message


def _stuck_in_c(items, form, timeout=None):
    """A task whose one file spins inside C code (NFC of a mark flood, as before mark_floods:
    about 20 s), which no Python signal handler interrupts, so only the CPU limit stops it.
    Runs in the worker: the grace is cut to 1 s there to keep the test short."""
    import unicodedata

    from moukit.batch.work import parse_chunk

    budget.HARD_GRACE = 1
    if any(str(item).endswith("stuck.txt") for item in items):
        with budget.file_budget(items[0], timeout):
            unicodedata.normalize("NFC", "ก" + "\u0e48\u0e38" * 100_000)
    return parse_chunk(items, form, timeout)


@pytest.mark.slow  # about 5 s: the stuck file runs to its CPU limit twice (in its chunk, then alone)
def test_a_worker_stuck_in_c_code_is_stopped_and_its_file_recorded_as_timeout(tmp_path):
    from functools import partial

    from moukit.batch.local import pool_outcomes

    items = [str(tmp_path / n) for n in ("a.txt", "stuck.txt", "b.txt")]
    for item in items:
        Path(item).write_bytes(CIRCULAR.read_bytes())
    started = time.monotonic()
    outcomes = list(pool_outcomes(iter([items]), "jsonl", workers=1, task=partial(_stuck_in_c, timeout=0.5)))
    assert time.monotonic() - started < 120  # CPU seconds: a loaded machine stretches the wall time
    kinds = {os.path.basename(o.path): o.kind or o.error.code for o in outcomes}
    assert kinds == {"a.txt": "letter", "stuck.txt": "timeout", "b.txt": "letter"}


def test_the_cli_default_is_the_library_default():
    import inspect

    from moukit.cli.batch import batch

    assert inspect.signature(batch).parameters["timeout"].default == budget.DEFAULT_TIMEOUT


def test_a_batch_job_passes_its_timeout(tmp_path, monkeypatch):
    from moukit.batch import work

    monkeypatch.setattr(work, "parse_file", _slow_parse_file)
    (tmp_path / "slow.txt").write_bytes(CIRCULAR.read_bytes())
    out = tmp_path / "out.jsonl"
    summary = run_batch(BatchJob((str(tmp_path),), out, workers=1, timeout=0.5))
    assert summary.failed == 1
    assert json.loads(out.read_text())["error"]["code"] == "timeout"


def _slow_first(items, form, timeout=None):
    """Each item is a number; item 0 takes 1 s, the others none."""
    if items and items[0] == 0:
        time.sleep(1)
    return [Outcome(str(item), "letter", None, b"") for item in items]


@pytest.mark.slow  # a second of sleep, and a pool
def test_few_files_wait_behind_a_slow_one():
    from moukit.batch.jobs import CHUNK_FILES, _chunks
    from moukit.batch.local import pool_outcomes

    outcomes = [int(o.path) for o in pool_outcomes(_chunks(range(200), CHUNK_FILES), "jsonl", workers=2,
                                                   task=_slow_first)]
    assert sorted(outcomes) == list(range(200))
    behind = outcomes[outcomes.index(0) + 1:]  # what the slow file's worker held: it comes only after
    assert len(behind) <= 7, behind  # with chunks of 16, three in flight: up to 47


# -- iter_parse: the same budget, from Python -----------------------------------------------


def test_iter_parse_has_the_batch_default_budget():
    import inspect

    from moukit import iter_parse

    assert inspect.signature(iter_parse).parameters["timeout"].default == budget.DEFAULT_TIMEOUT


def test_iter_parse_gives_a_slow_file_a_timeout_record_and_goes_on(tmp_path, monkeypatch):
    from moukit import ErrorRecord, iter_parse
    from moukit.batch import work

    monkeypatch.setattr(work, "parse_file", _slow_parse_file)
    for name in ("a.txt", "slow.txt", "b.txt"):
        (tmp_path / name).write_bytes(CIRCULAR.read_bytes())
    started = time.monotonic()
    results = list(iter_parse([tmp_path / n for n in ("a.txt", "slow.txt", "b.txt")], timeout=0.5))
    assert time.monotonic() - started < 10
    assert [r.code if isinstance(r, ErrorRecord) else r.kind for r in results] == ["letter", "timeout", "letter"]
    assert results[1].message == (f"{tmp_path / 'slow.txt'}: took over 0.5 s (the batch's time budget): stopped, "
                                  "not parsed; parse it alone with 'moukit parse', or give it more time "
                                  "(moukit batch --timeout, iter_parse's timeout=)")


def test_iter_parse_without_a_budget_waits(tmp_path, monkeypatch):
    from moukit import iter_parse
    from moukit.batch import work

    def slow(path):
        time.sleep(1)
        return _slow_parse_file(path)

    monkeypatch.setattr(work, "parse_file", slow)
    (tmp_path / "a.txt").write_bytes(CIRCULAR.read_bytes())
    assert [r.kind for r in iter_parse([tmp_path / "a.txt"], timeout=None)] == ["letter"]
    assert [getattr(r, "code", None) for r in iter_parse([tmp_path / "a.txt"], timeout=0.2)] == ["timeout"]


def test_iter_parse_with_workers_stops_a_slow_file_in_its_worker(tmp_path):
    # a crafted PDF that costs some 6 s of CPU (25 pages drawing 2 MB of numbers: the byte budget
    # stops it after 6 pages), parsed in a worker process with a budget of 1 s
    from moukit import ErrorRecord, iter_parse

    from .crafted import shared_pdf

    pytest.importorskip("pypdf")
    (tmp_path / "slow.pdf").write_bytes(shared_pdf(b"BT /F1 12 Tf 72 700 Td (page) Tj ET" + b" 1" * 1_000_000 + b" Tj", 25))
    (tmp_path / "a.txt").write_bytes(CIRCULAR.read_bytes())
    paths = [tmp_path / "slow.pdf", tmp_path / "a.txt"]
    results = {Path(r.path if isinstance(r, ErrorRecord) else r.source.path).name:
               r.code if isinstance(r, ErrorRecord) else r.kind for r in iter_parse(paths, workers=2, timeout=1)}
    assert results == {"slow.pdf": "timeout", "a.txt": "letter"}
