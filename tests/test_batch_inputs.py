"""``moukit batch``: which files a walk takes and what it says about the others, resuming
after an extra is installed, Ctrl-C, and inputs that are not there (issue 13). In-process runs
(``moukit(...)``) with one worker unless the case is about workers."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import PROCESS_ENV, SAMPLES, moukit

CIRCULAR = SAMPLES / "circular-dla-mou-thaihealth-2556.txt"


def paths_in(out: Path) -> list[str]:
    return sorted(Path(json.loads(line)["source"]["path"]).name for line in out.read_text(encoding="utf-8").splitlines())


def test_extensions_match_whatever_their_case(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    text = CIRCULAR.read_bytes()
    for name in ("a.txt", "B.TXT", "c.Txt"):
        (archive / name).write_bytes(text)
    (archive / "scan.png").write_bytes(b"\x89PNG")
    (archive / "NOTES").write_bytes(b"x")
    (archive / "old.DOC").write_bytes(b"x")
    out = tmp_path / "out.jsonl"
    result = moukit("batch", archive, "-o", out, "-w", "1")
    assert result.returncode == 0, result.stderr
    assert paths_in(out) == ["B.TXT", "a.txt", "c.Txt"]
    summary = result.stderr.decode("utf-8").splitlines()[-1]
    assert "3 files" in summary
    assert "not parsed: 3 files whose name matches no --include pattern (" in summary
    assert all(part in summary for part in (".png 1", ".doc 1", "no extension 1"))


def test_case_sensitive_matching_on_request(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "a.txt").write_bytes(CIRCULAR.read_bytes())
    (archive / "B.TXT").write_bytes(CIRCULAR.read_bytes())
    out = tmp_path / "out.jsonl"
    result = moukit("batch", archive, "-o", out, "-w", "1", "--case-sensitive")
    assert result.returncode == 0, result.stderr
    assert paths_in(out) == ["a.txt"]
    assert "not parsed: 1 file whose name matches no --include pattern (.txt 1)" in result.stderr.decode("utf-8")


def test_no_matching_file_says_what_was_there(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "scan.png").write_bytes(b"\x89PNG")
    result = moukit("batch", archive, "-o", tmp_path / "out.jsonl")
    assert result.returncode == 1
    assert "whose name matches no --include pattern (.png 1)" in result.stderr.decode("utf-8")


# -- --retry-failed --------------------------------------------------------------------------


def _docx_of(text: str, path: Path) -> None:
    docx = pytest.importorskip("docx")  # in the test extra
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    document.save(str(path))


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_retry_failed_parses_again_the_files_that_lacked_an_extra(tmp_path, monkeypatch, suffix):
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "a.txt").write_bytes(CIRCULAR.read_bytes())
    _docx_of(CIRCULAR.read_text(encoding="utf-8"), archive / "b.docx")
    (archive / "c.txt").write_bytes(b"")  # fails, and still fails when retried
    out = tmp_path / f"out{suffix}"
    with monkeypatch.context() as without_docx:
        without_docx.setitem(sys.modules, "docx", None)  # python-docx not installed
        first = moukit("batch", archive, "-o", out, "-w", "1")
    assert first.returncode == 1 and "moukit[docx]" in first.stderr.decode("utf-8")
    plain = moukit("batch", archive, "-o", out, "-w", "1", "--resume")
    assert plain.returncode == 1 and "skipped 3 already there (2 of them failed)" in plain.stderr.decode("utf-8")
    retried = moukit("batch", archive, "-o", out, "-w", "1", "--resume", "--retry-failed")
    summary = retried.stderr.decode("utf-8").splitlines()[-1]
    assert retried.returncode == 1  # c.txt is still empty
    assert "2 files" in summary and "1 parsed" in summary and "1 failed" in summary
    assert "skipped 1 already there (0 of them failed); retried 2 that had failed" in summary
    records = _records(out)
    assert sorted(records) == ["a.txt", "b.docx", "c.txt"]  # one record each, none left behind
    assert records["b.docx"] == "letter" and records["c.txt"] is None
    assert not out.with_name(out.name + ".retry").exists()


def _records(out: Path) -> dict[str, str | None]:
    if out.suffix == ".jsonl":
        lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        return {Path(r["source"]["path"]).name: r.get("kind") for r in lines}
    from moukit.export.csv import plain_cell

    with out.open(encoding="utf-8-sig", newline="") as file:
        return {Path(plain_cell(r["path"])).name: r["kind"] or None for r in csv.DictReader(file)}


def test_retry_failed_needs_resume(tmp_path):
    result = moukit("batch", CIRCULAR, "-o", tmp_path / "out.jsonl", "--retry-failed")
    assert result.returncode == 2 and "--retry-failed needs --resume" in result.stderr.decode("utf-8")
    assert not (tmp_path / "out.jsonl").exists()


# -- iter_parse in a script without the __main__ guard ---------------------------------------

WORK = "print([getattr(r, 'kind', None) or r.code for r in iter_parse({paths!r}, workers=2)])"


@pytest.mark.slow  # real script processes, each starting worker processes
@pytest.mark.parametrize("guarded", [False, True], ids=["unguarded", "guarded"])
def test_a_script_without_the_main_guard_gets_one_clear_error(tmp_path, guarded):
    paths = [str(p) for p in sorted(SAMPLES.glob("*.txt"))][:3]
    script = tmp_path / "script.py"
    work = WORK.format(paths=paths)
    body = f'if __name__ == "__main__":\n    {work}\n' if guarded else work + "\n"
    script.write_text("from moukit import iter_parse\n" + body, encoding="utf-8")
    result = subprocess.run([sys.executable, str(script)], capture_output=True, env=PROCESS_ENV, timeout=120)
    stderr = result.stderr.decode("utf-8")
    if guarded:
        assert result.returncode == 0 and stderr == ""
        assert "worker_crashed" not in result.stdout.decode("utf-8")
        return
    assert result.returncode == 1 and result.stdout == b""
    assert stderr.count("Traceback") == 1 and "worker_crashed" not in stderr  # the script's own, once
    assert stderr.splitlines()[-1] == (
        f"moukit.errors.BatchError: {script}: each worker process runs this script again from the top, and it "
        "starts the batch again there: put the script's work under 'if __name__ == \"__main__\":' "
        "(multiprocessing requires it), or parse with workers=1")


# -- Ctrl-C ------------------------------------------------------------------------------------


def test_ctrl_c_says_what_was_kept_and_how_to_go_on(tmp_path, monkeypatch):
    from moukit.batch import work

    archive = tmp_path / "archive"
    archive.mkdir()
    for name in "abcde":
        (archive / f"{name}.txt").write_bytes(CIRCULAR.read_bytes() + name.encode())
    parse_file, seen = work.parse_file, []

    def interrupted_at_the_fourth(path):
        seen.append(path)
        if len(seen) == 4:
            raise KeyboardInterrupt
        return parse_file(path)

    out = tmp_path / "out.jsonl"
    with monkeypatch.context() as patch:
        patch.setattr(work, "parse_file", interrupted_at_the_fourth)
        result = moukit("batch", archive, "-o", out, "-w", "1")
    assert result.returncode == 130
    assert result.stderr.decode("utf-8") == (
        f"moukit: batch: interrupted; the records of 3 files parsed by this run are kept in {out}. "
        "Run the same command with --resume to continue where it stopped\n")
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3
    resumed = moukit("batch", archive, "-o", out, "-w", "1", "--resume")
    assert resumed.returncode == 0 and "skipped 3 already there" in resumed.stderr.decode("utf-8")
    assert sorted(paths_in(out)) == [f"{name}.txt" for name in "abcde"]


@pytest.mark.slow  # a real batch process and SIGINT
def test_sigint_to_a_real_batch(tmp_path):
    import signal
    import time

    archive = tmp_path / "archive"
    archive.mkdir()
    for i in range(2000):
        (archive / f"{i:04}.txt").write_bytes(CIRCULAR.read_bytes() + str(i).encode())
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen([sys.executable, "-m", "moukit", "batch", str(archive), "-o", str(out), "-w", "2"],
                               stderr=subprocess.PIPE, env=PROCESS_ENV)
    deadline = time.monotonic() + 60
    while (not out.exists() or out.read_bytes().count(b"\n") < 2) and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    (line,) = stderr.decode("utf-8").splitlines()
    kept = len(out.read_bytes().split(b"\n")) - 1  # whole lines
    assert line.startswith(f"moukit: batch: interrupted; the records of {kept:,} files parsed by this run are kept")
    assert line.endswith("--resume to continue where it stopped")


def test_ctrl_c_just_after_a_record_is_written_counts_it(tmp_path, monkeypatch):
    # SIGINT landing between a record's write and its count (as it did once in CI, where a run
    # kept 3 records and said 2): the record is finished and counted before the run stops.
    import signal

    from moukit.batch import output
    from moukit.batch.jobs import BatchJob, run_batch

    opened = output.open_output

    def open_output(*args, **kwargs):
        out = opened(*args, **kwargs)
        write = out.write

        def write_then_interrupt(outcome):
            write(outcome)
            if len(counted) == 1:  # the second record: Ctrl-C right after it is on disk
                signal.raise_signal(signal.SIGINT)
        out.write = write_then_interrupt
        return out

    monkeypatch.setattr(output, "open_output", open_output)
    counted = []
    out = tmp_path / "out.jsonl"
    with pytest.raises(KeyboardInterrupt):
        run_batch(BatchJob((str(SAMPLES),), out, workers=1), on_outcome=counted.append)
    assert len(counted) == 2 == len(out.read_bytes().splitlines())
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # given back


# -- an INPUT that is not there -----------------------------------------------------------------


@pytest.mark.parametrize("existing", [False, True], ids=["new-out", "existing-out"])
def test_a_mistyped_directory_stops_before_writing(tmp_path, existing):
    out = tmp_path / "out.jsonl"
    if existing:
        out.write_text("kept\n", encoding="utf-8")
    result = moukit("batch", SAMPLES, tmp_path / "archiv", "-o", out)
    assert result.returncode == 2
    assert result.stderr.decode("utf-8") == f"moukit: error: {tmp_path / 'archiv'}: no such file or directory; nothing was written\n"
    assert out.read_text(encoding="utf-8") == "kept\n" if existing else not out.exists()
