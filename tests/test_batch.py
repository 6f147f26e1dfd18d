"""``moukit batch`` and ``iter_parse`` (SPEC §4, §5, §6, §7; docs/batch.md).

The command runs in-process (``moukit(...)``, typer's CliRunner) with real worker processes; what
needs a real batch process (a terminal's progress bar, ``kill -9`` and --resume) and the Dask
engine run as ``python -m moukit`` and are marked slow. Inputs are copies of samples/ with a line added, so
that no two files are the same, and bad files of every kind: binary, empty, missing, a
directory. Parquet and the Dask engine are in the test extra, so they run here.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from moukit import iter_parse, parse_file
from moukit.batch.work import ErrorRecord
from moukit.check.rules import iter_documents
from moukit.batch.local import pool_outcomes
from moukit.export.csv import plain_cell
from moukit.export.people import MEMBER_COLUMNS
from moukit.export.tables import CLAUSE_COLUMNS, DOCUMENT_COLUMNS
from moukit.models import Document

from .conftest import MOUKIT, PROCESS_ENV, SAMPLES, moukit, moukit_process, sample_files

CIRCULAR = SAMPLES / "circular-dla-mou-thaihealth-2556.txt"
BAD = {"binary.txt": "input_error", "empty.txt": "input_error"}


def make_corpus(root: Path, copies: int, *, bad: bool = True) -> list[str]:
    """``copies`` variants of each sample under ``root`` (two levels), plus bad files; returns
    the paths that a walk of ``root`` finds."""
    paths = []
    for i in range(copies):
        folder = root / f"{i % 3}" / f"{i % 2}"
        folder.mkdir(parents=True, exist_ok=True)
        for sample in sample_files():
            path = folder / f"{sample.stem}-{i:04}.txt"
            path.write_bytes(sample.read_bytes() + f"\nสำเนาที่ {i}\n".encode())
            paths.append(str(path))
    if bad:
        (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
        (root / "empty.txt").write_bytes(b"")
        (root / "notes.md").write_text("not matched by *.txt\n", encoding="utf-8")
        paths += [str(root / name) for name in BAD]
    return paths


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, list[str]]:
    root = tmp_path_factory.mktemp("corpus")
    return root, make_corpus(root, 3)


def jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def record_paths(path: Path) -> list[str]:
    return [record["source"]["path"] for record in jsonl(path)]


def csv_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a batch CSV, each cell's value as written for a spreadsheet undone
    (``="2.10"`` is 2.10: tests/test_csv_cells.py)."""
    with path.open(encoding="utf-8-sig", newline="") as file:
        return [{key: plain_cell(value) for key, value in row.items()} for row in csv.DictReader(file)]


# --- iter_parse ------------------------------------------------------------------------------


def test_iter_parse_in_process_keeps_order_and_isolates_errors(tmp_path):
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 10)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "folder").mkdir()
    paths = [CIRCULAR, tmp_path / "binary.txt", tmp_path / "empty.txt", tmp_path / "missing.txt",
             tmp_path / "folder", SAMPLES / "news-dla-meeting-directives.txt"]
    results = list(iter_parse(paths))
    assert [type(r).__name__ for r in results] == ["Document", *["ErrorRecord"] * 4, "Document"]
    assert results[0] == parse_file(CIRCULAR)
    errors = results[1:5]
    assert [e.path for e in errors] == [str(p) for p in paths[1:5]]
    assert {e.code for e in errors} == {"input_error"}
    assert [e.message.split(": ", 1)[1] for e in errors] == [
        "is binary, not text: it contains NUL bytes", "is empty (0 bytes)", "no such file",
        "is a directory, not a text file",
    ]
    assert errors[0].to_dict() == {"source": {"path": str(paths[1])},
                                   "error": {"code": "input_error", "message": errors[0].message}}


def test_iter_parse_with_workers_gives_the_same_results(corpus):
    _, paths = corpus
    key = lambda r: r.path if isinstance(r, ErrorRecord) else r.source.path  # noqa: E731
    one = sorted(iter_parse(paths), key=key)
    two = sorted(iter_parse(paths, workers=2), key=key)
    assert len(two) == len(paths)
    assert one == two
    assert sum(isinstance(r, Document) for r in two) == len(paths) - len(BAD)


def _crash_on_marker(items, form):
    """A task that kills its worker process on a file named crash*.txt, as a segfault would."""
    from moukit.batch.work import parse_chunk

    if any(isinstance(item, str) and os.path.basename(item).startswith("crash") for item in items):
        os._exit(1)
    return parse_chunk(items, form)


@pytest.mark.parametrize("at", [40, 42], ids=["first-of-its-chunk", "mid-chunk"])
def test_a_worker_that_dies_is_replaced_and_its_file_recorded(corpus, tmp_path, at):
    _, paths = corpus
    crash = tmp_path / "crash.txt"
    crash.write_bytes(CIRCULAR.read_bytes())
    items = [*paths[:at], str(crash), *paths[at:]]
    chunks = iter([items[i:i + 4] for i in range(0, len(items), 4)])
    outcomes = list(pool_outcomes(chunks, "jsonl", workers=2, task=_crash_on_marker))
    assert sorted(o.path for o in outcomes) == sorted(items)
    crashed = [o for o in outcomes if o.error and o.error.code == "worker_crashed"]
    assert [o.path for o in crashed] == [str(crash)]
    assert json.loads(crashed[0].payload)["error"]["code"] == "worker_crashed"


def _pid_task(items, form):
    from moukit.batch.work import Outcome

    return [Outcome(item, "pid", None, os.getpid()) for item in items]


def test_workers_are_replaced_after_their_share_of_chunks():
    from moukit.batch.local import WORKER_CHUNKS

    items = [f"file-{i}" for i in range(5 * WORKER_CHUNKS)]
    chunks = iter([[item] for item in items])
    outcomes = list(pool_outcomes(chunks, "jsonl", workers=2, task=_pid_task))
    assert sorted(o.path for o in outcomes) == sorted(items)
    per_worker = Counter(o.payload for o in outcomes)
    assert len(per_worker) >= 5
    assert max(per_worker.values()) == WORKER_CHUNKS
    # each is replaced once its share is done, not found dead with chunks in flight: only the
    # last worker of each of the two places may have parsed fewer
    assert sum(count < WORKER_CHUNKS for count in per_worker.values()) <= 2


def test_closing_the_outcomes_early_stops_the_workers(corpus):
    import multiprocessing

    _, paths = corpus
    outcomes = pool_outcomes(iter([[path] for path in paths]), "jsonl", workers=2)
    assert next(outcomes).path in paths
    outcomes.close()
    assert [child for child in multiprocessing.active_children() if child.name == "moukit-worker"] == []


@pytest.mark.parametrize("is_stub", [True, False], ids=["moukit-script", "user-script"])
def test_only_the_moukit_script_is_named_so_that_workers_skip_it(monkeypatch, is_stub):
    import types

    from moukit.cli import commands as cli

    script = types.ModuleType("__main__")
    script.__spec__ = None
    if is_stub:
        script.main = cli.main
    monkeypatch.setitem(sys.modules, "__main__", script)
    cli._name_main_module()
    # multiprocessing runs a __main__ again in each worker unless its spec names a .__main__
    assert (script.__spec__ is not None and script.__spec__.name == "moukit.__main__") == is_stub


# --- the command: records, errors, exit codes -------------------------------------------------


def test_batch_gives_one_record_per_file_and_isolates_bad_files(corpus, tmp_path):
    root, paths = corpus
    out = tmp_path / "out.jsonl"
    missing = tmp_path / "missing.txt"  # read from standard input: a path that is gone is a file that failed
    result = moukit("batch", root, "-", "-o", out, "--workers", "2", stdin=f"{missing}\n".encode())
    assert result.returncode == 1
    records = jsonl(out)
    assert sorted(r["source"]["path"] for r in records) == sorted([*paths, str(missing)])
    errors = {r["source"]["path"]: r for r in records if "error" in r}
    assert {Path(p).name: r["error"]["code"] for p, r in errors.items()} == {**BAD, "missing.txt": "input_error"}
    assert all(set(r) == {"source", "error"} and set(r["error"]) == {"code", "message"} for r in errors.values())
    good = [r for r in records if "error" not in r]
    assert all(Document.model_validate(r).source.path == r["source"]["path"] for r in good)
    stderr = result.stderr.decode("utf-8")
    assert b"Traceback" not in result.stderr
    assert stderr.count("moukit: error: ") == 3
    assert f"{len(paths) + 1} files" in stderr and "3 failed" in stderr and "letter 3" in stderr
    assert "\r" not in stderr and "\x1b" not in stderr  # no progress bar off a terminal


def test_batch_exits_0_when_every_file_parses(tmp_path):
    out = tmp_path / "out.jsonl"
    result = moukit("batch", SAMPLES, "-o", out, "-w", "1")
    assert result.returncode == 0, result.stderr
    assert sorted(record_paths(out)) == sorted(map(str, sample_files()))
    assert jsonl(out)[0] == json.loads(parse_file(record_paths(out)[0]).model_dump_json())


def test_paths_from_standard_input(corpus, tmp_path):
    _, paths = corpus
    out = tmp_path / "out.jsonl"
    listed = [paths[0], paths[1], str(tmp_path)]  # a directory read from '-' is a file that fails
    result = moukit("batch", "-", "-o", out, stdin=("\n".join(listed) + "\n\n").encode())
    assert result.returncode == 1
    assert sorted(record_paths(out)) == sorted(listed)
    assert [r["error"]["code"] for r in jsonl(out) if "error" in r] == ["input_error"]


@pytest.mark.slow  # a real process on a terminal
def test_progress_bar_on_a_terminal_only(corpus, tmp_path):
    pty = pytest.importorskip("pty")
    root, paths = corpus
    master, terminal = pty.openpty()
    process = subprocess.Popen([*MOUKIT, "batch", root, "-o", tmp_path / "out.jsonl"],
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=terminal,
                               env={**PROCESS_ENV, "TERM": "xterm"})
    os.close(terminal)
    shown = b""
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the process closed the terminal
            break
        if not data:
            break
        shown += data
    os.close(master)
    assert process.wait(timeout=60) == 1
    text = shown.decode("utf-8", "replace")
    assert "parsing" in text and f"/{len(paths)}" in text and "ETA" in text  # the bar, with the count known
    assert "moukit: batch:" in text  # and the summary after it


@pytest.mark.parametrize("inputs", [["EMPTY"], ["-"]], ids=["empty-directory", "empty-stdin"])
def test_no_files_is_a_clear_error(tmp_path, inputs):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "readme.md").write_text("x", encoding="utf-8")
    out = tmp_path / "out.csv"
    result = moukit("batch", *[tmp_path / "in" if i == "EMPTY" else i for i in inputs], "-o", out)
    assert result.returncode == 1
    assert result.stderr.decode("utf-8").startswith("moukit: error: no files to parse")
    assert csv_rows(out) == []


def test_include_patterns_and_the_output_file_is_never_an_input(corpus, tmp_path):
    root, _ = corpus
    out = tmp_path / "out.jsonl"
    result = moukit("batch", root, "--include", "*.md", "--include", "*-0001.txt", "-o", out)
    assert result.returncode == 0, result.stderr
    assert sorted(Path(p).name for p in record_paths(out)) == sorted(
        ["notes.md", *(f"{s.stem}-0001.txt" for s in sample_files())])
    inside = root / "self.jsonl"  # OUT inside the walked directory, matching the pattern
    result = moukit("batch", root, "--include", "*.jsonl", "-o", inside)
    assert result.returncode == 1 and b"no files to parse" in result.stderr
    inside.unlink()


@pytest.mark.parametrize(("args", "message"), [
    (["-o", "OUT.txt"], "OUT must end with .jsonl, .csv, .parquet"),
    (["-o", "OUT.jsonl", "--table", "clauses"], "--table clauses needs a .csv or .parquet OUT"),
    (["-o", "OUT.jsonl", "--scheduler", "tcp://127.0.0.1:1"], "--scheduler needs --engine dask"),
    (["-o", "OUT.parquet", "--resume"], "--resume works with .jsonl and .csv only"),
    (["-o", "OUT.jsonl", "--workers", "0"], "--workers"),
    (["-o", "OUT.jsonl", "--engine", "spark"], "--engine"),
], ids=["extension", "table", "scheduler", "parquet-resume", "workers", "engine"])
def test_usage_errors_exit_2_and_write_nothing(tmp_path, args, message):
    args = [str(tmp_path / a) if a.startswith("OUT") else a for a in args]
    result = moukit("batch", CIRCULAR, *args)
    assert result.returncode == 2
    assert message in result.stderr.decode("utf-8")
    assert b"Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


# --- crash safety and --resume ----------------------------------------------------------------


def _run_until(out: Path, inputs: Path, records: int) -> int:
    """Start a batch, kill -9 it once OUT holds ``records`` lines; return the lines then."""
    process = subprocess.Popen([*MOUKIT, "batch", inputs, "-o", out, "-w", "2", "--resume"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=PROCESS_ENV, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= records:
            break
        time.sleep(0.002)
    process.send_signal(signal.SIGKILL)
    process.wait()
    for _ in range(100):  # its workers notice and exit (batch_local._watch_parent)
        if not _running_in_group(process.pid):
            break
        time.sleep(0.05)
    else:
        os.killpg(process.pid, signal.SIGKILL)
        pytest.fail("worker processes outlived the killed batch")
    return out.read_bytes().count(b"\n")


def _running_in_group(group: int) -> bool:
    """Whether a process of the group is still running (exited ones not yet reaped do not count)."""
    if not Path("/proc").is_dir():
        return False
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_bytes().rpartition(b")")[2].split()
        except OSError:
            continue
        if int(fields[2]) == group and fields[0] not in (b"Z", b"X"):
            return True
    return False


@pytest.mark.slow  # kill -9 of real batch processes
def test_resume_after_kill_9_gives_exactly_one_record_per_file(tmp_path):
    paths = make_corpus(tmp_path / "in", 120)  # 600 documents and 2 bad files
    out = tmp_path / "out.jsonl"
    first = _run_until(out, tmp_path / "in", 40)
    second = _run_until(out, tmp_path / "in", first + 60)
    assert 0 < first < second < len(paths), "the batch was not killed mid-way"
    result = moukit_process("batch", tmp_path / "in", "-o", out, "--resume", "-w", "2")
    assert result.returncode == 1  # the two bad files, recorded in whichever run met them
    lines = out.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]  # every line is whole JSON
    assert sorted(r["source"]["path"] for r in records) == sorted(paths)
    assert sum("error" in r for r in records) == 2


def test_resume_repairs_a_torn_last_line(corpus, tmp_path):
    root, paths = corpus
    out = tmp_path / "out.jsonl"
    assert moukit("batch", root, "-o", out).returncode == 1
    whole = out.read_bytes()
    lines = whole.splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:5]) + lines[5][: len(lines[5]) // 2])  # killed while writing line 6
    result = moukit("batch", root, "-o", out, "--resume")
    assert result.returncode == 1  # a bad file is among the records
    assert "5 already there" in result.stderr.decode("utf-8")
    assert sorted(out.read_bytes().splitlines()) == sorted(whole.splitlines())
    again = moukit("batch", root, "-o", out, "--resume")  # nothing left to do: same exit code
    assert again.returncode == 1 and sorted(out.read_bytes().splitlines()) == sorted(whole.splitlines())


def test_resume_of_the_clauses_table_parses_the_last_file_again(corpus, tmp_path):
    root, _ = corpus
    out = tmp_path / "clauses.csv"
    assert moukit("batch", root, "-o", out, "--table", "clauses").returncode == 1
    whole = out.read_bytes()
    cut = whole.index(b"\n", len(whole) // 2) + 1  # whole lines, likely inside one file's rows
    out.write_bytes(whole[:cut] + b"in/the/middle,1,mou,(")
    assert moukit("batch", root, "-o", out, "--table", "clauses", "--resume").returncode == 1
    assert sorted(out.read_bytes().splitlines()) == sorted(whole.splitlines())


def test_resume_refuses_a_file_it_did_not_write(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text('{"name": "not a record"}\n', encoding="utf-8")
    result = moukit("batch", CIRCULAR, "-o", out, "--resume")
    assert result.returncode == 2 and b"not a record of moukit batch" in result.stderr
    assert out.read_text(encoding="utf-8") == '{"name": "not a record"}\n'


# --- CSV and Parquet --------------------------------------------------------------------------


def test_csv_opens_with_thai_intact(corpus, tmp_path):
    root, paths = corpus
    out = tmp_path / "docs.csv"
    assert moukit("batch", root, "-o", out).returncode == 1
    assert out.read_bytes().startswith("\ufeffpath,sha256,kind".encode())
    rows = {row["path"]: row for row in csv_rows(out)}
    assert list(next(iter(rows.values()))) == [c.name for c in DOCUMENT_COLUMNS]
    assert sorted(rows) == sorted(paths)
    path, circular = next((path, row) for path, row in rows.items() if "circular" in path)
    doc = parse_file(path)
    assert circular == {
        "path": path, "sha256": doc.source.sha256, "kind": "letter", "title": "", "ref": "มท ๐๘๙๑.๓/ว ๒๕๕๖",
        "date": "2013-12-07", "date_precision": "day", "subject": doc.header.subject, "addressee": "ผู้ว่าราชการจังหวัด ทุกจังหวัด",
        "signer": "โชคชัย เตชะธนรัญ", "signer_position": "รองอธิบดี รักษาการแทน", "clauses": "0",
        "paragraphs": str(sum(block.type == "paragraph" for block in doc.body)), "signatories": "1",
        "endorsements": "0", "committees": "0", "committee_members": "0", "attachments": "1", "attachment_kinds": "mou", "warnings": str(len(doc.warnings)), "error": "", "error_message": "",
    }
    binary = next(row for path, row in rows.items() if path.endswith("binary.txt"))
    assert binary["error"] == "input_error" and "NUL" in binary["error_message"] and binary["kind"] == ""


def test_csv_clauses_table_has_every_clause(tmp_path):
    out = tmp_path / "clauses.csv"
    assert moukit("batch", CIRCULAR, "-o", out, "--table", "clauses").returncode == 0
    rows = csv_rows(out)
    mou = parse_file(CIRCULAR).attachments[0]
    assert list(rows[0]) == [c.name for c in CLAUSE_COLUMNS]
    assert [(r["document"], r["kind"], r["label"], r["number"], r["depth"]) for r in rows][:2] == [
        ("1", "mou", "(๑)", "1", "0"), ("1", "mou", "(๒)", "2", "0")]
    top = [r for r in rows if r["depth"] == "0"]
    assert [(r["text"], int(r["first_line"]), int(r["last_line"])) for r in top] == [
        (c.text, *c.lines) for c in mou.body if c.type == "clause"]


ORDER = Path(__file__).parent / "corpus" / "225.txt"  # คำสั่ง appointing 11 committees (source: tests/corpus/README.md)


def test_csv_members_table_has_a_row_per_committee_member(tmp_path):
    out = tmp_path / "members.csv"
    assert moukit("batch", ORDER, CIRCULAR, "-o", out, "--table", "members").returncode == 0
    rows = csv_rows(out)
    assert list(rows[0]) == [c.name for c in MEMBER_COLUMNS]
    # Read off the page: the first committee and its chair, line 12–13 of the order.
    first = rows[0]
    assert (first["committee"], first["honorific"], first["name"], first["role"], first["first_line"]) == (
        "คณะกรรมการปฏิรูปประเทศด้านการเมือง", "นาย", "เอนก เหล่าธรรมทัศน์", "ประธานกรรมการ", "13")
    order = [r for r in rows if r["path"].endswith("225.txt")]
    appointed = [a for document in iter_documents(parse_file(ORDER)) for a in document.appointments]
    assert len(order) == sum(len(a.members) for a in appointed) and len({r["committee"] for r in order}) == len(appointed)
    # A file that appoints nobody still has its one row, so that resume finds it.
    circular = [r for r in rows if r["path"].endswith(CIRCULAR.name)]
    assert len(circular) == 1 and circular[0]["name"] == "" and circular[0]["error"] == ""


def test_csv_signatories_and_parties_tables(tmp_path):
    signatures, parties = tmp_path / "signatories.csv", tmp_path / "parties.csv"
    assert moukit("batch", CIRCULAR, "-o", signatures, "--table", "signatories").returncode == 0
    assert moukit("batch", CIRCULAR, "-o", parties, "--table", "parties").returncode == 0
    doc = parse_file(CIRCULAR)
    signers = [(r["document"], r["name"]) for r in csv_rows(signatures)]
    assert signers[0] == ("0", "โชคชัย เตชะธนรัญ")  # the circular's own signer, then the MOU's
    assert len(signers) == len(doc.signatories) + len(doc.attachments[0].signatories)
    assert [r["name"] for r in csv_rows(parties)] == [p.name for p in doc.attachments[0].parties]


def test_resume_of_the_members_table_parses_the_last_file_again(tmp_path):
    out = tmp_path / "members.csv"
    assert moukit("batch", CIRCULAR, ORDER, "-o", out, "--table", "members").returncode == 0
    whole = out.read_bytes()
    cut = whole.index(b"\n", len(whole) // 2) + 1  # inside the order's rows
    out.write_bytes(whole[:cut])
    assert moukit("batch", CIRCULAR, ORDER, "-o", out, "--table", "members", "--resume").returncode == 0
    assert sorted(out.read_bytes().splitlines()) == sorted(whole.splitlines())


@pytest.mark.parametrize("table", ["documents", "clauses", "members"])
def test_parquet_has_the_rows_of_the_csv(corpus, tmp_path, table):
    pq = pytest.importorskip("pyarrow.parquet")  # in the test extra; skipped only outside it
    root, _ = corpus
    assert moukit("batch", root, "-o", tmp_path / "t.csv", "--table", table).returncode == 1
    assert moukit("batch", root, "-o", tmp_path / "t.parquet", "--table", table).returncode == 1
    assert not (tmp_path / "t.parquet.partial").exists()
    parquet = pq.read_table(tmp_path / "t.parquet").to_pylist()
    as_text = [{k: "" if v is None else str(v) for k, v in row.items()} for row in parquet]
    key = lambda row: tuple(row.values())  # noqa: E731
    assert sorted(as_text, key=key) == sorted(csv_rows(tmp_path / "t.csv"), key=key)
    schema = pq.read_schema(tmp_path / "t.parquet")
    counted = {"documents": "attachments", "clauses": "depth", "members": "first_line"}[table]
    assert str(schema.field("path").type) == "string" and str(schema.field(counted).type) == "int64"


# --- the Dask engine --------------------------------------------------------------------------


@pytest.mark.slow  # Dask
def test_an_unreachable_dask_scheduler_fails_fast_and_leaves_out_alone(tmp_path):
    import socket

    with socket.socket() as unused:  # a port nothing listens on
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"kept": "from an earlier run"}\n')
    started = time.monotonic()
    result = moukit_process("batch", CIRCULAR, "-o", out, "--engine", "dask", "--scheduler", f"tcp://127.0.0.1:{port}")
    assert result.returncode == 1
    assert f"cannot reach the Dask scheduler at tcp://127.0.0.1:{port}" in result.stderr.decode("utf-8")
    assert b"Traceback" not in result.stderr
    assert out.read_bytes() == b'{"kept": "from an earlier run"}\n'
    assert time.monotonic() - started < 20  # not Dask's 30 s of retries


@pytest.mark.slow  # Dask
def test_dask_splits_a_chunk_that_kills_its_workers_to_find_the_file(corpus, tmp_path):
    import dask

    from moukit.batch.dask_engine import dask_outcomes

    _, paths = corpus
    crash = tmp_path / "crash.txt"
    crash.write_bytes(CIRCULAR.read_bytes())
    items = [*paths[:5], str(crash), *paths[5:10]]
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):  # KilledWorker at the first death
        outcomes = list(dask_outcomes(iter([items]), "jsonl", workers=2, scheduler=None, task=_crash_on_marker))
    assert sorted(o.path for o in outcomes) == sorted(items)
    crashed = [o for o in outcomes if o.error and o.error.code == "worker_crashed"]
    assert [o.path for o in crashed] == [str(crash)]
    assert all(json.loads(o.payload)["source"]["path"] == o.path for o in outcomes)


@pytest.mark.slow  # Dask
def test_dask_local_cluster_gives_the_records_of_the_local_engine(corpus, tmp_path):
    pytest.importorskip("distributed")  # in the test extra; skipped only outside it
    root, paths = corpus
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert moukit_process("batch", root, "-o", local, "-w", "2").returncode == 1
    result = moukit_process("batch", root, "-o", dask, "-w", "2", "--engine", "dask")
    assert result.returncode == 1, result.stderr
    assert len(dask.read_bytes().splitlines()) == len(paths)
    assert sorted(dask.read_bytes().splitlines()) == sorted(local.read_bytes().splitlines())
