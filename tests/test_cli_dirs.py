"""Directories for parse and check, one output per input with -O DIR, batch to standard output
and batch --digits (issue 13, item 14; the per-file time limit is issue 14's)."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from moukit import parse_file

from .conftest import MOUKIT, PROCESS_ENV, SAMPLES, moukit, sample_files

CIRCULAR = SAMPLES / "circular-dla-mou-thaihealth-2556.txt"


@pytest.fixture
def archive(tmp_path):
    root = tmp_path / "archive"
    (root / "2567").mkdir(parents=True)
    shutil.copy(CIRCULAR, root / "CIRCULAR.TXT")
    for sample in sample_files()[1:3]:
        shutil.copy(sample, root / "2567" / sample.name)
    (root / "notes.md").write_text("ไม่ใช่เอกสาร\n", encoding="utf-8")
    return root


def _paths(result) -> list[str]:
    return [json.loads(line)["source"]["path"] for line in result.stdout.splitlines()]


def test_parse_reads_a_directory_in_name_order(archive):
    result = moukit("parse", "-f", "jsonl", archive)
    assert result.returncode == 0, result.stderr
    assert _paths(result) == [str(archive / "2567" / s.name) for s in sample_files()[1:3]] + [str(archive / "CIRCULAR.TXT")]
    md = moukit("parse", "-f", "jsonl", "--include", "*.md", archive)
    assert _paths(md) == [str(archive / "notes.md")]
    one = moukit("parse", "-f", "json", archive / "2567")  # a directory is several files: an array
    assert isinstance(json.loads(one.stdout), list)


def test_a_directory_without_a_matching_file_is_an_error(archive):
    result = moukit("parse", "-f", "jsonl", "--include", "*.pdf", archive, CIRCULAR)
    assert result.returncode == 1 and _paths(result) == [str(CIRCULAR)]
    assert result.stderr.decode("utf-8") == f"moukit: error: {archive}: no file whose name matches *.pdf (see --include)\n"


def test_output_dir_writes_one_output_per_input(archive, tmp_path):
    out = tmp_path / "out"
    result = moukit("parse", archive, CIRCULAR, "-O", out)
    assert result.returncode == 0 and result.stdout == b""
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == sorted([f"2567/{s.name}.json" for s in sample_files()[1:3]] + ["CIRCULAR.TXT.json", f"{CIRCULAR.name}.json"])
    doc = json.loads((out / f"{CIRCULAR.name}.json").read_text(encoding="utf-8"))
    assert doc == json.loads(parse_file(CIRCULAR).model_dump_json())
    md = moukit("parse", "-f", "md", archive / "2567", "-O", tmp_path / "md")
    assert md.returncode == 0 and len(list((tmp_path / "md").glob("*.txt.md"))) == 2


def test_check_takes_directories_and_output_dir(archive, tmp_path):
    result = moukit("check", "--today", "2025-01-01", archive / "2567")
    assert [entry["path"] for entry in json.loads(result.stdout)] == [str(archive / "2567" / s.name) for s in sample_files()[1:3]]
    out = tmp_path / "findings"
    assert moukit("check", "--today", "2025-01-01", archive, "-O", out).stdout == b""
    [entry] = json.loads((out / "CIRCULAR.TXT.json").read_text(encoding="utf-8"))
    assert entry["path"] == str(archive / "CIRCULAR.TXT") and entry["findings"] == []


def test_one_output_and_one_per_input_do_not_go_together(tmp_path):
    result = moukit("parse", CIRCULAR, "-o", tmp_path / "a.json", "-O", tmp_path / "d")
    assert result.returncode == 2 and b"-o OUT and -O DIR do not go together" in result.stderr
    assert not (tmp_path / "a.json").exists() and not (tmp_path / "d").exists()


def test_batch_to_standard_output(archive):
    result = moukit("batch", archive, "-o", "-", "-w", "1")
    assert result.returncode == 0
    assert sorted(_paths(result)) == sorted([str(archive / "CIRCULAR.TXT")] + [str(archive / "2567" / s.name) for s in sample_files()[1:3]])
    assert "written to standard output" in result.stderr.decode("utf-8")
    for args, message in ((["--resume"], "--resume needs a file"), (["--table", "clauses"], "-o - writes JSON Lines")):
        refused = moukit("batch", archive, "-o", "-", *args)
        assert refused.returncode == 2 and message in refused.stderr.decode("utf-8") and refused.stdout == b""


def test_batch_digits(archive, tmp_path):
    result = moukit("batch", archive / "CIRCULAR.TXT", "-o", "-", "-w", "1", "--digits", "arabic")
    [doc] = [json.loads(line) for line in result.stdout.splitlines()]
    assert doc["header"]["ref"]["raw"] == "มท 0891.3/ว 2556" and doc["header"]["date"]["raw"] == "7 ธันวาคม 2556"
    csv_out = tmp_path / "thai.csv"
    moukit("batch", archive / "CIRCULAR.TXT", "-o", csv_out, "-w", "1", "--digits", "thai")
    assert "๒๐๑๓" not in csv_out.read_text(encoding="utf-8-sig")  # the ISO date stays Arabic
    assert "มท ๐๘๙๑.๓/ว ๒๕๕๖" in csv_out.read_text(encoding="utf-8-sig")


@pytest.mark.slow  # a real process whose reader goes away
def test_batch_to_a_closed_pipe_is_not_an_error(archive):
    producer = subprocess.Popen([*MOUKIT, "batch", str(archive), "-o", "-", "-w", "1"], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=PROCESS_ENV)
    producer.stdout.readline()
    producer.stdout.close()
    _, stderr = producer.communicate(timeout=60)
    assert producer.returncode == 0 and b"Traceback" not in stderr
