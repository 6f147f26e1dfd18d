"""Two batches cannot corrupt one OUT (issue 14, item 3): a second run on an OUT that a run is
writing stops with one line before touching it; --resume reads every line it keeps whole, so a
line that two runs wrote into each other is not kept as done."""

from __future__ import annotations

import os
import shutil

import pytest

from moukit.batch.jobs import BatchJob, run_batch
from moukit.batch.lock import lock_output, lock_path
from moukit.errors import BatchUsageError

from .conftest import SAMPLES, moukit


@pytest.fixture
def archive(tmp_path):
    folder = tmp_path / "archive"
    shutil.copytree(SAMPLES, folder, ignore=shutil.ignore_patterns("*.md"))
    return folder


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_a_second_run_on_an_out_being_written_stops_before_touching_it(archive, tmp_path, suffix):
    out = tmp_path / f"out{suffix}"
    out.write_bytes(b"what the first run wrote so far\n")
    held = lock_output(out)  # the first run, still writing
    try:
        result = moukit("batch", archive, "-o", out, "--workers", "1")
    finally:
        held.release()
    assert result.returncode == 2
    assert result.stderr.decode() == (f"moukit: error: {out}: another moukit batch (process {os.getpid()}) is "
                                      "writing to it; wait for it to finish, or write to another OUT\n")
    assert out.read_bytes() == b"what the first run wrote so far\n"


def test_the_lock_is_gone_when_the_run_ends(archive, tmp_path):
    out = tmp_path / "out.jsonl"
    assert moukit("batch", archive, "-o", out, "--workers", "1").returncode == 0
    assert not lock_path(out).exists()
    run_batch(BatchJob((str(archive),), out, workers=1))  # and the library takes it again
    assert not lock_path(out).exists()


def test_a_lock_file_left_by_a_killed_run_stops_no_one(archive, tmp_path):
    out = tmp_path / "out.jsonl"
    lock_path(out).write_text("12345")  # the kernel released the lock of the killed process
    assert moukit("batch", archive, "-o", out, "--workers", "1").returncode == 0


def test_the_library_refuses_too(archive, tmp_path):
    out = tmp_path / "out.jsonl"
    held = lock_output(out)
    try:
        with pytest.raises(BatchUsageError, match="another moukit batch"):
            run_batch(BatchJob((str(archive),), out, workers=1))
    finally:
        held.release()
    assert not out.exists()


def test_resume_does_not_keep_a_line_that_two_runs_wrote_into_each_other(archive, tmp_path):
    out = tmp_path / "out.jsonl"
    assert moukit("batch", archive, "-o", out, "--workers", "1").returncode == 0
    first, second, *rest = out.read_bytes().splitlines(keepends=True)
    # the first run's line cut short by the second run's, as unlocked writers leave it
    out.write_bytes(first[:200] + second + b"".join(rest))
    result = moukit("batch", archive, "-o", out, "--resume", "--workers", "1")
    assert result.returncode == 2
    assert result.stderr.decode() == f"moukit: error: {out}:1: not a record of moukit batch; refusing to append to this file\n"


def test_the_lock_file_is_not_an_input(archive):
    out = archive / "out.csv"  # OUT inside the folder it reads, every file included
    assert moukit("batch", archive, "-o", out, "--include", "*", "--workers", "1").returncode == 0
    paths = out.read_text(encoding="utf-8-sig").splitlines()
    assert not any(".out.csv.lock" in line for line in paths)
